"""`dateline evaluate timeml DIR`: TIMEX3 extraction scored as TempEval-3 did.

Strict F1 counts system timexes whose extent equals a gold one; relaxed F1 those that
overlap one. Type and value F1 count, among the overlapping pairs, those with the same
type (value): precision over all system timexes, recall over all gold ones.

Values are compared after `canonical`, which only rewrites one notation of a value into
another of the same meaning: TimeML 1.2 writes the 1990s `199` and the 20th century `19`
where dateline/1 (like TIDES) writes `199X` and `19XX`, and annotators sometimes leave a
week number unpadded (`2000-W7`). `--exact-values` compares the strings as they are.

A file without a DCT is read as a narrative with no published date: the project's own narrative
gold set (`eval/narratives/`) has none, so every relative date counts from the dates the text tells.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DECADE_OR_CENTURY = re.compile(r"(BC)?(\d{2}|\d{3})")
WEEK = re.compile(r"(\d{4})-W(\d)(?!\d)")


def canonical(value: str) -> str:
    """A TIMEX3 value in dateline/1's notation: `199` -> `199X`, `19` -> `19XX`, `2000-W7` -> `2000-W07`."""
    m = DECADE_OR_CENTURY.fullmatch(value)
    if m:
        return value + "X" * (4 - len(m.group(2)))
    return WEEK.sub(lambda w: f"{w.group(1)}-W0{w.group(2)}", value)


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    counts: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)

    def f1(self, key: str) -> tuple[float, float, float]:
        hits = self.counts[key]
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def add_arguments(parser) -> None:
    parser.add_argument("dir", help="folder of .tml files (searched recursively)")
    parser.add_argument("--misses", type=int, default=30, metavar="N",
                        help="list at most N misses: gold not found, wrong extent, type or value (default 30)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files")
    parser.add_argument("--no-dct", action="store_true",
                        help="read each document as a narrative without its published date (the DCT)")
    parser.add_argument("--exact-values", action="store_true",
                        help="compare values as written, without mapping 199 to 199X, 19 to 19XX, W7 to W07")


def score_document(text: str, gold: list, system: list, score: Score, label: str,
                   same=lambda a, b: canonical(a) == canonical(b)) -> None:
    """Add one document's matches to `score`; misses record (label, gold, system) pairs.
    `same` decides whether two values are equal."""
    score.system += len(system)
    score.gold += len(gold)
    used = set()
    for g in gold:
        overlapping = [s for s in system if s.start < g.end and g.start < s.end]
        if not overlapping:
            score.misses.append((label, "missed", g, None))
            continue
        s = min(overlapping, key=lambda s: (s.start != g.start or s.end != g.end, abs(s.start - g.start)))
        if id(s) in used:
            continue
        used.add(id(s))
        score.counts["relaxed"] += 1
        strict = s.start == g.start and s.end == g.end
        score.counts["strict"] += strict
        score.counts["type"] += s.type == g.type
        equal = same(s.value, g.value)
        score.counts["value"] += equal
        if not strict:
            score.misses.append((label, "extent", g, s))
        elif not equal or s.type != g.type:
            score.misses.append((label, "value", g, s))
    for s in system:
        if not any(s.start < g.end and g.start < s.end for g in gold):
            score.misses.append((label, "spurious", None, s))


def run(args) -> int:
    from .. import load
    from ..annotations import Source
    from ..readers.timeml import parse

    files = sorted(Path(args.dir).rglob("*.tml"))[: args.limit]
    if not files:
        print(f"no .tml files under {args.dir}", file=sys.stderr)
        return 1
    pipeline = load(components=["timex"])
    parsed = [(str(f), *parse(str(f), f.read_text("utf-8"))) for f in files]
    sources = [Source(text=text, published=None if args.no_dct else dct, label=label)
               for label, text, dct, _ in parsed]
    score = Score()
    for (label, text, _, gold), document in zip(parsed, pipeline.pipe(sources)):
        score_document(text, gold, document.timexes, score, Path(label).name,
                       **({"same": str.__eq__} if args.exact_values else {}))
    print(f"{len(files)} documents, {score.gold} gold timexes, {score.system} system timexes")
    print(f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}")
    for key in ("strict", "relaxed", "type", "value"):
        p, r, f = score.f1(key)
        print(f"{key:<10}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if args.misses:
        print(f"\nmisses (first {args.misses} of {len(score.misses)}):")
        for label, kind, g, s in score.misses[: args.misses]:
            gold_text = f"{g.text!r} {g.type} {g.value}" if g else "-"
            sys_text = f"{s.text!r} {s.type} {s.value}" if s else "-"
            print(f"  {label:<28}{kind:<9} gold {gold_text:<45} system {sys_text}")
    return 0
