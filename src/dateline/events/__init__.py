"""The `events` component: PLOVER-coded events with actors, place, date and modality."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("events", assigns=["doc._.dl"])
def make_events(nlp: Language, name: str):
    return Events()


class Events:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
