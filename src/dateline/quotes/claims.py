"""Claim lines: a fact-check's labelled claims ('The claim (Trump): “...”').

A fact-check sets each claim it rates on a line of its own, a label with the speaker in brackets, then the
words: the candidate's words, whole in marks (direct) or told in the desk's words around a partial quote
(indirect, marks inside). No verb of saying claims them and the parser sees only a fragment, so they are
read off the line; the speaker is the bracketed name, and the day is the occasion the article checks.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..annotations import Annotations, document_text
from ..model import Mention
from .dating import _held_before
from .speech import Frame
from .words import cue_words

_LINE = r"^[ \t]*(?:the[ \t]+)?(?P<label>{labels})[ \t]*\([ \t]*(?P<name>[^()\n:]{{1,60}}?)[ \t]*\)[ \t]*:[ \t]*" \
        r"(?P<content>\S[^\n]*?)[ \t]*$"
_CLOSING = "”\"’'"


def _pattern() -> re.Pattern:
    labels = "|".join(sorted((re.escape(w) for w in cue_words("claim_labels")), key=len, reverse=True))
    return re.compile(_LINE.format(labels=labels), re.M | re.I)


_PATTERN = _pattern()


def claim_lines(doc: Doc) -> list[Frame]:
    """One frame per claim line: the label as cue, the bracketed name as source, the line's words as content
    (a closing full stop left out unless the marks close after it)."""
    text = document_text(doc)
    out = []
    for m in _PATTERN.finditer(text):
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if name is None or not any(t.is_title or t.is_upper for t in name):
            continue  # 'The claim (in short): ...': no name in the brackets
        start, end = m.start("content"), m.end("content")
        if text[end - 1] == "." and text[end - 2:end - 1] not in _CLOSING:
            end -= 1
        out.append(Frame(cue=(m.start("label"), m.end("label")), content=(start, end),
                         source=(name.start_char, name.end_char), source_head=name.root, sentence=name.root.sent))
    return out


def claim_line(frames: list[Frame], frame: Optional[Frame]) -> bool:
    """Whether the frame is one of the claim lines found."""
    return frame is not None and any(frame is f for f in frames)


def claim_speaker(dl: Annotations, frame: Frame, speaker: Optional[Mention]) -> Optional[Mention]:
    """The bracketed name, resolved as the line's label was (the actors read 'The claim (Harris):' as a turn)."""
    turn = dl.turn_before(frame.content[0])
    if speaker is None or turn is None or turn[2] is None or not turn[0] <= frame.source[0] < turn[1]:
        return speaker
    return speaker.model_copy(update={"actor": turn[2]})


def claim_day(doc: Doc, dl: Annotations, frame: Frame, contents) -> Optional[str]:
    """The day of the occasion the article checks, told before its first claim line ('met for their debate on
    Tuesday night')."""
    first = min(f.cue[0] for f in doc.user_data.get("quotes.claims", [frame]))
    return _held_before(doc, dl, contents, first, on_occasion=True)
