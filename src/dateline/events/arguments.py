"""What the readers of an event's arguments share: who and to whom (`participants.py`), where
(`location.py`) and when (`dating.py`) are read off the dependency parse with the same tools.

`Index` holds a document's resolved mentions, places and timexes for offset lookups (with the few place
and time tests it is built with); `Arguments` is what was found for one trigger; `np_span` and
`mention_for` turn a head word into a mention; `clause_verb` finds the clause an event is told in. The
function words (which preposition marks which argument) are in `data/arguments.yaml`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from .. import datafiles
from ..actors.dictionary import references
from ..annotations import Annotations, SpanIndex, tokens_where_any
from ..model import Location, Mention, Timex
from ..places import (bearings, body_named, dateline_end, item_datelines, item_labels, line_starts, named_person,
                      national_capital, people, settlement_words, ship_named)
from ..timex import DAY, background_year, bare_night, dated_heading, dispatch_end, entry_head
from ..readers.newsdateline import dateline_at
from ..signatures import line_start
from ..timex.normalise import is_stamp
from .triggers import VERB_TAGS, governing_verb, lemma, lexicon, with_conjuncts


@lru_cache(maxsize=1)
def argument_words() -> dict[str, list[str]]:
    """The function words of `data/arguments.yaml`, read once."""
    return datafiles.read(resources.files("dateline.events") / "data" / "arguments.yaml")


WORDS = argument_words()
NP_DROP = {"conj", "cc", "prep", "relcl", "acl", "appos", "punct", "advcl", "ccomp", "parataxis", "preconj", "case"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTY_PREPS = set(WORDS["party_prepositions"])
PLACE_PREPS = frozenset(WORDS["place_prepositions"])
SOURCE_PREPS = frozenset(WORDS["source_prepositions"])
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
OWNED_BODIES = frozenset(references()["owned_bodies"])
NAMED_DAY_HEADS = frozenset(WORDS["named_day_heads"])


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
        timexes = SpanIndex(dl.timexes)
        self.place_ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not _whose_attribute(e) and not people(e)
                           and not ship_named(e) and not body_named(e) and not _person_not_place(e, dl)
                           and not any(t.start <= e.start_char and e.end_char <= t.end
                                       for t in timexes.crossing(e.start_char, e.end_char))]
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
        datelines = item_datelines(doc)
        self.dateline_starts = {span.start_char for span in datelines}
        """Where paragraphs open with a dateline: the name is where the report was filed, in no clause."""
        opening = [line for line in (dateline_at(text, doc[i].idx) for i in sorted(line_starts(doc))) if line is not None]
        self.dateline_credits = [(span.start_char, dateline_end(doc, span)) for span in datelines] \
            + [(line.start, line.end) for line in opening]
        """(start, end) of each dateline with its date and agency ("Doha, October 18 (Agency) --", "Lagos (Agency) –")."""
        self.item_labels = item_labels(doc)
        """Names in title case that label a line before a colon ("Kherson: ..."), found once per document."""
        dispatches = [line for line in opening if line.date is not None]  # "Islamabad, October 12 (RNA) --" too
        lines = [dateline_at(text, start) for start in sorted(self.dateline_starts)] + [dl.source.dateline]
        self.dateline_spans = sorted({(line.start, line.end) for line in lines + dispatches if line is not None})
        """(start, end) of each dateline ("KYIV, July 3 (Wire) -"): its date is the day the report was filed."""
        self.dispatches = [(line.start, dispatch_end(text, line.start), t) for line in dispatches for t in self.timexes
                           if line.start <= t.start < line.end and DAY.fullmatch(t.value)]
        """(start, end, timex) of each dated dateline's report: the day it was filed, which dates what the report
        tells with no date of its own, as the published date dates a single report."""
        self._index_timexes()
        self.locations = SpanIndex([loc for loc in dl.locations if not self._named_day(loc)])
        self.headings = [(start, timex) for start, timex in _time_headings(doc, text, self.timexes)
                         if not self.in_dateline_span(timex.start)]  # a dispatch's dateline dates it by `filed`
        """(start, timex) of the time headings of a timeline ("Tuesday, 2 April.", "About 10:30 p.m."), in order."""

    def filing_date(self, timex: Timex) -> bool:
        """The timex is a live blog's time stamp, a notice's date line or a dateline's date: it dates its entry
        or report (see `date`), not the clause it was parsed into."""
        return timex.type == "TIME" and is_stamp(self.text, timex.start, timex.end) \
            or dated_heading(self.text, timex.start) \
            or self.in_dateline_span(timex.start)

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
                if head.pos_ in VERB_TAGS and not fronted_before_clause(span, head):
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
        on_head = [m for m in hits if m.start <= head.idx < m.end]
        # "Pro-Russian separatists", "Iran-backed militias": a name inside a stance or a patronage is not theirs
        hits = on_head or [m for m in hits if not sided_with(self.text, m.start, m.end)]
        if not hits:
            return None
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
        """A name that says which thing ("a US base", "the Berlin Process summit": also inside a longer name), not
        one that names an area ("the Bokkos area")."""
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        while root is not None and root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i \
                and root.head.ent_type_ not in ("GPE", "LOC", "FAC"):
            root = root.head
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

    def in_dateline_span(self, offset: int) -> bool:
        """Whether a character offset lies inside a dateline, the story's or a dispatch's."""
        return any(start <= offset < end for start, end in self.dateline_spans)

    def filed(self, offset: int) -> tuple[Optional[str], Optional[str]]:
        """The day the report holding `offset` was filed and the timex that says so: the date of the dateline of the
        dispatch it lies in ("Doha, October 18 (RNA) --"), else the published date (no timex)."""
        inside = [timex for start, end, timex in self.dispatches if start <= offset < end]
        return (inside[-1].value, inside[-1].id) if inside else (self.dl.published, None)

    def in_dateline_credit(self, offset: int) -> bool:
        """Whether an offset lies in a dateline's town, date or agency ("Doha, October 18 (Agency) --"): no participant."""
        return self.in_dateline_span(offset) or any(start <= offset < end for start, end in self.dateline_credits)

    def in_timex(self, offset: int) -> bool:
        """Whether a character offset lies inside a date or time expression."""
        i = bisect.bisect_right(self.timex_starts, offset) - 1
        return i >= 0 and offset < self.timexes[i].end

    def _named_day(self, loc: Location) -> bool:
        """A place the places reader took from a day's name ("Saba Saba Day"): no place."""
        span = self.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self.told_date(span[-1])

    def told_date(self, token: Token) -> bool:
        """A word of a phrase that is a day, though no timex covers it: a named day ("on Saba Saba Day", "on
        Madaraka Day": capitalised words before "Day" or "Eve"), or a day of another calendar that a date in
        brackets restates ("On 24 Khordad (14 June)", "on 1 Tishrei (3 October)"). When, never who or where."""
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        lo, hi = np_span(head)
        words = self.doc[lo:hi]
        if words[-1].text in NAMED_DAY_HEADS and len(words) > 1 and words[-2].text[:1].isupper():
            return True
        after = self.doc[hi] if hi < len(self.doc) else None
        if after is None or after.text != "(" or not any(w.like_num for w in words) \
                or not any(w.text[:1].isupper() for w in words if not w.like_num):
            return False
        inside = after.i + 1
        return inside < len(self.doc) and self.in_timex(self.doc[inside].idx)


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
            if child.dep_ in NP_DROP and not (child.dep_ == "prep" and child.lower_ == "of" and t.i == token.i) \
                    and not _close_apposition(child, t, token):
                continue
            if child.dep_ == "advmod" and child.i > t.i:
                continue  # "the tanker about 54 nautical miles southwest of Aden": where it was, not its name
            left, right = min(left, child.left_edge.i if child.dep_ in ("compound", "poss", "amod", "det", "nummod", "quantmod", "nmod") else child.i), max(right, child.i)
            stack.append(child)
    return left, right + 1


