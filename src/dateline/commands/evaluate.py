"""`dateline evaluate KIND ...`: score dateline against gold annotations.

Each scorer is a module `dateline.evaluate.<kind>` with `add_arguments(parser)` and
`run(args) -> exit status`, so people can rerun the figures the README reports.
"""

from __future__ import annotations

import importlib
import importlib.util

SCORERS = {
    "timeml": "TimeML TIMEX3: strict, relaxed, type and value F1 (TempEval-3)",
    "polnear": "PolNeAR attributions: content overlap and exact F1, speaker accuracy",
    "plover": "PLOVER gold records: event type accuracy, actor and recipient F1",
    "events": "dateline's own event gold set over the White House corpus",
    "snippets": "short event snippets: violent/protest/arrest/diplomatic typed right, disasters coded as violence",
    "fusion": "cross-document story clusters: pair precision and recall",
    "coherence": "fused stories of a corpus store: share whose reports all share a named actor",
    "claims": "quotes, cited reports, numeric claims and scripture over the samples' gold",
    "roles": "sentence roles (report, quote, opinion, ...) over the samples' gold: per-role F1, confusion",
}


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, help in SCORERS.items():
        if importlib.util.find_spec(f"dateline.evaluate.{kind}") is None:
            continue
        scorer = sub.add_parser(kind, help=help, description=help)
        importlib.import_module(f"dateline.evaluate.{kind}").add_arguments(scorer)


def run(args) -> int:
    return importlib.import_module(f"dateline.evaluate.{args.kind}").run(args)
