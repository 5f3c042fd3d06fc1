"""The `roles` component: each sentence's role, so a reader can separate what a text
reports from what it argues.

In order: `other` (titles and headers, greetings, invocations and an interviewer's moves, credit
lines, entries of a reference list, fragments without a verb), `scripture` (mostly scripture
references with the verses they quote, a reference that closes the sentence or is its subject),
`quote` (mostly direct speech), `question`, `opinion` (slogans, obligation modals, imperatives, a
first-person stance, evaluative words), `prediction` (future modals, words of expectation), else
`report`. Runs last: it reads the quotes and scripture references found before it. Cues are
data: `data/roles.yaml`.
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
from .annotations import Annotations, annotations, document_text, strings_of, tokens_where, tokens_within
from .verbforms import verb_tables

DATA = Path(__file__).parent / "data" / "roles.yaml"
QUOTED = re.compile(r"[\"“”]([^\"“”\n]+)[\"“”]")
NOTES = r"(?:\[\w{1,3}\])*"  # note marks glued to the full stop: "It reopened on 7 May.[4]"
TERMINAL = re.compile(rf"[.!?:;…][\"'”’)\]]*{NOTES}\s*$")
QUESTION = re.compile(rf"\?[\"'”’)\]]*{NOTES}\s*$")
# what may stand before a greeting: a speaker label ("GUEST:") or a form of address ("Minister,")
ADDRESS = re.compile(r"^\s*(?:[A-Z][A-Z .'’-]*:\s*)?(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+)?")
CLOSING = re.compile(r"^[\s)\]\"'”’.!?;…]*$")  # what may follow a reference that closes its sentence


@dataclass
class Cues:
    quote_share: float
    scripture_share: float
    quote_min_words: int
    modals: set[str]
    obligation_verbs: set[str]
    first_person_possessive: set[str]
    stance_adjectives: set[str]
    stance_nouns: set[str]
    first_person_modals: set[str]
    evaluative_verbs: set[str]
    entitlements: set[str]
    slogan: re.Pattern
    imperative_openers: set[str]
    stance_verbs: set[str]
    first_person: set[str]
    evaluative: set[str]
    future_modals: set[str]
    expectation: set[str]
    infinitive_cues: set[str]
    weak_modals: set[str]
    reporting_verbs: set[str]
    attributions: list[list[str]]
    optative: set[str]
    courtesy: re.Pattern
    courtesy_words: int
    credit: re.Pattern
    disclaimer: re.Pattern
    reader_directions: set[str]
    header_words: int

    @classmethod
    def load(cls, path: Path = DATA) -> "Cues":
        data = datafiles.read(path)
        opinion, prediction, other = data["opinion"], data["prediction"], data["other"]
        return cls(
            quote_share=float(data["quote_share"]),
            scripture_share=float(data["scripture_share"]),
            quote_min_words=int(data["quote_min_words"]),
            modals=set(opinion["modals"]),
            obligation_verbs=set(opinion["obligation_verbs"]),
            first_person_possessive=set(opinion["first_person_possessive"]),
            stance_adjectives=set(opinion["stance_adjectives"]),
            stance_nouns=set(opinion["stance_nouns"]),
            first_person_modals=set(opinion["first_person_modals"]),
            evaluative_verbs=set(opinion["evaluative_verbs"]),
            entitlements=set(opinion["entitlements"]),
            slogan=_opening(opinion["slogans"]),
            imperative_openers=set(opinion["imperative_openers"]),
            stance_verbs=set(opinion["stance_verbs"]),
            first_person=set(opinion["first_person"]),
            evaluative=set(opinion["evaluative"]),
            future_modals=set(prediction["modals"]),
            expectation=set(prediction["words"]),
            infinitive_cues=set(prediction["infinitive_cues"]),
            weak_modals=set(prediction["weak_modals"]),
            reporting_verbs=set(data["reporting_verbs"]),
            attributions=[phrase.split() for phrase in data["attributions"]],
            optative=set(opinion["optative"]),
            courtesy=_opening(other["greetings"] + other["invocations"] + other["discourse_moves"]),
            courtesy_words=int(other["courtesy_words"]),
            credit=_opening(other["credits"]),
            disclaimer=_opening(other["disclaimers"]),
            reader_directions=set(other["reader_directions"]),
            header_words=int(other["header_words"]),
        )


def _opening(phrases: list[str]) -> re.Pattern:
    """A pattern for a text that opens with one of the phrases (longest first), after any marks."""
    return re.compile(rf"^\W*(?:{alternation(phrases)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues.load()


@Language.factory("roles", assigns=["doc._.dl"])
def make_roles(nlp: Language, name: str):
    bases, exceptions = verb_tables(nlp)
    return Roles(bases, frozenset(form for form in exceptions if form not in bases and not form.endswith("ing")))


class Roles:
    """Gives every sentence of the document a role in `dl.roles`."""

    def __init__(self, verbs: frozenset, inflected: frozenset) -> None:
        self.cues = cues()
        self.verbs = verbs  # the base forms of English verbs, to know an imperative the tagger took for a name
        self.inflected = inflected  # irregular past forms that are no base ("retook"), a verb the tagger missed

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        if not doc.has_annotation("SENT_START"):
            return doc
        text = document_text(doc)  # spaCy rebuilds `doc.text` on every access
        quoted = self._quoted_stretches(text, dl)
        marked = [m.span() for m in QUOTED.finditer(text)]
        cited = [(s.start, s.end) for s in dl.scripture]
        previous = None
        for sent in doc.sents:
            role = self.role(sent, text, quoted, cited, marked, first=previous is None)
            if role == "scripture" and previous is not None and _verse_begun(previous, sent, dl.roles, quoted, cited):
                dl.roles[previous.start_char] = "scripture"
            dl.roles[sent.start_char] = role
            if any(not (t.is_punct or t.is_space) for t in sent):
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

    def role(self, sent: Span, doc_text: str, quoted: list[tuple[int, int]], cited: list[tuple[int, int]],
             marked: list[tuple[int, int]], first: bool) -> str:
        """The sentence's role; `quoted` are direct quotes, `cited` scripture references, `marked` every
        stretch between quotation marks; `first` when no sentence with words comes before it."""
        cues = self.cues
        text = doc_text[sent.start_char:sent.end_char]
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            return "other"
        if len(words) <= cues.courtesy_words and cues.courtesy.match(text[ADDRESS.match(text).end():]):
            return "other"
        if cues.credit.match(text) or cues.disclaimer.match(text):
            return "other"
        size = len(text) - sum(map(str.isspace, text)) or 1  # non-space characters, counted in C
        citations, quotes = _within(sent, cited), _within(sent, quoted)
        if citations and (_covered(doc_text, sent, citations + quotes) / size >= cues.scripture_share
                          or not quotes and _closing_reference(doc_text, sent, citations)
                          or _subject_reference(sent, citations)):
            return "scripture"
        if _titled_entry(sent, _within(sent, marked)):
            return "other"
        if quotes and _covered(doc_text, sent, quotes) / size >= cues.quote_share:
            return "quote"
        question = QUESTION.search(text)
        if question and not any(s <= sent.start_char + question.start() < e for s, e in marked):
            return "question"  # not a question quoted at the end of a report: 'asked: "What now?"'
        if not TERMINAL.search(text) and (first or len(words) <= cues.header_words):
            return "other"
        if len(words) <= 6 and cues.slogan.match(text):
            return "opinion"
        if not any(t.pos_ in ("VERB", "AUX") or t.lower_ in self.inflected for t in words):
            return "other"
        return self._stance(sent, words, _within(sent, marked))

    def _stance(self, sent: Span, words: list, marked: list[tuple[int, int]]) -> str:
        """opinion, prediction or report (or other, for a direction to the reader), from the sentence's
        modals, verbs and words. What a
        third party is reported to have said ("the leaders noted that talks will resume") is
        reported, not the writer's stance: cues inside it, or inside quotation marks, do not count."""
        cues = self.cues
        if _optative(sent, cues):
            return "opinion"
        # the words inside quotation marks and the relative clauses are read off the token offsets and the
        # dependency column (`tokens_within`, `tokens_where`): a test of every word made a Token of each, per sentence
        reported = _reported_clauses(sent, cues) | {t.i for s, e in marked for t in tokens_within(sent.doc, s, e)}
        described = {c.i for t in tokens_where(sent, "DEP", "relcl".__eq__)
                     for c in t.subtree}  # "a plan that will double the buses"
        evaluative = predicative = future = weak = 0
        for t in words:
            if t.i in reported:
                continue
            lower = t.lower_
            if t.tag_ == "MD":
                if lower in cues.modals or lower in cues.first_person_modals and _first_person(t.head, cues):
                    return "opinion"
                if t.i in described:
                    continue
                future += lower in cues.future_modals
                weak += lower in cues.weak_modals and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "have")
            elif lower in cues.evaluative and t.pos_ in ("ADJ", "NOUN"):
                evaluative += 1
                predicative += t.dep_ in ("acomp", "attr")
            elif lower in cues.expectation and t.pos_ not in ("NOUN", "PROPN"):
                future += _expects(t, cues) and t.i not in described
            elif lower in cues.infinitive_cues and _before_infinitive(t):
                future += t.i not in described
            elif t.lemma_ in cues.obligation_verbs and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in t.children) \
                    and any(c.tag_ == "TO" for c in t.subtree):
                return "opinion"
            elif t.lemma_ in cues.stance_verbs and t.pos_ == "VERB" and t.tag_ in ("VB", "VBP", "VBZ") \
                    and _first_person(t, cues):
                return "opinion"  # "we condemn", not "we condemned": what the writer did is reported
            elif lower in cues.stance_adjectives and t.dep_ in ("ROOT", "acomp", "conj", "ccomp") \
                    and _first_person(t if t.dep_ != "acomp" else t.head, cues):
                return "opinion"
            elif lower in cues.stance_nouns and any(
                    c.dep_ == "poss" and c.lower_ in cues.first_person_possessive for c in t.children):
                return "opinion"
            elif t.lemma_ in cues.evaluative_verbs and t.pos_ == "VERB":
                predicative += 1
            elif lower in cues.entitlements and t.dep_ == "dobj" and t.head.lemma_ == "have" \
                    and t.head.tag_ in ("VBP", "VBZ") and any(c.dep_ == "acl" and c.tag_ == "VB" for c in t.children):
                return "opinion"  # a claim of right or duty: "Citizens have the right to strike"
        if _imperative(sent, cues, self.verbs):
            verb = sent.root.lemma_.lower()
            if verb in cues.reader_directions:
                return "other"  # "For details, see the accompanying notice.": the page, not a stance
            return "prediction" if verb in cues.expectation else "opinion"  # "Expect more strikes."
        if future:
            return "prediction"
        if evaluative >= 2 or predicative:
            return "opinion"
        return "prediction" if weak else "report"


