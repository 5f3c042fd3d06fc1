"""A transcript's speaker turns: the labels that open them, and whom a turn's "I", "we" and "your" stand for.

One reader of turns for every component: the actors component gives each label its speaker (`dl.turns`), and
quotes and citations ask here for the body a turn's speaker stands for. In a transcript with speaker labels, "we
will not be the first ship back" or "According to our own booking data" is the word of the body the speaking
executive or witness stands for, and "your annual report" in an analyst's question that of the one answered. That
body is the one the list of participants gives after the speaker's name and post ("Dr Amal Haddad, Medical
Director, Cedar Relief"; "Priya Raman (Nordhavn Securities)"), or, for a speaker listed by post alone ("Ingrid
Solberg, Chief Executive Officer"), the body the text's heading names ("Skagerak Line ASA: Q1 results conference
call").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional

from ..alternation import alternation
from ..annotations import Annotations
from .dictionary import references

# The label that opens a turn of a transcript: capitalised words and a colon at the start of a line
# ("MR. KIRBY:", "THE PRESIDENT:", "MS. JEAN-PIERRE:"), or a press briefing's question marker "Q".
TURN_LABEL = re.compile(r"^[ \t]*(?:(?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]+(?=:)|Q(?=[ \t\xa0]))", re.M)
# In a debate's record the labels are in mixed case: a name after an honorific ("Mr Lammy:") or words
# closed by brackets that give a seat, party or name ("Andrew Mitchell (Sutton Coldfield) (Con):",
# "The Secretary of State for Defence (John Healey):"). They count only where a text has two or more.
# A printed interview's "Q:" and "A:" (or "Q." and "A."): turn labels only where a text has a run of both
# (not initials: "A. Kovac"), the interviewer's questions and the answers of the person the transcript introduces.
QA_LABEL = re.compile(r"^[ \t]*([QA])(?:\.?(?=:[ \t])|\.(?=[ \t]))", re.M)
QA_TURNS = 2  # questions and answers each, at the least
LABEL_BRACKET = r"[ \t]*\([^()\n]{1,80}\)"
LABEL_NAME = r"[ \t]+[A-Z][\w'’-]+"
# A committee's or a call's label in mixed case, a numbered question's number before the one who asks it
# ("Richard Penhale:", "Q3 Fiona Greaves:", "Chair:"): the name is the group.
NAMED_LABEL = re.compile(r"^[ \t]*(?:Q\d+[ \t]+)?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?=:[ \t])", re.M)
NAMED_TURNS = 2  # names that open two lines or more each, at the least
QUESTION_NUMBER = re.compile(r"^\s*Q\d+\s+")
ENTRIES = re.compile(r"[;\n]|:\s|\.\s+(?=[A-Z])")
BODIES = ("organization", "government", "media")
OWN = re.compile(r"^(?:(?:as|according\s+to|in)\s+)?(we|our|your)\b", re.IGNORECASE)


def turn_labels(text: str) -> list[tuple[int, int]]:
    """The character spans of a transcript's turn labels ("MR. KIRBY:", "Q", "Mr Lammy:", "Richard Penhale:"), in
    order."""
    labels = {m.start(): m.end() for m in TURN_LABEL.finditer(text) if m.group().strip()}
    asked = list(QA_LABEL.finditer(text))
    if min(sum(m.group(1) == side for m in asked) for side in "QA") >= QA_TURNS:
        labels.update((m.start(), m.end()) for m in asked)
    debate = [(m.start(), m.end()) for m in _debate_label().finditer(text)]
    if len(debate) > 1:  # one "Mr X: ..." line is a headline, a run of them a record of a debate
        for start, end in debate:
            labels[start] = max(end, labels.get(start, end))
    for start, end in _named_labels(text):
        labels[start] = max(end, labels.get(start, end))
    return sorted(labels.items())


@functools.cache
def _debate_label() -> re.Pattern:
    """The mixed-case label of a debate turn, its honorifics from data/references.yaml."""
    titles = {h.rstrip(".") for h in references()["honorifics"]}
    honorific = "(?:%s)\\.?" % alternation(t[:1].upper() + t[1:] for t in titles)
    return re.compile(rf"^[ \t]*(?:{honorific}(?:{LABEL_NAME}){{1,3}}(?:{LABEL_BRACKET})*"
                      rf"|[A-Z][^\n:.?!()]{{0,150}}?(?:{LABEL_BRACKET})+)(?=:[ \t])", re.M)


def _named_labels(text: str) -> list[tuple[int, int]]:
    """Mixed-case labels with no honorific ("Richard Penhale:", "Q3 Fiona Greaves:", "Chair:"): a transcript's
    voices where two names or more each open two lines or more and the text introduces one of them before the first
    turn (a list of members, witnesses or participants names its last word: "Witnesses: Dr Helen Park, ..."), so
    that a dialogue of named speakers is read, not a page's repeated "Note:" or "Update:" lines. There a name that
    opens one line only is a label too when the list introduces it ("James Okafor:")."""
    found = list(NAMED_LABEL.finditer(text))
    recurring = {name for name, n in Counter(m.group(1) for m in found).items() if n >= NAMED_TURNS}
    if len(recurring) < NAMED_TURNS:
        return []
    first = min(m.start() for m in found if m.group(1) in recurring)
    head = list(text[:first])
    for m in found:  # the labels themselves introduce no one
        head[m.start():min(m.end(), first)] = " " * max(0, min(m.end(), first) - m.start())
    head = "".join(head)
    introduced = {m.group(1) for m in found if re.search(rf"\b{re.escape(m.group(1).split()[-1])}\b", head)}
    if not recurring & introduced:
        return []
    return [(m.start(), m.end()) for m in found if m.group(1) in recurring | introduced
            and (m.start() >= first or QUESTION_NUMBER.match(m.group()))]  # 'Q1 Chair:' before the first answer


def listed_speaker(text: str, label: str, people: list[tuple[int, int, str]]) -> Optional[str]:
    """The person the list before the turns names for a label no known name fills: 'INGRID SOLBERG' is the actor of
    'Ingrid Solberg' in 'Participants: Ingrid Solberg, Chief Executive Officer', 'Q1 Chair' the 'Helen Marsden
    (Chair)' of the members present. `people` are the spans and actors of the people named before the first turn."""
    words = _words(QUESTION_NUMBER.sub("", label))
    if not words:
        return None
    for start, end, actor in people:
        name = _words(text[start:end])
        bracket = re.match(r"\s*\(([^()]+)\)", text[end:])
        if name and name[-1] == words[-1] or bracket is not None and _words(bracket.group(1)) == words:
            return actor
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text)]


