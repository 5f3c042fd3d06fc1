"""The `actors` component: entity mentions and references resolved to canonical actors."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("actors", assigns=["doc._.dl"])
def make_actors(nlp: Language, name: str):
    return Actors()


class Actors:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
