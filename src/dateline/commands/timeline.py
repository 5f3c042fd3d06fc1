"""`dateline timeline`: the fused timeline from the corpus store, in date order, with sources."""

from __future__ import annotations

import csv
import json

from .common import date_argument, open_output
from .ingest import add_db_argument

CSV_STORY = ("id", "date", "type", "mode", "cameo_root", "actors", "recipients", "place", "country",
             "independent_sources", "documents", "first_outlet", "first_published", "fatalities", "conflicts")
CSV_SOURCE = ("doc_id", "path", "url", "title", "outlet", "published", "sentence_start", "sentence_end",
              "trigger_start", "trigger_end", "sentence", "citation", "duplicate_of")


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--actor", metavar="A", help="an actor's name (or part of it), code or alias")
    parser.add_argument("--type", metavar="T", help="PLOVER event type(s), comma-separated: ASSAULT,PROTEST")
    parser.add_argument("--from", dest="date_from", type=date_argument, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=date_argument, metavar="YYYY-MM-DD")
    parser.add_argument("--place", metavar="P", help="a place name (or part of it) or ISO3 country code")
    parser.add_argument("--search", metavar="TEXT", help="text in a reporting sentence or a document title")
    parser.add_argument("--min-sources", type=int, default=1, metavar="N",
                        help="only stories told by at least N independent sources (copies count once)")
    parser.add_argument("--figures", action="store_true",
                        help="show the numeric claims compared across documents instead of stories")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")


def run(args) -> int:
    from ..store import connect
    from ..store.query import Filters, figures, timeline

    con = connect(args.db, read_only=True)
    try:
        if args.figures:
            rows = figures(con)
        else:
            rows = timeline(con, Filters(args.actor, args.type, args.date_from, args.date_to, args.place,
                                         args.search), min_sources=args.min_sources)
    finally:
        con.close()
    with open_output(args.output) as out:
        if args.format == "json":
            json.dump(rows, out, indent=1, ensure_ascii=False)
            out.write("\n")
        elif args.figures:
            _figures_out(rows, out, args.format)
        elif args.format == "csv":
            writer = csv.writer(out)
            writer.writerow(CSV_STORY + CSV_SOURCE)
            for story in rows:
                head = [_cell(story[c]) for c in CSV_STORY]
                for source in story["sources"]:
                    writer.writerow(head + [_cell(source[c]) for c in CSV_SOURCE])
        else:
            for story in rows:
                out.write(render_story(story) + "\n")
    return 0


def _cell(value):
    from ..store.export import formula_safe

    if isinstance(value, list):
        return formula_safe("; ".join(map(str, value)) if not value or not isinstance(value[0], dict) else json.dumps(value))
    return "" if value is None else formula_safe(value)


def render_story(story: dict) -> str:
    """A story for a terminal: untrusted text escaped."""
    from ..summary import safe

    who = ", ".join(safe(a, 40) for a in story["actors"][:3]) or "?"
    whom = ", ".join(safe(a, 40) for a in story["recipients"][:3])
    where = f" in {safe(story['place'], 40)}" if story["place"] else ""
    count = story["independent_sources"]
    # a story no report dates happened by the day it was first published
    when = story["date"] or (f"≤{story['date_end']}" if story["date_end"] else "undated")
    lines = [f"{when:<10} {story['type']:<9} {who}"
             + (f" → {whom}" if whom else "") + where
             + f"  [{count} source{'s' if count != 1 else ''}"
             + (f", first {safe(story['first_outlet'], 40)}" if story["first_outlet"] else "") + "]"]
    for conflict in story["conflicts"]:
        values = "; ".join(f"{safe(str(v['value']), 40)} ({len(v['documents'])} doc)" for v in conflict["values"])
        lines.append(f"{'':11}! sources disagree on {conflict['field']}: {values}")
    for source in story["sources"]:
        name = source["outlet"] or source["path"] or source["doc_id"][:12]
        copy = " (copy)" if source["duplicate_of"] else ""
        lines.append(f"{'':11}- {source['published'] or '':<10} {safe(name, 40)}{copy}: "
                     f"“{safe(source['sentence'] or '', 100)}”")
    return "\n".join(lines)


def _figures_out(rows, out, fmt) -> None:
    from ..summary import safe

    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(("measure", "unit", "place", "country", "date", "disagree", "doc_id", "path", "outlet",
                         "published", "value", "approximate", "text", "sentence"))
        for f in rows:
            for c in f["claims"]:
                writer.writerow([_cell(v) for v in (f["measure"], f["unit"], f["place"], f["country"], f["date"],
                                                    f["disagree"], c["doc_id"], c["path"], c["outlet"],
                                                    c["published"], c["value"], c["approximate"], c["text"],
                                                    c["sentence"])])
        return
    for f in rows:
        flag = "  ! sources disagree" if f["disagree"] else ""
        out.write(f"{f['date']} {f['measure']} in {safe(f['place'] or '?', 40)}{flag}\n")
        for c in f["claims"]:
            name = c["outlet"] or c["path"] or c["doc_id"][:12]
            out.write(f"{'':11}{c['value']:g}{' (approx.)' if c['approximate'] else ''}  {safe(name, 40)}: "
                      f"“{safe(c['sentence'] or c['text'] or '', 100)}”\n")
