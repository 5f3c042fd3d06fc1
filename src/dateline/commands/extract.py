"""`dateline extract PATH...`: documents to dateline/1 JSON (or a readable summary)."""

from __future__ import annotations

import sys

from ..readers import ReadOptions
from .common import add_input_arguments, open_output, report_error


def add_arguments(parser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--format", choices=("json", "jsonl", "summary"), default="json",
                        help="json: one document, or a list of them; jsonl: a line per document; "
                             "summary: readable text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")


def run(args) -> int:
    from .. import load
    from ..batch import run as run_batch
    from ..summary import render

    options = ReadOptions(published=args.published, max_bytes=args.max_bytes)
    pipeline = load(actors=args.actors)
    failed = 0
    with open_output(args.output) as out:
        documents = []
        for result in run_batch(pipeline, args.paths, options):
            if result.error:
                failed += report_error(result)
            elif args.format == "json":
                documents.append(result.document)
                if len(documents) == 2:
                    out.write("[\n" + documents[0].to_json(indent=1))
                if len(documents) >= 2:
                    out.write(",\n" + result.document.to_json(indent=1))
                    out.flush()
            else:
                out.write((result.document.to_json() if args.format == "jsonl" else render(result.document)) + "\n")
                out.flush()
        if len(documents) == 1:
            out.write(documents[0].to_json(indent=1) + "\n")
        elif documents:
            out.write("\n]\n")
    if failed:
        print(f"dateline: {failed} input(s) could not be processed", file=sys.stderr)
    return 1 if failed else 0
