"""Pairing quotation marks: which stretches of a text stand between matching marks.

Curly marks say which way they face, so they nest (a stack); straight marks only toggle (and,
in texts that mix the two, close a curly opener or are closed by a curly closer).
A quote left open at a paragraph's end continues when the next paragraph opens with a
mark (the news convention for a quote over several paragraphs: each reopened, only the
last closed); otherwise it is dropped, so one stray mark cannot shift every pair after it.
Single marks count only where they cannot be apostrophes (no letter on the inner side
of an opening mark's outside, none after a closing one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = {"“": "”", "„": "”", "«": "»", "‘": "’", "``": "''"}
STRAIGHT = {'"', "''"}
_MARK = re.compile(r"``|''|[\"“”„«»‘’']")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[\"“„«‘'`])")


@dataclass(frozen=True)
class Marked:
    """Content between an opening mark at `open` and a closing one ending at `close`."""

    open: int          # offset of the opening mark
    start: int         # content start (after the opening mark)
    end: int           # content end (before the closing mark)
    close: int         # offset just after the closing mark
    depth: int         # 0 for outermost
    paragraphs: int = 1


def _is_single_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "\"“$")


def _is_single_close(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _looks_open(text: str, i: int, length: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + length] if i + length < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _looks_closed(text: str, i: int, length: int) -> bool:
    """A straight mark that can only close: a word or stop before it, a space or stop after it."""
    before = text[i - 1] if i else " "
    after = text[i + length] if i + length < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")


def pair(text: str) -> list[Marked]:
    """Matched quotation marks in `text`, outermost and nested, in order of opening."""
    paragraph_ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    out: list[Marked] = []
    stack: list[tuple[str, int, int, int]] = []  # (expected closer, open offset, content start, paragraphs)
    para = 0

    def close_paragraph(at: int) -> None:
        """At a paragraph break: keep an open outer quote only if the next paragraph reopens it."""
        nonlocal stack
        rest = text[at:at + 12].lstrip()
        if stack and (rest[:1] in ("“", '"', "„", "«") or rest[:2] in ("``", "''")):
            closer, o, s, n = stack[0]
            stack = [(closer, o, s, n + 1)]
        else:
            stack = []

    for m in _MARK.finditer(text):
        i, mark = m.start(), m.group()
        while i >= paragraph_ends[para]:
            close_paragraph(paragraph_ends[para])
            para += 1
        if stack and stack[0][3] > 1 and i == _first_mark_after(text, paragraph_ends[para - 1] if para else 0):
            continue  # the reopening mark of a continued paragraph
        if mark in ("'", "‘", "’"):
            opening = _is_single_open(text, i) if mark != "’" else False
            closing = _is_single_close(text, i) if mark != "‘" else False
            if not (opening or closing):
                continue
            if closing and stack and stack[-1][0] in ("’", "'") and i > stack[-1][2]:
                _pop(out, stack, i, len(mark))
            elif opening:
                stack.append(("’" if mark == "‘" else "'", i, i + 1, 1))
            continue
        if mark in STRAIGHT:
            if stack and (stack[-1][0] in STRAIGHT or stack[-1][0] == "”" and _looks_closed(text, i, len(mark))):
                _pop(out, stack, i, len(mark))  # a straight mark also closes a curly opener ('“A," he said')
            elif stack and stack[-1][0] in ("’", "'") and not _looks_open(text, i, len(mark)):
                stack.pop()  # a single mark that was an apostrophe after all
                if stack and stack[-1][0] in STRAIGHT:
                    _pop(out, stack, i, len(mark))
            else:
                stack.append((mark, i, i + len(mark), 1))
            continue
        if mark in OPEN:
            stack.append((OPEN[mark], i, i + len(mark), 1))
            continue
        # a directional closer: close the innermost quote it matches, dropping unmatched singles
        while stack and stack[-1][0] in ("’", "'") and mark != stack[-1][0]:
            stack.pop()
        if stack and (stack[-1][0] == mark or mark == "”" and stack[-1][0] in STRAIGHT):
            _pop(out, stack, i, len(mark))  # texts that mix straight and curly marks: '"A,” he said'
    out.sort(key=lambda q: q.open)
    return out


def _first_mark_after(text: str, offset: int) -> int:
    m = _MARK.search(text, offset)
    return m.start() if m else -1


def _pop(out: list[Marked], stack: list, i: int, length: int) -> None:
    _, o, s, n = stack.pop()
    out.append(Marked(open=o, start=s, end=i, close=i + length, depth=len(stack), paragraphs=n))
