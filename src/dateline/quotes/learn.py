"""Rebuild the learned cue tables from PolNeAR's training split.

    python -m dateline.quotes.learn ../shared/eval/polnear/train [--skip A:B]

writes `data/learned.tsv` (verbs), `data/learned_prepositions.tsv` (verb + preposition pairs),
`data/learned_extensions.tsv` (kinds of later dependents of a cue, `speech.extension`: how often
PolNeAR keeps one in the content, against how often it follows a content whose start is right) and
`data/learned_topics.tsv` (a noun object and its preposition, `concern about`, and any noun with
that preposition, `* about`: how often the content starts at the preposition's object).
`--skip A:B` leaves annotation files A..B-1 out, to tune on them.
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
MIN_EXTENSIONS = 8
MIN_TOPICS = 5


def _files(directory: Path, skip: tuple[int, int] | None):
    from ..evaluate.polnear import pairs

    return [f for i, f in enumerate(pairs(directory)) if skip is None or not skip[0] <= i < skip[1]]


def learn_extensions(directory: Path, skip: tuple[int, int] | None = None) -> tuple[list, list]:
    """Per kind of later dependent of a cue verb (after the object or clause the content starts
    with): how often the gold content runs over it, against how often it is seen after a frame
    (found with no extension table) whose content starts where the gold's does. And per noun object
    with a preposition ('concerns about X'), of the frames starting at the noun phrase, how often the
    gold content starts at the preposition's object rather than at the noun phrase (learned_topics)."""
    from dataclasses import replace

    from ..annotations import Source
    from ..evaluate.polnear import _normal, read_ann
    from ..pipeline import build_nlp, new_doc
    from .speech import (CLAUSE_GOES_ON, COMPLEMENTS, OBJECT_COMPLEMENTS, OBJECT_GOES_ON, _that_clause, _when,
                         extension, frames, lexicon, topic_key)

    lex = replace(lexicon(), extensions={}, topics={})
    nlp = build_nlp(("timex", "actors", "places", "citations"))
    files = _files(directory, skip)
    texts = sorted({t for _, t in files})
    sources = (new_doc(nlp, Source(text=t.read_text(encoding="utf-8"), path=str(t))) for t in texts)
    docs = dict(zip(texts, nlp.pipe(sources, batch_size=16)))
    kept: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for ann, text in files:
        doc = docs[text]
        gold = [_normal(doc.text, a.content) for a in read_ann(ann)]
        for frame in frames(doc, lex):
            verb = doc.char_span(*frame.cue, alignment_mode="expand")
            if verb is None or len(verb) != 1 or verb[0].pos_ not in ("VERB", "AUX"):
                continue
            verb = verb[0]
            start = _normal(doc.text, [frame.content])[0]
            objects = [c for c in verb.children if c.dep_ in OBJECT_COMPLEMENTS and c.i > verb.i]
            found = topic_key(min(objects, key=lambda o: o.i)) if objects else None
            if found is not None and min(objects, key=lambda o: o.i).left_edge.idx == start:
                starts = {s for s, _ in gold}
                pobj_start = _normal(doc.text, [(found[1].left_edge.idx, found[1].right_edge.idx + 1)])[0]
                if pobj_start in starts or start in starts:
                    for key in (found[0], "* " + found[0].split(" ", 1)[1]):
                        topics[key] += 1
                        inner[key] += pobj_start in starts
            ends = [e for s, e in gold if s == start]
            if not ends:
                continue
            gold_end = max(ends)
            clause = any(c.dep_ in COMPLEMENTS or _that_clause(c) for c in verb.children)
            goes_on = CLAUSE_GOES_ON if clause else OBJECT_GOES_ON
            later = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc")]
            core = next((i for i, c in enumerate(later) if c.right_edge.idx + len(c.right_edge) > start), None)
            for child in later[core + 1:] if core is not None else ():
                if _when(child) or child.dep_ == "conj" and lex.is_cue(child):
                    break
                key = extension(verb, child, goes_on)
                if gold_end >= child.right_edge.idx + len(child.right_edge.text.rstrip(".,;:")):
                    seen[key] += 1
                    kept[key] += 1
                elif gold_end <= child.left_edge.idx:
                    seen[key] += 1
                    break
                else:
                    break
    rows = [(key, kept[key], n, kept[key] / n) for key, n in seen.items() if n >= MIN_EXTENSIONS]
    topic_rows = [(key, inner[key], n, inner[key] / n) for key, n in topics.items() if n >= MIN_TOPICS]
    return sorted(rows, key=lambda r: (-r[3], r[0])), sorted(topic_rows, key=lambda r: (-r[3], r[0]))


def learn(directory: Path, skip: tuple[int, int] | None = None) -> tuple[list, list]:
    import spacy

    from ..evaluate.polnear import read_ann
    from ..pipeline import MODEL
    from .speech import _prepositional

    nlp = spacy.load(MODEL, disable=["ner"])
    files = _files(directory, skip)
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
    skip = None
    if len(argv) == 3 and argv[1] == "--skip":
        skip = tuple(int(n) for n in argv[2].split(":"))
    elif len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    verbs, pairs = learn(Path(argv[0]), skip)
    data = Path(str(resources.files("dateline.quotes") / "data"))
    _write(data / "learned.tsv",
           "# lemma\tcues\toccurrences\tprecision  (verbs heading a Cue in PolNeAR train; dateline.quotes.learn)", verbs)
    _write(data / "learned_prepositions.tsv",
           "# verb preposition\tcues\toccurrences\tprecision  (verb + preposition in a Cue whose Content is the"
           " preposition's object, PolNeAR train; dateline.quotes.learn)", pairs)
    extensions, topics = learn_extensions(Path(argv[0]), skip)
    _write(data / "learned_extensions.tsv",
           "# dependent\tkept\tseen\tshare  (a later dependent of a cue: the content's kind, a comma, its dependency and"
           " word or tag; how often PolNeAR train keeps it in the content; dateline.quotes.learn)", extensions)
    _write(data / "learned_topics.tsv",
           "# noun preposition\tinner\tseen\tshare  (a cue's noun object with a preposition, '*' any noun: how often"
           " PolNeAR train starts the content at the preposition's object, not the noun; dateline.quotes.learn)", topics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