def _expects(t, cues: Cues) -> bool:
    """Whether a word of expectation is the writer's: not an attribute ("an imminent threat"), and not a verb
    whose subject is someone else ("Analysts expect growth to slow" reports their forecast; "talks are
    expected to resume" does not say whose)."""
    if t.pos_ == "ADJ":
        return t.dep_ != "amod"
    if t.pos_ in ("VERB", "AUX"):
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        return all(c.lower_ in cues.first_person for c in subjects)
    return True


def _before_infinitive(t) -> bool:
    """A word that speaks of the future only before "to" and a bare verb: "talks are set to resume", "the
    army is about to withdraw", "going to"."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to" and doc[t.i + 2].tag_ == "VB"


def _first_person(verb, cues: Cues) -> bool:
    """Whether the verb's subject is the writer ("we", "I")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues.first_person for c in verb.children)


def _reported_clauses(sent: Span, cues: Cues) -> set[int]:
    """Token indices of clauses reported after a verb of saying whose subject, or the subject of the verb it
    is joined to, is not the writer ("Officials said the talks will resume"; not "We said ...")."""
    lowers = strings_of(sent, "LOWER")
    for phrase in cues.attributions:  # "According to the ministry, the toll will rise": all of it is theirs
        n = len(phrase)
        if any(lowers[i:i + n] == phrase for i in range(len(lowers) - n + 1)):
            return set(range(sent.start, sent.end))
    inside: set[int] = set()
    for t in tokens_where(sent, "POS", "VERB".__eq__):  # only verbs report: no Token is made of the other words
        if t.lemma_.lower() not in cues.reporting_verbs:
            continue
        subjects, verb = [], t
        while not subjects:  # "The minister underlined that C, and stated that D": D's verb shares the subject
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ not in ("conj", "advcl") or verb.head is verb:  # "..., the minister said, warning that C"
                break
            verb = verb.head
        if not subjects or any(c.lower_ in cues.first_person for c in subjects):
            continue
        for clause in t.children:
            if clause.dep_ == "ccomp":
                inside.update(c.i for c in clause.subtree)
        if t.dep_ == "parataxis":  # "Rebuilding it, engineers said, could take two years": the clause around it
            own = {c.i for c in t.subtree}
            inside.update(c.i for c in t.head.subtree if c.i not in own)
    return inside


