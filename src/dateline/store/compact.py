"""Compact: rewrite the store into a fresh file to give back the space of replaced documents.

DuckDB reuses the blocks that deleted rows free but never shrinks its file, so a store whose
documents were re-processed (after a pipeline change) keeps the old size plus the new. Copying
every table into a new file and swapping it in atomically gives the file its true size; until
the swap the old file is untouched, so an interrupted compaction loses nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from ..errors import UserError
from . import connect, default_path


@dataclass
class Compaction:
    path: str
    before: int
    after: int


def _size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + ".wal") if os.path.exists(p))


def compact(path: Optional[str] = None) -> Compaction:
    """Rewrite the database at `path` (default: the store's default path) in place."""
    import duckdb

    path = path or default_path()
    if path == ":memory:" or not os.path.exists(path):
        raise UserError(f"no database at {path} (run `dateline ingest` first, or give --db)")
    before = _size(path)
    con = connect(path)
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
    fresh = f"{path}.compacting"
    for leftover in (fresh, fresh + ".wal"):
        if os.path.exists(leftover):
            os.remove(leftover)
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS old (READ_ONLY)", [path])
        con.execute("ATTACH ? AS fresh", [fresh])
        con.execute("COPY FROM DATABASE old TO fresh")
        con.execute("DETACH fresh")
        con.execute("DETACH old")
    except duckdb.Error as error:
        con.close()
        if os.path.exists(fresh):
            os.remove(fresh)
        raise UserError(f"cannot compact {path}: {error}") from None
    con.close()
    os.replace(fresh, path)
    return Compaction(path, before, _size(path))
