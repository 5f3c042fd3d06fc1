"""The day a quote was said: a day written out beside a weekday."""

from __future__ import annotations

import pytest


def quote(nlp, text, content, published):
    found = [q for q in nlp(text, published=published).quotes if content in q.text]
    assert len(found) == 1, [q.text for q in nlp(text, published=published).quotes]
    return found[0]


def test_a_weekday_beside_the_day_written_out_gives_the_day(nlp):
    text = ("On the Tuesday before last, 1 October, the Israeli military said that its troops had begun raids "
            "in southern Lebanon.")
    q = quote(nlp, text, "its troops had begun raids", published="2024-10-11")
    assert q.date == "2024-10-01"


@pytest.mark.parametrize("text, day", [
    ("On Wednesday the army launched a raid on Nablus, and the Red Crescent said that four people were wounded.",
     "2024-03-13"),
    ("The army launched a raid on Nablus on Wednesday, and the Red Crescent said that four people were wounded.",
     "2024-03-15"),
    ("On Wednesday the army launched a raid on Nablus, and the Red Crescent says that four people were wounded.",
     "2024-03-15"),
])
def test_a_day_opening_the_sentence_dates_a_report_joined_after_it(nlp, text, day):
    q = quote(nlp, text, "four people were wounded", published="2024-03-15")
    assert q.speaker.text == "the Red Crescent" and q.date == day


@pytest.mark.parametrize("text, content, day", [
    ("In his email to the tribunal, dated 8 May, your manager says that you were never late.",
     "you were never late", "2024-05-08"),
    ("You work as a roofer. In her letter to the court, dated 3 March, your sister, Laura Hart, who cares for your "
     "mother, says that you are a devoted son and that you have found work.", "you are a devoted son", "2024-03-03"),
])
def test_a_dated_letter_dates_the_words_its_writer_says_in_it(nlp, text, content, day):
    q = quote(nlp, text, content, published="2024-06-12")
    assert q.date == day

