"""The `roles` component: each sentence's role (report, quote, opinion, ...)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import annotations


@Language.factory("roles", assigns=["doc._.dl"])
def make_roles(nlp: Language, name: str):
    return Roles()


class Roles:
    def __call__(self, doc: Doc) -> Doc:
        annotations(doc)
        return doc
