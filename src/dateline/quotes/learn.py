"""Rebuild `data/learned.tsv`: how often each verb heads a Cue in PolNeAR's training split.

    python -m dateline.quotes.learn ../shared/eval/polnear/train > src/dateline/quotes/data/learned.tsv

Only counts leave the corpus: lemma, times it heads a gold Cue, times it occurs as a verb, and
their ratio (cue counts divided by the mean number of annotations per text, since some texts
are annotated twice). The quotes component treats a lemma at or above its threshold as a cue.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

MIN_CUES = 5


def learn(directory: Path) -> list[tuple[str, int, int, float]]:
    import spacy

    from ..evaluate.polnear import pairs, read_ann
    from ..pipeline import MODEL

    nlp = spacy.load(MODEL, disable=["ner"])
    files = pairs(directory)
    texts = sorted({t for _, t in files})
    docs = dict(zip(texts, nlp.pipe((t.read_text(encoding="utf-8") for t in texts), batch_size=32)))
    seen: Counter[str] = Counter()
    for doc in docs.values():
        seen.update(t.lemma_.lower() for t in doc if t.pos_ in ("VERB", "AUX"))
    cues: Counter[str] = Counter()
    for ann, text in files:
        doc = docs[text]
        for attribution in read_ann(ann):
            for start, end in attribution.cue:
                span = doc.char_span(start, end, alignment_mode="expand")
                verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX")]
                if verbs:
                    cues[min(verbs, key=lambda t: sum(1 for _ in t.ancestors)).lemma_.lower()] += 1
    per_text = len(files) / len(texts)
    rows = [(lemma, n, seen[lemma], min(1.0, n / per_text / seen[lemma]))
            for lemma, n in cues.items() if n >= MIN_CUES and seen[lemma]]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    rows = learn(Path(argv[0]))
    print("# lemma\tcues\toccurrences\tprecision  (verbs heading a Cue in PolNeAR train; dateline.quotes.learn)")
    for lemma, n, total, precision in rows:
        print(f"{lemma}\t{n}\t{total}\t{precision:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
