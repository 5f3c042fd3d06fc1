"""False events and wrong types a first sight of a news rush transcript, a reporter's thread and a parliamentary record
showed (issue #4, round prec40): police breaking into premises, powers abused, a decided removal, an act judged
after it was told, a fight for a party, rounds of talks held, and an order whose addressee the parser made the
infinitive's subject; each with the real event it must not lose. Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2024-06-27").events]


@pytest.mark.parametrize("text,expected", [
    ("Police broke into the offices of the newspaper in Caracas on Friday.", ("COERCE", "seize", "broke")),
    ("Gunmen broke into the house of a judge in Culiacan.", ("ASSAULT", "destroy", "broke")),
    ("Guards abused the detainees at the camp, the report said.", ("ASSAULT", "sexual", "abused")),
    ("On Monday the cabinet decided to remove the police chief from his post.", ("SANCTION", "expel", "remove")),
    ("Militias fought the army for control of the airport on Sunday.", ("ASSAULT", None, "fought")),
    ("Armed men held two of them in a basement for a week.", ("COERCE", "arrest", "held")),
    ("The UN condemned the attack on a bus in Kabul.", ("ASSAULT", None, "attack")),
    ("As your president, I order you to pull your battalions out of the capital.", ("REQUEST", "yield", "order")),
    ("I am the head of state, and I order you to withdraw your men from the square.", ("REQUEST", "yield", "order")),
])
def test_the_act_is_found_with_its_type(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text,absent", [
    ("Officials say Russia abused the immunities of its diplomats by spying.", "abused"),
    ("Gunmen attacked a bus in Kabul on Monday. The UN condemned the attack.", "attack"),
    ("Police raided the French embassy in Niamey on Friday. Peru and Chile condemned the raid on Saturday.", "raid"),
    ("Kishida is fighting two rivals for the leadership of the ruling party.", "fighting"),
    ("The two sides began the talks in 2021 and held six rounds of them in Doha.", "held"),
    ("As your president, I order you to pull your battalions out of the capital.", "pull"),
    ("I am the head of state, and I order you to withdraw your men from the square.", "withdraw"),
])
def test_no_event_of_its_own(extract, text, absent):
    assert absent not in {trigger for _, _, trigger in events_of(extract, text)}


def test_a_new_act_judged_is_still_an_event(extract):
    text = "Gunmen attacked a bus in Kabul on Monday. The UN condemned the air strike on a hospital."
    found = events_of(extract, text)
    assert ("ASSAULT", None, "attacked") in found
    assert any(t == "ASSAULT" and trigger == "strike" for t, _, trigger in found)


def test_a_sanction_only_threatened_stays_a_threat(extract):
    text = "The European Union could impose sanctions on the junta."
    assert any(t == "THREATEN" for t, _, _ in events_of(extract, text))
