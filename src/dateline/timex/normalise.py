"""Normalising grammar matches to TIMEX3 values.

`Normaliser.value(match, ctx)` gives a `Value` (type, value, mod, what it was counted from)
or None when the match is not a temporal expression after all. Relative expressions count
from `ctx.reference` (the published date, a quote's or a citation's date) or, when anaphoric
("the following day", "two days later"), from `ctx.last`, the last date mentioned before.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from . import calendars
from .grammar import Grammar, Match, hijri_key, lexicon

D, W, M, Q, Y, SEASON, HALF = "D", "W", "M", "Q", "Y", "SEASON", "H"
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@dataclass
class Point:
    """A date at a granularity: the day 2024-08-21 at M is the month 2024-08."""

    date: dt.date
    gran: str
    id: Optional[str] = None  # the timex that mentioned it
    yearless: bool = False  # a month or day of an unknown year ("3 May" in a narrative): `date` holds LEAP_YEAR
    positioned: bool = False  # a month whose day a position gives ("the end of July")
    weekday: bool = False  # a day written with its weekday ("Saturday, August 16"), which a bare "Saturday" may name again

    def value(self) -> str:
        return fmt(self.date, self.gran)

    def moved(self, n: int, unit: str, gran: str) -> tuple[str, "Point"]:
        """The value n units from this point at `gran`, and the point later anaphors count from. In a
        year of unknown number: the month and day (counted in a leap year, so "28 February" + 2 days
        is "1 March" where it may be "2 March"), X for the rest and for days counted from a week."""
        date = shift(self.date, n, unit)
        if not self.yearless:
            return fmt(date, gran), Point(date, gran)
        if gran not in (D, M) or GRAN_RANK[gran] < GRAN_RANK.get(self.gran, 9) and not self.positioned:
            return UNKNOWN[gran], Point(date, Y, yearless=True)  # nothing finer can count from it
        return "XXXX" + fmt(date, gran)[4:], Point(date, gran, yearless=True)


@dataclass
class Value:
    type: str
    value: str
    mod: Optional[str] = None
    # None (absolute), "reference", "last", "quarter" or "told" (anaphoric; "told": a day the story told, `told`)
    anchor: Optional[str] = None
    calendar: str = "gregorian"
    point: Optional[Point] = None  # what a later anaphor may count from
    told: Optional[str] = None  # the id of the timex that told the day a "told" anchor counts from


SMALL_HOURS = 8
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
WEEKDAY_DAY_MONTHS = 14  # months either way to look for the day of the month that falls on the weekday named
"""Clock hours before this one, told after a night, lie at the end of that night (the next day)."""


@dataclass
class Context:
    """What a relative expression counts from, and how to read the clause it sits in."""

    reference: Optional[dt.date]
    last: Optional[Point] = None
    dayfirst: bool = True
    # whether the text's other dates tell the order of day and month (a part over 12, "31 May" against "May 31")
    order_told: bool = False
    tense: Callable[[Match], Optional[str]] = field(default=lambda m: None)
    text: str = ""
    rate: Callable[[Match], bool] = field(default=lambda m: False)  # after a quantity: "$2 million a year"
    # the last quarter mentioned: what "the quarter", "that quarter" refer back to in an earnings report,
    # even when a day ("the quarter ended Sept. 30") or another date came between
    last_quarter: Optional[Point] = None
    # whether the clause is in the past perfect ("had begun in June"): in a narrative, the one tense
    # that puts a partial date before the story's time rather than at or after it
    pluperfect: Callable[[Match], bool] = field(default=lambda m: False)
    # the day of the last clock time, its hour (0-23) and minute: "at 7 p.m. ... by eleven
    # o'clock" reads the later eleven
    last_clock: Optional[tuple[str, int, int]] = None
    # the date told before `last`, and where the expression that told `last` ended: "on 1 February,
    # two weeks later, ..." renames 1 February as two weeks after the date before it
    previous: Optional[Point] = None
    last_end: int = -1
    # whether `previous` was told in the sentence that told `last` ("On 15 August X said C since October")
    previous_near: bool = False
    # whether `last` is a night ("last night"): a clock time of the small hours after it is on the next day
    night: bool = False
    # the days told so far, in order: what "that Tuesday" names and what "that evening" falls on when the last
    # date told was a month or a year in an aside ("who turns eighty this month")
    days: list = field(default_factory=list)
    # whether `last` was told in its sentence's main clause ("In mid-August, rioters attacked ..."), not in a clause
    # that hangs on it ("since attacks began in October")
    last_main: bool = False
    # the story's own last date, told in a main clause (not an aside, a flashback or a noun's date: "the Dec. 21,
    # 1988, bombing"), and the one it told before that
    story: Optional[Point] = None
    story_before: Optional[Point] = None
    # the date a dated run goes on from (the last fully dated item or heading of a chronology's section, "Slide 4 —
    # December 2024 – March 2025"), when the expression stands in that run: its yearless days take the run's year
    run: Optional[Point] = None


def _historical_present(ctx: "Context", m: Match, past: dt.date) -> bool:
    """'The tariffs took effect on Wednesday ... And then, Thursday, Trump threatens D': a weekday fronted in a
    present-tense clause of a text that has already told a day of the week before the reference is the
    historical present of a narration (show notes, headlines), the last such day, not the next."""
    line = ctx.text.rfind("\n", 0, m.start) + 1
    fronted = FRONTED_DAY_BEFORE.search(ctx.text[max(line, m.start - 12):m.start]) is not None \
        and FRONTED_DAY_AFTER.match(ctx.text, m.end) is not None
    return fronted and ctx.reference is not None \
        and any(past - dt.timedelta(days=6) <= d.date <= ctx.reference for d in ctx.days)


def night_next_to(day: Point, after: bool, anchor: Optional[str]) -> Value:
    """"The night after" a day is that day's night, which follows it ("the night after the vote" of Monday is
    Monday night); "the night before" is the night of the day before."""
    value, point = day.moved(0 if after else -1, D, D)
    return Value("TIME", f"{value}TNI", anchor=anchor, point=point)


def is_stamp(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a clock time, is a time stamp that opens a line (see STAMP_BEFORE)."""
    return STAMP_AFTER.match(text, end) is not None \
        and STAMP_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def twenty_four_hour(hour: int, half: str) -> int:
    """The hour on a 24-hour clock of one told on a 12-hour clock: `half` is its "a.m."/"pm" as written, or ""."""
    half = half.lower()
    if half.startswith("p") and hour < 12:
        return hour + 12
    if half.startswith("a") and hour == 12:
        return 0
    return hour


def fmt(date: dt.date, gran: str) -> str:
    if gran == D:
        return date.isoformat()
    if gran == M:
        return f"{date.year:04d}-{date.month:02d}"
    if gran == Y:
        return f"{date.year:04d}"
    if gran == W:
        y, w, _ = date.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran == Q:
        return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"
    if gran == HALF:
        return f"{date.year:04d}-H{(date.month - 1) // 6 + 1}"
    if gran == "DE":
        return f"{date.year // 10:03d}X"
    if gran == "CE":
        return f"{date.year // 100:02d}XX"
    if gran == "WE":
        y, w, _ = date.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if gran == SEASON:
        season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(date.month, "FA")
        return f"{date.year:04d}-{season}"
    raise ValueError(gran)


UNKNOWN = {D: "XXXX-XX-XX", W: "XXXX-WXX", "WE": "XXXX-WXX-WE", M: "XXXX-XX", Q: "XXXX-QX", SEASON: "XXXX-XX",
           HALF: "XXXX-HX", Y: "XXXX", "DE": "XXX", "CE": "XX"}
LEAP_YEAR = 2000  # stands in for a year of unknown number: every month and day exists in it


def unknown(gran: str) -> Value:
    """A date at `gran` with nothing to count it from (a narrative before its first date): all X."""
    return Value("DATE", UNKNOWN[gran], anchor="reference")


