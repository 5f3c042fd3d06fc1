"""Whom an unlisted person serves, read from the words around their name.

A delegate, official or spokesperson the dictionary lacks gets a document-local id; the text
still says whose they are: "the representative of Rwanda, Ernest Rwamucyo", "Rwanda's
ambassador Ernest Rwamucyo", "Amina Mohamed, Kenya's foreign minister", "X of the Sudanese
Armed Forces", "Nigerian police spokesman X". The local actor keeps its own id and name and
takes the country and code (country + sector, or the body's code) so events and quotes code it.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from ..annotations import strings_of
from .dictionary import Dictionary, references

BODY_KINDS = ("state", "government", "military", "organization", "armed_group")
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}
MEMBERSHIP = ("of", "for", "from")


class Affiliations:
    """Posts (`roles` in references.yaml, and the nouns that end office titles) and the sector each names."""

    def __init__(self, dictionary: Dictionary, title_heads: Iterable[str]):
        refs = references()
        self.dictionary = dictionary
        self.roles = set(refs["roles"]) | set(title_heads)
        self.sectors = {word: sector for sector, words in refs["sectors"].items() for word in words}

    def __call__(self, doc: Doc, dl, found: list) -> None:
        """Give each local person the state or body the first mention that says so names."""
        done = set()
        bodies = [f for f in found if not f.local and f.kind in BODY_KINDS]
        for item in sorted((f for f in found if f.local and f.kind == "person"), key=lambda f: (f.start, f.end)):
            actor = dl.actors.get(item.actor)
            if item.actor in done or actor is None or actor.country or actor.code:
                continue
            served = self._served(doc, item, bodies)
            if served is None:
                continue
            body, words = served
            entry = self.dictionary.get(body.actor)
            if entry is None:
                continue
            if entry.kind in ("state", "government", "military"):
                sector = {"government": "GOV", "military": "MIL"}.get(entry.kind) or self._sector(words)
                actor.country = entry.country
                actor.code = f"{entry.country}{sector}"
            else:
                actor.country, actor.code = entry.country, entry.code
            item.country = actor.country
            done.add(item.actor)

    def _served(self, doc: Doc, item, bodies: list) -> Optional[tuple]:
        """(the body's mention, the words of the post) from a title before the name, an apposition on
        either side, or 'of'/'for' after the name."""
        root = doc[item.start:item.end].root
        before = [f for f in bodies if root.left_edge.i <= f.start and f.end <= item.start]
        if before:
            body = before[-1]
            words = strings_of(doc[body.end:item.start], "LOWER")
            if (any(w in self.roles for w in words) or self.dictionary[body.actor].kind == "state") \
                    and not any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[body.end:item.start]):
                return body, words  # "Rwanda's ambassador X"; a national: "Kenyan runner X"
        posts = [c for c in root.children if c.dep_ == "appos" and c.i >= item.end]
        if root.dep_ == "appos" and root.head.i < item.start:
            posts.append(root.head)
            if root.head.dep_ == "pobj":  # "the representative of Rwanda, X": the parser hangs X on Rwanda
                posts.append(root.head.head.head)
        for post in posts:
            inside = set(_phrase(post, exclude=root))
            if post.lower_ in self.roles or post.lemma_.lower() in self.roles:
                body = next((f for f in bodies if all(i in inside for i in range(f.start, f.end))), None)
            else:  # a national: "X, a French aid worker" (not "X, a critic of Israel")
                body = next((f for f in bodies if self.dictionary[f.actor].kind == "state"
                             and doc[f.start:f.end].root.head.i == post.i
                             and doc[f.start:f.end].root.dep_ in ("amod", "compound")), None)
            if body is not None:
                return body, [doc[i].lower_ for i in sorted(inside)]
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in MEMBERSHIP and c.i >= item.end):
            inside = set(_phrase(prep, exclude=root))
            body = next((f for f in bodies if all(i in inside for i in range(f.start, f.end))
                         and doc[f.start:f.end].root.head.i == prep.i), None)
            if body is not None:
                return body, [doc[i].lower_ for i in sorted(inside)]
        return None

    def _sector(self, words: list[str]) -> str:
        """The sector the post's words name (MIL for "army", COP for "police"), GOV for any other post, CVL
        (a civilian) for none."""
        for word in words:
            if word in self.sectors:
                return self.sectors[word]
        return "GOV" if any(w in self.roles for w in words) else "CVL"


def _phrase(token: Token, exclude: Token) -> list[int]:
    """The token indices of a phrase, leaving out clauses inside it and the name it describes."""
    out, stack = [], [token]
    while stack:
        node = stack.pop()
        if node is exclude:
            continue
        out.append(node.i)
        stack.extend(c for c in node.children if c.dep_ not in CLAUSES)
    return out
