"""`dateline export --format jsonl|csv|parquet|acled`: the fused stories of the corpus store as a file."""

from __future__ import annotations

import sys

from .ingest import add_db_argument


def add_arguments(parser) -> None:
    from ..store.export import FORMATS

    add_db_argument(parser)
    parser.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="jsonl: a story per line with its sources; csv: a story per row; parquet; "
                             "acled: ACLED's columns (violence, protest and strategic events only)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")


def run(args) -> int:
    from ..store import connect
    from ..store.export import export

    con = connect(args.db, read_only=True)
    try:
        count = export(con, args.format, args.output)
    finally:
        con.close()
    if args.output:
        print(f"dateline: {count} row(s) written to {args.output}", file=sys.stderr)
    return 0
