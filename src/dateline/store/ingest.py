"""Ingest: documents through the pipeline into the store, one transaction per document.

Worker processes (one per core) read nothing and write nothing: they run the pipeline
on batches of sources and return each document as table rows. The one writer (the
calling process) writes every document with all its records in one transaction, so a
process killed mid-ingest leaves each document wholly present or absent, and the next
run skips what is there and completes the rest.
"""

from __future__ import annotations

import bisect
import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional
from urllib.parse import urlsplit

from ..annotations import Source
from ..model import Document
from ..readers import ReadError, ReadOptions, read_paths
from ..serialise import document_id
from . import connect, pipeline_version
from .cameo import cameo_root
from .similarity import sketch

TABLES = ("documents", "events", "event_actors", "event_recipients", "quotes", "citations",
          "quantities", "timexes", "actors", "places", "entities")
RECORD_TABLES = TABLES[1:]


def outlet(url: Optional[str]) -> Optional[str]:
    """The outlet a document comes from: its url's host without `www.`; none for a malformed url ('http://[oops'),
    which comes from the user's front matter and must not stop the ingest."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    return host[4:] if host.startswith("www.") else (host or None)


def _span(span) -> tuple:
    return (span.text, span.start, span.end) if span is not None else (None, None, None)


def rows(doc: Document, version: str, label: Optional[str] = None) -> dict[str, list[tuple]]:
    """A document as rows of every table, in the column order of schema.sql."""
    meta, d = doc.document, doc.document.id
    starts = [s.start for s in doc.sentences]

    def sentence(offset: int) -> tuple:
        if not starts:
            return (None, None)
        s = doc.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]
        return (s.start, s.end)

    out: dict[str, list[tuple]] = {name: [] for name in TABLES}
    out["documents"].append((
        d, meta.path, label or meta.path, meta.url, meta.title, outlet(meta.url), meta.published,
        meta.published_from, version, None, sketch(doc.text), doc.text, doc.to_json(),
    ))
    for e in doc.events:
        attribution = e.attribution
        out["events"].append((
            d, e.id, e.type, e.mode, cameo_root(e.type, e.mode), e.context,
            *_span(e.trigger), doc.text[e.sentence.start:e.sentence.end], e.sentence.start, e.sentence.end,
            *_span(e.location), e.location.place if e.location else None,
            e.date.value if e.date else None, e.date.timex if e.date else None,
            e.modality, attribution.citation if attribution else None,
            attribution.quote if attribution else None, attribution.by if attribution else None,
            e.confidence,
        ))
        for table, mentions in (("event_actors", e.actors), ("event_recipients", e.recipients)):
            out[table].extend((d, e.id, i, m.text, m.start, m.end, m.actor) for i, m in enumerate(mentions))
    for q in doc.quotes:
        out["quotes"].append((
            d, q.id, q.text, q.start, q.end, q.direct, *_span(q.speaker),
            q.speaker.actor if q.speaker else None, *_span(q.cue), q.date, q.citation,
        ))
    out["citations"] = [(d, c.id, c.text, c.start, c.end, c.outlets, c.date) for c in doc.citations]
    out["quantities"] = [(d, q.id, q.text, q.start, q.end, q.value, q.unit, q.approximate, q.measure, q.date,
                          *sentence(q.start)) for q in doc.quantities]
    out["timexes"] = [(d, t.id, t.text, t.start, t.end, t.type, t.value, t.mod, t.anchor, t.calendar)
                      for t in doc.timexes]
    out["actors"] = [(d, a.id, a.name, a.code, a.kind, a.country, a.aliases) for a in doc.actors]
    out["places"] = [(d, p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, p.kind) for p in doc.places]
    out["entities"] = [(d, n.id, n.text, n.start, n.end, n.label, n.actor, n.place) for n in doc.entities]
    return out


def existing(con) -> dict[str, str]:
    """Document id -> the pipeline version that made it."""
    return dict(con.execute("SELECT id, pipeline_version FROM documents").fetchall())


def write(con, doc_id: str, tables: dict[str, list[tuple]]) -> None:
    """One document with all its records, replacing any older version, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in RECORD_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        for table in TABLES:
            records = tables.get(table)
            if records:
                width = len(records[0])
                values = ",".join(["(" + ",".join("?" * width) + ")"] * len(records))
                con.execute(f"INSERT INTO {table} VALUES {values}", [v for r in records for v in r])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


