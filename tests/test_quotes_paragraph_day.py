"""A day told for the words before carries on through the paragraph to a later report with no day of its own,
whoever speaks, until another day is told or the writer speaks in their own voice."""

from __future__ import annotations

LEAD = ("Ukraine's air defences are running short of interceptors after a month of record Russian drone attacks, "
        "and the question of who will pay for more has reached Washington, Berlin and Brussels at once.\n\n")


def dated(nlp, text, published):
    return [(q.speaker.text, q.date) for q in nlp(LEAD + text, published=published).quotes if q.speaker is not None]


def test_replies_in_the_same_paragraph_take_the_day_of_the_report_they_answer(nlp):
    text = ("Politico reported on Monday that the Pentagon had paused weapons shipments to Ukraine. Sean Parnell "
            "called the report \"misleading\" and said the review was routine. Senator Roger Wicker said that the "
            "pause endangered Ukrainian cities.")
    assert dated(nlp, text, "2025-07-03") == [
        ("Politico", "2025-06-30"), ("Sean Parnell", "2025-06-30"), ("Sean Parnell", "2025-06-30"),
        ("Senator Roger Wicker", "2025-06-30")]


def test_another_day_told_in_between_ends_the_carry(nlp):
    text = ("The Washington Post reported on Monday that the Pentagon had paused weapons shipments to Ukraine. "
            "Two shipments of artillery shells left Poland on 1 July. "
            "The Pentagon press secretary, Sean Parnell, said that the review was routine.")
    assert dated(nlp, text, "2025-07-03")[-1] == ("The Pentagon press secretary, Sean Parnell", "2025-07-03")


def test_a_present_perfect_report_keeps_the_published_date(nlp):
    text = ("The Washington Post reported on Monday that the Pentagon had paused weapons shipments to Ukraine. "
            "The Pentagon press secretary, Sean Parnell, has said that the review was routine.")
    assert dated(nlp, text, "2025-07-03")[-1] == ("The Pentagon press secretary, Sean Parnell", "2025-07-03")


def test_the_writers_own_voice_ends_the_day_the_paragraph_told(nlp):
    text = ("A reader in Ohio wrote on Monday to say that her town had lost its only grocery store. "
            "I have no answer to that. A reader in Maine said that the ferry prices had doubled.")
    assert dated(nlp, text, "2025-07-03")[-1] == ("A reader in Maine", "2025-07-03")
