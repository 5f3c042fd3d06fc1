"""JSON Lines batches: one record per line with `text` and optional `id`, `published`, `title`, `url`."""

from __future__ import annotations

import json
import re

from ..annotations import Source
from .decode import ReadError
from .markdown import as_date

SURROGATE = re.compile("[\ud800-\udfff]")


def record(label: str, line: str, path=None) -> Source:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(label, f"malformed JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(data, dict):
        raise ReadError(label, "a record must be a JSON object with a 'text' field")
    text = data.get("text")
    if not isinstance(text, str):
        raise ReadError(label, "record has no 'text' string")
    if not text.strip():
        raise ReadError(label, "record's 'text' is empty")
    published = as_date(label, "published", data["published"]) if data.get("published") else None
    optional = {key: (str(data[key]) if data.get(key) is not None else None) for key in ("id", "title", "url")}
    for key, value in (("text", text), *optional.items()):
        lone = SURROGATE.search(value or "")
        if lone:  # JSON can escape half of a pair ("\ud800"): no character, and no UTF-8 for it
            raise ReadError(label, f"record's '{key}' holds a lone surrogate escape \\u{ord(lone.group()):04x}, "
                                   "not a character")
    return Source(
        text=text.replace("\r\n", "\n").replace("\r", "\n"), path=path, label=label,
        published=published, published_from="metadata" if published else None, **optional,
    )


def read(label, content, path=None):
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield record(f"{label}:{number}", line, path)
        except ReadError as error:
            yield error