def _close_apposition(child: Token, head: Token, token: Token) -> bool:
    """A name set right after the noun it names, with no comma ("the bulk carrier Sea Lark", "the oil tanker Nordic
    Star"): one phrase, the name part of it."""
    return child.dep_ == "appos" and head.i == token.i and head.pos_ == "NOUN" and child.pos_ == "PROPN" \
        and child.left_edge.i == head.i + 1


STANCE_PREFIXES = frozenset(WORDS["stance_prefixes"])
PATRON_PARTICIPLES = frozenset(WORDS["patron_participles"])


def sided_with(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is the side of a hyphenated stance or patronage ("pro-Palestinian", "anti-Kremlin",
    "Iran-backed"), not the party it describes."""
    before = re.search(r"(\w+)-$", text[max(0, start - 12):start])
    after = re.match(r"-(\w+)", text[end:end + 14])
    return bool(before and before.group(1).lower() in STANCE_PREFIXES) \
        or bool(after and after.group(1).lower() in PATRON_PARTICIPLES)


STYLES = frozenset(references()["styles"])


def styled_name(token: Token) -> Token:
    """The name a style of address is said of ("His Excellency Khalid Ahmed", "H.E. Ana Lopez"): the person meant, whom
    the parser hangs on the style as an apposition; a style with no name beside it stays as it is."""
    if token.lower_ not in STYLES:
        return token
    return next((c for c in token.rights if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), token)


def mention_for(token: Token, index: Index) -> Mention:
    token = styled_name(token)
    start, end = np_span(token)
    doc = token.doc
    # a leading determiner or possessive pronoun is not part of the actor's name
    # ... nor is a date the parser took into the phrase ("On 4 November Kyiv's forces clashed"), nor a wire
    # dateline ("TURBAT, Pakistan (Agency) - Insurgents stormed"), nor a thread's or a list's mark before it ("↳ Noboa")
    while start < end - 1 and (doc[start].dep_ in ("det", "punct", "cc") or doc[start].is_space
                               or (start < token.i and not any(ch.isalnum() for ch in doc[start].text))
                               or (start < token.i and (index.in_timex(doc[start].idx)
                                                        or index.in_dateline_credit(doc[start].idx)))):
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].dep_ == "punct"):
        end -= 1
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    resolved = index.mention(s, e, token)
    return Mention(text=index.text[s:e], start=s, end=e, actor=resolved.actor if resolved else None)


def own_forces_moved(verb: Token) -> list[Token]:
    """The doer's own forces a verb moves ("pulled its troops out", "withdrew the last Israeli troops")."""
    forces = frozenset(references()["military_nouns"])
    return [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)
            if lemma(t) in forces or t.lower_ in forces]


