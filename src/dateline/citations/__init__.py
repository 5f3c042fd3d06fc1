"""The `citations` component: reports the text cites as its source."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("citations", assigns=["doc._.dl"])
def make_citations(nlp: Language, name: str):
    return Citations()


class Citations:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
