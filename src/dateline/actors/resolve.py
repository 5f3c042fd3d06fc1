"""Resolving a document's names, titles, pronouns and descriptions to actors.

Four steps, each a single pass: dictionary names and surnames (two PhraseMatchers built
once); unknown PERSON/ORG entities as document-local actors; office titles ("the Israeli
prime minister" -> the holder on the published date, else the government); then pronouns
and definite descriptions ("he", "the group", "its forces") -> the last salient actor of
a compatible kind.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..annotations import Annotations, document_text, sentences, token_indices, tokens_where
from ..model import Actor, Mention
from .affiliation import Affiliations
from .dictionary import Dictionary, Entry, fold, references
from .turns import listed_speaker, turn_labels

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COPULAS = set(references()["copulas"])
PLURAL = set(references()["plural_pronouns"])
INDEFINITE = set(references()["indefinite_determiners"])
LEGAL_FORMS = {fold(form) for form in references()["legal_forms"]}
NAME_LABELS = {"PERSON", "ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}  # what the tagger may call a given name it does not know
LOOKBACK_SENTENCES = 4
SURNAME = "surname:"
TITLE = "title:"
FOLDED_TEXT = "actors.folded_text"


@dataclass
class Found:
    """A resolved stretch of tokens [start, end) and the actor it names."""

    start: int
    end: int
    actor: str
    kind: str
    country: Optional[str] = None
    local: bool = False
    """A document-local actor: a name the tagger found and the dictionary lacks."""


class Resolver:
    """Matchers and tables built once per pipeline; `__call__` resolves one document."""

    def __init__(self, nlp: Language, dictionary: Dictionary):
        self.dictionary = dictionary
        refs = references()
        self.pronouns: dict[str, list[str]] = refs["pronouns"]
        self.descriptions: dict[str, list[str]] = refs["descriptions"]
        self.military_nouns = set(refs["military_nouns"])
        self.locative = set(refs["locative"])
        self.honorifics = set(refs["honorifics"])
        self.title_ranks = set(refs["title_ranks"])
        self.personal_honorifics = set(refs["personal_honorifics"])
        self.not_actors = set(refs["not_actors"])
        self.debate_honorifics = set(refs["debate_honorifics"])
        self.debate_members = set(refs["debate_members"])
        self.place_nouns = set(refs.get("place_nouns", ()))
        self.buildings = set(refs.get("buildings", ()))
        self.owned_bodies = set(refs["owned_bodies"])
        self.member_nouns = set(refs["member_nouns"])
        self.member_heads = set(refs["member_heads"])
        self.person_nouns = set(refs.get("person_nouns", ()))
        from ..places.gazetteer import load as gazetteer  # places reads actor data: import late
        self.gazetteer = gazetteer()
        self.cased: dict[str, bool] = {}
        self.titles: dict[str, list[str]] = {}
        for title, variants in dictionary.titles.items():
            for variant in variants:
                self.titles.setdefault(fold(variant), []).append(title)
        self.title_words = {word for key in self.titles for word in key.split()}
        self.title_heads = {key.split()[-1] for key in self.titles if not set(key.split()) & self.locative}
        """The nouns that end a title ("minister", "spokesman", "ambassador"), not "state" in "secretary of state"."""
        self.affiliations = Affiliations(dictionary, self.title_heads)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces: dict[str, str] = {}
        for entry in dictionary.entries.values():
            for name in list(entry.names()) + entry.metonyms:
                surfaces.setdefault(name, fold(name))
            if entry.surname:
                surfaces.setdefault(entry.surname, SURNAME + fold(entry.surname))
        by_key: dict[tuple[str, bool], list] = {}
        texts = list(surfaces)
        for text, doc in zip(texts, nlp.tokenizer.pipe(texts)):
            key = surfaces[text]
            exact = key.startswith(SURNAME) or not any(c.islower() for c in text)
            self.cased[key] = self.cased.get(key, False) or any(c.isupper() for c in text)
            by_key.setdefault((key, exact), []).append(doc)
        for (key, exact), docs in by_key.items():
            (self.orth if exact else self.lower).add(key, docs)
        variants = sorted(set(self.titles) | {v for vs in dictionary.titles.values() for v in vs})
        for variant, doc in zip(variants, nlp.tokenizer.pipe(variants)):  # "secretary-general" as written too
            self.title_matcher.add(TITLE + fold(variant), [doc])

    def __call__(self, doc: Doc, dl: Annotations) -> None:
        found = self._names(doc, dl)
        found += self._local(doc, dl, found)
        found = self._titles(doc, dl, found)
        found = self._outside_scripture(doc, dl, found)
        self.affiliations(doc, dl, found)
        text = document_text(doc)  # spaCy rebuilds `doc.text` from every token on each access
        labels = turn_labels(text)
        speakers = {}
        for item in found:
            at = _inside(labels, doc[item.start].idx)
            if at is not None and (not item.local or _named_in_mixed_case(doc, item, labels[at])):
                speakers.setdefault(at, item.actor)
        listed = [(doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1]), f.actor) for f in found
                  if f.kind == "person" and labels and doc[f.start].idx < labels[0][0]]
        local = {f.actor for f in found if f.local}
        for i, (start, end) in enumerate(labels):
            if _answer(text[start:end]):
                speakers.setdefault(i, _introduced(doc, found, labels[0][0]))
            elif speakers.get(i) is None:
                speakers[i] = self._label_speaker(text[start:end]) or listed_speaker(text, text[start:end], listed)
            elif speakers[i] in local:  # a name the tagger read in the label ('Q3 Fiona Greaves'): the one listed
                speakers[i] = listed_speaker(text, text[start:end], listed) or speakers[i]
        members = self._members(doc, labels, speakers)
        found = [f for f in found if not any(m.start < f.end and f.start < m.end for m in members)] + members
        # a label names who speaks, not whom the turn's pronouns stand for
        found += self._references(doc, [f for f in found if _inside(labels, doc[f.start].idx) is None])
        found += self._body_members(doc, found)
        dl.turns.extend((start, end, speakers.get(i)) for i, (start, end) in enumerate(labels))
        if not labels:
            dl.turns.extend(_interview_turns(doc, text, found))
        for item in sorted(found, key=lambda f: (f.start, -f.end)):
            if _inside(labels, doc[item.start].idx) is not None:
                continue  # who speaks the turn, not an actor the turn mentions
            span = doc[item.start:item.end]
            dl.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char, actor=item.actor))
            if item.actor not in dl.actors:
                dl.actors[item.actor] = self.dictionary[item.actor].actor()
        for actor in dict.fromkeys(a for _, _, a in dl.turns if a and a not in dl.actors):  # in turn order
            dl.actors[actor] = self.dictionary[actor].actor()
        mentioned = {m.actor for m in dl.mentions} | set(speakers.values())
        for item in found:  # a name only a turn label gave ("KIRBY") is no actor of the document
            if item.local and item.actor not in mentioned:
                dl.actors.pop(item.actor, None)
        dl.mentions.sort(key=lambda m: (m.start, -m.end))

    def _members(self, doc: Doc, labels: list[tuple[int, int]], speakers: dict) -> list[Found]:
        """'the right hon. Gentleman', 'my hon. Friend': in a debate turn, the member answered (the last
        earlier turn's speaker other than this turn's); 'the hon. Member for Leicester South': the member
        whose label names that seat."""
        out = []
        for token in tokens_where(doc, "LOWER", self.debate_members.__contains__):
            if token.lower_ not in self.debate_members or token.i == 0 or doc[token.i - 1].lower_ not in self.debate_honorifics:
                continue
            start = token.i
            while start > 0 and doc[start - 1].lower_ in self.debate_honorifics:
                start -= 1
            if start > 0 and doc[start - 1].lower_ in ("the", "my"):
                start -= 1
            end, seat = token.i + 1, None
            if token.lower_ == "member" and end < len(doc) and doc[end].lower_ == "for":
                stop = end + 1
                while stop < len(doc) and doc[stop].pos_ == "PROPN":
                    stop += 1
                seat = fold(doc[end + 1:stop].text) if stop > end + 1 else None
                end = stop if seat else end
            turn = max((i for i, (s, _) in enumerate(labels) if s <= token.idx), default=None)
            if seat is not None:
                text = document_text(doc)
                actor = next((speakers.get(i) for i, (s, e) in enumerate(labels) if f"({seat})" in fold(text[s:e])),
                             None)
            elif end < len(doc) and doc[end].lower_ == "the":
                actor = None  # 'my right hon. Friend the Prime Minister': the words after say who
            elif turn is not None:
                actor = next((speakers.get(i) for i in range(turn - 1, -1, -1)
                              if speakers.get(i) not in (None, speakers.get(turn))), None)
            else:
                actor = None
            if actor is not None:
                out.append(Found(start, end, actor, "person"))
        return out

    def _body_members(self, doc: Doc, found: list[Found]) -> list[Found]:
        """The members of a body speak as the body: "the Council's members", "members of the Council",
        "EU member states" (a state's delegation is left to `owned_bodies`: the state speaks through it)."""
        out = []
        bodies = [f for f in found if f.kind == "organization"]
        by_end = {f.end: f for f in bodies}
        by_start = {f.start: f for f in bodies}
        for token in tokens_where(doc, "POS", "NOUN".__eq__):
            if token.lemma_.lower() not in self.member_nouns or token.pos_ != "NOUN":
                continue
            end = token.i + 1
            if end < len(doc) and doc[end].lower_ in self.member_heads:
                end += 1
            owner = by_end.get(token.i)
            if owner is None and token.i > 0 and doc[token.i - 1].tag_ == "POS":
                owner = by_end.get(token.i - 1)
            start = owner.start if owner is not None else token.i
            if owner is None and end < len(doc) and doc[end].lower_ == "of":
                after = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
                owner = by_start.get(after)
                end = owner.end if owner is not None else end
            if owner is None:
                continue
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            out.append(Found(start, end, owner.actor, owner.kind, owner.country, owner.local))
        return out

    def _label_speaker(self, label: str) -> Optional[str]:
        """'MR. KIRBY', 'SECRETARY BLINKEN': a label in capitals (which hide names from the tagger)
        that names a known person by full name or, after an honorific or title, by surname; in a
        debate's label the name may stand in a bracket ('The Secretary of State ... (Mr David Lammy)')."""
        for part in re.split(r"[()]", label):
            words = [w for w in part.split() if fold(w) not in self.honorifics]
            if not words:
                continue
            entry = self.dictionary.lookup(" ".join(words)) or self.dictionary.lookup(words[-1])
            if entry is not None and entry.kind == "person":
                return entry.id
        return None

    # -- names -------------------------------------------------------------------------

    def _names(self, doc: Doc, dl: Annotations) -> list[Found]:
        strings = doc.vocab.strings
        candidates = []
        for match_id, start, end in self.lower(doc):
            key = strings[match_id]
            if self.cased.get(key) and not any(c.isupper() for c in doc[start:end].text):
                continue
            candidates.append((start, end, key))
        for match_id, start, end in self.orth(doc):
            if not _shouting(doc, start, end):
                candidates.append((start, end, strings[match_id]))
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(len(doc))
        persons = {(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"}
        person_tokens = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        accepted = []
        for start, end, key in candidates:
            if any(taken[start:end]):
                continue
            if key.startswith(SURNAME):
                entry = self._surname(doc, dl, start, end, key[len(SURNAME):], accepted)
                before = doc[start - 1].lower_ if start > 0 else ""
                if entry is not None and before in self.honorifics and before not in self.title_words \
                        and not taken[start - 1]:
                    start -= 1
            else:
                entry = self._name(doc, start, end, key, accepted)
                if entry is not None and entry.kind != "person" and (
                        (start in person_tokens and (start, end) not in persons) or self._given_name(doc, start, end)):
                    entry = None  # "Jordan" inside "Michael Jordan", "Wagner" in "Thérèse Kayikwamba Wagner"
                elif entry is not None and entry.kind != "person" and _inside_longer_name(doc, start, end):
                    entry = None
            if entry is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            accepted.append(Found(start, end, entry.id, entry.kind, entry.country))
        accepted.sort(key=lambda f: f.start)
        return self._qualified(accepted) + self._nested(doc, accepted)

    def _nested(self, doc: Doc, accepted: list[Found]) -> list[Found]:
        """Names inside a longer name keep their own referent: "Israeli" in "Israeli troops"."""
        starts = [f.start for f in accepted]
        nested = []
        for ent in doc.ents:
            i = bisect.bisect_right(starts, ent.start) - 1
            if i < 0 or accepted[i].end < ent.end or (accepted[i].start, accepted[i].end) == (ent.start, ent.end):
                continue
            ids = self.dictionary.index.get(fold(ent.text))
            if ids and ids[0] != accepted[i].actor:
                entry = self.dictionary[ids[0]]
                nested.append(Found(ent.start, ent.end, entry.id, entry.kind, entry.country))
        return nested

    def _name(self, doc: Doc, start: int, end: int, key: str, accepted: list[Found]) -> Optional[Entry]:
        ids = self.dictionary.index.get(key, [])
        if not ids:
            return None
        if key in self.dictionary.metonyms and self._placed(doc, start, end):
            names = [i for i in ids if key not in map(fold, self.dictionary[i].metonyms)]
            if not names:
                return None  # "in Washington" is the place, not the government
            ids = names
        if key in self.dictionary.readings:  # "Congo": the reading the document's other names point to
            return self.dictionary.get(self.dictionary.readings.choose(key, _folded_text(doc))) or self.dictionary[ids[0]]
        seen = {f.actor for f in accepted}
        return self.dictionary[next((i for i in ids if i in seen), ids[0])]

    def _given_name(self, doc: Doc, start: int, end: int) -> bool:
        """A group's or state's name is a person's surname after given names, capitalised words joined to it
        that name no actor, place, people, title or honorific: two of them ("Thérèse Kayikwamba Wagner"), or
        one or none after a personal honorific ("Mr Wagner"); one alone may be an epithet ("Islamist Hamas")."""
        i = start - 1
        while i >= 0 and self._given(doc[i], start, end):
            i -= 1
        given = start - 1 - i
        return given >= 2 or (i >= 0 and doc[i].lower_ in self.personal_honorifics and doc[i].text[:1].isupper())

    def _given(self, token, start: int, end: int) -> bool:
        word = fold(token.text)
        return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN") and token.ent_type_ != "NORP" \
            and token.dep_ == "compound" and start <= token.head.i < end and word not in self.honorifics \
            and word not in self.title_words and word not in self.dictionary.index \
            and word not in self.dictionary.surnames and self.gazetteer.lookup(token.text) is None

    def _placed(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name is used as a place: after a locative preposition, directly or as a conjunct."""
        i = start - 1
        while i > 1 and doc[i].lower_ in ("and", "or", ",") and doc[i - 1].ent_type_ in ("GPE", "LOC"):
            i -= 1
            while i > 0 and doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1  # "in Doha and Cairo": back over the coordinated places
        if i >= 0 and doc[i].lower_ in self.locative:
            return True
        token = doc[start:end].root
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return True  # "the Beirut strike"
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in self.locative

    def _surname(self, doc: Doc, dl: Annotations, start: int, end: int, key: str,
                 accepted: list[Found]) -> Optional[Entry]:
        """A known person's surname, unless a first name of someone else stands before it, or it is itself a first
        name: a name the tagger reads as one person's goes on after it ("Jean-Pierre Kabeya")."""
        if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" and doc[end].is_title \
                and doc[end].pos_ == "PROPN":
            return None
        if start > 0:
            before = doc[start - 1]
            if before.is_title and before.pos_ == "PROPN" and before.lower_ not in self.honorifics \
                    and before.lower_ not in self.title_words:
                return None  # "Hunter Biden" is not Joe Biden
        ids = self.dictionary.surnames.get(key, [])
        if not ids:
            return None
        seen = {f.actor for f in accepted}
        known = [i for i in ids if i in seen]
        if known:
            return self.dictionary[known[-1]]
        serving = [i for i in ids if any(o.held_on(dl.published) for o in self.dictionary[i].offices)]
        return self.dictionary[(serving or ids)[0]]

    def _qualified(self, found: list[Found]) -> list[Found]:
        """A demonym before a generic force or government name qualifies it: "Russian occupation forces"."""
        for before, item in zip(found, found[1:]):
            if before.end == item.start and before.kind == "state" and item.kind in ("government", "military") \
                    and item.country != before.country:
                state = self.dictionary[before.actor]
                entry = self.dictionary.government(state) if item.kind == "government" else self.dictionary.military(state)
                if entry is not state:
                    item.actor, item.country = entry.id, entry.country
        return found

    @staticmethod
    def _outside_scripture(doc: Doc, dl: Annotations, found: list[Found]) -> list[Found]:
        """A book named in a scripture reference ("Surah Al-Hujurat 49:13", "(Isaiah 2:4)", "Sahih Muslim 2564")
        is no one who acts: names inside a reference are dropped, with the local actor only they made."""
        references = [(r.start, r.end) for r in dl.scripture]  # the scripture component runs first
        inside = [f for f in found if any(s < doc[f.end - 1].idx + len(doc[f.end - 1]) and doc[f.start].idx < e
                                          for s, e in references)]
        kept = [f for f in found if f not in inside]
        still = {f.actor for f in kept}
        for item in inside:
            if item.local and item.actor not in still:
                dl.actors.pop(item.actor, None)
        return kept

    # -- document-local actors ---------------------------------------------------------

    def _local(self, doc: Doc, dl: Annotations, found: list[Found]) -> list[Found]:
        """Unknown people and organisations get an id of their own, shared by their later mentions: a
        person's surname alone ("Ortega" after "Luz Marina Ortega"), the name without a middle initial
        ("Andrew Cuomo" after "Andrew M. Cuomo"), or a given name after a form of address ("Sister Amina"
        after "Amina Yusuf") names the person named in full before."""
        covered = bytearray(len(doc))
        for f in found:
            covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        names: dict[tuple[str, str], str] = {}
        local = []
        times = [(t.start, t.end) for t in dl.timexes]
        for ent in list(doc.ents) + _described_people(doc, self.person_nouns) + self._addressed_people(doc):
            if ent.label_ not in NAME_LABELS or any(covered[ent.start:ent.end]):
                continue
            if any(start <= ent.start_char and ent.end_char <= end for start, end in times):
                continue  # "09:40 GMT": a time zone inside a clock time, no one who acts
            ent = _owner(self._whole_name(doc, ent, covered))
            tokens = [t for t in ent if t.lower_ not in self.honorifics and t.lower_ != "the" and not t.is_punct
                      and t.tag_ != "POS"]  # "Tony Blair's": the possessive is no part of the name
            if not tokens or not tokens[0].text[:1].isupper():
                continue
            if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "(" and \
                    ent.end < len(doc) and doc[ent.end].text in (".", ")"):
                continue  # "(Laughter.)" in a transcript
            honoured = self._honoured(ent)
            kind = "person" if ent.label_ == "PERSON" or self._titled(ent) or honoured or _aged(doc, ent) \
                or (fold(ent[-1].text) in self.dictionary.index and self._given_name(doc, ent.end - 1, ent.end)) \
                else "organization"
            if self._not_actor(ent, tokens, kind) or self._listed_place(doc, ent):
                continue
            written = " ".join(t.text for t in tokens)
            plain = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and _initial(t))]
            key = fold(" ".join(t.text for t in plain))
            actor_id = names.get(("person", key)) if len(plain) == 1 else None
            if actor_id is None and len(plain) == 1 and honoured:
                actor_id = names.get(("given", key))  # "Sister Amina" after "Amina Yusuf"
            actor_id = actor_id or names.get((kind, key)) or (names.get(("initials", key)) if kind == "organization" else None)
            if actor_id is None:
                actor_id = dl.new_id("a")
                dl.actors[actor_id] = Actor(id=actor_id, name=written, kind=kind)
                names[(kind, key)] = actor_id
                if kind == "organization" and _initials(tokens):
                    names.setdefault(("initials", _initials(tokens)), actor_id)  # "GHF" after "Gaza Humanitarian Foundation"
                if kind == "organization" and len(tokens) > 1 and fold(tokens[-1].text) in LEGAL_FORMS:
                    # "Skagerak Line ASA": the company is "Skagerak Line" too, as its calls and reports write it
                    short = " ".join(t.text for t in tokens[:-1]).rstrip(",")
                    dl.actors[actor_id].aliases.append(short)
                    names.setdefault((kind, fold(short)), actor_id)
                if kind == "person" and len(plain) > 1:
                    for surname in _surnames(plain):
                        names.setdefault((kind, surname), actor_id)
                    given = ("given", fold(plain[0].text))
                    names[given] = actor_id if given not in names else ""  # two people of one given name: neither
            actor = dl.actors[actor_id]
            for alias in (written, " ".join(t.text for t in plain)) if len(plain) > 1 else ():
                if alias not in (actor.name, *actor.aliases):
                    actor.aliases.append(alias)
            local.append(Found(ent.start, ent.end, actor_id, kind, local=True))
            covered[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        return local + _untagged_surnames(doc, names, local, covered)

    def _whole_name(self, doc: Doc, ent: Span, covered: bytearray) -> Span:
        """The name the tagger clipped: a person's given names it left outside a surname ("Luz Marina" of "Luz
        Marina Ortega", capitalised words joined to the name that are no honorific or title), an organisation's
        leading number word ("the Five Borough Data Project")."""
        start = ent.start
        if ent.label_ == "PERSON" and len(ent) == 1:  # a surname alone: "Cantor Miriam Feldhaus" keeps its post out
            while start > 0 and not covered[start - 1] and self._clipped_given(doc[start - 1], ent):
                start -= 1
        elif start > 1 and doc[start - 1].like_num and doc[start - 1].is_alpha and doc[start - 1].is_title \
                and doc[start - 2].lower_ == "the" and not covered[start - 1]:
            start -= 1
        return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)

    def _clipped_given(self, token, ent: Span) -> bool:
        """A capitalised word the tagger left outside a person's name, joined to it, that names no actor, post,
        people or sizeable place ("Marina" is a small town's name too, "Mayor" a post)."""
        word = fold(token.text)
        place = self.gazetteer.lookup(token.text)
        return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ \
            and token.dep_ == "compound" and ent.start <= token.head.i < ent.end \
            and word not in self.honorifics and word not in self.title_words and word not in self.affiliations.roles \
            and word not in self.dictionary.index and (place is None or place.kind == "city" and place.population < 100_000)

    def _listed_place(self, doc: Doc, ent: Span) -> bool:
        """A name listed with places after a locative preposition is a place the tagger took for a person or
        body: "in Punjab and Azad Jammu and Kashmir"."""
        return ent.start > 0 and doc[ent.start - 1].lower_ in ("and", "or") and self._placed(doc, ent.start, ent.end)

    def _titled(self, ent: Span) -> bool:
        """A name set beside an office or a noun of people is a person's, whatever the tagger called it: 'Kimberly
        Cheatle, the director of the Secret Service', 'Russia's deputy ambassador, Dmitry Polyanskiy', 'our editor,
        Daniel Mistry', 'Marcus, a purser' (`references.yaml: person_nouns`)."""
        root = ent.root
        return any(c.dep_ == "appos" and c.i >= ent.end and (c.lower_ in self.title_words or c.lemma_.lower() in self.person_nouns)
                   for c in root.children) \
            or (root.dep_ == "appos" and root.head.i < ent.start
                and (root.head.lower_ in self.affiliations.roles or root.head.lemma_.lower() in self.person_nouns))

    def _addressed_people(self, doc: Doc) -> list[Span]:
        """Names the tagger missed after a form of address only people take: 'Imam Abdullahi Musa' (one to
        three capitalised words that are no person's or body's name to the tagger)."""
        out = []
        for token in tokens_where(doc, "LOWER", self.personal_honorifics.__contains__):
            if token.lower_ not in self.personal_honorifics or not token.text[:1].isupper():
                continue
            end = token.i + 1
            if end < len(doc) and doc[end].text == ".":
                end += 1
            start = end
            while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end].ent_type_ not in NAME_LABELS:  # "Ustadha Maryam" the tagger took for a place
                end += 1
            if end > start:
                out.append(Span(doc, start, end, label="PERSON"))
        return out

    def _honoured(self, ent: Span) -> bool:
        """A name after a form of address only people take is a person's, whatever the tagger called it:
        'Sister Halima Bello', 'spokesman Olumuyiwa Adejobi'."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return ent[0].lower_ in self.personal_honorifics or (
            before is not None and (before.lower_ in self.personal_honorifics or before.lower_ in self.title_heads))

    def _not_actor(self, ent: Span, tokens: list, kind: str) -> bool:
        """Laws, bare titles and places the tagger took for a name: "the CHIPS Act", "Supreme", "Idaho",
        "the Netzarim junction"."""
        if all(t.lower_ in self.title_words for t in tokens):
            return True
        if kind == "person" and (tokens[-1].lower_ in self.place_nouns | self.buildings or _elliptical(ent)):
            return True  # "St Peter's Basilica", "St Monica's hosted a vigil": a place named for a person
        if kind == "organization" and tokens[-1].lower_ in self.not_actors:
            return True
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            root = root.head  # "the resort of El Alamein"
        if root.dep_ in ("compound", "prep") and root.head.lemma_.lower() in self.place_nouns:
            return True  # "the Netzarim junction", "the resort of El Alamein": the name of a place
        place = self.gazetteer.lookup(ent.text)
        return place is not None and (kind == "organization" or place.kind != "city" or place.population >= 100_000
                                      or place.key.startswith("site:"))

    # -- office titles -----------------------------------------------------------------

    def _titles(self, doc: Doc, dl: Annotations, found: list[Found]) -> list[Found]:
        """ "the Israeli prime minister", "Hamas's leader", "President Biden": the office and its holder."""
        by_end = {f.end: f for f in found}
        by_start = {f.start: f for f in found}
        covered = bytearray(len(doc))
        for f in found:
            covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        strings = doc.vocab.strings
        matches = sorted(self.title_matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
        used = bytearray(len(doc))
        extra = []
        introduced: list[tuple[int, set, Found]] = []  # titles set in apposition to a person's name
        for match_id, start, end in matches:
            if any(covered[start:end]) or any(used[start:end]):
                continue
            used[start:end] = b"\x01" * (end - start)
            if start > 0 and doc[start - 1].lower_ in self.title_ranks:
                continue  # "the Deputy Prime Minister" holds another office than the prime minister's
            titles = self.titles[strings[match_id][len(TITLE):]]
            owner = by_end.get(start)
            if owner is None and start > 0 and doc[start - 1].lower_ in ("'s", "'"):
                owner = by_end.get(start - 1)
            span_end = end
            if owner is None and end + 1 < len(doc) and doc[end].lower_ == "of":
                after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                owner = by_start.get(after)
                span_end = owner.end if owner else end
            first = owner.start if owner and owner.start < start else start
            if first > 0 and doc[first - 1].lower_ == "the":
                first -= 1
            named = by_start.get(span_end)
            if named is not None and named.kind == "person":
                joined = first if owner is None or owner.start < start else start
                extra.append(Found(joined, named.end, named.actor, named.kind, named.country, named.local))
                continue  # "Prime Minister Benjamin Netanyahu": the title joins the name, which stays too
            if owner is None:
                named_at = end + 1
                while named_at < len(doc) and doc[named_at].lower_ in self.honorifics:
                    named_at += 1  # "the Spokesperson, Ambassador X"
                appositive = (by_start.get(end + 1) or by_start.get(named_at)) \
                    if named_at < len(doc) and doc[end].text in ",(" else None  # (a name may keep its "Ms")
                if first < start and appositive is not None and appositive.kind == "person":
                    introduced.append((start, set(titles), appositive))
                    continue  # "the spokesperson, Stéphane Dujarric", "the President (Ms Ana Ruiz)": who holds it
                if first < start and (end == len(doc) or doc[end].pos_ not in ("PROPN", "NOUN", "ADP")):
                    person = next((f for at, held, f in sorted(introduced, key=lambda i: -i[0])
                                   if at < start and held & set(titles)), None)
                    if person is not None:  # "the Spokesperson, Ambassador X ... The Spokesperson noted"
                        extra.append(Found(first, end, person.actor, person.kind, person.country, person.local))
                        continue
                    holder = self._bare_title(titles, found, start, dl.published)
                    if holder is not None:
                        extra.append(Found(first, end, holder.id, holder.kind, holder.country))
                continue
            if owner.actor not in self.dictionary.entries:
                continue
            of = self.dictionary[owner.actor]
            holder = None if _indefinite(doc[end - 1]) else self._holder(titles, of, dl.published)
            entry = holder or self.dictionary.government(of)
            extra.append(Found(first, span_end, entry.id, entry.kind, entry.country))
        return found + extra

    def _holder(self, titles: list[str], of: Entry, date: Optional[str]) -> Optional[Entry]:
        return next((h for h in (self.dictionary.holder(t, of, date) for t in titles) if h), None)

    def _bare_title(self, titles: list[str], found: list[Found], start: int, date: Optional[str]) -> Optional[Entry]:
        """ "the president": the last person named who holds the office, else the holder in the
        country the document talks about most, else in a body it names ("the Secretary-General" of
        the UN when its agencies are named)."""
        for f in sorted((f for f in found if f.end <= start and f.kind == "person"), key=lambda f: -f.start):
            entry = self.dictionary.get(f.actor)
            if entry and any(o.title in titles and o.held_on(date) for o in entry.offices):
                return entry
        countries = Counter(f.country for f in found if f.country and f.kind in ("state", "government", "military"))
        bodies = Counter(body for f in found if f.kind == "organization" for body in self._bodies(f.actor))
        for owner, _ in countries.most_common(1) + bodies.most_common():
            entry = self.dictionary.get(owner)
            holder = self._holder(titles, entry, date) if entry else None
            if holder is not None:
                return holder
        return None

    def _bodies(self, actor: str) -> list[str]:
        """An organisation and the bodies it is part of (UNIFIL, the UN)."""
        chain = []
        entry = self.dictionary.get(actor)
        while entry is not None and entry.id not in chain:
            chain.append(entry.id)
            entry = self.dictionary.get(entry.part_of) if entry.part_of else None
        return chain

    # -- within-document reference -----------------------------------------------------

    def _references(self, doc: Doc, found: list[Found]) -> list[Found]:
        """One pass over tokens: pronouns and definite descriptions to the last salient compatible actor."""
        starts: dict[int, list[Found]] = {}
        covered = bytearray(len(doc))
        for f in found:
            starts.setdefault(f.start, []).append(f)
            covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        sent_starts = [s.start for s in sentences(doc)]
        history: list[tuple[Found, int, bool]] = []
        resolved = []
        # only a pronoun or "the" can open a reference (`_pronoun`, `_description`): the other words are passed by
        words = set(token_indices(doc, "LOWER", [*self.pronouns, "the"]))
        i = 0
        while i < len(doc):
            if i not in starts and (covered[i] or i not in words):
                i += 1
                continue
            sent = bisect.bisect_right(sent_starts, i) - 1
            for f in starts.get(i, ()):
                history.append((f, sent, self._speaks(doc[f.start:f.end])))
            token = doc[i]
            if covered[i]:
                i += 1
                continue
            item = self._pronoun(doc, token, history, sent) or self._description(doc, token, history, sent, covered)
            if item is not None:
                resolved.append(item)
                history.append((item, sent, self._speaks(doc[item.start:item.end])))
                i = item.end
                continue
            i += 1
        return resolved

    def _speaks(self, span: Span) -> bool:
        """The mention is a clause's subject, or owns a body that is one ("Iran's mission to the United
        Nations said", "the US embassy in Kyiv said": the state speaks through its body; the place or
        host after "to" or "in" only says where)."""
        root = span.root
        return _subject(span) or (root.dep_ in ("poss", "amod", "compound") and root.head.dep_ in SUBJECT_DEPS
                                  and root.head.lemma_.lower() in self.owned_bodies)

    def _pronoun(self, doc: Doc, token, history, sent: int) -> Optional[Found]:
        kinds = self.pronouns.get(token.lower_)
        if kinds is None or token.pos_ not in ("PRON", "DET"):
            return None
        if token.lower_ == "it" and (token.dep_ not in SUBJECT_DEPS or token.head.lemma_ in COPULAS
                                     or token.head.lower_ in COPULAS):
            return None  # "fired it" (a thing), "it is expected that", "it's a dire situation"
        antecedent = _antecedent(history, kinds, sent, local=token.lower_ not in PLURAL)
        if antecedent is None:
            return None
        end = token.i + 1
        follows = doc[end].lower_ if end < len(doc) else ""
        if antecedent.kind == "person" and "organization" in self.descriptions.get(follows, ()):
            body = _body_in_apposition(doc, antecedent, history)
            if body is not None:  # "Cindy McCain, the head of the World Food Programme ... her agency"
                return Found(token.i, end + 1, body.actor, body.kind, body.country)
        if token.lower_ in ("its", "their") and end < len(doc) and doc[end].lower_ in self.military_nouns:
            entry = self.dictionary.get(antecedent.actor)
            forces = self.dictionary.military(entry) if entry else None
            if forces is not None:
                return Found(token.i, end + 1, forces.id, forces.kind, forces.country)
        return Found(token.i, end, antecedent.actor, antecedent.kind, antecedent.country)

    def _description(self, doc: Doc, token, history, sent: int, covered: bytearray) -> Optional[Found]:
        """ "the group", "the militant group", "the Iranian-backed movement" (head noun of its phrase)."""
        if token.lower_ != "the":
            return None
        for head in doc[token.i + 1:token.i + 4]:
            if covered[head.i] and head.pos_ not in ("ADJ", "PUNCT"):
                return None  # "the Zionist entity", "the Hamas movement": a name, not a description
            kinds = self.descriptions.get(head.lower_)
            if kinds is not None and head.pos_ in ("NOUN", "PROPN"):
                following = doc[head.i + 1] if head.i + 1 < len(doc) else None
                if following is not None and (following.pos_ in ("NOUN", "PROPN") or following.lower_ in ("of", "for")):
                    return None  # "the group leader", "the government of Egypt", "the spokesman for the army"
                antecedent = self._named_by(history, head, sent) or _antecedent(history, kinds, sent)
                if antecedent is None:
                    return None
                return Found(token.i, head.i + 1, antecedent.actor, antecedent.kind, antecedent.country)
            if head.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB"):
                return None
        return None

    def _named_by(self, history, head, sent: int) -> Optional[Found]:
        """The most recent actor whose name holds the description's noun ("the court" after the
        International Court of Justice, though the Security Council was named since)."""
        word = head.lower_
        for found, where, _ in reversed(history):
            if sent - where > LOOKBACK_SENTENCES:
                break
            entry = self.dictionary.get(found.actor)
            if entry is not None and any(word in fold(name).split() for name in entry.names()):
                return found
        return None



def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """'Department of State' in 'the Texas Department of State Health Services': a body's name with proper words of
    one longer name on both sides is part of that other body's name (a state's agency is not the federal one)."""
    return 0 < start and end < len(doc) and doc[start].ent_iob_ == "I" and doc[end].ent_iob_ == "I" \
        and doc[start - 1].pos_ == "PROPN" and doc[end].pos_ == "PROPN"


def _aged(doc: Doc, ent: Span) -> bool:
    """'Eli Rosen, 15, who read the story': a name with an age set off by commas after it is a person's."""
    after = doc[ent.end:ent.end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[1].text.isdigit() \
        and 0 < int(after[1].text) < 120 and after[2].text in (",", ".", ";")

def _initial(token) -> bool:
    """A middle initial ("M." in "Andrew M. Cuomo"), which a name may be written with or without."""
    return len(token.text.rstrip(".")) == 1 and token.text[:1].isupper()


CLASS_YEAR = re.compile(r"['’]\d{0,2}")


def _owner(ent: Span) -> Span:
    """'Peter's ministry' the tagger took for a name: the name is the owner's, before the possessive, when
    only words in lower case follow it; a class year the tagger kept, or its lone apostrophe ("Priya K. Nair '27",
    "Ethan J. Marsh '"), is no part of the name."""
    while len(ent) > 1 and (CLASS_YEAR.fullmatch(ent[-1].text) or len(ent) > 2 and ent[-1].text.isdigit()
                            and len(ent[-1].text) == 2 and CLASS_YEAR.fullmatch(ent[-2].text)):
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    mark = next((t.i for t in ent if _possessive(t)), None)
    if mark is None or mark == ent.start or mark + 1 >= ent.end or not all(t.is_lower for t in ent.doc[mark + 1:ent.end]):
        return ent
    return Span(ent.doc, ent.start, mark, label=ent.label_)


def _elliptical(ent: Span) -> bool:
    """'St Monica's hosted a vigil': a name with its possessive mark and no noun it owns names the place (a
    church, a shop) called after it."""
    doc = ent.doc
    marked = _possessive(doc[ent.end - 1]) or ent.end < len(doc) and _possessive(doc[ent.end])
    return marked and ent.root.dep_ != "poss" and ent.root.tag_ != "POS"


def _possessive(token) -> bool:
    """The possessive mark "'s" (not the apostrophe of a class year, "Whitfield '26")."""
    return token.tag_ == "POS" and token.lower_ in ("'s", "’s")


ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _surnames(plain: list) -> list[str]:
    """The keys a local person's full name is written by later, alone: the surname ("Ortega"), a surname of two
    words after a given name ("Abu Jazar" of "Yousef Abu Jazar"), and for a name with a regnal number the name
    itself ("Leo" of "Leo XIV", whom "Pope Leo" names; the number is no surname), and a surname with its particles
    ("des Cars" of "Laurence des Cars", "von der Leyen"), which a sentence's start writes with a capital ("Des Cars
    said")."""
    if ROMAN_NUMERAL.fullmatch(plain[-1].text):
        return [fold(" ".join(t.text for t in plain[:-1]))]
    keys = [fold(plain[-1].text)]
    if len(plain) > 2 and plain[-2].text[:1].isupper():
        keys.append(fold(" ".join(t.text for t in plain[1:])))
    particles = len(plain) - 1
    while particles > 1 and plain[particles - 1].text.isalpha() and plain[particles - 1].text.islower():
        particles -= 1
    if particles < len(plain) - 1:
        keys.append(fold(" ".join(t.text for t in plain[particles:])))
    return keys


def _initials(tokens: list) -> Optional[str]:
    """The acronym of a body's name of three or more capitalised words ("ghf" for "Gaza Humanitarian
    Foundation"; the small words "of", "for", "and" left out), under which a later "GHF" names it."""
    words = [t.text for t in tokens if t.text[:1].isupper()]
    if len(words) < 3 or len(words) < len([t for t in tokens if t.text.lower() not in ("of", "for", "and", "on")]):
        return None
    return "".join(w[0] for w in words).lower()


def _untagged_surnames(doc: Doc, names: dict, local: list[Found], covered: bytearray) -> list[Found]:
    """'Captain Tomas Ekdahl has crossed ... Ekdahl knew two of the sailors': a lone capitalised word (or a
    surname of two, "Abu Jazar") after a local person's full name that is that person's surname names them,
    where the tagger found no entity."""
    people = {key[1]: actor for key, actor in names.items() if key[0] == "person"}
    first = {f.actor: f.start for f in local if f.kind == "person"}
    out = []
    for token in tokens_where(doc, "POS", ("PROPN", "NOUN").__contains__):
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or covered[token.i]:
            continue
        start = token.i
        if token.dep_ == "compound" and token.head.i == token.i + 1 and not covered[token.i + 1] \
                and fold(f"{token.text} {token.head.text}") in people:
            token = token.head  # "Abu Jazar": the two words of one surname
        elif token.dep_ == "compound" or start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start:
            continue
        actor = people.get(fold(doc[start:token.i + 1].text))
        if actor is None or first.get(actor, len(doc)) > start or any(
                c.dep_ == "compound" and c.i < start for c in token.children):
            continue
        out.append(Found(start, token.i + 1, actor, "person", local=True))
    return out


FIRST_PERSON_OBJECTS = set(references()["first_person_objects"])
INTERVIEW_ANSWERS = 3  # question-and-answer pairs that make a text a printed interview
QUESTION_WORDS = 25  # an interviewer's question is short; a longer paragraph ending in "?" is rhetoric


def _interview_turns(doc: Doc, text: str, found: list[Found]) -> list[tuple[int, int, Optional[str]]]:
    """A printed interview: questions in paragraphs of their own, each answered in the next paragraph by
    the person the writer talked to, the one who 'told me' or 'wrote to me'. Each answer is a turn of that
    person's (an empty label at the paragraph's start), each question a turn of the interviewer's, who is
    no actor; so 'I' in an answer is the one interviewed."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    asked = [text[s:e].rstrip(" *_").endswith("?") and len(text[s:e].split()) <= QUESTION_WORDS for s, e in paragraphs]
    pairs = [(paragraphs[i], paragraphs[i + 1]) for i in range(len(paragraphs) - 1) if asked[i] and not asked[i + 1]]
    interviewee = _interviewee(doc, found)
    if len(pairs) < INTERVIEW_ANSWERS or interviewee is None:
        return []
    turns = []
    for question, answer in pairs:
        turns += [(question[0], question[0], None), (answer[0], answer[0], interviewee)]
    return turns


def _interviewee(doc: Doc, found: list[Found]) -> Optional[str]:
    """The person who speaks to the writer: a named subject of a verb whose object or addressee is the
    writer ('Ekdahl later wrote to me', 'X told us'); the one most often so named."""
    people = {i: f.actor for f in found if f.kind == "person" for i in range(f.start, f.end)}
    counts: Counter = Counter()
    for token in tokens_where(doc, "LOWER", FIRST_PERSON_OBJECTS.__contains__):
        if token.lower_ not in FIRST_PERSON_OBJECTS or token.dep_ not in ("dobj", "dative", "pobj"):
            continue
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("to", "with") else token.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in people:
            counts[people[subject.i]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _answer(label: str) -> bool:
    """Whether a turn label is a printed interview's "A" (answer)."""
    return label.strip().rstrip(".") == "A"


def _introduced(doc: Doc, found: list[Found], first_turn: int) -> Optional[str]:
    """The one who answers in a printed interview: the first person its heading or introduction names, before
    the first turn ('Interview with Foreign Minister X ... Q: ... A: ...')."""
    return next((f.actor for f in sorted(found, key=lambda f: f.start)
                 if f.kind == "person" and doc[f.start].idx < first_turn), None)


def _described_people(doc: Doc, person_nouns: set[str]) -> list[Span]:
    """Names the tagger missed that 'who' shows to be people's: 'Ines Varga, a demographer who has studied casualty
    counts, said', 'Alain Ferrand, who ran security at a museum, said' (two or three capitalised words, no entity or
    one the tagger took for a place); a given
    name alone, as letters and phone-ins name people, when the apposition's noun is one of people ('Luc, a flight
    attendant based in Montreal, said'; `references.yaml: person_nouns`), even one the tagger took for a place
    ('Marcus, a purser')."""
    out = []
    for token in tokens_where(doc, "POS", "PROPN".__eq__):
        if not token.is_title or token.dep_ not in SUBJECT_DEPS:
            continue
        of_people = any(c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in person_nouns for c in token.children)
        who = _who_clause(token)
        if token.ent_type_ and not ((of_people or who) and token.ent_type_ in PLACE_LABELS):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].ent_type_ in ("", token.ent_type_):
            start -= 1
        described = who or any(c.dep_ == "appos" and _who_clause(c) for c in token.children)
        if 2 <= token.i + 1 - start <= 3 and (described or of_people) or token.i == start and of_people:
            out.append(Span(doc, start, token.i + 1, label="PERSON"))
    return out


