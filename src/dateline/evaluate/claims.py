"""`dateline evaluate claims [GOLD]`: quotes, cited reports, numeric claims and scripture.

The gold file (eval/claims-gold.yaml) annotates the shipped sample documents by hand: for each
document every cited report (outlets, date), numeric claim (value, measure), scripture reference
(work, reference) and quote (speaker, date said), with offsets into the text as dateline reads it.
Predictions and gold are paired one to one within a document and kind, largest overlap first; a
pair is found when the spans overlap. Per kind this prints recall (found/gold), precision
(found/predicted: the documents are annotated throughout), the share of found claims whose
attributes are right, and the share of the gold found with right attributes (the issue's bar).
A quote whose cue only attributes to a cited report ("According to the ministry, C") is not scored: the
claims golds count that source once, as a citation; PolNeAR, which marks it, still sees it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Optional

from ..errors import UserError
from ..samples import samples_dir
from ..timex.values import week_days
from .fusion import document_key
from . import read_gold

ROOT = Path(samples_dir()).parent
KINDS = ("citations", "quantities", "scripture", "quotes")
ATTRIBUTES = {"citations": "outlet+date", "quantities": "value+measure", "scripture": "work+reference",
              "quotes": "speaker+date"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "claims-gold.yaml"),
                        help="the gold claims (default: eval/claims-gold.yaml)")
    parser.add_argument("--only", choices=KINDS, action="append",
                        help="score only this kind (repeatable; default: all)")
    parser.add_argument("--doc", action="append", metavar="PART",
                        help="score only the gold documents whose path contains PART (repeatable), e.g. held-out ones")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list the gold claims missed, those with wrong attributes and the false ones")


def load_gold(path: str) -> list[dict]:
    return read_gold(path, "documents", ("doc",))


def key(text: Optional[str]) -> str:
    """A spelling-free key for names: letters and digits, lower case, without a leading "the"."""
    text = re.sub(r"^\s*the\s+", "", (text or "").lower())
    return re.sub(r"[\W_]+", "", text)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def pair(gold: list[dict], predicted: list) -> list[tuple[dict, Optional[object]]]:
    """One-to-one pairs of gold and predicted records, largest overlap first."""
    candidates = sorted(((_overlap(g["start"], g["end"], p.start, p.end), gi, pi)
                         for gi, g in enumerate(gold) for pi, p in enumerate(predicted)), reverse=True)
    gold_to, used = {}, set()
    for size, gi, pi in candidates:
        if size and gi not in gold_to and pi not in used:
            gold_to[gi] = predicted[pi]
            used.add(pi)
    return [(g, gold_to.get(gi)) for gi, g in enumerate(gold)]


def scored(kind: str, records: list) -> list:
    """The predicted records of a kind the golds score: all, but a quote whose cue is a phrase that attributes
    (`quotes/data/cues.yaml: attributing`) to a source dateline cites (the quote's `citation`), which the claims
    golds count once, as that citation ('According to the health ministry, C'); one according to people, who are
    no citation, stays a quote ('according to two people familiar with the talks')."""
    if kind != "quotes":
        return list(records)
    from ..quotes.words import cue_words
    attributing = cue_words("attributing")
    return [q for q in records if q.cue is None or q.citation is None
            or " ".join(q.cue.text.lower().split()) not in attributing]


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _names(actor) -> set[str]:
    return {key(n) for n in [actor.name, *actor.aliases]} if actor is not None else set()


def _outlet_key(name: str) -> str:
    """The key of an outlet's canonical name when the actor dictionary knows it (gold writes outlets as the text
    does, 'PTI', 'dpa'; dateline gives the dictionary's name, 'Press Trust of India'), else of the name."""
    from ..actors.dictionary import load
    return key(load().outlet(name) or name)


def citation_right(gold: dict, found, actors: dict) -> bool:
    """Each gold outlet is one dateline gave, by a spelling of its name, a name of the actor an outlet names ("Alan M.
    Garber" is also "Alan Garber", as a speaker is right by any of his names) or the dictionary's outlet name."""
    wanted = [key(o) for o in gold["outlets"]]
    have = [key(o) for o in found.outlets]
    named = {key(a.name): a for a in actors.values()}
    aliases = {k for h in have for k in _names(named.get(h))}  # (whole names only: 'UN' is no part of 'UNICEF')
    outlets = all(any(w and h and (w in h or h in w) for h in have) or w in aliases
                  or _outlet_key(o) in map(_outlet_key, found.outlets) for w, o in zip(wanted, gold["outlets"]))
    return outlets and gold.get("date") == found.date


def quantity_right(gold: dict, found, actors: dict) -> bool:
    value = float(gold["value"])
    return abs(found.value - value) <= 1e-6 * max(1.0, abs(value)) and found.measure in _as_list(gold["measure"])


def scripture_right(gold: dict, found, actors: dict) -> bool:
    return key(gold["work"]) == key(found.work) and \
        re.sub(r"\s+", " ", gold["reference"]).strip() == re.sub(r"\s+", " ", found.reference).strip()


def speaker_right(gold: dict, found, actors: dict) -> bool:
    speaker = gold.get("speaker")
    if speaker is None:
        return found.speaker is None
    if found.speaker is None:
        return False
    wanted = {key(a) for a in _as_list(gold.get("actor")) if a}
    if wanted & _names(actors.get(found.speaker.actor)):
        return True
    if speaker["text"].lower() in PRONOUNS:  # a pronoun is right only through what it stands for
        return not wanted and found.speaker.actor is None and \
            _overlap(speaker["start"], speaker["end"], found.speaker.start, found.speaker.end) > 0
    return key(found.speaker.text) == key(speaker["text"]) or \
        _overlap(speaker["start"], speaker["end"], found.speaker.start, found.speaker.end) > 0


def date_right(found: Optional[str], wanted: list) -> bool:
    """The date found is one the gold allows, or an ISO week all of whose seven days the gold lists: a gold that
    allows any day of a week ('this week' in a weekly) allows that week, which is what dateline gives."""
    allowed = {str(w) for w in wanted}
    if found in allowed:
        return True
    week = week_days(found) if re.fullmatch(r"\d{4}-W\d{2}", found or "") else None
    if week is None:  # no week, or a week 53 in a year of 52
        return False
    return {(week[0] + dt.timedelta(days=n)).isoformat() for n in range(7)} <= allowed


def quote_right(gold: dict, found, actors: dict) -> bool:
    date = gold.get("date")
    return speaker_right(gold, found, actors) and (date is None or date_right(found.date, _as_list(date)))


RIGHT = {"citations": citation_right, "quantities": quantity_right, "scripture": scripture_right,
         "quotes": quote_right}


def describe(kind: str, record) -> str:
    """What a predicted record says, for the verbose listing."""
    if kind == "citations":
        return f"outlets={record.outlets} date={record.date}"
    if kind == "quantities":
        return f"value={record.value:g} unit={record.unit} measure={record.measure}"
    if kind == "scripture":
        return f"work={record.work} reference={record.reference!r}"
    speaker = record.speaker.text if record.speaker else None
    actor = record.speaker.actor if record.speaker else None
    return f"speaker={speaker!r} actor={actor} date={record.date}"


def describe_gold(kind: str, gold: dict) -> str:
    if kind == "citations":
        return f"outlets={gold['outlets']} date={gold.get('date')}"
    if kind == "quantities":
        return f"value={gold['value']:g} measure={gold['measure']}"
    if kind == "scripture":
        return f"work={gold['work']} reference={gold['reference']!r}"
    speaker = gold["speaker"]["text"] if gold.get("speaker") else None
    return f"speaker={speaker!r} actor={gold.get('actor')} date={gold.get('date')}"


def evaluate(gold_docs: list[dict], documents: dict, kinds=KINDS) -> dict:
    """Counts per kind and the rows for the verbose listing; `documents` maps a gold `doc` to
    dateline's output Document for it."""
    counts = {k: defaultdict(int) for k in kinds}
    rows = []
    for entry in gold_docs:
        document = documents.get(entry["doc"])
        if document is None:
            raise UserError(f"{entry['doc']}: no such sample document")
        actors = {a.id: a for a in document.actors}
        for kind in kinds:
            gold, predicted = entry.get(kind) or [], scored(kind, getattr(document, kind))
            pairs = pair(gold, predicted)
            c = counts[kind]
            c["gold"] += len(gold)
            c["predicted"] += len(predicted)
            matched = set()
            for g, found in pairs:
                if found is None:
                    rows.append((kind, "missed", entry["doc"], g["text"], describe_gold(kind, g)))
                    continue
                matched.add(id(found))
                c["found"] += 1
                if RIGHT[kind](g, found, actors):
                    c["right"] += 1
                else:
                    rows.append((kind, "wrong", entry["doc"], g["text"],
                                 f"gold {describe_gold(kind, g)} | got {describe(kind, found)}"))
            for p in predicted:
                if id(p) not in matched:
                    rows.append((kind, "false", entry["doc"], p.text, describe(kind, p)))
    return {"counts": counts, "rows": rows}


def report(result: dict, verbose: bool = False) -> str:
    lines = [f"{'kind':<12}{'gold':>6}{'found':>7}{'predicted':>11}{'recall':>8}{'precision':>11}"
             f"{'attributes':>12}  {'right/gold':>10}  scored"]
    for kind, c in result["counts"].items():
        recall = c["found"] / c["gold"] if c["gold"] else 0.0
        precision = c["found"] / c["predicted"] if c["predicted"] else 0.0
        accuracy = c["right"] / c["found"] if c["found"] else 0.0
        right = c["right"] / c["gold"] if c["gold"] else 0.0
        lines.append(f"{kind:<12}{c['gold']:>6}{c['found']:>7}{c['predicted']:>11}{recall:>8.3f}{precision:>11.3f}"
                     f"{accuracy:>12.3f}  {right:>10.3f}  {ATTRIBUTES[kind]}")
    if verbose:
        for kind, label, doc, text, detail in result["rows"]:
            lines.append(f"  {kind:<10} {label:<6} {doc}: {text[:70]!r}  {detail}")
    return "\n".join(lines)


def sample_documents(wanted: set[str]) -> dict:
    """dateline's output for the sample documents a gold file names, by their `doc` key."""
    from ..pipeline import Pipeline, build_nlp
    from ..readers import read_paths

    sources = [s for s in read_paths([samples_dir()])
               if hasattr(s, "text") and document_key(s.label or "") in wanted]
    pipeline = Pipeline(build_nlp())
    return {document_key(s.label or ""): d for s, d in zip(sources, pipeline.pipe(sources))}


def run(args) -> int:
    gold = [entry for entry in load_gold(args.gold)
            if not args.doc or any(part in entry["doc"] for part in args.doc)]
    if not gold:
        raise UserError(f"{args.gold}: no gold document matches {args.doc}")
    documents = sample_documents({entry["doc"] for entry in gold})
    print(f"claims: {len(gold)} documents ({args.gold})")
    print(report(evaluate(gold, documents, tuple(args.only or KINDS)), args.verbose))
    return 0
