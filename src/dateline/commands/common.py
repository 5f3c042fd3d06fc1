"""Arguments and output handling shared by the commands that read documents."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys

from ..errors import UserError
from ..readers import DEFAULT_MAX_BYTES


def date_argument(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def add_input_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files, directories (walked recursively) or - for standard input")
    parser.add_argument("--published", type=date_argument, metavar="YYYY-MM-DD",
                        help="the published date of every document (overrides metadata)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"skip files larger than this (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--actors", metavar="FILE", help="a YAML file of actors that add to or override the dictionary")


@contextlib.contextmanager
def open_output(path):
    if not path:
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8") as handle:
            yield handle
    except OSError as error:  # opening, writing or closing: a missing folder, a full disk, a read-only file
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None


def report_error(result) -> int:
    from ..summary import safe

    print(f"dateline: error: {safe(result.label, 300)}: {safe(result.error, 300)}", file=sys.stderr)
    return 1