def shift(date: dt.date, n: int, unit: str) -> dt.date:
    """`date` moved by n units (months clamp to the month's last day)."""
    if unit == D:
        return date + dt.timedelta(days=n)
    if unit in (W, "WE"):
        return date + dt.timedelta(weeks=n)
    months = {M: 1, Q: 3, SEASON: 3, HALF: 6, Y: 12, "DE": 120, "CE": 1200}[unit] * n
    y, m = divmod(date.month - 1 + months, 12)
    year = date.year + y
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    month = m + 1
    day = min(date.day, [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return dt.date(year, month, day)


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


RELATIVE = lexicon("relative")
RELATIVE_UNIT = RELATIVE["units"]
DEICTIC_SHIFT = RELATIVE["days"]
ANAPHORIC_REL = RELATIVE["anaphoric"]
DEICTIC_REL = RELATIVE["deictic"]
BARE_DAY = RELATIVE["bare_day"]
DURATION_REL = set(RELATIVE["lengths"])
# a day written just before a comma ("Oct. 12, ", "on Friday, "): what an apposition renames
APPOSITION = re.compile(r"(?:\d|day)\s*,\s*$", re.I)
RENAMING = re.compile(r"\s*,\s*")
# a weekday with the indefinite article after a comma ("On the third day, a Friday, ..."): it tells
# which weekday a day already in the story was, and names no day of its own
DESCRIBED_WEEKDAY = re.compile(r",\s*an?\s+$", re.I)
APPOSITION_END = re.compile(r"\s*[,;—–)]")
# a year right after a day or month it places ("on 15 September that year", "in May of the same year")
THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)
# "the" right before a weekday ("on the Sunday"): the weekday of the week the story is in
# A weekday fronted and set off by commas ("And then, Thursday, X threatens ..."): a step of a narration, which
# a schedule seldom is ("X hears the case Tuesday", "The vote is on Tuesday").
FRONTED_DAY_BEFORE = re.compile(r"(?:^|[\n.;:]\s*|\b(?:then|and then|and),?\s+)$", re.I)
FRONTED_DAY_AFTER = re.compile(r",\s")
DEFINITE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.I)
SET_OFF_DAY = re.compile(r",\s+$")  # a weekday set off by a comma: ", Monday." closing a caption
STORY_FRAME_DAYS = 7  # a story's day further than this before the reference is a past the text narrates
RECENT_DAYS = 4  # the last days told: a weekday named again among them is the look-back's day ("By Saturday afternoon")
RETROSPECT_DAYS = 365  # a story's date further than this before the reference gives partial dates its year
STORY_STEP_DAYS = 183  # how far after a day told with its year a partial date of its sentence may lie to take its year
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]|\n")  # the end of one sentence and the start of the next
PAST_LEANING_DAYS = 275  # how far back an untensed month or day may lie before it is read as the next one
# "the year ended March 31", "the fiscal year ending in June": a period named by its last day
PERIOD_ENDED = re.compile(r",?\s+(?:ended|ending)\b", re.I)
# A clock time that opens a line and is set off by a dash, bar or colon: a live blog's time stamp
# ("09:40 GMT — The army chief ..."), which tells when the entry was posted, on the page's own day.
STAMP_BEFORE = re.compile(r"[ \t*_#>\[(]*")
STAMP_AFTER = re.compile(r"[ \t*_\])]*(?:[—–|:]|-\s)")
DAY_TENSE_WINDOW = 31  # days a date may lie against the clause's tense (reported plans: "said the vote is in May")
FORWARD = set(RELATIVE["forward"])
GRAN_RANK = {D: 0, "WE": 0, W: 1, M: 2, Q: 3, SEASON: 3, HALF: 4, Y: 5, "DE": 6, "CE": 7}
# dates too coarse to count a finer span from ("the 1960s" + a year)
COARSE = {Y, "DE", "CE"}
# periods that a comparison keeps: "profit rose in the quarter from a year ago" is that quarter a year before
COMPARED_PERIODS = (Q, HALF)


