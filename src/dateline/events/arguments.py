"""Who, to whom, where and when: an event's arguments read off the dependency parse.

Actors are subjects (with their conjuncts: "Egypt and Qatar mediated"), passive "by" agents,
possessors and nationality modifiers of event nouns ("Israeli airstrikes", "Russia's invasion");
recipients are objects and prepositional objects ("with", "on", "against", "to"). Mentions carry
the actor id of the resolved actor mention they overlap, or null when none was resolved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ..annotations import Annotations
from ..model import EventDate, Location, Mention, Timex
from .triggers import VERB_TAGS, Trigger, governing_verb, lemma, subjects, with_conjuncts

NP_DROP = {"conj", "cc", "prep", "relcl", "acl", "appos", "punct", "advcl", "ccomp", "parataxis", "preconj", "case"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
RECIPIENT_PREPS = {"with", "on", "against", "to", "toward", "towards", "upon"}
TARGET_PREPS = {"at", "into"}  # recipients of material conflict, places of other events
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "within", "off"}
PARTY_PREPS = {"with", "against", "between"}  # their objects are counterparts, not places
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


@dataclass
class Arguments:
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)


class Index:
    """A document's resolved mentions, places and timexes, indexed for offset lookups."""

    def __init__(self, doc: Doc, dl: Annotations, text: str):
        self.doc = doc
        self.dl = dl
        self.text = text  # `doc.text` is rebuilt on each access: read it once
        self.place_ents = [e for e in doc.ents if e.label_ in PLACE_LABELS]
        self.place_ent_starts = [e.start for e in self.place_ents]
        self.mentions = sorted(dl.mentions, key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.locations = sorted(dl.locations, key=lambda m: (m.start, m.end))
        self.location_starts = [m.start for m in self.locations]
        self.timex_at: dict[int, Timex] = {}
        self.timexes = sorted(
            (t for t in dl.timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")),
            key=lambda t: t.start,
        )
        self.timex_starts = [t.start for t in self.timexes]
        self._index_timexes()

    def _index_timexes(self) -> None:
        """Each token on the path from a timex up to its clause's verb is governed by that timex."""
        for timex in self.timexes:
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            head, steps = span.root, 0
            while head.head.i != head.i and steps < 6:
                head = head.head
                steps += 1
                if span.start <= head.i < span.end:
                    continue
                self.timex_at.setdefault(head.i, timex)
                if head.pos_ in VERB_TAGS:
                    break

    def in_timex(self, offset: int) -> bool:
        """Whether a character offset lies inside a date or time expression."""
        i = bisect.bisect_right(self.timex_starts, offset) - 1
        return i >= 0 and offset < self.timexes[i].end

    def _overlapping(self, items, starts, start: int, end: int):
        i = bisect.bisect_left(starts, start - 200)
        hits = []
        while i < len(items) and items[i].start < end:
            if items[i].end > start:
                hits.append(items[i])
            i += 1
        return hits

    def mention(self, start: int, end: int, head: Token) -> Optional[Mention]:
        """The resolved mention for an argument span: the one on its head word, else the longest inside."""
        hits = [m for m in self._overlapping(self.mentions, self.mention_starts, start, end) if m.actor]
        if not hits:
            return None
        on_head = [m for m in hits if m.start <= head.idx < m.end]
        return max(on_head or hits, key=lambda m: m.end - m.start)

    def location(self, start: int, end: int) -> Optional[Location]:
        """The longest place named in a span, but not one that is a possessor ("Iran's consulate"
        says whose consulate, not where it is)."""
        hits = [m for m in self._overlapping(self.locations, self.location_starts, start, end)
                if not self._possessor(m)]
        return max(hits, key=lambda m: m.end - m.start) if hits else None

    def _possessor(self, loc) -> bool:
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ == "poss"


def np_span(token: Token) -> tuple[int, int]:
    """Token indices [start, end) of the noun phrase a head word stands for, without its
    conjuncts, clauses and prepositional phrases."""
    left = right = token.i
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in NP_DROP and not (child.dep_ == "prep" and child.lower_ == "of" and t.i == token.i):
                continue
            left, right = min(left, child.left_edge.i if child.dep_ in ("compound", "poss", "amod", "det", "nummod", "quantmod", "nmod") else child.i), max(right, child.i)
            stack.append(child)
    return left, right + 1


def mention_for(token: Token, index: Index) -> Mention:
    start, end = np_span(token)
    doc = token.doc
    # a leading determiner or possessive pronoun is not part of the actor's name
    while start < end - 1 and (doc[start].dep_ in ("det", "punct", "cc") or doc[start].is_space):
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].dep_ == "punct"):
        end -= 1
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    resolved = index.mention(s, e, token)
    return Mention(text=index.text[s:e], start=s, end=e, actor=resolved.actor if resolved else None)


