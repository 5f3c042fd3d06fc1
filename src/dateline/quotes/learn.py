"""Rebuild the learned cue tables from PolNeAR's training split.

    python -m dateline.quotes.learn ../shared/eval/polnear/train

writes `data/learned.tsv` (verbs) and `data/learned_prepositions.tsv` (verb + preposition pairs).
Only counts leave the corpus: for a verb lemma, the times it heads a gold Cue and the times it
occurs as a verb; for a pair such as `point to`, the times the verb and its preposition lie in a
gold Cue whose Content starts in the preposition's object, and the times the verb occurs with that
preposition and an object. The ratio divides the cue count by the mean number of annotations per
text (some texts are annotated twice). The quotes component treats a lemma or pair at or above its
threshold as a cue.
"""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from pathlib import Path

MIN_CUES = 5
MIN_PAIR_CUES = 3


def learn(directory: Path) -> tuple[list, list]:
    import spacy

    from ..evaluate.polnear import pairs, read_ann
    from ..pipeline import MODEL
    from .speech import _prepositional

    nlp = spacy.load(MODEL, disable=["ner"])
    files = pairs(directory)
    texts = sorted({t for _, t in files})
    docs = dict(zip(texts, nlp.pipe((t.read_text(encoding="utf-8") for t in texts), batch_size=32)))
    seen: Counter[str] = Counter()
    seen_pairs: Counter[tuple[str, str]] = Counter()
    for doc in docs.values():
        for t in doc:
            if t.pos_ in ("VERB", "AUX"):
                seen[t.lemma_.lower()] += 1
                seen_pairs.update((t.lemma_.lower(), p.lower_) for p, _ in _prepositional(t))
    cues: Counter[str] = Counter()
    pair_cues: Counter[tuple[str, str]] = Counter()
    for ann, text in files:
        doc = docs[text]
        for attribution in read_ann(ann):
            for start, end in attribution.cue:
                span = doc.char_span(start, end, alignment_mode="expand")
                verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX")]
                if not verbs:
                    continue
                head = min(verbs, key=lambda t: sum(1 for _ in t.ancestors))
                cues[head.lemma_.lower()] += 1
                content_start = min(s for s, _ in attribution.content)
                for prep, pobj in _prepositional(head):
                    if start <= prep.idx < end and pobj.left_edge.idx <= content_start <= pobj.right_edge.idx:
                        pair_cues[head.lemma_.lower(), prep.lower_] += 1
    per_text = len(files) / len(texts)
    rows = [(lemma, n, seen[lemma], min(1.0, n / per_text / seen[lemma]))
            for lemma, n in cues.items() if n >= MIN_CUES and seen[lemma]]
    pair_rows = [(f"{v} {p}", n, seen_pairs[v, p], min(1.0, n / per_text / seen_pairs[v, p]))
                 for (v, p), n in pair_cues.items() if n >= MIN_PAIR_CUES and seen_pairs[v, p]]
    key = lambda r: (-r[3], r[0])  # noqa: E731
    return sorted(rows, key=key), sorted(pair_rows, key=key)


def _write(path: Path, header: str, rows) -> None:
    lines = [header] + [f"{lemma}\t{n}\t{total}\t{ratio:.2f}" for lemma, n, total, ratio in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    verbs, pairs = learn(Path(argv[0]))
    data = Path(str(resources.files("dateline.quotes") / "data"))
    _write(data / "learned.tsv",
           "# lemma\tcues\toccurrences\tprecision  (verbs heading a Cue in PolNeAR train; dateline.quotes.learn)", verbs)
    _write(data / "learned_prepositions.tsv",
           "# verb preposition\tcues\toccurrences\tprecision  (verb + preposition in a Cue whose Content is the"
           " preposition's object, PolNeAR train; dateline.quotes.learn)", pairs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