def _who_clause(token: Token) -> bool:
    """'Alain Ferrand, who managed security at a museum, said': a 'who' clause on a name tells of a person, whatever
    the tagger took the name for."""
    return any(r.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in r.children)
               for r in token.children)


def _named_in_mixed_case(doc: Doc, item: Found, label: tuple[int, int]) -> bool:
    """A person only the tagger knows speaks a turn whose label is in mixed case ('Andrew Mitchell
    (Sutton Coldfield) (Con)'), where the tagger can read names, unlike in 'MR. OKAFOR'."""
    return item.kind == "person" and not document_text(doc)[label[0]:label[1]].isupper()


def _inside(spans: list[tuple[int, int]], offset: int) -> Optional[int]:
    """The index of the span that holds `offset`, if any."""
    at = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return at if at >= 0 and spans[at][0] <= offset < spans[at][1] else None


def _folded_text(doc: Doc) -> str:
    """The document's text folded as names are (kept on the doc: several names may need it)."""
    if FOLDED_TEXT not in doc.user_data:
        doc.user_data[FOLDED_TEXT] = fold(document_text(doc))
    return doc.user_data[FOLDED_TEXT]


def _shouting(doc: Doc, start: int, end: int) -> bool:
    """An acronym inside capitalised words ("WHO IS THERE", "JOIN US") is a word, not a name."""
    def loud(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].is_upper
    return loud(start - 1) or loud(end)


