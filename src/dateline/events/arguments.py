"""Who, to whom, where and when: an event's arguments read off the dependency parse.

Actors are subjects (with their conjuncts: "Egypt and Qatar mediated"), passive "by" agents,
possessors and nationality modifiers of event nouns ("Israeli airstrikes", "Russia's invasion");
recipients are objects and prepositional objects ("with", "on", "against", "to"). Mentions carry
the actor id of the resolved actor mention they overlap, or null when none was resolved. Which
preposition marks which argument is in `data/arguments.yaml`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from .. import datafiles
from ..actors.dictionary import references
from ..annotations import Annotations, SpanIndex
from ..model import Event, EventDate, Location, Mention, Timex
from ..places import (LOCAL_ID, arrival_verbs, bearings, item_datelines, item_labels, named_person, national_capital,
                      people, seat_act, seated_at, settlement_words, ship_named)
from ..timex import (DAY, SEQUEL_PARTICIPLES, background_year, bare_night, dated_heading, day_heading,
                     stamp_paragraph)
from ..readers.newsdateline import dateline_at
from ..timex.normalise import is_stamp
from .triggers import (VERB_TAGS, Trigger, clause_subject, finite_after_infinitive, governing_verb, lemma, lexicon,
                       people_participle, shared_patients, subjects, with_conjuncts)


@lru_cache(maxsize=1)
def argument_words() -> dict[str, list[str]]:
    """The function words of `data/arguments.yaml`, read once."""
    return datafiles.read(resources.files("dateline.events") / "data" / "arguments.yaml")


WORDS = argument_words()
NP_DROP = {"conj", "cc", "prep", "relcl", "acl", "appos", "punct", "advcl", "ccomp", "parataxis", "preconj", "case"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
RECIPIENT_PREPS = set(WORDS["recipient_prepositions"])
TARGET_PREPS = set(WORDS["target_prepositions"])
PARTY_PREPS = set(WORDS["party_prepositions"])
PLACE_PREPS = frozenset(WORDS["place_prepositions"])
SOURCE_PREPS = frozenset(WORDS["source_prepositions"])
REMOVAL_TYPES = {"RETREAT"}  # besides material conflict: "withdrew from X", "freed hostages from X"
SCENE_PREPS = PLACE_PREPS - {"into"}  # where something is, not where it goes
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
OWNED_BODIES = frozenset(references()["owned_bodies"])
RECEIVING_TYPES = {"AID"}  # handed to people where they are: the place of the recipients is the act's
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj"}
RELATIVE_PRONOUNS = set(WORDS["relative_pronouns"])
# Types of event only a party (a person, group, body or state) does; a thing may strike, kill or block
PARTY_ACT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                   "REJECT", "THREATEN", "PROTEST", "SANCTION"}


@dataclass
class Arguments:
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    sites: list[Token] = field(default_factory=list)
    """Places an act was aimed at beside its party, no recipients but where ("beat detainees on the West Bank")."""


class Index:
    """A document's resolved mentions, places and timexes, indexed for offset lookups."""

    def __init__(self, doc: Doc, dl: Annotations, text: str):
        self.doc = doc
        self.dl = dl
        self.text = text  # `doc.text` is rebuilt on each access: read it once
        # not a name that says whose a thing is ("a Belize-flagged carrier"), a people's ("Baloch fighters"),
        # a ship's ("the bulk carrier Tutor") or which clock ("(Sanaa time)")
        self.place_ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not _whose_attribute(e) and not people(e)
                           and not ship_named(e) and not _person_not_place(e, dl)
                           and not any(t.start <= e.start_char and e.end_char <= t.end for t in dl.timexes)]
        self.place_ent_starts = [e.start for e in self.place_ents]
        self.mentions = SpanIndex(dl.mentions)
        self.locations = SpanIndex(dl.locations)
        self.timex_at: dict[int, Timex] = {}
        self.timex_head: dict[str, int] = {}
        """Timex id -> the token it attaches to outside itself (its clause's verb, or the word it modifies)."""
        bounds = lexicon().classes.get("span_bounds", frozenset())
        self.timexes = sorted(
            (t for t in dl.timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
             and _word_before(text, t.start) not in bounds and not bare_night(t)),
            key=lambda t: t.start,
        )
        self.timex_starts = [t.start for t in self.timexes]
        self._items: Optional[dict[int, Location]] = None
        self.settlement_names = {loc.text for loc in _named_settlements(doc[:], self)}
        """Names the document itself calls a town or village ("the town of Barsalogho"): places wherever they recur."""
        self.dateline_starts = {span.start_char for span in item_datelines(doc)}
        """Where paragraphs open with a dateline: the name is where the report was filed, in no clause."""
        self.item_labels = item_labels(doc)
        """Names in title case that label a line before a colon ("Kherson: ..."), found once per document."""
        lines = [dateline_at(text, start) for start in sorted(self.dateline_starts)] + [dl.source.dateline]
        self.dateline_spans = [(line.start, line.end) for line in lines if line is not None]
        """(start, end) of each dateline ("KYIV, July 3 (Wire) -"): its date is the day the report was filed."""
        self._index_timexes()
        self.headings = _time_headings(doc, text, self.timexes)
        """(start, timex) of the time headings of a timeline ("Tuesday, 2 April.", "About 10:30 p.m."), in order."""

    def filing_date(self, timex: Timex) -> bool:
        """The timex is a live blog's time stamp, a notice's date line or a dateline's date: it dates its entry
        or report (see `date`), not the clause it was parsed into."""
        return timex.type == "TIME" and is_stamp(self.text, timex.start, timex.end) \
            or dated_heading(self.text, timex.start) \
            or any(start <= timex.start < end for start, end in self.dateline_spans)

    def _index_timexes(self) -> None:
        """Each token on the path from a timex up to its clause's verb is governed by that timex; a date that
        bounds a state or span ("under army control since March", "until May") only where no other date does."""
        spans = {t.id: self.doc.char_span(t.start, t.end, alignment_mode="expand") for t in self.timexes}
        for timex in sorted(self.timexes, key=lambda t: _bounds_a_span(spans[t.id])):
            span = spans[timex.id]
            if span is None or len(span) == 0 or self.filing_date(timex):
                continue
            head, steps = span.root, 0
            # "his first trip since the 2021 coup": the year says which coup, it dates no clause
            limit = 1 if _year_of_a_thing(timex, self) else 6
            while head.head.i != head.i and steps < limit:
                below, head = head, head.head
                steps += 1
                if span.start <= head.i < span.end:
                    continue
                if head.dep_ == "prep" and head.lower_ in TIME_PREPS and not span.start <= below.i < span.end:
                    break  # "shelled the town after the talks on Monday": Monday dates the talks, not the shelling
                self.timex_at.setdefault(head.i, timex)
                self.timex_head.setdefault(timex.id, head.i)
                if head.pos_ in VERB_TAGS:
                    break

    def item_dateline(self, paragraph_start: int) -> Optional[Location]:
        """The dateline opening a roundup's item (a story with two or more: "LIMA — ..."), if the paragraph
        at that offset has one."""
        if self._items is None:  # keyed by where the text before the item's paragraph ends
            items = [loc for loc in self.locations if loc.start in self.dateline_starts]
            self._items = {len(self.text[:loc.start].rstrip()): loc for loc in items} if len(items) > 1 else {}
        return self._items.get(len(self.text[:paragraph_start].rstrip()))

    def incident_position(self, paragraph_start: int, before: int) -> Optional[Location]:
        """The place an incident the paragraph reports was placed from ("a report of an incident 54NM southwest of
        Aden"): the first place named after a bearing and "of" in a sentence with an incident noun, before
        offset `before`."""
        incidents = lexicon().classes.get("incident_nouns", frozenset())
        for loc in self.locations.overlapping(paragraph_start, before):
            if not paragraph_start <= loc.start < before:
                continue
            words = self.text[max(paragraph_start, loc.start - 40):loc.start].split()
            if len(words) < 2 or words[-1].lower() != "of" or words[-2].lower() not in bearings():
                continue
            span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
            if span is not None and any(lemma(t) in incidents and t.i < span.start for t in span.sent):
                return loc
        return None

    def mention(self, start: int, end: int, head: Token) -> Optional[Mention]:
        """The resolved mention for an argument span: the one on its head word, else the longest inside."""
        hits = [m for m in self.mentions.overlapping(start, end) if m.actor]
        if not hits:
            return None
        on_head = [m for m in hits if m.start <= head.idx < m.end]
        return max(on_head or hits, key=lambda m: m.end - m.start)

    def location(self, start: int, end: int) -> Optional[Location]:
        """The first place named in a span, the longest of those starting there ("in Davos,
        Switzerland" -> Davos: the most specific comes first), but not a possessor ("Iran's
        consulate" says whose consulate, not where it is) nor a party ("talks with Egypt")."""
        hits = [m for m in self.locations.overlapping(start, end)
                if not self._owner_or_party(m)]
        # "a US base in Syria": a name that modifies a noun says whose or which, unless it is all there is;
        # "the Ryazan refinery southeast of Moscow": a landmark after a bearing says where from
        # "in Dhaka's Shahbagh district": the owner of an area comes after the area it names
        return min(hits, key=lambda m: (self._landmark(m), self._modifier(m), self._area_owner(m), m.start,
                                        m.start - m.end)) if hits else None

    def _landmark(self, loc) -> bool:
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        return root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in bearings()

    def _area_owner(self, loc) -> bool:
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        return root is not None and root.dep_ == "poss" and lemma(root.head) in settlement_words("settlement_nouns")

    def _modifier(self, loc) -> bool:
        """A name that says which thing ("a US base"), not one that names an area ("the Bokkos area")."""
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        return root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" \
            and lemma(root.head) not in settlement_words("settlement_nouns")

    def _owner_or_party(self, loc) -> bool:
        """Whose or with whom; but a town that owns a building in a locative phrase, or its streets or
        outskirts, says where it is ("at Kyiv's largest hospital", "sealed Lahore's roads")."""
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        if root.dep_ == "poss" and _kind(loc, self) in ("city", "site") and (
                root.head.dep_ == "pobj" and root.head.head.lower_ in PLACE_PREPS
                or not {lemma(root.head), root.head.lower_}.isdisjoint(settlement_words("street_nouns")
                                                                       | settlement_words("fringe_nouns"))):
            return False  # "sealed Lahore's main roads", "shelled the city's outskirts": the town is where
        if self._stretch_town(loc, root):
            return False
        return _owner_or_party(root)

    def _stretch_town(self, loc, root: Token) -> bool:
        """A town at an end of a stretch ("a convoy attacked between Sevare and Bandiagara"): where, not a party;
        but a capital there stands for its government ("talks between Kyiv and Moscow")."""
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        place = self.dl.places.get(loc.place) if loc.place else None
        return root.dep_ == "pobj" and root.head.lower_ in settlement_words("stretch_preps") \
            and place is not None and place.kind in ("city", "site") and not national_capital(place)

    def story_dateline(self) -> Optional[Location]:
        """The place of the story's own dateline ("GOMA, Congo —"), if it has one."""
        story = self.dl.source.dateline
        if story is None:
            return None
        return next((loc for loc in self.locations.overlapping(story.start, story.end)
                     if loc.start >= story.start), None)

    def in_dateline(self, offset: int) -> bool:
        """Whether a place opens a paragraph as its dateline ("LIMA —", "GOMA, Congo —"): where the report was
        filed, in no clause."""
        story = self.dl.source.dateline
        return offset in self.dateline_starts or (story is not None and story.start <= offset < story.end)

    def in_timex(self, offset: int) -> bool:
        """Whether a character offset lies inside a date or time expression."""
        i = bisect.bisect_right(self.timex_starts, offset) - 1
        return i >= 0 and offset < self.timexes[i].end


def _word_before(text: str, offset: int) -> str:
    """The word just before an offset, lower-cased ("" at the start)."""
    words = text[max(0, offset - 16):offset].split()
    return words[-1].lower() if words else ""


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
    # ... nor is a date the parser took into the phrase ("On 4 November Kyiv's forces clashed")
    while start < end - 1 and (doc[start].dep_ in ("det", "punct", "cc") or doc[start].is_space
                               or (start < token.i and index.in_timex(doc[start].idx))):
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


def _controller(verb: Token, control: frozenset = frozenset(), parties: frozenset = frozenset()) -> list[Token]:
    """Subjects an embedded verb inherits: "Hamas agreed to release", "urged Israel to allow"
    (the object, with the verbs of `control`), "called the minister to discuss" (the subject). A passive with a
    subject of its own inherits no doer: "clashed with protesters, and nearly 100 people were killed"."""
    if any(c.dep_ == "nsubjpass" for c in verb.children) or shared_patients(verb):
        return []
    seen = 0
    while seen < 4 and verb.head.i != verb.i:
        seen += 1
        dep, head = verb.dep_, verb.head
        if dep == "xcomp" and head.pos_ == "ADJ":
            verb = head
        elif dep == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")] if lemma(head) in control else []
            if objs:
                return with_conjuncts(objs[0])
            subj = subjects(head, passive=True)
            if subj:
                return subj
            agents = _agents(head)
            if agents:
                return agents
            verb = head
        elif dep == "conj" and finite_after_infinitive(verb):
            return subjects(head.head) or _agents(head.head)  # "said they would not escape it and praised the police"
        elif dep == "conj":
            # after a predicate noun ("calls the strike a mistake and apologises"), the subject of its verb
            subj = subjects(head) or _agents(head) or (subjects(head.head) if head.dep_ == "oprd" else [])
            if subj:
                return subj
            verb = head
        elif dep == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "staged rallies to demand reforms": the purpose is theirs who hold the event
            outer = governing_verb(head)
            return (subjects(outer) or _agents(outer)) if outer is not None else []
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and (lemma(head) in parties or head.lower_ in parties):
            return [head]  # "protesters demanding reforms": the people the participle describes
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "PROPN" and head.ent_type_ in ACTOR_LABELS:
            return [head]  # "Netanyahu, opening a meeting of his cabinet: ...": the one named does it
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and head.ent_type_ not in ACTOR_LABELS:
            # "passed a resolution demanding": the document speaks for who issued it
            outer = governing_verb(head)
            return (subjects(outer) or _agents(outer)) if outer is not None else []
        elif dep == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in OBJECT_CONTROL_PREPS \
                and any(c.dep_ in ("dobj", "obj") for c in head.head.children):
            # "accused the militia of shelling", "charged him with supporting": the object did it
            return [t for c in head.head.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
        elif dep == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep":
            # "joined 40 nations in condemning": the subject of the verb the phrase modifies
            outer = head.head
            return (subjects(outer) or _agents(outer)) if outer.pos_ in VERB_TAGS else []
        elif clause_subject(verb):
            return clause_subject(verb)  # "Rebel fighters counterattacked": the parser's participle is the verb
        elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "the man who was jailed" underwent it: no doer
            return [head] if dep == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children) else []
        elif dep == "acomp":
            # "Norway is willing to send troops": the subject of the adjective's copula
            return subjects(head, passive=True)
        elif dep == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            # "telephoned Kozyrev to discuss", "staged rallies to demand": the purpose is the doer's
            return subjects(head) or _agents(head)
        else:
            return []
    return []


def _speaker_of_act(verb: Token, type_: str, index: Optional["Index"], parties: frozenset) -> list[Token]:
    """ "Zelensky said the talks had gone well and thanked the hosts": a verb with no subject of its own,
    joined to a reported clause whose subject is no party (talks, a deal) and of a type only a party
    does (thanking, urging, accusing), is the speaker's next act; an attack may be a missile's, so
    material conflict keeps the reported clause's subject."""
    if verb.dep_ != "conj" or type_ not in PARTY_ACT_TYPES:
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    reported = subjects(first, passive=True)
    if first.dep_ != "ccomp" or not reported or any(is_party(t, index, parties) for t in reported):
        return []
    return subjects(first.head)


def _object_pronoun_subject(verb: Token, actors: list[Token]) -> list[Token]:
    """An object relative pronoun the parser made a second subject of its clause ("officials whom they hold
    responsible": "whom" is the object case, "they" the doer)."""
    if verb.dep_ != "relcl":
        return []
    objective = [t for t in actors if t.lower_ == "whom"]
    return objective if objective and len(objective) < len(actors) else []


OBJECT_CONTROL_PREPS = set(WORDS["object_control_prepositions"])


def _agents(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for t in with_conjuncts(p)]


def _shared_objects(verb: Token, classes: dict) -> list[Token]:
    """The object of the verb coordinated right after this one, which both share: "rammed and boarded two boats"
    (not after a verb that takes none: "advanced and captured the town")."""
    if lemma(verb) in classes.get("intransitive_acts", frozenset()) or _prep_objects(verb, TARGET_PREPS | {"on", "against"}):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or nxt.i != verb.i + 2 or verb.doc[verb.i + 1].lower_ not in ("and", "or"):
        return []
    return [t for c in nxt.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the word's prepositions; "together with X" names a co-actor, not a recipient, and an absolute
    "with" ("with Oman mediating", "with Kenya as facilitator") a third party's part."""
    return [t for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            and not any(a.dep_ == "advmod" and a.lower_ in lexicon().classes["comitative"] for a in c.children)
            and not _absolute_with(c)
            for p in c.children if p.dep_ == "pobj" for t in with_conjuncts(p)]


def _absolute_with(prep: Token) -> bool:
    """A "with" phrase that is a clause of its own, its noun the subject of a participle or the holder of a role
    "as" names: "held talks, with Oman mediating", "agreed to negotiate, with Kenya as facilitator"."""
    if prep.lower_ != "with":
        return False
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    after = prep.right_edge.i + 1
    role = prep.doc[after] if after < len(prep.doc) and prep.doc[after].lower_ == "as" else None
    if role is not None and any(lemma(o) in lexicon().classes.get("intermediary_roles", ())
                                for o in role.children if o.dep_ == "pobj"):
        return True
    # "with Oman mediating": the parser makes the participle the object and the noun its modifier, or the
    # participle a bare modifier of the noun that ends the phrase
    return any((o.tag_ == "VBG" or o.lower_.endswith("ing")) and o.pos_ in ("VERB", "NOUN")
               and any(c.dep_ in ("compound", "nsubj", "amod") and c.i < o.i and c.pos_ in ("PROPN", "NOUN")
                       for c in o.children)
               or any(c.dep_ == "acl" and c.tag_ == "VBG" and not list(c.children) and c.i == prep.right_edge.i
                      for c in o.children)
               for o in objs)


def _fronted_phrases(verb: Token) -> list[Token]:
    """Phrases of place that open the clause before its subject, set off by a comma ("From Geneva, the envoy
    urged the army"): they set the scene (where he spoke), and name no one the act was aimed at or taken from."""
    subject = next(iter(subjects(verb, passive=True)), None)
    return [c for c in verb.children if c.dep_ == "prep" and subject is not None and c.i < subject.i
            and c.right_edge.i + 1 < len(verb.doc) and verb.doc[c.right_edge.i + 1].text == ","
            and not any(_when(o) for o in c.children if o.dep_ == "pobj")]


# Event nouns whose 'of' phrase names the doers: "a protest of farmers", "a march of thousands".
OF_DOER_TYPES = {"PROTEST"}


def _manner_of(token: Token, verb: Token, entry) -> bool:
    """The noun says how the subject of a verb its sense names did it ("watched the events with grave concern"):
    the concern is that subject's."""
    held = token.head.head  # the verb, or its object the parser hung the phrase on ("watching the situation with")
    return token.dep_ == "pobj" and token.head.lower_ == "with" and entry.governed_by is not None \
        and lemma(verb) in entry.governed_by \
        and (held.i == verb.i or (held.dep_ in ("dobj", "obj") and held.head.i == verb.i))


def _called_action(verb: Token, entry) -> bool:
    """"The union called a general strike": calling a protest action with no verdict on it declares it, so the
    caller takes part ("called the strike illegal" judges another's)."""
    return lemma(verb) == "call" and entry.type == "PROTEST" and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in verb.children)


