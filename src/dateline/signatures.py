"""Dash lines that sign a quotation: '“We will rebuild.”' over '— Jane Doe, the mayor, in a statement on Tuesday'.

A page of quotes, an epigraph or a letter gives its words first and their source on the line below, after a dash.
Quotes read such a line as the words' speaker and day (`quotes.spans._signature`); citations read the dated
statement it names as the report the words came in (`citations._attribution_line`). Both find the line here.
"""

from __future__ import annotations

import re
from typing import Optional

SIGNATURE_DASHES = ("—", "–", "―", "--")
"""The dashes that open a signature: em, en, the horizontal bar and a typed double hyphen."""

_DASH = "(?:" + "|".join(SIGNATURE_DASHES) + ")"
UNDER_QUOTE = re.compile(rf"[ \t\u00a0]*\n[ \t\u00a0]*{_DASH}[ \t\u00a0]*(?=\S)")
"""From a quotation's closing mark: the line break, the dash and the spaces before the signer's name."""
_LINE = re.compile(rf"[ \t\u00a0]*{_DASH}[ \t\u00a0]*(?=\S)")
_QUOTE_CLOSED = re.compile(r"[\"”’'][ \t\u00a0]*\n$")


def line_start(text: str, offset: int) -> int:
    """The start of the line holding `offset`."""
    return text.rfind("\n", 0, offset) + 1


def line_end(text: str, offset: int) -> int:
    """The end of the line holding `offset`."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def signer_start(text: str, offset: int) -> Optional[int]:
    """Where the signer's name begins when `offset` lies on a dash line right under a closed quotation, else None."""
    start = line_start(text, offset)
    dash = _LINE.match(text, start)
    if dash is None or not _QUOTE_CLOSED.search(text, max(0, start - 4), start):
        return None
    return dash.end()
