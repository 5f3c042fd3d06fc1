"""Numbered notes and the markers that point to them. Briefs and reports list their sources as
notes, one a line, each opening with its number in brackets ('[1] UNCTAD, "Title", 22 February
2024.'), and mark a claim with that number ('UNCTAD estimated that C [1].'): the note names the
report the marked claim rests on and dates it. A source line ('Sources: IMF PortWatch [2]; the
trade press [3]') under a table names the reports the table draws on, and a list of sources under a
label of a few words ('Sources we lean on this week: A; B; C') the reports a story draws on."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

_NOTE = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]+(\S[^\n]*?)[ \t.]*$", re.MULTILINE)
_MARKER = re.compile(r"\[(\d{1,3})\]")
_SOURCE_LINE = re.compile(r"^[ \t]*(?:{labels})[ \t]*:[ \t]*(\S[^\n]*?)[ \t.]*$")
# a label with a few words of its own ('Sources we lean on this week: A; B'), taken only before a list
_SOURCE_LIST = re.compile(r"^[ \t]*(?:{labels})[ \t]+[^\n:;.\"“]{{1,40}}?:[ \t]*(\S[^\n;]*(?:;[^\n;]+)+?)[ \t.]*$")
_BETWEEN = re.compile(r"[\s\"”’'.,;:)]*")


@lru_cache(maxsize=8)
def notes(text: str) -> dict[int, tuple[int, int]]:
    """Number -> (start, end) of each note's words, for notes whose number a marker in the body
    points to (a bracketed number opening a line that nothing points to is a list item); cached,
    as each quote of a text asks."""
    out = {}
    for m in _NOTE.finditer(text):
        number = int(m.group(1))
        pointed = any(int(k.group(1)) == number and not _opens_line(text, k.start())
                      for k in _MARKER.finditer(text, 0, m.start()))
        if pointed:
            out[number] = (m.start(2), m.end(2))
    return out


def source_lines(text: str, labels: str) -> list[tuple[int, int]]:
    """(start, end) of each line that opens with a source label and a colon ('Sources: ...'),
    the label included."""
    return _lines(_SOURCE_LINE, text, labels)


def source_lists(text: str, labels: str) -> list[tuple[int, int]]:
    """(start, end) of each line that opens with a source label of a few words and a colon before a list of two
    or more items set apart by semicolons ('Sources we lean on this week: A; B'), the label included."""
    return _lines(_SOURCE_LIST, text, labels)


def _lines(line: re.Pattern, text: str, labels: str) -> list[tuple[int, int]]:
    pattern = re.compile(line.pattern.format(labels=labels), re.MULTILINE | re.IGNORECASE)
    return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(1)) for m in pattern.finditer(text)]


def markers(text: str, start: int, end: int) -> list[int]:
    """The note numbers marked inside [start, end)."""
    return [int(m.group(1)) for m in _MARKER.finditer(text, start, end)]


def marker_after(text: str, end: int) -> Optional[int]:
    """The note number marked right after `end` (quote marks, closing brackets and spaces between),
    or None: 'C [1].', 'according to the authority [4]'."""
    gap = _BETWEEN.match(text, end)
    m = _MARKER.match(text, gap.end())
    return int(m.group(1)) if m else None


def _opens_line(text: str, offset: int) -> bool:
    return text[text.rfind("\n", 0, offset) + 1:offset].strip() == ""
