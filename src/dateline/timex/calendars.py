"""Islamic (Hijri) and Persian solar (Solar Hijri) dates to Gregorian TIMEX3 values.

hijridate follows the Umm al-Qura calendar (what Saudi and most Gulf sources use) for
1343-1500 AH; outside that range convertdate's arithmetical calendar is the fallback. The
Persian solar calendar is convertdate's.
"""

from __future__ import annotations

import datetime as dt

from convertdate import islamic, persian
from hijridate import Gregorian, Hijri

UMM_AL_QURA = range(1343, 1501)


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date."""
    if year in UMM_AL_QURA:
        return Hijri(year, month, day).to_gregorian()
    return dt.date(*islamic.to_gregorian(year, month, day))


def persian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Persian solar date ("23 Khordad 1404" is 13 June 2025)."""
    return dt.date(*persian.to_gregorian(year, month, day))


def persian_year_of(day: dt.date) -> int:
    """The Persian solar year a Gregorian day falls in (it turns at the March equinox)."""
    return persian.from_gregorian(day.year, day.month, day.day)[0]


def month_length(year: int, month: int) -> int:
    if year in UMM_AL_QURA:
        return Hijri(year, month, 1).month_length()
    return islamic.month_length(year, month)


def hijri_year_of(day: dt.date) -> int:
    """The Hijri year a Gregorian day falls in."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (OverflowError, ValueError):
        return islamic.from_gregorian(day.year, day.month, day.day)[0]


def value(year: int, month: int | None = None, day: int | None = None) -> str:
    """TIMEX3 value of a Hijri year, month or day: a day gives a Gregorian day; a month or a year,
    which straddle Gregorian months and years, give the Gregorian month or year they start in
    when they end in the same one, else the wider unit they share."""
    if month is not None and day is not None:
        return to_gregorian(year, month, day).isoformat()
    if month is not None:
        first = to_gregorian(year, month, 1)
        last = to_gregorian(year, month, month_length(year, month))
        return first.strftime("%Y-%m") if (first.year, first.month) == (last.year, last.month) else _span(first, last)
    first = to_gregorian(year, 1, 1)
    last = to_gregorian(year, 12, month_length(year, 12))
    return str(first.year) if first.year == last.year else _span(first, last)


def _span(first: dt.date, last: dt.date) -> str:
    """A Hijri month or year spanning two Gregorian ones: the value of the one holding most of it."""
    mid = first + (last - first) / 2
    return mid.strftime("%Y-%m") if (last - first).days < 40 else str(mid.year)