def _is_entity(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS


def find(trigger: Trigger, skip: set[int], index: Optional["Index"] = None,
         classes: Optional[dict] = None, event_types: Optional[dict[int, str]] = None) -> Arguments:
    """Actors and recipients (head tokens) of a trigger; `skip` holds tokens that are themes
    or other events' triggers and so are not participants. Recipients are parties: an object
    that is a topic ("demanded the removal of X") gives way to the party inside it, and a
    verb without one takes the party its complement names ("demanded that X withdraw",
    "agreed to send aid to X"). An event noun that refers back to an event already reported ("condemned
    the strikes", "the raids hit") stands for that event's doers (`event_types`: the sentence's triggers)."""
    token, entry = trigger.token, trigger.entry
    event_types = event_types or {}
    classes = classes or {}
    parties = classes.get("parties", frozenset())
    args = Arguments()
    preps = RECIPIENT_PREPS | (TARGET_PREPS if entry.type in MATERIAL_CONFLICT else set())
    preps |= SOURCE_PREP_TYPES.get(entry.type, set())
    if entry.type in COUNTERPART_TYPES and token.pos_ not in VERB_TAGS:
        preps -= TOPIC_ON  # "talks on the status of Kurdish fighters", "agreement on the future of X": a topic
    if token.pos_ in VERB_TAGS:
        _verb_arguments(args, trigger, skip, index, classes, preps)
    else:
        _noun_arguments(args, trigger, skip, index, classes, preps)
    goods = classes.get("aid_goods", frozenset())
    if entry.type in ("AID", "SUPPORT") or (entry.type == "AGREE" and any(
            lemma(c) in goods or c.ent_type_ == "MONEY" for o in token.children if o.dep_ in ("dobj", "obj")
            for c in _counted(o))):
        # "pledged $1 billion in aid for Yemen": a promise of help is for whom it helps
        args.recipients += _prep_objects(token, {"for"})
    if lemma(token) in classes.get("taking_verbs", frozenset()):
        # "seized the town from the junta": whom the ground was taken from; "confiscated weapons from the
        # militias": the goods taken are no party, the one they were taken from is
        # (the parser may hang the "from" phrase on the object: "seized Tamu, a town in the north, from the junta")
        objects_taken = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        losers = _prep_objects(token, {"from"}) + [t for o in objects_taken for t in _prep_objects(o, {"from"})]
        goods = classes.get("military_goods", frozenset()) | classes.get("weapons", frozenset())
        args.recipients = [t for t in args.recipients if not (losers and any(lemma(c) in goods for c in _counted(t)))]
        args.recipients += losers
    if entry.type == "PROTEST":
        # "marched against the bill": a bill or a measure protested is what it is about, no party
        args.recipients = [t for t in args.recipients if lemma(t) not in classes.get("measures", frozenset())
                           and t.lower_ not in classes.get("measures", frozenset())]
    if entry.type in MATERIAL_CONFLICT:
        args.recipients = _without_weapons(args.recipients, classes.get("weapons", frozenset()),
                                           classes.get("crowd_weapons", frozenset()))
        if token.pos_ in VERB_TAGS and any(
                t.dep_ == "pobj" and t.head.head.i == token.i and t.head.lower_ in AIMED_PREPS and is_party(t, index, parties)
                and t.ent_type_ not in ("LOC", "FAC") and _may_act(t, index) for t in args.recipients):
            # "fired tear gas at protesters", "dropped leaflets on the town's residents": the object is
            # what was fired; the party it was aimed at is the recipient
            fired = {t.i for c in token.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)}
            args.recipients = [t for t in args.recipients if t.i not in fired]
    # "blew himself up", "the gunmen barricaded themselves": a reflexive object is the doer, no recipient
    args.recipients = [t for t in args.recipients if not (t.tag_ == "PRP" and t.lower_.endswith(("self", "selves")))]
    actor_ids = {t.i for t in args.actors}
    material = entry.type in THING_TARGET_TYPES
    times = classes.get("times_of_day", frozenset())
    complicity = classes.get("complicity", frozenset())
    args.recipients = [t for t in args.recipients if lemma(t) not in times
                       and not (lemma(t) in complicity and _via(t) == "with")]

    def keep(tokens):
        found = []
        for t in _unique(tokens):
            # (a gathering attacked or broken up, though the parser took it for a name: "disperse the March")
            gathering = entry.type in FORCE_TYPES and event_types.get(t.i) == "PROTEST" and t.i != token.i
            if t.i in skip and (t.pos_ == "NOUN" or gathering):
                # another event's noun ("conceded to demands from UNITA", "demanded a meeting of the
                # Security Council"): the parties it names, else the doers of the event it refers back to
                # ... and a state's own mission or troops, where they are ("closed its embassy in Caracas")
                preps_of = EVENT_NOUN_PARTY_PREPS | ({"in"} if lemma(t) in classes.get("own_resources", ()) else set())
                if event_types.get(t.i) in MATERIAL_CONFLICT:
                    preps_of = preps_of - SOURCE_PREPS  # "launched an attack from rebel-held areas": whence it came
                # "acceded to the protesters' demands": the party whose demand it is
                owners = [c for c in t.children if c.dep_ == "poss" and c.tag_ != "PRP$" and is_party(c, index, parties)]
                # "insisted on its demands that the government resign": the same act restated, whose pronoun
                # is the doer's own and whose content names who must comply
                restated = event_types.get(t.i) == entry.type
                # (not a name of the thing itself that is no party: "closed the Lebombo border post")
                doers = [d for d in named_doers(t, index) if not (restated and d.tag_ == "PRP$") and d.i not in skip]
                # "pledged continued support for Kinshasa": the party helped (not what the help is for: "assistance to
                # the war against Iraq")
                doers += [b for b in _prep_objects(t, BENEFICIARY_PREPS) if is_party(b, index, parties)] \
                    if lemma(t) in goods else []
                named = [p for o in (_accused(t, deed=True) if entry.type in DOER_TARGET_TYPES else [])
                         or _prep_objects(t, preps_of) + doers + owners
                         if o.i not in actor_ids for p in _parties(o, index, parties, False)]
                if not named and restated and entry.type in RESTATED_CONTENT_TYPES:
                    named = [p for o in _complement_recipients(t, entry.type, preps) if o.i not in actor_ids
                             for p in _parties(o, index, parties, False)]
                if not named and entry.type in RESPONSE_TYPES:
                    named = [a for a in antecedent_doers(t, event_types, index) if a.i not in actor_ids]
                if not named and gathering:
                    named = [t]  # "fired tear gas to break up the rally": the gathering stands for those in it
                found.extend(named)
                continue
            if t.i in skip or t.i in actor_ids:
                continue
            if lemma(t) in classes.get("condition_heads", ()) and any(
                    lemma(o) in classes.get("conditions", ()) for o in _prep_objects(t, {"of"})):
                continue  # "the state of emergency": a condition, no state
            if t.pos_ == "NOUN" and lemma(t) in classes.get("titles", ()):
                named = [c for c in t.children if c.dep_ == "appos" and _is_entity(c) and c.i not in actor_ids]
                if named:
                    found.extend(named)  # "met his Chinese counterpart Li Wei": the name says who
                    continue
            accused = (_accused(t) or named_doers(t, index)) \
                if entry.type in DOER_TARGET_TYPES and not is_party(t, index, parties) else []
            if accused:
                # "investigating alleged crimes by extremists against civilians": the accused, not the victims
                # ("condemned the Ethiopian aggression against Sudan": the state whose act it was)
                found.extend(p for a in accused for p in _parties(a, index, parties, False) if p.i not in actor_ids)
                continue
            sent_by = _senders(t, index, classes.get("third_parties", frozenset()))
            if sent_by:
                found.extend(p for p in sent_by if p.i not in actor_ids)
                continue
            found.extend(p for p in _parties(t, index, parties, material) if p.i not in actor_ids)
        found = [c for t in found for c in (_coordinated_nationalities(t) or [t])]
        return _unique(found)

    args.recipients = keep(args.recipients)
    theme = trigger.theme
    if not args.recipients and entry.type in MATERIAL_CONFLICT and theme is not None \
            and lemma(theme) in classes.get("force_lines", ()):
        args.recipients = [theme]  # "broke through police lines": the lines stand for the force that holds them
    if lemma(token) in classes.get("taking_verbs", frozenset()):
        # "seized seven rifles": arms taken are no party (whose they were, kept above, is)
        args.recipients = [t for t in args.recipients if not any(lemma(c) in classes.get("arms", ()) for c in _counted(t))]
    # "arrested the editor on charges of treason": the grounds, no party
    args.recipients = [t for t in args.recipients if not (_via(t) in TOPIC_ON and lemma(t) in classes.get("grounds", ()))]
    goods = classes.get("aid_goods", frozenset()) | classes.get("military_goods", frozenset())
    given = [t for t in args.recipients if any(lemma(c) in goods for c in _counted(t))]
    if entry.type not in MATERIAL_CONFLICT and given and len(given) < len(args.recipients):
        # "will transfer fighter jets to Ukraine": what is given is no party, whom it is given to is
        args.recipients = [t for t in args.recipients if t not in given]
    if entry.type in MATERIAL_CONFLICT:
        # "launched artillery, mortar and rocket fire against camps": what is fired gives way to what it is aimed at
        weapons = classes.get("weapons", frozenset())
        args.recipients = [t for t in args.recipients if not _weapon(t, weapons)] or args.recipients
        if any(not _unresolved_place(t, index) for t in args.recipients):
            # "beat detainees on the occupied West Bank": beside a party, a place no actor resolves is where
            args.sites += [t for t in args.recipients if _unresolved_place(t, index) and _via(t) in AIMED_PREPS]
            args.recipients = [t for t in args.recipients if t not in args.sites]
    if not args.recipients and entry.type == "REQUEST":
        # "appealed for dialogue between the government and the opposition": the parties asked to meet
        args.recipients = keep([p for n in _prep_objects(token, {"for"}) if n.i in skip
                                for p in _prep_objects(n, {"between", "among"})])
    if not args.recipients and entry.type == "THREATEN" and token.pos_ not in VERB_TAGS:
        # "issued a warrant for the arrest of the opposition leader": who would be arrested
        args.recipients = keep([p for n in _prep_objects(token, {"for"}) if n.i in skip
                                for p in _prep_objects(n, {"of"}) + [c for c in n.children if c.dep_ == "poss"]])
    if not args.recipients and entry.type == "THREATEN":
        args.recipients = complying(token, args.actors, index, parties)
    if not args.recipients:
        # "threatened to hit the capital with a new missile": the weapon is no target
        told = _complement_recipients(token, entry.type, preps, classes.get("weapons", frozenset()) if material else frozenset())
        if entry.type == "THREATEN" and told and _acting_side(told, args.actors, index, parties, event_types):
            # "Putin warned that Russia could strike the bases of countries that ...", "warned that the campaign
            # would go on": who or what would act is the doer's own side; what it would act on is the target
            acts = _unique(v for t in told for v in _verb_chain(t.head))
            objs = [o for v in acts for c in v.children if c.dep_ in ("dobj", "obj") for o in with_conjuncts(c)]
            # ... whom a harm would fall on ("would have consequences for Serbia's bid")
            told = _without_weapons([o for o in objs if o.i not in skip]
                                    + [p for o in objs if o.i in skip for p in _prep_objects(o, {"for", "on", "against", "to"})]
                                    + [s for v in acts for c in v.children if c.dep_ in ("ccomp", "xcomp")
                                       for s in subjects(c)]
                                    + [o for v in acts for o in _prep_objects(v, (preps | TARGET_PREPS | {"for"}) - {"with"})],
                                    classes.get("weapons", frozenset()))
        args.recipients = keep(told)
    if not args.recipients and entry.type in ADDRESSED_TYPES and token.pos_ in VERB_TAGS and token.dep_ == "conj" \
            and event_types.get(token.head.i) == "CONSULT" and not subjects(token, passive=True):
        # "spoke by telephone with President Ruto and urged an immediate ceasefire": said to whom he spoke with
        args.recipients = keep(_consulted(token.head, index, classes))
    if not args.recipients and entry.type in ADDRESSED_TYPES:
        # "the ambassador told him that Pakistan reserved the right to respond": said to the one told
        args.recipients = keep(_hearers(token, index, classes))
    # PLOVER CONSULT visit: the visitor acts, the host receives; a place visited stands for its host
    # ("visited Jakarta", "flew to the capital")
    visited = [t for t in _visited(token, index) if t.i not in actor_ids] \
        if entry.mode == "visit" and token.pos_ in VERB_TAGS else []
    if not args.recipients:
        args.recipients = visited
    if not args.recipients and entry.type in PLACE_RECIPIENT_TYPES:
        # "suspended aid deliveries in Baghdad", "lifted the curfew in the capital": those who live there
        args.recipients = [t for t in _where_done(token) if t.ent_type_ in ("GPE", "LOC") and t.i not in actor_ids]
    if not args.recipients and entry.type in ADDRESSEE_CLAUSE_TYPES:
        # "threatened to strike unless Baghdad accepted": who must comply; "rallied to demand the
        # resignation of the president", "in protest against the government's decision": whom the
        # protest is aimed at
        args.recipients = [p for t in _addressed(token, entry.type) if t.i not in actor_ids
                           for p in _parties(t, index, parties, False) if p.i not in actor_ids]
    if token.pos_ in VERB_TAGS and args.actors and all(t.i in skip and t.pos_ == "NOUN" for t in args.actors):
        # "The strikes hit radar sites": who struck, from the report of the strikes; "Israeli strikes hit a
        # school, killing 20": whom the strikes' own modifier names (not a pronoun: "his first trip ... and met")
        doers = [a for t in args.actors if not _agents(t)
                 for a in ([d for d in named_doers(t, index) if d.tag_ != "PRP$"]
                           or antecedent_doers(t, event_types, index))]
        args.actors = doers or args.actors
    args.actors = [c for t in args.actors for c in _counted(_relative_antecedent(_antecedent(t)))]
    # "Jordan's armed forces said they had shot down drones": a pronoun no actor resolves is the speaker
    args.actors = [c for t in args.actors for c in (_speaker_meant(t, index) or [t])]
    documents = classes.get("documents", frozenset())
    args.actors = [d for t in args.actors
                   for d in ((lemma(t) in documents and (named_doers(t, index) or _issuers(t))) or [t])]
    weapons = classes.get("weapons", frozenset())
    args.actors = [_wielder(t, classes.get("wielding_verbs", frozenset())) if lemma(t) in weapons else t
                   for t in args.actors]
    if index is not None:
        # "06:30 GMT — A crowd attacked ...", "On Wednesday, 17 January, the spokeswoman called ...": a time
        # stamp or a date, which the parser may make a subject with the doer as its apposition
        args.actors = [a for t in args.actors
                       for a in ([c for c in t.children if c.dep_ == "appos"] if index.in_timex(t.idx) else [t])]
    crowd = entry.type == "PROTEST"  # "thousands rallied", "tens of thousands marched": a count stands for the crowd
    args.actors = [t for t in _unique(args.actors)
                   if t.i not in skip and t.pos_ not in ("VERB", "PUNCT", "SPACE")
                   and (t.ent_type_ not in NUMERIC_LABELS or (crowd and t.ent_type_ == "CARDINAL"))
                   and _may_act(t, index)]
    if entry.type == "RETREAT":
        # "retreated to the foot of the Friendship Bridge": a site or a feature is where they went, no party;
        # nor is the owner of where they went back to ("returned to their bases")
        args.recipients = [t for t in args.recipients if t.ent_type_ not in ("FAC", "LOC")
                           and not (t.tag_ == "PRP$" and t.head.dep_ == "pobj" and t.head.head.lower_ in GOAL_PREPS)
                           and not _place_left(t, token, index)]
    if entry.type in MATERIAL_CONFLICT:
        # "fought back with their bare hands", "attacked them with machetes": what they fought with is no party
        tools = classes.get("instruments", frozenset()) | classes.get("weapons", frozenset()) \
            | classes.get("crowd_weapons", frozenset())
        args.recipients = [t for t in args.recipients
                           if not (_via(t) == "with" and lemma(t) in tools)]
    if entry.type == "PROTEST" and index is not None:
        # "led a march from Tavush to the capital": where a march goes is no one it is aimed at; "blocked the
        # Europe Bridge", "occupied Tahrir Square": a site, no party ("marched on Nairobi": where, kept as the site)
        args.sites += [t for t in args.recipients if _goal_place(t, token, index)]
        args.recipients = [t for t in args.recipients if t not in args.sites
                           and not (t.ent_type_ in ("FAC", "LOC") and _unresolved_place(t, index))]
    if entry.type in JUDGING_TYPES:
        # "condemned the widening of the Sahel conflict", "rejected the ruling on the East China Sea": a region or
        # a sea no actor resolves is what the judged act is about, never who is blamed or turned down
        args.recipients = [t for t in args.recipients if not (t.ent_type_ == "LOC" and _unresolved_place(t, index))]
    if entry.type in COUNTERPART_TYPES:
        # "negotiators return to Geneva for talks": a town that stands for no actor is where, not whom
        # (aid "to Gaza" is for the people there), unless it is the place visited
        hosts = {t.i for t in visited}
        args.recipients = [t for t in args.recipients if t.i in hosts or not _town(t, index)]
    if index is not None:
        args.recipients = [t for t in args.recipients if not index.in_timex(t.idx)]
    dateline = index.dl.source.dateline if index is not None else None
    if dateline is not None:
        # "KYIV, 8 July 2024 (Agency) — Russia pounded": the place and date the report was filed from
        # are no participants, though the parser often makes the city a subject
        args.actors = [t for t in args.actors if not dateline.start <= t.idx < dateline.end]
        args.recipients = [t for t in args.recipients if not dateline.start <= t.idx < dateline.end]
    return args