def _optative(sent: Span, cues: Cues) -> bool:
    """A wish or prayer led by a modal before its subject: "May God accept our prayers"."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.tag_ == "MD" and first.lower_ in cues.optative \
        and any(c.dep_ == "nsubj" and c.i > first.i for c in first.head.children)


def _imperative(sent: Span, cues: Cues, verbs: frozenset) -> bool:
    """A sentence led by a bare verb with no subject: "Stop the war.", "Let us pray.". The tagger reads a
    capitalised verb before a name as part of the name ("Sanction Minsk today, and make ..."): a first word
    English knows as a verb, in a sentence with no verb at its root and a bare verb without a subject
    joined to it, leads an imperative too."""
    root = sent.root
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return False
    if root.tag_ == "VB" or root.tag_ == "VBP" and first.i == root.i:
        return first.i == root.i or first.lower_ in cues.imperative_openers or _only_adverbials_before(root)
    return root.pos_ not in ("VERB", "AUX") and first.lower_ in verbs and any(
        c.dep_ == "conj" and c.tag_ == "VB" and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in root.children)


def _only_adverbials_before(root) -> bool:
    """Whether a verb without auxiliaries has only adverbials before it: "So this Friday, let us pray", "If
    you want peace, prepare for war"."""
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    leads = [c for c in root.children if c.i < root.i]
    return all(c.dep_ in ("advmod", "npadvmod", "prep", "cc", "intj", "punct", "advcl") for c in leads)


