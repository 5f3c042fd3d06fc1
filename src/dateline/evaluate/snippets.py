"""`dateline evaluate snippets [FILE] [--batch dev|check|held-out|fourth|fifth]`: short event snippets (eval/event-snippets.yaml).

Two rates from the issue's bar: how often a violent, protest, arrest or diplomatic snippet yields an
event of its gold PLOVER type (typed right), and how often a report of a natural or industrial
disaster yields an ASSAULT, PROTEST or COERCE event (false violence). Tricky non-events (celebrations,
sport, figurative wording) are scored the same way as disasters, but reported apart.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from ..errors import UserError

VIOLENT_TYPES = {"ASSAULT", "PROTEST", "COERCE"}


def default_path() -> str:
    return str(Path(__file__).resolve().parents[3] / "eval" / "event-snippets.yaml")


def add_arguments(parser) -> None:
    parser.add_argument("file", nargs="?", default=default_path(), help="the snippets (default: eval/event-snippets.yaml)")
    parser.add_argument("--batch", choices=("dev", "check", "held-out", "fourth", "fifth"), default=None, help="only one batch of snippets")
    parser.add_argument("--show", action="store_true", help="print every snippet scored wrong")


def load(path: str, batch=None) -> dict[str, list[dict]]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    return {key: [s for s in data.get(key, []) if batch is None or s.get("batch") == batch]
            for key in ("events", "disasters", "nonevents")}


def evaluate(snippets: dict[str, list[dict]], nlp) -> dict:
    """Typed-right and false-violence counts, overall and per kind, and the snippets scored wrong."""
    right, total, wrong = Counter(), Counter(), []
    for item in snippets["events"]:
        types = {e.type for e in nlp(item["text"]).events}
        total[item["kind"]] += 1
        if item["type"] in types:
            right[item["kind"]] += 1
        else:
            wrong.append((item, sorted(types)))
    violent, disasters = _false_violence(snippets["disasters"], nlp, wrong)
    false_nonevents, nonevents = _false_violence(snippets.get("nonevents", []), nlp, wrong)
    return {"right": right, "total": total, "violent": violent, "disasters": disasters,
            "false_nonevents": false_nonevents, "nonevents": nonevents, "wrong": wrong}


def _false_violence(items: list[dict], nlp, wrong: list) -> tuple[Counter, Counter]:
    """Per kind: how many of `items` yield an ASSAULT, PROTEST or COERCE event, and how many there are."""
    violent, seen = Counter(), Counter()
    for item in items:
        types = {e.type for e in nlp(item["text"]).events}
        seen[item["kind"]] += 1
        if types & VIOLENT_TYPES:
            violent[item["kind"]] += 1
            wrong.append((item, sorted(types)))
    return violent, seen


def _rate(hits: int, n: int) -> str:
    return f"{hits / n if n else 0:.3f} ({hits}/{n})"


def report(result: dict, show: bool = False) -> str:
    right, total, violent, disasters = result["right"], result["total"], result["violent"], result["disasters"]
    lines = [f"typed right: {_rate(sum(right.values()), sum(total.values()))}"]
    lines += [f"  {kind:<11}{_rate(right[kind], n)}" for kind, n in sorted(total.items())]
    lines.append(f"disasters with an ASSAULT/PROTEST/COERCE event: {_rate(sum(violent.values()), sum(disasters.values()))}")
    lines += [f"  {kind:<11}{_rate(violent[kind], n)}" for kind, n in sorted(disasters.items())]
    false_nonevents, nonevents = result.get("false_nonevents", Counter()), result.get("nonevents", Counter())
    if nonevents:
        lines.append(f"non-events with an ASSAULT/PROTEST/COERCE event: "
                     f"{_rate(sum(false_nonevents.values()), sum(nonevents.values()))}")
    if show:
        for item, types in result["wrong"]:
            lines.append(f"[{item.get('type', item['kind'])}] {item['text']}  -> {'+'.join(types) or 'none'}")
    return "\n".join(lines)


def run(args) -> int:
    import dateline

    result = evaluate(load(args.file, args.batch), dateline.load())
    print(report(result, args.show))
    return 0
