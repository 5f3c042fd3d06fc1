"""Throughput of the full dateline pipeline against bare spaCy on the same documents,
in the same run, with the time each component takes."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .annotations import Source


@dataclass
class Run:
    name: str
    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    components: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def timed(nlp, sources: list[Source], name: str, serialise: bool, batch_size: int = 32) -> Run:
    """Run each component over batches (as `nlp.pipe` does), timing each one."""
    from .pipeline import new_doc
    from .serialise import to_document

    run = Run(name)
    start = time.perf_counter()
    for batch in _batches(sources, batch_size):
        docs = [new_doc(nlp, source) for source in batch]
        for proc_name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            run.components[proc_name] += time.perf_counter() - t
        if serialise:
            t = time.perf_counter()
            for doc in docs:
                to_document(doc).to_json()
            run.components["serialise"] += time.perf_counter() - t
        run.documents += len(docs)
        run.words += sum(1 for doc in docs for token in doc if not token.is_space and not token.is_punct)
    run.seconds = time.perf_counter() - start
    return run


def compare(sources: list[Source], batch_size: int = 32) -> tuple[Run, Run]:
    """Bare spaCy and the full pipeline, each warmed up, then timed on the same sources."""
    import spacy

    from .pipeline import MODEL, build_nlp

    bare = spacy.load(MODEL)
    full = build_nlp()
    warm = sources[: min(4, len(sources))]
    timed(bare, warm, "spacy", False)
    timed(full, warm, "dateline", True)
    return timed(bare, sources, "spaCy (bare)", False, batch_size), timed(full, sources, "dateline", True, batch_size)


def report(bare: Run, full: Run) -> str:
    lines = [f"{'':<14}{'documents':>10}{'words':>10}{'seconds':>10}{'words/s':>10}"]
    for run in (bare, full):
        lines.append(f"{run.name:<14}{run.documents:>10}{run.words:>10}{run.seconds:>10.2f}{run.words_per_second:>10.0f}")
    ratio = full.words_per_second / bare.words_per_second if bare.words_per_second else 0.0
    lines.append(f"throughput ratio dateline/spaCy: {ratio:.2f}")
    lines.append("")
    lines.append("time per component (dateline run):")
    total = sum(full.components.values()) or 1.0
    for name, seconds in full.components.items():
        lines.append(f"  {name:<12}{seconds:>8.2f} s {100 * seconds / total:>5.1f}%")
    return "\n".join(lines)