def clause_verb(token: Token) -> Token:
    if token.pos_ in VERB_TAGS:
        return token
    return governing_verb(token) or token.sent.root


def _controller(verb: Token) -> list[Token]:
    """Subjects an embedded verb inherits: "Hamas agreed to release", "urged Israel to allow"."""
    seen = 0
    while seen < 4 and verb.head.i != verb.i:
        seen += 1
        dep, head = verb.dep_, verb.head
        if dep == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objs:
                return with_conjuncts(objs[0])
            subj = subjects(head, passive=True)
            if subj:
                return subj
            agents = _agents(head)
            if agents:
                return agents
            verb = head
        elif dep == "conj":
            subj = subjects(head) or _agents(head)
            if subj:
                return subj
            verb = head
        elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head] if dep == "relcl" else []
        elif dep == "advcl" and verb.tag_ == "VBG":
            return subjects(head) or _agents(head)
        else:
            return []
    return []


def _agents(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for t in with_conjuncts(p)]


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    return [t for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for t in with_conjuncts(p)]


def _is_entity(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS


def find(trigger: Trigger, skip: set[int]) -> Arguments:
    """Actors and recipients (head tokens) of a trigger; `skip` holds tokens that are themes
    or other events' triggers and so are not participants."""
    token, entry = trigger.token, trigger.entry
    args = Arguments()
    preps = RECIPIENT_PREPS | (TARGET_PREPS if entry.type in MATERIAL_CONFLICT else set())
    if token.pos_ in VERB_TAGS:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        args.actors = subjects(token) or _agents(token) or _controller(token)
        if token.dep_ in ("relcl",) and args.actors and lemma(args.actors[0]) in RELATIVE_PRONOUNS:
            args.actors = [token.head]
        objs = [t for c in token.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)]
        if passive:
            objs = [t for c in token.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)] + objs
        args.recipients = objs + _prep_objects(token, preps)
        # "mediated talks between Israel and Hamas": the parties of the event noun it governs
        for obj in objs:
            if obj.i in skip:
                args.recipients += _prep_objects(obj, {"between", "with", "among"} | preps)
    else:
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and _is_entity(child)):
                args.actors.extend(with_conjuncts(child))
        args.actors.extend(_agents(token) or _prep_objects(token, {"by"}))
        between = _prep_objects(token, {"between", "among"})
        if between:
            args.actors.extend(between)
        verb = governing_verb(token)
        if not args.actors and verb is not None and verb.i not in skip and _in_object(token, verb):
            args.actors = subjects(verb) or _agents(verb) or _controller(verb)
        args.recipients = _prep_objects(token, preps | {"of"})
        if verb is not None and verb.i not in skip and _in_object(token, verb):
            args.recipients += _prep_objects(verb, preps | ({"for"} if entry.type in ("AID", "SUPPORT") else set())) + [
                t for c in verb.children if c.dep_ == "dative" for t in with_conjuncts(c)
            ]
    if entry.type in ("AID", "SUPPORT"):
        args.recipients += _prep_objects(token, {"for"})
    actor_ids = {t.i for t in args.actors}
    args.recipients = [
        t for t in _unique(args.recipients)
        if t.i not in skip and t.i not in actor_ids and not t.like_num and t.ent_type_ not in ("MONEY", "DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY")
        and t.pos_ in ("NOUN", "PROPN", "PRON")
        and not (t.pos_ == "NOUN" and lemma(t) in _NON_PARTICIPANTS)
    ]
    args.actors = [_antecedent(t) for t in args.actors]
    args.actors = [t for t in _unique(args.actors) if t.i not in skip and t.pos_ != "VERB"]
    return args