def clause_verb(token: Token) -> Token:
    if token.pos_ in VERB_TAGS:
        return token
    return governing_verb(token) or token.sent.root


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


AIMED_PREPS = set(WORDS["aimed_prepositions"])

DEFINITE = set(WORDS["definite_determiners"])
ANAPHORA_REACH = 2000

GOAL_PREPS = frozenset(WORDS["goal_prepositions"])


def _person_not_place(ent, dl: Annotations) -> bool:
    """A name tagged a place that no gazetteer placed and that is a person's last name ("at Mondlane")."""
    return not any(loc.start == ent.start_char for loc in dl.locations) and named_person(ent, dl)


def _of_settlement(token: Token, nouns: frozenset) -> bool:
    """The token is the name in "the village of X", "the town of X": a capitalised word in the "of" phrase
    of one of the settlement words given."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in nouns \
        and token.text[:1].isupper()


TIME_PREPS = set(WORDS["time_prepositions"])
RANGE_OPENERS = frozenset(WORDS["range_openers"])


def _kind(loc: Location, index: Index) -> Optional[str]:
    """The kind of place a location resolved to (country, region, city, site), if it resolved."""
    place = index.dl.places.get(loc.place) if loc.place else None
    return place.kind if place is not None else None


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


def _when(token: Token) -> bool:
    """A phrase's object that tells when: a date or time ("on Monday"), or a count of occasions ("for
    the first time")."""
    return token.ent_type_ in ("DATE", "TIME") or any(c.ent_type_ == "ORDINAL" for c in token.children)


def _street(token: Token) -> bool:
    """The word ends a street's or square's name ("Harbour Road", "Freedom Square"): "on" it says where."""
    return token.pos_ == "PROPN" and token.lower_ in settlement_words("street_nouns") \
        and any(c.dep_ == "compound" and c.i < token.i for c in token.children)


def numbered_unit(token: Token) -> bool:
    """A level word with a number before its name is a military unit, not a division of a country ("the army's
    17th Infantry Division", "the 3rd Division")."""
    return any(t.ent_type_ == "ORDINAL" or t.text[:1].isdigit() for t in token.lefts)


def _named_settlements(span: Span, index: Index) -> Iterable[Location]:
    kinds = settlement_words("settlement_kinds")
    divisions = settlement_words("province_nouns") | settlement_words("district_nouns")
    # both rules ask a noun or a name: a division word, or a name that is no part of a longer one
    for token in tokens_where_any(span, ("LOWER", divisions.__contains__),
                                  ("LEMMA", lambda value: value.lower() in divisions), ("POS", "PROPN".__eq__)):
        if token.pos_ in ("NOUN", "PROPN") and (token.lower_ in divisions or lemma(token) in divisions) \
                and token.dep_ == "pobj":
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names and not numbered_unit(token):
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


