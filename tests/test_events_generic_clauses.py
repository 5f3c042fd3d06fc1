"""An act told in a clause on any or no member of a class is a condition over the class, of which no act is told
(issue #4, round prec39: `events.modality.generic`); the same clause on a party that did the act tells it.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2024-07-02").events]


@pytest.mark.parametrize("text,kept,dropped", [
    ("The truce provides for a penalty on any party that violates the ceasefire.", None, "violates"),
    ("Mogadishu will not accept any arrangement that cedes Somali territory to Ethiopia.", ("REJECT", "accept"), "cedes"),
])
def test_an_act_of_any_member_of_a_class_is_no_event(extract, text, kept, dropped):
    found = events_of(extract, text)
    assert not any(word == dropped for _, word in found)
    assert kept is None or kept in found


@pytest.mark.parametrize("text,act", [
    ("Ethiopia signed an arrangement that cedes a strip of coast to the landlocked country.", ("RETREAT", "cedes")),
    ("The rebel group that attacked the convoy near Goma on Monday denied responsibility.", ("ASSAULT", "attacked")),
])
def test_the_clause_on_a_party_that_acted_tells_the_act(extract, text, act):
    assert act in events_of(extract, text)
