"""`dateline evaluate timeml DIR`: TIMEX3 extraction scored as TempEval-3 did.

Strict F1 counts system timexes whose extent equals a gold one; relaxed F1 those that
overlap one. Type and value F1 count, among the overlapping pairs, those with the same
type (value): precision over all system timexes, recall over all gold ones.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


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


def score_document(text: str, gold: list, system: list, score: Score, label: str) -> None:
    """Add one document's matches to `score`; misses record (label, gold, system) pairs."""
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
        score.counts["value"] += s.value == g.value
        if not strict:
            score.misses.append((label, "extent", g, s))
        elif s.value != g.value or s.type != g.type:
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
    sources = [Source(text=text, published=dct, label=label) for label, text, dct, _ in parsed]
    score = Score()
    for (label, text, _, gold), document in zip(parsed, pipeline.pipe(sources)):
        score_document(text, gold, document.timexes, score, Path(label).name)
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
