"""`dateline ingest PATH... [--db FILE]`: documents through the pipeline into the corpus store."""

from __future__ import annotations

import os
import sys

from ..readers import ReadOptions
from .common import add_input_arguments, report_error


def add_db_argument(parser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help="the database (default: $DATELINE_DB, else dateline.duckdb here)")


def add_arguments(parser) -> None:
    add_input_arguments(parser)
    add_db_argument(parser)
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="pipeline worker processes (default: one per core)")
    parser.add_argument("--verbose", "-v", action="store_true", help="name each document as it is written")


def run(args) -> int:
    from ..batch import Result
    from ..store.ingest import ingest, main_report
    from ..summary import safe

    def written(doc_id: str, label: str) -> None:
        print(f"ingested {doc_id[:12]} {safe(label, 200)}", file=sys.stderr, flush=True)

    report = ingest(args.paths, args.db, options=ReadOptions(published=args.published, max_bytes=args.max_bytes),
                    actors=args.actors, jobs=max(1, args.jobs), on_written=written if args.verbose else None)
    for label, error in report.errors:
        report_error(Result(label, error=error))
    main_report(report)
    return 1 if report.errors else 0