def _titled_entry(sent: Span, marked: list[tuple[int, int]]) -> bool:
    """An entry of a reference list: a title in quotation marks followed by words, and no verb outside the
    marks ('"Flooding closes the coast road", Eastern Mail, 4 May 2024.'). A quote has its verb of saying
    outside the marks, or nothing after them ('QT @portauthority: "The berths will reopen ..."')."""
    if not marked:
        return False
    outside = [t for t in sent if not (t.is_punct or t.is_space) and not any(s <= t.idx < e for s, e in marked)]
    return any(t.is_alpha and t.idx >= marked[0][1] for t in outside) and \
        not any(t.pos_ in ("VERB", "AUX") for t in outside)


def _closing_reference(text: str, sent: Span, citations: list[tuple[int, int]]) -> bool:
    """A bracketed scripture reference that closes a sentence without a quote gives the source of what it
    says: "The Prophet said that a neighbour's rights come close to those of kin (Sahih al-Bukhari 6014)".
    (With a quote, the verse is what is quoted, and its share decides.)"""
    return any(s > sent.start_char and text[s - 1:s + 1].strip()[:1] in ("(", "[")
               and CLOSING.match(text[e:sent.end_char]) for s, e in citations)


def _subject_reference(sent: Span, citations: list[tuple[int, int]]) -> bool:
    """A scripture reference as the subject of a clause: the sentence tells what it says ("Surah Al-Ma'idah
    5:32 weighs one life against the whole of humanity")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and any(s <= t.idx < e for s, e in citations) for t in sent)


def _verse_begun(previous: Span, sent: Span, roles: dict, quoted: list[tuple[int, int]],
                 cited: list[tuple[int, int]]) -> bool:
    """Whether the sentence before a scripture sentence holds the start of its verse: a quote it closes with
    its reference ('"And cooperate in piety.' | 'Do not cooperate in sin" (Surah Al-Ma\'idah 5:2).'), or a
    quotation that runs on into it."""
    if roles.get(previous.start_char) == "scripture":
        return False
    if roles.get(previous.start_char) == "quote" and any(sent.start_char <= s < sent.start_char + 3 for s, _ in cited):
        return True
    return any(previous.start_char <= s < previous.end_char and sent.start_char < e <= sent.end_char
               for s, e in quoted)


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
