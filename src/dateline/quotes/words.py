"""Word lists and word tests every part of `quotes` reads: the lists of `data/cues.yaml`,
the personal pronouns, a noun made definite by its determiner."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .. import datafiles


@lru_cache(maxsize=None)
def cue_words(key: str) -> frozenset[str]:
    """A word list of `data/cues.yaml` that no `Lexicon` field holds."""
    data = resources.files("dateline.quotes") / "data" / "cues.yaml"
    return frozenset(datafiles.read(data).get(key, ()))


PRONOUNS = cue_words("pronouns")
DEFINITE = cue_words("definite_determiners")


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
