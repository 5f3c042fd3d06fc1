"""The `roles` component: each sentence's role, so a reader can separate what a text
reports from what it argues.

In order: `other` (headers, greetings, fragments without a verb), `scripture` (mostly a
scripture citation with the verse it quotes), `quote` (mostly direct speech), `question`,
`opinion` (obligation modals, imperatives, a first-person stance, evaluative words),
`prediction` (future modals, words of expectation), else `report`. Runs last: it reads the
quotes and scripture references found before it. Cues are data: `data/roles.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import datafiles
from .alternation import alternation
from .annotations import Annotations, annotations, document_text

DATA = Path(__file__).parent / "data" / "roles.yaml"
QUOTED = re.compile(r"[\"“”]([^\"“”\n]+)[\"“”]")
TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")


@dataclass
class Cues:
    quote_share: float
    scripture_share: float
    quote_min_words: int
    modals: set[str]
    obligation_verbs: set[str]
    imperative_openers: set[str]
    stance_verbs: set[str]
    first_person: set[str]
    evaluative: set[str]
    future_modals: set[str]
    expectation: set[str]
    weak_modals: set[str]
    reporting_verbs: set[str]
    optative: set[str]
    greeting: re.Pattern
    header_words: int

    @classmethod
    def load(cls, path: Path = DATA) -> "Cues":
        data = datafiles.read(path)
        opinion, prediction, other = data["opinion"], data["prediction"], data["other"]
        greetings = alternation(other["greetings"])
        return cls(
            quote_share=float(data["quote_share"]),
            scripture_share=float(data["scripture_share"]),
            quote_min_words=int(data["quote_min_words"]),
            modals=set(opinion["modals"]),
            obligation_verbs=set(opinion["obligation_verbs"]),
            imperative_openers=set(opinion["imperative_openers"]),
            stance_verbs=set(opinion["stance_verbs"]),
            first_person=set(opinion["first_person"]),
            evaluative=set(opinion["evaluative"]),
            future_modals=set(prediction["modals"]),
            expectation=set(prediction["words"]),
            weak_modals=set(prediction["weak_modals"]),
            reporting_verbs=set(data["reporting_verbs"]),
            optative=set(opinion["optative"]),
            greeting=re.compile(rf"^\W*(?:{greetings})\b", re.IGNORECASE),
            header_words=int(other["header_words"]),
        )


@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues.load()


@Language.factory("roles", assigns=["doc._.dl"])
def make_roles(nlp: Language, name: str):
    return Roles()


class Roles:
    """Gives every sentence of the document a role in `dl.roles`."""

    def __init__(self) -> None:
        self.cues = cues()

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        if not doc.has_annotation("SENT_START"):
            return doc
        text = document_text(doc)  # spaCy rebuilds `doc.text` on every access
        quoted = self._quoted_stretches(text, dl)
        cited = [(s.start, s.end) for s in dl.scripture]
        previous = None
        for sent in doc.sents:
            role = self.role(sent, text, quoted, cited)
            if role == "scripture" and previous is not None and dl.roles[previous.start_char] == "quote" \
                    and any(sent.start_char <= s < sent.start_char + 3 for s, _ in cited):
                dl.roles[previous.start_char] = "scripture"  # the verse, then its citation
            dl.roles[sent.start_char] = role
            previous = sent
        return doc

    def _quoted_stretches(self, text: str, dl: Annotations) -> list[tuple[int, int]]:
        """Direct quotes found by the quotes component, and quoted stretches long enough
        not to be scare quotes."""
        stretches = [(q.start, q.end) for q in dl.quotes if q.direct]
        for m in QUOTED.finditer(text):
            if len(m.group(1).split()) >= self.cues.quote_min_words:
                stretches.append(m.span())
        return stretches

    def role(self, sent: Span, doc_text: str, quoted: list[tuple[int, int]], cited: list[tuple[int, int]]) -> str:
        cues = self.cues
        text = doc_text[sent.start_char:sent.end_char]
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            return "other"
        if cues.greeting.match(text) and len(words) <= 8:
            return "other"
        size = len(text) - sum(map(str.isspace, text)) or 1  # non-space characters, counted in C
        citations, quotes = _within(sent, cited), _within(sent, quoted)
        if citations and (quotes or _covered(doc_text, sent, citations) / size >= cues.scripture_share):
            return "scripture"
        if quotes and _covered(doc_text, sent, quotes) / size >= cues.quote_share:
            return "quote"
        if QUESTION.search(text):
            return "question"
        if not TERMINAL.search(text) and len(words) <= cues.header_words:
            return "other"
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return "other"
        return self._stance(sent, words)

    def _stance(self, sent: Span, words: list) -> str:
        """opinion, prediction or report, from the sentence's modals, verbs and words. What a
        third party is reported to have said ("the leaders noted that talks will resume") is
        reported, not the writer's stance: cues inside it do not count."""
        cues = self.cues
        if _optative(sent, cues):
            return "opinion"
        reported = _reported_clauses(sent, cues)
        evaluative = predicative = future = weak = 0
        for t in words:
            if t.i in reported:
                continue
            lower = t.lower_
            if t.tag_ == "MD":
                if lower in cues.modals:
                    return "opinion"
                future += lower in cues.future_modals
                weak += lower in cues.weak_modals and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "have")
            elif lower in cues.evaluative and t.pos_ in ("ADJ", "NOUN"):
                evaluative += 1
                predicative += t.dep_ in ("acomp", "attr")
            elif lower in cues.expectation and t.pos_ not in ("NOUN", "PROPN"):
                future += 1
            elif t.lemma_ in cues.obligation_verbs and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in t.children) \
                    and any(c.tag_ == "TO" for c in t.subtree):
                return "opinion"
            elif t.lemma_ in cues.stance_verbs and t.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.lower_ in cues.first_person for c in t.children):
                return "opinion"
        if _imperative(sent, cues):
            return "opinion"
        if future:
            return "prediction"
        if evaluative >= 2 or predicative:
            return "opinion"
        return "prediction" if weak else "report"


def _reported_clauses(sent: Span, cues: Cues) -> set[int]:
    """Token indices of clauses reported after a verb of saying whose subject is not the writer
    ("Officials said the talks will resume"; not "We said ...")."""
    inside: set[int] = set()
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in cues.reporting_verbs:
            continue
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.lower_ in cues.first_person for c in subjects):
            continue
        for clause in t.children:
            if clause.dep_ == "ccomp":
                inside.update(c.i for c in clause.subtree)
    return inside


def _optative(sent: Span, cues: Cues) -> bool:
    """A wish or prayer led by a modal before its subject: "May God accept our prayers"."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.tag_ == "MD" and first.lower_ in cues.optative \
        and any(c.dep_ == "nsubj" and c.i > first.i for c in first.head.children)


def _imperative(sent: Span, cues: Cues) -> bool:
    """A sentence led by a bare verb with no subject: "Stop the war.", "Let us pray."."""
    root = sent.root
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return False
    return first.i == root.i or first.lower_ in cues.imperative_openers


def _within(sent: Span, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the spans that lie in the sentence."""
    return [(max(s, sent.start_char), min(e, sent.end_char)) for s, e in spans
            if s < sent.end_char and sent.start_char < e]


def _covered(text: str, sent: Span, spans: list[tuple[int, int]]) -> int:
    """Non-space characters of the sentence inside any of the spans."""
    offset = sent.start_char
    marks = bytearray(sent.end_char - offset)
    for s, e in spans:
        for i in range(s - offset, e - offset):
            marks[i] = 1
    return sum(1 for i, m in enumerate(marks) if m and not text[offset + i].isspace())
