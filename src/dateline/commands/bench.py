"""`dateline bench [DIR] [--limit N] [--repeat N]`: dateline's throughput as a ratio of bare spaCy's."""

from __future__ import annotations

import os
import sys

DEFAULT_CORPUS = os.path.join("..", "shared", "corpus", "whitehouse-2024")


def add_arguments(parser) -> None:
    parser.add_argument("dir", nargs="?", default=None, metavar="DIR",
                        help=f"documents to run on (default {DEFAULT_CORPUS}, else the shipped samples)")
    parser.add_argument("--limit", type=int, default=200, metavar="N", help="at most N documents (default 200; 0 for all)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N")
    parser.add_argument("--repeat", type=_positive, default=1, metavar="N",
                        help="time both pipelines N times, alternating, and report the median ratio (default 1)")


def _positive(text: str) -> int:
    """A count of rounds: a whole number of at least 1 (argparse reports anything else as a usage error)."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def run(args) -> int:
    from ..bench import compare, report
    from ..errors import UserError
    from ..readers import Source, read_paths
    from ..samples import samples_dir

    corpus = args.dir or (DEFAULT_CORPUS if os.path.isdir(DEFAULT_CORPUS) else samples_dir())
    if not os.path.exists(corpus):
        raise UserError(f"{corpus}: no such directory")
    sources = []
    for item in read_paths([corpus]):
        if isinstance(item, Source):
            sources.append(item)
            if args.limit and len(sources) >= args.limit:
                break
    if not sources:
        raise UserError(f"{corpus}: no readable documents")
    print(f"corpus: {corpus}", file=sys.stderr)
    print(report(compare(sources, args.batch_size, args.repeat)))
    return 0
