"""Near-duplicate documents (syndicated copies of one article) by MinHash of word shingles.

A document's sketch is the bottom-k MinHash of its word 5-shingles: every shingle is
hashed once (blake2b, 64 bits) and the k smallest hashes are kept. The Jaccard
similarity of two documents is estimated from their sketches alone
(Broder 1997; Cohen & Kaplan 2007), so comparing thousands of documents needs no text.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from typing import Iterable, Sequence

WORD = re.compile(r"\w+")
SHINGLE = 5
K = 128


def sketch(text: str, k: int = K, size: int = SHINGLE) -> list[int]:
    """The k smallest 64-bit hashes of the text's lower-cased word shingles, ascending."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        grams = {" ".join(words)} if words else set()
    else:
        grams = {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}
    hashes = (int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams)
    return sorted(heapq.nsmallest(k, hashes))


def jaccard(a: Sequence[int], b: Sequence[int], k: int = K) -> float:
    """Estimated Jaccard similarity: the share of the union's k smallest hashes found in both."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def duplicate_pairs(sketches: dict[str, Sequence[int]], threshold: float, common: int = 100) -> Iterable[tuple[str, str, float]]:
    """Pairs of documents whose estimated similarity is at least `threshold`.

    Candidates are the documents that share sketch values (an inverted index), so
    documents with nothing in common are never compared. Values found in more than
    `common` documents (boilerplate) do not make candidates.
    """
    index: dict[int, list[str]] = defaultdict(list)
    for doc, values in sketches.items():
        for value in values:
            index[value].append(doc)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for docs in index.values():
        if 1 < len(docs) <= common:
            for i, a in enumerate(docs):
                for b in docs[i + 1:]:
                    shared[(a, b) if a < b else (b, a)] += 1
    for (a, b), count in shared.items():
        # the estimate reaches the threshold only when most of both sketches is shared
        if count >= threshold * max(len(sketches[a]), len(sketches[b])) / 2:
            similarity = jaccard(sketches[a], sketches[b])
            if similarity >= threshold:
                yield a, b, similarity
