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
from typing import Optional

from ..samples import samples_dir
from ..store.fusion import stem
from . import read_gold

ROOT = Path(samples_dir()).parent


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "stories-gold.yaml"),
                        help="the gold story clusters (default: eval/stories-gold.yaml)")
    parser.add_argument("--db", metavar="FILE",
                        help="score this database as it is (default: ingest samples/ into a temporary one)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the gold pairs missed and the false ones")
    parser.add_argument("--why", metavar="FILE",
                        help="write every missed gold pair with the reason fusion kept it apart to FILE")


def document_key(label: str) -> str:
    """A document as the gold names it: the path from `samples/` on (with `:line` for a record)."""
    label = label.replace(os.sep, "/")
    at = label.rfind("samples/")
    return label[at:] if at >= 0 else label


def load_gold(path: str) -> list[tuple]:
    """(story id, document, sentence start, sentence end, trigger, type, date) for every gold mention."""
    stories = read_gold(path, "stories", ("id", "mentions"))
    return [(str(story["id"]), document_key(m["doc"]), int(m["start"]), int(m["end"]),
             (m.get("trigger") or "").lower(), story.get("type"), str(story.get("date") or ""))
            for story in stories for m in story["mentions"]]


def predicted(con, mentions) -> list[set[str]]:
    """For each gold mention, the stories of the events in that sentence: those with the gold
    trigger (or another form of its word: "killing", "killed") when there are such, else those of the
    gold type (an event of another type and word reports something else) that no other gold mention
    of the sentence names by its word. An event its trigger gives to two of them ("the killing of A
    in July and of B in September") stands for the one whose gold date its date holds, or for neither."""
    by_doc: dict[str, list[tuple]] = {}
    for story_id, label, trigger_start, trigger, type_, date in con.execute("""
            SELECT ss.story_id, d.label, ss.trigger_start, lower(ss.trigger), s.type, ss.date FROM story_sources ss
            JOIN documents d ON d.id = ss.doc_id JOIN stories s ON s.id = ss.story_id""").fetchall():
        by_doc.setdefault(document_key(label or ""), []).append((story_id, trigger_start, trigger, type_, date))
    words_in: dict[tuple, list[str]] = {}
    for _, doc, start, _, trigger, *_ in mentions:
        words_in.setdefault((doc, start), []).append(trigger)
    claims: dict[tuple, set[str]] = {}
    chosen = []
    for gold_story, doc, start, end, trigger, type_, _ in mentions:
        here = [e for e in by_doc.get(doc, ()) if start <= e[1] < end]
        narrowed = _pick(here, trigger, type_, words_in[(doc, start)], lambda e: e[2], lambda e: e[3])
        chosen.append(narrowed)
        for e in narrowed:
            claims.setdefault((doc, e[1]), set()).add(gold_story)
    found = []
    for (gold_story, doc, *_, gold_date), narrowed in zip(mentions, chosen):
        found.append({e[0] for e in narrowed
                      if len(claims[(doc, e[1])]) == 1 or _holds(e[4], gold_date)})
    return found


def _holds(value: Optional[str], day: str) -> bool:
    """Whether an event's date value (of known or unknown year) holds a gold day."""
    from ..store.fusion import interval

    if not value or not day:
        return False
    span = interval(value.replace("XXXX", day[:4]))
    return span is not None and span[0].isoformat() <= day[:10] <= span[1].isoformat()


def _pick(here, trigger, type_, words, trigger_of, type_of) -> list:
    """The events of a sentence that stand for a gold mention: those with its word (or another
    form of it), else those of its type whose word no other gold mention of the sentence claims
    ("a strike killed X, and troops crossed into Y": the strike stands for the killing when one
    event took both words)."""
    def says(e, word):
        return trigger_of(e) == word or stem(trigger_of(e)) == stem(word)

    narrowed = [e for e in here if trigger_of(e) == trigger] or [e for e in here if stem(trigger_of(e)) == stem(trigger)]
    if not narrowed:
        others = [w for w in words if w != trigger]
        narrowed = [e for e in here if type_of(e) == type_ and not any(says(e, w) for w in others)]
    return narrowed


def _narrow(events, start, end, trigger, type_, words) -> list:
    """The events of a sentence that stand for a gold mention (as `predicted` narrows them)."""
    here = [e for e in events if start <= e["start"] < end]
    return _pick(here, trigger, type_, words, lambda e: e["trigger"], lambda e: e["type"]) or here


def _describe(item) -> str:
    actors = ",".join(k.split(":", 1)[1] for k, _ in item.actors) or "-"
    recipients = ",".join(k.split(":", 1)[1] for k, _ in item.recipients) or "-"
    place = item.place.name if item.place else "-"
    return (f"{item.type} '{item.row[4]}' date={item.date or '-'} actors={actors} recipients={recipients} "
            f"place={place}{' (sentence)' if item.place_from_sentence else ''}")


