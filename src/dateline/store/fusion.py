"""Fusion: the events of many documents that report one happening become one story.

Two events report the same happening when their PLOVER types are one or of one family (a raid
and the strike it was, a release and a rescue: data/fusion.yaml; another type only with the same
doer and day), they share a party (by actor code, a code and its parent code alike, else name,
else the words of an unresolved mention; an event that names no doer counts the parties its
sentence names, in no role), their dates are compatible and their places too. Dates: TIMEX3
intervals within a small window (a month holds its days; a month of unknown year fits that month
of any year; the same day for talks and calls); a date the text does not give (the publication
day) means "in the days before", and a day taken from an earlier sentence claims no day. Places:
the same, nearby, or one a country or region holding the other; a place the gazetteer did not
know, or one only the sentence names, vetoes nothing (except for an undated report). An event
whose known doers are the story's recipients, or whose recipients are its doers, is a reply, not
the same act (not for types whose parties stand in no order, such as talks).

Among fitting stories an event joins the one sharing most parties, then doer, day, place (one
the events name outranks one their sentences name), recipient, verb and type (ties: the older
story). Exactly dated events are taken first in date order, then those dated by week or month,
then undated ones, which join a story only when they fit no other. Syndicated copies of one
article (near-duplicate documents, see `similarity`) count once among a story's sources. A story
records its conflicts: sources that give it different days, places or figures.

Numeric claims (killed, wounded... counts) are grouped across documents by measure,
place and day into `figures`, flagged when independent sources disagree.

All of this reads and rewrites the fusion tables only; thresholds live in data/fusion.yaml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import datafiles
from . import DATA
from .cameo import cameo_root
from .similarity import duplicate_pairs
from ..timex.values import interval

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
PARTIAL = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?")  # month (and day) known, year not
WORD = re.compile(r"\w+")
PAST = re.compile(r"\wed$")  # a regular past-tense verb ("accepted", "signed")
LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
POSSESSIVE = re.compile(r"['’]s\b")
ARTICLE = re.compile(r"^(?:the|a|an)\s+|['’]s$", re.I)
STEM_SUFFIX = re.compile(r"(?:ing|ed|es|s|e)$")
KIND_RANK = {"site": 3, "city": 2, "region": 1, "country": 0}


@lru_cache(maxsize=1)
def settings() -> dict:
    with open(DATA / "fusion.yaml", encoding="utf-8") as handle:
        return datafiles.load(handle)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class PlaceRef:
    key: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    kind: str

    def distance(self, other: "PlaceRef") -> Optional[float]:
        if None in (self.lat, self.lon, other.lat, other.lon):
            return None
        return haversine_km(self.lat, self.lon, other.lat, other.lon)

    @property
    def point(self) -> bool:
        """A city or site: a place that can be in only one spot."""
        return KIND_RANK.get(self.kind, 2) >= 2


def place_ref(name, country, lat, lon, geonames_id, kind) -> Optional[PlaceRef]:
    if not name:
        return None
    key = f"geonames:{geonames_id}" if geonames_id else f"{(country or '').upper()}:{name.lower()}"
    return PlaceRef(key, name, country, lat, lon, kind or "city")


def stem(word: Optional[str]) -> str:
    """A crude lemma of a trigger ("killing", "killed", "kills" -> "kill") to compare reports' verbs."""
    word = (word or "").lower().split()[0] if (word or "").split() else ""
    return STEM_SUFFIX.sub("", word) if len(word) > 4 else word


def _words(name: str) -> set[str]:
    return set(WORD.findall(POSSESSIVE.sub("", name.lower())))


def unresolved_place(text: Optional[str]) -> Optional[PlaceRef]:
    """A place named in the text that the gazetteer did not know: it matches only its own name."""
    words = ARTICLE.sub("", " ".join((text or "").split()))
    return PlaceRef(f"text:{words.lower()}", words, None, None, None, "city") if words else None


