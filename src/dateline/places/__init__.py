"""The `places` component: place mentions geocoded offline.

Reads GPE/LOC/FAC entities and the names of known sites (a PhraseMatcher over
data/sites.yaml, since the tagger misses "the Philadelphi Corridor" as often as not),
resolves each against the gazetteer, and appends a `Location` per mention to
`doc._.dl.locations` and a `Place` per distinct place to `doc._.dl.places`. Countries the
document names (as places or as actors) decide between cities of one name.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..annotations import annotations, document_text, tokens_where
from ..model import Location, Place
from ..paragraphs import ParagraphStarts
from . import gazetteer
from .gazetteer import Gazetted, Gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAME_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}  # unknown names are often tagged products or titles
GUESSED_POPULATION = 50_000
"""A name the tagger took for a person, or left unlabelled, is read as a city only when the city is this
large: small towns share their names with people and firms."""
_MATCHERS: dict[int, PhraseMatcher] = {}
LINE_STARTS = "places.line_starts"
"""The `doc.user_data` key of `line_starts`, shared by the places and events components."""
LOCAL_ID = re.compile(r"a\d+")
"""The ids the actors component gives names its dictionary lacks (`a1`, `a2`...): guesses a place may overrule."""


def _after_comma(token) -> bool:
    """The phrase of the word follows a comma ("Erbil, Iraq")."""
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def hashtag(span) -> bool:
    """The name is a hashtag's ("In #Kharkiv, ..."): the tagger's label for it says nothing, so a well-known
    place it names is that place."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "#" and not doc[span.start - 1].whitespace_


def people(span) -> bool:
    """The name is a people's ("Baloch", "Kurdish"; data/settlements.yaml `peoples`), never a place, unless the
    division it lies in follows it ("in Kikuyu, Kiambu County": the town named after the people)."""
    return gazetteer.fold(span.text) in settlement_words("peoples") and not _division_after(span)


def _division_after(span) -> bool:
    """A comma and a division's name follow the name ("Kikuyu, Kiambu County", "Meru, Meru County")."""
    doc, at = span.doc, span.end + 1
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    divisions = settlement_words("province_nouns") | settlement_words("district_nouns")
    while at < len(doc) and doc[at].text[:1].isupper():
        if doc[at].lower_ in divisions and at > span.end + 1:
            return True
        at += 1
    return False


def _stretch_end(root) -> bool:
    """A name the tagger called a place at an end of a stretch ("attacked a convoy between Sevare and Bandiagara"):
    a town, though no gazetteer knows it."""
    while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in settlement_words("stretch_preps")


def bearings() -> frozenset[str]:
    """Compass words ("southeast of Moscow"): the town after them is a landmark, not the place."""
    return settlement_words("bearings")


DASHES = {"—", "–", "--", "-"}


def placed_by_bearing(root) -> bool:
    """A name placed by a bearing from another place ("captured Hirnyk, northeast of Kurakhove"): only a
    place lies northeast of a place."""
    return any(c.lower_ in bearings() and c.dep_ in ("advmod", "npadvmod", "appos", "amod", "prep")
               and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in root.children)


def line_starts(doc: Doc) -> frozenset[int]:
    """The tokens that open a line: where datelines, feed labels and headings can stand. Computed once per
    document, since places and events both ask."""
    if LINE_STARTS not in doc.user_data:
        breaks = [t.i + 1 for t in tokens_where(doc, "ORTH", lambda text: "\n" in text) if t.i + 1 < len(doc)]
        doc.user_data[LINE_STARTS] = frozenset(([0] if len(doc) else []) + breaks)
    return doc.user_data[LINE_STARTS]


def item_datelines(doc: Doc) -> list:
    """The town in capitals that opens a paragraph before a dash ("LIMA — Police said...", also with its
    country and the agency's name: "JENIN, West Bank (Pinewood Wire) - "), or before a colon in a factbox
    ("HERAT: Gunmen killed ..."): the dateline of a roundup's item, or of the story. A label that names no
    place ("RK:", "QUESTION:") resolves to nothing and places nothing."""
    found = []
    for token in (doc[i] for i in sorted(line_starts(doc))):  # in text order (a set of numbers keeps none)
        if token.is_upper and token.is_alpha:
            end = token.i
            while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end < len(doc) and (doc[_after_credit(doc, end)].text in DASHES or doc[end].text == ":"):
                found.append(doc[token.i:end])
    return found


def dateline_end(doc: Doc, town) -> int:
    """The character offset where a dateline that opens with the town ends, at its dash."""
    return doc[_after_credit(doc, town.end)].idx


def item_labels(doc: Doc) -> list:
    """The name in title case that labels a line of a feed or list before a colon ("Kherson: 12 servicemen
    killed", "• Zaporizhzhia: ...", "Kharkiv region: 2 killed"), after any bullet; a label in capitals is a
    dateline (`item_datelines`). A label that names no place ("Update:") resolves to nothing."""
    bullets = settlement_words("item_bullets")
    areas = settlement_words("province_nouns") | settlement_words("district_nouns") | settlement_words("settlement_kinds")
    starts = line_starts(doc)
    found = []
    for i in sorted(starts | {i + 1 for i in starts if i + 1 < len(doc) and doc[i].text in bullets}):
        token = doc[i]
        end = token.i
        while end < min(len(doc), token.i + 3) and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and not doc[end].is_upper:
            end += 1
        colon = end + 1 if end < len(doc) and doc[end].lower_ in areas else end
        if end > token.i and colon < len(doc) and doc[colon].text == ":":
            found.append(doc[token.i:end])
    return found


def _after_credit(doc: Doc, at: int) -> int:
    """Where a dateline's dash should be after its town: past ", Country" or ", May 24" and "(Agency)" when
    they follow."""
    if at < len(doc) and doc[at].text == ",":
        end = at + 1
        while end < min(len(doc), at + 6) and (doc[end].text[:1].isupper() and doc[end].is_alpha
                                               or doc[end].is_digit or doc[end].text == "."):
            end += 1
        at = end if end > at + 1 else at
    if at < len(doc) and doc[at].text == "(":
        close = next((i for i in range(at + 1, min(len(doc), at + 8)) if doc[i].text == ")"), None)
        at = close + 1 if close is not None else at
    return min(at, len(doc) - 1)


