"""What components leave on a spaCy Doc for later components and the serialiser.

Everything lives in one extension, `doc._.dl`, an `Annotations` object: components
append dateline/1 records to its lists and read what earlier components put there.
Offsets are character offsets into `doc.text`, computed from tokens, never by
searching the text for a string.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from .model import (
    Actor, Citation, Dateline, Event, Location, Mention, Place, Quantity, Quote,
    Scripture, Timex,
)


@dataclass
class Source:
    """A document as a reader found it: text plus what its container said about it."""

    text: str
    id: Optional[str] = None
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    published_from: Optional[str] = None
    dateline: Optional[Dateline] = None
    label: Optional[str] = None  # how messages name it: "file.jsonl:3"


@dataclass
class Annotations:
    source: Source
    timexes: list[Timex] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    """Every stretch of text resolved to an actor: names, demonyms, metonyms, pronouns."""
    locations: list[Location] = field(default_factory=list)
    """Every stretch of text resolved to a place."""
    citations: list[Citation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    scripture: list[Scripture] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)
    """Sentence start offset -> role."""
    clause_dates: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Start offset of the verb of a clause dated by a span of time from another date ("four days after
    troops crossed the border", said on 9 August) -> (its date, the id of the span's timex)."""
    turns: list[tuple[int, int, Optional[str]]] = field(default_factory=list)
    """Transcript turn labels ("MR. KIRBY:", "Q"): (start, end, the speaker's actor id when the label
    names a known one). They say who speaks, so they are no actor mentions."""
    _counters: dict[str, int] = field(default_factory=dict)

    @property
    def published(self) -> Optional[str]:
        return self.source.published

    def new_id(self, prefix: str) -> str:
        """A fresh id such as `t1`, `q2`, unique within the document."""
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        return f"{prefix}{n}"

    def mention_at(self, start: int, end: int) -> Optional[Mention]:
        """The actor mention that lies within [start, end), longest first."""
        return self.mention_index().longest_within(start, end)

    def mention_index(self) -> "SpanIndex":
        """The mentions as a `SpanIndex`, made again only when the list has changed: the actors component settles
        them, and the components after it ask about them many times."""
        return self.index_of("mentions")

    def index_of(self, name: str) -> "SpanIndex":
        """One of the lists of spans ("mentions", "timexes") as a `SpanIndex`, made again only when the list has
        changed."""
        spans = getattr(self, name)
        cached = self.__dict__.get("_index_" + name)
        if cached is None or cached[0] != spans:
            cached = self.__dict__["_index_" + name] = (list(spans), SpanIndex(spans))
        return cached[1]

    def location_at(self, start: int, end: int) -> Optional[Location]:
        return _covering(self.locations, start, end)

    def turn_before(self, offset: int) -> Optional[tuple[int, int, Optional[str]]]:
        """The last turn label, in the list's order, that ends at or before `offset` (what
        `[t for t in self.turns if t[1] <= offset][-1]` gives), found by bisecting the labels' ends: a briefing has
        hundreds of turns and quotes, and each quote asks."""
        ends, last = self._turns()[0]
        k = bisect.bisect_right(ends, offset)
        return self.turns[last[k - 1]] if k else None

    def in_turn_label(self, offset: int) -> bool:
        """Whether an offset lies inside a turn label ("MR. KIRBY:"): labels are short, so the offsets they cover
        are kept as a set."""
        return offset in self._turns()[1]

    def _turns(self) -> tuple[tuple[list[int], list[int]], frozenset]:
        """The turns' ends in order with, for each, the latest position in the list among the turns that end there
        or before; and the offsets inside labels. Made again only when the list has changed."""
        cached = self.__dict__.get("_index_turns")
        if cached is None or cached[0] != self.turns:
            order = sorted(range(len(self.turns)), key=lambda i: self.turns[i][1])
            last, latest = [], -1
            for i in order:
                latest = max(latest, i)
                last.append(latest)
            inside = frozenset(o for start, end, _ in self.turns for o in range(start, end))
            cached = self.__dict__["_index_turns"] = (list(self.turns), (([self.turns[i][1] for i in order], last), inside))
        return cached[1]