def _verb_arguments(args: Arguments, trigger: Trigger, skip: set[int], index: Optional["Index"], classes: dict,
                    preps: set[str]) -> None:
    """`find` for a verb: its subject or agent acts; its objects, and the parties of the prepositions that take
    recipients (`preps`), receive."""
    token, entry = trigger.token, trigger.entry
    parties = classes.get("parties", frozenset())
    control = classes.get("object_control", frozenset())
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    args.actors = subjects(token) or _agents(token) or _speaker_of_act(token, entry.type, index, parties) \
        or _controller(token, control, parties)
    object_pronoun = _object_pronoun_subject(token, args.actors)
    if object_pronoun:
        args.actors = [t for t in args.actors if t not in object_pronoun]
    if token.dep_ in ("relcl",) and args.actors and lemma(args.actors[0]) in RELATIVE_PRONOUNS:
        args.actors = [token.head]
    offered = lemma(token) in classes.get("offering_verbs", frozenset())
    objs = [t for c in token.children if c.dep_ in (("dative",) if offered else ("dobj", "obj", "dative"))
            for t in with_conjuncts(c)]
    if object_pronoun:
        objs = [token.head] + objs  # "officials whom they hold responsible": the officials
    objs += [] if objs else _named_as(token)
    summed_up = _summed_up(token) if not objs and entry.type in RESPONSE_TYPES else None
    if summed_up is not None:
        # "accused the UAE of arming the RSF, a charge the Emirati mission rejected": the charge rejected is the
        # one the clause before told, so its maker is whose word was turned down
        args.recipients = [s for s in subjects(summed_up) if s.i not in skip]
        return
    if passive:
        # "Zia, who was jailed in 2018": the relative pronoun stands for the noun it modifies
        objs = [token.head if token.dep_ == "relcl" and lemma(t) in RELATIVE_PRONOUNS else t
                for c in token.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)] + shared_patients(token) + objs
    elif not objs and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PRON", "PROPN") \
            and not clause_subject(token):
        # "everyone detained during the protests", "civilians killed in the raid": the noun the participle modifies
        objs = with_conjuncts(token.head)
    elif not objs and token.tag_ in ("VBD", "VBN") and lemma(token) in classes.get("object_required", ()) \
            and any(c.dep_ == "nsubj" for c in token.children):
        # "Rebel commander killed in airstrike": a headline's passive without its auxiliary, whose
        # subject is the victim (in the active the verb must have an object)
        objs = [t for c in token.children if c.dep_ == "nsubj" for t in with_conjuncts(c)]
        args.actors = _agents(token)
    if not objs and entry.type in MATERIAL_CONFLICT:
        objs = _shared_objects(token, classes)
    fronted = _fronted_phrases(token)
    args.recipients = objs + [t for t in _prep_objects(token, preps)
                              if not any(p.left_edge.i <= t.i <= p.right_edge.i for p in fronted)]
    if entry.type == "REJECT" and objs:
        # "ignored warnings from the navy", "rejected a proposal by Egypt": whose call was turned down
        args.recipients += [t for o in objs for t in _prep_objects(o, {"from", "by"})] + _prep_objects(token, {"from"})
    # ... or named before the attack ("repelled 36 Russian assaults")
    attackers = [a for o in objs for a in _prep_objects(o, {"by"}) or (named_doers(o, index) if o.i in skip else [])]
    repelled = bool(attackers) and lemma(token) in classes.get("repelling_verbs", frozenset())
    if repelled:
        args.recipients = attackers  # "repulsed an attack by smugglers on the post": whom they fought
    if entry.type in MATERIAL_CONFLICT:
        armed = [o for o in objs if _armament(o, classes.get("weapons", frozenset()),
                                              classes.get("crowd_weapons", frozenset()))]
        # "fired 30 missiles and 50 drones at the port": the aim, which the parser may hang on what was fired
        # ... or on the participle that says how it was rigged ("rammed a car packed with explosives into a checkpoint")
        args.recipients += [t for o in armed for t in _prep_objects(o, AIMED_PREPS - {"into"})] + [
            t for o in armed for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in _prep_objects(c, AIMED_PREPS)]
        acts = classes.get("hostile_verbs", frozenset()) | classes.get("hostilities", frozenset())
        if objs and not armed and entry.type in ("ASSAULT", "COERCE") and not any(lemma(o) in acts for o in objs):
            # "detained the editor at his home", "blew himself up at a market": beside what was done to,
            # an "at" phrase is where it was done, not a second target ("opened fire at" names the act)
            # ... and beside the doer himself, where he blew himself up ("on a crowded bus")
            reflexive = all(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in objs)
            where = {"at"} | ({"on", "in", "inside", "aboard"} if reflexive else set())
            args.sites = [t for t in args.recipients
                          if t.dep_ == "pobj" and t.head.lower_ in where and t.head.head.i == token.i]
            args.recipients = [t for t in args.recipients if t not in args.sites]
        if armed and len(armed) == len(objs) and lemma(token) in classes.get("wielding_verbs", frozenset()):
            # "used water cannon and tear gas to disperse the crowd": what was used is no target, the
            # object of its purpose is
            args.recipients = [t for t in args.recipients if t not in armed] + _purpose_objects(token) \
                + _struck_objects(token, armed, classes.get("result_verbs", frozenset()))
    if trigger.theme is not None and trigger.theme.i not in skip and trigger.theme.head.dep_ == "ccomp":
        # "allowed inspectors to visit": the party let in, which the parser made the infinitive's subject
        args.recipients.append(trigger.theme)
    if entry.type in SOURCE_PREP_TYPES:
        # "pulled its inspectors out of Iraq": "out of" is "from"
        args.recipients += [t for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
                            for t in _prep_objects(c, {"of"})]
    # "mediated talks between Israel and Hamas": the parties of the event noun it governs
    for obj in ([] if repelled else objs):
        # ... or of the phrase such a noun modifies ("ended mediation efforts between rival militias")
        if obj.i in skip or any(c.dep_ == "compound" and c.i in skip for c in obj.children):
            # (an accusation is aimed at the deed's named doer, not its victims: "condemned the Ethiopian
            # aggression against Sudan")
            blamed = entry.type in DOER_TARGET_TYPES and bool(_accused(obj, deed=True) or named_doers(obj, index))
            args.recipients += [obj] + _prep_objects(obj, {"between", "with", "among"} | (set() if blamed else preps))
    if offered and not objs:
        # "offered talks with the striking doctors": the party the act put forward would be with
        args.recipients += [t for c in token.children if c.dep_ in ("dobj", "obj") and c.i in skip
                            for t in _prep_objects(c, {"between", "with", "among", "to"})]
    topics = [o for o in objs if o.i not in skip and (o == trigger.theme or not is_party(o, index, parties))]
    partners = [t for h in [token] + topics for t in _prep_objects(h, {"with"}) if is_party(t, index, parties)]
    if entry.type in COUNTERPART_TYPES and topics and partners:
        # "coordinated the team's movements with the army", "discussed border security with Kenya": the
        # object is what they work on together, the "with" party (wherever the parser hangs it) the counterpart
        args.recipients = [t for t in args.recipients if t not in topics] + partners
    if entry.type in COUNTERPART_TYPES and not partners:
        args.recipients += _partners_by_medium(token, index, classes)
    if entry.type == "MOBILIZE":
        # "deployed troops to the border", "mobilized army reservists": what is mobilized is the doer's own
        # (a force the parser made an event noun stands for where it is: "strengthened its forces in Lebanon")
        args.recipients = [t for t in args.recipients if t not in objs or t.i in skip]


def _summed_up(verb: Token) -> Optional[Token]:
    """The clause a relative clause's noun sums up, set off after it by a comma ("He offered talks, *an offer* many
    rejected"; "accused X of Y, *a charge* X rejected"), when the relative clause's gap is its object: that
    clause's verb."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.head.pos_ not in VERB_TAGS or noun.head.i > noun.i \
            or noun.dep_ not in ("dobj", "obj", "npadvmod", "appos", "attr"):
        return None
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children) or \
            any(lemma(c) in RELATIVE_PRONOUNS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None
    before = noun.left_edge.i - 1
    return noun.head if before >= 0 and noun.doc[before].text == "," else None


def _named_as(verb: Token) -> list[Token]:
    """The object told in a free relative of naming ("condemned what it called Israeli aggression", "what he
    described as attacks by the army"): the thing so named; the naming clause's subject is the doer's own voice."""
    return [t for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp") and free_relative(c)
            for t in [o for o in c.children if o.dep_ == "oprd"] + _prep_objects(c, {"as"})]


def free_relative(clause: Token) -> bool:
    """A clause that stands as a noun, "what" its object: "what it called aggression", "what he described as"."""
    return clause.pos_ in VERB_TAGS and any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass", "attr")
                                            for w in clause.children)


def _partners_by_medium(verb: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """"spoke by telephone with President Ruto": the counterpart, which the parser hangs on the medium."""
    means, parties = classes.get("non_participants", frozenset()), classes.get("parties", frozenset())
    return [t for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ != "with"
            for m in c.children if m.dep_ == "pobj" and lemma(m) in means
            for t in _prep_objects(m, {"with"}) if is_party(t, index, parties)]


def _hearers(token: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """Whom a verb of telling, whose "that" clause tells the act, told it to ("told him that Pakistan reserved the
    right to respond", "assured Kyiv that aid would continue"), not an audience ("told reporters")."""
    verb = clause_verb(token)
    if verb.dep_ != "ccomp" or lemma(verb.head) not in classes.get("telling_verbs", ()):
        return []
    parties, audiences = classes.get("parties", frozenset()), classes.get("audiences", frozenset())
    return [t for c in verb.head.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)
            if is_party(t, index, parties) and lemma(t) not in audiences]


def _consulted(verb: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """The parties a verb of meeting or talking was with, not a place: its object ("met the envoy") and its "with"
    or "to" phrase ("spoke with", "talked to"), wherever the parser hangs it."""
    parties = classes.get("parties", frozenset())
    found = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    found += _prep_objects(verb, {"with", "to"}) + _partners_by_medium(verb, index, classes)
    # (not a place visited: "visited Yerevan and offered Almaty as a venue")
    return [t for t in found if is_party(t, index, parties) and t.ent_type_ not in PLACE_LABELS
            and not (index is not None and index.location(t.idx, t.idx + len(t)) is not None)]


def _noun_arguments(args: Arguments, trigger: Trigger, skip: set[int], index: Optional["Index"], classes: dict,
                    preps: set[str]) -> None:
    """`find` for an event noun: its possessor, modifiers or "by" phrase act ("Russia's invasion", "Israeli
    strikes"), else the subject of the verb that governs it; its prepositions' parties receive."""
    token, entry = trigger.token, trigger.entry
    parties = classes.get("parties", frozenset())
    control = classes.get("object_control", frozenset())
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and _is_entity(child)
                                    and not _place_only(child, index)):
            args.actors.extend(with_conjuncts(child))
    args.actors.extend(_agents(token) or _prep_objects(token, {"by"}) or _participle_agents(token))
    if not args.actors and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and lemma(token.head.head) in classes.get("series_nouns", ()):
        # "the Houthis' campaign of attacks", "Russia's wave of strikes": whose the series is, theirs the acts
        args.actors = [t for c in token.head.head.children if c.dep_ == "poss" for t in with_conjuncts(c)]
    # "at the request of Britain", "a rally of supporters": the 'of' phrase names who asked or marched
    doers_of = not args.actors and (lemma(token) in lexicon().classes["frame_nouns"] or entry.type in OF_DOER_TYPES)
    if doers_of:
        args.actors = [t for t in _prep_objects(token, {"of"})
                       if t.pos_ in ("NOUN", "PROPN") and (entry.type in OF_DOER_TYPES or is_party(t, index, parties))]
    verb = governing_verb(token)
    # "Houthis launched their attack", "she reiterated our support": the verb's subject names
    # who the possessive pronoun only points at
    pronouns = all(t.tag_ == "PRP$" for t in args.actors) and not (doers_of and args.actors)
    undergone = verb is not None and (lemma(verb) in classes.get("patient_verbs", ()) or (
        token.dep_ in ("dobj", "obj") and token.head.i == verb.i and lemma(token) in classes.get("blows", ())
        and lemma(verb) in classes.get("blow_takers", ())))
    if undergone and not args.actors and _in_object(token, verb):
        # "three civilians died in the strike": the subject is the strike's victim
        args.recipients.extend(subjects(verb))
    elif pronouns and verb is not None \
            and (verb.i not in skip or lemma(verb) in classes.get("performing_verbs", frozenset())) \
            and (_in_object(token, verb) or _manner_of(token, verb, entry)) \
            and (lemma(verb) not in classes.get("judging_verbs", frozenset()) or _called_action(verb, entry)) \
            and not _about_verbs_event(token, verb, skip, classes.get("expression_verbs", frozenset())):
        args.actors = subjects(verb) or _agents(verb) or _controller(verb, control, parties) or args.actors
    # "talks between Israel and Hamas" are theirs; "Qatar's mediation between them" is for them
    between = _prep_objects(token, {"between", "among"}) or _between_of_phrase(token, verb)
    if args.actors:
        args.recipients = between
    else:
        args.actors = between
    # "the deployment of troops": what is mobilized is the doer's own, no recipient
    args.recipients += _prep_objects(token, preps | (set() if doers_of or entry.type == "MOBILIZE" else {"of"}))
    if (doers_of or args.actors) and lemma(token) in lexicon().classes["frame_nouns"] and token.dep_ == "pobj" \
            and token.head.head.pos_ in VERB_TAGS:
        # "the council will meet at the request of Britain", "granted him asylum at his request": the
        # request was made to the council, to the granter
        args.recipients += subjects(token.head.head, passive=True)
    # "sanctions targeting Iran", "strikes hitting a school": the participle's object
    # ... and of its relative clause ("strikes that killed 20 civilians")
    args.recipients += [t for c in token.children if (c.dep_ == "acl" and c.tag_ == "VBG") or (
                            c.dep_ == "relcl" and any(lemma(x) in RELATIVE_PRONOUNS for x in subjects(c)))
                        for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]
    if not args.recipients and verb is not None and token.dep_ in ("dobj", "obj") and token.head.i == verb.i \
            and lemma(verb) in classes.get("repelling_verbs", frozenset()):
        # "the guards repelled three attacks by rebels": the attacks were on those who beat them off
        args.recipients = subjects(verb)
    if verb is not None and verb.i not in skip and _in_object(token, verb):
        args.recipients += _prep_objects(verb, preps | ({"for"} if entry.type in ("AID", "SUPPORT") else set())) + [
            t for c in verb.children if c.dep_ == "dative" for t in with_conjuncts(c)
        ]


AIMED_PREPS = set(WORDS["aimed_prepositions"])


def _without_weapons(recipients: list[Token], weapons: frozenset, crowd_weapons: frozenset = frozenset()) -> list[Token]:
    """What an attack is made with is no target: "pounded Kyiv with missiles", "dispersed the rally with
    water cannon", and "launched drones at ships" when the attack names what it was aimed at."""
    def weapon(t: Token) -> bool:
        return _armament(t, weapons, crowd_weapons)

    aimed = any(t.dep_ == "pobj" and t.head.lower_ in TARGET_PREPS | {"on", "against"} and not weapon(t)
                for t in recipients)
    return [t for t in recipients if not (weapon(t) and (aimed or _via(t) == "with"))]


def _weapon(token: Token, weapons: frozenset) -> bool:
    """A weapon, by its word or what it counts ("dozens of drones"), a weapon's fire ("mortar and rocket fire"),
    or a vehicle rigged with explosives ("rammed a car packed with explosives into"; a car struck is a target)."""
    return any(lemma(c) in weapons or _rigged(c) or (lemma(c) == "fire" and any(
                   m.dep_ in ("compound", "nmod") and lemma(m) in weapons for m in c.children))
               for c in _counted(token))


def _rigged(token: Token) -> bool:
    classes = lexicon().classes
    explosive = classes.get("explosive_weapons", frozenset())
    return lemma(token) in classes.get("laden_weapons", frozenset()) and any(
        c.dep_ in ("acl", "amod") and any(lemma(o) in explosive for o in _prep_objects(c, {"with"}))
        for c in token.children)


def _accused(token: Token, deed: bool = False) -> list[Token]:
    """Who an accusation's topic says did it: the agent of a deed ("crimes by the militia", "abuses
    committed by the police") or its named owner ("the United States' sale of arms to Taiwan"; a pronoun
    only for an event noun: "condemned their raids"), which PLOVER makes the target of ACCUSE, not the
    deed's victims or beneficiaries."""
    owners = [t for c in token.children if c.dep_ == "poss" and (deed or c.tag_ != "PRP$") for t in with_conjuncts(c)]
    return _prep_objects(token, {"by"}) + _participle_agents(token) + owners


def _coordinated_nationalities(token: Token) -> list[Token]:
    """The states of a party qualified by coordinated nationalities ("the Chinese and Indian ambassadors",
    "US and British forces"): one party each, named by its nationality."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for m in token.children if m.dep_ in ("amod", "compound", "nmod") and _is_entity(m) and m.conjuncts
            for c in with_conjuncts(m) if _is_entity(c)]


def _armament(token: Token, weapons: frozenset, crowd_weapons: frozenset) -> bool:
    """A weapon, by its word or what it counts ("dozens of drones"), a weapon's fire ("rocket fire"), or a
    less-lethal one by a modifier too ("tear gas", "water cannon")."""
    return _weapon(token, weapons) or any(lemma(t) in crowd_weapons
                                          or any(c.dep_ in ("amod", "compound") and lemma(c) in crowd_weapons for c in t.children)
                                          for t in _counted(token))


def _purpose_objects(verb: Token) -> list[Token]:
    """The objects of an infinitive of purpose ("used batons to break up the march")."""
    return [t for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in VERB_TAGS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]


def _struck_objects(verb: Token, armed: list[Token], results: frozenset) -> list[Token]:
    """What a fired weapon hit, told by a clause of hitting on the weapon ("fired a missile that struck
    the tanker") or by a verb of hitting the firer does next ("fired a missile and struck the tanker")."""
    clauses = [c for w in armed for c in w.children if c.dep_ == "relcl"]
    clauses += [c for c in verb.children if c.dep_ == "conj" and not subjects(c, passive=True)]
    return [t for c in clauses if lemma(c) in results | {"strike"}
            for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]


def _via(token: Token) -> Optional[str]:
    """The preposition a noun (or the first of its conjuncts) is the object of."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head.lower_ if token.dep_ == "pobj" else None


DEFINITE = set(WORDS["definite_determiners"])
# Responses to an event whose target is who did it: "condemned the strikes", "rejected the proposal",
# "welcomed the agreement" (not "briefed him on the talks": a topic).
RESPONSE_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "AGREE"}
ANAPHORA_REACH = 2000
FORCE_TYPES = {"ASSAULT", "COERCE"}  # force used on people: "the crackdown" may be the beating just reported
"""How far back (in characters) an event noun may refer: about a short news story's few paragraphs."""


def antecedent_doers(noun: Token, event_types: dict[int, str], index: Optional["Index"]) -> list[Token]:
    """The doers of the event a definite event noun refers back to ("the strikes" after "US warplanes
    struck"): the latest earlier event of its type and word ("strike", "struck") with resolved actors,
    else of its type with named actors, within reach. Nothing for an indefinite noun ("an attack")
    or one that names its doer."""
    type_ = event_types.get(noun.i)
    if index is None or type_ is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    if any(c.dep_ in ("poss", "amod", "compound") and (_is_entity(c) or c.tag_ == "PRP$") for c in noun.children):
        return []
    doc, word = noun.doc, lemma(noun)
    within = [e for e in reversed(index.dl.events) if noun.idx - e.trigger.start < ANAPHORA_REACH]
    earlier = [e for e in within if e.type == type_ and any(a.actor for a in e.actors)]
    same = [e for e in earlier if lemma(doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand").root) == word]
    # another word for it ("the raids" after "struck") when its doers are named, not just a pronoun
    named = [e for e in earlier if any(a.actor and _named(doc, a) for a in e.actors)]
    # ... by a noun no actor resolves ("gunmen killed 40 villagers ... condemned the massacre"), or, for
    # force used on people, by an act of the other kind ("police beat students ... the crackdown")
    kin = {type_} | (FORCE_TYPES if type_ in FORCE_TYPES else set())
    # (a weapon that struck is no doer a condemnation can name: "the car was struck by twenty bullets")
    weapons = lexicon().classes.get("weapons", frozenset())
    described = [e for e in within if e.type in kin and any(_named(doc, a) and not _weapon_mention(doc, a, weapons)
                                                            for a in e.actors)]
    for event in same[:1] or named[:1] or described[:1]:
        spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in event.actors
                 if a.actor or event in described]
        return [s.root for s in spans if s is not None and len(s) and s.root.pos_ != "PRON"
                and not _weapon(s.root, weapons)]
    return []


def _weapon_mention(doc: Doc, mention: Mention, weapons: frozenset) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _weapon(span.root, weapons)


def _named(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ != "PRON"


def named_doers(token: Token, index: Optional["Index"]) -> list[Token]:
    """The named party an event noun's premodifiers name as its doer ("demanded the Houthis end attacks",
    "condemned Hamas's rocket fire", "rejected an Australian ultimatum"), through a chain of compounds,
    or the agent of its participle ("a proposal put forward by the mediators")."""
    found, stack = _participle_agents(token), list(token.lefts)
    while stack:
        child = stack.pop()
        if child.dep_ not in ("poss", "compound") and not (child.dep_ in ("amod", "nmod") and _is_entity(child)):
            continue  # "an Australian ultimatum" is Australia's
        if _place_only(child, index):
            continue  # "the Wad Al-Noura attack": where it was done
        if _is_entity(child) or (index is not None and index.mention(child.idx, child.idx + len(child), child)):
            found.append(child)
        else:
            stack.extend(child.lefts)
    return found


def _issuers(document: Token) -> list[Token]:
    """Who adopted or issued a document ("the Council adopted resolution 2736, which demands ..."): the
    subject of the verb it is the object of, or the agent of the passive it is the subject of."""
    head = document.head
    if head.pos_ not in VERB_TAGS:
        return []
    if document.dep_ in ("dobj", "obj"):
        return subjects(head)
    return _agents(head) if document.dep_ == "nsubjpass" else []


def _place_only(token: Token, index: Optional["Index"]) -> bool:
    """A place name that no actor resolves ("the Wad Al-Noura attack"): it says where, not who."""
    if index is not None and (token.text in index.settlement_names or _proper_name(token) in index.settlement_names):
        # "condemned the Barsalogho attack", after "the town of Barsalogho" (or "the Wad Hamid attack", a name of
        # two words): unless an actor of its own is known
        mention = index.mention(token.idx, token.idx + len(token), token)
        return mention is None or LOCAL_ID.fullmatch(mention.actor) is not None
    if index is None:
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    start, end = (ent.start_char, ent.end_char) if ent is not None else (token.idx, token.idx + len(token))
    if token.ent_type_ not in PLACE_LABELS and index.location(start, end) is None:
        return False  # (a town the tagger took for a people or a person, "pulled out of Kidal", is placed all the same)
    return index.mention(start, end, token) is None


def _proper_name(token: Token) -> str:
    """The proper name a word ends, with the names compounded before it ("Wad Hamid" for "Hamid")."""
    first = min((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i, default=token)
    return token.doc.text[first.idx:token.idx + len(token)]


def _unresolved_place(token: Token, index: Optional["Index"]) -> bool:
    """A place name (or a phrase the gazetteer places) that no actor resolves: somewhere, not someone."""
    if index is None or index.mention(token.idx, token.idx + len(token), token) is not None:
        return False
    return token.ent_type_ in PLACE_LABELS or index.location(*_phrase_bounds(token)) is not None


def _may_act(token: Token, index: Optional["Index"]) -> bool:
    """Whether a word can name a doer: not a demonstrative or quantifier no actor resolves ("some
    struck", "those who bomb"), nor a place below a country that no actor resolves ("Gaza ceasefire
    talks", "the Beirut strike"): that is where, not who."""
    start, end = token.idx, token.idx + len(token)
    if index is not None and index.mention(start, end, token) is not None:
        return True
    if token.pos_ in ("PRON", "DET") and token.tag_ not in ("PRP", "PRP$"):
        return False
    if token.ent_type_ in ("LOC", "FAC"):
        return False
    if index is None:
        return True
    places = [index.dl.places.get(loc.place) for loc in index.locations.overlapping(start, end)
              if loc.start <= start and end <= loc.end and loc.place]
    return not any(place is not None and place.kind != "country" for place in places)  # a state may act


COUNTERPART_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
TOPIC_ON = set(WORDS["topic_on_prepositions"])


def _goal_place(token: Token, trigger: Token, index: "Index") -> bool:
    """A place the trigger goes to ("marched to the capital", "marched on Dhaka"), which no actor resolves, or a
    city, which as a march's goal is where the crowd goes, not the government a capital may stand for."""
    prep = token.head
    goer = prep.head.i == trigger.i or (trigger.dep_ in ("dobj", "obj") and prep.head.i == trigger.head.i)
    if token.dep_ != "pobj" or prep.lower_ not in MARCH_GOAL_PREPS or not goer:
        return False  # ... or the verb whose object the march is ("led a march to")
    lo, hi = np_span(token)
    start, end = token.doc[lo].idx, token.doc[hi - 1].idx + len(token.doc[hi - 1])
    found = index.location(start, end)
    if found is None:
        return False
    place = index.dl.places.get(found.place) if found.place else None
    return index.mention(token.idx, token.idx + len(token), token) is None or (place is not None and place.kind == "city")


MARCH_GOAL_PREPS = frozenset(WORDS["march_goal_prepositions"])


def _place_left(token: Token, trigger: Token, index: Optional["Index"]) -> bool:
    """A town or camp a force withdraws from ("pulled out of the camp of Jabalia", "withdrew from Kidal"), which
    no actor resolves: where the retreat happened, not a party (a state left, "withdrew from Chad", is one)."""
    if not _place_only(token, index):
        return False
    while token.head.i != token.i and token.head.i != trigger.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in SOURCE_PREPS | {"of"} and (
                token.head.i == trigger.i or (token.head.lower_ == "out" and token.head.head.i == trigger.i)):
            return True
    return False


def _town(token: Token, index: Optional["Index"]) -> bool:
    """A city or site name that no actor resolves (not a capital standing for its government: "pledged support
    for Kyiv", though no actor dictionary names it)."""
    if index is None or token.ent_type_ not in PLACE_LABELS:
        return False
    start, end = token.idx, token.idx + len(token)
    if index.mention(start, end, token) is not None:
        return False
    places = [index.dl.places.get(loc.place) for loc in index.locations.overlapping(start, end)
              if loc.place]
    # (where one sends a delegation, "to Cairo", is a town all the same)
    government = _via(token) in ("for", "with")
    return any(place is not None and place.kind in ("city", "site") and not (government and national_capital(place))
               for place in places)


NUMERIC_LABELS = {"MONEY", "DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"}
# Prepositions that name the recipient of some types only: "demanded autonomy from Belgrade",
# "withdrew from Lebanon".
SOURCE_PREP_TYPES = {"REQUEST": {"from"}, "RETREAT": {"from"}, "SANCTION": {"from"}}
# Types whose clausal complement's subject is the one acted on: "demanded that Iran stop",
# "warned that Hezbollah would pay".
COMPLEMENT_SUBJECT_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}
EVENT_NOUN_PARTY_PREPS = set(WORDS["event_noun_party_prepositions"])
PARTY_DESCENT_PREPS = set(WORDS["party_descent_prepositions"])


ADDRESSEE_CLAUSE_TYPES = {"THREATEN", "PROTEST"}
# Types of what is said or promised to someone: told right after a meeting or a call, to its counterpart.
ADDRESSED_TYPES = {"REQUEST", "THREATEN", "AGREE", "SUPPORT"}
# Types whose target may be a thing when no party is named ("struck a power line"); a protest is aimed at
# parties, the site it is held at ("rioted at a jail") is where.
THING_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
# Types whose restated noun's content names who must comply ("its demands that the government free").
RESTATED_CONTENT_TYPES = {"REQUEST", "THREATEN"}
# Types whose target is the doer of the deed they are about (PLOVER ACCUSE: the accused).
DOER_TARGET_TYPES = {"ACCUSE"}
JUDGING_TYPES = {"ACCUSE", "REJECT"}  # their recipient is who is blamed or whose word is turned down
# Types whose recipient, when no party is named, is the people of the place the act is done in: aid
# given, relations reduced, restrictions eased there (PLOVER AID and SANCTION require a recipient).
PLACE_RECIPIENT_TYPES = {"AID", "SANCTION", "CONCEDE"}


VISIT_PREPS = set(WORDS["visit_prepositions"])


def _visited(verb: Token, index: Optional["Index"]) -> list[Token]:
    """The places a verb of visiting goes to: its object or the object of "to", "in", "at"."""
    found = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)] + _prep_objects(verb, VISIT_PREPS)
    return [t for t in found if t.ent_type_ in ("GPE", "LOC") or (index is not None and index.location(
        *_phrase_bounds(t)) is not None)]


def _phrase_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.idx + len(token)


def _where_done(token: Token) -> list[Token]:
    """The objects of "in" phrases of a word and of its object ("the curfew in the capital")."""
    objs = [o for c in token.children if c.dep_ in ("dobj", "obj") for o in with_conjuncts(c)]
    return [t for h in [token] + objs for t in _prep_objects(h, {"in"})]


def _senders(token: Token, index: Optional["Index"], outsiders: frozenset) -> list[Token]:
    """Inspectors, observers or aid workers stand for the body that sent them, when it is named:
    "expelled inspectors of the agency", "received observers from the OSCE", "UN monitors"."""
    if lemma(token) not in outsiders:
        return []
    heads = [token] + [t for t in _prep_objects(token, {"of"}) if lemma(t) in outsiders]  # "a team of inspectors"
    named = [t for h in heads for t in _prep_objects(h, {"of", "from"}) if _is_entity(t)
             or (index is not None and index.mention(t.idx, t.idx + len(t), t) is not None)]
    return named or [c for h in heads for c in h.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
COMPLIANCE_MARKERS = set(WORDS["compliance_markers"])
INVERTED_CONDITIONS = set(WORDS["inverted_condition_auxiliaries"])
PROTEST_PREPS = set(WORDS["protest_prepositions"])


def _addressed(token: Token, type_: str) -> list[Token]:
    """Who a threat or protest is addressed to, read from the clauses around it: the subject of
    the threat's condition ("unless Baghdad accepted"), the objects of a protest's purpose
    ("to demand reforms by the government", "calling for independence from Iraq") or of what it
    protests ("in protest against the refusal", "over a bill signed by the minister")."""
    verb = clause_verb(token)
    heads = _unique([token, verb] + [c for h in (token, verb) for c in h.children if c.dep_ == "xcomp"])
    clauses = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "ccomp")]
    if type_ == "THREATEN":
        # an active condition only: "if he is elected" is no demand on anyone; also one of what is threatened
        # ("warned that the campaign would go on until the rebels lay down their arms")
        clauses += [c for t in clauses if t.dep_ == "ccomp" for v in _verb_chain(t) for c in v.children if c.dep_ == "advcl"]
        return [s for c in _unique(clauses) if _condition(c) for s in subjects(c)]
    # "called a general strike until the president resigns": who must give in
    found = [s for c in clauses if c.pos_ in VERB_TAGS and _condition(c) for s in subjects(c)]
    joining = lexicon().classes.get("joining_verbs", frozenset())
    for c in clauses:
        if c.pos_ in VERB_TAGS and c.i != token.i and lemma(c) not in joining:  # "joining demonstrators": companions
            found += [o for d in c.children if d.dep_ in ("dobj", "obj") for o in with_conjuncts(d)]
            found += _prep_objects(c, {"for", "against", "from"})
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep"):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in ("over", "against"):
                found += [t for o in objs for t in with_conjuncts(o)]
            elif prep.lower_ == "in" and any(lemma(o) == "protest" for o in objs):
                found += [t for o in objs for t in _prep_objects(o, PROTEST_PREPS)]
    return found


def complying(token: Token, actors: list[Token], index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The parties a threat's condition names, who must comply ("unless Baghdad accepted"): also of an act a
    condition makes a threat ("Should any country recognise the region, we will sever ties")."""
    actor_ids = {t.i for t in actors}
    return [p for t in _addressed(token, "THREATEN") if t.i not in actor_ids
            for p in _parties(t, index, parties, False) if p.i not in actor_ids]


def _condition(clause: Token) -> bool:
    """A clause of the condition someone must meet: "unless Baghdad accepts", "until the rebels lay down their
    arms", and one set before its subject ("Should any party revive that document, we will ...")."""
    if any(m.dep_ == "mark" and m.lower_ in COMPLIANCE_MARKERS for m in clause.children):
        return True
    subject = next(iter(subjects(clause)), None)
    return subject is not None and any(a.dep_ == "aux" and a.lower_ in INVERTED_CONDITIONS and a.i < subject.i
                                       for a in clause.children)


def _acting_side(told: list[Token], actors: list[Token], index: Optional["Index"], parties: frozenset,
                 event_types: dict[int, str]) -> bool:
    """Whether the subjects a threat's complement names are who would carry it out, not who is threatened: the
    doer's own side ("Russia could strike", "his fighters would shell"), a thing that names no other doer ("the
    campaign would go on"), or the doers of a hostile act the complement tells ("the movement would keep attacking
    convoys"); "warned that Hamas would pay a heavy price" names the threatened."""
    if not all(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in VERB_TAGS for t in told):
        return False
    # (an act whose doer it names stands for that doer: "warned that any Israeli response would be met with force";
    # a phrase for people, the party it names: "opposition figures would not escape punishment")
    named = [p for t in told for p in (
        [t] if is_party(t, index, parties) else named_doers(t, index) + _accused(t, deed=True) if t.i in event_types
        else _parties(t, index, parties, False))]
    return _same_side(told, actors, index) or not named or _same_side(named, actors, index) \
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for t in told for c in t.children) \
        or any(event_types.get(v.i) in MATERIAL_CONFLICT for t in told if t.dep_ == "nsubj" for v in _verb_chain(t.head))


def _verb_chain(verb: Token) -> list[Token]:
    """A verb and the infinitives or participles it governs ("would keep firing", "could try to strike")."""
    chain = [verb]
    for _ in range(2):
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in VERB_TAGS), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _same_side(tokens: list[Token], actors: list[Token], index: Optional["Index"]) -> bool:
    """Whether the tokens resolve to the actors' own states or groups (by actor code)."""
    def codes(group: list[Token]) -> set[str]:
        found = set()
        for t in group:
            mention = index.mention(t.idx, t.idx + len(t), t) if index is not None else None
            actor = index.dl.actors.get(mention.actor) if mention is not None and mention.actor else None
            found |= {c[:3].upper() for c in ((actor.code, actor.country) if actor else ()) if c}
        return found

    mine = codes(actors)
    return bool(mine) and all(codes([t]) and codes([t]) <= mine for t in tokens)


