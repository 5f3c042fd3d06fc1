"""The `places` component: place mentions geocoded offline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("places", assigns=["doc._.dl"])
def make_places(nlp: Language, name: str):
    return Places()


class Places:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
