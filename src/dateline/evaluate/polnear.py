"""`dateline evaluate polnear DIR`: quotes against PolNeAR's gold attributions.

PolNeAR (Newell et al. 2018) marks attributions in BRAT standoff: `T` lines for Source, Cue
and Content spans, `E` lines tying them together. `DIR/attributions/NAME_ANNOTATOR.ann`
annotates `DIR/text/NAME.txt`; a text annotated twice is scored once per annotation.

Scores:
- content overlap: a found quote is right when it shares a word with a gold content;
  a gold content is found when a quote shares a word with it.
- content exact: the spans are equal once quotation marks, surrounding punctuation and
  white space are set aside on both sides (dateline's direct quotes leave the marks out,
  PolNeAR's content keeps them).
- speaker: of the found quotes that overlap a gold content with a Source, the share whose
  speaker span overlaps that Source.

`--show` lists, per annotation file, each gold content not matched exactly with the found
quote nearest to it (and where their edges differ), then the found quotes that overlap no gold.
`--part K/N` scores the K-th of N equal blocks of the annotation files (sorted by name), so
rules can be chosen on parts of a split and checked on the others.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_EDGE = "\"'“”‘’`«»„ \t\n\u00a0.,;:!?-—–()"


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one `.ann` file (relations with a Content span)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _T_LINE.match(line)
        if m:
            spans[m.group(1)] = [tuple(map(int, part.split())) for part in m.group(3).strip().split(";")]
            continue
        m = _E_LINE.match(line)
        if m:
            roles: dict[str, list[str]] = {}
            for arg in m.group(2).split():
                role, _, target = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(target)
            relations.append(roles)
    out = []
    for roles in relations:
        content = [s for t in roles.get("Content", []) for s in spans.get(t, [])]
        if content:
            out.append(Attribution(
                content=content,
                source=[s for t in roles.get("Source", []) for s in spans.get(t, [])],
                cue=[s for t in roles.get("Cue", []) for s in spans.get(t, [])],
            ))
    return out


def _words(text: str, spans) -> set[int]:
    """Offsets of the word characters in spans: overlap ignores spaces and punctuation."""
    return {i for start, end in spans for i in range(start, end) if text[i].isalnum()}


def _normal(text: str, spans) -> tuple[int, int]:
    """The span's extent with edge marks, punctuation and spaces trimmed."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    predicted_overlap: int = 0
    gold_overlap: int = 0
    exact: int = 0
    speaker_total: int = 0
    speaker_right: int = 0

    def add(self, text: str, gold: list[Attribution], quotes: list) -> None:
        self.predicted += len(quotes)
        self.gold += len(gold)
        gold_words = [_words(text, g.content) for g in gold]
        gold_norm = {_normal(text, g.content) for g in gold}
        found = [False] * len(gold)
        for q in quotes:
            words = _words(text, [(q.start, q.end)])
            best, best_shared = None, 0
            for i, gw in enumerate(gold_words):
                shared = len(words & gw)
                if shared:
                    found[i] = True
                    if shared > best_shared:
                        best, best_shared = i, shared
            if best is None:
                continue
            self.predicted_overlap += 1
            if _normal(text, [(q.start, q.end)]) in gold_norm:
                self.exact += 1
            source = gold[best].source
            if source:
                self.speaker_total += 1
                if q.speaker is not None and _words(text, [(q.speaker.start, q.speaker.end)]) & _words(text, source):
                    self.speaker_right += 1
        self.gold_overlap += sum(found)

    def figures(self) -> dict[str, float]:
        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0

        p = self.predicted_overlap / self.predicted if self.predicted else 0.0
        r = self.gold_overlap / self.gold if self.gold else 0.0
        ep = self.exact / self.predicted if self.predicted else 0.0
        er = self.exact / self.gold if self.gold else 0.0
        return {
            "overlap_precision": p, "overlap_recall": r, "overlap_f1": f1(p, r),
            "exact_precision": ep, "exact_recall": er, "exact_f1": f1(ep, er),
            "speaker_accuracy": self.speaker_right / self.speaker_total if self.speaker_total else 0.0,
        }


@dataclass
class Miss:
    """A gold content with no exact match (`gold` set, `found` the nearest quote or None), or a
    found quote that overlaps no gold content (`gold` None)."""

    gold: tuple[int, int] | None
    found: tuple[int, int] | None


