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
HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
BOLD_OPEN = re.compile(r"(\*\*|__)(?=\S)")
BOLD_CLOSE = {"**": re.compile(r"(?<=\S)\*\*"), "__": re.compile(r"(?<=\S)__")}
SCALARS = (str, int, float, dt.date)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class FrontMatterLoader(yaml.SafeLoader):
    """The safe loader with dates left as text: PyYAML raised a bare ValueError on `date: 2025-02-30`,
    which stopped the whole batch; as text, `as_date` reports it like any other malformed date."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def strip_markup(body: str) -> str:
    """Images and links to their text, heading hashes and bold marks dropped, escapes undone.

    Links and bold are found by scanning, not by regular expressions: a regex tries every unclosed mark to
    the end of its line, so a line of 100,000 "[" took hours. The scans take linear time and remove what
    the patterns did (`[text](target)` with no "]" in the text and no ")" in the target; `**text**` whose
    closing mark follows a non-space on the same line).
    """
    lines = [_bold(HEADING.sub("", _links(_links(line, "!["), "["))) for line in body.split("\n")]
    return ESCAPE.sub(r"\1", "\n".join(lines))


def _links(line: str, opener: str) -> str:
    """`opener` text `](` target `)` replaced by the text (a link needs some text, an image none)."""
    least = len(opener) + (opener == "[")
    out, done, at = [], 0, line.find(opener)
    while at >= 0:
        close = line.find("]", at + len(opener))
        if close < 0:
            break
        if close >= at + least and line.startswith("(", close + 1):
            end = line.find(")", close + 2)
            if end < 0:
                break
            out += [line[done:at], line[at + len(opener):close]]
            done = end + 1
            at = line.find(opener, done)
        else:  # every opener before `close` meets the same `]`, and fails the same way
            at = line.find(opener, close)
    return "".join(out) + line[done:]


def _bold(line: str) -> str:
    """`**text**` and `__text__` to their text; a mark with no closing mark after it on the line makes every
    later mark of its kind fail too, so the line is not searched again for it."""
    out, done, at, dead = [], 0, 0, set()
    while (found := BOLD_OPEN.search(line, at)) is not None:
        mark, start = found.group(1), found.start()
        close = None if mark in dead else BOLD_CLOSE[mark].search(line, start + 3)
        if close is None:
            dead.add(mark)
            at = start + 1
            continue
        out += [line[done:start], line[start + 2:close.start()]]
        done = at = close.end()
    return "".join(out) + line[done:]


def as_date(label: str, key: str, value) -> str:
    """A front matter date as YYYY-MM-DD."""
    if not isinstance(value, SCALARS):
        raise ReadError(label, f"malformed front matter: {key} is a {type(value).__name__}, not a date")
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
        meta = yaml.load(match.group(1), Loader=FrontMatterLoader) or {}
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise ReadError(label, f"malformed front matter{line}: {getattr(error, 'problem', None) or error}") from None
    except ValueError as error:  # a value an explicit tag asks for that cannot be (`!!timestamp 2025-02-30`)
        raise ReadError(label, f"malformed front matter: {error}") from None
    if not isinstance(meta, dict):
        raise ReadError(label, "malformed front matter: expected 'key: value' lines")
    for key in ("id", "title", "source_url", "url"):
        # a list or mapping is refused, not printed: aliases can make a few lines print as gigabytes
        if meta.get(key) is not None and not isinstance(meta[key], SCALARS):
            raise ReadError(label, f"malformed front matter: {key} is a {type(meta[key]).__name__}, not text")
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
