"""Reading TIMEX3 date values back into calendar days, the inverse of `normalise.fmt`.

Citations, quotes, fusion and the events scorer all ask what days a value such as "2024-W30" or
"2024-07" covers; they share this one reader so that a week means the same days everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")  # a day, perhaps with a time after it
WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")  # an ISO week, or its weekend
MONTH = re.compile(r"(\d{4})-(\d{2})")
YEAR = re.compile(r"\d{4}")


def week_days(value: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day of an ISO week value ("2024-W30": Monday to Sunday; "2024-W30-WE": its Saturday and
    Sunday), or None for any other value or a week number the year does not have."""
    found = WEEK.fullmatch(value or "")
    if found is None:
        return None
    year, number = int(found.group(1)), int(found.group(2))
    first, last = (6, 7) if found.group(3) else (1, 7)
    try:
        return dt.date.fromisocalendar(year, number, first), dt.date.fromisocalendar(year, number, last)
    except ValueError:
        return None


def interval(value: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    """The days a date value covers (first, last): a day (its time ignored), a week, a month or a year; None for a
    value that names no calendar span (a season, a quarter, an unknown year)."""
    if not value:
        return None
    try:
        if m := DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if WEEK.fullmatch(value):
            return week_days(value)
        if m := MONTH.fullmatch(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if YEAR.fullmatch(value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None
