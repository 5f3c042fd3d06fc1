"""Event nouns that are no event of their own (issue #4, round args36): a request told as the circumstance of
another act ("at Lebanon's request"), a meeting told as the setting of another act ("after that meeting", "the
week of the summit"), and talks that are what a mediation mediates ("mediated three rounds of talks between X and
Y"). Sentences written for these tests."""

from __future__ import annotations


def acts(extract, text, published="2024-05-02"):
    doc = extract(text, published=published)
    return [(e.type, text[e.trigger.start:e.trigger.end], [text[a.start:a.end] for a in e.actors],
             [text[r.start:r.end] for r in e.recipients]) for e in doc.events]


def test_a_request_in_a_phrase_of_circumstance_is_no_request(extract):
    text = "The Security Council met in emergency session on 3 March 2024 at Lebanon's request."
    assert [(t, w) for t, w, _, _ in acts(extract, text)] == [("CONSULT", "met")]


def test_the_request_of_a_party_after_at_is_no_request(extract):
    text = "The Arab League foreign ministers met in Cairo on Sunday at the request of Saudi Arabia."
    assert "REQUEST" not in [t for t, *_ in acts(extract, text)]


def test_a_request_made_stays_a_request(extract):
    text = "Lebanon made a request for an emergency session of the Security Council on Monday."
    assert ("REQUEST", "request") in [(t, w) for t, w, _, _ in acts(extract, text)]


def test_a_meeting_a_demonstrative_points_back_to_is_a_setting(extract):
    text = ("In a statement after that meeting, the foreign ministers warned Pyongyang that further launches "
            "would bring a firm response.")
    assert "CONSULT" not in [t for t, *_ in acts(extract, text)]


def test_a_meeting_that_gives_a_time_is_a_setting(extract):
    text = "Hungary banned all public gatherings in Budapest for the week of the European Council summit."
    assert "CONSULT" not in [t for t, *_ in acts(extract, text)]


def test_a_meeting_told_with_an_article_stays_a_meeting(extract):
    text = "The foreign ministers of the G7 held a meeting in Capri on 18 April 2024."
    assert "CONSULT" in [t for t, *_ in acts(extract, text)]


def test_talks_counted_in_rounds_are_what_the_mediation_mediates(extract):
    text = "Qatar mediated three rounds of talks between Israel and Hamas in Doha in January 2024."
    consults = [a for a in acts(extract, text) if a[0] == "CONSULT"]
    assert consults == [("CONSULT", "mediated", ["Qatar"], ["Israel", "Hamas"])]


def test_sharing_a_cell_with_others_is_no_cooperation(extract):
    text = "After his arrest in Minsk in May 2021, Protasevich shared a cell with two other journalists."
    assert "COOPERATE" not in [t for t, *_ in acts(extract, text)]


def test_sharing_intelligence_with_an_ally_stays_cooperation(extract):
    text = "The Netherlands shared intelligence with Ukraine on Russian troop movements in February 2022."
    assert "COOPERATE" in [t for t, *_ in acts(extract, text)]


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