SETTLEMENT_LISTS = ("settlement_kinds", "province_nouns", "district_nouns", "area_nouns", "landform_nouns")


@lru_cache(maxsize=None)
def settlement_words(key: str) -> frozenset[str]:
    """One word list of data/settlements.yaml (`border_nouns`, `facility_nouns`, ...), read once;
    `settlement_nouns` is every kind of settlement, division and area."""
    if key == "settlement_nouns":
        return frozenset().union(*(settlement_words(k) for k in SETTLEMENT_LISTS))
    return frozenset(gazetteer._settlement_words()[key])


def ship_named(span) -> bool:
    """A name right after a kind of ship ("the bulk carrier Tutor") or a flag ("the Panama-flagged Orion"): a
    vessel's, not a place's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    return (before.is_lower and before.lemma_.lower() in settlement_words("vessel_nouns")) \
        or before.lower_.rsplit("-", 1)[-1] in settlement_words("vessel_marks")


def body_named(span) -> bool:
    """A body's name that runs on past a country's name ("the Islamic Republic of Iran Broadcasting", "the Kenya
    Broadcasting Corporation"), which the tagger may call a place: it ends in a word of bodies (`body_name_ends`)
    after a country's name."""
    if len(span) < 2 or span[-1].lower_ not in settlement_words("body_name_ends") or not span[-1].text[:1].isupper():
        return False
    countries = gazetteer.load().countries
    return any(countries.get(gazetteer.fold(span[i:j].text)) is not None
               for i in range(len(span) - 1) for j in range(i + 1, len(span)))


def named_person(span, dl) -> bool:
    """A one-word name that is the last name of a person the document named in full before ("fired tear gas at
    Mondlane" after "Venâncio Mondlane"): that person, not a village, whatever the tagger took it for."""
    text = span.text
    return " " not in text and any(
        a.kind == "person" and " " in a.name and a.name.rsplit(" ", 1)[1] == text
        and any(m.actor == a.id and m.end <= span.start_char for m in dl.mentions)
        for a in dl.actors.values())


def seated_at(actor_id: Optional[str], place) -> bool:
    """Whether the place (a `Place`) is the seat of the body (data/settlements.yaml `seats`)."""
    seat = gazetteer._settlement_words().get("seats", {}).get(actor_id or "")
    found = gazetteer.load().lookup(seat) if seat else None
    return found is not None and place is not None and (found.name, found.country) == (place.name, place.country)


def national_capital(place) -> bool:
    """Whether the place (a `Place`) is its country's capital, which may stand for the government seated there."""
    capital = gazetteer.load().capital_of.get(place.country or "") if place is not None else None
    return capital is not None and (capital.name, capital.country) == (place.name, place.country)


def seat_act(place, words: Iterable[str]) -> bool:
    """Whether an act on a body's document ("vetoed a draft resolution": data/settlements.yaml `seat_documents`)
    is told at a place (a `Place`) that is the seat of such a body."""
    if place is None or settlement_words("seat_documents").isdisjoint(words):
        return False
    return any(seated_at(body, place) for body in gazetteer._settlement_words().get("seats", {}))


def surrounding_country(named: Iterable[tuple[int, Optional[str]]], start: int, sentence: tuple[int, int],
                        paragraph: tuple[int, int]) -> Optional[str]:
    """The country a place the gazetteer lacks lies in, told by the places named around it (`named`: each place's
    offset and country): the one country of the other places of its sentence ("al-Amiriyah, in the Tyre
    district"), else of its paragraph's ("the battle around Khiam" among towns of one country). A sentence or
    paragraph that names places of two countries says nothing; nor does one that names none."""
    named = [(at, country) for at, country in named if country and at != start]
    for lo, hi in (sentence, paragraph):
        found = {country for at, country in named if lo <= at < hi}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def held_by(root, dl) -> Optional[str]:
    """The state whose airspace, waters or ground a name is said near, off or over, by the state's name or demonym
    on that noun ("entered Romanian airspace near Chilia Veche", "in Philippine waters off Ayungin Shoal"), whether
    the parser hangs the preposition on the noun or on the verb that takes it."""
    territory = settlement_words("territory_nouns")
    head = root
    while head.dep_ in ("pobj", "prep", "appos", "npadvmod", "prt") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in territory or head.pos_ in ("VERB", "AUX"):
            break
    if head.lemma_.lower() in territory:
        nouns = [head]
    elif head.pos_ in ("VERB", "AUX"):
        taken = [c for c in head.children if c.dep_ in ("dobj", "prep") and c.i < root.i]
        nouns = [n for c in taken for n in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
                 if n.lemma_.lower() in territory]
    else:
        return None
    for noun in nouns:
        for owner in noun.children:
            if owner.dep_ not in ("amod", "poss", "compound", "nmod"):
                continue
            mention = dl.mention_at(owner.idx, owner.idx + len(owner))
            actor = dl.actors.get(mention.actor) if mention is not None and mention.actor else None
            if actor is not None and actor.kind in ("state", "government", "military") and actor.country:
                return actor.country
    return None


def paragraph_bounds(text: str, paragraphs: ParagraphStarts, offset: int) -> tuple[int, int]:
    """The start and end of the paragraph that holds the offset."""
    start = paragraphs.of(offset)
    later = [s for s in paragraphs.starts if s > start]
    return start, (later[0] if later else len(text))


def local_place(dl, doc: Doc, location: Location) -> Optional[str]:
    """The document's id of the place an event's location names when no gazetteer knew it ("Wad al-Noura, a
    village in Gezira State"): a place of its own in the country the places around it say (`surrounding_country`),
    else in the country the story names most (`Places._main_country`); None for a phrase that is no name ("the
    Egyptian capital"). A name said twice is one place."""
    name = location.text[4:] if location.text.lower().startswith("the ") else location.text  # "the Grand Serail"
    if not name[:1].isupper() or location.text.isupper():
        return None
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    if span is None or not (span[-1].text[:1].isupper() or _local_kind(span) != "city"):
        return None  # "the Egyptian capital" is a city the gazetteer knows by another name
    text = document_text(doc)
    named = [(loc.start, dl.places[loc.place].country) for loc in dl.locations if loc.place in dl.places]
    country = held_by(span.root, dl) or surrounding_country(
        named, location.start, (span.sent.start_char, span.sent.end_char),
        paragraph_bounds(text, ParagraphStarts(text), location.start)) or Places._main_country(dl)
    key = gazetteer.fold(location.text)
    same = next((p.id for p in dl.places.values()
                 if gazetteer.fold(p.name) == key and p.country == country and p.lat is None), None)
    if same is not None:
        return same
    place = Place(id=dl.new_id("p"), name=location.text, country=country, kind=_local_kind(span))
    dl.places[place.id] = place
    return place.id


def _local_kind(span) -> str:
    """What a local name is by its last word: an area ("the Basta neighbourhood"), a building or ground
    ("the CBCA Ndosho hospital"), else a town."""
    word = span[-1].lemma_.lower()
    if word in settlement_words("facility_nouns") or word in settlement_words("street_nouns"):
        return "site"
    areas = ("area_nouns", "landform_nouns", "province_nouns", "district_nouns")
    return "region" if any(word in settlement_words(k) for k in areas) else "city"


def _trimmed(span: Span) -> Span:
    """The name without the line breaks the tagger may take in at a headline's end ("in Papiri" before a blank
    line), nor the next line's first words it may run on into ("around the Zeyzoun Dam" before "Apr 2024: ..."):
    no name spans lines."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    end = next((t.i for t in span.doc[start:end] if t.is_space and "\n" in t.text), end)
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def arrival_verbs() -> frozenset[str]:
    """Verbs of going whose "to" phrase is where the traveller then is ("flew to Hanoi and signed")."""
    return settlement_words("arrival_verbs")


@Language.factory("places", assigns=["doc._.dl"])
def make_places(nlp: Language, name: str):
    return Places(nlp)


class Places:
    def __init__(self, nlp: Language):
        self.gazetteer: Gazetteer = gazetteer.load()
        data = gazetteer._settlement_words()
        self.settlements = settlement_words("settlement_nouns")
        self.locative = frozenset(data["locative_preps"])
        self.aim_preps = frozenset(data["aim_preps"])
        self.airspace = frozenset(data["airspace_preps"])  # "shot down drones over Sumy"
        self.place_verbs = frozenset(data["place_verbs"])
        self.ground_verbs = frozenset(data["ground_verbs"])
        self.links = frozenset(data["container_links"])
        self.list_words = frozenset(data["list_words"])
        self.place_nouns = frozenset(data["place_nouns"])
        self.areas = frozenset(data["admin_designators"]) | frozenset(data["area_nouns"] + data["landform_nouns"])
        self.attributes = frozenset(data["attribute_participles"])
        self.vessels = frozenset(data["vessel_prefixes"])
        self.vicinity = frozenset(data["vicinity_preps"])
        self.streets = frozenset(data["street_nouns"])
        self.street_preps = frozenset(data["street_preps"])
        self.fringes = frozenset(data["fringe_nouns"])
        if id(nlp.vocab) not in _MATCHERS:
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            names = list(self.gazetteer.site_names)
            for name, doc in zip(names, nlp.tokenizer.pipe(names)):
                matcher.add(self.gazetteer.site_names[name], [doc])
            _MATCHERS[id(nlp.vocab)] = matcher
        self.matcher = _MATCHERS[id(nlp.vocab)]

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        spans = []
        taken = bytearray(len(doc))
        ships = self._ship_names(doc)
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1])):
            span = doc[start:end]
            if any(taken[start:end]) or not any(c.isupper() for c in span.text) or self._no_scene(span, dl, ships):
                continue
            taken[start:end] = b"\x01" * (end - start)
            spans.append((span, self.gazetteer.sites[doc.vocab.strings[match_id]]))
        guessed = set()  # names the tagger did not call places: only well-known places count
        for ent in doc.ents:
            if any(taken[ent.start:ent.end]) or self._no_scene(ent, dl, ships) or people(ent):
                continue  # a known site's name ("Khan Younis") is that site; a people is no place
            parts = self._joined_places(ent)
            if parts:
                spans += [(part, None) for part in parts]
                guessed.update(part.start for part in parts)
                continue
            if ent.label_ not in PLACE_LABELS and (self._named_as_place(ent, dl) or hashtag(ent)):
                guessed.add(ent.start)
            town = self._town_in_name(ent)
            if town is not None:
                spans.append((town, None))
            elif ent.label_ in PLACE_LABELS or ent.start in guessed or self._street_name(ent):
                spans.append((ent, None))
        for span in self._untagged_names(doc, taken):
            if not dl.mention_at(span.start_char, span.end_char) and not self._no_scene(span, dl, ships):
                guessed.add(span.start)
                spans.append((span, None))
        covered = {t.i for span, _ in spans for t in span}
        for span in self._capitals(doc, dl) + item_datelines(doc) + item_labels(doc):
            if not covered.intersection(range(span.start, span.end)) and not self._no_scene(span, dl, ships):
                spans.append((span, None))
                covered.update(range(span.start, span.end))
        spans = [(span, place) for span, place in ((_trimmed(s), p) for s, p in spans) if len(span)]
        firm = {gazetteer.fold(span.text) for span, place in spans if place is None and self._firm_slot(span.root)}
        context = {a.country for a in dl.actors.values() if a.kind == "state" and a.country}
        resolved = []
        small: dict[int, Gazetted] = {}  # guessed names of small towns, kept if the story is about their country
        for span, place in spans:  # sites and countries first: they set the context for cities
            place = place or self._lookup(span, frozenset())
            if place is not None and span.start in guessed and place.kind == "city" and place.population < GUESSED_POPULATION:
                small[span.start] = place
                resolved.append((span, None))
                continue
            if place is not None and span.start in guessed and place.key.startswith(gazetteer.SUBDIVISION) \
                    and not self.gazetteer.designated(span.text) and not self._level_after(span) \
                    and not self._firm_slot(span.root):
                # but "a curfew on Kassala State", "in Punjab province": the designator says it is one; "an air
                # base in Punjab": so does a slot only a place fills, whatever the tagger called the name
                continue
            if place is not None and place.kind != "city" and place.country:
                context.add(place.country)
            resolved.append((span, place))
        frozen = frozenset(context)
        named = Counter(p.country for _, p in resolved if p is not None and p.country)
        countries = named.most_common(2)
        main = countries[0][0] if countries and (len(countries) == 1 or countries[0][1] > countries[1][1]) else None
        home = main if main is not None and named[main] * 2 > sum(named.values()) else None
        ids: dict[str, str] = {}
        paragraphs = ParagraphStarts(document_text(doc))
        resolved.sort(key=lambda r: r[0].start)
        for at, (span, place) in enumerate(resolved):
            if place is not None and (place.kind == "city" or place.key.startswith(gazetteer.SUBDIVISION)):
                place = self._lookup(span, frozen, home) or place
            if place is not None and place.kind == "city":
                place = self._namesake_in(span, resolved, at, place) or place
            if place is None and span.start in small:
                place = self._small_town(span, frozen, home)
            if place is None or (place.kind == "city" and place.population < GUESSED_POPULATION):
                # "the Bel Air area of Port-au-Prince": not the French village, a part of the town named after
                place = self._within(span, resolved, at, span.start in guessed, place) or place
            if place is None:
                place = self._unlisted(span, dl, resolved, at, span.start in guessed, main,
                                       gazetteer.fold(span.text) in firm, paragraphs)
            if place is None:
                continue
            dl.locations.append(Location(text=span.text, start=span.start_char, end=span.end_char,
                                         place=self._place(dl, ids, place)))
        for span, place in self._story_capitals(doc, dl, covered):
            dl.locations.append(Location(text=span.text, start=span.start_char, end=span.end_char,
                                         place=self._place(dl, ids, place)))
        dl.locations.sort(key=lambda loc: loc.start)
        return doc

    def _level_after(self, span) -> bool:
        """The name is followed by a word for a level of subdivision it modifies ("Punjab province")."""
        doc = span.doc
        return span.end < len(doc) and span.root.head.i == span.end \
            and self.gazetteer.designated(f"{span.text} {doc[span.end].text}")

    def _lookup(self, span, context: frozenset[str], home: Optional[str] = None) -> Optional[Gazetted]:
        """The place a name (with the level word after it) names; a town's name before a level word no gazetteer
        lists ("the Tyre district") is the division named after the town, in the town's country."""
        found = self.gazetteer.lookup(self._with_level(span), context, home)
        if found is None and self._level_after(span):
            town = self.gazetteer.lookup(span.text, context, home)
            if town is not None and town.kind == "city":
                name = self._with_level(span)
                return Gazetted(key=f"local:{gazetteer.fold(name)}:{town.country}", name=name, kind="region",
                                country=town.country, lat=None, lon=None)
        return found

    def _with_level(self, span) -> str:
        """The name with the level word after it, which says which of its namesakes it is ("Punjab province"
        is Pakistan's, the Indian one is a state)."""
        return f"{span.text} {span.doc[span.end].text}" if self._level_after(span) else span.text

    def _small_town(self, span, context: frozenset[str], home: Optional[str] = None) -> Optional[Gazetted]:
        """A town under 50,000 the tagger did not call a place, named where a place stands ("fighting resumed
        around Sake", "stormed the police station in Morales"): that town when it lies in a country the story
        names, since a person or firm of the name would not stand there in a story about that country."""
        town = self.gazetteer.lookup(span.text, context, home)
        return town if town is not None and town.kind == "city" and town.country in context else None

    def _no_scene(self, span, dl, ships: frozenset[str] = frozenset()) -> bool:
        """A name that says whose a thing is or which clock a time keeps, not where anything is: joined by a
        hyphen to a participle ("a Belize-flagged carrier", "Iran-backed militants") or inside a time
        expression ("at 9:15 p.m. (Sanaa time)"); or a ship's, also where the story names it again bare ("the
        bulk carrier Tutor ... attacked the Tutor": `ships`, a name keeps one sense in one story)."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end].whitespace_ \
                and doc[span.end + 1].lower_ in self.attributes:
            return True
        if span[-1].lower_.endswith(tuple("-" + a for a in self.attributes)):
            return True
        if self._vessel_name(span) or span[0].text in self.vessels or gazetteer.fold(span.text) in ships:
            return True  # "toward USS Carney"
        if body_named(span):
            return True  # "the building of the Islamic Republic of Iran Broadcasting in Tehran": Tehran is where
        return any(t.start <= span.start_char and span.end_char <= t.end
                   for t in dl.index_of("timexes").crossing(span.start_char, span.end_char))

    def _ship_names(self, doc: Doc) -> frozenset[str]:
        """The names the story gives ships ("M/V Orion", "the bulk carrier Orion", "the Panama-flagged Orion"),
        folded: the same name said bare later is the ship again."""
        names = {gazetteer.fold(ent.text) for ent in doc.ents if self._vessel_name(ent)}
        for token in tokens_where(doc, "POS", "PROPN".__eq__):
            if token.pos_ == "PROPN" and ship_named(doc[token.i:token.i + 1]):
                end = token.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN":
                    end += 1
                names.add(gazetteer.fold(doc[token.i:end].text))
        return frozenset(names)

    def _vessel_name(self, span) -> bool:
        """A word of a ship's name: capitalised words after a prefix such as "M/V" or "USS", or right after a
        kind of ship ("the bulk carrier Tutor")."""
        doc, i = span.doc, span.start - 1
        if ship_named(span):
            return True
        while i >= max(0, span.start - 4) and doc[i].text[:1].isupper():
            head = doc[max(0, i - 2):i + 1].text.replace(" ", "")
            if doc[i].text in self.vessels or any(head.endswith(v) for v in self.vessels if "/" in v or "." in v):
                return True
            i -= 1
        return False

    def _within(self, span, resolved: list, at: int, guessed: bool, namesake: Optional[Gazetted] = None) -> Optional[Gazetted]:
        """A place the gazetteer lacks, named just before the place it lies in ("the village of Um Sayala
        in Kassala State", "the Sinjar district of Nineveh", "Davos, Switzerland") or after it as the owner
        of its area ("Dhaka's Shahbagh district"): that finer place, in the country of the larger one. The name must be a town's or area's: tagged as a place (not a
        building), or in the slot of a settlement noun ("the village of X")."""
        doc = span.doc
        if guessed or span.label_ == "FAC" or not span.text[:1].isupper():
            root = span.root
            settlement = (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in self.settlements) \
                or (root.dep_ == "compound" and root.head.lemma_.lower() in self.settlements)  # "the Bokkos area"
            if not settlement:
                return None
        area = span.root.head if span.root.dep_ == "compound" else None
        owner = next(((s, p) for s, p in resolved[:at] if p is not None and p.country and area is not None
                      and any(t.dep_ == "poss" and t.head.i == area.i for t in s)), None)
        container = owner or next(((s, p) for s, p in resolved[at + 1:] if p is not None and p.country), None)
        if container is None or container[0].sent.start != span.sent.start \
                or (namesake is not None and namesake.country == container[1].country):
            return None
        between = doc[span.end:container[0].start]
        if owner is None and (len(between) > 3 or not all(t.lower_ in self.links or t.lemma_.lower() in self.settlements
                                                          for t in between)):
            return None
        level = next((t.lemma_.lower() for t in between if t.lemma_.lower() in self.settlements), None) \
            or (span.root.head.head.lemma_.lower() if span.root.dep_ == "pobj" else None) \
            or (area.lemma_.lower() if area is not None else None)
        kind = "region" if level in self.areas else "city"
        return Gazetted(key=f"local:{gazetteer.fold(span.text)}:{container[1].country}", name=span.text, kind=kind,
                        country=container[1].country, lat=None, lon=None)

    def _namesake_in(self, span, resolved: list, at: int, place: Gazetted) -> Optional[Gazetted]:
        """A town named just before the region or country it lies in ("near Kobe, in the Gao region", "Paris,
        Texas"), where the gazetteer's first namesake lies in another country: the namesake in that country, else a
        town of the name there. Not a list of places ("Tokyo, Mali and Niger")."""
        container = next(((s, p) for s, p in resolved[at + 1:] if p is not None), None)
        if container is None:
            return None
        named, where = container
        if not where.country or where.country == place.country or named.sent.start != span.sent.start \
                or not (where.kind in ("region", "country") or self._level_after(named)):
            return None
        doc = span.doc
        between = doc[span.end:named.start]
        if not between or between[0].text != "," or len(between) > 4 \
                or not all(t.lower_ in self.links or t.lemma_.lower() in self.areas for t in between):
            return None
        if any(t.lower_ in self.list_words for t in doc[named.end:named.end + 3]):
            return None
        head = named.root.head
        if named.root.dep_ in ("compound", "amod", "nmod", "poss") and head.i >= named.end \
                and head.lemma_.lower() not in self.areas:
            return None  # "From Geneva, the US special envoy ...": a name that qualifies the next noun places nothing
        key = gazetteer.fold(span.text)
        return next((c for c in self.gazetteer.cities.get(key, ()) if c.country == where.country), None) \
            or Gazetted(key=f"local:{key}:{where.country}", name=span.text, kind="city", country=where.country,
                        lat=None, lon=None)

    def _unlisted(self, span, dl, resolved: list, at: int, guessed: bool, main: Optional[str],
                  firm: bool = False, paragraphs: Optional[ParagraphStarts] = None) -> Optional[Gazetted]:
        """A village, town or street no gazetteer knows, named where a place stands: tagged a place and in a
        place's slot ("crossed the border near Vostrovka"), after a preposition of nearness though tagged a
        person or group ("around Kuhsar") or said by the town it lies at ("In Kibera, on the edge of Nairobi"),
        or a street or square ("on Harbour Road"); also wherever the document names it in a slot only a place
        fills (`firm`: "in Mais al-Jabal", "on the outskirts of Gargash", "the shelling on Kfar Hamam", "stormed
        Kafr Dabiq"), since a
        name keeps one sense in one story. It lies in the country
        of the place named just after it ("near Tarvel, in Syunik province"), else in the one country the other
        places of its sentence or paragraph lie in (`surrounding_country`), else in the country the document's places name most (none on a tie)."""
        words = [t for t in span if t.is_alpha]
        if not words or span.text.isupper() or not all(t.text[:1].isupper() for t in words if len(t) > 2):
            return None
        mention = dl.mention_at(span.start_char, span.end_char)
        if mention is not None and mention.actor and not LOCAL_ID.fullmatch(mention.actor) \
                and (mention.start, mention.end) == (span.start_char, span.end_char):
            return None  # a known actor's name ("Hamas") is no village; "Mali Khel" is no "Mali"
        if named_person(span, dl):
            return None
        root = span.root
        street = self._street_name(span)
        after = resolved[at + 1] if at + 1 < len(resolved) else None
        if not street and span.label_ not in ("GPE", "LOC") and after is not None and after[1] is not None \
                and after[0].start == span.end + 1 and span.doc[span.end].lower_ == "in" and after[1].kind == "city":
            return None  # "near Parliament in Nairobi": a building or landmark in the town, not a village
        named = self._names_settlement(root)
        building = span[-1].lemma_.lower() in settlement_words("facility_nouns")
        if building and span[-1].text[:1].isupper() and root.dep_ == "pobj" and root.head.lower_ in ("at", "inside"):
            # "At Mboppi Hospital, a nurse said ...": a named building no town is said with is the place itself
            country = self._country_around(span, resolved, paragraphs, main)
            return Gazetted(key=f"local:{gazetteer.fold(span.text)}:{country}", name=span.text, kind="site",
                            country=country, lat=None, lon=None)
        if not street and (span.root.left_edge.lower_ == "the" and not named or building):
            return None  # "the Gulf", "the coastal States": a village's name takes no article; a building is no town
        tagged = street or (span.label_ in ("GPE", "LOC") and not guessed)
        if tagged and not (self._scene_slot(named, True) if named is not None else self._scene_slot(root, street)) \
                and not _stretch_end(root):
            # a named camp or town is a place also "on" ("bombs fell on the Mugunga camp"), as a street is
            return None
        links = self.links | self.fringes | bearings() | {"on", "at", "near", "outside"}  # "Nur Khan near Rawalpindi"
        container = next(((s, p) for s, p in resolved[at + 1:] if p is not None and p.country
                          and s.sent.start == span.sent.start and s.start - span.end <= 8
                          and all(t.lower_ in links for t in span.doc[span.end:s.start])), None)
        if not tagged:
            while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
                root = root.head  # "near Tarvel and Gorran"
            fringe = container is not None and self._scene_slot(root, False) or placed_by_bearing(root)
            fringe = fringe or (named is not None and self._scene_slot(named, True)  # "on Kimoka hill"
                                and span.doc[span.start - 1].pos_ != "PROPN")  # but not "Marra" of "Jebel Marra"
            if not fringe and not firm and (root.dep_ != "pobj" or root.head.lower_ not in self.vicinity):
                return None  # but "In Kibera, on the southern edge of Nairobi": a place said by the town it is at
        container = container[1] if container is not None else None
        held = held_by(root, dl)
        region = span.label_ == "LOC" and not street  # "in Europe", "off Sicily": a sea or land, not a town
        around = None
        if container is None and not region and held is None:
            around = self._country_around(span, resolved, paragraphs, None)
        country = held or (container.country if container is not None else None if region else around or main)
        kind = "site" if street else "region" if region or span[-1].lemma_.lower() in self.areas else "city"
        return Gazetted(key=f"local:{gazetteer.fold(span.text)}:{country}", name=span.text, kind=kind,
                        country=country, lat=None, lon=None)

    @staticmethod
    def _country_around(span, resolved: list, paragraphs: Optional[ParagraphStarts], main: Optional[str]) -> Optional[str]:
        """The one country the places named around the name lie in (`surrounding_country`), else the document's
        main one."""
        if paragraphs is None:
            return main
        text = document_text(span.doc)
        return surrounding_country([(s.start_char, p.country) for s, p in resolved if p is not None],
                                   span.start_char, (span.sent.start_char, span.sent.end_char),
                                   paragraph_bounds(text, paragraphs, span.start_char)) or main

    def _firm_slot(self, root) -> bool:
        """A slot that only a place fills, whatever the tagger called the name: the object of "in" said of an act
        or a thing ("destroyed rocket launchers in Mais al-Jabal"; not "in Smith's view"), of "of" after a town's
        fringe ("the outskirts of Gargash") or "out" after a verb ("pulled out of Kafr Nabl"), of "between" after a
        road or border ("the road between Dioura and Niono") or of "on" after a word of bombardment ("shelling on
        Kfar Hamam"), of "including" after sites or towns ("three air bases, including Nur Khan") or of "at" after a
        verb of meeting ("met the chiefs at Bangabhaban": `venue_verbs`); the
        object of a verb only ground takes ("stormed Kafr Dabiq": one storms no person)."""
        while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
            root = root.head
        if root.dep_ in ("dobj", "obj") and root.head.pos_ in ("VERB", "AUX"):
            return root.head.lemma_.lower() in self.ground_verbs and not any(c.dep_ == "det" for c in root.children)
        capital = root.text[:1].isupper() or root.left_edge.text[:1].isupper()  # "at Ain al-Tineh": the parse's head is "al"
        if root.dep_ != "pobj" or not capital or any(c.dep_ == "det" for c in root.children):
            return False
        prep, owner = root.head.lower_, root.head.head
        words = {owner.lower_, owner.lemma_.lower()}  # "outskirts" has the lemma "outskirt"
        if prep == "in":
            after_name = root.head.i > 1 and root.doc[root.head.i - 1].text == "," \
                and root.doc[root.head.i - 2].pos_ == "PROPN"
            # but "near Nerkin Hand, in Syunik": the larger place a place lies in, of no known level
            return owner.pos_ in ("VERB", "AUX", "NOUN") and owner.i != root.i and not after_name
        if prep == "of":  # "pulled out of Kafr Nabl": what one is driven or pulls out of is ground
            return not words.isdisjoint(self.fringes) or (owner.lower_ == "out" and owner.head.pos_ in ("VERB", "AUX")) \
                or (owner.pos_ in ("VERB", "AUX") and any(c.dep_ == "prt" and c.lower_ == "out" for c in owner.children))
        if prep == "between":  # "the road between Dioura and Niono": a route runs between places
            return not words.isdisjoint(self.streets | settlement_words("border_nouns"))
        if prep == "including":  # "three air bases, including Nur Khan": an item of a list of sites or towns is one
            kinds = settlement_words("facility_nouns") | self.settlements
            return not (words | {owner.lower_[:-1]}).isdisjoint(kinds)  # "bases", which the lemmatiser made "basis"
        if prep == "at":  # "met the chiefs at Bangabhaban", "met the speaker at Ain al-Tineh": the venue
            verb = owner.head if owner.dep_ in ("dobj", "obj") else owner
            return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in settlement_words("venue_verbs")
        return prep in self.aim_preps and not words.isdisjoint(self.place_nouns)

    def _names_settlement(self, root):
        """The settlement noun a name qualifies ("the Bulengo camp", "the Mugunga and Lac Vert camps"), which
        then stands where the place does; else None."""
        while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
            root = root.head
        if root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in self.settlements:
            return root.head
        return None

    def _scene_slot(self, root, street: bool) -> bool:
        """Where a name no gazetteer knows stands for a place: the object of a preposition of place or aim
        ("near Tarvel", "towards Pelkino", "in Kamukunji"; a street's also of "on", "along", "from", "down"), or an end of a
        route ("the road between Dioura and Niono"), with the names coordinated with it; not a name that only
        modifies a noun ("the Istiqlal mosque") or follows "of"."""
        while root.dep_ in ("conj", "appos") and root.head.i != root.i and root.head.pos_ == "PROPN":
            root = root.head
        preps = self.locative | self.vicinity | (self.street_preps if street else self.aim_preps - {"on", "against"})
        if street and root.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ in self.street_preps
                                                  for c in root.head.children):
            return True  # "marched down Harbour Road": the parser reads "down" as the verb's particle
        return root.dep_ == "pobj" and (root.head.lower_ in preps or root.head.head.lower_ in bearings()
                                        or (root.head.lower_ == "between" and self._goal_or_route(root.head)))

    def _town_in_name(self, ent):
        """The town the tagger took into an institution's name ("the Soroka Medical Center in Beersheba", "the
        Weizmann Institute of Science in Rehovot" as one ORG): the names after its last "in", when the gazetteer
        knows them as a town or a country; the institution stands in that town."""
        at = max((t.i for t in ent if t.lower_ == "in"), default=None)
        if ent.label_ not in ("ORG", "FAC") or at is None or at == ent.start or at + 1 >= ent.end:
            return None
        town = ent.doc[at + 1:ent.end]
        if not all(t.pos_ == "PROPN" for t in town):
            return None
        found = self.gazetteer.lookup(town.text)
        return town if found is not None and found.kind in ("city", "country") else None

    def _street_name(self, span) -> bool:
        """A street's or square's name ("Harbour Road", "Freedom Square"), however the tagger labelled it."""
        return len(span) > 1 and span[-1].lower_ in self.streets and span[0].text[:1].isupper() \
            and not span.text.isupper()

    def _story_capitals(self, doc: Doc, dl, covered: set[int]) -> list:
        """A bare "the capital" ("protesters marched in the capital") is the capital of the country the
        story names most, or in a roundup's item the country of the item's own dateline ("LIMA — ...");
        on a tie it stays unresolved."""
        found = []
        text = document_text(doc)  # spaCy rebuilds `doc.text` from every token on each access
        paragraphs = ParagraphStarts(text)
        for token in tokens_where(doc, "LOWER", "capital".__eq__):
            if token.i in covered or token.lower_ != "capital" or token.pos_ != "NOUN" or token.i == 0 \
                    or doc[token.i - 1].lower_ != "the" or any(c.dep_ in ("prep", "compound", "amod", "nmod")
                                                            and c.lower_ != "in" for c in token.children):
                continue  # "the capital of Ukraine", "the Lebanese capital" name their country
            country = self._item_country(doc, dl, paragraphs.of(token.idx)) or self._main_country(dl)
            if country in self.gazetteer.capital_of:
                found.append((doc[token.i - 1:token.i + 1], self.gazetteer.capital_of[country]))
        return found

    @staticmethod
    def _item_country(doc: Doc, dl, start: int) -> Optional[str]:
        """The country of a paragraph's own dateline: a place in capitals opening it ("KABUL — ")."""
        text = document_text(doc)
        while start < len(text) and text[start].isspace():
            start += 1
        return next((dl.places[loc.place].country for loc in dl.locations
                     if loc.start == start and loc.place and loc.text.isupper()), None)

    @staticmethod
    def _main_country(dl) -> Optional[str]:
        """The country the story names most, by its places and its states' and governments' names; None
        on a tie or when none is."""
        counts = Counter(dl.places[loc.place].country for loc in dl.locations
                         if loc.place and dl.places[loc.place].country)
        located = {loc.start for loc in dl.locations}
        for mention in dl.mentions:
            actor = dl.actors.get(mention.actor) if mention.actor else None
            if actor is not None and actor.kind in ("state", "government") and actor.country \
                    and mention.start not in located:
                counts[actor.country] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _named_as_place(self, ent, dl) -> bool:
        """A name the tagger took for a person or group that is a place all the same: in a place's slot
        ("in Sanaa", "an assault on Rafah", "the Ryazan refinery") and naming no actor, a state's name
        ("in northern Mali"), or a capital that stands for its government ("Russia pounded Kyiv": the
        city is struck too)."""
        if ent.label_ not in NAME_LABELS or not any(c.isupper() for c in ent.text):
            return False  # "massing in the bush": a word in lower case the tagger took for a name is no town
        mention = dl.mention_at(ent.start_char, ent.end_char)
        actor = dl.actors.get(mention.actor) if mention is not None and mention.actor else None
        if actor is not None and LOCAL_ID.fullmatch(actor.id):
            return self._place_slot(ent.root)  # a name the dictionary lacks ("In Kherson,"), where a place stands
        if actor is not None:
            if actor.kind not in ("government", "state") or mention.text != ent.text:
                return False
            place = self.gazetteer.lookup(ent.text)
            if place is None or place.country != actor.country:
                return False
            return place.kind == "country" if actor.kind == "state" else place.key in self.gazetteer.capitals
        if ent.text.isupper():
            return False  # an acronym ("DACA") is no town
        if any(m.actor for m in dl.mention_index().crossing(ent.start_char, ent.end_char)):
            return False  # "Hamas fighters": a name inside a longer actor's mention is that actor's
        return self._place_slot(ent.root)

    def _joined_places(self, ent) -> list:
        """The towns of a list the tagger took for one group's name ("fired tear gas at crowds in Eldoret and
        Kisumu" tagged as one ORG), in a place's slot: each part, when every part is a town or state the
        gazetteer knows and the whole is no place's name ("Trinidad and Tobago"); else none."""
        if ent.label_ not in NAME_LABELS or not any(t.lower_ == "and" for t in ent) or not self._place_slot(ent.root) \
                or self.gazetteer.lookup(ent.text) is not None:
            return []
        cuts = [t.i for t in ent if t.lower_ == "and" or t.text == ","]
        parts = [ent.doc[a:b] for a, b in zip([ent.start] + [i + 1 for i in cuts], cuts + [ent.end]) if a < b]
        known = all(part[0].text[:1].isupper() and self.gazetteer.lookup(part.text) is not None for part in parts)
        return parts if len(parts) > 1 and known else []

    def _place_slot(self, root) -> bool:
        """Where a name stands for a place: the object of a locative preposition or one of aim ("near
        Kryvyi Rih", "an assault on Rafah"), the name in "the town of X", "the shelling of X" or "west of X"
        (and the names coordinated with it), "out of X", the object of a verb that
        takes places ("to leave Rafah"), the town in "the streets of X", or the subject of its passive ("Natanz was hit"), a name that says where a thing is ("the Ryazan refinery", "at
        Kyiv's largest hospital"), a name followed by its country ("Erbil, Iraq")."""
        if any(c.dep_ in ("appos", "conj") and _after_comma(c) and self._country(c) for c in root.children):
            return True  # "Erbil, Iraq"
        if placed_by_bearing(root):
            return True  # "Hirnyk, northeast of Kurakhove"
        if root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
            return self._place_slot(root.head)  # "in Jenin, Tulkarm and Tubas"
        if any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in PLACE_LABELS for c in root.children):
            return True  # "several towns, Antsiranana and Mahajanga among them", tagger calling the first a group
        if root.dep_ == "pobj" and root.head.lower_ == "including":
            return self._firm_slot(root)  # "three air bases, including Nur Khan"
        if root.dep_ == "pobj":
            return root.head.lower_ in self.locative | self.aim_preps | self.airspace or (
                root.head.lower_ == "of" and (not {root.head.head.lemma_.lower(), root.head.head.lower_}.isdisjoint(
                    self.settlements | self.place_nouns)  # "Ukrainian shelling of X": the tagger may lemmatise "shell"
                                              or root.head.head.lower_ in self.fringes | bearings() | {"out"}
                                              or root.head.head.lemma_.lower() in self.streets)) \
                or self._goal_or_route(root.head)  # "west of Hodeidah", "flew to Popayan"
        if root.dep_ in ("dobj", "obj", "nsubjpass"):  # "shelled Kharkiv", "Natanz had been hit"
            return root.head.lemma_.lower() in self.place_verbs
        if root.dep_ == "poss":  # "at Kyiv's largest hospital", "Lahore's main roads", "the city's outskirts"
            return root.head.dep_ == "pobj" and root.head.head.lower_ in self.locative \
                or root.head.lemma_.lower() in self.streets | self.fringes or root.head.lower_ in self.fringes
        if root.dep_ in ("nmod", "amod", "compound") and root.pos_ == "PROPN" and root.head.lemma_.lower() in self.settlements:
            return True  # "the Mugunga and Lac Vert camps", "Arauca city", "Kimoka hill"
        return root.dep_ == "compound" and root.head.pos_ == "NOUN"

    def _goal_or_route(self, prep) -> bool:
        """A preposition whose object is a place by what it hangs on: "to" after a verb of going or sending ("flew to
        Popayan", "deployed officers to Eruku") or a noun of a trip ("during a visit to Kyiv", "a trip to Popayan"),
        "between" after a road or border ("the road between Sake and Minova"); "through" names the
        ground a route crosses ("drove through central Maputo")."""
        if prep.lower_ == "through":
            return True
        if prep.lower_ == "to":  # also where forces are sent: "deployed officers to Eruku"
            if prep.head.pos_ == "NOUN":
                return prep.head.lemma_.lower() in settlement_words("visit_nouns")
            return prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in arrival_verbs() | settlement_words(
                "deployment_verbs")
        return prep.lower_ == "between" and prep.head.lemma_.lower() in self.streets | settlement_words("border_nouns")

    def _country(self, token) -> bool:
        """Whether a name with its compounds ("Saudi Arabia") is a country's."""
        start = min([c.i for c in token.lefts if c.dep_ == "compound"] + [token.i])
        place = self.gazetteer.lookup(token.doc[start:token.i + 1].text)
        return place is not None and place.kind == "country"

    def _capitals(self, doc: Doc, dl) -> list:
        """Capitals the actors component read as their governments ("a Kyiv hospital", "pounded Kyiv")
        that the tagger did not call places: they are places too."""
        found = []
        for mention in dl.mentions:
            actor = dl.actors.get(mention.actor) if mention.actor else None
            if actor is None or actor.kind != "government":
                continue
            place = self.gazetteer.lookup(mention.text)
            if place is not None and place.key in self.gazetteer.capitals and place.country == actor.country:
                span = doc.char_span(mention.start, mention.end)
                if span is not None:
                    found.append(span)
        return found

    def _untagged_names(self, doc: Doc, taken: bytearray) -> list:
        """Proper names in a place's slot that the tagger left without a label ("in central Kyiv", "a
        Kharkiv school")."""
        found = []
        for token in tokens_where(doc, "POS", "PROPN".__eq__):
            if token.pos_ == "PROPN" and not token.ent_type_ and not taken[token.i] and self._place_slot(token):
                start = token.i
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                        and doc[start - 1].head.i == token.i and not doc[start - 1].ent_type_:
                    start -= 1
                found.append(doc[start:token.i + 1])
        return found

    @staticmethod
    def _place(dl, ids: dict[str, str], place: Gazetted) -> str:
        """The document's id for a place, made on its first mention."""
        if place.key not in ids:
            ids[place.key] = dl.new_id("p")
            dl.places[ids[place.key]] = Place(
                id=ids[place.key], name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                geonames_id=place.geonames_id, kind=place.kind)
        return ids[place.key]
