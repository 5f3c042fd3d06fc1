"""A record of an occasion (minutes, a transcript) whose head line says when the occasion was held dates what its
participants said on that day, not on the day the record was circulated or published."""

from __future__ import annotations

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


def dated(nlp, text, published):
    return {q.speaker.text: q.date for q in nlp(text, published=published).quotes if q.speaker is not None}


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
