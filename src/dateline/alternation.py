"""Word lists as regular-expression alternations, the one way every package builds them.

A regex alternation takes the first alternative that matches, so a word has to come before any word
that begins it ("Sept" before "Sep", "more than" before "more"): longest first. Words of one length are
put in alphabetical order, so a pattern built from a set is the same in every run, whatever the hash seed.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional


def alternation(words: Iterable[str], escape: bool = True, space: Optional[str] = None) -> str:
    """The words joined with `|`, longest first (no group around them). With `escape`, each word matches
    itself literally, or a space in it matches `space` when given (r"\\s+": a phrase broken across lines);
    without it the words are patterns already and are ordered by the length of their pattern."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if escape:
        items = [re.escape(w) for w in items]
        if space is not None:
            items = [w.replace(r"\ ", space) for w in items]
    return "|".join(items)