def misses(text: str, gold: list[Attribution], quotes: list) -> list[Miss]:
    """What one file's quotes missed, in text order: spans are compared as the exact score does."""
    found = [(_normal(text, [(q.start, q.end)]), _words(text, [(q.start, q.end)])) for q in quotes]
    exact = {span for span, _ in found}
    out = []
    gold_words = set()
    for g in gold:
        words = _words(text, g.content)
        gold_words |= words
        span = _normal(text, g.content)
        if span in exact:
            continue
        nearest = max(found, key=lambda f: len(f[1] & words), default=None)
        out.append(Miss(span, nearest[0] if nearest and nearest[1] & words else None))
    out += [Miss(None, span) for span, words in found if not words & gold_words]
    return sorted(out, key=lambda m: m.gold or m.found)


def _shown(text: str, span: tuple[int, int], width: int = 160) -> str:
    words = " ".join(text[span[0]:span[1]].split())
    if len(words) > width:
        words = f"{words[:width // 2 - 2]} … {words[-(width // 2 - 2):]}"
    return f"{span[0]}:{span[1]} “{words}”"


def edges(text: str, gold: tuple[int, int], found: tuple[int, int]) -> str:
    """How a found span's edges differ from the gold's: 'start +“that ”' (found starts earlier,
    with those words), 'end -“, he said”' (found ends earlier, without them)."""
    out = []
    for name, g, f, later in (("start", gold[0], found[0], False), ("end", gold[1], found[1], True)):
        if g != f:
            longer = (f > g) == later
            out.append(f"{name} {'+' if longer else '-'}“{' '.join(text[min(g, f):max(g, f)].split())}”")
    return "  ".join(out)


def show(name: str, text: str, listed: list[Miss], out=sys.stdout) -> None:
    """Print one file's misses: `missed` gold with its nearest `found` quote, `false` quotes."""
    if not listed:
        return
    print(name, file=out)
    for m in listed:
        if m.gold is None:
            print(f"  false   {_shown(text, m.found)}", file=out)
            continue
        print(f"  missed  {_shown(text, m.gold)}", file=out)
        if m.found is not None:
            print(f"    found {_shown(text, m.found)}  {edges(text, m.gold, m.found)}", file=out)


def part(value: str) -> tuple[int, int]:
    """'2/5' -> (2, 5): the second of five blocks."""
    k, _, n = value.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise ValueError(f"--part wants K/N with 1 <= K <= N, not {value!r}")
    return int(k), int(n)


def select(files: list, limit: int | None = None, block: tuple[int, int] | None = None) -> list:
    """The files a run scores: the K-th of N equal blocks, then the first `limit` of those."""
    if block:
        k, n = block
        files = files[len(files) * (k - 1) // n:len(files) * k // n]
    return files[:limit] if limit else files


def pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(annotation, text) file pairs under a PolNeAR split directory."""
    out = []
    for ann in sorted((directory / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text = directory / "text" / f"{stem}.txt"
        if text.exists():
            out.append((ann, text))
    return out


def evaluate(directory: Path, limit: int | None = None, nlp=None, block: tuple[int, int] | None = None,
             shown=None) -> Score:
    """Score a split; with `shown` (a stream), list each file's misses there."""
    from ..annotations import Source
    from ..pipeline import build_nlp, Pipeline

    if nlp is None:
        nlp = Pipeline(build_nlp(("timex", "actors", "places", "citations", "quotes")))
    files = select(pairs(directory), limit, block)
    texts = sorted({t for _, t in files})
    sources = [Source(text=t.read_text(encoding="utf-8"), path=str(t)) for t in texts]
    documents = dict(zip(texts, nlp.pipe(sources)))
    score = Score()
    for ann, text in files:
        doc = documents[text]
        gold = read_ann(ann)
        score.add(doc.text, gold, doc.quotes)
        if shown is not None:
            show(ann.name, doc.text, misses(doc.text, gold, doc.quotes), shown)
    return score


def add_arguments(parser) -> None:
    parser.add_argument("directory", type=Path, help="a PolNeAR split: DIR/attributions/*.ann and DIR/text/*.txt")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N annotation files")
    parser.add_argument("--part", type=part, default=None, metavar="K/N",
                        help="score only the K-th of N equal blocks of the annotation files (sorted by name)")
    parser.add_argument("--show", action="store_true",
                        help="list per file the gold contents not matched exactly, each with the nearest "
                             "quote found, and the quotes that overlap no gold")


def run(args) -> int:
    if not (args.directory / "attributions").is_dir():
        print(f"no attributions/ folder in {args.directory}", file=sys.stderr)
        return 2
    score = evaluate(args.directory, args.limit, block=args.part, shown=sys.stdout if args.show else None)
    print(f"annotation files: {len(select(pairs(args.directory), args.limit, args.part))}"
          f"  gold attributions: {score.gold}  quotes found: {score.predicted}")
    for name, value in score.figures().items():
        print(f"{name:<20}{value:.3f}")
    return 0