# The pipeline in a worker process, loaded once by the pool's initializer.
_worker: dict = {}


def _start_worker(actors: Optional[str], version: str, in_pool: bool = False) -> None:
    from .. import load

    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the writer handles Ctrl-C and ends the pool

    _worker["pipeline"] = load(actors=actors)
    _worker["version"] = version


def _process(sources: list[Source]) -> list[tuple[str, Optional[str], Optional[dict], Optional[str]]]:
    """(label, id, rows, error) for each source of a batch, in order."""
    from ..batch import process

    out = []
    for source, result in zip(sources, process(_worker["pipeline"], sources, batch_size=len(sources))):
        if result.error:
            out.append((result.label, None, None, result.error))
        else:
            doc = result.document
            out.append((result.label, doc.document.id, rows(doc, _worker["version"], result.label), None))
    return out


@dataclass
class Report:
    read: int = 0
    skipped: int = 0
    written: int = 0
    replaced: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def pending(items: Iterable, known: dict[str, str], version: str, report: Report) -> list[Source]:
    """The sources that need the pipeline: new, or made by another pipeline version."""
    todo, seen = [], set()
    for item in items:
        if isinstance(item, ReadError):
            report.errors.append((item.label, item.reason))
            continue
        report.read += 1
        doc_id = item.id or document_id(item.text)
        if known.get(doc_id) == version or doc_id in seen:
            report.skipped += 1
            continue
        seen.add(doc_id)
        if doc_id in known:
            report.replaced += 1
        todo.append(item)
    return todo


def ingest(paths: list[str], db: Optional[str] = None, *, options: Optional[ReadOptions] = None,
           actors: Optional[str] = None, jobs: Optional[int] = None, batch_size: int = 8,
           pipeline=None, progress: Optional[bool] = None,
           on_written: Optional[Callable[[str, str], None]] = None, fuse: bool = True) -> Report:
    """Ingest files and directories into the database at `db`, then rebuild the stories.

    `jobs` worker processes run the pipeline (default: one per core); with `jobs=1`, or
    a loaded `pipeline` given, it runs in this process.
    """
    from .fusion import fuse as run_fusion, stale

    started = time.perf_counter()
    report = Report()
    version = pipeline_version(actors)
    con = connect(db)
    try:
        todo = pending(read_paths(paths, options), existing(con), version, report)
        jobs = max(1, min(jobs or os.cpu_count() or 1, -(-len(todo) // batch_size) or 1))
        batches = list(_batches(todo, batch_size))
        if pipeline is not None or jobs == 1:
            if pipeline is None:
                _start_worker(actors, version)
            else:
                _worker.update(pipeline=pipeline, version=version)
            results = map(_process, batches)
            pool = previous = None
        else:
            pool = multiprocessing.get_context("spawn").Pool(jobs, _start_worker, (actors, version, True))
            results = pool.imap_unordered(_process, batches)
            previous = _exit_on_sigterm()
        bar = _bar(len(todo), progress)
        try:
            for batch in results:
                for label, doc_id, tables, error in batch:
                    if error:
                        report.errors.append((label, error))
                    else:
                        write(con, doc_id, tables)
                        report.written += 1
                        if on_written:
                            on_written(doc_id, label)
                    if bar is not None:
                        bar.update(1)
        finally:
            if bar is not None:
                bar.close()
            if pool is not None:
                pool.terminate()
                pool.join()
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)
        if fuse and (report.written or stale(con)):
            run_fusion(con)
    finally:
        con.close()
    report.seconds = time.perf_counter() - started
    return report


def _exit_on_sigterm():
    """Make SIGTERM unwind the writer (so the pool is ended with it); returns the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, stop)


def _bar(total: int, enabled: Optional[bool]):
    """A progress bar on stderr when it is a terminal (or asked for), else None."""
    if not total or not (sys.stderr.isatty() if enabled is None else enabled):
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="ingest", unit="doc", file=sys.stderr, dynamic_ncols=True)


def main_report(report: Report, out=sys.stderr) -> None:
    print(f"dateline: {report.read} document(s) read, {report.written} written "
          f"({report.replaced} replaced), {report.skipped} already present, "
          f"{len(report.errors)} error(s), {report.seconds:.1f} s", file=out)
    if report.replaced:
        print("dateline: replaced documents leave free space in the file; `dateline compact` gives it back",
              file=out)