# Nouns that are topics or instruments, not parties ("spoke on the phone", "talks on the ceasefire").
_NON_PARTICIPANTS = {"phone", "telephone", "call", "issue", "matter", "topic", "situation", "effort", "need",
                     "importance", "way", "question", "subject", "occasion", "basis", "behalf", "time", "day",
                     "week", "month", "year", "ceasefire", "deal", "agreement", "plan", "proposal", "release",
                     "end", "development", "conflict", "war", "crisis", "process", "progress", "work", "path"}


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("an organization that perpetrated")."""
    if lemma(token) in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _in_object(token: Token, verb: Token) -> bool:
    """The noun is (inside) the verb's object: "imposed sanctions", "announced $5m in aid"."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos", "compound", "nsubjpass"):
            return False
        token = token.head
    return token.i == verb.i


def _unique(tokens: Iterable[Token]) -> list[Token]:
    seen, out = set(), []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def location(trigger: Trigger, args: Arguments, index: Index) -> Optional[Location]:
    """Where: a place in a locative phrase of the event's clause, else (for material conflict)
    a place the action is directed at, else a resolved place in the clause outside its arguments."""
    token = trigger.token
    verb = clause_verb(token)
    doc = token.doc
    heads = [token] if verb.i == token.i else [token, verb]
    heads += [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree
              if t.pos_ in ("NOUN", "PROPN") and t.i != token.i]
    for head in heads:
        for child in head.children:
            # the phrase that holds the trigger ("in Israel's attack on Yemen") does not place it
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and not (
                    child.left_edge.i <= token.i <= child.right_edge.i):
                found = _place_in(doc, child, index)
                if found:
                    return found
    if trigger.entry.type in MATERIAL_CONFLICT:
        for r in args.recipients:
            # the target's own locative ("Iran's consulate in Damascus"), else a place the target is
            for child in r.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    found = _place_in(doc, child, index)
                    if found:
                        return found
            found = _place_in(doc, r, index, whole=False)
            if found:
                return found
    excluded = [_subtree_range(t) for t in args.actors + args.recipients]
    lo, hi = _clause_range(verb)
    for loc in index._overlapping(index.locations, index.location_starts, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
        tok = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if tok is None or any(a <= tok.start < b for a, b in excluded) or _party(tok.root):
            continue
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _party(token: Token) -> bool:
    """Whether a place name stands for a party: a counterpart ("talks with Egypt and Israel", "a
    war against Russia") or a doer ("the plan Washington presented"), not where the event happens."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPS)


def _clause_range(verb: Token) -> tuple[int, int]:
    """The verb's clause: its subtree without nested clauses."""
    lo = hi = verb.i
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        lo, hi = min(lo, child.left_edge.i), max(hi, child.right_edge.i)
    return lo, hi + 1


def _place_in(doc: Doc, token: Token, index: Index, whole: bool = True) -> Optional[Location]:
    lo, hi = _subtree_range(token) if whole else np_span(token)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    loc = index.location(start, end)
    if loc is not None:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    i = bisect.bisect_left(index.place_ent_starts, lo)
    if i < len(index.place_ents) and index.place_ents[i].end <= hi:
        ent = index.place_ents[i]
        return Location(text=ent.text, start=ent.start_char, end=ent.end_char, place=None)
    return None


def date(trigger: Trigger, sent: Span, index: Index, paragraph_start: int) -> Optional[EventDate]:
    """When: the timex governing the event's clause, else the sentence's, else the latest in the
    paragraph before it, else the published date (with no timex), else nothing."""
    token = trigger.token
    verb = clause_verb(token)
    timex = index.timex_at.get(token.i) or index.timex_at.get(verb.i)
    if timex is None:
        timex = _governing_up(verb, index)
    if timex is None:
        i = bisect.bisect_left(index.timex_starts, sent.start_char)
        if i < len(index.timexes) and index.timexes[i].start < sent.end_char:
            timex = index.timexes[i]
    if timex is None:
        i = bisect.bisect_left(index.timex_starts, sent.start_char) - 1
        if i >= 0 and index.timexes[i].start >= paragraph_start:
            timex = index.timexes[i]
    if timex is not None:
        return EventDate(value=timex.value, timex=timex.id)
    if index.dl.published:
        return EventDate(value=index.dl.published, timex=None)
    return None


def _governing_up(verb: Token, index: Index) -> Optional[Timex]:
    """A timex of a clause this one is embedded in ("On Monday, Israel agreed to withdraw")."""
    head, steps = verb, 0
    while head.head.i != head.i and head.dep_ in ("xcomp", "conj", "advcl", "ccomp") and steps < 4:
        head = head.head
        steps += 1
        if head.i in index.timex_at:
            return index.timex_at[head.i]
    return None
