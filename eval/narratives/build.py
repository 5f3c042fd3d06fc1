"""Builds the TimeML files of the narrative gold set from their marked-up sources.

A source is plain text in which each gold timex is written `[[extent|TYPE|VALUE]]` or
`[[extent|TYPE|VALUE|MOD]]`. The TimeML file has no DCT: these texts have no published date.
Run: `python eval/narratives/build.py` (rewrites every `<name>.tml` from `source/<name>.txt`).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MARK = re.compile(r"\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def build(source: str, name: str) -> str:
    parts, last, n = [], 0, 0
    for m in MARK.finditer(source):
        n += 1
        extent, type_, value, mod = m.groups()
        parts.append(escape(source[last:m.start()]))
        attrs = f'tid="t{n}" type="{type_}" value={quoteattr(value)}' + (f' mod="{mod}"' if mod else "")
        parts.append(f"<TIMEX3 {attrs}>{escape(extent)}</TIMEX3>")
        last = m.end()
    parts.append(escape(source[last:]))
    body = "".join(parts)
    if "[[" in body or "]]" in body:
        raise ValueError(f"{name}: malformed mark-up")
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{name}</DOCID>\n<TEXT>'
            f"{body}</TEXT>\n</TimeML>\n")


def main() -> None:
    here = Path(__file__).parent
    for src in sorted((here / "source").glob("*.txt")):
        (here / f"{src.stem}.tml").write_text(build(src.read_text("utf-8"), src.stem), "utf-8")


if __name__ == "__main__":
    main()
