"""dateline: who did what to whom, when, where, and according to whom.

    >>> import dateline
    >>> nlp = dateline.load()
    >>> doc = nlp("Egypt and Qatar mediated talks on Friday.", published="2024-08-23")
    >>> doc.to_dict()["schema"]
    'dateline/1'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

__version__ = "0.1.0"


def load(actors: Optional[str] = None, components=None):
    """The dateline pipeline, loaded once: call it on texts, or `pipe` many `Source`s.

    `actors` is a YAML file of actor entries that add to or override the shipped dictionary.
    """
    from .pipeline import Pipeline, build_nlp

    config = {"actors": {"actors_file": actors}} if actors else None
    return Pipeline(build_nlp(components, config))


@lru_cache(maxsize=1)
def _default():
    return load()


def extract(text: str, **meta):
    """One text to a dateline/1 `Document`, with the default pipeline (loaded on first use).

    Keyword arguments: published (YYYY-MM-DD), title, url, id, path.
    """
    return _default()(text, **meta)


__all__ = ["load", "extract", "__version__"]