def same_place_name(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether two places are one: the same key, or a name the gazetteer did not know that holds
    the other's name or is held by it ("Beirut's southern suburbs" and "Beirut")."""
    if a.key == b.key:
        return True
    if a.key.startswith("text:") or b.key.startswith("text:"):
        words_a, words_b = _words(a.name), _words(b.name)
        return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
    return False


def places_compatible(a: Optional[PlaceRef], b: Optional[PlaceRef], nearby_km: float) -> bool:
    """Whether two places can be where one happening took place."""
    if a is None or b is None or a.key == b.key:
        return True
    if a.key.startswith("text:") or b.key.startswith("text:"):
        # a name the gazetteer did not know may be a quarter or landmark of the other: it vetoes nothing
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if not (a.point and b.point):
        return True  # a country or region and something in it (or of unknown country)
    distance = a.distance(b)
    return distance <= nearby_km if distance is not None else a.country is not None and a.country == b.country


@dataclass
class Item:
    """An event as fusion sees it."""

    doc_id: str
    event_id: str
    type: str
    mode: Optional[str]
    date: Optional[str]
    span: Optional[tuple[dt.date, dt.date]]
    day: Optional[str]
    place: Optional[PlaceRef]
    published: Optional[dt.date]
    row: tuple
    partial: Optional[tuple[int, Optional[int]]] = None  # (month, day) of a date whose year is unknown
    actors: list[tuple[str, str]] = field(default_factory=list)      # (key, name)
    recipients: list[tuple[str, str]] = field(default_factory=list)
    context: list[tuple[str, str]] = field(default_factory=list)     # known actors its sentence names
    place_from_sentence: bool = False
    bystanders: list[tuple[str, str]] = field(default_factory=list)  # known parties of its sentence, no doer named
    victims: set[str] = field(default_factory=set)  # surnames of the people it is done to ("nasrallah")
    slack: int = 0  # days its date may be off: counted from a vague date ("mid-May ... ten days later")
    named: set[str] = field(default_factory=set)  # its parties that name someone (see `names_someone`)
    words: frozenset = frozenset()  # the content words of its sentence, stemmed (see `sentence_words`)

    def __post_init__(self):
        if not self.named:  # built by hand: its resolved parties
            self.named = {key for key, _ in self.actors + self.recipients if key.startswith(("code:", "name:"))}
        if not self.words and len(self.row) > 5 and self.row[5]:
            self.words = sentence_words(self.row[5], settings())

    @property
    def stem(self) -> str:
        return stem(self.row[4])

    @property
    def participants(self) -> set[str]:
        return {key for key, _ in self.actors} | {key for key, _ in self.recipients} | {k for k, _ in self.bystanders}


@dataclass
class Story:
    """A happening and the events that report it, with what matching needs kept up to date."""

    type: str
    span: Optional[tuple[dt.date, dt.date]]
    items: list[Item] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    roots: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # code root -> codes
    recipients: set[str] = field(default_factory=set)   # resolved recipients
    places: dict[str, PlaceRef] = field(default_factory=dict)
    sited: dict[str, PlaceRef] = field(default_factory=dict)  # the places events' own arguments name
    days: set[str] = field(default_factory=set)
    partials: set[tuple[int, Optional[int]]] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    types: Counter = field(default_factory=Counter)       # the types its events give (one family)
    actors: set[str] = field(default_factory=set)       # resolved actors (doers)
    unnamed: set[str] = field(default_factory=set)      # words of doers not resolved ("pagers")
    victims: set[str] = field(default_factory=set)      # surnames of the people it is done to
    slack: int = 0                                       # the slack of the date that gives its span
    serial: int = 0                                      # creation order: ties go to the older story
    core: set[str] = field(default_factory=set)          # its founding parties and those two sources name
    docs: set[str] = field(default_factory=set)          # the documents of its reports
    named_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # named party -> documents
    things: set[str] = field(default_factory=set)       # unresolved parties that are no pronoun ("bulk carrier")
    words: Counter = field(default_factory=Counter)      # content word -> how many of its reports say it

    def add(self, item: Item) -> None:
        """Take a report in. The story's core parties are those of the first report that names any,
        and those at least two of its documents name: one report cannot move it to other parties."""
        if not self.core:
            self.core = set(item.named)
        for key in item.named:
            self.named_in[key].add(item.doc_id)
            if len(self.named_in[key]) > 1:
                self.core.add(key)
        self.items.append(item)
        self.docs.add(item.doc_id)
        self.words.update(item.words)
        self.things |= _things(item, settings())
        self.stems.add(item.stem)
        self.types[item.type] += 1
        self.type = max(self.types.items(), key=lambda kv: (kv[1], kv[0] == self.type))[0]
        self.actors |= {key for key, _ in item.actors if key.startswith("code:")}
        self.unnamed |= _unnamed(item)
        self.victims |= item.victims
        for key in item.participants - self.participants:
            self.participants.add(key)
            if key.startswith("code:"):
                self.roots[key[:8]].add(key)
        self.recipients |= {key for key, _ in item.recipients if not key.startswith("text:")}
        if item.place is not None:
            self.places.setdefault(item.place.key, item.place)
            if not item.place_from_sentence:
                self.sited.setdefault(item.place.key, item.place)
        if item.day:
            self.days.add(item.day)
        if item.partial:
            self.partials.add(item.partial)
        if item.mode:
            self.modes.add(item.mode)
        if item.span and (self.span is None or (item.span[1] - item.span[0]) < (self.span[1] - self.span[0])):
            # one report's loose date does not loosen the story: only the date that gives its span
            self.span, self.slack = item.span, item.slack

    def knows(self, key: str) -> bool:
        """Whether one of the story's actors is the same side as `key`."""
        return key in self.participants or (
            key.startswith("code:") and any(same_actor(key, other) for other in self.roots.get(key[:8], ())))

    def founded_with(self, key: str) -> bool:
        """Whether `key` is the same side as a named party of the report that founded the story."""
        return key in self.core or (key.startswith("code:") and any(same_actor(key, other) for other in self.core))


def _unnamed(item: "Item") -> set[str]:
    """The words of an event's doers that no actor resolves ("exploding pagers": exploding, pagers)."""
    return {w for key, _ in item.actors if key.startswith("text:") for w in _words(key[5:])}


def _things(item: "Item", cfg: dict) -> set[str]:
    """An event's parties the pipeline did not resolve, save pronouns ("hand-held radios", "bulk carrier")."""
    return {key for key, _ in item.actors + item.recipients
            if key.startswith("text:") and key[5:] not in cfg["pronouns"] and key not in item.named}


def _partial_span(partial: tuple[int, Optional[int]], year: int) -> Optional[tuple[dt.date, dt.date]]:
    """The days a month (and day) of unknown year covers in `year`."""
    month, day = partial
    try:
        first = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return first, first if day else interval(f"{year:04d}-{month:02d}")[1]


def _partial_fits(partial: tuple[int, Optional[int]], span, window: dt.timedelta) -> bool:
    """Whether a month (and day) of unknown year falls in a span, in either of its years."""
    for year in {span[0].year, span[1].year}:
        days = _partial_span(partial, year)
        if days and days[0] <= span[1] + window and span[0] - window <= days[1]:
            return True
    return False


def dates_compatible(story: "Story", item: Item, window: dt.timedelta) -> Optional[bool]:
    """True or False when the dates say, None when one side has no date to compare."""
    window = window + dt.timedelta(days=max(story.slack, item.slack))
    if story.span and item.span:
        return story.span[0] - window <= item.span[1] and item.span[0] - window <= story.span[1]
    if item.partial and story.span:
        return _partial_fits(item.partial, story.span, window)
    partials = story.partials
    if partials and item.span:
        return all(_partial_fits(p, item.span, window) for p in partials)
    if partials and item.partial:  # both of unknown year: compared within one (leap) year
        return all(_partial_fits(p, _partial_span(item.partial, 2000), window) for p in partials)
    return None


def match_score(story: Story, item: Item, cfg: dict) -> Optional[int]:
    """How well an event fits a story, or None when it cannot report the same happening."""
    return judge(story, item, cfg)[0]


def family(type_: str, cfg: dict) -> str:
    """The family of PLOVER types that may name one happening in different words (see fusion.yaml)."""
    for members in cfg.get("type_families", ()):
        if type_ in members:
            return "+".join(members)
    return type_


def judge(story: Story, item: Item, cfg: dict) -> tuple[Optional[int], str]:
    """(score, "") when an event fits a story, else (None, the rule that keeps them apart)."""
    if family(item.type, cfg) != family(story.type, cfg):
        return None, "types"
    dated = dates_compatible(story, item, dt.timedelta(days=cfg["window_days"]))
    if dated is False:
        return None, "dates"
    if item.place is not None and not item.place_from_sentence and not all(
            places_compatible(p, item.place, cfg["nearby_km"]) for p in story.sited.values()):
        return None, "places"  # only places the events themselves name can tell two happenings apart
    theirs = {key for key, _ in item.recipients if not key.startswith("text:")}
    coded = {key for key in theirs if key.startswith("code:")}
    known = {key for key in story.recipients if key.startswith("code:")}
    if cfg["recipients_must_meet"] and known and coded and not (any(story.knows(k) for k in coded)
                                                                or _meets(known, item.participants)):
        return None, "recipients"  # done to another side (as far as coded actors tell; a bare name may be a place)
    if story.type in cfg["exact_day_types"] and item.day and story.days and item.day not in story.days:
        return None, "exact day"  # meetings and calls on consecutive days are different happenings
    if item.day and story.days and item.day not in story.days and story.unnamed and _unnamed(item) \
            and not story.unnamed & _unnamed(item):
        return None, "actors"  # pagers one day, radios the next: unnamed doers apart on other days
    if story.victims and item.victims and not story.victims & item.victims:
        return None, "recipients"  # the killing of one named person is not the killing of another
    same_day = item.day is not None and item.day in story.days
    # parties count only when named, and only those the story was founded with; a party of most of
    # the corpus (the government publishing it) counts only beside another, or on the same stated day
    # (for words said, talks and appeals: with the same verb or place too)
    founders = {key for key in item.named if story.founded_with(key)}
    sides = {side(key) for key in founders}
    same_place = item.place is not None and any(same_place_name(item.place, p) for p in story.places.values())
    shared = len(sides) if len(sides) > 1 or not founders <= cfg.get("common", frozenset()) or (
        same_day and (item.type not in cfg["verbal_types"] or same_place or item.stem in story.stems)) else 0
    material = item.type not in cfg["verbal_types"]
    if not shared and not (same_day and (
            same_place and item.place.kind != "country" and (not (story.core and item.named)
                                                             or material and item.place.point)
            or material and _things(item, cfg) & story.things)):
        # on the same day, a place where one side names no one, the same town for a deed, or the same
        # words for those who did it or had it done to them, may do
        return None, "actors"
    if item.type not in story.types and not (_meets(story.actors, {k for k, _ in item.actors if k.startswith("code:")})
                                             and (same_day or item.stem in story.stems)):
        return None, "types"  # another type of one family: only with a doer and the day (or word) in common
    # a place an event's own arguments name is surer than one its sentence names elsewhere
    sited = item.place is not None and any(same_place_name(item.place, p) for p in story.sited.values())
    if dated is None and (shared < 2 and not (shared and (sited or item.stem in story.stems)) or (
            item.place is not None and not all(
            places_compatible(p, item.place, cfg["nearby_km"]) for p in story.sited.values()))):
        # an undated report must share two actors, or one and its own place or verb, and name no place elsewhere
        return None, "undated"
    if _loose(item, cfg) and shared < 2 and not (shared and (sited or item.stem in story.stems or wording(
            story, item, cfg.get("weights", {})) >= cfg["undated_wording"]["least"])):
        # a month is hardly a date: a report dated by no more needs as much, or the story's words
        return None, "undated"
    if story.type in cfg["distinct_modes"] and item.mode and story.modes - {item.mode}:
        return None, "modes"  # a phone call is not the visit it is compared with
    if cfg["roles_must_not_swap"] and story.type not in cfg["symmetric_types"] and story.actors and item.actors:
        doers = {k for k, _ in item.actors if k.startswith("code:")}
        if doers and not _meets(story.actors, doers) and (_meets(story.recipients, doers)
                                                          or _meets(story.actors, coded)):
            return None, "roles swapped"  # the side done to in the story is the doer here, or the reverse
    same_recipient = bool(theirs) and any(story.knows(k) for k in theirs) and _meets(story.recipients, theirs)
    same_doer = _meets(story.actors, {k for k, _ in item.actors if k.startswith("code:")})
    same_victim = bool(story.victims & item.victims)  # a named person killed is strong evidence
    return (2 * shared + same_day + same_place + sited + same_doer + same_recipient + 2 * same_victim
            + (item.stem in story.stems) + (item.type in story.types)), ""


def _loose(item: Item, cfg: dict) -> bool:
    """Whether a report is dated by no more than a week or month (of a known year or not)."""
    if item.span is not None and item.date:
        return (item.span[1] - item.span[0]).days > cfg["window_days"]
    return item.partial is not None and item.partial[1] is None


def why_apart(a: Item, b: Item, cfg: dict) -> str:
    """The rule that keeps two events out of one story when each is alone ("" when none does)."""
    for first, second in ((a, b), (b, a)):
        story = Story(first.type, first.span)
        story.add(first)
        reason = judge(story, second, cfg)[1]
        if reason:
            return reason
    return ""


def common_parties(items: list[Item], cfg: dict) -> frozenset:
    """The parties that take part in events of more than `common_share` of
    the documents, when they are at least `common_min` documents: in a corpus of one government's
    statements that government is in every other story and says nothing about which."""
    docs: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for key in item.named:
            docs[key].add(item.doc_id)
    total = len({item.doc_id for item in items})
    return frozenset(key for key, held in docs.items()
                     if len(held) >= cfg["common_min"] and len(held) > cfg["common_share"] * total)


def sentence_words(sentence: str, cfg: dict) -> frozenset:
    """The content words of a sentence, crudely stemmed ("ordered", "orders" -> "order"): its words of
    three letters or more that are no function word."""
    closed = _function_words(cfg)
    return frozenset(stem(w) for w in WORD.findall(sentence.lower()) if len(w) > 2 and w not in closed)


def _function_words(cfg: dict) -> frozenset:
    return frozenset(cfg["pronouns"] + cfg["determiners"] + cfg["not_nouns"] + cfg["function_words"])


def word_weights(items: list[Item]) -> dict[str, float]:
    """How telling each content word is: the log of how rare it is among the corpus's sentences
    ("unhindered" tells more than "said")."""
    sentences = {(i.doc_id, i.row[3]): i.words for i in items}
    held = Counter(w for words in sentences.values() for w in words)
    return {w: math.log((len(sentences) + 1) / n) for w, n in held.items()}  # a word of every sentence still counts a little


def wording(story: Story, item: Item, weights: dict[str, float]) -> float:
    """How much of a report's wording a story's reports share, on average, weighted by how telling
    each word is: 0 when none of it, 1 when every report says every word of it."""
    total = sum(weights.get(w, 0.0) for w in item.words)
    if not total or not story.items:
        return 0.0
    return sum(weights.get(w, 0.0) * story.words[w] for w in item.words) / (total * len(story.items))


def told_apart_by_words(fits: list[tuple[int, Story]], item: Item, weights: dict[str, float],
                        cfg: dict) -> Optional[Story]:
    """Of stories an undated report fits alike, the one whose reports say it in its own words, when
    one clearly does (`undated_wording`): the same order told with the same rare words ("ensure",
    "unhindered") is one order, another order of the same court is told in other words."""
    ranked = sorted(((wording(story, item, weights), story) for _, story in fits), key=lambda ws: -ws[0])
    rule = cfg["undated_wording"]
    if ranked and ranked[0][0] >= rule["least"] and (len(ranked) == 1 or ranked[0][0] >= rule["ratio"] * ranked[1][0]):
        return ranked[0][1]
    return None


def cluster(items: list[Item], cfg: dict, groups: Optional["Groups"] = None) -> list[Story]:
    """Events into stories: each event, in date order, joins the best matching story of its type.

    An event of a near-duplicate copy joins the story of the same event (type, trigger and
    sentence) in the original, so a syndicated article is never a story of its own.
    """
    cfg = {**cfg, "common": common_parties(items, cfg)}
    weights = cfg["weights"] = word_weights(items)
    def same_event(item: Item, doc_id: str) -> tuple:
        return doc_id, item.type, item.row[4], item.row[5]

    told: dict[tuple, Story] = {}
    stories: list[Story] = []
    by_key: dict[tuple[str, str], list[Story]] = defaultdict(list)
    past: dict[tuple[str, str], list[Story]] = defaultdict(list)
    filed_under: dict[int, set[str]] = defaultdict(set)
    horizon = dt.timedelta(days=cfg["window_days"] + cfg["coarsest_days"])
    def vague(item: Item) -> bool:
        return item.span is not None and (item.span[1] - item.span[0]).days > cfg["window_days"]

    # exactly dated events first, in date order, then those dated by week or month: a vague report
    # joins the stories the precise ones make instead of seeding one that swallows several
    items = sorted(items, key=lambda i: (i.span is None and i.partial is None, vague(i) or i.partial is not None,
                                         i.span[0] if i.span else dt.date.max,
                                         i.published or dt.date.max, i.doc_id, i.row[2]))
    for item in items:
        root = groups.find(item.doc_id) if groups is not None else item.doc_id
        original = told.get(same_event(item, root)) if root != item.doc_id else None
        if original is not None:
            original.add(item)
            continue
        keys = [(family(item.type, cfg), k) for key in item.named | _things(item, cfg) for k in index_keys(key)]
        if item.place is not None:
            keys.append((family(item.type, cfg), "@" + item.place.key))
        if item.span and not vague(item):
            for k in keys:  # items come in date order: stories long past stay filed, out of the way
                filed = by_key.get(k)
                if filed and any(s.span and s.span[1] + horizon < item.span[0] for s in filed[:1]):
                    past[k].extend(s for s in filed if s.span and s.span[1] + horizon < item.span[0])
                    by_key[k] = [s for s in filed if not (s.span and s.span[1] + horizon < item.span[0])]
        candidates = {id(s): s for k in keys for s in by_key.get(k, ())}
        if item.span is None or vague(item):  # these come last and may belong to any story
            candidates.update((id(s), s) for k in keys for s in past.get(k, ()))
        best, best_score, fits = None, None, []
        for story in sorted(candidates.values(), key=lambda s: s.serial):
            score = match_score(story, item, cfg)
            if score is not None:
                fits.append((score, story))
            if score is not None and (best_score is None or score > best_score):
                best, best_score = story, score
        alike = [(score, story) for score, story in fits if score + cfg["undated_margin"] > best_score]
        if len(alike) > 1 and item.span is None and item.partial is None:
            # with no date to tell them apart, a report that fits several stories alike joins none,
            # unless it is told in the words of one of them
            best = told_apart_by_words(alike, item, weights, cfg)
        if best is None:
            best = Story(item.type, item.span, serial=len(stories))
            stories.append(best)
        best.add(item)
        told.setdefault(same_event(item, item.doc_id), best)
        # filed under its founding parties only: a report must share one of those to join
        new = {k for key in best.core | best.things for k in index_keys(key)} - filed_under[id(best)]
        if item.place is not None:
            new.add("@" + item.place.key)
        for k in new - filed_under[id(best)]:
            filed_under[id(best)].add(k)
            by_key[(family(item.type, cfg), k)].append(best)
    return stories


class Groups:
    """Union-find over documents: near-duplicate copies share one root (the original)."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent.get(x, x) != x:
            self.parent[x] = self.parent.get(self.parent[x], self.parent[x])
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, order) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=order)
            self.parent[second] = first


def same_actor(a: str, b: str) -> bool:
    """Whether two actor keys name the same side: equal, or CAMEO-style codes one of which
    extends the other (USA and USAGOV, UKR and UKRMIL; not UKRMIL and UKRGOV)."""
    return a == b or (a.startswith("code:") and b.startswith("code:") and (a.startswith(b) or b.startswith(a)))


def side(key: str) -> str:
    """The side a party is on: a code's country root (USA of USAGOV), else the party itself."""
    return key[:8] if key.startswith("code:") else key


def _meets(keys: set[str], others: set[str]) -> bool:
    return any(same_actor(a, b) for a in keys for b in others)


def index_keys(key: str) -> list[str]:
    """Where a story is filed for candidate lookup: its key, and a code's country root."""
    return [key, key[:8]] if key.startswith("code:") and len(key) > 8 else [key]


def actor_key(code: Optional[str], name: Optional[str], text: Optional[str]) -> tuple[str, str]:
    """(key, name) of an event's actor across documents: its code, else its name, else the
    words that name it when the actor was not resolved ("the Houthis" and "Houthis" alike)."""
    if code:
        return f"code:{code}", name or code
    if name:
        return f"name:{name.lower()}", name
    words = ARTICLE.sub("", " ".join((text or "").split()))
    return f"text:{words.lower()}", words


def _load_items(con, cfg) -> list[Item]:
    modalities = cfg["modalities"]
    rows = con.execute(f"""
        SELECT e.doc_id, e.id, e.trigger_start, e.type, e.mode, e.date, e.timex_id, t.start < e.sentence_start,
               e.sentence_start, e.trigger, e.sentence, e.location, a.value,
               t.start - e.sentence_start, t."end" - e.sentence_start,
               p.name, p.country, p.lat, p.lon, p.geonames_id, p.kind, d.published
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
        LEFT JOIN timexes t ON t.doc_id = e.doc_id AND t.id = e.timex_id
        LEFT JOIN timexes a ON a.doc_id = t.doc_id AND a.id = t.anchor
        WHERE e.modality IN ({','.join('?' * len(modalities))})
    """, modalities).fetchall()
    items: dict[tuple[str, str], Item] = {}
    before = dt.timedelta(days=cfg["undated_days_before"])
    coarsest = dt.timedelta(days=cfg["coarsest_days"])
    for (doc_id, event_id, start, type_, mode, date, timex, earlier, sentence_start, trigger, sentence, location,
         anchor, timex_start, timex_end, *place, published) in rows:
        if timex is None and published is not None and date == published.isoformat():
            date = None  # the day the document came out, not one the text gives: it happened before
        if earlier and type_ in cfg["verbal_types"] and _long_before(date, published, coarsest) \
                and not PAST.search(trigger or ""):
            # words said, dated from an earlier sentence long before, and not told in the past tense
            # ("we support Israel", not "Hamas accepted"): said when published
            date = None
        elif timex is not None and not earlier and not_its_day(
                sentence or "", timex_start, timex_end, start - sentence_start, cfg):
            date = None  # "our support since the October 7 attacks": the date is the attacks', not the support's
        span = interval(date)
        coarse = span is not None and span[1] - span[0] >= coarsest
        if coarse:
            span = None  # a year or a season: too vague to place it, yet not undated either
        partial = PARTIAL.match(date or "")
        if span is None and partial is None and published is not None and not coarse:
            span = (published - before, published)
        # a day taken from an earlier sentence ("On Monday ... Later, ...") is where the story had got
        # to, not a day this report claims: it makes no same-day match nor a conflict
        day = date[:10] if date and DAY.match(date) and not earlier else None
        items[(doc_id, event_id)] = Item(doc_id, event_id, type_, mode, date, span, day,
                                         place_ref(*place) or unresolved_place(location), published, (doc_id, event_id, start, sentence_start, trigger, sentence),
                                         (int(partial[1]), int(partial[2]) if partial[2] else None)
                                         if partial else None, slack=_slack(date, anchor, cfg["max_slack_days"]),
                                         words=sentence_words(sentence or "", cfg))
    for table, attribute in (("event_actors", "actors"), ("event_recipients", "recipients")):
        # a recipient that is the event's place ("a strike on Beirut") is where, not whom
        for doc_id, event_id, code, name, text, kind, first in con.execute(f"""
                SELECT x.doc_id, x.event_id, a.code, a.name, x.text, a.kind, x.start = e.sentence_start FROM {table} x
                JOIN events e ON e.doc_id = x.doc_id AND e.id = x.event_id
                LEFT JOIN actors a ON a.doc_id = x.doc_id AND a.id = x.actor_id
                WHERE {'TRUE' if attribute == 'actors' else 'e.location_start IS DISTINCT FROM x.start'}
                ORDER BY x.position"""
        ).fetchall():
            item = items.get((doc_id, event_id))
            if item is not None:
                key = actor_key(code, name, text)
                getattr(item, attribute).append(key)
                if names_someone(key, text, first, cfg):
                    item.named.add(key[0])
                if attribute == "recipients" and kind == "person" and name and name.split():
                    item.victims.add(name.split()[-1].lower())
    # An event whose own arguments name no known actor or place takes those its sentence names.
    for doc_id, event_id, code, name, text, *place in con.execute(f"""
            SELECT e.doc_id, e.id, a.code, a.name, n.text,
                   p.name, p.country, p.lat, p.lon, p.geonames_id, p.kind
            FROM events e JOIN entities n ON n.doc_id = e.doc_id
                 AND n.start >= e.sentence_start AND n."end" <= e.sentence_end
            LEFT JOIN actors a ON a.doc_id = n.doc_id AND a.id = n.actor_id
            LEFT JOIN places p ON p.doc_id = n.doc_id AND p.id = n.place_id
            WHERE e.modality IN ({','.join('?' * len(modalities))}) AND (a.id IS NOT NULL OR p.id IS NOT NULL)
            ORDER BY e.doc_id, e.id, n.start""", modalities).fetchall():
        item = items.get((doc_id, event_id))
        if item is None:
            continue
        if code or name:
            key = actor_key(code, name, text)
            if key not in item.context:
                item.context.append(key)
        elif item.place is None or item.place_from_sentence:
            ref = place_ref(*place)
            if ref is not None and (item.place is None or KIND_RANK.get(ref.kind, 2) > KIND_RANK.get(item.place.kind, 2)):
                item.place, item.place_from_sentence = ref, True
    for item in items.values():
        if not any(key.startswith(("code:", "name:")) for key, _ in item.actors):
            # done by no one named ("Nasrallah had been killed, a day after Israeli jets bombed ...",
            # "a rocket hit the town, Israel said"): the parties its sentence names take part, in a
            # role the sentence does not tell
            item.bystanders = [k for k in item.context if k[0] not in item.participants]
            item.named |= {key for key, _ in item.bystanders}
    return list(items.values())


def names_someone(key: tuple[str, str], text: Optional[str], first: bool, cfg: dict) -> bool:
    """Whether an event's party names someone in particular: a resolved actor, or words the pipeline
    did not resolve that hold a figure ("140 officers") or a capitalised word that is neither a
    pronoun nor merely the first word of the sentence ("the Houthis"; not "we", "Leaders")."""
    if key[0].startswith(("code:", "name:")):
        return key[1].lower() not in cfg["pronouns"]
    words = (text or "").split()
    return any(w[:1].isdigit() for w in words) or any(
        w[:1].isupper() and w.lower().strip(".,:;") not in cfg["pronouns"] and not (first and i == 0)
        for i, w in enumerate(words))


def possessor(word: str, cfg: dict) -> bool:
    """Whether a word is a name in the possessive ("Hamas's"), which determines the noun after it."""
    owner = POSSESSIVE.sub("", word)
    return owner != word and owner[:1].isupper() and owner.lower() not in cfg["pronouns"] + cfg["not_nouns"]


def not_its_day(sentence: str, start: Optional[int], end: Optional[int], trigger: int, cfg: dict) -> bool:
    """Whether a date in an event's sentence is not the day it happened: a bound ("since October 7",
    "after May 31") or a date that premodifies a noun that is not the event's trigger ("the October 7
    attacks" for a report of support: determiner, date, then lowercase words up to the noun, none of
    which is the trigger)."""
    if start is None or end is None or start < 0 or not (0 <= trigger < len(sentence)):
        return False
    before = sentence[:start].split()
    if before and before[-1].lower() in cfg["bounds"]:
        return True
    if not before or not (before[-1].lower() in cfg["determiners"] or possessor(before[-1], cfg)):
        return False
    at = end + (2 if sentence[end:end + 2] in ("'s", "’s") else 0)
    closed = set(cfg["not_nouns"]) | set(cfg["determiners"]) | set(cfg["pronouns"])
    for n, word in enumerate(LOWER_WORD.finditer(sentence, at)):  # the noun phrase's words after the date
        if word.start() != at or word[1] in closed or n == 3:
            break
        if word.start(1) <= trigger < word.end(1):
            return False
        at = word.end()
    return at > end + 2


def _long_before(date: Optional[str], published: Optional[dt.date], gap: dt.timedelta) -> bool:
    """Whether a date ends more than `gap` before the publication day."""
    span = interval(date)
    return span is not None and published is not None and span[1] < published - gap


def _slack(date: Optional[str], anchor: Optional[str], most: int) -> int:
    """How many days a date counted from another may be off: a third of what that one spans when it
    is vaguer than the date itself ("mid-September ... ten days later" is no sure day), at `most`."""
    if not date or not anchor:
        return 0
    known = re.sub(r"^XXXX", "2000", anchor)
    spans = interval(known), interval(re.sub(r"^XXXX", "2000", date))
    if spans[0] is None or spans[1] is None:
        return 0
    extent, own = ((s[1] - s[0]).days + 1 for s in spans)
    return min(extent // 3, most) if extent > own else 0


def _duplicates(con, cfg) -> tuple[Groups, list[tuple]]:
    docs = con.execute("SELECT id, sketch, published, path FROM documents").fetchall()
    order_of = {d: (p or dt.date.max, path or "", d) for d, _, p, path in docs}
    groups = Groups()
    similar = {}
    for a, b, similarity in duplicate_pairs({d: s or [] for d, s, _, _ in docs}, cfg["duplicate_jaccard"]):
        groups.union(a, b, order_of.__getitem__)
        similar[(a, b)] = similar[(b, a)] = similarity
    rows = []
    for doc in order_of:
        root = groups.find(doc)
        if root != doc:
            rows.append((doc, root, similar.get((doc, root))))
    return groups, rows


def _agrees(values: list[tuple[float, bool]], tolerance: float) -> bool:
    """Whether figures (value, approximate) from several sources agree."""
    for (a, approx_a), (b, approx_b) in zip(values, values[1:]):
        if a == b:
            continue
        if (approx_a or approx_b) and abs(a - b) <= tolerance * max(abs(a), abs(b)):
            continue
        return False
    return True


def _sentence_figures(con, cfg) -> dict[tuple[str, int], list[tuple]]:
    """(doc id, sentence start) -> the measured quantities in that sentence."""
    out: dict[tuple[str, int], list[tuple]] = defaultdict(list)
    measures = cfg["measures"]
    for row in con.execute(f"""
            SELECT doc_id, sentence_start, measure, value, approximate, id FROM quantities
            WHERE measure IN ({','.join('?' * len(measures))}) ORDER BY doc_id, start""", measures).fetchall():
        out[(row[0], row[1])].append(row[2:])
    return out


def _conflicts(story: Story, groups: Groups, figures: dict, cfg: dict) -> tuple[list[dict], Optional[float]]:
    conflicts = []
    days: dict[str, set[str]] = defaultdict(set)
    for item in story.items:
        if item.day:
            days[item.day].add(item.doc_id)
    if len(days) > 1 and len({d for docs in days.values() for d in docs}) > 1:
        conflicts.append({"field": "date", "values": [{"value": v, "documents": sorted(docs)}
                                                      for v, docs in sorted(days.items())]})
    points: dict[str, tuple[PlaceRef, set[str]]] = {}
    for item in story.items:  # only places the events themselves name (not their sentences) can disagree
        if item.place is not None and item.place.point and not item.place_from_sentence:
            points.setdefault(item.place.key, (item.place, set()))[1].add(item.doc_id)
    refs = [ref for ref, _ in points.values()]
    apart = any((a.distance(b) or cfg["conflict_km"] + 1) > cfg["conflict_km"]
                for i, a in enumerate(refs) for b in refs[i + 1:])
    if apart:
        conflicts.append({"field": "place", "values": [{"value": ref.name, "documents": sorted(docs)}
                                                       for ref, docs in points.values()]})
    fatalities = None
    by_measure: dict[str, dict[str, tuple[float, bool]]] = defaultdict(dict)
    seen = set()
    for item in story.items:
        sentence = (item.doc_id, item.row[3])
        if sentence in seen:
            continue
        seen.add(sentence)
        for measure, value, approximate, _ in figures.get(sentence, ()):
            root = groups.find(item.doc_id)
            held = by_measure[measure].get(root)
            if held is None or value > held[0]:
                by_measure[measure][root] = (value, approximate)
    for measure, per_source in sorted(by_measure.items()):
        values = sorted(per_source.values())
        if measure == "killed":
            fatalities = values[0][0]
        if not _agrees(values, cfg["approximate_tolerance"]):
            listed = defaultdict(list)
            for root, (value, _) in per_source.items():
                listed[value].append(root)
            conflicts.append({"field": measure, "values": [{"value": v, "documents": sorted(docs)}
                                                           for v, docs in sorted(listed.items())]})
    return conflicts, fatalities


def _story_rows(story: Story, groups: Groups, figures: dict, docs: dict, cfg: dict) -> tuple[tuple, list[tuple]]:
    items = story.items
    first_item = min(items, key=lambda i: (i.published or dt.date.max, docs[i.doc_id]["path"] or "", i.doc_id))
    seed = items[0]
    story_id = "s" + hashlib.sha1(f"{seed.doc_id}:{seed.event_id}".encode()).hexdigest()[:12]
    # the day most reports give, else the date of the report that dates the story most narrowly
    days = Counter(i.day for i in items if i.day)
    narrowest = [i.date for i in items if i.date and i.span is not None and i.span == story.span]
    dated = Counter(narrowest or [i.date for i in items if i.date])
    date = (min(days.items(), key=lambda kv: (-kv[1], kv[0]))[0] if days
            else min(dated.items(), key=lambda kv: (-kv[1], kv[0]))[0] if dated else None)
    modes = Counter(i.mode for i in items if i.mode)
    mode = modes.most_common(1)[0][0] if modes else None
    actors = Counter(name for i in items for _, name in i.actors)
    recipients = Counter(name for i in items for _, name in i.recipients)
    actor_keys = Counter(key[5:] for i in items for key, _ in i.actors if key.startswith("code:"))
    recipient_keys = Counter(key[5:] for i in items for key, _ in i.recipients if key.startswith("code:"))
    places = Counter(i.place for i in items if i.place is not None)
    place = max(places.items(), key=lambda kv: (KIND_RANK.get(kv[0].kind, 2), kv[1]))[0] if places else None
    conflicts, fatalities = _conflicts(story, groups, figures, cfg)
    sources = len({groups.find(i.doc_id) for i in items})
    first_doc = docs[first_item.doc_id]
    span = story.span
    story_row = (
        story_id, story.type, mode, cameo_root(story.type, mode), date,
        span[0] if span else None, span[1] if span else None,
        [n for n, _ in actors.most_common()], [c for c, _ in actor_keys.most_common()],
        [n for n, _ in recipients.most_common()], [c for c, _ in recipient_keys.most_common()],
        place.name if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None, place.kind if place else None,
        sources, len({i.doc_id for i in items}),
        first_doc["outlet"], first_item.published, first_item.doc_id, fatalities, json.dumps(conflicts),
    )
    source_rows = [(story_id, i.doc_id, i.event_id, docs[i.doc_id]["outlet"], docs[i.doc_id]["published"],
                    (groups.find(i.doc_id) if groups.find(i.doc_id) != i.doc_id else None)) for i in items]
    return story_row, source_rows


def _figures(con, groups: Groups, told: dict, cfg: dict) -> tuple[list[tuple], list[tuple]]:
    """Numeric claims grouped by measure, place and time across documents.

    The time of a claim in a sentence that reports a story is that story (its sources
    may date it differently); otherwise the day the claim names, its sentence's event
    names, or the document's published day. `told` maps (doc id, sentence start) to
    (story id, story date).
    """
    measures = cfg["measures"]
    marks = ",".join("?" * len(measures))
    quantities = con.execute(f"""
        SELECT q.doc_id, q.id, q.measure, q.unit, q.value, q.approximate, q.text, q.start, q."end", q.date,
               q.sentence_start, q.sentence_end, d.published, d.outlet
        FROM quantities q JOIN documents d ON d.id = q.doc_id
        WHERE q.measure IN ({marks}) ORDER BY q.doc_id, q.start""", measures).fetchall()
    if not quantities:
        return [], []
    where: dict[tuple[str, int], list[tuple]] = defaultdict(list)
    for doc_id, start, date, name, country, lat, lon, gid, kind in con.execute(f"""
            SELECT n.doc_id, n.start, NULL, p.name, p.country, p.lat, p.lon, p.geonames_id, p.kind
            FROM entities n JOIN places p ON p.doc_id = n.doc_id AND p.id = n.place_id
            WHERE n.doc_id IN (SELECT doc_id FROM quantities WHERE measure IN ({marks}))
            UNION ALL
            SELECT e.doc_id, e.sentence_start, e.date, p.name, p.country, p.lat, p.lon, p.geonames_id, p.kind
            FROM events e LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
            WHERE e.doc_id IN (SELECT doc_id FROM quantities WHERE measure IN ({marks}))""",
            measures * 2).fetchall():
        where[doc_id].append((start, date, place_ref(name, country, lat, lon, gid, kind)))
    claims: dict[tuple, list[tuple]] = defaultdict(list)
    several = Counter((q[0], q[10], q[2]) for q in quantities)
    for (doc_id, qid, measure, unit, value, approximate, text, start, end, date,
         s_start, s_end, published, outlet) in quantities:
        in_sentence = [(at, d, p) for at, d, p in where.get(doc_id, ())
                       if s_start is not None and s_start <= at < (s_end or 0)]
        places = sorted((p for _, _, p in in_sentence if p is not None),
                        key=lambda p: -KIND_RANK.get(p.kind, 2))
        if not places:
            continue
        if several[(doc_id, s_start, measure)] > 1:
            # "40,000 killed in Gaza, while Israel says 1,200 were killed": each figure is of the
            # place named nearest to it, not one place for the sentence
            named = [(abs(at - start), p) for at, d, p in in_sentence if p is not None and d is None]  # entities
            places = [min(named, key=lambda ap: ap[0])[1]] if named else places
        story = told.get((doc_id, s_start))
        day = story[1] if story else next((v[:10] for v in [date] + [d for _, d, _ in in_sentence]
                                           if v and DAY.match(v)), published.isoformat() if published else None)
        if day is None:
            continue
        claims[(measure, unit, places[0].key, story[0] if story else day)].append(
            (doc_id, qid, value, approximate, text, start, end, published, outlet, places[0], day))
    figure_rows, source_rows = [], []
    for (measure, unit, place_key, when), found in sorted(claims.items(), key=lambda kv: (kv[1][0][10], str(kv[0]))):
        if len({f[0] for f in found}) < 2:
            continue
        place = found[0][9]
        day = found[0][10]
        figure_id = "f" + hashlib.sha1(f"{measure}|{unit}|{place_key}|{when}".encode()).hexdigest()[:12]
        per_source: dict[str, tuple[float, bool]] = {}
        for f in found:
            root = groups.find(f[0])
            if root not in per_source or f[2] > per_source[root][0]:
                per_source[root] = (f[2], f[3])
        values = sorted(per_source.values())
        figure_rows.append((figure_id, measure, unit, place.name, place.country, day,
                            len({f[0] for f in found}), len(per_source), values[0][0], values[-1][0],
                            not _agrees(values, cfg["approximate_tolerance"])))
        for doc_id, qid, value, approximate, text, start, end, published, outlet, *_ in found:
            root = groups.find(doc_id)
            source_rows.append((figure_id, doc_id, qid, value, approximate, text, None, start, end,
                                outlet, published, root if root != doc_id else None))
    return figure_rows, source_rows


def state(con) -> str:
    """What the stories must be built from: the documents and their versions."""
    count, versions = con.execute(
        "SELECT count(*), coalesce(sum(hash(id || pipeline_version)), 0) FROM documents").fetchone()
    return f"{count}:{versions}"


def stale(con) -> bool:
    """Whether the documents changed since fusion last ran."""
    row = con.execute("SELECT value FROM store_state WHERE key = 'fused'").fetchone()
    return row is None or row[0] != state(con)


def _insert(con, table: str, rows: list[tuple], chunk: int = 500) -> None:
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        marks = ",".join(["(" + ",".join("?" * len(part[0])) + ")"] * len(part))
        con.execute(f"INSERT INTO {table} VALUES {marks}", [v for r in part for v in r])


def fuse(con, cfg: Optional[dict] = None) -> int:
    """Rebuild duplicates, stories, their sources and the cross-document figures. Returns the story count."""
    cfg = cfg or settings()
    groups, duplicate_rows = _duplicates(con, cfg)
    items = _load_items(con, cfg)
    figures = _sentence_figures(con, cfg)
    docs = {d: {"outlet": o, "published": p, "path": path}
            for d, o, p, path in con.execute("SELECT id, outlet, published, path FROM documents").fetchall()}
    stories, sources, told = [], [], {}
    for story in cluster(items, cfg, groups):
        story_row, source_rows = _story_rows(story, groups, figures, docs, cfg)
        stories.append(story_row)
        sources.extend(source_rows)
        for item in story.items:
            told[(item.doc_id, item.row[3])] = (story_row[0], story_row[4] or (story.span[0].isoformat()
                                                                              if story.span else None))
    figure_rows, figure_sources = _figures(con, groups, told, cfg)
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("duplicates", "stories", "story_sources", "figures", "figure_sources", "store_state"):
            con.execute(f"DELETE FROM {table}")
        _insert(con, "duplicates", duplicate_rows)
        _insert(con, "stories", stories)
        con.execute("CREATE TEMP TABLE fused (story_id VARCHAR, doc_id VARCHAR, event_id VARCHAR, "
                    "outlet VARCHAR, published DATE, duplicate_of VARCHAR)")
        _insert(con, "fused", sources)
        con.execute("""
            INSERT INTO story_sources
            SELECT f.story_id, f.doc_id, f.event_id, e.sentence, e.sentence_start, e.sentence_end,
                   e.trigger, e.trigger_start, e.trigger_end, e.date, p.name, c.text, c.outlets,
                   f.outlet, f.published, f.duplicate_of
            FROM fused f JOIN events e ON e.doc_id = f.doc_id AND e.id = f.event_id
            LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
            LEFT JOIN citations c ON c.doc_id = e.doc_id AND c.id = e.citation_id""")
        con.execute("DROP TABLE fused")
        _insert(con, "figures", figure_rows)
        _insert(con, "figure_sources", figure_sources)
        con.execute("""
            UPDATE figure_sources SET sentence = substr(d.text, q.sentence_start + 1, q.sentence_end - q.sentence_start)
            FROM quantities q, documents d
            WHERE q.doc_id = figure_sources.doc_id AND q.id = figure_sources.quantity_id AND d.id = q.doc_id""")
        con.execute("INSERT INTO store_state VALUES ('fused', ?)", [state(con)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(stories)
