"""The `actors` component: entity mentions and references resolved to canonical actors.

Appends a `Mention` to `doc._.dl.mentions` for every name, surname, title, pronoun and
description it resolves, and the `Actor` records they refer to to `doc._.dl.actors`.
Mentions may nest ("Israeli" inside "Israeli Prime Minister Benjamin Netanyahu"): the
longest one covering a phrase names its referent.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations
from .dictionary import Dictionary, load
from .resolve import Resolver

_RESOLVERS: dict[tuple[int, int], Resolver] = {}


@Language.factory("actors", assigns=["doc._.dl"], default_config={"actors_file": None})
def make_actors(nlp: Language, name: str, actors_file: Optional[str]):
    return Actors(nlp, actors_file)


class Actors:
    def __init__(self, nlp: Language, actors_file: Optional[str] = None):
        self.dictionary: Dictionary = load(actors_file)
        key = (id(nlp.vocab), id(self.dictionary))
        if key not in _RESOLVERS:
            _RESOLVERS[key] = Resolver(nlp, self.dictionary)
        self.resolver = _RESOLVERS[key]

    def __call__(self, doc: Doc) -> Doc:
        self.resolver(doc, annotations(doc))
        return doc


__all__ = ["Actors", "Dictionary", "load"]
