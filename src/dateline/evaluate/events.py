"""`dateline evaluate events [GOLD] [--corpus DIR]`: dateline's own event gold set.

The gold set (`eval/events-gold.yaml`) holds no text: each event names a document of the
White House corpus and offsets into its text as dateline reads it. A gold file may name its own
`corpus` folder, relative to the file (`eval/events-samples-gold.yaml` reads `samples/`). Every event of each listed
sentence is labelled, so precision counts the predicted events in those sentences. A predicted
event matches a gold one of the same type whose trigger it overlaps (else one in the same
sentence); arguments are scored on matched events: an actor or recipient list is right when a
predicted participant overlaps a gold one or shares its CAMEO code (or both are empty), the
place when the predicted location overlaps the gold place, the date when the values agree. A gold event may
also give its place's country (`place_country`, ISO 3166 alpha-3): the predicted place is then scored on whether
it lies in that country ("place country"), whichever mention names it. `--errors` prints each matched event with a
wrong argument, gold vs found.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from ..errors import UserError
from . import read_gold
from .plover import OLD_CATEGORIES
from ..timex.values import week_days

ARGUMENTS = ("actor", "recipient", "place", "date")
COUNTRY = "place country"


def _project_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_corpus() -> Optional[str]:
    for base in (Path.cwd(), *Path.cwd().parents, _project_root()):
        candidate = base / "shared" / "corpus" / "whitehouse-2024"
        if candidate.is_dir():
            return str(candidate)
        candidate = base.parent / "shared" / "corpus" / "whitehouse-2024"
        if candidate.is_dir():
            return str(candidate)
    return None


def gold_corpus(gold_path: str) -> Optional[str]:
    """The corpus folder a gold file names (`corpus:`, relative to the file), if any."""
    import yaml

    try:
        with open(gold_path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError):
        return None
    if isinstance(data, dict) and isinstance(data.get("corpus"), str):
        return str((Path(gold_path).parent / data["corpus"]).resolve())
    return None


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default=str(_project_root() / "eval" / "events-gold.yaml"),
                        help="the gold set (default: eval/events-gold.yaml)")
    parser.add_argument("--corpus", default=None,
                        help="the corpus folder (default: the gold file's `corpus`, else ../shared/corpus/whitehouse-2024)")
    parser.add_argument("--show", action="store_true", help="print each gold event with what was found, then each predicted event that matches none")
    parser.add_argument("--errors", action="store_true",
                        help="print each matched event with a wrong argument: its sentence, gold vs found")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _codes(mention, actors: dict) -> set[str]:
    actor = actors.get(mention.actor) if mention.actor else None
    return {c[:3].upper() for c in (actor.code, actor.country) if c} if actor else set()


def _participants_right(pred: list, gold: list[dict], actors: dict) -> bool:
    if not gold:
        return not pred
    for g in gold:
        for p in pred:
            if _overlaps((p.start, p.end), tuple(g["span"])):
                return True
            if g.get("code") and g["code"][:3] in _codes(p, actors):
                return True
    return False


def _date_right(pred, gold: str) -> bool:
    """The values agree, or one is a finer value inside the other ("2024-07-08T10:45" is on 2024-07-08, the
    ISO week 2024-W30 lies in July 2024, the day 2024-12-11 in the week 2024-W50)."""
    if pred is None:
        return False
    value = pred.value
    return value == gold or any(value.startswith(gold + sep) or gold.startswith(value + sep) for sep in "-T") \
        or _inside_week(value, gold) or _inside_week(gold, value)


def _inside_week(week: str, other: str) -> bool:
    """`week` is an ISO week ("2024-W30") that holds the day `other` names, or lies wholly in the month it names."""
    days = week_days(week) if re.fullmatch(r"\d{4}-W\d\d", week) else None
    if days is None:
        return False
    if re.fullmatch(r"\d{4}-\d\d-\d\d.*", other):
        return days[0].isoformat() <= other[:10] <= days[1].isoformat()
    return re.fullmatch(r"\d{4}-\d\d", other) is not None and days[0].isoformat()[:7] == days[1].isoformat()[:7] == other


def evaluate(gold: list[dict], corpus: str, nlp) -> dict:
    from ..pipeline import Pipeline
    from ..readers import read_paths

    pipeline = nlp if isinstance(nlp, Pipeline) else Pipeline(nlp)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        # a gold written with PLOVER's older names ("DEMAND") means the type the manual now gives them (REQUEST)
        by_doc[g["doc"]].append({**g, "type": OLD_CATEGORIES.get(g["type"], g["type"])})
    paths = sorted(by_doc)
    sources = list(read_paths([str(Path(corpus) / p) for p in paths]))
    unread = next((s for s in sources if not hasattr(s, "text")), None)
    if unread is not None or len(sources) != len(paths):  # scored against the next document's gold otherwise
        raise UserError(f"{unread.label}: {unread.reason} (a document the gold names)" if unread is not None
                        else f"{corpus}: a document the gold names gives more or fewer than one text")
    stats = Counter()
    per_type = defaultdict(Counter)
    args = {a: Counter() for a in ARGUMENTS + (COUNTRY,)}
    rows = []
    spurious = []
    for path, doc in zip(paths, pipeline.pipe(sources)):
        golds = by_doc[path]
        actors = {a.id: a for a in doc.actors}
        places = {p.id: p for p in doc.places}
        sentences = [tuple(g["sentence"]) for g in golds]
        predicted = [e for e in doc.events
                     if any(_overlaps((e.trigger.start, e.trigger.end), s) for s in sentences)]
        used: set[str] = set()
        for g in golds:
            trig, sent = tuple(g["trigger"]), tuple(g["sentence"])
            same = [e for e in predicted if e.type == g["type"] and e.id not in used]
            match = next((e for e in same if _overlaps((e.trigger.start, e.trigger.end), trig)), None)
            if match is None:
                match = next((e for e in same if _overlaps((e.trigger.start, e.trigger.end), sent)), None)
            per_type[g["type"]]["gold"] += 1
            stats["gold"] += 1
            if match is None:
                rows.append((g, None, doc.text, {}))
                continue
            used.add(match.id)
            stats["matched"] += 1
            per_type[g["type"]]["matched"] += 1
            results = {
                "actor": _participants_right(match.actors, g.get("actors", []), actors),
                "recipient": _participants_right(match.recipients, g.get("recipients", []), actors),
            }
            if g.get("place"):
                results["place"] = match.location is not None and _overlaps(
                    (match.location.start, match.location.end), tuple(g["place"]))
            if g.get("date"):
                results["date"] = _date_right(match.date, str(g["date"]))
            if g.get("place_country"):
                place = places.get(match.location.place) if match.location is not None and match.location.place else None
                results[COUNTRY] = place is not None and place.country == g["place_country"]
            for name, ok in results.items():
                args[name]["n"] += 1
                args[name]["right"] += int(ok)
            rows.append((g, match, doc.text, results))
        stats["predicted"] += len(predicted)
        for e in predicted:
            per_type[e.type]["predicted"] += 1
            if e.id in used:
                per_type[e.type]["correct"] += 1
            else:
                sentence = next(s for s in sentences if _overlaps((e.trigger.start, e.trigger.end), s))
                spurious.append((path, e, doc.text[sentence[0]:sentence[1]]))
    return {"stats": stats, "per_type": per_type, "args": args, "rows": rows, "spurious": spurious}


def _gold_value(name: str, g: dict, text: str) -> str:
    """What the gold gives for an argument, as text."""
    if name in ("actor", "recipient"):
        return repr([text[p["span"][0]:p["span"][1]] + (f" ({p['code']})" if p.get("code") else "")
                     for p in g.get(name + "s", [])])
    if name == "place":
        return f"{text[g['place'][0]:g['place'][1]]!r} at {g['place'][0]}"
    return str(g["place_country"] if name == COUNTRY else g["date"])


def _found_value(name: str, match) -> str:
    """What was found for an argument, as text."""
    if name in ("actor", "recipient"):
        return repr([m.text for m in (match.actors if name == "actor" else match.recipients)])
    if name == "place":
        return f"{match.location.text!r} at {match.location.start}" if match.location else "None"
    if name == COUNTRY:
        return repr(match.location.text) if match.location else "None"
    return match.date.value if match.date else "None"


def _errors(rows: list) -> list[str]:
    """Each matched event with a wrong argument: where, its sentence, and gold vs found for each wrong one."""
    lines = []
    for g, match, text, results in rows:
        wrong = [name for name, ok in results.items() if not ok]
        if match is None or not wrong:
            continue
        t0, t1 = g["trigger"]
        s0, s1 = g["sentence"]
        lines.append(f"{g['doc']} {g['type']} {text[t0:t1]!r}: {' '.join(text[s0:s1].split())}")
        lines.extend(f"    {name:<14}gold {_gold_value(name, g, text)}  found {_found_value(name, match)}"
                     for name in wrong)
    return lines


def report(result: dict, show: bool = False, errors: bool = False) -> str:
    s = result["stats"]
    precision = s["matched"] / s["predicted"] if s["predicted"] else 0.0
    recall = s["matched"] / s["gold"] if s["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lines = [f"gold events: {s['gold']}   predicted in annotated sentences: {s['predicted']}   matched: {s['matched']}",
             f"type precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}",
             "argument accuracy on matched events:"]
    for name in ARGUMENTS + (COUNTRY,):
        c = result["args"][name]
        if name in ARGUMENTS or c["n"]:
            lines.append(f"  {name + ' ':<10}{c['right'] / c['n'] if c['n'] else 0:.3f} ({c['right']}/{c['n']})")
    lines.append("")
    lines.append(f"{'type':<11}{'gold':>6}{'found':>7}{'predicted':>11}{'correct':>9}")
    for type_, c in sorted(result["per_type"].items()):
        lines.append(f"{type_:<11}{c['gold']:>6}{c['matched']:>7}{c['predicted']:>11}{c['correct']:>9}")
    if show:
        for g, match, text, _ in result["rows"]:
            t0, t1 = g["trigger"]
            got = "missed" if match is None else (
                f"{match.type} actors={[a.text for a in match.actors]} recipients={[r.text for r in match.recipients]} "
                f"place={match.location.text if match.location else None} date={match.date.value if match.date else None}")
            lines.append(f"{g['type']:<9} {text[t0:t1]!r:<14} -> {got}")
        lines.append("")
        lines.append("predicted in annotated sentences, matching no gold event:")
        for path, e, sentence in result["spurious"]:
            lines.append(f"{path} {e.type} {e.trigger.text!r} actors={[a.text for a in e.actors]}: {' '.join(sentence.split())}")
    if errors:
        lines.extend(_errors(result["rows"]))
    return "\n".join(lines)


def run(args) -> int:
    from ..pipeline import build_nlp

    corpus = args.corpus or gold_corpus(args.gold) or default_corpus()
    if corpus is None or not Path(corpus).is_dir():
        print("dateline evaluate events: corpus not found; give --corpus DIR", file=sys.stderr)
        return 2
    gold = read_gold(args.gold, "events", ("doc", "sentence", "trigger", "type"))
    result = evaluate(gold, corpus, build_nlp())
    print(report(result, args.show, args.errors))
    return 0
