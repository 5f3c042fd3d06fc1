"""The `dateline` command: a thin layer that parses arguments and calls the library.

Each subcommand lives in `dateline.commands.<name>` with `add_arguments(parser)` and
`run(args) -> exit status`; only the one asked for is imported.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Optional, Sequence

from .errors import UserError

COMMANDS = {
    "extract": "documents to dateline/1 JSON",
    "ingest": "run the pipeline over documents into the corpus store",
    "timeline": "the fused timeline from the corpus store",
    "compact": "rewrite the corpus store to give back the space of replaced documents",
    "export": "export the corpus store (jsonl, csv, parquet, acled)",
    "evaluate": "score dateline against gold annotations",
    "bench": "throughput of dateline against bare spaCy",
    "schema": "print the dateline/1 JSON Schema",
    "info": "versions of dateline, spaCy and the model",
}


def parser_for(name: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"dateline {name}", description=COMMANDS[name])
    importlib.import_module(f"dateline.commands.{name}").add_arguments(parser)
    return parser


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: dateline COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {help}" for name, help in COMMANDS.items()]
    lines += ["", "`dateline COMMAND --help` describes each."]
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0
    if argv[0] in ("-V", "--version"):
        argv[0] = "info"
    name = argv[0]
    if name not in COMMANDS:
        print(f"dateline: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    args = parser_for(name).parse_args(argv[1:])
    module = importlib.import_module(f"dateline.commands.{name}")
    try:
        return module.run(args) or 0
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except UserError as error:
        print(f"dateline: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
