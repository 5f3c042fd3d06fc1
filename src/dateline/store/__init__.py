"""The corpus store: dateline/1 documents and their records in an embedded DuckDB
database, fused into stories across documents.

The store knows dateline/1 records and nothing of spaCy: `ingest` runs the pipeline
in worker processes and writes what they return; `fusion`, `query` and `export` read
and write only the database.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..errors import UserError

DEFAULT_DB = "dateline.duckdb"
SCHEMA = Path(__file__).with_name("schema.sql")
DATA = Path(__file__).with_name("data")
PACKAGE = Path(__file__).resolve().parents[1]
# Parts of the package that do not change what the pipeline produces.
NOT_PIPELINE = {"store", "commands", "evaluate", "cli.py", "bench.py", "summary.py", "batch.py", "samples.py"}


def default_path() -> str:
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def connect(path: Optional[str] = None, read_only: bool = False):
    """An open database with the schema in place; a clear error when it cannot be opened."""
    import duckdb

    path = path or default_path()
    if read_only and path != ":memory:" and not os.path.exists(path):
        raise UserError(f"no database at {path} (run `dateline ingest` first, or give --db)")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as error:
        raise UserError(f"cannot open {path}: {error}") from None
    if not read_only:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
    return con


@lru_cache(maxsize=None)
def pipeline_version(actors_file: Optional[str] = None) -> str:
    """dateline's version plus a fingerprint of the code, data and model that make a document.

    Any change to a component's code or data files (or to a user's actors file) changes
    the fingerprint, so `ingest` re-processes documents made by the old pipeline.
    """
    from .. import __version__
    from ..pipeline import MODEL

    digest = hashlib.sha256(MODEL.encode())
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in NOT_PIPELINE or "__pycache__" in relative.parts or not path.is_file():
            continue
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    if actors_file:
        try:
            digest.update(Path(actors_file).read_bytes())
        except OSError as error:
            raise UserError(f"{actors_file}: cannot read the actors file: {error.strerror}") from None
    return f"{__version__}+{digest.hexdigest()[:12]}"
