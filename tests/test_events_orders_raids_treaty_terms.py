"""Senses a first sight of a TV rush transcript, a reporter's numbered thread and a parliamentary statement on a
treaty missed (issue #4, round recall40): an order spoken in the first person whose infinitive the parser hung on
the object ("I order you to ..."), a sanction a body decided to take, police breaking into premises, forcing doors
and dragging people out, a man thrown to the ground, an office-holder stripped of his duties, diplomats leaving the
country, troops rolling into a square and a vehicle driven into a gate, and a treaty's terms told in the present
(sovereignty transferred, a lease granted); each bounded so that its ordinary use stays no event or keeps its type.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2023-02-14").events]


@pytest.mark.parametrize("text,expected", [
    ("I order you to lay down your weapons and leave the building.", ("REQUEST", "yield", "order")),
    ("I order all the soldiers in the streets to return to their barracks.", ("REQUEST", "yield", "order")),
    ("The cabinet decided to remove the police chief of Lima from his post.", ("SANCTION", "expel", "remove")),
    ("The senate voted to expel the Russian delegation from the assembly.", ("SANCTION", "expel", "expel")),
    ("Riot police broke into the headquarters of the opposition party in Tbilisi.", ("COERCE", "seize", "broke")),
    ("Police break into the offices of the newspaper and drag out two editors.", ("COERCE", "arrest", "drag")),
    ("Special forces forced the doors of the consulate shortly after midnight.", ("COERCE", "seize", "forced")),
    ("Officers threw the photographer to the ground outside the court in Minsk.", ("ASSAULT", "beat", "threw")),
    ("President Castillo stripped the defence minister of his duties on Monday.", ("SANCTION", "expel", "stripped")),
    ("After the break in relations, the Venezuelan diplomats left the embassy in Buenos Aires.",
     ("SANCTION", "withdraw", "left")),
    ("Tanks rolled into the main square of Ouagadougou on Friday evening.", ("MOBILIZE", "troops", "rolled")),
    ("An armoured car drove into the gate of the parliament in Khartoum.", ("ASSAULT", "heavy-weapons", "drove")),
    ("Under the treaty Britain transfers sovereignty over the islands to Mauritius.", ("CONCEDE", None, "transfers")),
    ("Under the deal Djibouti grants China a ten-year lease of the naval base.", ("AGREE", None, "grants")),
])
def test_orders_raids_removals_and_treaty_terms(extract, text, expected):
    assert expected in events_of(extract, text)


def test_ordered_act_is_the_order_content_not_an_event(extract):
    found = events_of(extract, "I order you to withdraw your troops from the airport.")
    assert found == [("REQUEST", "yield", "order")]


def test_threatened_removal_stays_a_threat(extract):
    found = events_of(extract, "The governor threatened to remove the mayor from office.")
    assert [t for t, _, _ in found] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The ambassador left the meeting early on Tuesday.",
    "The quarterback threw the ball to the ground in frustration.",
    "The ministry granted the reporters permission to film.",
    "The bus drove into the city centre at noon.",
    "The shipping company transfers its cargo to smaller vessels in Rotterdam.",
    "Thieves broke into a pharmacy in Lyon overnight.",
])
def test_ordinary_uses_stay_no_new_event(extract, text):
    found = events_of(extract, text)
    assert not any(t in ("SANCTION", "ASSAULT", "AGREE", "CONCEDE", "COERCE") and trig in (
        "left", "threw", "granted", "drove", "transfers") for t, _, trig in found)
    assert ("COERCE", "seize", "broke") not in found
