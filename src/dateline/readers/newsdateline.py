"""News datelines ("CAIRO, Aug. 25 (Reuters) —", "WASHINGTON —") and where the
published date comes from: the caller's argument, then the file's metadata, then
the dateline, then a date standing alone at the top of the text or a heading line that dates it
in either calendar ("Sanaa, 1 Rabi al-Awwal 1446 AH, corresponding to 4 September 2024"), then
a day in the file's name ("seoul-2024-12-04.txt", metadata too), which wire copy with a yearless dateline needs."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Optional

from ..alternation import alternation
from ..annotations import Source
from ..model import Dateline
from .dateline_line import date_line_value, settings

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?i:" + alternation(MONTHS) + r")\.?"
DATE = (
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
)
PLACE = r"(?P<place>[A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+)*(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
AGENCY = r"\((?P<agency>[A-Za-z][\w .&/-]{0,40})\)"
DATELINE = re.compile(
    rf"\A\s*{PLACE}(?:,?\s+{DATE})?(?:\s*{AGENCY})?\s*(?:—|–|--|-|:)\s",
)
# an agency's dispatch in title case ("Islamabad, October 12 (RNA) --", "Doha, Oct. 18 —", "Lagos (Reuters) –"): the
# town's name needs the day or the agency in brackets written after it and a dash, since a title-case name before a
# dash may be a sentence's subject ("Hamas – the group said – ...")
TITLED_PLACE = r"(?P<place>[A-Z][a-z'\-]+(?:[ \-][A-Z][a-z'\-]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)"
TITLED_DATELINE = re.compile(rf"\A\s*{TITLED_PLACE}(?:,\s+{DATE})?(?:\s*{AGENCY})?\s*(?:—|–|--|-)\s")
DATE_WORDS = {name.lower() for name in calendar.day_name} | set(MONTHS)
BYLINE = re.compile(r"[ \t]*[^\n]{1,220}\n[ \t]*\n")  # one dated line between the headline and the dateline
HEADLINE = re.compile(r"\A[ \t]*[^\n]{0,200}[^\s.!?:;,][ \t]*\n[ \t]*\n")  # a title line with no end stop, a blank line
FILE_DAY = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
ALONE = re.compile(rf"^\s*(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?(?:\w+day,?\s+)?{DATE}\s*$", re.I | re.M)


def _value(match: re.Match) -> Optional[str]:
    """The TIMEX3 value of a matched date: full, or with XXXX for a missing year."""
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso")).isoformat()
        except ValueError:
            return None
    month = match.group("m1") or match.group("m2")
    if not month:
        return None
    month_n = MONTHS[month.rstrip(".").lower()]
    day = int(match.group("d1") or match.group("d2"))
    year = match.group("y1") or match.group("y2")
    if year:
        try:
            return dt.date(int(year), month_n, day).isoformat()
        except ValueError:
            return None
    return f"XXXX-{month_n:02d}-{day:02d}" if 1 <= day <= 31 else None


def find_dateline(text: str) -> Optional[Dateline]:
    """The news dateline at the start of the text, or of the first paragraph after a headline
    line ('Toll passes 41,000\n\nGAZA, Sept. 12 (Wire) — ...'), if it has one."""
    found = dateline_at(text, 0)
    headline = HEADLINE.match(text)
    if found is None and headline is not None:
        found = dateline_at(text, headline.end())
        byline = BYLINE.match(text, headline.end())
        if found is None and byline is not None and date_line_value(byline.group(0)) is not None:
            found = dateline_at(text, byline.end())  # "Title\n\n*Outlet, 30 April 2024.*\n\nTHE HAGUE — ..."
        if found is None:
            found = _after_furniture(text, headline.end())
    return found


def _after_furniture(text: str, offset: int) -> Optional[Dateline]:
    """The dateline after a wire's editor's notes and byline ("(Adds U.S. reaction)\n\nBy Jane Doe\n\nSEOUL, Dec 4
    (Wire) - ..."): only lines wholly in brackets, or a byline word and a name with no end stop, may come between."""
    openers = tuple(f"{word} " for word in settings()["byline_openers"])
    for _ in range(settings()["furniture_lines"]):
        line = BYLINE.match(text, offset)
        if line is None:
            return None
        bare = line.group(0).strip()
        note = bare.startswith("(") and bare.endswith(")")
        byline = bare.startswith(openers) and bare.split()[1][:1].isupper() and bare[-1] not in ".!?"
        if not (note or byline):
            return None
        offset = line.end()
        found = dateline_at(text, offset)
        if found is not None:
            return found
    return None


def dateline_at(text: str, offset: int) -> Optional[Dateline]:
    """The dateline that opens the text at `offset` ("KYIV, July 3 (Wire) -"), if one does."""
    match = DATELINE.match(text[offset:offset + 300]) or TITLED_DATELINE.match(text[offset:offset + 300])
    if not match or match.group("place").split()[0].strip(",").lower() in DATE_WORDS:
        return None  # "Friday, 12 July – ...": a timeline's day, not a town
    if match.re is TITLED_DATELINE and not (match.group("agency") or any(match.group("m1", "m2", "iso"))):
        return None  # "Hamas – the group said – ...": a title-case name before a dash alone is a subject
    place = match.group("place").strip(" ,")
    if len(place) < 3 or not any(ch.isalpha() for ch in place):
        return None
    start = match.start("place")
    end = match.end() - 1
    while end > start and text[offset + end - 1].isspace():
        end -= 1
    return Dateline(place=place, date=_value(match), start=offset + start, end=offset + end)


def _full(value: Optional[str]) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


def with_published(source: Source, published: Optional[str], origin: str) -> Source:
    """The source with `published` set from `origin` when given."""
    if not published:
        return resolve_published(source, None)
    return resolve_published(dataclasses.replace(source, published=published, published_from=origin), None)


def resolve_published(source: Source, argument: Optional[str]) -> Source:
    """Fill the dateline and choose the published date: argument, metadata, dateline, text; the
    headline line above a dateline is the title when the metadata gives none."""
    dateline = find_dateline(source.text)
    published, origin = source.published, source.published_from
    if argument:
        published, origin = argument, "argument"
    elif published:
        origin = origin or "metadata"
    elif dateline is not None and _full(dateline.date):
        published, origin = dateline.date, "dateline"
    else:
        match = ALONE.search(source.text[:400])
        value = _value(match) if match else None
        value = value if _full(value) else date_line_value(source.text[:800])
        file_day = FILE_DAY.search(Path(source.path).name) if source.path else None
        if _full(value):
            published, origin = value, "text"
        elif file_day is not None and _full(file_day.group(1)):
            published, origin = file_day.group(1), "metadata"
        else:
            published, origin = None, None
    title = source.title
    if title is None and dateline is not None and dateline.start > 0:  # the line above the dateline
        title = source.text[:dateline.start].strip() or None
    return dataclasses.replace(source, dateline=dateline, published=published, published_from=origin, title=title)
