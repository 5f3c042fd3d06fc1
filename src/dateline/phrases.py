"""Fixed multi-word phrases ("according to") found in a Doc by one pass over its tokens."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc, Span

from .annotations import tokens_where


def find(doc: Doc, phrases: Iterable[tuple[str, ...]]) -> Iterator[Span]:
    """Spans of `doc` whose lower-cased words are one of `phrases` (each a tuple of words)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    for token in tokens_where(doc, "LOWER", by_first.__contains__):  # (not a Token made of every word)
        for phrase in by_first.get(token.lower_, ()):
            end = token.i + len(phrase)
            if end <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(phrase[1:], 1)):
                yield doc[token.i:end]
