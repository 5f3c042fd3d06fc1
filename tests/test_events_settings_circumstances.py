"""Event nouns that are no event of their own (issue #4, round args36): a meeting told as the setting of another
act ("after that meeting", "the week of the summit"), and talks that are what a mediation mediates ("mediated three
rounds of talks between X and Y"). Sentences written for these tests."""

from __future__ import annotations

import pytest


def acts(extract, text, published="2024-05-02"):
    doc = extract(text, published=published)
    return [(e.type, text[e.trigger.start:e.trigger.end], [text[a.start:a.end] for a in e.actors],
             [text[r.start:r.end] for r in e.recipients]) for e in doc.events]


@pytest.mark.parametrize("text,kind", [
    # a meeting a demonstrative points back to, or one that gives a time, is a setting
    ("In a statement after that meeting, the foreign ministers warned Pyongyang that further launches would bring a "
     "firm response.", "CONSULT"),
    ("Hungary banned all public gatherings in Budapest for the week of the European Council summit.", "CONSULT"),
    # sharing a cell is being there together, no cooperation
    ("After his arrest in Minsk in May 2021, Protasevich shared a cell with two other journalists.", "COOPERATE"),
])
def test_no_event_of_its_own(extract, text, kind):
    assert kind not in [t for t, *_ in acts(extract, text)]


@pytest.mark.parametrize("text,kind", [
    ("Lebanon made a request for an emergency session of the Security Council on Monday.", "REQUEST"),
    ("The foreign ministers of the G7 held a meeting in Capri on 18 April 2024.", "CONSULT"),
    ("The Netherlands shared intelligence with Ukraine on Russian troop movements in February 2022.", "COOPERATE"),
])
def test_the_event_stays(extract, text, kind):
    assert kind in [t for t, *_ in acts(extract, text)]


def test_talks_counted_in_rounds_are_what_the_mediation_mediates(extract):
    text = "Qatar mediated three rounds of talks between Israel and Hamas in Doha in January 2024."
    consults = [a for a in acts(extract, text) if a[0] == "CONSULT"]
    assert consults == [("CONSULT", "mediated", ["Qatar"], ["Israel", "Hamas"])]


BULLETIN = """OPS NOTE 12/24, issued 20 NOV 2024

1. UKRAINE

17/18 NOV. Russia launched a large missile and drone attack on the Ukrainian power grid overnight.

Ukrainian air defences shot down most of the missiles over Kyiv.

19 NOV. Ukraine fired US-made ATACMS missiles at an arsenal in the Bryansk region.

The Russian defence ministry said air defences had downed five of the missiles.
"""


def test_a_run_in_day_head_dates_the_paragraphs_under_it(extract):
    doc = extract(BULLETIN, published="2024-11-20")
    dated = [(BULLETIN[e.trigger.start:e.trigger.end], e.date.value if e.date else None) for e in doc.events]
    assert dated == [("launched", "2024-11-18"), ("shot", "2024-11-18"), ("fired", "2024-11-19"),
                     ("downed", "2024-11-19")]


def test_a_night_told_by_its_two_days_alone(extract):
    text = "24/25 SEP. Drones were seen over Aalborg airport."
    doc = extract(text, published="2025-11-10")
    assert [(text[t.start:t.end], t.value) for t in doc.timexes] == [("24/25 SEP.", "2025-09-24TNI")]


def test_two_days_apart_are_no_night(extract):
    text = "The inspectors stayed at the plant 09/12 SEP."
    doc = extract(text, published="2025-11-10")
    assert not any(t.value.endswith("TNI") for t in doc.timexes)


def test_days_of_talks_that_a_mediation_mediates_keep_the_sides_as_recipients(extract):
    text = "In March 2024 Egypt mediated four days of indirect talks between Israel and Hamas in Cairo."
    consults = [a for a in acts(extract, text) if a[0] == "CONSULT"]
    assert consults == [("CONSULT", "mediated", ["Egypt"], ["Israel", "Hamas"])]