def _complement_recipients(verb: Token, type_: str, preps: set[str], weapons: frozenset = frozenset()) -> list[Token]:
    """The recipient a verb's complement names: the subject of "demanded that X ...", else the
    objects and prepositional objects of "agreed to send aid to X" (a chain of up to two
    infinitives), prepositions first; not the weapon of a threat ("to hit the port with missiles")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "acl") and type_ in COMPLEMENT_SUBJECT_TYPES and not free_relative(child):
            found += subjects(child, passive=True) or _subjunctive_subject(child)
    if found or verb.pos_ not in VERB_TAGS:
        return found
    head = verb
    for _ in range(2):
        inner = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in VERB_TAGS), None)
        if inner is None:
            break
        # "refused to deploy peacekeepers in Iraq": the doer's own people are sent, not acted upon; where
        # they go is ("agreed to post officers in each other's countries": the doers themselves)
        own = lexicon().classes.get("own_resources", frozenset())
        objs = [w for c in inner.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)
                for w in ([p for p in _prep_objects(t, {"in", "to"}) + _prep_objects(inner, {"in", "to"})
                           if not _reciprocal(p)] if lemma(t) in own else [t])]
        via = _prep_objects(inner, preps | {"for"}) + [t for o in objs for t in _prep_objects(o, (preps | {"for"}) - {"of"})]
        via = _without_weapons(via, weapons)
        if via or objs:
            return via or objs
        head = inner
    return []


def _subjunctive_subject(clause: Token) -> list[Token]:
    """The subject of a "that" clause whose bare verb the parser read as a noun ("demanded that the prime
    minister resign": "resign" a noun, "minister" its compound): the last noun compounded before it."""
    if clause.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "mark" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "compound" and c.i < clause.i][-1:]


def _reciprocal(token: Token) -> bool:
    """A noun owned by "each other" or "one another": the doers themselves."""
    return any(c.dep_ == "poss" and lemma(c) in ("other", "another") for c in token.children)


def is_party(token: Token, index: Optional["Index"], parties: frozenset) -> bool:
    """Someone an event can be done to: a named actor, a resolved mention, a personal pronoun,
    or a noun for people, groups, states or their forces."""
    if token.ent_type_ in ACTOR_LABELS or token.ent_type_ in ("LOC", "FAC"):
        return True
    if lemma(token) in lexicon().classes.get("bare_positions", ()) and token.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children):
        return False  # "refused to leave office"
    if lemma(token) in parties or token.lower_ in parties:
        return True  # "everyone detained"
    if token.lower_ == "those" and any(c.dep_ in ("amod", "relcl", "acl", "prep") for c in token.children):
        return True  # "those responsible", "those who fired", "those behind the attack": people
    if token.pos_ == "PRON":
        return token.tag_ in ("PRP", "PRP$") and lemma(token) not in RELATIVE_PRONOUNS
    return index is not None and index.mention(token.idx, token.idx + len(token), token) is not None


def _parties(token: Token, index: Optional["Index"], parties: frozenset, material: bool, depth: int = 0) -> list[Token]:
    """The parties a recipient phrase stands for: itself when it is one; else those it names, down
    a few phrases ("Haiti's efforts", "the removal of the president", "an Indian proposal", "a
    referendum on independence from Indonesian rule", "all of which" -> the ships); else, for
    material conflict, the thing attacked ("struck a power line"); else none (a topic)."""
    token = _relative_antecedent(token)
    low = lemma(token)
    if low in lexicon().classes["frame_nouns"]:
        return []
    if token.like_num or low in lexicon().classes["quantifiers"] or token.ent_type_ in NUMERIC_LABELS:
        # "two of its nationals"; "$500 million in aid to Ukraine": what the sum is of (a word that counts
        # nothing, "the carrier group in the Gulf of Aden", is where it is)
        # ... or what an apposition names ("seized one, the Ocean Pearl"; not a date's or a distance's)
        counted = _prep_objects(token, {"of"}) or (_prep_objects(token, {"in"}) if _sum(token) else []) \
            or [c for c in token.children if c.dep_ == "appos" and token.ent_type_ in ("", "CARDINAL")]
        if counted:
            return [p for t in counted for p in _parties(t, index, parties, material)]
        harms = lexicon().classes.get("object_required", frozenset())
        if material and token.dep_ in ("dobj", "obj", "nsubjpass") and lemma(token.head) in harms:
            return [token]  # "killing dozens", "21 were wounded": a bare count of victims stands for them
        if token.like_num or token.ent_type_ in NUMERIC_LABELS or token.pos_ != "NOUN":
            return []
    if is_party(token, index, parties) and (token.pos_ in ("NOUN", "PROPN", "PRON") or _is_entity(token)
                                            or people_participle(token)):
        return [token]  # a nationality adjective stands for its state ("an Australian ultimatum"); "the injured"
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    inner = [_relative_antecedent(t) for t in _inner(token, index)]
    if any(c.dep_ == "nummod" for c in token.children):
        # "500 million euros in aid to Ukraine": a sum of what; a name after "in" is where the things
        # counted are ("hit two buildings in Hamra and Verdun")
        inner += [t for t in _prep_objects(token, {"in"}) if t.pos_ == "NOUN" and t.ent_type_ not in PLACE_LABELS]
    named = [t for t in inner if is_party(t, index, parties)]
    if not named and depth < 2:
        named = [p for t in inner if t.pos_ == "NOUN" and lemma(t) not in lexicon().classes["frame_nouns"]
                 for p in _parties(t, index, parties, False, depth + 1)]
    if named and material and token.dep_ in ("dobj", "obj", "nsubjpass") \
            and all(_describes(t, token) or _unresolved_place(t, index) for t in named):
        # "arrested a Christian missionary from Calgary": the one described, not whose or whence; "bombed rebel-held
        # areas of Idlib province": the ground struck, not the province it lies in
        return [token]
    if named:
        return named
    if material and token.pos_ != "PRON" and low not in lexicon().classes["non_participants"] \
            and low not in lexicon().classes.get("restrictions", frozenset()):
        return [token]  # "threatened to institute a curfew": a restriction is imposed, not struck
    return []


def _sum(token: Token) -> bool:
    """A number or an amount ("two", "$500 million", "30 million euros"), which an "in" phrase says the kind of."""
    return token.like_num or token.ent_type_ in NUMERIC_LABELS or any(c.dep_ == "nummod" for c in token.children)


def _describes(modifier: Token, noun: Token) -> bool:
    """A nationality or name premodifying a noun ("a Christian missionary", "a Russian base") or the place it
    comes from ("a missionary from Calgary"): it says which one, the noun is who was acted on."""
    if modifier.head.i == noun.i:
        return modifier.dep_ in ("amod", "compound", "nmod")
    prep = modifier.head
    return modifier.dep_ == "pobj" and prep.head.i == noun.i and prep.lower_ == "from" and modifier.ent_type_ in PLACE_LABELS


def _inner(token: Token, index: Optional["Index"] = None) -> list[Token]:
    """Candidates inside a phrase: its possessor, a name compounded with it or a nationality that
    modifies it ("an Australian ultimatum"), its prepositional objects."""
    found = [t for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in with_conjuncts(c)]
    found += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    found += [c for c in token.children if c.dep_ in ("amod", "nmod") and (_is_entity(c) or (
        index is not None and index.mention(c.idx, c.idx + len(c), c) is not None))]
    found += _prep_objects(token, PARTY_DESCENT_PREPS)
    found += _participle_agents(token)
    return found


def _between_of_phrase(noun: Token, verb: Optional[Token]) -> list[Token]:
    """The parties of an event noun that modifies its phrase's head ("a mediation effort between Ethiopia and
    Eritrea"): the head's "between" phrase, or the light verb's, where the parser may hang it."""
    if noun.dep_ != "compound" or noun.head.pos_ != "NOUN":
        return []
    head = noun.head
    found = _prep_objects(head, {"between", "among"})
    if not found and verb is not None and head.dep_ in ("dobj", "obj") and head.head.i == verb.i:
        found = _prep_objects(verb, {"between", "among"})
    return found


