"""The `quotes` component: direct and indirect speech with speaker, cue and date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import annotations


@Language.factory("quotes", assigns=["doc._.dl"])
def make_quotes(nlp: Language, name: str):
    return Quotes()


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
