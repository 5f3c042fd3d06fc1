"""Clock times told twice (local time, then another zone in brackets), four-figure zone times, and a part of
the day joined to its date: how wire copy and chronicles say when. Sentences written for these tests."""

from __future__ import annotations


def _found(nlp, text, published):
    doc = nlp(text, published=published)
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    return {t.text: t.value for t in doc.timexes}


def test_a_four_figure_time_with_its_zone_is_a_clock_time_not_a_year(nlp):
    found = _found(nlp, "Shelling resumed at 1927 GMT.", "2024-12-04")
    assert found == {"1927 GMT": "2024-12-04T19:27"}
    assert _found(nlp, "The republic was founded in 1927.", "2024-12-04") == {"1927": "1927"}


def test_a_time_in_brackets_after_a_clock_time_is_the_same_moment_and_no_timex_of_its_own(nlp):
    found = _found(nlp, "The minister spoke at about 4:27 a.m. (1927 GMT).", "2024-12-04")
    assert list(found) == ["4:27 a.m."]


def test_a_local_time_takes_the_day_written_after_its_conversion(nlp):
    found = _found(nlp, "The decree was read at 10:27 p.m. local time (1327 GMT) on Tuesday.", "2024-12-04")
    assert found == {"10:27 p.m. local time": "2024-12-03T22:27", "Tuesday": "2024-12-03"}


def test_a_part_of_the_day_joined_to_its_date(nlp):
    found = _found(nlp, "Before dawn on 27 November, the rebels attacked.", "2024-12-10")
    assert found == {"dawn on 27 November": "2024-11-27TMO"}


def test_nightfall_is_the_evening_of_the_day_last_told(nlp):
    found = _found(nlp, "On 5 December the fighters broke through. By nightfall the army had left.", "2024-12-10")
    assert found["nightfall"] == "2024-12-05TEV"


def test_a_converted_time_in_brackets_does_not_date_the_next_sentence(extract):
    doc = extract("At 1:01 a.m. on Wednesday (1601 GMT Tuesday), the assembly voted. "
                  "The speaker then declared the decree void.", published="2024-12-04")
    declared = next(e for e in doc.events if e.trigger.text == "declared")
    assert declared.date.value.startswith("2024-12-04")
