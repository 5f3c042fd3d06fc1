"""HTML pages: the main text, title and date by trafilatura."""

from __future__ import annotations

import trafilatura

from ..annotations import Source
from .decode import ReadError
from .markdown import as_date


def read(label, content, path=None):
    try:
        result = trafilatura.bare_extraction(
            content, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        yield ReadError(label, f"HTML could not be parsed: {error}")
        return
    text = (getattr(result, "text", None) or "").replace("\r\n", "\n") if result is not None else ""
    if not text.strip():
        yield ReadError(label, "HTML holds no extractable text")
        return
    published = None
    if getattr(result, "date", None):
        try:
            published = as_date(label, "date", result.date)
        except ReadError:
            published = None
    yield Source(
        text=text, path=path, label=label,
        title=getattr(result, "title", None), url=getattr(result, "url", None),
        published=published, published_from="metadata" if published else None,
    )
