"""The `scripture` component: Quran, Bible and hadith references."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import annotations


@Language.factory("scripture", assigns=["doc._.dl"])
def make_scripture(nlp: Language, name: str):
    return Scripture()


class Scripture:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
