"""Exports of the fused stories: jsonl (nested sources), csv, parquet, and ACLED's columns.

Every format carries the CAMEO root code of each story (`cameo_root`, through PLOVER's
crosswalk, see data/cameo.yaml). DuckDB writes csv, json and parquet itself.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import shutil
import sys
import tempfile
from functools import lru_cache
from typing import Optional

import duckdb

from .. import datafiles
from ..errors import UserError
from . import DATA

FORMATS = ("jsonl", "csv", "parquet", "acled")
SOURCES = """(SELECT list(struct_pack(doc_id := ss.doc_id, path := d.path, url := d.url, title := d.title,
                  outlet := ss.outlet, published := ss.published, event_id := ss.event_id,
                  sentence := ss.sentence, sentence_start := ss.sentence_start, sentence_end := ss.sentence_end,
                  trigger := ss.trigger, trigger_start := ss.trigger_start, trigger_end := ss.trigger_end,
                  citation := ss.citation, duplicate_of := ss.duplicate_of)
                  ORDER BY ss.published NULLS LAST, d.path, ss.sentence_start)
              FROM story_sources ss JOIN documents d ON d.id = ss.doc_id WHERE ss.story_id = s.id)"""
FLAT_SOURCES = """(SELECT string_agg(DISTINCT coalesce(d.path, d.id), '; ' ORDER BY coalesce(d.path, d.id))
              FROM story_sources ss JOIN documents d ON d.id = ss.doc_id WHERE ss.story_id = s.id)"""
STORIES = """SELECT s.id, s.date, s.date_start, s.date_end, s.type, s.mode, s.cameo_root,
       {actors}, {places}, s.sources AS independent_sources, s.documents,
       s.first_outlet, s.first_published, s.fatalities, {conflicts}, {sources} AS sources
FROM stories s ORDER BY s.date_start NULLS LAST, s.date, s.id"""
NESTED = dict(actors="s.actors, s.actor_codes, s.recipients, s.recipient_codes",
              places="s.place, s.country, s.lat, s.lon, s.place_kind", conflicts="s.conflicts", sources=SOURCES)
FLAT = dict(actors="array_to_string(s.actors, '; ') AS actors, array_to_string(s.actor_codes, '; ') AS actor_codes, "
                   "array_to_string(s.recipients, '; ') AS recipients, "
                   "array_to_string(s.recipient_codes, '; ') AS recipient_codes",
            places=NESTED["places"], conflicts="CAST(s.conflicts AS VARCHAR) AS conflicts", sources=FLAT_SOURCES)
ACLED_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                 "actor2", "country", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities", "cameo_root")


@lru_cache(maxsize=1)
def acled_table() -> dict:
    with open(DATA / "acled.yaml", encoding="utf-8") as handle:
        return datafiles.load(handle)


def acled_type(plover_type: str, mode: Optional[str], armed_recipient: bool) -> Optional[tuple[str, str]]:
    """ACLED's (event_type, sub_event_type) for a PLOVER type and mode, or None outside ACLED's scope."""
    entry = acled_table()["types"].get(plover_type)
    if entry is None:
        return None
    pair = entry.get("modes", {}).get(mode) or (armed_recipient and entry.get("armed_recipient")) or entry["default"]
    return tuple(pair)


def _country_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=code.upper())
    return country.name if country else code


def acled_rows(con) -> list[tuple]:
    """One row per story that ACLED's categories cover, in ACLED's columns plus `cameo_root`."""
    table = acled_table()
    kinds = table["armed_kinds"]
    rows = con.execute(f"""
        SELECT s.type, s.mode, s.date, s.date_start, s.date_end, s.actors, s.recipients, s.country, s.place,
               s.lat, s.lon, s.place_kind, s.fatalities, s.cameo_root,
               EXISTS (SELECT 1 FROM story_sources ss JOIN event_recipients r
                         ON r.doc_id = ss.doc_id AND r.event_id = ss.event_id
                       JOIN actors a ON a.doc_id = r.doc_id AND a.id = r.actor_id
                       WHERE ss.story_id = s.id AND a.kind IN ({','.join('?' * len(kinds))})),
               (SELECT string_agg(DISTINCT coalesce(ss.outlet, d.title, d.path), '; ' ORDER BY coalesce(ss.outlet, d.title, d.path))
                  FROM story_sources ss JOIN documents d ON d.id = ss.doc_id WHERE ss.story_id = s.id),
               (SELECT first(ss.sentence ORDER BY ss.published NULLS LAST, ss.sentence_start)
                  FROM story_sources ss WHERE ss.story_id = s.id)
        FROM stories s ORDER BY s.date_start NULLS LAST, s.date, s.id""", kinds).fetchall()
    out = []
    for (type_, mode, date, start, end, actors, recipients, country, place, lat, lon, kind, fatalities,
         cameo, armed, source, notes) in rows:
        pair = acled_type(type_, mode, armed)
        if pair is None:
            continue
        day = date if date and len(date) >= 10 and date[4] == "-" and date[7] == "-" else None
        precision = 1 if day else (2 if start and end and (end - start) <= dt.timedelta(days=7) else 3)
        out.append((
            day[:10] if day else (start.isoformat() if start else None), precision, pair[0], pair[1],
            actors[0] if actors else None, "; ".join(actors[1:]) or None,
            recipients[0] if recipients else None, _country_name(country), place, lat, lon,
            table["geo_precision"].get(kind) if place else None, source, " ".join((notes or "").split()),
            int(fatalities or 0), cameo,
        ))
    return out


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """A CSV cell a spreadsheet shows as text: untrusted text that begins like a formula ("=HYPERLINK(...)")
    gets a leading apostrophe, as OWASP advises; numbers and other values pass unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def export(con, fmt: str, output: Optional[str] = None) -> int:
    """Write the stories in `fmt` to `output` (standard output when None). Returns the rows written."""
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet" and not output:
        raise UserError("parquet is a binary format: give --output FILE")
    if output and not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise UserError(f"cannot write {output}: no such directory {os.path.dirname(os.path.abspath(output))}")
    if fmt == "acled":
        rows = acled_rows(con)
        try:
            with (open(output, "w", newline="", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout)) as handle:
                writer = csv.writer(handle)
                writer.writerow(ACLED_COLUMNS)
                writer.writerows([formula_safe(cell) for cell in row] for row in rows)
        except OSError as error:
            if not output:
                raise
            raise UserError(f"cannot write {output}: {error.strerror or error}") from None
        return len(rows)
    query = STORIES.format(**(NESTED if fmt in ("jsonl", "parquet") else FLAT))
    options = {"jsonl": "FORMAT JSON", "csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET"}[fmt]
    target = output or tempfile.mkstemp(suffix="." + fmt)[1]
    try:
        try:
            con.execute(f"COPY ({query}) TO '{_quoted(target)}' ({options})")
        except duckdb.IOException as error:  # a read-only folder or file, a full disk
            raise UserError(f"cannot write {output}: {str(error).removeprefix('IO Error: ')}") from None
        if not output:
            with open(target, "rb") as handle:
                sys.stdout.flush()
                shutil.copyfileobj(handle, sys.stdout.buffer)
                sys.stdout.buffer.flush()
    finally:
        if not output:
            os.unlink(target)
    return con.execute("SELECT count(*) FROM stories").fetchone()[0]


def _quoted(path: str) -> str:
    return path.replace("'", "''")