def _participle_agents(token: Token) -> list[Token]:
    """Who did what a participle says was done to a noun: "a proposal put forward by Egypt",
    "property seized by government forces", "the attack carried out by the group"."""
    return [a for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _agents(c)]


def _wielder(token: Token, wielding: frozenset = frozenset()) -> Token:
    """A weapon is no actor: "Russia's missile strikes" are Russia's, and a missile "that struck the tanker" is
    the one who fired it ("rebels fired a missile that struck ...")."""
    owner = next((c for c in token.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and _is_entity(c))), None)
    if owner is None and token.dep_ in ("dobj", "obj") and lemma(token.head) in wielding:
        owner = next(iter(subjects(token.head)), None)
    return owner or token


def destination(trigger: Trigger, args: Arguments, index: Optional[Index] = None) -> Optional[Token]:
    """A place a party is brought or sent to ("welcomed the president to Washington") is where the
    event happens, not a second recipient: the place token, removed from the recipients; a place
    visited with nobody else named is both ("visited the capital")."""
    visit = trigger.entry.mode == "visit" and trigger.token.pos_ in VERB_TAGS
    if trigger.entry.type in MATERIAL_CONFLICT or (len(args.recipients) < 2 and not visit):
        return None
    hosts = {t.i for t in _visited(trigger.token, index)} if visit else set()
    if args.recipients and all(r.i in hosts for r in args.recipients):
        return args.recipients[0]
    for t in args.recipients:
        via = t.head if t.dep_ == "pobj" else (t.head.head if t.dep_ == "conj" and t.head.dep_ == "pobj" else None)
        if t.ent_type_ in PLACE_LABELS and via is not None and via.dep_ == "prep" and via.lower_ in ("to", "into", "in", "at") and (
                visit or any(r.ent_type_ not in PLACE_LABELS for r in args.recipients)):
            if visit and all(r.ent_type_ in PLACE_LABELS for r in args.recipients):
                return t  # nobody else named: the place visited stands for the host
            args.recipients = [r for r in args.recipients if not (r.i == t.i or (visit and r.ent_type_ in PLACE_LABELS))]
            return t
    return None


def _counted(token: Token) -> list[Token]:
    """What a quantity stands for: "thousands of Kurds" -> Kurds; others are themselves."""
    if token.like_num or lemma(token) in lexicon().classes["quantifiers"] or token.ent_type_ in NUMERIC_LABELS:
        counted = _prep_objects(token, {"of"})
        if counted:
            return [c for t in counted for c in _counted(t)]
    return [token]


def _relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the ships, all of which were hit" -> ships)."""
    if lemma(token) not in RELATIVE_PRONOUNS:
        return token
    head, steps = token, 0
    while head.head.i != head.i and head.dep_ != "relcl" and steps < 4:
        head = head.head
        steps += 1
    return head.head if head.dep_ == "relcl" else token




def _speaker_meant(pronoun: Token, index: Optional["Index"]) -> list[Token]:
    """The subject of a verb of saying whose "that" clause a subject pronoun opens, when no actor resolves the
    pronoun and it agrees in number ("Islamabad said it remained committed", "the Council announced that it would
    reopen", "Henry announced that he would resign", "the forces said they had shot down"): news tells a party's
    own acts in its own statement."""
    low = pronoun.lower_
    if pronoun.tag_ != "PRP" or low not in ("it", "they", "he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.i < verb.head.i or lemma(verb.head) not in lexicon().modality.get("reporting_verbs", ()):
        return []  # (not a clause told before its source: "They looted the market, residents said")
    speakers = subjects(verb.head)
    if not speakers or any(s.pos_ == "PRON" for s in speakers):
        return []
    plural = len(speakers) > 1 or speakers[0].tag_ in ("NNS", "NNPS")
    person = all(s.ent_type_ == "PERSON" or lemma(s) in lexicon().classes.get("people", ()) for s in speakers)
    agrees = {"they": plural, "it": not plural and not person, "he": not plural and person, "she": not plural and person}
    if not agrees[low]:
        return []
    if index is not None:
        # (a pronoun resolved to another side than the speaker's stays, "the minister said they had fled", as does
        # one resolved to a known side when the speaker's is unknown)
        def side(t: Token) -> set[str]:
            mention = mention_for(t, index)
            actor = index.dl.actors.get(mention.actor) if mention.actor else None
            return {c[:3].upper() for c in (actor.code, actor.country) if c} if actor else set()
        meant, own = side(pronoun), set().union(*(side(s) for s in speakers))
        if meant and not meant & own:
            return []
    return speakers


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("an organization that perpetrated")."""
    if lemma(token) in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _in_object(token: Token, verb: Token) -> bool:
    """The noun is (inside) the verb's object: "imposed sanctions", "announced $5m in aid",
    "took part in talks"; not the topic of another noun ("heard reports of an attack")."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos", "compound", "nsubjpass"):
            return False
        if token.dep_ == "prep" and token.head.i != verb.i and not _is_quantity(token.head):
            return False
        token = token.head
    return token.i == verb.i


def _about_verbs_event(token: Token, verb: Token, skip: set[int], expressing: frozenset) -> bool:
    """"voiced concern over the arrest": beside a verb of expression whose object is an event of its
    own (the concern), a phrase tells what that event is about, not an act of the verb's subject."""
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.dep_ == "prep" and lemma(verb) in expressing and any(
        c.dep_ in ("dobj", "obj") and c.i in skip for c in verb.children)


def _is_quantity(token: Token) -> bool:
    return token.like_num or token.ent_type_ in NUMERIC_LABELS or lemma(token) in lexicon().classes["quantifiers"]


def _unique(tokens: Iterable[Token]) -> list[Token]:
    seen, out = set(), []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def location(trigger: Trigger, args: Arguments, index: Index, destination: Optional[Token] = None,
             displacement: frozenset = frozenset(), triggers: frozenset = frozenset()) -> Optional[Location]:
    """Where: a place in a locative phrase of the event's word or clause (or a fronted one of the
    clause it is coordinated with: "In Jerusalem, X met Y and convened Z"), else the place a party
    was brought to or made to leave, else (for material conflict) a place the action is directed at,
    else one in a phrase of its object ("a strike on a school in Rafah"), else a place a removal was
    from ("dispersed from the square"), else a resolved place in the clause outside its arguments."""
    token = trigger.token
    verb = clause_verb(token)
    if verb.i == token.i and token.dep_ in ("nsubj", "csubj") and not subjects(token, passive=True):
        verb = token.head  # "Fighting went on in the western quarters": a gerund subject is placed by its verb
    doc = token.doc
    material = trigger.entry.type in MATERIAL_CONFLICT
    found = None
    if verb.i != token.i and token.dep_ not in ("nsubj", "nsubjpass"):
        # an event noun inside another clause's object or phrase ("a response to attacks on shipping in
        # the Red Sea") is placed by its own phrase before the clause that mentions it
        found = _locative(doc, [(token, None)], index, token)
        if found is None and material:
            found = next(filter(None, (_target_place(r, index) for r in args.recipients + args.sites)), None)
    if token.dep_ in ("dobj", "obj") and token.head.i == verb.i != token.i and verb.i in triggers \
            and not (material and _fought_at(verb)):
        # "Speaking in Geneva, the envoy condemned the strikes": where another act (the condemnation) took place says
        # nothing of where the act it is about did; but assaults repelled were made where they were repelled
        verb = token
    heads = _scene_heads(token, verb)
    if found is None and material:
        # "shelling of Shebekino has killed two residents": the bombardment that did the harm was on that place
        found = _aim_place(token, verb, index) or next(filter(None, (_bombarded(t, index) for t in [token] + [
            t for s in subjects(verb) if token.pos_ in VERB_TAGS for t in s.subtree])), None)
    if found is None:
        found = _locative(doc, heads, index, token)
        removal = material or trigger.entry.type in REMOVAL_TYPES
        found = (_finer_target(found, args, index) if removal and found is not None else None) or found
        if found is not None and material and _fineness(found, index) < 3:
            # "attacked the town of Barsalogho in Sanmatenga province", "In Segou region, gunmen abducted a
            # chief in Niono circle": the place attacked, or the object's, is the finer one
            finer = [_place_in(doc, _phrase_head(r), index, whole=False) for r in args.recipients]
            finer.append(_restated_from(found, index))
            finer.append(_locative(doc, [(t, None) for c in verb.children if c.dep_ in ("dobj", "obj", "agent")
                                         for t in c.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != token.i], index, token))
            found = _finest([found] + [f for f in finer if f is not None], index)
        if found is not None and material and _opens_clause(found, verb, index):
            # "In Kyiv, a drone hit a house in Obolon": where the target stood, said inside the scene, is finer
            # than the scene
            struck = args.recipients + [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != token.i]
            inner = [_target_place(r, index) for r in struck] + [
                _place_in(doc, c, index) for c in verb.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS and c.i > verb.i]
            found = next((t for t in inner if t is not None and t.start > found.end and t.place != found.place
                          and _fineness(t, index) >= _fineness(found, index)), found)
    if found is None and material:
        # "shot down most of the drones over Odesa and Mykolaiv": the sky over a place, for acts of war in the air
        skies = [p for h in [t for t, _ in heads] + [t for c in verb.children if c.dep_ in ("dobj", "obj")
                                                     for t in _object_nouns(c)]
                 for p in h.children if p.dep_ == "prep" and p.lower_ in AIRSPACE_PREPS]
        found = next(filter(None, (_place_in(doc, p, index) for p in skies)), None)
        found = found and _first_listed(found, index)
    if found is None and (lemma(token) in arrival_verbs() if token.pos_ in VERB_TAGS
                          else lemma(token) in settlement_words("visit_nouns")):
        # "From Hanoi, Rubio flew to Jakarta", "cut short a visit to Riyadh": a trip takes place where it goes,
        # not where it leaves from
        found = _locative(doc, [(token, None)], index, token, GOAL_PREPS)
    if found is None and (verb.i == token.i or (token.dep_ in ("dobj", "obj") and token.head.i == verb.i)):
        found = _shared_scene(verb, index, token)  # "arrived in Hanoi and held talks": the talks' verb
    if found is None and verb.i == token.i and token.dep_ == "advcl" and token.tag_ == "VBG" \
            and token.head.pos_ in VERB_TAGS and lemma(token) not in lexicon().classes.get("result_verbs", ()) \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in token.children):
        # "beat three farmers at a checkpoint near Kaya, accusing them of ...", "launched an offensive in the
        # north, sending troops into ...": a participle of the doer's next act is done where the clause's act was
        found = clause_place(token.head, index, token)
    if found is None:
        # "The envoy, who arrived in Juba on Monday, met ...": where the doer had come to
        found = _locative(doc, [(c, None) for s in subjects(verb, passive=True) for c in s.children
                                if c.dep_ == "relcl" and lemma(c) in arrival_verbs()], index, token, PLACE_PREPS | GOAL_PREPS)
    if found is None and verb.dep_ == "relcl" and any(lemma(c) == "where" for c in verb.children):
        antecedent = verb.head
        while antecedent.dep_ in ("appos", "conj") and antecedent.left_edge.i > 0 \
                and doc[antecedent.left_edge.i - 1].text == "," \
                and index.location(antecedent.head.idx, antecedent.head.idx + len(antecedent.head)) is not None:
            antecedent = antecedent.head  # "Dammam, Saudi Arabia, where": the first, most specific name
        found = _place_in(doc, antecedent, index, whole=False)  # "Dammam, where he held meetings"
    if found is None and destination is not None:
        found = _place_in(doc, destination, index, whole=False)
    if found is None:
        # "ordered residents to leave Rafah": the place the parties are made to leave
        found = next(filter(None, (_place_in(doc, o, index, whole=False) for c in token.children
                                   if c.dep_ == "xcomp" and lemma(c) in displacement
                                   for o in c.children if o.dep_ in ("dobj", "obj"))), None)
    if found is None and (material or trigger.entry.type in RECEIVING_TYPES):
        # "a school in Rafah" was hit there; "60,000 people in the Bulengo camp" were given food there; a site
        # beside a party struck is where
        found = next(filter(None, (_target_place(r, index) for r in args.recipients + args.sites)), None)
    if found is None and material:
        # "strikes were delivered on areas where enemy units had gathered in the Kharkiv region": where the
        # ground aimed at lies
        found = _locative(doc, [(r, None) for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
                                for o in p.children if o.dep_ == "pobj" for r in o.children
                                if r.dep_ == "relcl" and any(lemma(c) == "where" for c in r.children)], index, token)
    if found is None and material:
        # "ambushed a bus travelling near Kadugli", "detained students who blocked roads in Tbilisi": where the
        # target was, doing what it did then (not "who had fought in Syria")
        found = _locative(doc, [(c, None) for r in args.recipients for c in _phrase_head(r).children
                                if (c.dep_ == "acl" and c.tag_ == "VBG") or (
                                    c.dep_ == "relcl" and c.tag_ in ("VBD", "VBG")
                                    and not any(a.dep_ == "aux" and a.lemma_ in ("have", "will") for a in c.children))],
                          index, token)
    if found is None and material:
        # "shot dead two men as they drove through central Maputo", "fired tear gas at him as he spoke to the press in
        # Maputo": a clause of the same moment says where the act was
        found = _locative(doc, [(t, None) for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in SIMULTANEOUS for m in c.children) for t in c.subtree
            if t.pos_ in ("VERB", "NOUN")], index, token, PLACE_PREPS | ROUTE_PREPS)
    if found is None and material and token.pos_ in VERB_TAGS:
        # "seized Paletwa, a township": the ground taken, though no party
        found = next(filter(None, (_place_in(doc, c, index, whole=False) for c in token.children
                                   if c.dep_ in ("dobj", "obj"))), None)
    if found is None:
        found = _locative(doc, [(t, None) for c in verb.children if c.dep_ in ("dobj", "obj") for t in _object_nouns(c)
                                if t.i != token.i], index, token)
    if found is None:
        # "detained by security forces in Tehran": where the doers were
        # "members of a gang in the Bel Air area killed": where the group the doers belong to is; doers found
        # in an earlier sentence ("The strikes hit ...") say nothing of where this act was
        here = [a for a in args.actors if a.sent.start == token.sent.start]
        found = _locative(doc, [(a, None) for a in here] + [(o, None) for a in here for p in a.children
                                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"],
                          index, token) or _home_town(here, index)
    if found is None and token.pos_ in VERB_TAGS and (material or trigger.entry.type in REMOVAL_TYPES):
        # "protesters were dispersed from the avenue", "freed hostages from a camp": the place a removal
        # was from (not a country, which says whose: "expelled from Russia")
        # "pulled out of Kherson": "out of" is "from"
        found = _locative(doc, [(token, None)], index, token, SOURCE_PREPS) or _locative(
            doc, [(c, None) for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"],
            index, token, frozenset({"of"}))
        found = None if found is not None and _kind(found, index) == "country" else found
    if found is None:
        found = _fronted_setting(verb, index) or _item_label(token, index)
    if found is None:
        found = _settlement_again(verb, index)
    if found is None and (material or trigger.entry.type in REMOVAL_TYPES):
        found = _site_again(verb, index)
    if found is not None:
        return _placed_place(found, trigger, verb, index)
    # an event noun's own phrase ("the Gaza talks") is no place of it; a verb's whole clause may be
    excluded = [_subtree_range(t) for t in args.actors + args.recipients] + ([] if token.pos_ in VERB_TAGS else [np_span(token)])
    lo, hi = _clause_range(verb)
    for loc in index.locations.overlapping(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
        tok = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if tok is None or any(a <= tok.start < b for a, b in excluded) or not _in_clause(tok.root, verb) \
                or index._owner_or_party(loc) or index.in_dateline(loc.start) or _origin(tok.root) \
                or any(a.dep_ == "prep" and _absolute_with(a) for a in tok.root.ancestors):
            continue  # (nor the third party of "with Oman mediating")
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _placed_place(found: Location, trigger: Trigger, verb: Token, index: Index) -> Optional[Location]:
    """The place found, as news reports it: the first of a list said together, the ground an act took rather than
    the town it lies a bearing from, and none for a country that is only the act's target."""
    found = _ground_by_bearing(found, trigger, verb, index) or _first_listed(found, index)
    return None if _target_country(found, trigger, index) else found


def _first_listed(found: Location, index: Index) -> Location:
    """The first name of a list of places after a preposition ("over Kyiv, Sumy and Poltava oblasts", "the
    consulates in Kisumu and Mombasa"): an act over several places is reported under the first named."""
    doc = index.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return found
    first, i = found, span.start
    while i >= 2 and doc[i - 1].lower_ in settlement_words("list_joins"):
        j = i - 1 if doc[i - 1].text != "," and doc[i - 2].text == "," else i  # "A, B, and C"
        if j < 2:
            break
        last = doc[j - 2]
        if last.pos_ != "PROPN" or not last.text[:1].isupper():
            break
        k = last.i
        while k > 0 and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() or doc[k - 1].text == "-"):
            k -= 1
        item = index.location(doc[k].idx, last.idx + len(last))
        if item is None or item.end <= doc[k].idx:
            break
        first, i = Location(text=item.text, start=item.start, end=item.end, place=item.place), k
    opener = doc[i - 1] if i else None
    if opener is not None and opener.lower_ == "the" and i > 1:
        opener = doc[i - 2]
    return first if first is not found and opener is not None and opener.pos_ == "ADP" else found


def _ground_by_bearing(found: Location, trigger: Trigger, verb: Token, index: Index) -> Optional[Location]:
    """The ground an act of material conflict took or struck, when the place found is only the town it lies a
    bearing from ("captured Taftanaz and Saraqib on the highway south of Aleppo", "seized Kafr Nabl, north of
    Hama"): the town is a landmark to measure from, the ground is where."""
    if trigger.entry.type not in MATERIAL_CONFLICT:
        return None
    doc = index.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span) or span.start < 2:
        return None
    of = doc[span.start - 1] if doc[span.start - 1].lower_ == "of" else None
    if of is not None and span.start >= 5 and lemma(doc[span.start - 2]) in settlement_words("settlement_nouns") \
            and doc[span.start - 3].lower_ == "the" and doc[span.start - 4].lower_ == "of":
        of = doc[span.start - 4]  # "west of the city of Nyala"
    if of is None or of.i < 1 or doc[of.i - 1].lower_ not in bearings():
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < of.i):
        name = [t for t in doc[obj.left_edge.i:obj.i + 1] if t.pos_ == "PROPN"]
        mention = index.mention(obj.idx, obj.idx + len(obj), obj)
        if not name or obj.pos_ != "PROPN" or mention is not None and mention.actor \
                and not LOCAL_ID.fullmatch(mention.actor) and index.location(obj.idx, obj.idx + len(obj)) is None:
            continue  # "attacked Hamas north of Gaza": a party, not ground
        start, end = name[0].idx, obj.idx + len(obj)
        loc = index.location(start, end)
        ground = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place) if loc is not None \
            else Location(text=index.text[start:end], start=start, end=end, place=None)
        return ground
    return None


def _target_country(found: Location, trigger: Trigger, index: Index) -> bool:
    """A country named only as what the act was aimed at ("Israel struck Iran", "strikes on Iran"): a target, not
    where; but "in Iran", "across Iran", a part of it and ground entered or occupied are places."""
    if _kind(found, index) != "country" or trigger.entry.type not in MATERIAL_CONFLICT:
        return False  # (a country visited is where the visit was)
    span = index.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    name = span.root
    if any(c.dep_ == "amod" for c in name.children):
        return False  # "hit central and southern Israel": a part of the country, where
    if name.dep_ in ("dobj", "obj"):
        return lemma(name.head) not in settlement_words("ground_verbs")
    return name.dep_ == "pobj" and name.head.lower_ in settlement_words("target_prepositions")


def _fought_at(verb: Token) -> bool:
    """The verb is only ever an act of material conflict ("repelled 20 assaults", "launched strikes"): the act it
    does to an attack is done at the same place."""
    types = {e.type for e in lexicon().entries.get((lemma(verb), "VERB"), [])}
    return bool(types) and types <= MATERIAL_CONFLICT


