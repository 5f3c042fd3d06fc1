"""Markdown with optional YAML front matter (`date`/`published`, `title`, `source_url`/`url`).

The front matter is removed, and so is inline markup (emphasis markers, heading
hashes, link targets), so the text is what a reader of the rendered page sees.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..annotations import Source
from .decode import ReadError

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
MARKUP = [
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"^#{1,6}[ \t]+", re.M), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),
]


def strip_markup(body: str) -> str:
    for pattern, replacement in MARKUP:
        body = pattern.sub(replacement, body)
    return body


def as_date(label: str, key: str, value) -> str:
    """A front matter date as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            pass
    raise ReadError(label, f"malformed front matter: {key} {str(value)[:40]!r} is not a date (want YYYY-MM-DD)")


def front_matter(label: str, content: str) -> tuple[dict, str]:
    """The metadata and the body of a markdown file."""
    if not content.startswith("---"):
        return {}, content
    match = FRONT_MATTER.match(content)
    if not match:
        raise ReadError(label, "malformed front matter: opening '---' has no closing '---'")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise ReadError(label, f"malformed front matter{line}: {getattr(error, 'problem', None) or error}") from None
    if not isinstance(meta, dict):
        raise ReadError(label, "malformed front matter: expected 'key: value' lines")
    return meta, content[match.end():]


def read(label, content, path=None):
    try:
        meta, body = front_matter(label, content)
        published = None
        for key in ("published", "date"):
            if meta.get(key):
                published = as_date(label, key, meta[key])
                break
    except ReadError as error:
        yield error
        return
    text = strip_markup(body)
    if not text.strip():
        yield ReadError(label, "no text after the front matter")
        return
    title = meta.get("title")
    url = meta.get("source_url") or meta.get("url")
    yield Source(
        text=text, path=path, label=label,
        id=str(meta["id"]) if meta.get("id") is not None else None,
        title=str(title) if title is not None else None,
        url=str(url) if url is not None else None,
        published=published, published_from="metadata" if published else None,
    )
