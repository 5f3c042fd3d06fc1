"""Count how each events gold set codes a noun that names an attack told before (session 24, round conv33).

Run from the project root: `.venv/bin/python eval/count_attacks_told_before.py` (add `--list` to print every case).
A case is a definite noun of attack with no modifier of its own ("the attack", "this strike", "the raids", "the
killings", as in "the government condemned the attack"), inside a sentence the gold annotates, after a gold ASSAULT
event earlier in the same document. The case is "own" when a gold event's trigger covers the noun (the gold codes the
mention as an event of its own, of whatever type) and "none" when none does (the noun only points back to the event
told before). The figures decide whether eval/CONVENTIONS.md can settle the point; the script changes no file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from count_harm_after_strikes import set_name, tally
from dateline.evaluate.events import default_corpus, gold_corpus
from dateline.readers import read_paths

TOLD_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(attacks?|strikes?|airstrikes?|air strikes?|raids?|"
                         r"bombings?|shelling|assaults?|killings?|massacres?|ambush(?:es)?)\b", re.I)


def count(path: Path, listing: bool) -> Counter:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = data["events"] if isinstance(data, dict) else data
    corpus = Path(gold_corpus(str(path)) or default_corpus())
    counts: Counter = Counter()
    for doc in dict.fromkeys(e["doc"] for e in events):
        text = next(iter(read_paths([str(corpus / doc)]))).text
        told = [e for e in events if e["doc"] == doc]
        for sentence in dict.fromkeys(tuple(e["sentence"]) for e in told):
            for match in TOLD_BEFORE.finditer(text, *sentence):
                at = match.start(1)
                if not any(e["type"] == "ASSAULT" and e["trigger"][1] <= match.start() for e in told):
                    continue
                covering = [e for e in told if e["trigger"][0] <= at < e["trigger"][1]]
                kind = "own" if covering else "none"
                counts[kind] += 1
                if listing:
                    coded = covering[0]["type"] if covering else "-"
                    print(f"  {set_name(path):15s} {kind:5s} {coded:8s} "
                          f"{text[max(sentence[0], at - 50):at + 30]!r}")
    return counts


def main() -> int:
    return tally(count, ("own", "none"), unit="mentions")


if __name__ == "__main__":
    sys.exit(main())