def _scene_heads(token: Token, verb: Token) -> list[tuple[Token, Optional[int]]]:
    """The words whose locative phrases may say where the act of `token` (in the clause of `verb`) took place, for
    `_locative`: each with a bound, the index of an outer clause's verb that only its phrases before may place it
    ("In Jerusalem, X met Y and convened Z"), or None."""
    heads = [(token, None)] if verb.i == token.i else [(token, None), (verb, None)]
    # "setting a unit ablaze at the refinery": a phrase of the verb's secondary predicate
    heads += [(c, None) for c in token.children if c.dep_ in ("oprd", "acomp")]
    # "strikes that killed 20 and damaged a hospital in Kyiv": the noun's relative clause tells the act
    heads += [(v, None) for c in token.children if c.dep_ == "relcl" for v in with_conjuncts(c)]
    # "talks held in Geneva", "Talks on a truce opened in Doha" (a sentence with no verb of its own but the one the
    # parse hung on the noun's phrase): the verb said of the event noun tells where it was
    described = list(token.subtree) if token.dep_ == "ROOT" and token.pos_ == "NOUN" else [token]
    heads += [(c, None) for t in described for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
    heads += [(c, None) for c in verb.children if c.dep_ == "npadvmod"]  # "Today in Jerusalem, ..."
    if verb.i == token.i and not any(c.dep_ in ("dobj", "obj") for c in token.children):
        # "rammed and boarded two boats near Pagasa Reef": the object and the place the parse gives the second
        # verb are the first's too
        heads += [(c, None) for c in token.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS
                  and not subjects(c, passive=True) and any(d.dep_ in ("dobj", "obj") for d in c.children)]
    outer, steps = verb, 0
    while outer.dep_ == "conj" and steps < 3:
        outer, steps = outer.head, steps + 1
        heads.append((outer, outer.i))
        heads += [(c, outer.i) for c in outer.children if c.dep_ == "npadvmod"]
    # "Zelensky, speaking in Warsaw, urged": a participle that says where the doer was
    heads += [(c, None) for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
              and not any(m.dep_ == "mark" for m in c.children)]  # but "a day after he was arrested at X"
    heads += [(c, None) for s in subjects(verb, passive=True) for c in s.children
              if c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")]
    return heads


GOAL_PREPS = frozenset(WORDS["goal_prepositions"])
AIRSPACE_PREPS = settlement_words("airspace_preps")
ROUTE_PREPS = frozenset(WORDS["route_prepositions"])
SIMULTANEOUS = frozenset(WORDS["simultaneous_markers"])
DESCRIPTIONS = {"appos", "relcl", "acl"}


def _bombarded(token: Token, index: Index) -> Optional[Location]:
    """The place an act named by a noun of bombardment or siege was on ("Ukrainian shelling of Shebekino", "the
    siege of Mariupol": data/settlements.yaml `place_nouns`)."""
    if token.lower_ not in settlement_words("place_nouns"):  # the tagger may call "shelling" a verb
        return None
    return next(filter(None, (_place_in(token.doc, p, index) for p in token.children
                              if p.dep_ == "prep" and p.lower_ == "of")), None)


def clause_place(verb: Token, index: Index, trigger: Token) -> Optional[Location]:
    """Where a clause says its act fell: a locative phrase of its verb or of its object ("hit a block *in
    Kharkiv*")."""
    heads = [verb] + [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in _object_nouns(c)]
    return _locative(index.doc, [(h, None) for h in heads], index, trigger)


def _object_nouns(obj: Token) -> list[Token]:
    """The nouns of an object's phrase whose places may say where the act was ("a strike on a school in
    Rafah"), without those of a description ("the mandate of UNIFIL, *the force in southern Lebanon*",
    "the town, *which lies in the north*"): these say where the thing is or was, not the act."""
    found, stack = [], [obj]
    while stack:
        t = stack.pop()
        found += [t] if t.pos_ in ("NOUN", "PROPN") else []
        # but "a truck *carrying aid near Kutum*": where the thing was going on when it was hit
        stack.extend(c for c in t.children if c.dep_ not in DESCRIPTIONS or c.dep_ == "acl" and c.tag_ == "VBG")
    return sorted(found, key=lambda t: t.i)


def _finer_target(found: Location, args: Arguments, index: Index) -> Optional[Location]:
    """A place attacked or left just before the phrase that placed the act ("attacked the village of Um
    Sayala in Al Qadarif State", "withdrew from the town of Kidal in northern Mali"): the finer place."""
    doc = index.doc
    for r in args.recipients:
        lo, hi = np_span(r)
        if hi < len(doc) and doc[hi].lower_ == "in" and doc[hi + 1:hi + 2] and doc[hi + 1].idx <= found.start:
            target = _settlement_name(r, index) or _place_in(doc, r, index, whole=False)
            if target is not None and target.end <= doc[hi].idx and not _facility(target, index):
                return target
    return None


def _target_place(recipient: Token, index: Index) -> Optional[Location]:
    """Where a target is: the settlement it names ("the village of Wad Kamil", though the gazetteer lacks
    it and the tagger took it for a person), else the first place in its phrase ("a school in Rafah") or in
    the phrase of an item listed with it."""
    head = _phrase_head(recipient)
    found = _settlement_name(recipient, index) or _place_in(index.doc, head, index) or next(
        filter(None, (_place_in(index.doc, t, index) for t in _listed_after(head))), None)
    span = index.doc.char_span(found.start, found.end, alignment_mode="expand") if found is not None else None
    if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SOURCE_PREPS \
            and lemma(span.root.head.head) in lexicon().classes.get("parties", ()):
        return None  # "a sailor from Ghana": where the target came from (not "the road from Tyre to Naqoura")
    return found


def _person_not_place(ent, dl: Annotations) -> bool:
    """A name tagged a place that no gazetteer placed and that is a person's last name ("at Mondlane")."""
    return not any(loc.start == ent.start_char for loc in dl.locations) and named_person(ent, dl)


def _listed_after(token: Token) -> list[Token]:
    """The items listed after a noun ("two launchers, a drone boat and a vessel in rebel-held areas of X"):
    a place said after the last holds for the whole list."""
    found, stack = [], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("conj", "appos") and child.pos_ in ("NOUN", "PROPN"):
                found.append(child)
                stack.append(child)
    return found


def _settlement_name(token: Token, index: Index) -> Optional[Location]:
    """The name in "the village of X", "the town of X" (the token is X) or "the Jebel Marra area", "Shan
    State", "Guma local government area" (the token is the noun; the parser may hang the name as a modifier
    of the noun phrase) as a place, resolved or not."""
    nouns = settlement_words("settlement_nouns")
    names = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.text[:1].isupper() and c.i < token.i]
    if lemma(token) in nouns and names:
        # "Kessa State", "Shan State": a level word written with a capital is part of the name
        lo, hi = names[0].left_edge.i, (token.i if token.text[:1].isupper() else names[-1].i) + 1
    elif _of_settlement(token, nouns):
        lo, hi = np_span(token)
    else:
        return None
    start, end = index.doc[lo].idx, index.doc[hi - 1].idx + len(index.doc[hi - 1])
    loc = index.location(start, end)
    return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place) if loc is not None \
        else Location(text=index.text[start:end], start=start, end=end, place=None)


def _of_settlement(token: Token, nouns: frozenset) -> bool:
    """The token is the name in "the village of X", "the town of X": a capitalised word in the "of" phrase
    of one of the settlement words given."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in nouns \
        and token.text[:1].isupper()


def _town_after(span: Span, index: Index) -> Optional[Location]:
    """The place named right after a building's name ("the East Hospital *in Nyala*")."""
    doc = span.doc
    prep = doc[span.end] if span.end < len(doc) else None
    where = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None and prep.lower_ == "in" else None
    if where is None:
        return None
    lo, hi = np_span(where)
    return index.location(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))


def _facility(loc: Location, index: Index) -> bool:
    """A building or ground named as a place ("the East Hospital"): it is in a town, not one."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and lemma(span.root) in settlement_words("facility_nouns")


def _origin(token: Token) -> bool:
    """The name says where a traveller came from ("From Hanoi, Rubio flew to Jakarta", "returned from
    Ankara"), which is not where the trip took place; but "From Washington, Blinken backed the count" says
    where he spoke; nor does "killing a crew member from the Philippines", where the victim came from."""
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in SOURCE_PREPS and (
        lemma(token.head.head) in arrival_verbs() or lemma(token.head.head) in lexicon().classes.get("result_verbs", ()))


def _fronted_setting(verb: Token, index: Index) -> Optional[Location]:
    """A town set in a phrase that opens the clause ("During his visit to Beijing, the chancellor met Xi",
    "On the sidelines of the summit in Rio, Biden met Xi", "In a statement issued in Geneva, the office
    condemned"): where the clause's act took place; not a phrase of another time ("After talks in Doha")."""
    subject = next(iter(subjects(verb, passive=True)), None)
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.lower_ in TIME_PREPS or subject is None or phrase.i > subject.i:
            continue
        for loc in index.locations.overlapping(index.doc[phrase.left_edge.i].idx,
                                               index.doc[phrase.right_edge.i].idx + 1):
            span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
            root = _phrase_head(span.root) if span is not None and len(span) else None
            if root is None or root.dep_ != "pobj" or _kind(loc, index) not in ("city", "site"):
                continue
            if root.head.lower_ in ("in", "at") or (root.head.lower_ == "to" and lemma(root.head.head) in settlement_words("visit_nouns")):
                return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _item_label(token: Token, index: Index) -> Optional[Location]:
    """The place that labels the line of a feed post or list item ("Kherson: 12 servicemen killed", "• Zaporizhzhia:
    Russian forces shelled 8 settlements"): where the line's acts were."""
    for label in index.item_labels:
        if label.end <= token.i and "\n" not in index.text[label.start_char:token.idx]:
            loc = index.location(label.start_char, label.end_char)
            if loc is not None:
                return loc
    return None


def _opens_clause(loc: Location, verb: Token, index: Index) -> bool:
    """The place is named in a phrase of the verb before its subject ("In Kyiv, a drone hit ...")."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    name = span.root
    while name.dep_ in ("compound", "appos", "conj") and name.head.i != name.i:
        name = name.head
    subject = next(iter(subjects(verb, passive=True)), None)
    return name.dep_ == "pobj" and name.head.head.i == verb.i and subject is not None and name.i < subject.i


def _settlement_again(verb: Token, index: Index) -> Optional[Location]:
    """A town or village said again by its kind ("entered El Plateado, a village in Cauca ... attacked the troops
    at *the village's* edge", "in the town", "on the eastern edge of the town", "in the western quarters of the
    city", "rebels entered the city"): the last place before it in its paragraph that was called that kind ("X, a
    village", "the village of X"), else the last town named before it there, or in the paragraph before when its
    own names no place yet ("... reached Goma.\n\nFighting went on in the western quarters of the city"): where
    the act was. Not "outside the town": near, not in it."""
    doc = index.doc
    kinds = settlement_words("settlement_kinds")
    lo, hi = _clause_range(verb)
    for token in doc[lo:hi]:
        slot = _inside_settlement(token, verb)
        if slot is None:
            continue
        noun = next((t for t in [token] + [c for c in token.children if c.dep_ == "poss"]
                     if lemma(t) in kinds and any(c.lower_ == "the" for c in t.children)
                     and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in t.children)), None)
        if noun is None or not _in_clause(slot, verb):
            continue
        start = index.text.rfind("\n\n", 0, noun.idx) + 1
        if start > 1 and not any(not index.in_dateline(loc.start)
                                 for loc in index.locations.overlapping(start, noun.idx)):
            start = index.text.rfind("\n\n", 0, start - 2) + 1
        first = doc.char_span(start, noun.idx, alignment_mode="expand")
        named = list(_named_settlements(first, index)) if first is not None else []
        earlier = [loc for loc in list(index.locations) + named if start <= loc.start < noun.idx
                   and not index.in_dateline(loc.start)]
        # the one introduced as that kind ("X, a village"), else the last town said before it ("Fighting raged in
        # Wad Kamil, and a drone hit a house on the town's northern edge")
        called = [loc for loc in earlier if _called(loc, lemma(noun), index)] \
            or [loc for loc in earlier if _kind(loc, index) == "city"][-1:]
        if called:
            loc = max(called, key=lambda c: c.start)
            return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _inside_settlement(token: Token, verb: Token) -> Optional[Token]:
    """The noun whose slot puts the act inside what the token names: the token itself "in the town", "on the
    town's southern edge", or as the ground a verb only ground takes ("entered the city": data/settlements.yaml
    `ground_verbs`); the part of it a phrase names ("on the eastern edge of the town", "in the western quarters of
    the city"). None for another slot ("outside the town": near, not in it)."""
    if token.dep_ in ("dobj", "obj") and token.head.i == verb.i:
        return token if lemma(verb) in settlement_words("ground_verbs") else None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # the part of the town: the preposition before it says whether it is in the town
    inside = token.dep_ == "pobj" and (token.head.lower_ in ("in", "at", "inside")
                                       or token.head.lower_ == "on" and token.lower_ in settlement_words("fringe_nouns"))
    return token if inside else None


SITE_LOOKBACK = 400
"""How many words back a building said again ("the mosque") may have been named with its place."""


def _site_again(verb: Token, index: Index) -> Optional[Location]:
    """A building or post said again by its noun alone, as the act's object or place ("Soldiers surrounded *the
    church*", "fired at a tower at *the same base*", "in the vicinity of *the base*"): the place said with it
    before ("cornered the gunmen in a church in Bamenda", "the army base in Kidal"). A verb joined to another
    with no subject of its own acts there too ("surrounded the church and exchanged fire")."""
    doc = index.doc
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in VERB_TAGS \
            and not subjects(first, passive=True):
        first = first.head
    facilities = settlement_words("facility_nouns")
    for clause in dict.fromkeys([verb, first]):
        lo, hi = _clause_range(clause)
        for token in doc[lo:hi]:
            if token.pos_ != "NOUN" or lemma(token) not in facilities or not _said_again(token) \
                    or not (token.dep_ in ("dobj", "obj") and token.head.i == clause.i or _scene_noun(token)):
                continue
            for before in reversed(doc[max(0, token.i - SITE_LOOKBACK):token.i]):
                if before.pos_ != "NOUN" or lemma(before) != lemma(token):
                    continue
                found = _target_place(before, index)
                if found is not None and found.end <= token.idx and _kind(found, index) != "country":
                    return found
    return None


def _said_again(noun: Token) -> bool:
    """A definite noun with no name or place of its own ("the church", "its headquarters", "the same base"; not
    "the Istiqlal mosque", "the hospital in Kyiv")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    named = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in noun.children)
    placed = any(c.dep_ == "prep" and c.lower_ in SCENE_PREPS for c in noun.children)
    return definite and not named and not placed


def _scene_noun(noun: Token) -> bool:
    """The noun says where ("at the base", "in the vicinity of the base")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the vicinity of X", "on the outskirts of X"
    return prep.lower_ in SCENE_PREPS


def _called(loc: Location, kind: str, index: Index) -> bool:
    """The place was introduced as a settlement of that kind: "El Plateado, a village ...", "the village of X"."""
    after = index.text[loc.end:loc.end + len(kind) + 6].lower()
    before = index.text[max(0, loc.start - len(kind) - 4):loc.start].lower()
    return after.startswith((f", a {kind}", f", the {kind}")) or before.endswith(f"{kind} of ")


def _home_town(actors: list[Token], index: Index) -> Optional[Location]:
    """A doer named by its town ("a Lyon court ruled", "Basra police said"): where it acts."""
    for actor in actors:
        for child in actor.children:
            if child.dep_ == "compound" and child.i < actor.i:
                loc = index.location(child.idx, child.idx + len(child))
                if loc is not None and _kind(loc, index) == "city":
                    return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _shared_scene(verb: Token, index: Index, trigger: Token) -> Optional[Location]:
    """A verb coordinated after another with no subject of its own, or told as its next step ("then called
    on"), acts where the first one did ("rallied in Lima and called for a strike"), or where the first one
    went ("flew to Hanoi and signed a pact")."""
    then = verb.dep_ in ("advcl", "dep") and (any(c.lower_ == "then" for c in verb.children)
                                             or (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "then"))
    if (verb.dep_ != "conj" and not then) or subjects(verb, passive=True):
        return None  # "arrived in Hanoi, then called on the president": the next step of the same trip
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ not in VERB_TAGS:
        return None
    preps = PLACE_PREPS | ({"to"} if lemma(first) in arrival_verbs() else frozenset())
    # "stormed a post in Kalat district and killed seven soldiers", "attacked the village of X in Y State and
    # killed ...": where the first act's object was, the finest place said of it
    return _locative(trigger.doc, [(first, None)], index, trigger, preps) or _finest(
        [f for f in [clause_place(first, index, trigger)] + [_target_place(o, index) for o in first.children
                                                              if o.dep_ in ("dobj", "obj")] if f is not None], index)


def sentence_place(sent: Span, events: list[tuple[Token, Event]], index: Index, reporting: frozenset) -> None:
    """Where the sentence says its events happened when they found no place of their own: a fronted
    "In X," sets the scene of the whole sentence (also when the parse loses it: "In Kryvyi Rih, a strike
    on an industrial site killed ten people"); else the one town or site the sentence names in a phrase
    of place of a clause ("leaders gathering in Washington were expected to announce aid"). Only for
    events told in the same scene: not in another report, an earlier or later time ("after the strike
    on X"), a purpose or a topic ("to discuss the deployment", "the file of negotiations"), another
    coordinated clause, nor an event that another one is about ("condemned the strikes")."""
    places = _sentence_places(sent, events, index)
    fronted = [(loc, root) for loc, root in places if _fronted(root, sent)]
    towns = [(loc, root) for loc, root in places if _kind(loc, index) in ("city", "site") and _clause_scene(root)]
    if fronted:
        (loc, root), scene = fronted[0], True
    elif len({loc.place for loc, _ in towns}) == 1 and len(towns) == len(places):
        (loc, root), scene = towns[0], False
    else:
        return
    triggers = {token.i for token, _ in events}
    for token, event in events:
        if event.location is not None or _about_another(token, triggers) \
                or (_scene(token, reporting) != _scene(root, reporting)
                    and not (scene and (_to_speakers(token, reporting) or _speaker_conjunct(token, reporting, index)
                                        or _joined_reports(_scene(root, reporting), _scene(token, reporting), sent)))):
            continue
        if scene or (_scene_event(token) and not _in_other_conjunct(token, root)):
            event.location = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)


def item_place(events: list[tuple[Token, Event]], index: Index, paragraph_start: int) -> None:
    """A roundup's item dateline is where its fighting, protest and arrests took place when the item says
    no place of its own ("DHAKA — Police detained 40 marchers"); a single story's dateline is only where
    the reporter filed from, and talk may be reported from anywhere. Either is where a body that sits
    there acted ("NEW YORK — The Security Council voted"), not the country its decision is about."""
    item = index.item_dateline(paragraph_start)
    filed = item or index.story_dateline()
    if filed is None:
        return
    seat = index.dl.places.get(filed.place) if filed.place else None
    for token, event in events:
        if event.location is not None or _meant(token):
            continue  # "met ... to discuss the fighting along the border": no act at the dateline
        if (item is not None and event.type in MATERIAL_CONFLICT) \
                or any(seated_at(actor.actor, seat) for actor in event.actors) \
                or seat_act(seat, (lemma(t) for t in token.subtree)):
            event.location = Location(text=filed.text, start=filed.start, end=filed.end, place=filed.place)


def position_place(events: list[tuple[Token, Event]], index: Index, paragraph_start: int, sent: Span) -> None:
    """A notice that opens with where an incident was reported ("UKMTO has received a report of an incident 54NM
    southwest of Aden") tells the attacks on the ship and the rescue of its crew that follow at that position:
    the landmark the bearing is taken from is their place when they name none of their own."""
    position = None
    for token, event in events:
        if event.location is not None or _meant(token) or (event.type not in MATERIAL_CONFLICT and event.type != "AID"):
            continue
        position = position or index.incident_position(paragraph_start, sent.end_char)
        if position is None:
            return
        event.location = Location(text=position.text, start=position.start, end=position.end, place=position.place)


@dataclass
class Incident:
    """Where and when the acts of material conflict of a sentence happened, when they share one place."""
    location: Location
    date: Optional[str]
    paragraph: int


def incident(events: list[tuple[Token, Event]], paragraph: int) -> Optional[Incident]:
    """The one place of a sentence's placed acts of material conflict (none when they name two), with their
    date when they share one; acts told as background ("a man who had fought in Syria") are not the incident."""
    placed = [e for t, e in events if _incident_act(e) and e.location is not None and not _told_as_background(t)]
    if len({_place_key(e.location) for e in placed}) != 1:
        return None
    dates = {e.date.value for e in placed if e.date is not None}
    return Incident(placed[0].location, dates.pop() if len(dates) == 1 else None, paragraph)


def _told_as_background(token: Token) -> bool:
    """An act told in a relative clause or as lasting since a time ("a man who had fought in Syria", "have held
    its crew in Mukalla since then"): what someone had done or goes on doing, not what happened; or one over a
    whole country ("enforced a shutdown across the country"). (A pluperfect alone is often only a report's
    backshift: "the army said they had opened fire".)"""
    return any(t.dep_ == "relcl" for t in [token, *token.ancestors]) \
        or any(c.lower_ == "since" for c in token.children) \
        or any(t.lower_ in settlement_words("nation_scopes") for t in token.subtree)


def _incident_act(event: Event) -> bool:
    """An act of material conflict done at one spot, not a measure over a territory ("imposed a curfew")."""
    return event.type in MATERIAL_CONFLICT and event.mode not in lexicon().classes["territory_modes"]


def incident_place(events: list[tuple[Token, Event]], index: Index, sent: Span, before: Optional[Incident],
                   paragraph: int) -> Optional[Incident]:
    """News tells an incident over several clauses and sentences, naming its place once: an act of material
    conflict with no place of its own happened where the sentence's other acts did when the sentence names no
    other place ("fired missiles at Odesa; air defence downed most of them, but debris injured five people"), or,
    in a sentence that names no place at all, where the acts of the sentence right before it in the same
    paragraph did ("Gunmen shot dead a journalist in Culiacan. His car was struck by ten bullets."). Not an
    act placed apart ("outside the village") or set apart as another ("In a separate attack", "Elsewhere":
    data/settlements.yaml `scene_breaks`), of another day, told as background, only meant or denied, nor a
    measure over a whole territory (a curfew). Returns the sentence's incident, for the sentence after."""
    here = incident(events, paragraph)
    named = {_place_key(loc) for loc in index.locations.overlapping(sent.start_char, sent.end_char)
             if not index.in_dateline(loc.start) and not index._owner_or_party(loc)}
    source = here if here is not None and named == {_place_key(here.location)} else None if named else before
    if source is None or any(lemma(t) in settlement_words("scene_breaks") for t in sent):
        return here
    placed = [e for t, e in events if e.location is not None and _incident_act(e) and not _told_as_background(t)]
    for token, event in events:
        if event.location is not None or not _incident_act(event) or _meant(token) or _told_as_background(token) \
                or _placed_apart(token) or event.modality in ("future", "hypothetical", "negated") \
                or (source is here and not _same_incident(event, placed, index)):
            continue
        day = event.date.value if event.date is not None else None
        if day is not None and source.date is not None and not (day.startswith(source.date) or source.date.startswith(day)):
            continue
        loc = source.location
        event.location = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return incident(events, paragraph)


def scene_opening(sent: Span, index: Index, paragraph: int) -> Optional[Incident]:
    """The place a sentence opens on in a phrase set off by a comma ("In the capital, anger boiled over on
    Tuesday."): the scene of what the paragraph tells next, for a sentence after it that names no place ("Crowds
    stormed the embassies"), as a placed act's would be (`incident_place`)."""
    if sent[0].lower_ not in ("in", "at"):
        return None
    for loc in index.locations.overlapping(sent.start_char, sent.end_char):
        span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is not None and len(span) and _fronted(span[-1], sent) and not index.in_dateline(loc.start):
            return Incident(Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place), None, paragraph)
    return None


def _placed_apart(token: Token) -> bool:
    """The act is placed off the scene by a phrase of nearness that names no place ("attacked the soldiers outside
    the village", "near the border"): somewhere else than where the incident was told."""
    verb = clause_verb(token)
    return any(c.dep_ == "prep" and c.lower_ in settlement_words("vicinity_preps") for t in {token, verb}
               for c in t.children)


def _same_incident(event: Event, placed: list[Event], index: Index) -> bool:
    """Whether an act told beside placed ones in one sentence is part of their incident: done by no known party
    ("debris injured five", "were killed"), by one of their doers, or to no one new ("air defence downed most of
    them"); not another side's act on targets of its own ("while Ukrainian drones attacked two refineries")."""
    doers = {a.actor for a in event.actors if a.actor and index.dl.actors.get(a.actor) is not None}
    if not doers or doers & {a.actor for e in placed for a in e.actors}:
        return True
    spans = [index.doc.char_span(r.start, r.end, alignment_mode="expand") for r in event.recipients]
    return all(span is not None and span.root.pos_ == "PRON" for span in spans)


def _place_key(loc: Location) -> str:
    """What a mention names: its place, or its words when it resolved to none."""
    return loc.place or loc.text


def _fronted(token: Token, sent: Span) -> bool:
    """The place opens the sentence in a phrase set off by a comma: "In Kherson, ..."."""
    name = token
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.head.i == sent.start and name.i + 1 < sent.end and sent.doc[name.i + 1].text == ","


TIME_PREPS = set(WORDS["time_prepositions"])


def _scene(token: Token, reporting: frozenset) -> Optional[int]:
    """The clause that sets the word apart from the sentence's scene: a report ("Israel announced that
    its troops had begun raids in southern Lebanon"), a clause or phrase of another time ("after the
    Act was signed", "hours after the Beirut strike"); None for the main scene, which a clause of the same
    moment shares ("as it came in to land at X")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if (token.dep_ in ("ccomp", "parataxis") and lemma(token.head) in reporting) \
                or (token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in SIMULTANEOUS
                                                  for c in token.children)) \
                or (token.dep_ == "prep" and token.lower_ in TIME_PREPS):
            return token.i
        token, steps = token.head, steps + 1
    return None


def _speaker_conjunct(token: Token, reporting: frozenset, index: Index) -> bool:
    """A verb the parse joined to the reported clause that is the speaker's next act ("In Kyiv, Zelensky said the
    talks had gone well and thanked Turkey"): no subject of its own, in the speaker's past tense, after a reported
    verb of another tense ("had gone") or whose subject is no party ("the deal was close and urged"); it happened
    where the speaker was."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or subjects(token, passive=True) or head.dep_ != "ccomp" \
            or lemma(head.head) not in reporting or head.head.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return True
    said = subjects(head, passive=True)
    return bool(said) and not any(index.dl.mention_at(t.idx, t.idx + len(t)) for t in said)


def _joined_reports(first: Optional[int], second: Optional[int], sent: Span) -> bool:
    """Two clauses joined by "and" that the parse hung each on the reporting verb after them ("In Sumy,
    bulldozers tore up two roads, and troops kept the main hospital cordoned off, officials said"): one report,
    one scene."""
    if first is None or second is None or not first < second:
        return False
    a, b = sent.doc[first], sent.doc[second]
    return a.dep_ == b.dep_ == "ccomp" and a.head.i == b.head.i \
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i < b.i for c in a.children)