HEADING_LENGTH = 8


def _time_headings(doc: Doc, text: str, timexes: list[Timex]) -> list[tuple[int, Timex]]:
    """The sentences that open a paragraph and only say when ("Tuesday, 2 April.", "About 10:30 p.m."), and the
    day dates and post stamps that stand as a line of their own ("## 16 June", even where the parser joins it to
    the title above; "#4410 · 31.05 · 23:41"; "UPDATE 03 | 08 May 2025, 1800 hrs"): a timeline's headings, each dating the paragraphs under it that name
    no date of their own."""
    found = [(t.start, t) for t in timexes if entry_head(text, t.start, t.end, t.value) or _run_in_day(text, t)]
    starts = [t.start for t in timexes]
    for sent in doc.sents:
        opens = sent.start_char == 0 or _opens_line(text, sent.start_char)
        if not opens or len(sent) > HEADING_LENGTH or any(t.pos_ in VERB_TAGS or t.pos_ == "AUX" for t in sent):
            continue
        i = bisect.bisect_left(starts, sent.start_char)
        inside = [x for x in timexes[i:] if x.start < sent.end_char]
        if inside and all(inside[-1] is not timex for _, timex in found) and not _title_about(doc, inside[-1]):
            found.append((sent.start_char, inside[-1]))
    return sorted(found, key=lambda pair: pair[0])


#: what follows a run-in day head ("12 SEP. Poland closed ...", "09/10 SEP. Russia launched ..."): its full stop, then
#: the first sentence under it.
RUN_IN_TAIL = re.compile(r"\.?[ \t]+(?=[A-Z])")


def _run_in_day(text: str, timex: Timex) -> bool:
    """A day, or a night of two days, that opens a paragraph as a run-in head closed by a full stop (a bulletin's
    "10 SEP. Prime Minister Tusk invoked ..."): like a heading on a line of its own, it dates what follows under it
    with no date of its own, the next paragraphs too, until the next head."""
    if DAY.match(timex.value) is None or not (timex.start == 0 or _opens_line(text, timex.start)):
        return False
    closed = text[timex.end - 1] == "." or text.startswith(".", timex.end)
    return closed and RUN_IN_TAIL.match(text, timex.end) is not None


def _opens_line(text: str, offset: int) -> bool:
    """Only spaces and tabs stand between the offset and the line break before it (what
    `text[:offset].rstrip(" \t").endswith("\n")` says): read from the break back, not from a copy of all the text
    before each sentence, which made a long transcript cost the square of its length."""
    start = line_start(text, offset)
    return start > 0 and not text[start:offset].strip(" \t")


def _title_about(doc: Doc, timex: Timex) -> bool:
    """The day is named inside a crosshead's phrase about something else ("The road to Thursday", "Hopes for
    Friday"): the line is a title, not a time heading over the paragraphs below."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "to Thursday**": the parser may make the closing marks the phrase's head
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
        and not span.start <= prep.head.i < span.end


def _year_of_a_thing(timex: Timex, index: Index) -> bool:
    """A year that says which thing is meant ("his first trip since the 2021 coup"), not when the clause's act was."""
    return len(timex.value) == 4 and timex.value.isdigit() and background_year(index.doc, timex.start, timex.end)


def _bounds_a_span(span: Optional[Span]) -> bool:
    """The date is the object of a preposition of time relation ("since March", "until 2027", "after 4 June"), or
    opens a range ("Between 2 April and that day allied aircraft had struck scores of targets"): it bounds a state or span rather
    than dating an act."""
    return span is not None and len(span) > 0 and (
        span.root.dep_ == "pobj" and span.root.head.lower_ in TIME_PREPS
        or span.start > 0 and span.doc[span.start - 1].lower_ in RANGE_OPENERS)


def fronted_before_clause(span: Span, verb: Token) -> bool:
    """The date stands before the subordinator of the adverbial clause the parser hung it on ("On 3 May, after
    rockets were launched at the base, the army bombed a village"): it is fronted to the main clause, which it dates (the
    parser may take the clause for an object one)."""
    return verb.dep_ in ("advcl", "ccomp") and verb.head.i != verb.i and any(
        c.dep_ == "mark" and c.i >= span.end for c in verb.children)
