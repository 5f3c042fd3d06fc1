"""`dateline evaluate coherence --db FILE`: how coherent the fused stories of a corpus store are.

No gold needed: a story is coherent by this measure when every report in it shares a named actor
with the report that founded it (an actor the pipeline resolved, compared by identity: a person by
name, anything else by its actor code, a code and its parent code alike: ISR and ISRMIL; an
unresolved pronoun or noun is no named actor). Printed: stories with several independent sources, those with
at least `--big` sources, and the share of multi-source stories that are coherent. `--sample N`
prints N random multi-source stories (fixed `--seed`) with their sources' sentences, for judging by
hand whether each tells one happening.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict


def add_arguments(parser) -> None:
    parser.add_argument("--db", metavar="FILE", required=True, help="the fused corpus store to measure")
    parser.add_argument("--big", type=int, default=5, help="count the stories with at least this many sources")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N random multi-source stories with their sources' sentences")
    parser.add_argument("--seed", type=int, default=6, help="random seed of the sample")


def identities(con) -> dict[tuple[str, str], set[str]]:
    """(doc id, event id) -> the identities of the named actors that do it or undergo it."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table in ("event_actors", "event_recipients"):
        for doc_id, event_id, name, code, kind in con.execute(f"""
                SELECT x.doc_id, x.event_id, a.name, a.code, a.kind FROM {table} x
                JOIN actors a ON a.doc_id = x.doc_id AND a.id = x.actor_id
                WHERE a.code IS NOT NULL OR a.name IS NOT NULL""").fetchall():
            out[(doc_id, event_id)].add(f"name:{name.lower()}" if kind == "person" and name or not code
                                        else f"code:{code}")
    return out


def shares(a: set[str], b: set[str]) -> bool:
    """Whether two reports name one actor (a code and a code extending it count as one side)."""
    return any(x == y or (x.startswith("code:") and y.startswith("code:") and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)


def measure(con, big: int = 5) -> dict:
    named = identities(con)
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for story_id, doc_id, event_id in con.execute(
            "SELECT ss.story_id, ss.doc_id, ss.event_id FROM story_sources ss "
            "JOIN stories s ON s.id = ss.story_id WHERE s.sources > 1").fetchall():
        members[story_id].append((doc_id, event_id))
    coherent = 0
    for story_id, events in members.items():
        seed = founder(story_id, events)
        core = named.get(seed, set())
        if all(e == seed or shares(core, named.get(e, set())) for e in events):
            coherent += 1
    total = con.execute("SELECT count(*), count(*) FILTER (WHERE sources >= ?) FROM stories", [big]).fetchone()
    return {"stories": total[0], "multi": len(members), "big": total[1], "coherent": coherent,
            "share": coherent / len(members) if members else 0.0}


def founder(story_id: str, events: list[tuple[str, str]]) -> tuple[str, str]:
    """The report that founded a story: the one its id is made from (see fusion's `_story_rows`)."""
    for doc_id, event_id in events:
        if "s" + hashlib.sha1(f"{doc_id}:{event_id}".encode()).hexdigest()[:12] == story_id:
            return doc_id, event_id
    return events[0]


def sample(con, n: int, seed: int) -> list[str]:
    ids = [r[0] for r in con.execute("SELECT id FROM stories WHERE sources > 1 ORDER BY id").fetchall()]
    chosen = random.Random(seed).sample(ids, min(n, len(ids)))
    lines = []
    for number, story_id in enumerate(chosen, 1):
        date, type_, actors, recipients, place, sources = con.execute(
            "SELECT date, type, actors, recipients, place, sources FROM stories WHERE id = ?", [story_id]).fetchone()
        lines.append(f"## {number}. {story_id} {date} {type_} {', '.join(actors[:3])} -> {', '.join(recipients[:3])}"
                     f" in {place or '-'} [{sources} sources]")
        for doc_id, trigger, date_, sentence in con.execute(
                "SELECT doc_id, trigger, date, sentence FROM story_sources WHERE story_id = ? ORDER BY published",
                [story_id]).fetchall():
            lines.append(f"   - {doc_id[:8]} [{trigger}] {date_ or '-'}: {' '.join((sentence or '').split())[:260]}")
    return lines


def run(args) -> int:
    from ..store import connect

    con = connect(args.db, read_only=True)
    figures = measure(con, args.big)
    print(f"stories {figures['stories']}, with several sources {figures['multi']}, "
          f"with >= {args.big} sources {figures['big']}")
    print(f"coherent (every report shares a named actor with the founding one): "
          f"{figures['coherent']}/{figures['multi']} = {figures['share']:.3f}")
    if args.sample:
        print("\n".join(sample(con, args.sample, args.seed)))
    return 0