def diagnose(con, mentions, found, missed) -> list[tuple[str, str]]:
    """For each missed gold pair: (category, explanation). Categories: `no event` (the mention's
    sentence has no event), `not matched` (its events do not stand for the mention: another word and
    type, or another word in a sentence that reports two gold happenings), `modality` (its event is
    not asserted or reported), or the fusion rule
    that keeps the two events apart (`types`, `dates`, `places`, `actors`, `recipients`, ...), or
    `clustering` when the two fit alone but the stories they joined did not take each other."""
    from ..store.fusion import _load_items, settings, why_apart, word_weights

    loaded = _load_items(con, settings())
    cfg = {**settings(), "weights": word_weights(loaded)}
    items = {(i.doc_id, i.event_id): i for i in loaded}
    events: dict[str, list[dict]] = {}
    for doc_id, label, event_id, start, trigger, type_, modality in con.execute("""
            SELECT e.doc_id, d.label, e.id, e.trigger_start, lower(e.trigger), e.type, e.modality
            FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY e.trigger_start""").fetchall():
        events.setdefault(document_key(label or ""), []).append(
            {"doc": doc_id, "id": event_id, "start": start, "trigger": trigger, "type": type_, "modality": modality})
    words_in: dict[tuple, list[str]] = {}
    for m in mentions:
        words_in.setdefault((m[1], m[2]), []).append(m[4])

    def of(mention):
        _, doc, start, end, trigger, type_, _ = mention
        return _narrow(events.get(doc, ()), start, end, trigger, type_, words_in[(doc, start)])

    index = {m: i for i, m in enumerate(mentions)}
    out = []
    for a, b in missed:
        ea, eb = of(a), of(b)
        empty = [f"{side} {m[1]}@{m[2]} '{m[4]}'" for side, m, e in (("A", a, ea), ("B", b, eb)) if not e]
        if empty:
            out.append(("no event", "no event in " + "; ".join(empty)))
            continue
        unmatched = [f"{side} {m[1]}@{m[2]} '{m[4]}' (events there: "
                     + ", ".join(f"{e['type']} '{e['trigger']}'" for e in es) + ")"
                     for side, m, es in (("A", a, ea), ("B", b, eb)) if not found[index[m]]]
        if unmatched:
            out.append(("not matched", "; ".join(unmatched)))
            continue
        ia = [items[(e["doc"], e["id"])] for e in ea if (e["doc"], e["id"]) in items]
        ib = [items[(e["doc"], e["id"])] for e in eb if (e["doc"], e["id"]) in items]
        if not ia or not ib:
            e = ea[0] if not ia else eb[0]
            out.append(("modality", f"event '{e['trigger']}' ({e['type']}) is {e['modality']}"))
            continue
        reasons = [(why_apart(x, y, cfg), x, y) for x in ia for y in ib]
        reason, x, y = min(reasons, key=lambda r: r[0] != "")
        out.append((reason or "clustering", f"A: {_describe(x)} | B: {_describe(y)}"))
    return out


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
            found = predicted(con, mentions)
            result = score(mentions, found)
            why = diagnose(con, mentions, found, result["missed"]) if args.why else None
        finally:
            con.close()
    print(f"fusion: {len(set(m[0] for m in mentions))} gold stories, {result['mentions']} mentions "
          f"({result['found']} found in a story), {result['pairs']} gold pairs")
    print(f"pair precision {result['precision']:.3f} ({result['correct']}/{result['predicted']})  "
          f"pair recall {result['recall']:.3f} ({result['correct']}/{result['pairs']})  f1 {result['f1']:.3f}")
    if why is not None:
        from collections import Counter

        counts = Counter(category for category, _ in why)
        with open(args.why, "w", encoding="utf-8") as handle:
            handle.write("# missed gold pairs by the reason fusion kept them apart\n")
            for category, n in counts.most_common():
                handle.write(f"# {n:4d} {category}\n")
            for (a, b), (category, text) in sorted(zip(result["missed"], why), key=lambda r: r[1][0]):
                handle.write(f"{category}\t{a[0]}\t{a[1]}@{a[2]} ~ {b[1]}@{b[2]}\t{text}\n")
        print("missed pairs by reason: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
    if args.verbose:
        for label, pairs in (("missed", result["missed"]), ("wrong", result["wrong"])):
            for a, b in pairs:
                print(f"  {label}: {a[0]} {a[1]}@{a[2]} ~ {b[0]} {b[1]}@{b[2]}")
    return 0
