"""Word-level tests the citation rules share: a verb of saying, an issuing clause after a document, a token's end."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .lexicon import words


def _says(verb: Token) -> bool:
    """A verb of saying (the quotes component's lexicon): 'argued', 'warned', 'noted'."""
    from ..quotes.speech import lexicon  # quotes runs after citations; its lexicon is plain data
    return lexicon().says(verb)


NAME_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"}
"""What a noun phrase naming an issuer is made of (with 'of' inside it: 'the Board of Elections')."""


def _issuing_clause(noun: Token) -> Optional[tuple[Token, Token]]:
    """(issuer, verb) of a relative clause of issuing with no relative word, right after a document: "figures the
    county Board of Elections released on Sunday", "the draft budget the cabinet approved on 24 June", read from the words, since the parser hangs the clause anywhere
    (not "figures released by X", "figures that show C", nor "the figures it released")."""
    doc, end = noun.doc, min(len(noun.doc), noun.i + 10)
    verbs = words().issue_verbs | words().adopt_verbs
    verb = next((t for t in doc[noun.i + 2:end] if t.lemma_.lower() in verbs and t.tag_ in ("VBD", "VBN")), None)
    if verb is None or doc[noun.i + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ"):
        return None
    phrase = doc[noun.i + 1:verb.i]
    if not all(t.pos_ in NAME_PHRASE or t.lower_ == "of" for t in phrase) or not any(
            t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    return (heads[-1], verb) if heads else None


def _end(token: Token) -> int:
    return token.idx + len(token)
