"""Plain text: the whole file is one document."""

from __future__ import annotations

from ..annotations import Source


def read(label, content, path=None):
    yield Source(text=content, path=path, label=label)
