"""A date line near the top of a statement: the published date when no metadata or news
dateline gives one. Official statements often carry their date only as a heading line, in the
Hijri calendar, in the Gregorian, or both ("Sanaa, 1 Rabi al-Awwal 1446 AH, corresponding to
4 September 2024"); the timex grammar reads either calendar."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .. import datafiles
from ..timex import engine
from ..timex.normalise import Context

DAY = re.compile(r"\d{4}-\d\d-\d\d")
PARENTHESIS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
SENTENCE_END = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")
WORD = re.compile(r"[^\s,;:.]+(?:\.[^\s,;:.]+)*\.?")


@lru_cache(maxsize=1)
def settings() -> dict:
    return datafiles.read(Path(__file__).parent / "data" / "dateline.yaml")


def date_line_value(text: str) -> Optional[str]:
    """The day a heading line among the first few lines of `text` gives, or None: the Gregorian
    day when the line gives both calendars (the issuer's own conversion), else the Hijri one."""
    config = settings()
    lines = [line for line in text.split("\n") if line.strip()][:config["top_lines"]]
    for line in lines:
        if len(line) <= config["longest"]:
            for piece in (line, _byline(line)):
                value = _line_day(piece, set(config["connectives"])) if piece else None
                if value is not None:
                    return value
    return None


def _byline(line: str) -> Optional[str]:
    """The first sentence of an emphasised byline ("*Harbour Notes, 30 April 2024. From the gallery.*"):
    the outlet and its date, before a note on where it was written."""
    bare = line.strip().strip("*_").strip()
    first = SENTENCE_END.split(bare, maxsplit=1)
    return first[0] if len(first) > 1 and bare != line.strip() else None


def _line_day(line: str, connectives: set[str]) -> Optional[str]:
    grammar, normaliser = engine()
    days = []
    rest = line
    for m in grammar.find(line):
        value = normaliser.value(m, Context(reference=None, text=line))
        if value is None or not DAY.fullmatch(value.value) or value.anchor is not None:
            return None
        days.append(value)
        rest = rest[:m.start] + " " * (m.end - m.start) + rest[m.end:]
    if not days:
        return None
    words = WORD.findall(PARENTHESIS.sub(" ", rest))
    if any(not w[0].isupper() and w.lower() not in connectives for w in words):  # a place, "Issued"
        return None
    gregorian = [v for v in days if v.calendar == "gregorian"]
    return (gregorian or days)[0].value