class SpanIndex:
    """Spans that no longer change (mentions, places) sorted by where they start, for many offset lookups (the
    events component and the serialiser ask about every phrase): each lookup reads only the spans that start
    near it instead of scanning them all."""

    REACH = 200
    """How many characters before a lookup's start a span that overlaps it may begin: no name is longer."""

    def __init__(self, spans) -> None:
        spans = list(spans)
        self.rank = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].end))
        """Position in the given list of each span as sorted."""
        self.spans = [spans[i] for i in self.rank]
        self.starts = [span.start for span in self.spans]
        self.longest = max((span.end - span.start for span in self.spans), default=0)

    def __iter__(self):
        return iter(self.spans)

    def overlapping(self, start: int, end: int) -> list:
        """The spans that overlap [start, end), in order of where they start."""
        return self._reaching(self.REACH, start, end)

    def within(self, start: int, end: int) -> list:
        """The spans that lie within [start, end), in the given list's order."""
        found = range(bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end))
        return [self.spans[k] for k in sorted(found, key=self.rank.__getitem__) if self.spans[k].end <= end]

    def crossing(self, start: int, end: int) -> list:
        """Every span that overlaps [start, end), in order of where they start: `overlapping` without its bound,
        reaching back as far as the longest span."""
        return self._reaching(self.longest, start, end)

    def _reaching(self, reach: int, start: int, end: int) -> list:
        """The spans that overlap [start, end) among those that start at most `reach` characters before it."""
        i = bisect.bisect_left(self.starts, start - reach)
        hits = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                hits.append(self.spans[i])
            i += 1
        return hits

    def longest_within(self, start: int, end: int):
        """What `Annotations.mention_at` gives: the candidates are taken in the given list's order, so ties go
        the same way."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return _covering([self.spans[k] for k in sorted(range(lo, hi), key=self.rank.__getitem__)], start, end)


def _covering(spans, start: int, end: int):
    """The longest span within [start, end); of equally long ones, the first in the list."""
    best = None
    for span in spans:
        if span.start >= start and span.end <= end:
            if best is None or (span.end - span.start) > (best.end - best.start):
                best = span
    return best


if not Doc.has_extension("dl"):
    Doc.set_extension("dl", default=None)


def release(doc: Doc) -> None:
    """Drop what the components kept on a Doc once it is serialised. The annotations and the sentences, columns
    and spans kept in `doc.user_data` refer back to the Doc (a Span holds its Doc), so a Doc that kept them was
    freed only by Python's full collection, after surviving the young ones while the pipeline ran: a long run
    carried tens of thousands of dead objects and whole Docs, their arrays and tensors included, from one full
    collection to the next. Cleared, the Doc goes as soon as its last reference does."""
    doc.user_data.clear()


def annotations(doc: Doc) -> Annotations:
    """The document's annotations, created empty when a Doc arrives without them."""
    if doc._.dl is None:
        doc._.dl = Annotations(Source(text=doc.text))
    return doc._.dl


def document_text(doc: Doc) -> str:
    """`doc.text` without rebuilding it from every token (spaCy joins them on each access):
    the source text the Doc was made from, when it is that text. Kept on the Doc, as components ask
    many times and a Doc's text never changes."""
    kept = doc.user_data.get(DOCUMENT_TEXT)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    source = annotations(doc).source.text
    text = source if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(source) else doc.text
    doc.user_data[DOCUMENT_TEXT] = (len(doc), text)
    return text


DOCUMENT_TEXT = "dateline.document_text"


def tokens_within(doc: Doc, start: int, end: int) -> Span:
    """The tokens that start within [start, end) (what `[t for t in doc if start <= t.idx < end]` gives), found
    by bisecting the tokens' offsets, kept per document, instead of reading every token of the document."""
    idx = doc.user_data.get(TOKEN_STARTS)
    if idx is None or len(idx) != len(doc):
        idx = doc.user_data[TOKEN_STARTS] = doc.to_array("IDX").tolist()
    return doc[bisect.bisect_left(idx, start):bisect.bisect_left(idx, max(start, end))]


TOKEN_STARTS = "dateline.token_starts"


