"""The days a TIMEX3 value covers, read back the same way by citations, quotes, fusion and the scorer."""

import datetime as dt

import pytest

from dateline.timex.values import interval, week_days


@pytest.mark.parametrize("value, first, last", [
    ("2024-W30", "2024-07-22", "2024-07-28"),
    ("2024-W30-WE", "2024-07-27", "2024-07-28"),
    ("2025-W01", "2024-12-30", "2025-01-05"),  # ISO week 1 of 2025 starts in December 2024
    ("2020-W53", "2020-12-28", "2021-01-03"),
])
def test_week_days(value, first, last):
    assert week_days(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["2024-W53", "2024-07", "2024-07-22", "XXXX-W30", "", None, "2024-W3"])
def test_week_days_of_other_values(value):
    assert week_days(value) is None


@pytest.mark.parametrize("value, first, last", [
    ("2024-10-07", "2024-10-07", "2024-10-07"),
    ("2024-10-07T14:30", "2024-10-07", "2024-10-07"),
    ("2024-W41", "2024-10-07", "2024-10-13"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024-12", "2024-12-01", "2024-12-31"),
    ("2024", "2024-01-01", "2024-12-31"),
])
def test_interval(value, first, last):
    assert interval(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["2024-SU", "2024-Q3", "XXXX-10-07", "PRESENT_REF", "2024-13", None])
def test_interval_of_values_naming_no_span(value):
    assert interval(value) is None