def voice(words: str) -> Optional[str]:
    """'our' when the words open in the speaker's own voice ('According to our own data', 'As we said'), 'your'
    when in the voice of the one addressed, else None."""
    match = OWN.match(words.strip())
    return None if match is None else "your" if match.group(1).lower() == "your" else "our"


def body_of_turn(dl: Annotations, offset: int, person: str) -> Optional[str]:
    """The name of the body the speaker of the turn holding `offset` stands for (`person` 'our'), or of the body of
    the nearest earlier speaker with one who is another (`person` 'your'); None outside a transcript or for a
    speaker unlisted."""
    found = _body_of_turn(dl, offset, person)
    return found[0] if found else None


def body_actor(dl: Annotations, offset: int) -> Optional[str]:
    """The actor of the body whose 'we' the turn holding `offset` speaks, where the text names it: the heading's
    mention, or a mention of the listed body's name."""
    found = _body_of_turn(dl, offset, "our")
    if found is None:
        return None
    name, actor = found
    if actor is not None:
        return actor
    named = name.lower()
    return next((m.actor for m in dl.mentions if m.actor is not None and m.text.lower() == named), None)


def _body_of_turn(dl: Annotations, offset: int, person: str) -> Optional[tuple[str, Optional[str]]]:
    turn = dl.turn_before(offset)
    if turn is None:
        return None
    text = dl.source.text
    own = _surname(text[turn[0]:turn[1]])
    if person == "our":
        return _listed_body(dl, own)
    for start, end, _ in reversed([t for t in dl.turns if t[1] <= turn[0]]):
        name = _surname(text[start:end])
        if name and name != own:
            body = _listed_body(dl, name)
            if body:
                return body
    return None


def _surname(label: str) -> str:
    words = _words(QUESTION_NUMBER.sub("", label))
    return words[-1] if words else ""


def _listed_body(dl: Annotations, surname: str) -> Optional[tuple[str, Optional[str]]]:
    """The body (its name, and its actor when it is the heading's) the participants list before the first turn
    gives for the speaker of that surname."""
    if not surname or not dl.turns:
        return None
    text = dl.source.text
    header = text[:min(start for start, _, _ in dl.turns)]
    for entry in ENTRIES.split(header):
        name = re.search(rf"\b{re.escape(surname)}\b", entry, re.IGNORECASE)
        if name is None:
            continue
        bracket = re.match(r"\s*\(([^()]+)\)", entry[name.end():])
        if bracket is not None:
            part = bracket.group(1).strip()
            return None if _post(part) else (part, None)
        parts = entry[name.end():].split(",")[1:]
        body = next((p.strip().rstrip(".") for p in parts if p.strip()[:1].isupper() and not _post(p)), None)
        return (body, None) if body else _heading_body(dl)
    return None


def _post(part: str) -> bool:
    return any(w in references()["post_words"] for w in re.findall(r"[\w-]+", part.lower()))


def _heading_body(dl: Annotations) -> Optional[tuple[str, str]]:
    """The body a mention in the text's first line names (the company or body whose transcript it is)."""
    text = dl.source.text
    first = text.find("\n")
    first = len(text) if first < 0 else first
    for mention in dl.mentions:
        actor = dl.actors.get(mention.actor)
        if mention.start < first and actor is not None and actor.kind in BODIES:
            return actor.name, mention.actor
    return None
