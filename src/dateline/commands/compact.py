"""`dateline compact [--db FILE]`: give back the disk space of replaced documents."""

from __future__ import annotations

import sys

from .ingest import add_db_argument


def add_arguments(parser) -> None:
    add_db_argument(parser)


def run(args) -> int:
    from ..store.compact import compact

    result = compact(args.db)
    mb = 1024 * 1024
    print(f"dateline: {result.path}: {result.before / mb:.1f} MB -> {result.after / mb:.1f} MB", file=sys.stderr)
    return 0
