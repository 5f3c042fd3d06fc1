"""The fused timeline: stories in date order, each with every source that reports it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

STORY_COLUMNS = ("id", "type", "mode", "cameo_root", "date", "date_start", "date_end", "actors", "actor_codes",
                 "recipients", "recipient_codes", "place", "country", "lat", "lon", "place_kind", "sources",
                 "documents", "first_outlet", "first_published", "first_doc_id", "fatalities", "conflicts")
SOURCE_COLUMNS = ("story_id", "doc_id", "path", "label", "url", "title", "outlet", "published", "event_id", "sentence",
                  "sentence_start", "sentence_end", "trigger", "trigger_start", "trigger_end", "date", "place",
                  "citation", "cited_outlets", "duplicate_of")


@dataclass
class Filters:
    actor: Optional[str] = None
    type: Optional[str] = None
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    place: Optional[str] = None
    search: Optional[str] = None


def _where(filters: Filters) -> tuple[str, list]:
    """SQL conditions on `stories s` for the filters, with their parameters."""
    clauses, params = [], []
    if filters.actor:
        # a name, code or alias of any actor or recipient, case-insensitive, part of a word allowed
        clauses.append("""EXISTS (SELECT 1 FROM story_sources ss
            JOIN (SELECT doc_id, event_id, actor_id FROM event_actors
                  UNION ALL SELECT doc_id, event_id, actor_id FROM event_recipients) x
              ON x.doc_id = ss.doc_id AND x.event_id = ss.event_id
            JOIN actors a ON a.doc_id = x.doc_id AND a.id = x.actor_id
            WHERE ss.story_id = s.id AND (a.name ILIKE ? OR a.code ILIKE ?
                  OR list_contains(list_transform(a.aliases, lambda v: lower(v)), lower(?))))""")
        params += [f"%{filters.actor}%", filters.actor, filters.actor]
    if filters.type:
        types = [t.strip().upper() for t in filters.type.split(",") if t.strip()]
        clauses.append(f"s.type IN ({','.join('?' * len(types))})")
        params += types
    if filters.date_from:
        clauses.append("s.date_end >= CAST(? AS DATE)")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("s.date_start <= CAST(? AS DATE)")
        params.append(filters.date_to)
    if filters.place:
        clauses.append("""(s.place ILIKE ? OR s.country ILIKE ? OR EXISTS (SELECT 1 FROM story_sources ss
            WHERE ss.story_id = s.id AND ss.place ILIKE ?))""")
        params += [f"%{filters.place}%", filters.place, f"%{filters.place}%"]
    if filters.search:
        clauses.append("""EXISTS (SELECT 1 FROM story_sources ss JOIN documents d ON d.id = ss.doc_id
            WHERE ss.story_id = s.id AND (ss.sentence ILIKE ? OR d.title ILIKE ?))""")
        params += [f"%{filters.search}%"] * 2
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def timeline(con, filters: Optional[Filters] = None, min_sources: int = 1) -> list[dict]:
    """Stories that pass the filters, in date order, each with its `sources`."""
    where, params = _where(filters or Filters())
    where += (" AND " if where else " WHERE ") + "s.sources >= ?"
    params.append(min_sources)
    stories = [dict(zip(STORY_COLUMNS, map(_plain, row))) for row in con.execute(
        f"SELECT {', '.join('s.' + c for c in STORY_COLUMNS)} FROM stories s{where} "
        "ORDER BY coalesce(try_cast(left(s.date, 10) AS DATE), s.date_start) NULLS LAST, s.date, "
        "s.first_published, s.id", params).fetchall()]
    if not stories:
        return []
    con.execute("CREATE OR REPLACE TEMP TABLE wanted (id VARCHAR)")
    con.executemany("INSERT INTO wanted VALUES (?)", [[s["id"]] for s in stories])
    by_story: dict[str, list[dict]] = {s["id"]: [] for s in stories}
    for row in con.execute("""
            SELECT ss.story_id, ss.doc_id, d.path, d.label, d.url, d.title, ss.outlet, ss.published, ss.event_id,
                   ss.sentence, ss.sentence_start, ss.sentence_end, ss.trigger, ss.trigger_start, ss.trigger_end,
                   ss.date, ss.place, ss.citation, ss.cited_outlets, ss.duplicate_of
            FROM story_sources ss JOIN wanted w ON w.id = ss.story_id JOIN documents d ON d.id = ss.doc_id
            ORDER BY ss.published NULLS LAST, d.path, ss.sentence_start, ss.trigger_start""").fetchall():
        source = dict(zip(SOURCE_COLUMNS, map(_plain, row)))
        listed = by_story[source.pop("story_id")]
        # two events of one sentence reporting the same story are one source
        if not any(s["doc_id"] == source["doc_id"] and s["sentence_start"] == source["sentence_start"]
                   for s in listed):
            listed.append(source)
    con.execute("DROP TABLE wanted")
    for story in stories:
        # `sources` lists the reports; `independent_sources` counts them, syndicated copies once
        story["conflicts"] = json.loads(story["conflicts"] or "[]")
        story["independent_sources"] = story["sources"]
        story["sources"] = by_story[story["id"]]
    return stories


def figures(con, disagree_only: bool = False) -> list[dict]:
    """Numeric claims compared across documents, each with the sources that give them."""
    columns = ("id", "measure", "unit", "place", "country", "date", "documents", "sources",
               "min_value", "max_value", "disagree")
    where = " WHERE disagree" if disagree_only else ""
    out = [dict(zip(columns, map(_plain, row))) for row in con.execute(
        f"SELECT {', '.join(columns)} FROM figures{where} ORDER BY date, measure, place").fetchall()]
    for figure in out:
        figure["claims"] = [dict(zip(("doc_id", "path", "outlet", "published", "value", "approximate", "text",
                                      "sentence", "start", "end", "duplicate_of"), map(_plain, row)))
                            for row in con.execute("""
                                SELECT f.doc_id, d.path, f.outlet, f.published, f.value, f.approximate, f.text,
                                       f.sentence, f.start, f."end", f.duplicate_of
                                FROM figure_sources f JOIN documents d ON d.id = f.doc_id
                                WHERE f.figure_id = ? ORDER BY f.published NULLS LAST, d.path, f.start""",
                                [figure["id"]]).fetchall()]
    return out
