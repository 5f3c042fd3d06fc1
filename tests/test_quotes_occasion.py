"""The day of the occasion a document reports (a roundtable, hearing or session 'held on' a day) dates what its
participants said, and no scene runs across a section's heading."""

from __future__ import annotations

import pytest

from dateline.quotes.dating import _section_between

ROUNDTABLE = (
    "Energy after the price cap\n\n"
    "Roundtable held in Brussels on Tuesday 14 March 2023\n\n"
    "Thirty officials and traders met for three hours to discuss the gas price cap that European Union energy "
    "ministers agreed in December 2022, and what it has done to prices since the winter began.\n\n"
    "At their meeting on 19 December, the ministers set the cap at 180 euros per megawatt hour.\n\n"
    "Session 2: Storage\n\n"
    "A Commission official said that storage sites were more than half full. "
    "A trader said the cap had never been triggered.\n"
)


def dated(nlp, text, published):
    return {q.speaker.text: q.date for q in nlp(text, published=published).quotes if q.speaker is not None}


def test_participants_speak_on_the_day_the_roundtable_was_held(nlp):
    assert dated(nlp, ROUNDTABLE, "2023-03-21") == {
        "A Commission official": "2023-03-14", "A trader": "2023-03-14"}


def test_a_hearing_that_took_place_on_a_day_dates_its_witnesses(nlp):
    text = ("The Senate Commerce Committee hearing on the Southwest Airlines holiday meltdown took place on "
            "Thursday 9 February 2023, with airline executives and union leaders called to answer for the "
            "cancellation of more than 16,000 flights over Christmas.\n\n"
            "The airline's chief operating officer, Andrew Watterson, apologised to passengers. "
            "A pilots' union leader said the airline had ignored warnings for years.\n")
    assert dated(nlp, text, "2023-02-13")["A pilots' union leader"] == "2023-02-09"


def test_a_day_on_the_participants_own_words_beats_the_roundtables(nlp):
    text = ROUNDTABLE.replace("A trader said the cap", "A trader said on 2 March that the cap")
    assert dated(nlp, text, "2023-03-21")["A trader"] == "2023-03-02"


def test_a_short_line_without_a_stop_between_blank_lines_heads_a_section():
    text = "He left.\n\nSession 2: Storage\n\nShe said so.\n"
    assert _section_between(text, 0, len(text))


def test_a_short_sentence_of_its_own_is_no_heading():
    text = "He left.\n\nThen the session ended.\n\nShe said so.\n"
    assert not _section_between(text, 0, len(text))


def test_a_heading_of_a_theme_names_no_session():
    text = "He left.\n\nThe inauguration\n\nShe said so.\n"
    assert not _section_between(text, 0, len(text))


def said_on(nlp, text, published):
    return {q.text: q.date for q in nlp(text, published=published).quotes}


GATHERING = (
    "Twelve of us met in the branch library last Thursday to go through the new bus timetable.\n\n"
    "Priya said the number 7 now skips the hospital stop. Tom told us that the evening buses were always late.\n")


@pytest.mark.parametrize("lead", [
    "Twelve of us met in the branch library last Thursday to go through the new bus timetable.",
    "Our meeting last Thursday was about the new bus timetable.",
])
def test_the_writer_s_group_meeting_dates_what_its_members_said(nlp, lead):
    text = GATHERING.replace(GATHERING.split("\n")[0], lead)
    found = said_on(nlp, text, "2024-03-13")
    assert found["the number 7 now skips the hospital stop"] == "2024-03-07"
    assert found["that the evening buses were always late"] == "2024-03-07"


def test_the_group_s_meeting_in_the_lead_is_no_occasion_for_the_news_told_later(nlp):
    text = (GATHERING.replace("met in", "crowded into") + "\nNews this week\n\n"
            "The county council has cut two more routes. On Monday, 11 March, the first buses ran to the new "
            "timetable. The council leader, Sarah Whitcombe, told the local radio station that the savings would "
            "pay for school transport.\n")
    assert said_on(nlp, text, "2024-03-13")["that the savings would pay for school transport"] != "2024-03-07"


def test_a_clause_of_what_followed_does_not_date_the_words(nlp):
    text = ("Sadia tells me the printer broke down before the second session, so this week we have borrowed "
            "the school's.")
    assert said_on(nlp, text, "2024-03-13") == {"the printer broke down before the second session": "2024-03-13"}
