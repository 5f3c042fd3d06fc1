"""The day a quote was said: a day written out beside a weekday."""

from __future__ import annotations


def quote(nlp, text, content, published):
    found = [q for q in nlp(text, published=published).quotes if content in q.text]
    assert len(found) == 1, [q.text for q in nlp(text, published=published).quotes]
    return found[0]


def test_a_weekday_beside_the_day_written_out_gives_the_day(nlp):
    text = ("On the Tuesday before last, 1 October, the Israeli military said that its troops had begun raids "
            "in southern Lebanon.")
    q = quote(nlp, text, "its troops had begun raids", published="2024-10-11")
    assert q.date == "2024-10-01"

