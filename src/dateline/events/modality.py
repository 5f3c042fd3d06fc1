"""Modality of an event: asserted, reported, future, hypothetical or negated, with the attribution
(citation, quote, speaker) when someone else's word carries it.

Read off the parse around the trigger's clause: negation children, conditional subordinators,
future auxiliaries and intention verbs above it, and the reporting verb, quote or "according to"
phrase that frames it. Cue words live in `data/modality.yaml`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span, Token

from ..model import Attribution, Citation, Quote
from .arguments import Index, clause_verb, mention_for
from .triggers import Lexicon, Trigger, lemma, subjects

UP_DEPS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "parataxis", "pcomp", "pobj", "prep", "dobj"}


@dataclass
class Modality:
    value: str
    attribution: Optional[Attribution] = None
    intended: bool = True
    """For the future: the actor's own intention, not someone else's expectation ("is expected to")."""
    refused: bool = False
    """A negated will ("would not accept", "declined to meet"): the actor refuses, no mere non-event."""
    ultimatum: bool = False
    """A future act made conditional on the other side ("will withdraw unless ...") is a threat."""
    conditional: bool = False
    """A future act with an "if" condition: a threat when the act is conflictual ("would strike if ...")."""
    declared: bool = False
    """An act its doer announces as under way ("announces it is pulling its forces out"): a declaration of it."""
    decided: bool = False
    """A future act its doer has decided on ("decided to remove him from his post"): settled, not merely intended."""


class Framing:
    """Quotes and citations of a document, for locating the ones around an event."""

    def __init__(self, quotes: list[Quote], citations: list[Citation]):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.citations = sorted(citations, key=lambda c: c.start)
        self.citation_starts = [c.start for c in self.citations]

    def quote_at(self, offset: int) -> Optional[Quote]:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
            if q.end < offset - 5000:
                break
            i -= 1
        return None

    def citation_in(self, start: int, end: int) -> Optional[Citation]:
        i = bisect.bisect_left(self.citation_starts, start)
        if i < len(self.citations) and self.citations[i].start < end:
            return self.citations[i]
        return None


def _ancestors(token: Token, limit: int = 8):
    """The chain of heads above a token, each with the relation it was reached through."""
    steps = 0
    while token.head.i != token.i and steps < limit:
        yield token.dep_, token.head
        token = token.head
        steps += 1


def _negated(token: Token, verb: Token, lex: Lexicon) -> bool:
    neg_dets = lex.modality["negating_determiners"]
    if _object_denied(token, lex):
        return True
    for t in {token, verb}:
        if any(c.dep_ == "neg" for c in t.children):
            return True
    if any(c.dep_ == "det" and c.lower_ in neg_dets for c in token.children):
        return True
    for dep, head in _ancestors(verb, 2):
        if dep in ("xcomp", "pcomp", "pobj", "prep") and lemma(head) in lex.modality["negating_verbs"]:
            return True
    return False


def _object_denied(verb: Token, lex: Lexicon) -> bool:
    """"would accept no government led by the army", "held no talks": the object's determiner negates the verb;
    so does the subject's ("no civilians were hit", "nobody was hurt")."""
    neg_dets, nobody = lex.modality["negating_determiners"], lex.modality["negating_pronouns"]
    return verb.pos_ in ("VERB", "AUX") and any(
        (c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in neg_dets
                                                                 for d in c.children))
        or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in nobody)
        for c in verb.children)


def _in_report(verb: Token, lex: Lexicon) -> bool:
    """The clause is the complement of a verb of saying ("said it would withdraw")."""
    return any(dep in ("ccomp", "parataxis") and lemma(head) in lex.modality["reporting_verbs"]
               for dep, head in _ancestors(verb, 3))


def _conditional(token: Token, lex: Lexicon) -> bool:
    markers = lex.modality["conditional_markers"]
    return any(c.dep_ == "mark" and c.lower_ in markers for c in token.children)


def _hypothetical(verb: Token, lex: Lexicon) -> bool:
    if _conditional(verb, lex):
        return True
    for dep, head in _ancestors(verb, 3):
        if dep not in ("conj", "xcomp"):
            break
        if _conditional(head, lex):
            return True
    modal = {c.lower_ for c in verb.children if c.dep_ == "aux"} & lex.modality["hypothetical_auxiliaries"]
    if not modal:
        return False
    # the consequent of a conditional ("if X attacks, Y would respond"), or a modal not reporting intent
    if any(c.dep_ == "advcl" and _conditional(c, lex) for c in verb.children):
        return True
    return not (modal == {"would"} and _in_report(verb, lex))


