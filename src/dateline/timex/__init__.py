"""The `timex` component: temporal expressions found and resolved to TIMEX3 values."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("timex", assigns=["doc._.dl"])
def make_timex(nlp: Language, name: str):
    return Timex()


class Timex:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
