"""`dateline evaluate plover FILE`: the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt).

For each record (DOCUMENT records skipped, old categories mapped to PLOVER's), type accuracy
asks whether the pipeline finds an event of the gold type in the text; actor and recipient F1
compare the participants of that event (or, when the type is missed, of the most confident
event) with the gold source and target actors: a predicted participant matches a gold one by
the CAMEO country code of its resolved actor, or by text overlap with the gold actorText.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Optional

OLD_CATEGORIES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def default_path() -> Optional[str]:
    """The shared PLOVER file beside the project (or beside the current directory)."""
    for base in (Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[3]):
        candidate = base / "shared" / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"
        if candidate.exists():
            return str(candidate)
        if base.name == "shared":
            break
    return None


def add_arguments(parser) -> None:
    parser.add_argument("file", nargs="?", default=None,
                        help="PLOVER_GSR_CAMEO.txt (default: ../shared/eval/plover/PLOVER_GSR_CAMEO.txt)")
    parser.add_argument("--show", type=int, default=0, help="print N missed records")
    parser.add_argument("--half", choices=("dev", "held-out"), default=None,
                        help="only one deterministic half: dev = records whose id ends in an odd number, "
                             "held-out = even (so rules tuned on one half can be checked on the other)")
    parser.add_argument("--show-recipients", type=int, default=0, help="print N records whose recipients were wrong")


def load_records(path: str) -> list[dict]:
    """The gold records: a JSON list, tolerating the trailing commas hand-edited files have."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = json.loads(re.sub(r",\s*([\]}])", r"\1", text))
    records = []
    for r in data:
        event = OLD_CATEGORIES.get(r.get("event"), r.get("event"))
        if event in (None, "DOCUMENT") or not r.get("text"):
            continue
        records.append({**r, "event": event, "source": _actors(r.get("source")), "target": _actors(r.get("target"))})
    return records


def half(records: list[dict], which: Optional[str]) -> list[dict]:
    """One half of the records by the parity of their id's trailing number (dev odd, held-out even)."""
    if which is None:
        return records
    want = 1 if which == "dev" else 0
    return [r for r in records if _number(r.get("id") or "") % 2 == want]


def _number(id_: str) -> int:
    match = re.search(r"(\d+)$", id_)
    return int(match[1]) if match else 0


def _actors(value) -> list[dict]:
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict) and (a.get("actorText") or a.get("code"))]


def _codes(mention, actors: dict) -> set[str]:
    actor = actors.get(mention.actor) if mention.actor else None
    if actor is None:
        return set()
    return {c[:3].upper() for c in (actor.code, actor.country) if c}


def _matches(mention, gold: dict, actors: dict) -> bool:
    code = (gold.get("code") or "").strip().upper()[:3]
    if code and code in _codes(mention, actors):
        return True
    text = (gold.get("actorText") or "").strip().lower()
    pred = mention.text.lower()
    if not text or not pred:
        return False
    return _overlap(pred, text)


def _overlap(a: str, b: str) -> bool:
    words_a = set(re.findall(r"\w+", a)) - STOP
    words_b = set(re.findall(r"\w+", b)) - STOP
    return bool(words_a & words_b)


STOP = {"the", "a", "an", "of", "and", "its", "his", "her", "their"}


def _score(pred: list, gold: list[dict], actors: dict) -> tuple[int, int, int]:
    """True positives, predicted, gold: each gold actor matched at most once."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _matches(p, g, actors):
                used.add(i)
                tp += 1
                break
    return tp, len(pred), len(gold)


def _f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(records: list[dict], nlp) -> dict:
    from ..annotations import Source
    from ..pipeline import Pipeline

    pipeline = nlp if isinstance(nlp, Pipeline) else Pipeline(nlp)
    sources = [Source(text=r["text"], id=r.get("id")) for r in records]
    per_type: Counter = Counter()
    found: Counter = Counter()
    confusion: Counter = Counter()
    actor = [0, 0, 0]
    recipient = [0, 0, 0]
    missed, wrong_recipients = [], []
    for record, doc in zip(records, pipeline.pipe(sources)):
        gold = record["event"]
        per_type[gold] += 1
        actors = {a.id: a for a in doc.actors}
        same = [e for e in doc.events if e.type == gold]
        if same:
            found[gold] += 1
        else:
            confusion[(gold, "+".join(sorted({e.type for e in doc.events})) or "none")] += 1
            missed.append((record, doc.events))
        event = max(same or doc.events, key=lambda e: e.confidence, default=None)
        for acc, pred, gold_actors in (
            (actor, event.actors if event else [], record["source"]),
            (recipient, event.recipients if event else [], record["target"]),
        ):
            tp, npred, ngold = _score(pred, gold_actors, actors)
            acc[0] += tp
            acc[1] += npred
            acc[2] += ngold
            if acc is recipient and (tp < npred or tp < ngold):
                wrong_recipients.append((record, event))
    return {"records": len(records), "per_type": per_type, "found": found, "confusion": confusion,
            "actor": _f1(*actor), "recipient": _f1(*recipient), "missed": missed,
            "wrong_recipients": wrong_recipients}


def report(result: dict, show: int = 0, show_recipients: int = 0) -> str:
    total = result["records"]
    hits = sum(result["found"].values())
    lines = [f"PLOVER gold records: {total}",
             f"type accuracy (an event of the gold type found): {hits / total if total else 0:.3f} ({hits}/{total})"]
    for name, (p, r, f) in (("actor", result["actor"]), ("recipient", result["recipient"])):
        lines.append(f"{name:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    lines.append("")
    lines.append(f"{'type':<11}{'records':>8}{'found':>7}{'accuracy':>10}")
    for type_, n in sorted(result["per_type"].items()):
        k = result["found"][type_]
        lines.append(f"{type_:<11}{n:>8}{k:>7}{k / n:>10.2f}")
    lines.append("")
    lines.append("confusions (gold -> types found instead):")
    for (gold, pred), n in result["confusion"].most_common(25):
        lines.append(f"  {gold:<10} -> {pred:<30} {n}")
    for record, events in result["missed"][:show]:
        lines.append(f"\n[{record['event']}] {record['text']}")
        for e in events:
            lines.append(f"    got {e.type} {e.trigger.text!r} actors={[a.text for a in e.actors]}")
    for record, event in result.get("wrong_recipients", [])[:show_recipients]:
        gold = [a.get("actorText") or a.get("code") for a in record["target"]]
        got = [r.text for r in event.recipients] if event else []
        trigger = f"{event.type} {event.trigger.text!r}" if event else "no event"
        lines.append(f"\n[{record['event']}] {record['text']}\n    gold {gold}   got {trigger} {got}")
    return "\n".join(lines)


def run(args) -> int:
    import sys

    from ..pipeline import build_nlp

    path = args.file or default_path()
    if path is None or not Path(path).exists():
        print("dateline evaluate plover: no PLOVER file given and ../shared/eval/plover/ not found", file=sys.stderr)
        return 2
    records = half(load_records(path), args.half)
    result = evaluate(records, build_nlp())
    print(report(result, args.show, args.show_recipients))
    return 0