def _body_in_apposition(doc: Doc, person: Found, history) -> Optional[Found]:
    """The organisation named in an apposition to any mention of the person ("X, the head of the
    agency"), if any."""
    for mention, _, _ in history:
        if mention.actor != person.actor:
            continue
        root = doc[mention.start:mention.end].root
        for appos in (c for c in root.children if c.dep_ == "appos" and c.i >= mention.end):
            first, last = appos.left_edge.i, appos.right_edge.i
            for found, _, _ in history:
                if first <= found.start and found.end <= last + 1 and found.kind == "organization":
                    return found
    return None


def _subject(span: Span) -> bool:
    """The mention is a clause's subject: a word of it that the parser hung outside it as subject
    (in 'The right hon. Gentleman knows' that is 'Gentleman', though 'hon.' heads the span)."""
    return any(t.dep_ in SUBJECT_DEPS and not span.start <= t.head.i < span.end for t in span)


def _antecedent(history, kinds: list[str], sent: int, local: bool = True) -> Optional[Found]:
    """The most recent subject of a compatible kind in this or the last sentence, else the most
    recent one. Without `local`, organisations only the tagger knows are passed over ("they"
    stands for people far more often than for an unknown body)."""
    recent = None
    for found, where, subject in reversed(history):
        if sent - where > LOOKBACK_SENTENCES:
            break
        if found.kind not in kinds or (not local and found.local and found.kind == "organization"):
            continue
        if subject and sent - where <= 1:
            return found
        if recent is None:
            recent = found
    return recent


def _indefinite(head) -> bool:
    """ "a senior RSF commander", "an Israeli military spokesman": one of those who hold such a post, whom the
    text does not name, so the body it serves, not the office's holder (the anonymous source of issue 5)."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children) \
        or head.doc[head.left_edge.i].lower_ in INDEFINITE
