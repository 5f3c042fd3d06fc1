"""Incursions into airspace, fighters readied against them, and the acts of those who board, search and hold
people (issue #4, round acts36): senses bounded by who does them or what they act on, so that a civil flight, an
owner's own passport or an idiom stays no event. Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2025-10-20").events]


@pytest.mark.parametrize("text,expected", [
    ("Two Belarusian helicopters crossed into Polish airspace near Bialowieza on Tuesday.",
     ("ASSAULT", "aerial", "crossed")),
    ("A Russian drone entered Moldovan airspace near the village of Ceadir-Lunga overnight.",
     ("ASSAULT", "aerial", "entered")),
    ("A Russian drone dropped an explosive device on a Ukrainian patrol boat near Kherson.",
     ("ASSAULT", "aerial", "dropped")),
    ("Romanian F-16s took off from Fetesti as the drones approached the Danube.", ("MOBILIZE", "weapons", "took")),
    ("US F-22s tracked the Chinese balloon across Montana for several hours.", ("MOBILIZE", "weapons", "tracked")),
    ("Two Norwegian F-35s intercepted three Russian bombers over the Barents Sea.",
     ("MOBILIZE", "weapons", "intercepted")),
])
def test_incursions_and_fighters_readied(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text,expected", [
    ("Border guards searched the journalists' bags at the crossing.", ("COERCE", "seize", "searched")),
    ("Masked soldiers took our passports and laptops.", ("COERCE", "seize", "took")),
    ("Soldiers threw the food into the sea.", ("COERCE", "seize", "threw")),
    ("Customs officers tied the driver's wrists with a cable tie.", ("COERCE", "arrest", "tied")),
    ("The activists were taken to Evin prison on Saturday.", ("COERCE", "arrest", "taken")),
    ("Belarusian authorities held about 1,000 Polish trucks at the Kozlovichi crossing.", ("COERCE", "seize", "held")),
    ("Police ordered us to kneel on the road.", ("REQUEST", None, "ordered")),
    ("The coast guard ordered the fishing boat to turn back.", ("REQUEST", None, "ordered")),
    ("Turkey invoked Article 4 of the North Atlantic Treaty after the attack on its soldiers in Idlib.",
     ("REQUEST", None, "invoked")),
    ("Pakistan reopened the Torkham border crossing with Afghanistan on Friday.", ("CONCEDE", None, "reopened")),
])
def test_boarding_searching_holding_and_orders(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "The Ryanair flight took off from Dublin after a two-hour delay.",
    "The airliner entered Polish airspace shortly after noon.",
    "The crop-dusting plane dropped fertiliser over the fields.",
    "I took my passport to the consulate on Monday.",
    "The tourists took their passports and cameras to the beach.",
    "The ruling tied the government's hands on spending.",
    "The truck held 20 tonnes of flour.",
    "The injured were taken to hospital in Rafah.",
    "The president invoked the memory of the 1999 floods in his speech.",
])
def test_their_ordinary_senses_are_no_event(extract, text):
    assert events_of(extract, text) == []


def test_a_crossing_reopened_with_no_state_named_is_no_concession(extract):
    found = events_of(extract, "Israel reopened the Kerem Shalom crossing on Sunday.")
    assert not any(kind == "CONCEDE" for kind, _, _ in found)


def test_a_bare_means_after_by_is_no_doer(extract):
    text = "The activists were taken by bus to Evin prison on Saturday."
    event = next(e for e in extract(text, published="2025-10-20").events if e.type == "COERCE")
    assert event.actors == []
    assert [text[r.start:r.end] for r in event.recipients] == ["activists"]