class Normaliser:
    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self.ordinal_words = {n: w for w, n in grammar.ordinals.items()}  # 1: "first"

    # -- helpers over the lexicon ------------------------------------------------------------
    def month(self, word: str) -> int:
        return self.g.months[word.lower().rstrip(".")]

    def weekday(self, word: str) -> int:
        return self.g.weekdays[word.lower().rstrip(".")]

    def number(self, word: str):
        """A count: int, float, or "X" for vague ones ("several")."""
        w = " ".join(word.lower().split())
        if w in self.g.cardinals:
            return self.g.cardinals[w]
        half = re.fullmatch(r"(\d+)(?:[\s-]1/2|½)", w)
        if half:
            return int(half.group(1)) + 0.5
        if re.fullmatch(r"[a-z]+[\s-][a-z]+", w):
            tens, ones = re.split(r"[\s-]", w, maxsplit=1)
            return self.g.cardinals[tens] + self.g.cardinals[ones]
        n = float(w)
        return int(n) if n.is_integer() else n

    def mod(self, groups: dict) -> Optional[str]:
        if "mod" in groups:
            return self.g.mods_before.get(" ".join(groups["mod"].lower().split()), "APPROX")
        if "omod" in groups:
            return self.g.mods_outside.get(" ".join(groups["omod"].lower().split()), "APPROX")
        if "pos" in groups:
            return self.position(groups["pos"])
        return None

    def position(self, word: str) -> Optional[str]:
        w = " ".join(word.lower().split())
        return self.g.positions.get(w) or self.g.relative_positions.get(w)

    # -- the entry point --------------------------------------------------------------------
    def value(self, m: Match, ctx: Context) -> Optional[Value]:
        try:
            return getattr(self, "_" + m.rule)(m.groups, ctx, m)
        except (ValueError, KeyError, OverflowError):
            return None

    # -- resolution against the reference ---------------------------------------------------
    def _ref(self, ctx: Context) -> Optional[dt.date]:
        if ctx.reference is not None:
            return ctx.reference
        return ctx.last.date if ctx.last is not None and not ctx.last.yearless else None

    def _year_for(self, ctx: Context, m: Match, month: int, day: Optional[int]) -> Optional[int]:
        """The year of a date written without one: the reference's, moved by the clause's tense."""
        ref = self._ref(ctx)
        if ref is None:
            return None
        if THAT_YEAR.match(ctx.text, m.end) and known(ctx.last) is not None:
            return ctx.last.date.year  # "in June 2021 ..., and on 15 September that year": the year last told
        if ctx.run is not None:
            # "28 Dec: ..." under "December 2024 – March 2025": the run's year, not the reference's by tense
            return self._nearest_year(ctx, m, ctx.run.date, month, day)
        if ctx.reference is None:
            # a narrative: the year of the last date mentioned, or, when that date is a day or a month,
            # the occurrence nearest to it ("28 December 1941 ... on 2 January" is January 1942)
            if ctx.last is None or GRAN_RANK.get(ctx.last.gran, 9) > GRAN_RANK[M]:
                return ref.year
            return self._nearest_year(ctx, m, ref, month, day)
        retrospect = retrospective(ctx)
        if retrospect is not None:
            # a dated text telling a past years back (an obituary's "in May 2000 ... on 24 May"): the story's
            # year, as in a narrative, unless that puts the date after the reference
            year = self._story_year(ctx, m, retrospect, month, day)
            if dt.date(year, month, day or 1) <= ctx.reference:
                return year
        year = _year_of_the_day_before(ctx, m, month, day)
        if year is not None:
            return year
        # the nearest such date, unless the clause's tense points the other way and that one is
        # not close: "was signed on 3 March" (in August) is last March, "said the talks open on
        # 26 August" (on the 22nd) is still this August
        # with no tense to go by, news mostly reports what has happened: a month up to nine months
        # back ("from $29 in March", written in late October) is this year's, not the coming one
        tense = ctx.tense(m)
        this = dt.date(ref.year, month, min(day or 15, 28))
        year = ref.year
        if (this - ref).days > (365 - PAST_LEANING_DAYS if tense is None else 183):
            year -= 1
        elif (ref - this).days > (PAST_LEANING_DAYS if tense is None else 183) and tense != "past":
            year += 1  # but "5 January: the rebels took the town", told on 30 December, is this January
        first = dt.date(year, month, day or 1)
        last = dt.date(year, month, day) if day else shift(first, 1, M) - dt.timedelta(days=1)
        window = DAY_TENSE_WINDOW
        if tense == "past" and (first - ref).days > window:
            return year - 1
        if tense == "future" and (ref - last).days > window:
            return year + 1
        return year

    @staticmethod
    def _nearest_year(ctx: Context, m: Match, ref: dt.date, month: int, day: Optional[int]) -> int:
        """The year of the occurrence of the month and day nearest the story's date `ref`; in the past perfect
        one that lies ahead of it by more than DAY_TENSE_WINDOW days is the one before ("had begun in June",
        told in March)."""
        this = dt.date(ref.year, month, min(day or 15, 28))
        if ctx.pluperfect(m) and (this - ref).days > DAY_TENSE_WINDOW:
            return ref.year - 1
        if (this - ref).days > 183:
            return ref.year - 1
        return ref.year + 1 if (ref - this).days > 183 else ref.year

    def _story_year(self, ctx: Context, m: Match, story: Point, month: int, day: Optional[int]) -> int:
        """The year of a partial date in a retrospective: a story goes forward, so the first such date on or after
        the story's (in the month it names, for a month alone); the past perfect steps back to the nearest."""
        if ctx.pluperfect(m):
            return self._nearest_year(ctx, m, story.date, month, day)
        told = (story.date.month, story.date.day if story.gran == D else 0)
        return story.date.year if (month, day or 31) >= told else story.date.year + 1

    def _date_value(self, ctx: Context, m: Match, month: int, day: Optional[int], year: Optional[int],
                    era: Optional[str] = None) -> Value:
        anchor = None
        if year is None:
            year = self._year_for(ctx, m, month, day)
            retrospect = retrospective(ctx)
            # counted from the story's date when a retrospective gave the year, else from the reference
            anchor = "last" if year is not None and (
                retrospect is not None and year == self._story_year(ctx, m, retrospect, month, day)
                or year == _year_of_the_day_before(ctx, m, month, day)) else "reference"
        if year is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return Value("DATE", value, anchor="reference",
                         point=Point(dt.date(LEAP_YEAR, month, day or 1), D if day else M, yearless=True))
        if era and era.upper().startswith("B"):
            return Value("DATE", f"BC{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
        if day:
            date = dt.date(year, month, day)
            return Value("DATE", date.isoformat(), anchor=anchor, point=Point(date, D))
        date = dt.date(year, month, 1)
        return Value("DATE", fmt(date, M), anchor=anchor, point=Point(date, M))

    @staticmethod
    def _framed_weekday(ctx: Context, m: Match, wd: int) -> Optional[tuple[dt.date, Point]]:
        """In a dated text that narrates a past, a weekday in the past perfect ("had spent the weekend") lies before
        the story's day, not the published one, and "on the Sunday" is the Sunday of the story's week: the day,
        and the story's day it counts from."""
        frame = story_day(ctx)
        if frame is None or not (ctx.pluperfect(m) or DEFINITE_BEFORE.search(ctx.text, max(0, m.start - 6), m.start)
                                 and ctx.tense(m) is not None):
            return None
        return story_weekday(frame.date, wd, ctx.pluperfect(m)), frame

    @staticmethod
    def _story_week_day(ctx: Context, m: Match, wd: int) -> Optional[tuple[dt.date, Point]]:
        """A weekday set off by a comma in a clause not in the past or future tense ("Police fire tear gas at
        protesters, Monday."), as photo captions date what they show: a present of a past act, not a schedule, so
        the day the page has told that fell on it, in the week up to the story's day, else the next such day after
        the story's day, when that is not after the page."""
        day = told_day(ctx)
        if day is None or ctx.reference is None or ctx.tense(m) not in ("present", None) \
                or SET_OFF_DAY.search(ctx.text, max(0, m.start - 3), m.start) is None:
            return None
        told = told_weekday(ctx, wd)
        if told is not None and 0 <= (day.date - told.date).days < 7:
            return told.date, told
        ahead = story_weekday(day.date, wd, False)  # else the next such day of the story's week, not after the page
        return (ahead, day) if ahead <= ctx.reference else None

    @staticmethod
    def _weekday_told_again(ctx: Context, m: Match, wd: int) -> Optional[tuple[dt.date, Point]]:
        """In a dated text that narrates a past, a weekday in the past that one of the last days told fell on
        ("walked out at 12:58 a.m. on Saturday, August 16 ... By Saturday afternoon, the minister had acted" in a
        September issue), written there with its weekday, is that day, as "that Saturday" would be: the look-back
        still runs on the day it named with its weekday and date, within the week of the story's own day (the last
        told in a main clause). A weekday told long before
        ("6 November" among the days before a "Tuesday 11 November"), one an aside told ("the 18th, adopted on 18
        July" in a story of October) and a scheduled one ("will meet on Saturday") name no day again."""
        frame = ctx.story
        if frame is None or frame.gran != D or frame.yearless or ctx.reference is None \
                or (ctx.reference - frame.date).days <= STORY_FRAME_DAYS or ctx.tense(m) in ("future", "present"):
            return None
        told = next((p for p in reversed(ctx.days[-RECENT_DAYS:]) if p.weekday and p.date.isoweekday() == wd), None)
        if told is None or abs((frame.date - told.date).days) >= 7 or told.date > ctx.reference:
            return None
        return told.date, told

    def _weekday_date(self, ctx: Context, m: Match, wd: int, rel: Optional[str] = None) -> Optional[dt.date]:
        ref = self._ref(ctx)
        if ref is None:
            return None
        if ctx.reference is None and (ctx.last is None or ctx.last.gran not in (D, W, "WE")):
            return None  # a story's weekday counts from a day or week it told, not from "1848"
        if ctx.reference is None:
            return story_weekday(ref, wd, ctx.pluperfect(m))
        delta = wd - ref.isoweekday()
        if rel in ("last", "this past"):
            return ref + dt.timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
        if rel in ("next", "this coming"):
            return ref + dt.timedelta(days=delta % 7 or 7)
        tense = ctx.tense(m)
        past = ref + dt.timedelta(days=-((-delta) % 7))
        future = ref + dt.timedelta(days=delta % 7)
        if tense == "present" and future != past and _historical_present(ctx, m, past):
            return past
        # news writes the present for what is scheduled ("the court hears the case Tuesday")
        return future if tense in ("future", "present") else past

    # -- rules ---------------------------------------------------------------------------------
    def _iso(self, g, ctx, m):
        date = dt.date(int(g["year"]), int(g["month"]), int(g["day"]))
        if "hh" in g:
            return Value("TIME", f"{date.isoformat()}T{g['hh']}:{g['mm']}", point=Point(date, D))
        return Value("DATE", date.isoformat(), point=Point(date, D))

    def _numeric(self, g, ctx, m):
        a, b = int(g["a"]), int(g["b"])
        dayfirst = a > 12 or (b <= 12 and ctx.dayfirst)
        day, month = (a, b) if dayfirst else (b, a)
        year = int(g["year"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        date = dt.date(year, month, day)
        return Value("DATE", date.isoformat(), point=Point(date, D))

    def _post_stamp(self, g, ctx, m):
        """A post's stamp ("01.06 · 07:05", "06/01 14:20"): day and month in the order a dot, a part over 12 or the
        text's other dates tell, else the reading nearer the published date; a stamp without its year takes the
        published date's, or the year before when that would put the post after its page."""
        a, b = int(g["a"]), int(g["b"])
        readings = [(d, mo) for d, mo in ((a, b), (b, a)) if 1 <= d <= 31 and 1 <= mo <= 12]
        if a != b and len(readings) == 2 and (g["sep"] in self.g.dayfirst_separators or ctx.order_told):
            readings = readings[:1] if g["sep"] in self.g.dayfirst_separators or ctx.dayfirst else readings[1:]
        ref = self._ref(ctx)
        dates = [self._stamp_day(ref, g, d, mo) for d, mo in readings]
        day = max((d for d in dates if d is not None), default=None)
        if day is None:
            value = self._date_value(ctx, m, readings[0][1], readings[0][0], None)
            return Value("TIME", f"{value.value}T{int(g['h']):02d}:{g['m']}", anchor=value.anchor, point=value.point)
        anchor = None if "year" in g else "reference"
        return Value("TIME", f"{day.isoformat()}T{int(g['h']):02d}:{g['m']}", anchor=anchor, point=Point(day, D))

    @staticmethod
    def _stamp_day(ref: Optional[dt.date], g, day: int, month: int) -> Optional[dt.date]:
        """The day a stamp names: in the year it writes, else the latest such day not after the page's date."""
        if "year" in g:
            year = int(g["year"])
            return dt.date(year + (2000 if year < 50 else 1900) if year < 100 else year, month, day)
        if ref is None:
            return None
        date = dt.date(ref.year, month, day)
        return date if date <= ref else dt.date(ref.year - 1, month, day)

    def _dmy(self, g, ctx, m):
        month, day = self.month(g["month"]), int(g["day"])
        year = self.g.year_number(g["year"]) if "year" in g else None
        if year is None and "wdp" in g:
            year = self._weekday_year(ctx, m, month, day, self.weekday(g["wdp"]))
        value = self._date_value(ctx, m, month, day, year, g.get("era"))
        if "wdp" in g and value is not None and value.point is not None:
            value.point = replace(value.point, weekday=True)
        return value

    def _weekday_year(self, ctx: Context, m: Match, month: int, day: int, wd: int) -> Optional[int]:
        """The year a day written with its weekday and no year falls on that weekday ("Thursday, 30 October" told
        in 2025 after a look-back into 2024 is 2025's, a Thursday): the year the date alone would take or one
        either side of it; None when that year already fits or none does."""
        year = self._year_for(ctx, m, month, day)
        if year is None:
            return None
        for y in (year - 1, year + 1):
            with contextlib.suppress(ValueError):
                if dt.date(year, month, day).isoweekday() != wd and dt.date(y, month, day).isoweekday() == wd:
                    return y
        return None

    _mdy = _dmy

    def _month(self, g, ctx, m):
        year = self.g.year_number(g["year"]) if "year" in g else None
        if "myana" in g:  # "October of the following year": a year on from the last date told
            base = known(ctx.last)
            ref = base.date if base is not None else self._ref(ctx)
            if ref is None:
                return Value("DATE", f"XXXX-{self.month(g['month']):02d}", anchor="reference")
            d = dt.date(ref.year + ANAPHORIC_REL[" ".join(g["myana"].lower().split())], self.month(g["month"]), 1)
            return Value("DATE", fmt(d, M), mod=self.mod(g), anchor="last" if base is not None else "reference",
                         point=Point(d, M))
        if "myrel" in g:
            ref = self._ref(ctx)
            if ref is None:
                return Value("DATE", f"XXXX-{self.month(g['month']):02d}", anchor="reference")
            year = ref.year + DEICTIC_REL[g["myrel"].lower()]
        v = self._date_value(ctx, m, self.month(g["month"]), None, year)
        if "myrel" in g:
            v.anchor = "reference"
        v.mod = self.mod(g)
        return v

    def _month_edge(self, g, ctx, m):
        """"the last day of February": the month's first or last day (29 in a leap year's February)."""
        month = self.month(g["month"])
        given = self.g.year_number(g["year"]) if "year" in g else None
        year = given if given is not None else self._year_for(ctx, m, month, None)
        day = 1 if g["edge"].lower() == "first" else calendar.monthrange(year or LEAP_YEAR, month)[1]
        value = self._date_value(ctx, m, month, day, year)
        if given is None and year is not None:
            value.anchor = "reference"
        return value

    def _year(self, g, ctx, m):
        year = self.g.year_number(g["year"])
        era = g.get("era", "")
        if era.upper().startswith("B"):
            return Value("DATE", f"BC{year:04d}")
        return Value("DATE", f"{year:04d}", mod=self.mod(g), point=Point(dt.date(year, 1, 1), Y))

    def _era_year(self, g, ctx, m):
        year = int(g.get("y1") or g["y2"])
        era = g.get("era1") or g["era2"]
        if era.upper().startswith("B"):
            return Value("DATE", f"BC{year:04d}")
        return Value("DATE", f"{year:04d}", point=Point(dt.date(max(year, 1), 1, 1), Y))

    def _decade(self, g, ctx, m):
        if "dc" in g:
            prefix = g["dc"] + g["dd"]
        else:
            prefix = f"{self._century_of(ctx, int(g['d2']))}{g['d2']}"
        return Value("DATE", prefix + "X", mod=self.mod(g))

    def _decade_word(self, g, ctx, m):
        """"the nineties", "the nineteen-sixties"."""
        digit = self.g.decade_words[g["dw"].lower()]
        century = self.g.cardinals[g["dcw"].lower()] if "dcw" in g else self._century_of(ctx, digit)
        return Value("DATE", f"{century}{digit}X", mod=self.mod(g))

    def _century_of(self, ctx: Context, digit: int) -> int:
        """The century of a decade named without one ("the '90s"): the latest not after the reference."""
        ref = self._ref(ctx) or dt.date(2000, 1, 1)
        return ref.year // 100 if digit * 10 <= ref.year % 100 else ref.year // 100 - 1

    def _century(self, g, ctx, m):
        n = int(g["cn"]) if "cn" in g else self.g.ordinals[g["cw"].lower()]
        if g.get("era", "").upper().startswith("B"):
            return Value("DATE", f"BC{n - 1:02d}XX", mod=self.mod(g))
        return Value("DATE", f"{n - 1:02d}XX", mod=self.mod(g))

    def _quarter(self, g, ctx, m):
        q = self.g.quarters[g["q"].lower()]
        if "qyear" in g or "year" in g:
            year = self.g.year_number(g.get("qyear") or g["year"])
            anchor = None
        elif ("qrel" in g or "qago" in g) and self._ref(ctx) is not None:
            year = self._ref(ctx).year + (DEICTIC_REL[g["qrel"].lower()] if "qrel" in g else -1)
            anchor = "reference"
        else:
            year = self._year_for(ctx, m, q * 3 - 2, None)
            anchor = "reference"
            ref = self._ref(ctx)
            if ref is not None and ctx.reference is not None:
                current = (ref.month - 1) // 3 + 1
                year = ref.year - 1 if (q > current and ctx.tense(m) != "future") else ref.year
                if g.get("qdet", "").lower() == "last":
                    year = ref.year - 1 if q >= current else ref.year
                elif g.get("qdet", "").lower() == "next":
                    year = ref.year + 1 if q <= current else ref.year
        if year is None:
            return Value("DATE", f"XXXX-Q{q}", anchor="reference")
        date = dt.date(year, q * 3 - 2, 1)
        return Value("DATE", fmt(date, Q), anchor=anchor, point=Point(date, Q))

    def _the_quarter(self, g, ctx, m):
        """"the quarter": the quarter just named, else the last quarter mentioned (unless its end point
        follows: "the quarter ended Sept. 30"), else the last one completed, which "the latest quarter"
        always is in news; "the current quarter": the reference's; "the latest
        period", "the 1988 period", "the year-ago period": the period last mentioned (in that year, a year
        before)."""
        period = g["pnoun"].lower() == "period"
        last = known(ctx.last)
        current = g.get("pmod", "").lower().strip() == "current"
        latest = not period and ctx.reference is not None \
            and re.search(r"latest|recent", g.get("pmod", ""), re.I) is not None
        ended = PERIOD_ENDED.match(ctx.text, m.end) is not None
        if current and ctx.reference is not None:  # "the current quarter": the reference's own
            ref = ctx.reference
            base, gran, anchor = dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), Q, "reference"
        elif not latest and last is not None and (last.gran == Q
                                                  or period and GRAN_RANK.get(last.gran, 0) > GRAN_RANK[D]):
            base, gran, anchor = last.date, last.gran, "last"
        elif not (latest or ended or period) and ctx.last_quarter is not None:
            base, gran, anchor = ctx.last_quarter.date, Q, "quarter"
        else:
            ref = self._ref(ctx)
            if ref is None:
                return unknown(Q)
            base, gran = shift(dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), -1, Q), Q
            anchor = "reference"
        if "pyear" in g:
            base = shift(base, int(g["pyear"]) - base.year, Y)
        ago = "ago" in g or "ago2" in g or "lys" in g
        if ago:
            base = shift(base, -1, Y)
        return Value("DATE", fmt(base, gran), anchor=anchor, point=None if ago else Point(base, gran))

    def _year_end(self, g, ctx, m):
        """"year-end": the end of the current year."""
        ref = self._ref(ctx)
        if ref is None:
            return Value("DATE", "XXXX", mod="END", anchor="reference")
        return Value("DATE", f"{ref.year:04d}", mod="END", anchor="reference")

    def _the_unit(self, g, ctx, m):
        """"the year", "the full year", "the week": in news the current one, the published date's; in a
        narrative the one the last date mentioned lies in (when that date is no coarser). Followed by
        its end point ("the year ended March 31") it is a stretch of one unit, a duration."""
        unit = RELATIVE_UNIT[g["tunit"].lower()]
        if PERIOD_ENDED.match(ctx.text, m.end):
            return Value("DURATION", f"P1{unit}")
        last = known(ctx.last)
        if ctx.reference is None and last is not None and GRAN_RANK.get(last.gran, 9) <= GRAN_RANK[unit]:
            base, anchor = last.date, "last"
        elif story_day(ctx) is not None:  # a long read's "through the week": the week of the story's day
            day = story_day(ctx)
            return Value("DATE", fmt(day.date, unit), anchor="told", point=Point(day.date, unit), told=day.id)
        else:
            base, anchor = self._ref(ctx), "reference"
            if base is None:
                return unknown(unit)
        return Value("DATE", fmt(base, unit), anchor=anchor, point=Point(base, unit))

    def _year_ago_adj(self, g, ctx, m):
        """"year-earlier profit": the period last mentioned, a year before (else the reference's year)."""
        if known(ctx.last) is not None:
            base, gran, anchor = ctx.last.date, ctx.last.gran, "last"
        else:
            base, gran, anchor = self._ref(ctx), Y, "reference"
            if base is None:
                return unknown(Y)
        return Value("DATE", fmt(shift(base, -1, Y), gran), anchor=anchor)

    def _quarter_q(self, g, ctx, m):
        return self._quarter({"q": self.ordinal_words[int(g["qn"])],
                              **({"year": g["year"]} if "year" in g else {})}, ctx, m)

    def _half(self, g, ctx, m):
        h = self.g.halves[g["h"].lower()]
        ref = self._ref(ctx)
        if "year" in g:
            year, anchor = self.g.year_number(g["year"]), None
        elif ref is not None:
            year = ref.year + DEICTIC_REL.get(g.get("hrel", "").lower(), 0)
            anchor = "reference"
        else:
            return Value("DATE", f"XXXX-H{h}", anchor="reference")
        return Value("DATE", f"{year:04d}-H{h}", anchor=anchor, point=Point(dt.date(year, h * 6 - 5, 1), HALF))

    def _season(self, g, ctx, m):
        code = self.g.seasons[g["season"].lower()]
        rel = " ".join(g.get("srel", "").lower().split()).removeprefix("the ")
        mod = self.position(rel) if rel in ("early", "late", "mid") else None
        ref = self._ref(ctx)
        if "year" in g:
            year, anchor = self.g.year_number(g["year"]), None
        elif ref is None:
            return Value("DATE", f"XXXX-{code}", mod=mod, anchor="reference")
        else:
            anchor = "reference"
            year = ref.year
            start = SEASON_MONTH[code]
            if rel in ("last", "this past", "the past"):
                year = ref.year if start + 2 < ref.month else ref.year - 1
            elif rel in ("next", "this coming", "the coming"):
                year = ref.year if start > ref.month else ref.year + 1
            elif rel in ("that", "the same") and known(ctx.last) is not None:
                year, anchor = ctx.last.date.year, "last"
            elif rel in ANAPHORIC_REL:  # "the following spring": the next one after the last date told
                base, anchor = (ctx.last.date, "last") if known(ctx.last) is not None else (ref, "reference")
                after = ANAPHORIC_REL[rel] > 0
                if after:
                    year = base.year if start > base.month + 1 else base.year + 1
                else:
                    year = base.year if start + 1 < base.month else base.year - 1
        return Value("DATE", f"{year:04d}-{code}", mod=mod, anchor=anchor,
                     point=Point(dt.date(year, SEASON_MONTH[code], 1), SEASON))

    def _relative(self, g, ctx, m):
        rel = " ".join(g["rel"].lower().split())
        word = g["runit"].lower().rstrip(".")
        mod = self.mod(g)
        if rel == "the" and "pos" in g:  # "the end of the year": the current one
            rel = "this"
        if word == "day" and rel in BARE_DAY:  # "Next day, troops entered": "the next day" with its article dropped
            rel = BARE_DAY[rel]
        if word in self.g.seasons:
            return self._season({"season": word, "srel": rel}, ctx, m)
        if rel in DURATION_REL and word in RELATIVE_UNIT:
            return Value("DURATION", duration_value(1, self.g.units[word]), mod=mod)
        if rel == "the" and word == "weekend":
            framed = self._framed_weekday(ctx, m, 6)
            if framed is not None:
                return Value("DATE", fmt(framed[0], "WE"), mod=mod, anchor="told", point=Point(framed[0], D),
                             told=framed[1].id)
            date = self._weekday_date(ctx, m, 6)
            if date is None:
                return unknown("WE")
            return Value("DATE", fmt(date, "WE"), mod=mod, anchor="reference", point=Point(date, D))
        if rel in ("these", "the"):
            return None
        if rel in ANAPHORIC_REL:
            base, anchor, n = ctx.last, "last", ANAPHORIC_REL[rel]
            told = told_weekday(ctx, self.weekday(word)) if n == 0 and word in self.g.weekdays else None
            if told is not None:  # "Early that Tuesday": the Tuesday the story told, not one after it
                return Value("DATE", told.value(), mod=mod, anchor="told", point=told, told=told.id)
            if n == 0 and base is not None and base.gran == M and word == "day" and not base.yearless:
                if not (ctx.previous_near and ctx.previous is not None and ctx.previous.gran == D
                        and not ctx.previous.yearless):
                    # "killed last October ... crossed out that same day": a day of that month, which one untold
                    return Value("DATE", f"{fmt(base.date, M)}-XX", mod=mod, anchor=anchor)
                base = ctx.previous  # "On 15 August X said C since October. Y reported the same day": the day told
            if base is not None and base.yearless and word in RELATIVE_UNIT and RELATIVE_UNIT[word] in (D, M):
                value, point = base.moved(n, RELATIVE_UNIT[word], RELATIVE_UNIT[word])
                return Value("DATE", value, mod=mod, anchor=anchor, point=point)
            base = known(base)
            if n != 0 and RELATIVE_UNIT.get(word) == D and base is not None and base.gran != D \
                    and ctx.previous_near and ctx.previous is not None and ctx.previous.gran == D \
                    and not ctx.previous.yearless:
                # "said on 18 October that a boat bombed in September carried a fisherman, to which Trump replied the
                # next day": a month told beside a day has no next day, the day has
                base, anchor = ctx.previous, "told"
            if word == "quarter" and ctx.last_quarter is not None:
                base, anchor = ctx.last_quarter, "quarter"  # "that quarter": the last quarter mentioned
            if base is not None and word in self.g.weekdays and base.gran != D:
                base = None  # "the previous Friday" counts from a day, not from "1989"
            if base is None:
                ref = self._ref(ctx) if ctx.reference is not None or word not in self.g.weekdays else None
                base, anchor = (Point(ref, D) if ref else None), "reference"
            date = base.date if base else None
        else:
            n = DEICTIC_REL.get(rel)
            if n is None:
                return None
            date, anchor = self._ref(ctx), "reference"
        if word in self.g.months:
            month = self.month(word)
            if date is None:
                return Value("DATE", f"XXXX-{month:02d}", mod=mod, anchor="reference")
            year = date.year
            if n < 0:
                year = date.year if month < date.month else date.year - 1
            elif n > 0:
                year = date.year if month > date.month else date.year + 1
            d = dt.date(year, month, 1)
            return Value("DATE", fmt(d, M), mod=mod, anchor=anchor, point=Point(d, M))
        if word in self.g.weekdays:
            wd = self.weekday(word)
            if date is None:
                return Value("DATE", f"XXXX-WXX-{wd}", mod=mod, anchor="reference")
            if anchor == "last" or rel in ANAPHORIC_REL:
                if n < 0:
                    d = date - dt.timedelta(days=(date.isoweekday() - wd) % 7 or 7)
                elif n or anchor != "reference":
                    d = date + dt.timedelta(days=(wd - date.isoweekday()) % 7 or (7 if n else 0))
                else:  # "that Friday" with no such day told: the last one, not a day after the report
                    d = date - dt.timedelta(days=(date.isoweekday() - wd) % 7)
            else:
                d = self._weekday_date(Context(date, tense=ctx.tense), m, wd, rel)
            return Value("DATE", d.isoformat(), mod=mod, anchor=anchor, point=Point(d, D))
        unit = RELATIVE_UNIT[word]
        if date is None:
            return unknown(unit)
        d = shift(date, n, unit)
        gran = unit
        return Value("DATE", fmt(d, gran), mod=mod, anchor=anchor, point=Point(d, gran if gran != "WE" else D),
                     told=base.id if anchor == "told" else None)

    def _beyond(self, g, ctx, m):
        """"the Wednesday before last", "the week after next": one period beyond what "last Wednesday" or "next week"
        names (a weekday a week, a month a year)."""
        n = RELATIVE["beyond"][" ".join(g["beyond"].lower().split())]
        word = g["runit"].lower().rstrip(".")
        v = self._relative({"rel": "last" if n < 0 else "next", "runit": g["runit"]}, ctx, m)
        unit = W if word in self.g.weekdays else Y if word in self.g.months else RELATIVE_UNIT.get(word)
        if v is None or v.point is None or unit is None:
            return None
        d = shift(v.point.date, n, unit)
        return Value(v.type, fmt(d, v.point.gran), mod=v.mod, anchor=v.anchor, point=Point(d, v.point.gran))

    def _end_of(self, g, ctx, m):
        rel = g["rel"].lower()
        v = self._relative({"rel": "this" if rel == "the" else rel, "runit": g["runit"]}, ctx, m)
        if v is not None:
            v.mod = self.position(g["pos"])
        return v

    def _deictic(self, g, ctx, m):
        word = " ".join(g["deictic"].lower().split())
        if ctx.reference is None and word == "today":
            return Value("DATE", "PRESENT_REF")
        ref = self._ref(ctx)
        mod = self.mod(g)
        part = g.get("part") or g.get("ppart")
        part = self.g.parts[part.lower()] if part else ("NI" if word == "tonight" else None)
        if ref is None:
            return Value("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), mod=mod,
                         anchor="reference")
        d = ref + dt.timedelta(days=DEICTIC_SHIFT[word])
        if part:
            return Value("TIME", f"{d.isoformat()}T{part}", mod=mod, anchor="reference", point=Point(d, D))
        return Value("DATE", d.isoformat(), mod=mod, anchor="reference", point=Point(d, D))

    def _this_part(self, g, ctx, m):
        rel = g["rel"].lower()
        word = {"this": "today", "last": "yesterday"}.get(rel, rel)
        if rel == "last" and self.g.parts[g["part"].lower()] != "NI":
            return None
        return self._deictic({"deictic": word, "part": g["part"], **({"pos": g["pos"]} if "pos" in g else {})},
                             ctx, m)

    def _anaphor(self, g, ctx, m):
        if "cunit" in g:
            return self._relative({"rel": "that", "runit": g["cunit"]}, ctx, m)
        unit = RELATIVE_UNIT[g["bunit"].lower()] if g["bunit"].lower() != "night" else D
        n = 1 if g["dir"].lower() in FORWARD else -1
        base = ctx.last
        anchor = "last"
        renames = APPOSITION.search(ctx.text, max(0, m.start - 12), m.start) is not None \
            and re.match(r"\s+[a-z]", ctx.text[m.end:m.end + 2]) is not None
        if base is not None and base.gran == D and unit == D and renames:
            # "Oct. 12, the day before the crash": a second name for the date just given
            return Value("DATE", base.moved(0, D, D)[0], anchor=anchor, point=base)
        if base is None or base.yearless and unit not in (D, M):
            ref = self._ref(ctx)
            if ref is None:
                return unknown(unit)
            base, anchor = Point(ref, D), "reference"
        if g["bunit"].lower() == "night" and base.gran == D:
            return night_next_to(base, n > 0, anchor)
        value, point = base.moved(n, unit, unit)
        return Value("DATE", value, anchor=anchor, point=point)

    def _ago(self, g, ctx, m):
        n = self.number(g["num"])
        spec = self.g.units[g["unit"].lower()]
        direction = " ".join(g["dir"].lower().split())
        mod = self.mod(g) or ("APPROX" if re.search(r"or\s+so", ctx.text[m.start:m.end], re.I) else None)
        forward = direction in FORWARD
        if n == "X" or not isinstance(n, int):
            return Value("DATE", "FUTURE_REF" if forward else "PAST_REF", mod=mod)
        unit = spec["unit"]
        count = n * spec.get("factor", 1)
        if unit in ("S", "H") or (unit == "M" and spec.get("time")):
            clock = self._clock_on(ctx, count * (1 if forward else -1), unit)
            if clock is not None:
                return Value("TIME", clock, mod=mod, anchor="last")
            unit, count = D, 0
        if unit == "SEASON":
            unit, count = M, count * 3
        gran = {"WE": W}.get(unit, unit)
        if unit == Y and ctx.last is not None and ctx.last.gran in COMPARED_PERIODS:
            # "sales rose in the third quarter from a year earlier": that quarter, a year before
            d = shift(ctx.last.date, count if forward else -count, Y)
            return Value("DATE", fmt(d, ctx.last.gran), mod=mod, anchor="last")
        if direction in ("ago", "from now", "hence"):
            ref, anchor = self._ref(ctx), "reference"
            base = Point(ref, D) if ref is not None else None
        else:
            base, anchor = (ctx.last, "last") if ctx.last is not None else (None, "reference")
            if base is None and self._ref(ctx) is not None:
                base = Point(self._ref(ctx), D)
            if ctx.previous is not None and RENAMING.fullmatch(ctx.text, ctx.last_end, m.start) \
                    and APPOSITION_END.match(ctx.text, m.end):
                # "on 1 February, two weeks later, ...": another name for the date just told, counted
                # from the one before it; the story goes on from the date itself
                value, _ = ctx.previous.moved(count if forward else -count, unit, gran)
                return Value("DATE", value, mod=mod, anchor="last")
        if base is None:
            return unknown(gran)
        if anchor == "last" and base.gran in COARSE and GRAN_RANK[base.gran] > GRAN_RANK.get(gran, 9) \
                and not base.positioned:
            # "in the 1960s ... a year earlier", "in 1978 ... two months later": no point to count
            # from, so no made-up one; the story goes on from the coarse date
            return Value("DATE", UNKNOWN.get(gran, "XXXX"), mod=mod, anchor=anchor)
        value, point = base.moved(count if forward else -count, unit, gran)
        return Value("DATE", value, mod=mod, anchor=anchor, point=point)

    @staticmethod
    def _clock_on(ctx: Context, count: int, unit: str) -> Optional[str]:
        """"an hour later", "twenty minutes earlier" right after a clock time of the story's day:
        that clock time moved, when it stays on the same day."""
        if ctx.last_clock is None or ctx.last is None or ctx.last.gran != D or unit == "S" \
                or ctx.last_clock[0] != ctx.last.value():
            return None
        day, hour, minute = ctx.last_clock
        total = hour * 60 + minute + count * (60 if unit == "H" else 1)
        if not 0 <= total < 24 * 60:
            return None
        return f"{day}T{total // 60:02d}:{total % 60:02d}"

    def _duration(self, g, ctx, m):
        det = " ".join(g.get("det", "").lower().split())
        n = self.number(g["num"])
        word = g["unit"].lower()
        if n == 1 and word.endswith("s") and word[:-1] in self.g.units and g["num"].lower() in ("a", "an"):
            return None
        if re.search(r"-\s*" + re.escape(g["unit"]) + "$", ctx.text[m.start:m.end]) and word.endswith("s") \
                and word[:-1] in self.g.units:
            return None  # "a five-years plan": no such adjective; "forty-one years" is a count
        spec = self.g.units[word]
        mod = self.mod(g)
        text = ctx.text[m.start:m.end]
        if det in ("nearly", "almost"):
            mod = "APPROX"
        if re.search(r"\bor\s+(?:so|\w+)\b", text, re.I) and not mod:
            mod = "EQUAL_OR_MORE" if re.search(r"or\s+more", text, re.I) else "APPROX"
        if re.search(r"and\s+a\s+half", text, re.I) and n != "X":
            n = n + 0.5
        if g["num"].lower() in ("a", "an") and not det and not mod and m.rule == "duration" and ctx.rate(m):
            return Value("SET", duration_value(1, spec))  # a rate: "$2 million a year", "four flights a week"
        return Value("DURATION", duration_value(n, spec), mod=mod)

    _adj_duration = _duration

    def _bare_plural(self, g, ctx, m):
        """"months ago", "the coming days": a vague past or future; "recent years", "for weeks": a
        stretch of an unknown number of units (PXY), like "the past few years"."""
        det = " ".join(g.get("det", "").lower().split())
        if "after" in g:
            return Value("DATE", "PAST_REF")
        if det in ("coming", "the coming", "the next", "future"):
            return Value("DATE", "FUTURE_REF")
        if det == "past":
            return Value("DATE", "PAST_REF")
        return Value("DURATION", duration_value("X", self.g.units[g["unit"].lower()]))

    def _anaphor_part(self, g, ctx, m):
        """"the next morning", "the previous evening": a part of the day after or before the last day
        mentioned (or the reference when none was)."""
        n = ANAPHORIC_REL.get("the " + " ".join(g["prel"].lower().split()), 0) if "prel" in g else 0
        base, anchor = ctx.last, "last"
        part = self.g.parts[(g.get("part") or g["part2"]).lower()]
        day = ctx.days[-1] if ctx.days and m.rule == "anaphor_part" and (base is None or base.gran != D) else None
        if day is not None and known(base) is not None and base.gran in (M, Y) and day.date < base.date \
                and fmt(day.date, base.gran) != base.value() and ctx.last_main:
            # "In mid-August, supporters attacked ... Over the following nights": the story's main clause has moved
            # on past the last day told, into a month with no day told: that month's nights (a month in an aside,
            # "since attacks began in October", leaves the story on its day)
            return Value("TIME", f"{fmt(base.date, base.gran)}{'-XX' * (2 if base.gran == Y else 1)}T{part}",
                         anchor="last")
        if day is not None:  # "that evening" after a month or year: a month has no evening, the last day told has
            base, anchor = day, "told"
        if base is None or base.gran != D:
            ref = self._ref(ctx)
            if ref is None:
                return Value("TIME", f"{UNKNOWN[D]}T{part}", anchor="reference")
            base, anchor = Point(ref, D), "reference"
        elif "prel" not in g and ctx.night and part == "MO":
            n = 1  # "last night ... before dawn": the dawn that ends the night, like its small hours
        value, point = base.moved(n, D, D)
        return Value("TIME", f"{value}T{part}", anchor=anchor, point=point, told=base.id if anchor == "told" else None)

    _the_part = _anaphor_part

    def _overnight(self, g, ctx, m):
        """"overnight": the night that ends on the day it is told of, so the night before the reference day (the
        published date, an entry's day); in a story, the night of its last day. "overnight on 23 October" is that
        day's night, "overnight into Sunday" the night before Sunday."""
        if "date" in g:
            day = self.value(g["date"], ctx)
            if day is None or day.point is None:
                return None
            back = 1 if g["link"] in self.g.night_into else 0
            value, point = day.point.moved(-back, D, D)
            return Value("TIME", f"{value}TNI", anchor=day.anchor, point=point, told=day.told)
        if ctx.last is not None and ctx.last.gran == D and (ctx.reference is None or len(SENTENCE_END.findall(
                ctx.text, ctx.last_end, m.start)) <= 1):
            # "closed lower Friday. Shares fell on overnight losses in New York": the night before the day just told
            value, _ = ctx.last.moved(0 if ctx.reference is None else -1, D, D)
            return Value("TIME", f"{value}TNI", anchor="last")
        if ctx.reference is not None:
            # the night spans two days: "a day earlier" after it still counts from the day of the report
            value, _ = Point(ctx.reference, D).moved(-1, D, D)
            return Value("TIME", f"{value}TNI", anchor="reference")
        return Value("TIME", f"{UNKNOWN[D]}TNI", anchor="reference")

    def _night_span(self, g, ctx, m):
        """"the night of 26 to 27 January", "the night of Sunday to Monday": the night of the first day, named, as
        "overnight into Sunday" is, by the day it runs into."""
        day = self._weekday(g, ctx, m) if "wd" in g else self._dmy(g, ctx, m)
        if day is None or day.point is None:
            return None
        value, point = day.point.moved(-1, D, D)
        return Value("TIME", f"{value}TNI", anchor=day.anchor, point=point, told=day.told)

    def _night_pair(self, g, ctx, m):
        """"09/10 SEP": the night of two days in a row, as "the night of 9 to 10 September" is; two days apart
        are no night ("09/12 SEP" is none)."""
        if int(g["eve"]) + 1 != int(g["day"]) and not (g["day"].lstrip("0") == "1" and int(g["eve"]) >= 28):
            return None
        return self._night_span(g, ctx, m)

    def _unit_long(self, g, ctx, m):
        """"a day-long strike" lasts one unit; "a decades-long feud" an unknown number of them."""
        word = g["ulong"].lower()
        return Value("DURATION", duration_value("X" if word.endswith("s") else 1, self.g.units[word]))

    def _clock(self, g, ctx: Optional[Context] = None) -> str:
        if "clock" in g:
            return self.g.clock_words[g["clock"].lower()]
        h = int(g["h"]) if g["h"].isdigit() else self.number(g["h"])
        minute = int(g.get("m", 0))
        ampm = g.get("ampm", "")
        h = twenty_four_hour(h, ampm)
        if not ampm and not g["h"].startswith("0") and ctx is not None and ctx.last_clock is not None \
                and 1 <= h < 12 \
                and ctx.last is not None and ctx.last.gran == D and ctx.last_clock[0] == ctx.last.value() \
                and ctx.last_clock[1] > h:
            h += 12  # "at 7 p.m. ... by eleven o'clock": the clock goes on from the last time told that day; not "05:40"
        if h > 24 or minute > 59:
            raise ValueError("not a time")
        return f"{h:02d}:{minute:02d}"

    def _time(self, g, ctx, m):
        """A clock time with no day of its own ("at 6 a.m.") lies on the day the text last named,
        else on the reference's."""
        clock = self._clock(g, ctx)
        mod = "APPROX" if "omod" in g else None
        if ctx.last is not None and ctx.last.gran == D and not (ctx.reference and is_stamp(ctx.text, m.start, m.end)):
            # "last night ... between 01:00 and 07:00": the small hours after a night are the next day's
            later = 1 if ctx.night and int(clock[:2]) < SMALL_HOURS else 0
            return Value("TIME", f"{ctx.last.moved(later, D, D)[0]}T{clock}", mod=mod, anchor="last")
        ref = self._ref(ctx)
        day = ref.isoformat() if ref is not None else "XXXX-XX-XX"
        return Value("TIME", f"{day}T{clock}", mod=mod, anchor="reference")

    _time24 = _time

    def _oclock(self, g, ctx, m):
        """"eleven o'clock", "six o'clock in the evening"."""
        half = g.get("half", "").lower()
        return self._time({**g, **({"ampm": "am" if half == "morning" else "pm"} if half else {})}, ctx, m)
    _clock_word = _time

    def _whole_tense(self, ctx: Context, m) -> Context:
        """A context that reads the tense for the whole of `m`: in "until 9 a.m. Tuesday" the cue
        stands before the clock time, not before the day."""
        return replace(ctx, tense=lambda _: ctx.tense(m))

    def _shifted(self, g, ctx, m):
        """"the day before last Tuesday", "the week after Easter": a unit on from the date named."""
        first = g["first"].groups
        dv = self.value(g["date"], self._whole_tense(ctx, m))
        unit = RELATIVE_UNIT.get(first["bunit"].lower(), D)
        if dv is None or dv.point is None or dv.point.gran != D:
            return None
        if first["bunit"].lower() == "night":
            return night_next_to(dv.point, first["dir"].lower() in FORWARD, dv.anchor)
        d = shift(dv.point.date, 1 if first["dir"].lower() in FORWARD else -1, unit)
        return Value("DATE", fmt(d, unit), anchor=dv.anchor, point=Point(d, unit), told=dv.told)

    def _week_of(self, g, ctx, m):
        """"the week of March 6", "Easter week": the week that day lies in."""
        # the week may have begun before the day that names it ("as Easter week began"): no tense
        dv = self.value(g["date"], replace(ctx, tense=lambda _: None))
        if dv is None or dv.point is None or dv.point.gran != D:
            return unknown(W)
        return Value("DATE", fmt(dv.point.date, W), anchor=dv.anchor, point=Point(dv.point.date, W),
                     told=dv.told)

    def _clock_date(self, g, ctx, m):
        first, date = g["first"], g["date"]
        dv = self.value(date, self._whole_tense(ctx, m))
        if dv is None or not re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", dv.value):
            return None
        tv = self.value(first, ctx)
        if tv is None:
            return None
        return Value("TIME", dv.value + "T" + tv.value.split("T", 1)[1], mod=tv.mod, anchor=dv.anchor,
                     point=dv.point, told=dv.told)

    def _part_date(self, g, ctx, m):
        first, date = g["first"], g["date"]
        dv = self.value(date, self._whole_tense(ctx, m))
        if dv is None or dv.type != "DATE" or not re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", dv.value):
            return None
        part = self.g.parts[first.groups["part"].lower()]
        return Value("TIME", f"{dv.value}T{part}", mod=self.mod(first.groups), anchor=dv.anchor, point=dv.point,
                     told=dv.told)

    def _ordinal_day(self, g, ctx, m):
        """"on the 14th": that day of the month last told (of the reference's month in news)."""
        day = int(g["oday"])
        last = ctx.last if ctx.last is not None and ctx.last.gran in (D, M) else None
        if last is None:
            ref = self._ref(ctx)
            if ref is None:
                return Value("DATE", f"XXXX-XX-{day:02d}", anchor="reference")
            last, anchor = Point(ref, D), "reference"
        else:
            anchor = "last"
        date = last.date.replace(day=day)
        value = fmt(date, D) if not last.yearless else "XXXX" + fmt(date, D)[4:]
        return Value("DATE", value, anchor=anchor, point=Point(date, D, yearless=last.yearless))

    def _weekday(self, g, ctx, m):
        wd = self.weekday(g["wd"])
        d, anchor, told = self._described_weekday(ctx, m, wd), "last", None
        framed = self._framed_weekday(ctx, m, wd) if d is None else None
        framed = framed or (self._story_week_day(ctx, m, wd) if d is None else None)
        framed = framed or (self._weekday_told_again(ctx, m, wd) if d is None else None)
        if framed is not None:
            d, anchor, told = framed[0], "told", framed[1].id
        if d is None:
            d, anchor = self._weekday_date(ctx, m, wd), "reference"
        mod = self.mod(g)
        part = self.g.parts[g["part"].lower()] if "part" in g else None
        if d is None:
            value = f"XXXX-WXX-{wd}"
            return Value("TIME" if part else "DATE", value + (f"T{part}" if part else ""), mod=mod,
                         anchor="reference")
        if part:
            return Value("TIME", f"{d.isoformat()}T{part}", mod=mod, anchor=anchor, point=Point(d, D), told=told)
        return Value("DATE", d.isoformat(), mod=mod, anchor=anchor, point=Point(d, D), told=told)

    def _weekday_day(self, g, ctx, m):
        """"Thursday the 23rd": the 23rd that falls on a Thursday, nearest the day the weekday alone would name
        and on the same side of the reference (a plan's Thursday the 23rd is ahead, not the last one)."""
        value = self._weekday(g, ctx, m)
        if value.point is None:
            return value
        near, ref, wd, day = value.point.date, self._ref(ctx), self.weekday(g["wd"]), int(g["oday"])
        found = []
        for step in range(-WEEKDAY_DAY_MONTHS, WEEKDAY_DAY_MONTHS + 1):
            month = shift(near.replace(day=1), step, "M")
            if day <= calendar.monthrange(month.year, month.month)[1] \
                    and month.replace(day=day).isoweekday() == wd:
                found.append(month.replace(day=day))
        if ref is not None and near != ref:
            found = [d for d in found if (d > ref) == (near > ref)] or found
        if not found:
            return value
        date = min(found, key=lambda d: abs((d - near).days))
        return Value("DATE", date.isoformat(), mod=value.mod, anchor=value.anchor, point=Point(date, D),
                     told=value.told)

    def _described_weekday(self, ctx: Context, m: Match, wd: int) -> Optional[dt.date]:
        """", a Friday," after a day the story is on ("Oct. 12, a Saturday"; "the third day, a Friday"):
        the weekday describes that day or the next one the story comes to, so it counts from the last
        day told, as a story does (forward; back in the past perfect), not from the published date."""
        last = ctx.last
        if last is None or last.gran != D or last.yearless \
                or not DESCRIBED_WEEKDAY.search(ctx.text, max(0, m.start - 8), m.start):
            return None
        return story_weekday(last.date, wd, ctx.pluperfect(m))

    def _set(self, g, ctx, m):
        word = g["sunit"].lower()
        if word in self.g.weekdays:
            return Value("SET", f"XXXX-WXX-{self.weekday(word)}")
        if word in self.g.months:
            return Value("SET", f"XXXX-{self.month(word):02d}")
        if word in self.g.seasons:
            return Value("SET", f"XXXX-{self.g.seasons[word]}")
        if word in self.g.parts:
            return Value("SET", f"XXXX-XX-XXT{self.g.parts[word]}")
        if word == "weekend":
            return Value("SET", "XXXX-WXX-WE")
        if word == "season":
            return Value("SET", "P3M")
        return Value("SET", duration_value(1, self.g.units[word]))

    def _times_per(self, g, ctx, m):
        return Value("SET", duration_value(1, self.g.units[g["sunit"].lower()]))

    def _frequency(self, g, ctx, m):
        return Value("SET", self.g.frequencies[g["freq"].lower()])

    def _plural_weekday(self, g, ctx, m):
        return Value("SET", f"XXXX-WXX-{self.weekday(g['pwd'][:-1])}")

    def _holiday(self, g, ctx, m):
        spec = self.g.holidays[" ".join(g["holiday"].lower().split())]
        ref = self._ref(ctx)
        rel = g.get("hrel", "").lower()
        if "year" in g:
            year, anchor = self.g.year_number(g["year"]), None
        elif ref is None:
            return Value("DATE", "XXXX-" + spec["fixed"] if "fixed" in spec else UNKNOWN[D], anchor="reference")
        else:
            year, anchor = ref.year, "reference"
        if "hijri" in spec:
            hm, hd = (int(x) for x in spec["hijri"].split("-"))
            hyear = calendars.hijri_year_of(dt.date(year, 7, 1)) if "year" in g else calendars.hijri_year_of(ref)
            d = calendars.to_gregorian(hyear, hm, hd)
            if anchor and ref is not None:
                if rel == "last" or (ctx.tense(m) == "past" and d > ref):
                    d = calendars.to_gregorian(hyear - 1, hm, hd)
                elif rel == "next" or (ctx.tense(m) == "future" and d < ref):
                    d = calendars.to_gregorian(hyear + 1, hm, hd)
                elif not rel and ctx.tense(m) is None:
                    before = calendars.to_gregorian(hyear - 1, hm, hd)
                    d = before if abs((ref - before).days) < abs((d - ref).days) else d
            return Value("DATE", d.isoformat(), anchor=anchor, calendar="hijri", point=Point(d, D))
        d = holiday_date(spec, year)
        if anchor and ref is not None and ctx.reference is None:
            back = ctx.pluperfect(m)
            if back and d > ref or not back and d < ref:
                d = holiday_date(spec, year + (-1 if back else 1))
        elif anchor and ref is not None:
            tense = ctx.tense(m)
            if rel == "last" or (tense == "past" and d > ref):
                d = holiday_date(spec, year - 1)
            elif rel == "next" or (tense == "future" and d < ref):
                d = holiday_date(spec, year + 1)
            elif not rel and tense is None:  # the nearest: "Thanksgiving" in early January is the last one
                d = min((holiday_date(spec, y) for y in (year - 1, year, year + 1)), key=lambda h: abs((h - ref).days))
        return Value("DATE", d.isoformat(), anchor=anchor, point=Point(d, D))

    def _hijri(self, g, ctx, m):
        month = self.g.hijri_months[hijri_key(g["hmonth"])]
        day = int(g.get("hday") or g.get("hday2") or 0) or None
        if day is not None and not 1 <= day <= 30:
            return None
        anchor = None
        if "hyear" in g:
            year = int(g["hyear"])
        else:
            ref = self._ref(ctx)
            if ref is None:
                return Value("DATE", "XXXX-XX", anchor="reference", calendar="hijri")
            year, anchor = calendars.hijri_year_of(ref), "reference"
            if day is None and ctx.tense(m) == "past" and calendars.to_gregorian(year, month, 1) > ref:
                year -= 1
        value = calendars.value(year, month, day)
        return Value("DATE", value, anchor=anchor, calendar="hijri", point=_point(value))

    def _persian(self, g, ctx, m):
        """A Persian solar date: its Gregorian day. Without a year, the occurrence nearest the reference (or, in a
        narrative, the last date told). The schema knows the Gregorian and Hijri calendars; the solar calendar is
        the Solar Hijri, so it is marked "hijri"."""
        month = self.g.persian_months[(g.get("pmonth") or g["pmonth2"]).lower()]
        day = int(g.get("pday") or g["pday2"])
        if not 1 <= day <= (31 if month <= 6 else 30):
            return None
        if "pyear" in g:
            date = calendars.persian_to_gregorian(int(g["pyear"]), month, day)
            return Value("DATE", date.isoformat(), calendar="hijri", point=Point(date, D))
        ref = self._ref(ctx)
        if ref is None:
            return Value("DATE", "XXXX-XX-XX", anchor="reference", calendar="hijri")
        year = calendars.persian_year_of(ref)
        date = min((calendars.persian_to_gregorian(y, month, day) for y in (year - 1, year, year + 1)),
                   key=lambda d: abs((d - ref).days))
        return Value("DATE", date.isoformat(), anchor="reference", calendar="hijri", point=Point(date, D))

    def _hijri_year(self, g, ctx, m):
        value = calendars.value(int(g["hyear"]))
        return Value("DATE", value, calendar="hijri", point=_point(value))

    def _vague(self, g, ctx, m):
        return Value("DATE", self.g.vague[" ".join(g["vague"].lower().split())])

    def _vague_adj(self, g, ctx, m):
        return Value("DATE", self.g.vague_adjectives[g["vadj"].lower()])


def _year_of_the_day_before(ctx: Context, m: Match, month: int, day: Optional[int]) -> Optional[int]:
    """The year of a partial date told in the sentence of a day written with a year before the reference's,
    when it falls within half a year after that day: "hit by a drone on 12 December 2023, the tanker sank on 2
    January" (in a 2025 text) is 2 January 2024, the story going on from the day it gave."""
    told = known(ctx.last)
    if told is None or told.gran != D or ctx.reference is None or ctx.last_end > m.start \
            or told.date.year >= ctx.reference.year \
            or SENTENCE_BREAK.search(ctx.text, ctx.last_end, m.start) is not None:
        return None
    year = told.date.year if (month, day or 31) >= (told.date.month, told.date.day) else told.date.year + 1
    return year if (dt.date(year, month, min(day or 1, 28)) - told.date).days <= STORY_STEP_DAYS else None


def retrospective(ctx: Context) -> Optional[Point]:
    """The date a dated text's story stands on when it tells a past more than RETROSPECT_DAYS before the reference
    (an obituary, a history): the last date told, a day, month or season of a known year, when the story's last two
    main-clause dates lie that far back too, a past told at length. None for news of the day, whose partial dates
    count from the reference, and for news that recalls one past date ("celebrating victory on Jan. 1, 1959")
    before it goes back to its own time."""
    last, story, before = known(ctx.last), known(ctx.story), known(ctx.story_before)
    if ctx.reference is None or last is None or story is None or before is None:
        return None
    if GRAN_RANK.get(last.gran, 9) >= GRAN_RANK[Y] or GRAN_RANK.get(story.gran, 9) >= GRAN_RANK[Y]:
        return None  # a year alone ("founded in 1998") is background too often to place a day in it
    far = dt.timedelta(days=RETROSPECT_DAYS)
    return last if all(ctx.reference - p.date > far for p in (last, story, before)) else None


def told_weekday(ctx: Context, wd: int) -> Optional[Point]:
    """The last day told that fell on weekday `wd` (1 = Monday), not after the reference: the day "that Tuesday"
    names."""
    return next((p for p in reversed(ctx.days) if p.date.isoweekday() == wd
                 and (ctx.reference is None or p.date <= ctx.reference)), None)


def told_day(ctx: Context) -> Optional[Point]:
    """The day the story is on: the last date told when it is a day, else the last day told when the date told
    since lies around it (the month or year of an aside: "who turns eighty this month")."""
    last = known(ctx.last)
    if last is not None and last.gran == D:
        return last
    day = ctx.days[-1] if ctx.days else None
    if day is None or last is not None and fmt(day.date, last.gran) != last.value():
        return None
    return day


def story_day(ctx: Context) -> Optional[Point]:
    """The story's day when the text narrates a past: a day told more than STORY_FRAME_DAYS before the reference
    (a long read's Tuesday, three weeks before it went to print). Weekdays near the reference count from it."""
    day = told_day(ctx)
    if day is None or ctx.reference is None or (ctx.reference - day.date).days <= STORY_FRAME_DAYS:
        return None
    return day


def story_weekday(day: dt.date, wd: int, back: bool) -> dt.date:
    """The weekday `wd` (1 = Monday) a story comes to from `day`: that day or the next such one, as a
    story goes forward; the one on or before it when the clause steps `back` (the past perfect)."""
    delta = wd - day.isoweekday()
    return day - dt.timedelta(days=(-delta) % 7) if back else day + dt.timedelta(days=delta % 7)


def positioned(point: Point, mod: Optional[str]) -> Point:
    """`point` (a month or year) with its day moved to where a position puts it, for counting days
    from it: "the end of July" + one day is 1 August, "mid-September" + ten days the 25th."""
    if mod not in ("MID", "END") or point.gran not in (M, Y):
        return point
    span = 1 if point.gran == M else 12
    first = dt.date(point.date.year, 1 if point.gran == Y else point.date.month, 1)
    if mod == "END":
        day = shift(first, span, M) - dt.timedelta(days=1)
    else:
        day = dt.date(first.year, 7, 1) if point.gran == Y else first.replace(day=15)
    return replace(point, date=day, positioned=True)


def known(point: Optional[Point]) -> Optional[Point]:
    """`point` when its year is known: only such a point can give a year to what counts from it."""
    return point if point is not None and not point.yearless else None


def _point(value: str) -> Optional[Point]:
    """A Point for a plain Gregorian value (YYYY, YYYY-MM, YYYY-MM-DD)."""
    parts = value.split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None
    gran = {1: Y, 2: M, 3: D}[len(nums)]
    nums += [1] * (3 - len(nums))
    return Point(dt.date(*nums), gran)


def duration_value(n, spec: dict) -> str:
    """P10M, PT53M, P10Y for a decade, PXM for "several months"."""
    unit = spec["unit"]
    if unit == "SEASON":
        unit, factor = "M", 3 * spec.get("factor", 1)
    else:
        factor = spec.get("factor", 1)
    if n == "X":
        if factor == 10:
            unit = "DE"
        elif factor == 100:
            unit = "CE"
        return ("PT" if spec.get("time") else "P") + "X" + unit
    total = n * factor
    if isinstance(total, float) and not total.is_integer():
        smaller = ({"H": ("M", 60), "M": ("S", 60)} if spec.get("time")
                   else {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)})
        if unit in smaller and (total * smaller[unit][1]).is_integer():
            # ISO 8601 writes the rest in the next smaller unit: 5 1/2 hours PT5H30M, half a day PT12H
            su, k = smaller[unit]
            whole, rest = int(total), int(round((total - int(total)) * k))
            small = ("PT" if spec.get("time") or unit == "D" else "P") + f"{rest}{su}"
            if not whole:
                return small
            if unit == "D":
                return f"P{whole}DT{rest}H"
            return ("PT" if spec.get("time") else "P") + f"{whole}{unit}{rest}{su}"
        return ("PT" if spec.get("time") else "P") + f"{total:g}{unit}"
    return ("PT" if spec.get("time") else "P") + f"{int(total)}{unit}"


def holiday_date(spec: dict, year: int) -> dt.date:
    if "fixed" in spec:
        month, day = (int(x) for x in spec["fixed"].split("-"))
        return dt.date(year, month, day)
    if "easter" in spec:
        return easter(year) + dt.timedelta(days=spec["easter"])
    month, weekday, n = spec["nth"]
    after = dt.timedelta(days=spec.get("days_after", 0))
    first = dt.date(year, month, 1)
    if n > 0:
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1)) + after
    last = shift(first, 1, M) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7) + after


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
