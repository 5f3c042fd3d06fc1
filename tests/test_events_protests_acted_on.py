"""A protest noun that an act of conflict is done to or aimed at, or that the news tells of, is that act's target or
topic, not a protest told again (issue #4, round prec39: `events._protest_acted_on`); the act itself is still found,
and a protest told where it happens, or set in time by another act, stays. Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2024-07-02").events]


@pytest.mark.parametrize("text,act", [
    ("Kenyan police banned the march planned for Tuesday in Nairobi.", ("COERCE", "banned")),
    ("The Paris police prefecture banned all demonstrations near the National Assembly.", ("COERCE", "banned")),
    ("The march was banned by the Nairobi police.", ("COERCE", "banned")),
    ("The police in Dar es Salaam had banned the march in advance.", ("COERCE", "banned")),
    ("Georgian riot police fired tear gas at that rally outside parliament in Tbilisi.", ("ASSAULT", "fired")),
    ("A Dhaka court charged 40 students over the protests.", ("ACCUSE", "charged")),
    ("The European Union criticised the Georgian government's handling of the protests.", ("ACCUSE", "criticised")),
    ("Serbian police detained two reporters who had covered the protests in Novi Sad.", ("COERCE", "detained")),
])
def test_a_protest_acted_on_is_the_acts_target(extract, text, act):
    found = events_of(extract, text)
    assert act in found
    assert not any(t == "PROTEST" for t, _ in found)


@pytest.mark.parametrize("text,protest", [
    ("Opposition supporters held a rally in Tbilisi on Sunday.", "rally"),
    ("Thousands of students staged a march through central Belgrade on Friday.", "march"),
    ("Police arrested 20 people at a rally in Kisumu on Saturday.", "rally"),
    ("Police detained dozens of students during the protests in Dhaka.", "protests"),
])
def test_a_protest_told_where_it_happens_stays(extract, text, protest):
    assert ("PROTEST", protest) in events_of(extract, text)


def test_protests_reported_in_towns_are_told(extract):
    text = "Marches were also reported in Antananarivo, Toamasina and Mahajanga."
    assert ("PROTEST", "Marches") in events_of(extract, text)
