"""Count how each events gold set codes harm told by a participle or "and"-clause after an attack (session 23, round
conv32; the "and"-clauses since session 24, round conv33).

Run from the project root: `.venv/bin/python eval/count_harm_after_strikes.py` (add `--list` to print every case).
A case is a gold ASSAULT event followed, in the same sentence and with no ";" between, by a comma and a participle of
harm ("killing", "wounding", "injuring", "maiming", or "leaving" with "dead", "wounded", "injured" or "killed" before the
next comma), as in "gunmen attacked the village, killing 30 people", or by "and" and a past form of harm with no subject
of its own ("struck the market and wounded four traders"; `harm_participles` also serves eval/recode_conventions.py,
rule 9). The case is "own" when a gold event's trigger
covers the participle (the gold codes the harm as an event of its own) and "folded" when none does (the harm is part of
the attack). A participle the gold codes with no ASSAULT before it in the sentence is counted apart ("alone"). The
figures decide whether eval/CONVENTIONS.md can settle the point; the script changes no file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.evaluate.events import default_corpus, gold_corpus  # noqa: E402
from dateline.readers import read_paths  # noqa: E402

HARM = re.compile(r",\s+(?:(?:and|also|further)\s+)?(killing|wounding|injuring|maiming|martyring|leaving)\b"
                  r"|,?\s+and\s+(?:also\s+)?(?:(?:have|has|had)\s+)?(killing|wounding|injuring|maiming|martyring|killed|wounded|injured|maimed|martyred)\b", re.I)
LEFT_HARMED = re.compile(r"leaving\b[^,.;]{0,60}\b(?:dead|wounded|injured|killed)\b", re.I)


def set_name(path: Path) -> str:
    """The gold set's short name ("sealed39"), as the figures name it."""
    return path.stem.removeprefix("events-").removesuffix("-gold") or "gold"


def harm_participles(text: str, start: int, end: int):
    """The words of harm told after a comma or an "and" between start and end, up to the first ';'."""
    stop = text.find(";", start, end)
    for match in HARM.finditer(text, start, end if stop < 0 else stop):
        group = 1 if match.group(1) else 2
        if match.group(group).lower() != "leaving" or LEFT_HARMED.match(text, match.start(group), end):
            yield match.start(group), match.end(group)


def count(path: Path, listing: bool) -> Counter:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = data["events"] if isinstance(data, dict) else data
    corpus = Path(gold_corpus(str(path)) or default_corpus())
    texts: dict[str, str] = {}
    counts: Counter = Counter()
    seen: set = set()
    for event in events:
        doc = event["doc"]
        if doc not in texts:
            texts[doc] = next(iter(read_paths([str(corpus / doc)]))).text
        text = texts[doc]
        start = event["trigger"][1] if event["type"] == "ASSAULT" else event["sentence"][0]
        for at, end in harm_participles(text, start, event["sentence"][1]):
            covering = [e for e in events if e["doc"] == doc and e["trigger"][0] <= at < e["trigger"][1]]
            if event["type"] == "ASSAULT":
                kind = "own" if covering else "folded"
            elif covering and not any(e["doc"] == doc and e["type"] == "ASSAULT" and e["sentence"] == event["sentence"]
                                      and e["trigger"][1] <= at for e in events):
                kind = "alone"
            else:
                continue
            if (doc, at) in seen:
                continue
            seen.add((doc, at))
            counts[kind] += 1
            if listing:
                told = text[event["trigger"][0]:event["trigger"][1]] if event["type"] == "ASSAULT" else "-"
                print(f"  {set_name(path):15s} {kind:7s} {told!r} ... {text[at:at + 50]!r}")
    return counts


def tally(count, sides: tuple[str, str], others: tuple[str, ...] = (), unit: str = "events") -> int:
    """Print each set's counts and the totals, and which of the two `sides` each set takes (the shared report of
    this script and eval/count_attacks_told_before.py)."""
    parser = argparse.ArgumentParser(description=(sys.modules["__main__"].__doc__ or "").splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every case")
    args = parser.parse_args()
    per_set = {set_name(p): count(p, args.list) for p in sorted((ROOT / "eval").glob("events-*gold.yaml"))}
    per_set = {name: counts for name, counts in per_set.items() if counts}
    kinds = sides + others
    for name, counts in per_set.items():
        print(f"{name:15s} " + "  ".join(f"{kind} {counts[kind]:3d}" for kind in kinds))
    total = sum(per_set.values(), Counter())
    one, other = sides
    taken = Counter(one if c[one] > c[other] else other if c[other] > c[one] else "tie" for c in per_set.values())
    print(f"{unit}: " + ", ".join(f"{kind} {total[kind]}" for kind in kinds)
          + f"; sets: {one} {taken[one]}, {other} {taken[other]}, tie {taken['tie']}")
    return 0


def main() -> int:
    return tally(count, ("own", "folded"), ("alone",))


if __name__ == "__main__":
    sys.exit(main())
