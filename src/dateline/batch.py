"""Runs the pipeline over a batch of inputs: every readable document is processed
and handed on in input order; every unreadable one becomes a message naming it.

A document that breaks a component is reported the same way and the batch goes on:
the batch is retried one document at a time to find it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .annotations import Source
from .model import Document
from .readers import ReadError, ReadOptions, read_paths


@dataclass
class Result:
    label: str
    document: Optional[Document] = None
    error: Optional[str] = None


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process(pipeline, items: Iterable, batch_size: int = 32) -> Iterator[Result]:
    """Results for sources and read errors, in input order."""
    limit = getattr(getattr(pipeline, "nlp", None), "max_length", None)
    for chunk in _chunks(items, batch_size):
        chunk = [_too_long(item, limit) for item in chunk]
        sources = [item for item in chunk if isinstance(item, Source)]
        try:
            done = dict(zip(map(id, sources), pipeline.pipe(sources)))
        except Exception:
            done = {}
            for source in sources:
                try:
                    done[id(source)] = next(pipeline.pipe([source]))
                except Exception as error:
                    done[id(source)] = Result(_label(source), error=f"internal error while processing: {error!r}")
        for item in chunk:
            if isinstance(item, ReadError):
                yield Result(item.label, error=item.reason)
            else:
                outcome = done[id(item)]
                yield outcome if isinstance(outcome, Result) else Result(_label(item), document=outcome)


def _too_long(item, limit: Optional[int]):
    """A source longer than spaCy takes (`nlp.max_length`) as a read error that says so, not spaCy's E088."""
    if isinstance(item, Source) and limit and len(item.text) > limit:
        return ReadError(_label(item), f"text is {len(item.text):,} characters, over the limit of {limit:,} "
                                       "a document may have: split it")
    return item


def _label(source: Source) -> str:
    return source.label or source.path or source.id or "<text>"


def progress(items: Iterable, enabled: Optional[bool] = None, desc: str = "documents"):
    """A progress bar on stderr when it is a terminal; the items unchanged otherwise."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)


def run(pipeline, paths: list[str], options: Optional[ReadOptions] = None,
        show_progress: Optional[bool] = None) -> Iterator[Result]:
    """Read, process and yield results for files, directories and `-`."""
    yield from process(pipeline, progress(read_paths(paths, options), show_progress))
