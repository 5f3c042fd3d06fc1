"""The `anchors` component: relative dates inside quotes and cited reports re-anchored to the utterance's date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations


@Language.factory("anchors", assigns=["doc._.dl"])
def make_anchors(nlp: Language, name: str):
    return Anchors()


class Anchors:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