def generic(token: Token, lex: Lexicon) -> bool:
    """An act told in a clause on any or no member of a class ("a penalty on any party *that violates* the
    ceasefire", "will not accept any arrangement *that cedes* land", "anyone *who attacks* a ship"): a condition
    over the class, of which no act is told, not even a supposed one."""
    if token.dep_ not in ("relcl", "acl") or token.head.pos_ not in ("NOUN", "PRON"):
        return False
    head = token.head
    return lemma(head) in lex.modality["generic_pronouns"] or any(
        c.dep_ == "det" and c.lower_ in lex.modality["generic_determiners"] for c in head.children)


def _future(verb: Token, lex: Lexicon) -> bool:
    m = lex.modality
    aux = m["future_auxiliaries"]
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in aux for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and _in_report(verb, lex):
        return True
    if _headline_infinitive(verb) or _be_to(verb, lex):
        return True
    below = verb
    for dep, head in _ancestors(verb, 4):
        if dep == "pcomp" and head.lower_ == "on":
            below = head
            continue  # "would go on targeting ships", "will carry on shelling": the act goes on under "go on"
        # ... as under "keep" or "continue" ("said they would keep tightening sanctions")
        going_on = (dep == "prep" and below.lower_ == "on" and below is not verb) or (
            dep == "advcl" and below.tag_ == "VBG" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)) \
            or (dep == "xcomp" and lemma(head) in m["continuing_verbs"])
        if going_on:
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children) and _in_report(head, lex):
                return True
        elif dep != "xcomp" and not _purpose(below, dep, head, lex):
            break
        below = head
        if _courtesy(head, verb, lex):
            return False
        if lemma(head) in m["future_verbs"] or head.lower_ in m["future_adjectives"]:
            return not _immediate(verb, lex)
        if lemma(head) == "go" and any(c.dep_ == "aux" for c in head.children):
            return True  # "is going to"
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in aux for c in head.children):
            return True
    return False


def _purpose(verb: Token, dep: str, head: Token, lex: Lexicon) -> bool:
    """An infinitive of purpose of a journey ("will fly to Accra next week *to meet* the president"): the act it is
    made for is as far ahead as the journey (`journey_verbs`)."""
    return dep == "advcl" and verb.tag_ == "VB" and lemma(head) in lex.modality.get("journey_verbs", ()) \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)


def _headline_infinitive(verb: Token) -> bool:
    """A headline's or deck's infinitive with a subject of its own and no verb above it ("Army commanders to meet
    today", "Minister to visit Kyiv"): what is to happen, as "will meet"."""
    return verb.dep_ in ("ROOT", "parataxis", "conj") and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)


def _be_to(verb: Token, lex: Lexicon) -> bool:
    """An infinitive that completes a bare "be" ("The pope is to visit Jakarta", "Troops are to withdraw by June"):
    what is arranged to happen, as "will visit"; not what an aim or a task is ("The goal is to visit every
    province")."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and head is not verb and head.lemma_ == "be" \
        and head.pos_ == "AUX" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and any(c.dep_ == "nsubj" and lemma(c) not in lex.modality.get("purpose_nouns", ()) for c in head.children)


def _declared(verb: Token, lex: Lexicon) -> bool:
    """A progressive in the complement of a verb of declaring ("announces it is pulling its forces out", "announced
    that its troops were pulling out"): the act declared, not yet done."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children)
    return progressive and verb.dep_ == "ccomp" and lemma(verb.head) in lex.modality.get("declaring_verbs", ())


def _courtesy(head: Token, verb: Token, lex: Lexicon) -> bool:
    """A first-person courtesy before an act of speech ("I wish to thank the staff", "we would like to express our
    condolences"): the act is done in the saying, now."""
    return lemma(head) in lex.modality.get("courtesy_verbs", ()) \
        and lemma(verb) in lex.modality.get("performative_verbs", ()) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)


def _immediate(verb: Token, lex: Lexicon) -> bool:
    """A decided act said to take effect at once ("decides to lift with immediate effect the sanctions"): done
    by deciding it, not ahead."""
    words = " ".join(t.lower_ for t in verb.subtree)
    return any(f" {mark} " in f" {words} " for mark in lex.modality.get("immediate_marks", ()))


def _promise(token: Token, lex: Lexicon) -> bool:
    """A verb of promising with the promised act as its complement ("promised to meet again")."""
    return lemma(token) in lex.modality["promissory_verbs"] and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children)


