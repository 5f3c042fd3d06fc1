"""`dateline evaluate roles [GOLD]`: sentence roles (report, quote, opinion, ...) over the samples' gold.

The gold file (eval/roles-gold.yaml) gives every sentence of some sample documents its role by hand. Each gold
sentence is paired with the predicted sentence it overlaps most (a sentence split differently still pairs), and
the pairs fill a confusion table: per role precision, recall and F1, and overall accuracy.
"""

from __future__ import annotations

from collections import Counter
from typing import get_args

from ..errors import UserError
from ..model import SentenceRole
from . import read_gold
from .claims import ROOT, sample_documents

ROLES = get_args(SentenceRole)
UNPAIRED = "none"  # no predicted sentence overlaps the gold one


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "roles-gold.yaml"),
                        help="the gold sentence roles (default: eval/roles-gold.yaml)")
    parser.add_argument("--doc", action="append", metavar="PART",
                        help="score only the gold documents whose path contains PART (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the sentences given a wrong role")


def predicted_role(gold: dict, sentences: list) -> str:
    """The role of the predicted sentence that overlaps the gold sentence most."""
    best, role = 0, UNPAIRED
    for s in sentences:
        size = min(gold["end"], s.end) - max(gold["start"], s.start)
        if size > best:
            best, role = size, s.role
    return role


def evaluate(gold_docs: list[dict], documents: dict) -> dict:
    """The confusion counts {(gold, predicted): n} and the wrong sentences; `documents` maps a gold `doc` to
    dateline's output Document for it."""
    confusion: Counter = Counter()
    wrong = []
    for entry in gold_docs:
        document = documents.get(entry["doc"])
        if document is None:
            raise UserError(f"{entry['doc']}: no such sample document")
        for g in entry["sentences"]:
            got = predicted_role(g, document.sentences)
            confusion[g["role"], got] += 1
            if got != g["role"]:
                wrong.append((entry["doc"], g, got))
    return {"confusion": confusion, "wrong": wrong}


def scores(confusion: Counter) -> dict:
    """Per role: gold and predicted counts, precision, recall and F1."""
    table = {}
    for role in ROLES:
        right = confusion[role, role]
        gold = sum(n for (g, _), n in confusion.items() if g == role)
        predicted = sum(n for (_, p), n in confusion.items() if p == role)
        precision = right / predicted if predicted else 0.0
        recall = right / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[role] = {"gold": gold, "predicted": predicted, "right": right,
                       "precision": precision, "recall": recall, "f1": f1}
    return table


def report(result: dict, verbose: bool = False) -> str:
    confusion = result["confusion"]
    total = sum(confusion.values())
    right = sum(n for (g, p), n in confusion.items() if g == p)
    table = scores(confusion)
    lines = [f"accuracy {right / total if total else 0.0:.3f} ({right}/{total} sentences)",
             f"{'role':<12}{'gold':>6}{'predicted':>11}{'right':>7}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for role, row in table.items():
        lines.append(f"{role:<12}{row['gold']:>6}{row['predicted']:>11}{row['right']:>7}"
                     f"{row['precision']:>11.3f}{row['recall']:>8.3f}{row['f1']:>7.3f}")
    columns = [*ROLES, UNPAIRED] if any(p == UNPAIRED for _, p in confusion) else list(ROLES)
    lines.append("confusion (rows gold, columns predicted)")
    lines.append(" " * 12 + "".join(f"{c[:10]:>11}" for c in columns))
    for role in ROLES:
        lines.append(f"{role:<12}" + "".join(f"{confusion[role, c]:>11}" for c in columns))
    if verbose:
        for doc, g, got in result["wrong"]:
            lines.append(f"  {g['role']:>10} -> {got:<10} {doc} [{g['start']},{g['end']}]: {g.get('text', '')[:100]!r}")
    return "\n".join(lines)


def run(args) -> int:
    gold = [entry for entry in read_gold(args.gold, "documents", ("doc", "sentences"))
            if not args.doc or any(part in entry["doc"] for part in args.doc)]
    if not gold:
        raise UserError(f"{args.gold}: no gold document matches {args.doc}")
    documents = sample_documents({entry["doc"] for entry in gold})
    print(f"roles: {len(gold)} documents ({args.gold})")
    print(report(evaluate(gold, documents), args.verbose))
    return 0
