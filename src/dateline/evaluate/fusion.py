"""`dateline evaluate fusion [GOLD]`: pair precision and recall of story clustering.

The gold file (eval/stories-gold.yaml) lists stories, each with the sentences that report it
(`mentions`: `doc` path, or `path:line` for a JSONL record, and the sentence's `start`/`end`).
A gold mention is found in the store by the stories whose reporting event's trigger lies in
that sentence of that document. Over every pair of gold mentions: a pair is predicted when
the two share a story, gold when they belong to one gold story; precision and recall are
over pairs (Bagga & Baldwin's pairwise clustering measure).
"""

from __future__ import annotations

import os
import tempfile
from itertools import combinations
from pathlib import Path

import yaml

from ..errors import UserError
from ..samples import samples_dir

ROOT = Path(samples_dir()).parent


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "stories-gold.yaml"),
                        help="the gold story clusters (default: eval/stories-gold.yaml)")
    parser.add_argument("--db", metavar="FILE",
                        help="score this database as it is (default: ingest samples/ into a temporary one)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the gold pairs missed and the false ones")


def document_key(label: str) -> str:
    """A document as the gold names it: the path from `samples/` on (with `:line` for a record)."""
    label = label.replace(os.sep, "/")
    at = label.rfind("samples/")
    return label[at:] if at >= 0 else label


def load_gold(path: str) -> list[tuple]:
    """(story id, document, sentence start, sentence end, trigger, type) for every gold mention."""
    try:
        with open(path, encoding="utf-8") as handle:
            stories = yaml.safe_load(handle)
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    stories = stories.get("stories", stories) if isinstance(stories, dict) else stories
    return [(str(story["id"]), document_key(m["doc"]), int(m["start"]), int(m["end"]),
             (m.get("trigger") or "").lower(), story.get("type"))
            for story in stories for m in story["mentions"]]


def predicted(con, mentions) -> list[set[str]]:
    """For each gold mention, the stories of the events in that sentence: those with the gold
    trigger when there are such, else those of the gold type, else all of them (a sentence
    may report two happenings)."""
    by_doc: dict[str, list[tuple]] = {}
    for story_id, label, trigger_start, trigger, type_ in con.execute("""
            SELECT ss.story_id, d.label, ss.trigger_start, lower(ss.trigger), s.type FROM story_sources ss
            JOIN documents d ON d.id = ss.doc_id JOIN stories s ON s.id = ss.story_id""").fetchall():
        by_doc.setdefault(document_key(label or ""), []).append((story_id, trigger_start, trigger, type_))
    found = []
    for _, doc, start, end, trigger, type_ in mentions:
        here = [e for e in by_doc.get(doc, ()) if start <= e[1] < end]
        narrowed = ([e for e in here if e[2] == trigger] or [e for e in here if e[3] == type_] or here)
        found.append({e[0] for e in narrowed})
    return found


def score(mentions, found) -> dict:
    tp = fp = fn = 0
    missed, wrong = [], []
    for (a, b) in combinations(range(len(mentions)), 2):
        gold = mentions[a][0] == mentions[b][0]
        same = bool(found[a] & found[b])
        if gold and same:
            tp += 1
        elif same:
            fp += 1
            wrong.append((mentions[a], mentions[b]))
        elif gold:
            fn += 1
            missed.append((mentions[a], mentions[b]))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": tp + fn, "predicted": tp + fp, "correct": tp, "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "found": sum(1 for f in found if f), "mentions": len(mentions), "missed": missed, "wrong": wrong}


def run(args) -> int:
    from ..store import connect
    from ..store.ingest import ingest

    mentions = load_gold(args.gold)
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if db is None:
            db = os.path.join(scratch, "samples.duckdb")
            ingest([samples_dir()], db, progress=False)
        con = connect(db, read_only=True)
        try:
            result = score(mentions, predicted(con, mentions))
        finally:
            con.close()
    print(f"fusion: {len(set(m[0] for m in mentions))} gold stories, {result['mentions']} mentions "
          f"({result['found']} found in a story), {result['pairs']} gold pairs")
    print(f"pair precision {result['precision']:.3f} ({result['correct']}/{result['predicted']})  "
          f"pair recall {result['recall']:.3f} ({result['correct']}/{result['pairs']})  f1 {result['f1']:.3f}")
    if args.verbose:
        for label, pairs in (("missed", result["missed"]), ("wrong", result["wrong"])):
            for a, b in pairs:
                print(f"  {label}: {a[0]} {a[1]}@{a[2]} ~ {b[0]} {b[1]}@{b[2]}")
    return 0