def entity_of(token: Token) -> Optional[Span]:
    """The named entity a token lies in (what `next(e for e in doc.ents if e.start <= token.i < e.end)` finds),
    read off the IOB tags of the tokens around it: `doc.ents` makes a span of every entity on each access."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, listed once per document: each pass over `doc.sents` makes every sentence's
    span again."""
    listed = doc.user_data.get(SENTENCES)
    if listed is None or listed[0] != len(doc):
        listed = doc.user_data[SENTENCES] = (len(doc), list(doc.sents))
    return listed[1]


SENTENCES = "dateline.sentences"


def mentions_starting(dl: Annotations, start: int, end: int) -> list[Mention]:
    """The mentions that start within [start, end), in the order of `dl.mentions`, found by bisecting their
    starts (`Annotations.mention_index`) instead of reading every mention of the document."""
    index = dl.mention_index()
    found = range(bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, max(start, end)))
    return [index.spans[k] for k in sorted(found, key=index.rank.__getitem__)]


def tokens_where(tokens, attr: str, test) -> list[Token]:
    """The tokens of a Doc or Span, in text order, whose attribute `attr` ("POS", "DEP", "LEMMA") read as a string
    passes `test`: each distinct value of the attribute is tested once, off spaCy's array, so a scan of the document
    for a few words makes no Token of the others (`[t for t in doc if test(t.pos_)]`, without the loop). The
    column is read as a list and sifted with a set: numpy's `unique` and `isin` cost more than that on a sentence.
    A span reads its slice of the document's column (`_column`), which is read off spaCy once."""
    doc, start, found = _positions(tokens, attr, test)
    return [doc[start + i] for i in found]


def tokens_where_any(tokens, *tests: tuple[str, Callable[[str], bool]]) -> list[Token]:
    """The tokens of a Doc or Span, in text order and each once, that pass any of the (attribute, test) pairs of
    `tokens_where` ("LEMMA" or "LOWER" in a word list): a Token is made only of a word that passes."""
    found: set[int] = set()
    for attr, test in tests:
        doc, start, positions = _positions(tokens, attr, test)
        found.update(positions)
    return [doc[start + i] for i in sorted(found)]


def strings_of(tokens, attr: str) -> list[str]:
    """The attribute ("LOWER", "POS") of each word of a Doc or Span as strings, in text order (what
    `[t.lower_ for t in span]` gives), read off the document's kept column: a phrase's words read one by one make a
    Token of each."""
    doc, start, end = (tokens.doc, tokens.start, tokens.end) if isinstance(tokens, Span) else (tokens, 0, len(tokens))
    strings = doc.vocab.strings
    return [strings[value] for value in _column(doc, attr)[start:end]]


def _positions(tokens, attr: str, test) -> tuple[Doc, int, list[int]]:
    """The Doc, the span's first index, and the positions in the span of the words `tokens_where` keeps."""
    if isinstance(tokens, Span):  # a sentence's scan reads no more than the sentence
        doc, start, column = tokens.doc, tokens.start, _column(tokens.doc, attr)[tokens.start:tokens.end]
    else:
        doc, start, column = tokens, 0, _column(tokens, attr)
    strings = doc.vocab.strings
    wanted = {value for value in set(column) if test(strings[value])}
    return doc, start, [i for i, value in enumerate(column) if value in wanted]


def _column(doc: Doc, attr: str) -> list[int]:
    """One attribute of every token of the document as a list, kept on the Doc: `Span.to_array` costs more than the
    scan of a sentence it serves, and the events component scans every sentence several times. Whoever changes a
    word's tag, lemma or head after the parser (the events component's repairs) calls `retagged`."""
    kept = doc.user_data.get(COLUMNS)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[COLUMNS] = (len(doc), {})
    column = kept[1].get(attr)
    if column is None:
        column = kept[1][attr] = doc.to_array(attr).tolist()
    return column


def retagged(doc: Doc) -> None:
    """The words' attributes changed (a repair retagged a word or moved its head): the kept columns are read
    again."""
    doc.user_data.pop(COLUMNS, None)


COLUMNS = "dateline.columns"


def token_indices(doc: Doc, attr: str, values) -> list[int]:
    """The indices of the tokens whose attribute `attr` ("LOWER", "POS") is one of `values`, read off the array of
    that attribute by `tokens_where`: a loop over the document's tokens makes a Token object of each."""
    wanted = frozenset(values)
    return [token.i for token in tokens_where(doc, attr, wanted.__contains__)]
