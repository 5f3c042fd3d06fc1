"""The `places` component: place mentions geocoded offline.

Reads GPE/LOC/FAC entities and the names of known sites (a PhraseMatcher over
data/sites.yaml, since the tagger misses "the Philadelphi Corridor" as often as not),
resolves each against the gazetteer, and appends a `Location` per mention to
`doc._.dl.locations` and a `Place` per distinct place to `doc._.dl.places`. Countries the
document names (as places or as actors) decide between cities of one name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..annotations import annotations
from ..model import Location, Place
from . import gazetteer
from .gazetteer import Gazetted, Gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_MATCHERS: dict[int, PhraseMatcher] = {}


@Language.factory("places", assigns=["doc._.dl"])
def make_places(nlp: Language, name: str):
    return Places(nlp)


class Places:
    def __init__(self, nlp: Language):
        self.gazetteer: Gazetteer = gazetteer.load()
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
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1])):
            span = doc[start:end]
            if any(taken[start:end]) or not any(c.isupper() for c in span.text):
                continue
            taken[start:end] = b"\x01" * (end - start)
            spans.append((span, self.gazetteer.sites[doc.vocab.strings[match_id]]))
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and not any(taken[ent.start:ent.end]):
                spans.append((ent, None))
        context = {a.country for a in dl.actors.values() if a.kind == "state" and a.country}
        resolved = []
        for span, place in spans:  # sites and countries first: they set the context for cities
            place = place or self.gazetteer.lookup(span.text, frozenset())
            if place is not None and place.kind != "city" and place.country:
                context.add(place.country)
            resolved.append((span, place))
        frozen = frozenset(context)
        ids: dict[str, str] = {}
        for span, place in sorted(resolved, key=lambda r: r[0].start):
            if place is not None and place.kind == "city":
                place = self.gazetteer.lookup(span.text, frozen) or place
            if place is None:
                continue
            dl.locations.append(Location(text=span.text, start=span.start_char, end=span.end_char,
                                         place=self._place(dl, ids, place)))
        return doc

    @staticmethod
    def _place(dl, ids: dict[str, str], place: Gazetted) -> str:
        """The document's id for a place, made on its first mention."""
        if place.key not in ids:
            ids[place.key] = dl.new_id("p")
            dl.places[ids[place.key]] = Place(
                id=ids[place.key], name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                geonames_id=place.geonames_id, kind=place.kind)
        return ids[place.key]
