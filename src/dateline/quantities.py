"""The `quantities` component: numeric claims with value, unit and measure."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import annotations


@Language.factory("quantities", assigns=["doc._.dl"])
def make_quantities(nlp: Language, name: str):
    return Quantities()


class Quantities:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
