"""The day of the occasion a document reports (a roundtable, hearing or session 'held on' a day, or recorded in
minutes of it) dates what its participants said, and no scene runs across a section's heading."""

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


# A record of an occasion (minutes, a transcript) whose head line says when it was held dates its speakers by that
# day, not the day the record was circulated or published.
MINUTES = (
    "Brighton and Hove City Council\n\n"
    "Minutes of the Budget Council meeting, held in Hove Town Hall on Thursday 27 February 2025 at 4.30 pm. "
    "Published on Wednesday 5 March 2025.\n\n"
    "The Leader of the Council, Councillor Bella Sankey, said that the budget protected adult social care. "
    "Councillor Alistair McNair argued that council tax was rising faster than wages. "
    "The Chief Finance Officer reported that the reserves stood at the minimum level.\n"
)

TRANSCRIPT = (
    "Transcript of the hearing of the Public Accounts Committee, held on Monday 13 January 2025.\n\n"
    "The Permanent Secretary told the committee that the new prisons would open two years late. "
    "The chair said that the delay would cost more than the department had admitted to Parliament.\n"
)

CIRCULATED = (
    "Brighton and Hove City Council\n\n"
    "Minutes of the Budget Council meeting, circulated to members on Wednesday 5 March 2025 with the papers for "
    "the next committee cycle.\n\n"
    "The Leader of the Council, Councillor Bella Sankey, said that the budget protected adult social care.\n"
)


def test_minutes_date_the_speakers_by_the_meeting_held(nlp):
    assert dated(nlp, MINUTES, "2025-03-05") == {
        "The Leader of the Council, Councillor Bella Sankey": "2025-02-27",
        "Councillor Alistair McNair": "2025-02-27",
        "The Chief Finance Officer": "2025-02-27"}


def test_a_transcript_dates_the_witnesses_by_the_hearing(nlp):
    assert dated(nlp, TRANSCRIPT, "2025-01-20") == {
        "The Permanent Secretary": "2025-01-13", "The chair": "2025-01-13"}


def test_minutes_that_say_only_when_they_were_circulated_keep_the_published_date(nlp):
    assert dated(nlp, CIRCULATED, "2025-03-05") == {
        "The Leader of the Council, Councillor Bella Sankey": "2025-03-05"}