SPEAKERS = set(WORDS["speakers"])


def _to_speakers(token: Token, reporting: frozenset) -> bool:
    """A reported act done to those who report it ("In Githurai, residents said police had fired on them"):
    it happened where they were, which the sentence's fronted place says."""
    at = _scene(token, reporting)
    if at is None or token.doc[at].dep_ not in ("ccomp", "parataxis") or not subjects(token.doc[at].head):
        return False
    return any(t.lower_ in SPEAKERS and t.dep_ in ("dobj", "obj", "pobj") for t in token.subtree)


def _purpose(token: Token) -> bool:
    """An infinitive of purpose or a noun's infinitive ("met to discuss", "efforts to secure")."""
    return token.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _meant(token: Token) -> bool:
    """The event is only what an infinitive of purpose is about ("to discuss the fighting")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if _purpose(token):
            return True
        token, steps = token.head, steps + 1
    return False


def _scene_event(token: Token) -> bool:
    """The event is told as happening, not as a purpose or topic ("to unlock the deployment", "the file
    of negotiations")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if _purpose(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS):
            return False
        token, steps = token.head, steps + 1
    return True


def _sentence_places(sent: Span, events: list[tuple[Token, Event]], index: Index) -> list[tuple[Location, Token]]:
    """The sentence's places where something is: not the dateline's, not a party or owner ("talks with
    Egypt", "Russia's strikes"), not what an event is about ("the war in Gaza")."""
    doc = sent.doc
    dateline = index.dl.source.dateline
    parties = [(p.start, p.end) for _, e in events for p in e.actors + e.recipients]
    found = []
    for loc in index.locations.overlapping(sent.start_char, sent.end_char):
        span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or len(span) == 0 or not sent.start_char <= loc.start < sent.end_char:
            continue
        if (dateline is not None and dateline.start <= loc.start < dateline.end) or index._owner_or_party(loc) \
                or any(a < loc.end and loc.start < b for a, b in parties) or not _locative_slot(span.root):
            continue
        found.append((loc, span.root))
    return found


def _locative_slot(token: Token) -> bool:
    """The name sits in a phrase that says where ("in Washington", "at Kyiv's hospital"; not where to:
    "into Gaza") and in no topic, relative clause or infinitive ("measures to ensure aid reaches Gaza",
    "ordered Israel to halt its offensive in Rafah": what is asked or meant may happen elsewhere)."""
    while token.dep_ in ("compound", "poss", "appos", "conj", "amod") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in SCENE_PREPS:
        return False
    steps = 0
    while token.head.i != token.i and steps < 12:
        token, steps = token.head, steps + 1
        if token.dep_ == "relcl" or _attributing(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS) \
                or any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) \
                or (token.dep_ == "acl" and token.head.dep_ not in ("nsubj", "nsubjpass")):
            return False  # "citizens taken hostage in Gaza"; but "leaders gathering in Washington" were there
    return True


def _clause_scene(name: Token) -> bool:
    """The place phrase belongs to a clause (its preposition hangs on a verb: "gathering in Washington"),
    not to a noun ("relief for civilians in Gaza": where the civilians are)."""
    while name.dep_ in ("compound", "poss", "appos", "conj", "amod") and name.head.i != name.i:
        name = name.head
    return name.head.head.pos_ in ("VERB", "AUX")


def _in_other_conjunct(token: Token, place: Token) -> bool:
    """The place is said in another coordinated clause ("seized the ship and have held its crew in
    Hodeidah", "will partner with X ... and will employ 2,000 people at its Racine plant")."""
    verb = place
    while verb.head.i != verb.i and verb.pos_ not in VERB_TAGS:
        verb = verb.head
    return verb.dep_ == "conj" and verb.i != token.i and not verb.left_edge.i <= token.i <= verb.right_edge.i


def _about_another(token: Token, triggers: set[int]) -> bool:
    """An event noun that is another event's object or topic ("condemned the strikes", "talks on the attacks")."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.i != token.i and head.i in triggers and token.dep_ not in ("nsubj", "nsubjpass", "advcl", "conj")


def _kind(loc: Location, index: Index) -> Optional[str]:
    """The kind of place a location resolved to (country, region, city, site), if it resolved."""
    place = index.dl.places.get(loc.place) if loc.place else None
    return place.kind if place is not None else None


def _phrase_head(token: Token) -> Token:
    """The noun a party's name modifies ("the Okhmatdyt hospital in Kyiv"), whose phrase says where it is."""
    while token.dep_ in ("compound", "poss") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
    return token


TOPIC_PREPS = set(WORDS["topic_prepositions"])


def _whose_attribute(ent: Span) -> bool:
    """A place name joined by a hyphen to a participle ("a Belize-flagged carrier", "Iran-backed militants"):
    it says whose a thing is, not where."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not doc[ent.end].whitespace_ \
        and doc[ent.end + 1].lower_ in settlement_words("attribute_participles")


def _owner_or_party(token: Token) -> bool:
    """A place name that says whose ("Iran's consulate", "the embassies of Rwanda and France") or with whom
    ("talks with Egypt"), not where."""
    return token.dep_ == "poss" or _party(token) or _body_owner(token)


def _body_owner(token: Token) -> bool:
    """The state after "of" of a body it keeps abroad ("stormed the embassies of Rwanda, France and Kenya":
    actors data `owned_bodies`): the embassy stands in another country, so the name says whose it is."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in OWNED_BODIES


def _party(token: Token) -> bool:
    """Whether a place name stands for a party: a counterpart ("talks with Egypt and Israel", "a
    war against Russia"), a beneficiary ("aid to Ukraine") or a doer ("the plan Washington
    presented"), not where the event happens."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if _street(token):
        return False  # "police lines on Harbour Road": a street is where, never whom
    if token.dep_ == "nsubjpass" and lemma(token.head) in settlement_words("place_verbs"):
        return False  # "Natanz had been hit": the ground struck, as in "struck Natanz"
    if token.dep_ == "pobj" and (token.head.lower_ in ("with", "between") and lemma(token.head.head) in settlement_words("border_nouns")
                                 or token.head.lower_ == "between" and lemma(token.head.head) in settlement_words("street_nouns")):
        return False  # "near the border with Niger", "the road between Sake and Minova": edges and ends, no counterparts
    if token.dep_ == "pobj" and token.head.lower_ == "to" and lemma(token.head.head) in settlement_words("visit_nouns"):
        return False  # "a visit to Saudi Arabia": where the trip went, not whom it was for
    if token.dep_ == "pobj" and token.head.lower_ == "to" \
            and lemma(token.head.head) in settlement_words("approach_nouns") | settlement_words("street_nouns"):
        return False  # "near the entrance to the Balata camp", "the road to Kaya": a way in, not a beneficiary
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and (
        token.head.lower_ in PARTY_PREPS or (token.head.lower_ in BENEFICIARY_PREPS and token.head.head.pos_ == "NOUN")))


BENEFICIARY_PREPS = set(WORDS["beneficiary_prepositions"])


def _in_clause(token: Token, verb: Token) -> bool:
    """The place belongs to the verb's own clause: not to a clause nested in it ("met X to discuss
    the war in Gaza") nor to what the event is about ("briefed on the operations in Gaza")."""
    steps = 0
    while token.i != verb.i and token.head.i != token.i and steps < 10:
        # "around the airport and in the western quarters": a phrase joined to another is no clause of its own
        clause = token.dep_ in CLAUSE_DEPS and not (token.dep_ == "conj" and token.pos_ == "ADP")
        if clause or _attributing(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS and not any(
                _when(c) or _street(c) or c.lower_ in settlement_words("fringe_nouns") for c in token.children)):
            # "on Monday in Madrid", "for the first time in X" is when; "on Harbour Road", "on the town's edge" where
            return False
        token, steps = token.head, steps + 1
    return token.i == verb.i


def _attributing(token: Token) -> bool:
    """A phrase that names whose word the clause rests on ("according to the civil defence agency in Gaza",
    "citing officials in Kyiv"): its place is where the source is, not where the act was."""
    return token.dep_ == "prep" and any(token.lower_ == phrase[0] for phrase in lexicon().modality["attributing_phrases"])


def _when(token: Token) -> bool:
    """A phrase's object that tells when: a date or time ("on Monday"), or a count of occasions ("for
    the first time")."""
    return token.ent_type_ in ("DATE", "TIME") or any(c.ent_type_ == "ORDINAL" for c in token.children)


def _locative(doc: Doc, heads: list[tuple[Token, Optional[int]]], index: Index, trigger: Token,
              preps: frozenset = PLACE_PREPS) -> Optional[Location]:
    """The first place in a locative prepositional phrase of the heads (for a head with a bound,
    only phrases before that token: a coordinated clause's fronted "In X,"), but not the phrase
    that holds the trigger ("in Israel's first attack on Yemen" does not place the attack)."""
    candidates = []
    for head, before in heads:
        for child in _bearing_phrases(head) if "near" in preps else head.children:
            if child.dep_ == "prep" and (child.lower_ in preps or child.head.lower_ in bearings()
                                         or (child.lower_ == "on" and "in" in preps and any(_street(o) for o in child.children))) \
                    and (before is None or child.i < before) \
                    and not child.left_edge.i <= trigger.i <= child.right_edge.i \
                    and not any(lemma(o) in lexicon().classes["frame_nouns"] for o in child.children if o.dep_ == "pobj"):  # "at the request of X"
                found = _place_in(doc, child, index)
                if found:
                    candidates.append(found)
            elif child.dep_ == "prep" and child.lower_ in settlement_words("stretch_preps") and "in" in preps \
                    and (before is None or child.i < before) and not child.left_edge.i <= trigger.i <= child.right_edge.i:
                found = _place_in(doc, child, index)
                if found and _kind(found, index) in ("city", "site"):
                    candidates.append(found)  # "ambushed a convoy between Sevare and Bandiagara": not "between Israel and Hamas"
    return _finest(candidates, index)


def _aim_place(token: Token, verb: Token, index: Index) -> Optional[Location]:
    """Where a conflict act went, said with "towards": the place in that phrase ("repelled attacks by enemy groups
    towards Pelkino"), also where the thing aimed at was ("fired a missile from near Hodeidah toward a
    destroyer, which was operating in the Red Sea"); it outranks the place the act came from."""
    aimed = [token, verb] + ([token.head] if token.dep_ == "amod" else [])  # "repelled attacks" read as a modifier
    aimed += [o for t in (token, verb) for o in t.children if o.dep_ in ("dobj", "obj")]
    aimed += [o for a in aimed for p in a.children if p.dep_ == "prep" and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj"]
    directions = settlement_words("direction_preps")
    for prep in (p for a in dict.fromkeys(aimed) for p in a.children if p.dep_ == "prep" and p.lower_ in directions):
        found = _place_in(index.doc, prep, index) or _locative(
            index.doc, [(r, None) for o in prep.children if o.dep_ == "pobj" for r in o.children if r.dep_ == "relcl"],
            index, token)
        if found is not None:
            return found
    return None


def _street(token: Token) -> bool:
    """The word ends a street's or square's name ("Harbour Road", "Freedom Square"): "on" it says where."""
    return token.pos_ == "PROPN" and token.lower_ in settlement_words("street_nouns") \
        and any(c.dep_ == "compound" and c.i < token.i for c in token.children)


def _bearing_phrases(head: Token) -> list[Token]:
    """A word's children with the phrase of a compass bearing in their place ("attacked the tanker *west of
    Hodeidah*", "a car on the road *south of Deir al-Balah*", "hit 40 miles south-west *of Hodeidah*", where the parse
    makes "west" a restatement of the distance: the town is the nearest place named)."""
    return [p for c in head.children
            for p in ([q for q in c.children if q.dep_ == "prep" and q.lower_ == "of"]
                      if c.dep_ in ("advmod", "npadvmod", "appos") and c.lower_ in bearings() else [c])]


def _restated_from(loc: Location, index: Index) -> Optional[Location]:
    """The place a locative phrase set off by a comma restates the region of ("killed by debris in Jericho, in the
    occupied West Bank": Jericho, whatever word the parser hung "in Jericho" on)."""
    doc = index.doc
    span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span.root
    while name.dep_ in ("compound", "amod") and name.head.i != name.i:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in SCENE_PREPS or prep.i < 3 or doc[prep.i - 1].text != ",":
        return None
    before = doc[prep.i - 2]
    restated = index.location(before.idx, before.idx + len(before))
    if restated is None:
        return None
    head = doc.char_span(restated.start, restated.end, alignment_mode="expand").root
    if head.dep_ != "pobj" or head.head.lower_ not in SCENE_PREPS:
        return None
    return Location(text=restated.text, start=restated.start, end=restated.end, place=restated.place)


def _finest(candidates: list[Location], index: Index) -> Optional[Location]:
    """The finest place of those named, the first of equals ("In Soum province, militants ambushed a patrol near
    the village of Tongomayel": the village)."""
    return max(candidates, key=lambda c: _fineness(c, index), default=None)


def _fineness(loc: Location, index: Index) -> int:
    """0 for a country, 1 for a region, province or state ("Soum province", "Kherson oblast"), 2 for a district
    ("Niono circle", "Djibo department"), 3 for a town, village or site."""
    kind = _kind(loc, index)
    if kind == "country":
        return 0
    words = [w.strip(".,;:") for w in loc.text.lower().split()[-1:] + index.text[loc.end:loc.end + 20].lower().split()[:1]]
    if kind == "region" or any(w in settlement_words("province_nouns") for w in words):
        return 1
    return 2 if any(w in settlement_words("district_nouns") for w in words) else 3


def _phrase_range(token: Token) -> tuple[int, int]:
    """A phrase's tokens without the clauses inside it ("with the president to discuss aid for Gaza"
    stops before "to discuss"), with coordinated prepositions ("in and around Kadugli")."""
    lo = hi = token.i
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "conj" and t.dep_ == "prep" and child.pos_ == "ADP"):
                continue
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    return lo, hi + 1


