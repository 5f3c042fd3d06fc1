"""Throughput of the full dateline pipeline against bare spaCy on the same documents,
in the same run, with the time each component takes.

On a shared machine one run is noise (the same code has given ratios of 0.69 and 0.94), so
`compare` can repeat the measurement: each round times both pipelines back to back, so that
both see the same machine state, and the report gives each round and the median ratio.
"""

from __future__ import annotations

import statistics
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
    cpu_seconds: float = 0.0
    components: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass
class Round:
    """One timing of bare spaCy and one of dateline, taken back to back."""

    bare: Run
    full: Run

    @property
    def ratio(self) -> float:
        """Dateline's words per second as a share of bare spaCy's (0 when spaCy's is unknown)."""
        bare = self.bare.words_per_second
        return self.full.words_per_second / bare if bare else 0.0

    @property
    def cpu_ratio(self) -> float:
        """The same share on process CPU time, which other jobs on the machine disturb less than wall time."""
        if not (self.full.cpu_seconds and self.bare.cpu_seconds):
            return 0.0
        return (self.full.words / self.full.cpu_seconds) / (self.bare.words / self.bare.cpu_seconds)


def median_ratio(rounds: list[Round]) -> float:
    """The median of the rounds' ratios: one slow round on a loaded machine does not move it."""
    return statistics.median(r.ratio for r in rounds) if rounds else 0.0


def median_components(rounds: list[Round]) -> dict[str, float]:
    """Each component's median time over the rounds, in the pipeline's order."""
    names = list(dict.fromkeys(name for r in rounds for name in r.full.components))
    return {name: statistics.median(r.full.components.get(name, 0.0) for r in rounds) for name in names}


def _batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def timed(nlp, sources: list[Source], name: str, serialise: bool, batch_size: int = 32) -> Run:
    """Run each component over batches (as `nlp.pipe` does), timing each one."""
    from .annotations import release
    from .pipeline import new_doc
    from .serialise import to_document

    run = Run(name)
    start = time.perf_counter()
    cpu_start = time.process_time()
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
                release(doc)
            run.components["serialise"] += time.perf_counter() - t
        run.documents += len(docs)
        run.words += sum(1 for doc in docs for token in doc if not token.is_space and not token.is_punct)
    run.seconds = time.perf_counter() - start
    run.cpu_seconds = time.process_time() - cpu_start
    return run


def compare(sources: list[Source], batch_size: int = 32, repeat: int = 1) -> list[Round]:
    """Bare spaCy and the full pipeline, each warmed up, then timed on the same sources `repeat` times.

    The order alternates from round to round (spaCy first, then dateline first) so that a machine
    getting busier or quieter during the run does not favour the one that always goes first.
    """
    import spacy

    from .pipeline import MODEL, build_nlp

    bare = spacy.load(MODEL)
    full = build_nlp()
    warm = sources[: min(4, len(sources))]
    timed(bare, warm, "spacy", False)
    timed(full, warm, "dateline", True)
    rounds = []
    for i in range(max(1, repeat)):
        if i % 2 == 0:
            bare_run = timed(bare, sources, "spaCy (bare)", False, batch_size)
            full_run = timed(full, sources, "dateline", True, batch_size)
        else:
            full_run = timed(full, sources, "dateline", True, batch_size)
            bare_run = timed(bare, sources, "spaCy (bare)", False, batch_size)
        rounds.append(Round(bare_run, full_run))
    return rounds


def report(rounds: list[Round]) -> str:
    """One round prints as it always has; several print each round, then the median ratio and component times."""
    header = f"{'':<14}{'documents':>10}{'words':>10}{'seconds':>10}{'words/s':>10}"
    if len(rounds) == 1:
        lines = [header]
        for run in (rounds[0].bare, rounds[0].full):
            lines.append(f"{run.name:<14}{run.documents:>10}{run.words:>10}{run.seconds:>10.2f}{run.words_per_second:>10.0f}")
        lines.append(f"throughput ratio dateline/spaCy: {rounds[0].ratio:.2f}")
        components, title = dict(rounds[0].full.components), "time per component (dateline run):"
    else:
        lines = [f"{'round':<7}{'spaCy words/s':>15}{'dateline words/s':>18}{'ratio':>8}{'cpu ratio':>11}"]
        for i, r in enumerate(rounds, 1):
            lines.append(f"{i:<7}{r.bare.words_per_second:>15.0f}{r.full.words_per_second:>18.0f}"
                         f"{r.ratio:>8.2f}{r.cpu_ratio:>11.2f}")
        cpu = statistics.median(r.cpu_ratio for r in rounds)
        lines.append(f"throughput ratio dateline/spaCy: {median_ratio(rounds):.2f} "
                     f"(median of {len(rounds)} rounds; on CPU time {cpu:.2f})")
        components, title = median_components(rounds), f"time per component (median of {len(rounds)} dateline runs):"
    lines.append("")
    lines.append(title)
    total = sum(components.values()) or 1.0
    for name, seconds in components.items():
        lines.append(f"  {name:<12}{seconds:>8.2f} s {100 * seconds / total:>5.1f}%")
    return "\n".join(lines)