def _expected(verb: Token, lex: Lexicon) -> bool:
    words = lex.modality["expectation_words"]
    return any(dep == "xcomp" and (lemma(head) in words or head.lower_ in words) for dep, head in _ancestors(verb, 3))


def classify(trigger: Trigger, sent: Span, index: Index, framing: Framing, lex: Lexicon) -> Modality:
    token = trigger.token
    verb = clause_verb(token)
    attribution = _attribution(token, verb, sent, index, framing, lex)
    intended = True
    refused = False
    if _negated(token, verb, lex) and not trigger.entry.negated:
        value = "negated"
        refused = _refusal(token, verb, lex)
    elif _hypothetical(verb, lex):
        value = "hypothetical"
    elif _future(verb, lex) or _promise(token, lex):
        value = "future"
        intended = not _expected(verb, lex)
    elif attribution is not None:
        value = "reported"
    else:
        value = "asserted"
    pending = value in ("future", "hypothetical")
    ultimatum = pending and _ultimatum(verb, lex, lex.modality["ultimatum_markers"])
    conditional = pending and _ultimatum(verb, lex, lex.modality["conditional_markers"])
    decided = value == "future" and _decided(verb, lex)
    return Modality(value, attribution, intended, refused, ultimatum, conditional, _declared(verb, lex), decided)


def _decided(verb: Token, lex: Lexicon) -> bool:
    """The complement of a verb of deciding ("the cabinet decided to remove the chief"): an act settled by a
    decision, which CONVENTIONS rule 5 counts as taken even when it takes effect later."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in lex.modality.get("deciding_verbs", ())


def _ultimatum(verb: Token, lex: Lexicon, markers) -> bool:
    """The clause (or one it is the complement of) has a condition introduced by one of `markers`."""
    for head in [verb] + [h for dep, h in _ancestors(verb, 2) if dep in ("xcomp", "conj")]:
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
               for c in head.children):
            return True
    return False


def _refusal(token: Token, verb: Token, lex: Lexicon) -> bool:
    """Negation of the actor's will: a modal or future auxiliary with "not" ("will not accept",
    "won't meet", "cannot agree"), a verb of accepting negated in any tense ("did not recognise"), or a verb of
    refusing above ("declined to resign")."""
    volition = lex.modality["volition_auxiliaries"]
    if lemma(token) in lex.modality["accepting_verbs"] and any(c.dep_ == "neg" for c in token.children):
        return True  # "did not recognise the results", "has not accepted the offer": not accepting is rejecting
    for t in {token, verb}:
        if (any(c.dep_ == "neg" for c in t.children) or t is token and _object_denied(t, lex)) and any(
                c.dep_ == "aux" and c.lower_ in volition for c in t.children):
            return True
    return any(dep == "xcomp" and lemma(head) in lex.modality["refusing_verbs"] for dep, head in _ancestors(verb, 2))


def _attribution(token: Token, verb: Token, sent: Span, index: Index, framing: Framing,
                 lex: Lexicon) -> Optional[Attribution]:
    """Whose word an event rests on: a quote around it, a verb of saying above it, "according to"."""
    quote = framing.quote_at(token.idx)
    if quote is not None:
        by = quote.speaker.actor if quote.speaker else None
        return Attribution(citation=quote.citation, quote=quote.id, by=by)
    citation = framing.citation_in(sent.start_char, sent.end_char)
    reporting = lex.modality["reporting_verbs"]
    for dep, head in _ancestors(verb, 5):
        if dep in ("ccomp", "parataxis", "conj") and lemma(head) in reporting:
            speaker = subjects(head)
            by = mention_for(speaker[0], index).actor if speaker else None
            return Attribution(citation=citation.id if citation else None, quote=None, by=by)
        if dep not in UP_DEPS:
            break
    # "X struck Y, officials said": the verb of saying hangs off the event's clause
    for child in verb.children:
        if child.dep_ in ("parataxis", "advcl", "ccomp") and lemma(child) in reporting and child.i > verb.i:
            speaker = subjects(child)
            by = mention_for(speaker[0], index).actor if speaker else None
            return Attribution(citation=citation.id if citation else None, quote=None, by=by)
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to":
            source = [c for c in t.nbor().children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
            by = mention_for(source[0], index).actor if source else None
            return Attribution(citation=citation.id if citation else None, quote=None, by=by)
    if citation is not None:
        return Attribution(citation=citation.id, quote=None, by=None)
    return None