def _clause_range(verb: Token) -> tuple[int, int]:
    """The verb's clause: its subtree without nested clauses."""
    lo = hi = verb.i
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        lo, hi = min(lo, child.left_edge.i), max(hi, child.right_edge.i)
    return lo, hi + 1


def _place_in(doc: Doc, token: Token, index: Index, whole: bool = True) -> Optional[Location]:
    """The first place named in the phrase: a resolved location, or a place name the gazetteer
    lacks when it comes first ("in Davos, Switzerland"); not a name that says whose or with whom. A
    settlement's name is the place even when the tagger took it for a person ("from the town of X in Y")."""
    named = next((n for o in token.children if o.dep_ == "pobj"
                  for n in [_settlement_name(o, index)] + [_settlement_name(q, index) for p in o.children
                                                           if p.dep_ == "prep" and p.lower_ == "of"
                                                           for q in p.children if q.dep_ == "pobj"] if n is not None), None)
    if token.dep_ == "prep" and named is not None:
        return named
    lo, hi = _phrase_range(token) if whole else np_span(token)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    loc = index.location(start, end)
    ent = None
    i = bisect.bisect_left(index.place_ent_starts, lo)
    while i < len(index.place_ents) and index.place_ents[i].end <= hi:
        if not _owner_or_party(index.place_ents[i].root):
            ent = index.place_ents[i]
            break
        i += 1
    if ent is not None and loc is not None and ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.pos_ == "NOUN" \
            and _placed_by(ent.root.head, loc, index):
        ent = None  # "the Okhmatdyt hospital in Kyiv", "a US base in Syria": the name says which; the place where
    if ent is not None and (lemma(ent.root) in settlement_words("facility_nouns") or ent.label_ == "FAC"):
        # "the East Hospital in Nyala": a building the gazetteer lacks is in its town (also when the parse
        # hangs "in Nyala" on the verb)
        loc = loc or _town_after(ent, index)
        ent = None if loc is not None else ent
    if loc is not None and _facility(loc, index):
        # "Nasser Hospital in Khan Younis": a known hospital or camp said with its town is in that town
        span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        loc = _town_after(span, index) or loc
    named = _named_settlement(doc[lo:hi], index)
    others = [o.start for o in (loc,) if o is not None] + [e.start_char for e in (ent,) if e is not None]
    if named is not None and all(named.end <= other for other in others):
        return named  # "Laukkai, the capital of the Kokang region": the first and finest name
    if ent is not None and (loc is None or ent.end_char <= loc.start):
        return Location(text=ent.text, start=ent.start_char, end=ent.end_char, place=None)
    if loc is not None:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return _named_capital(doc[lo:hi], index)


def _placed_by(noun: Token, loc: Location, index: Index) -> bool:
    """The place is said in a locative phrase of the noun ("the hospital *in Kyiv*"), not further down
    ("the Wadi Gaza checkpoint on the road *from Deir al-Balah*": the road's end, farther than the name)."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    name = span.root
    while name.dep_ in ("compound", "amod", "appos", "conj") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in SCENE_PREPS and name.head.head.i == noun.i


def _named_settlement(span: Span, index: Index) -> Optional[Location]:
    """A name the tagger and the gazetteer both missed, which a kind of settlement or division introduces: "the
    village of Sakoira", "Tinzaouaten, a town in Kidal region", "in Mebo district"."""
    return next(_named_settlements(span, index), None)


def _named_settlements(span: Span, index: Index) -> Iterable[Location]:
    kinds = settlement_words("settlement_kinds")
    divisions = settlement_words("province_nouns") | settlement_words("district_nouns")
    for token in span:
        if token.pos_ in ("NOUN", "PROPN") and (token.lower_ in divisions or lemma(token) in divisions) \
                and token.dep_ == "pobj":
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:
                start, end = names[0].left_edge.idx, token.idx + len(token)
                yield Location(text=index.text[start:end], start=start, end=end, place=None)
                continue
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        of_kind = _of_settlement(token, kinds)
        said_kind = any(c.dep_ == "appos" and c.pos_ == "NOUN" and lemma(c) in kinds for c in token.children)
        if of_kind or said_kind:
            first = token
            while first.i > span.start and span.doc[first.i - 1].head.i == token.i \
                    and (span.doc[first.i - 1].dep_ == "compound" or span.doc[first.i - 1].text == "-"):
                first = span.doc[first.i - 1]
            start, end = first.idx, token.idx + len(token)
            yield Location(text=index.text[start:end], start=start, end=end, place=None)


def _named_capital(span: Span, index: Index) -> Optional[Location]:
    """"in the Egyptian capital", "the Lebanese capital": a state's capital named by its nationality."""
    for token in span:
        if lemma(token) != "capital" or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.i < token.i:
                mention = index.mention(child.idx, child.idx + len(child), child)
                actor = index.dl.actors.get(mention.actor) if mention is not None and mention.actor else None
                if actor is not None and actor.kind == "state":
                    start, end = child.idx, token.idx + len(token)
                    return Location(text=index.text[start:end], start=start, end=end, place=None)
    return None


def date(trigger: Trigger, sent: Span, index: Index, paragraph_start: int) -> Optional[EventDate]:
    """When: the timex governing the event's clause, else the sentence's, else the latest in the
    paragraph before it, else the published date (with no timex), else nothing."""
    token = trigger.token
    verb = clause_verb(token)
    counted = _counted_clause(verb, index)
    if counted is not None:  # "four days after troops crossed": counted from the main clause
        value, tid = index.dl.clause_dates[counted.idx]
        return EventDate(value=value, timex=tid)
    # "a curfew imposed on Sunday evening": the noun's participle says when
    # (not one that leads on to another act: "a week of protests culminating in a march on 7 November")
    timex = _own_timex(token, verb, index) or next(
        (index.timex_at[c.i] for c in token.children if c.dep_ == "acl" and c.i in index.timex_at
         and lemma(c) not in SEQUEL_PARTICIPLES), None)
    if timex is None and token.i != verb.i:
        earlier = _referred_act_date(trigger, sent, index)
        if earlier is not None:
            return earlier  # "Guterres condemned the attack": the attack told before, on its day
    timex = timex or index.timex_at.get(verb.i)
    if timex is None:
        timex = _governing_up(verb, index)
    if timex is None:
        stamp = None  # a live blog's time stamp gives way to a date the entry names ("09:40 GMT — Yesterday ...")
        bound = None  # "After the March incidents Manila summoned ...": the act is no earlier than that
        i = bisect.bisect_left(index.timex_starts, sent.start_char)
        while i < len(index.timexes) and index.timexes[i].start < sent.end_char:
            t = index.timexes[i]
            if not _of_later_conjunct(t, verb, index) and not _year_of_a_thing(t, index):
                if index.filing_date(t):
                    stamp = stamp or t  # "UPDATE 053 -- 15 JUN 24\nThe crew were evacuated on Friday": Friday
                elif _dates_clause_of(t, verb, index) or not _background(t, index):
                    timex = t  # not "09:40 GMT — Students marched despite a curfew imposed on Sunday"
                    break
                elif _time_apart(t, index) in lexicon().classes.get("lower_bound_marks", ()):
                    bound = bound or t
            i += 1
        if timex is None and stamp is None and bound is not None:
            # a date of an earlier act the sentence tells this one after: its value, but no timex governs it
            return EventDate(value=bound.value, timex=None)
        timex = timex or stamp
    if timex is None:
        i = bisect.bisect_left(index.timex_starts, sent.start_char) - 1
        sequel = _sequel(sent)
        earlier = _earlier_act_date(sent, index) if sequel else None
        if earlier is not None:
            return earlier  # "Washington condemned the boarding within hours": hours after the boarding
        start = 0 if sequel else paragraph_start
        while i >= 0 and index.timexes[i].start >= start and _not_the_story_day(index.timexes[i], index):
            i -= 1  # "a warship that Manila grounded on the reef in 1999. They punctured ...": an aside's date
        if i >= 0 and index.timexes[i].start >= start:
            timex = index.timexes[i]  # "Protesters stormed the town hall hours later": the story's last date
        else:
            timex = _heading_date(sent, index)  # "Tuesday, 2 April." above: the paragraphs under it
    if timex is not None:
        return EventDate(value=timex.value, timex=timex.id)
    if index.dl.published:
        return EventDate(value=index.dl.published, timex=None)
    return None


HEADING_LENGTH = 8
"""Most tokens a time heading of a timeline has ("Monday, 1 April, evening.")."""


def _time_headings(doc: Doc, text: str, timexes: list[Timex]) -> list[tuple[int, Timex]]:
    """The sentences that open a paragraph and only say when ("Tuesday, 2 April.", "About 10:30 p.m."), and the
    day dates and post stamps that stand as a line of their own ("## 16 June", even where the parser joins it to
    the title above; "#4410 · 31.05 · 23:41"): a timeline's headings, each dating the paragraphs under it that name
    no date of their own."""
    found = [(t.start, t) for t in timexes
             if DAY.fullmatch(t.value) and day_heading(text, t.start, t.end) or stamp_paragraph(text, t.start, t.end)]
    starts = [t.start for t in timexes]
    for sent in doc.sents:
        opens = sent.start_char == 0 or text[:sent.start_char].rstrip(" \t").endswith("\n")
        if not opens or len(sent) > HEADING_LENGTH or any(t.pos_ in VERB_TAGS or t.pos_ == "AUX" for t in sent):
            continue
        i = bisect.bisect_left(starts, sent.start_char)
        inside = [x for x in timexes[i:] if x.start < sent.end_char]
        if inside and all(inside[-1] is not timex for _, timex in found):
            found.append((sent.start_char, inside[-1]))
    return sorted(found, key=lambda pair: pair[0])


def _counted_clause(verb: Token, index: Index) -> Optional[Token]:
    """The verb of a clause whose date is counted from its main clause's ("a day after a missile struck the
    carrier and killed three of its crew"): the verb itself, or the verb its clause is coordinated after."""
    if verb.idx in index.dl.clause_dates:
        return verb
    if verb.dep_ == "conj" and verb.head.idx in index.dl.clause_dates and verb.head.i < verb.i:
        return verb.head
    return None


def _not_the_story_day(timex: Timex, index: Index) -> bool:
    """Whether a date before an undated sentence tells no day the story has reached: an aside's or a clause's of
    another time ("the 1960 treaty", "since 2018"), but not a day or hour a phrase bounds ("By nightfall the rebels
    had overrun", "a little after three in the morning of 17 September"): the story stands on that day."""
    if _year_of_a_thing(timex, index):
        return True
    mark = _time_apart(timex, index)
    return mark is not None and not (mark in lexicon().classes.get("day_bound_marks", ()) and _on_a_day(timex)
                                     and _bounds_directly(timex, index) and _told_as_past(timex, index))


def _told_as_past(timex: Timex, index: Index) -> bool:
    """The timex's clause tells what happened ("By nightfall they had overrun"), not what is due or planned ("would
    be back at their posts by 26 January": a deadline dates no later sentence)."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.pos_ != "AUX" and token.head.i != token.i:
        token = token.head
    return token is not None and token.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in token.children)


def _on_a_day(timex: Timex) -> bool:
    """The value names a day or a time within one ("2024-11-27", "2024-11-27TEV", "2024-09-17T03:00")."""
    return DAY.fullmatch(timex.value[:10]) is not None


def _bounds_directly(timex: Timex, index: Index) -> bool:
    """The timex (or the clock time it follows: "after three in the morning of 17 September") is the object of
    its preposition of time, not a date inside an event noun or clause after it ("after the talks on Monday")."""
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token, steps = span.root, 0
    while token.head.i != token.i and steps < 3:
        if token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS:
            return True
        if token.dep_ not in ("pobj", "prep", "appos") and not (token.like_num or token.lower_ in lexicon().classes.get("times_of_day", ())):
            return False
        token, steps = token.head, steps + 1
    return False


def _heading_date(sent: Span, index: Index) -> Optional[Timex]:
    """The timex of the last time heading before the sentence, if any."""
    before = [timex for start, timex in index.headings if start < sent.start_char]
    return before[-1] if before else None


def _earlier_act_date(sent: Span, index: Index) -> Optional[EventDate]:
    """The date of the act a definite event noun of the sentence refers back to ("the boarding" after
    "boarded"), when that act's date was written."""
    doc = sent.doc
    for noun in sent:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            continue
        word = lemma(noun)
        for event in reversed(index.dl.events):
            if event.trigger.start >= sent.start_char or sent.start_char - event.trigger.start > ANAPHORA_REACH:
                continue
            root = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            stem = lemma(root.root) if root is not None and len(root) else ""
            if len(stem) > 3 and word.startswith(stem) and event.date is not None and event.date.timex:
                return EventDate(value=event.date.value, timex=event.date.timex)
    return None


def _own_timex(token: Token, verb: Token, index: Index) -> Optional[Timex]:
    """The timex that dates the trigger itself: any on a verb's path, but on an event noun only one that modifies
    it ("Monday's vote", "the attack on Wednesday"), not one that dates a noun after it ("claimed the attack in a
    statement the next day": the statement's day)."""
    timex = index.timex_at.get(token.i)
    if timex is None or token.i == verb.i:
        return timex
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    return timex if head.i == token.i or head.dep_ == "prep" and head.head.i == token.i else None


def _referred_act_date(trigger: Trigger, sent: Span, index: Index) -> Optional[EventDate]:
    """The date of the act a definite or possessed event noun names again ("6 June: the UN condemned the
    attack" after "5 June: fighters attacked the village", "claimed the attack the next day", "Iran's attack"):
    the latest act of its type told in an earlier sentence within reach, when a timex dated it."""
    noun = trigger.token
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                                      for c in noun.children):
        return None
    if noun.dep_ == "dobj" and lemma(noun.head) in lexicon().classes.get("act_making_verbs", ()):
        return None  # "the rebels resumed their offensive", "ordered the closure": done now
    for event in reversed(index.dl.events):
        if event.trigger.start >= sent.start_char or sent.start_char - event.trigger.start > ANAPHORA_REACH:
            continue
        if event.type == trigger.entry.type:
            if event.date is not None and event.date.timex:
                return EventDate(value=event.date.value, timex=event.date.timex)
            return None
    return None


def _sequel(sent: Span) -> bool:
    """The sentence tells its act as following closely on the last one told ("hours later", "within hours")."""
    text = " " + " ".join(t.lower_ for t in sent) + " "
    return any(f" {cue} " in text for cue in lexicon().classes.get("narrative_sequels", ()))


def _year_of_a_thing(timex: Timex, index: Index) -> bool:
    """A year that says which thing is meant ("his first trip since the 2021 coup"), not when the clause's act was."""
    return len(timex.value) == 4 and timex.value.isdigit() and background_year(index.doc, timex.start, timex.end)


def _of_later_conjunct(timex: Timex, verb: Token, index: Index) -> bool:
    """Whether a timex dates a clause coordinated after the verb's ("closed the crossing and ordered
    them to leave the next day": the next day is the order's, not the closure's), or after a clause the verb
    is said in ("have not said why the man attacked her, and are expected to give details tomorrow")."""
    at = index.timex_head.get(timex.id)
    if at is None:
        return False
    token, steps = verb.doc[at], 0
    while token.i != verb.i and token.head.i != token.i and steps < 8:
        if token.dep_ == "conj" and token.i > verb.i and (token.head.i == verb.i or token.head in verb.ancestors) \
                and token not in verb.ancestors:  # not the conjunct the verb itself is in ("a complaint accusing
            return not _attribution(token)        # her was lodged on 14 August")
        token, steps = token.head, steps + 1
    return False


def _attribution(conjunct: Token) -> bool:
    """A verb of saying the parser coordinated after the act it attributes, with no "and" between ("The rebels
    agreed to a truce, the mediators said on Wednesday"): the date of the saying is the act's best date."""
    return lemma(conjunct) in lexicon().modality["reporting_verbs"] \
        and not any(c.dep_ == "cc" and c.i < conjunct.i for c in conjunct.head.children)


def _in_relative_clause(timex: Timex, index: Index) -> bool:
    """Whether the timex dates a relative clause or a participle that modifies a noun ("a curfew imposed
    on Sunday"): background to what its sentence tells."""
    at = index.timex_head.get(timex.id)
    if at is None:
        return False
    token, steps = index.doc[at], 0
    while token.pos_ not in VERB_TAGS and token.head.i != token.i and steps < 4:
        token, steps = token.head, steps + 1
    # (a participle in a sentence with no other verb is its main verb misread: "Anger boiled over on Tuesday.")
    return token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBN" \
        and token.sent.root.pos_ in VERB_TAGS | {"AUX"}


def _background(timex: Timex, index: Index) -> bool:
    """Whether the timex dates a clause set apart from what its sentence tells (see `_time_apart`)."""
    return _time_apart(timex, index) is not None


def _time_apart(timex: Timex, index: Index) -> Optional[str]:
    """How the timex's clause is set apart from what its sentence tells: "aside" for a relative clause or a
    noun's participle ("a curfew imposed on Sunday"), else the word that makes it a clause or phrase of
    another time ("After the talks on Monday collapsed, ...", "since the coup in July"); None when it is not."""
    if _in_relative_clause(timex, index):
        return None if _where_clause(timex, index) or _utterance_date(timex, index) else "aside"
    at = index.timex_head.get(timex.id)
    token, steps = (index.doc[at], 0) if at is not None else (None, 0)
    marks = lexicon().classes.get("sequence_marks", frozenset())
    while token is not None and token.head.i != token.i and steps < 8:
        mark = next((c.lower_ for c in token.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if token.dep_ == "advcl" and mark is not None:
            return mark
        if token.dep_ == "prep" and token.lower_ in TIME_PREPS:
            return token.lower_
        token, steps = token.head, steps + 1
    return None


def _utterance_date(timex: Timex, index: Index) -> bool:
    """The timex dates a statement or speech ("In a statement issued on Friday, the office condemned"): the
    date of what was said in it."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.head.i != token.i:
        token = token.head
    return token is not None and lemma(token.head) in lexicon().classes.get("utterances", ())


def _where_clause(timex: Timex, index: Index) -> bool:
    """The timex is in a "where" clause ("flew to Manila, where on 30 July he pledged ..."): the story goes
    on there, it describes no noun."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "relcl" and any(lemma(c) in ("where", "when") for c in token.children)


def _dates_clause_of(timex: Timex, verb: Token, index: Index) -> bool:
    """Whether the timex belongs to the verb's clause or to one the verb is embedded in."""
    at = index.timex_head.get(timex.id)
    return at is None or at == verb.i or verb.doc[at] in verb.ancestors


def _bounds_a_span(span: Optional[Span]) -> bool:
    """The date is the object of a preposition of time relation ("since March", "until 2027", "after 4 June"):
    it bounds a state or span rather than dating an act."""
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj" and span.root.head.lower_ in TIME_PREPS


def _governing_up(verb: Token, index: Index) -> Optional[Timex]:
    """A timex of a clause this one is embedded in ("On Monday, Israel agreed to withdraw")."""
    head, steps = verb, 0
    while head.head.i != head.i and head.dep_ in ("xcomp", "conj", "advcl", "ccomp") and steps < 4:
        head = head.head
        steps += 1
        if head.i in index.timex_at:
            return index.timex_at[head.i]
    return None
