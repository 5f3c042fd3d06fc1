"""Whom a transcript's "we", "our" and "your" stand for.

In a transcript with speaker labels, "According to our own booking data" or "As we said in our annual report" cites
the body the speaking executive or witness stands for, not the words as written, and "your annual report" in an
analyst's question cites the body of the one answered. That body is the one the list of participants gives after the
speaker's name and post ("Dr Amal Haddad, Medical Director, Cedar Relief"; "Priya Raman (Nordhavn Securities)"), or,
for a speaker listed by post alone ("Ingrid Solberg, Chief Executive Officer"), the body the text's heading names
("Skagerak Line ASA: Q1 results conference call").
"""

from __future__ import annotations

import re
from typing import Optional

from ..annotations import Annotations
from .lexicon import words

_OWN = re.compile(r"^(?:(?:as|according\s+to|in)\s+)?(we|our|your)\b", re.IGNORECASE)
_ENTRIES = re.compile(r"[;\n]|:\s|\.\s+(?=[A-Z])")
BODIES = ("organization", "government", "media")
_LABEL = re.compile(r"[ \t]*((?:Q\d+[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}):[ \t]")
"""A paragraph's opening speaker label, which the turns may lack ('Richard Penhale: It is')."""


def voice(words: str) -> Optional[str]:
    """'we' or 'our' when the words open in the speaker's own voice ('According to our own data', 'As we said'),
    'your' when in the voice of the one addressed, else None."""
    match = _OWN.match(words.strip())
    return None if match is None else "your" if match.group(1).lower() == "your" else "our"


def body_of_turn(dl: Annotations, offset: int, person: str) -> Optional[str]:
    """The body the speaker of the turn holding `offset` stands for (`person` 'our'), or the body of the nearest
    earlier speaker with one who is another (`person` 'your'); None outside a transcript or for a speaker unlisted."""
    turn = dl.turn_before(offset)
    if turn is None:
        return None
    text = dl.source.text
    opening = _LABEL.match(text, text.rfind("\n", 0, offset) + 1)
    own = _surname(opening.group(1) if opening else text[turn[0]:turn[1]])
    if person == "our":
        return _listed_body(dl, own)
    earlier = [t for t in dl.turns if t[1] <= (opening.start() if opening else turn[0])]
    for start, end, _ in reversed(earlier):
        name = _surname(text[start:end])
        if name and name != own:
            body = _listed_body(dl, name)
            if body:
                return body
    return None


def _surname(label: str) -> str:
    words = re.findall(r"[^\W\d_][\w'’-]*", label)
    return words[-1].lower() if words else ""


def _listed_body(dl: Annotations, surname: str) -> Optional[str]:
    """The body the participants list before the first turn gives for the speaker of that surname."""
    if not surname or not dl.turns:
        return None
    text = dl.source.text
    header = text[:min(start for start, _, _ in dl.turns)]
    for entry in _ENTRIES.split(header):
        name = re.search(rf"\b{re.escape(surname)}\b", entry, re.IGNORECASE)
        if name is None:
            continue
        bracket = re.match(r"\s*\(([^()]+)\)", entry[name.end():])
        if bracket is not None:
            part = bracket.group(1).strip()
            return None if _post(part) else part
        parts = entry[name.end():].split(",")[1:]
        body = next((p.strip() for p in parts if p.strip()[:1].isupper() and not _post(p)), None)
        return body or _heading_body(dl)
    return None


def _post(part: str) -> bool:
    return any(w in words().post_words for w in re.findall(r"[\w-]+", part.lower()))


def _heading_body(dl: Annotations) -> Optional[str]:
    """The body a mention in the text's first line names (the company or body whose transcript it is)."""
    text = dl.source.text
    first = text.find("\n")
    first = len(text) if first < 0 else first
    for mention in dl.mentions:
        actor = dl.actors.get(mention.actor)
        if mention.start < first and actor is not None and actor.kind in BODIES:
            return actor.name
    return None
