"""The `anchors` component: relative dates inside quotes and cited reports re-anchored to the utterance's date.

News counts "yesterday" from the day it was published; a quotation or a cited report counts
it from the day it was said or published. After `citations` and `quotes` have run, each
deictic timex inside a direct quote is resolved again from the quote's `date` (anchor: the
quote's id), and each one in a sentence that carries a dated citation from the citation's
date (anchor: the id of the timex giving that date). A page titled by the year it is about
("2024 in Sudan", "Attacks on shipping in 2024") and written after it dates its days and
months with no year in that year, not the year it was revised in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations, document_text, sentences
from . import clause_tense, engine, parse_date
from .grammar import Match
from .normalise import Context, Value


def resolve(expression: str, reference: str | dt.date, tense: Optional[str] = None) -> Optional[str]:
    """The TIMEX3 value of a temporal expression counted from `reference` (YYYY-MM-DD):
    `resolve("last Friday", "2024-01-04")` is "2023-12-29"."""
    ref = reference if isinstance(reference, dt.date) else parse_date(reference)
    value = _resolve(expression, 0, ref, lambda m: tense)
    return value.value if value else None


def _resolve(text: str, offset: int, reference: Optional[dt.date],
             tense: Callable[[Match], Optional[str]]) -> Optional[Value]:
    """`text` (found at `offset` in its document) resolved as one expression from `reference`."""
    grammar, normaliser = engine()
    matches = [m for m in grammar.find(text) if m.start == 0 and m.end == len(text)]
    if not matches:
        return None
    m = matches[0]
    ctx = Context(reference=reference, text=text,
                  tense=lambda mm: tense(dataclasses.replace(mm, start=mm.start + offset, end=mm.end + offset)))
    return normaliser.value(m, ctx)


@Language.factory("anchors", assigns=["doc._.dl"])
def make_anchors(nlp: Language, name: str):
    return Anchors()


class Anchors:
    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        relative = [i for i, t in enumerate(dl.timexes) if _is_deictic(t.anchor, dl.published)]
        if not relative:
            return doc
        done: set[int] = set()
        text = document_text(doc)  # `doc.text` is built from the tokens on every access
        year = _topic_year(dl.source.title or text.lstrip().split("\n", 1)[0].lstrip("# "), dl.published)
        if year is not None:
            moved: dict[str, str] = {}
            for i in relative:
                if _date_of_the_year(dl.timexes[i], text):
                    t = dl.timexes[i]
                    dl.timexes[i] = t.model_copy(update={"value": year + t.value[4:], "anchor": None})
                    moved[t.id] = t.value[:4]
                    done.add(i)
            _carry_year(dl.timexes, moved)
        for quote in dl.quotes:
            ref = parse_date(quote.date)
            if ref is None:
                continue
            for i in relative:
                t = dl.timexes[i]
                if i not in done and quote.start <= t.start and t.end <= quote.end \
                        and self._reanchor(doc, text, i, ref, quote.id):
                    done.add(i)
        sents = sentences(doc) if dl.citations else []
        sent_starts = [s.start_char for s in sents]
        for citation in dl.citations:
            ref = parse_date(citation.date)
            if ref is None:
                continue
            start, end = _sentence_of(sents, text, citation.start, sent_starts)
            own = [t for t in dl.timexes if citation.start <= t.start and t.end <= citation.end]
            anchor = own[0].id if own else citation.id
            for i in relative:
                t = dl.timexes[i]
                inside_citation = citation.start <= t.start and t.end <= citation.end
                if i not in done and not inside_citation and start <= t.start and t.end <= end \
                        and self._reanchor(doc, text, i, ref, anchor):
                    done.add(i)
        return doc

    def _reanchor(self, doc: Doc, text: str, i: int, ref: dt.date, anchor: str) -> bool:
        dl = doc._.dl
        t = dl.timexes[i]
        value = _resolve(text[t.start:t.end], t.start, ref, lambda m: clause_tense(doc, m.start, m.end))
        if value is None or value.anchor is None:
            return False
        dl.timexes[i] = t.model_copy(update={"value": value.value, "type": value.type, "anchor": anchor})
        return True


def _carry_year(timexes: list, moved: dict[str, str]) -> None:
    """Dates counted from a date the title's year re-dated move with it: "went on strike in January ... a general
    strike for the end of that month" in "Events of 2025" is January 2025 too. `moved` maps the id of each re-dated
    timex to the year it was counted in before."""
    years = {t.id: t.value[:4] for t in timexes}
    for i, t in enumerate(timexes):
        old = moved.get(t.anchor)
        if old is not None and t.value.startswith(old) and years[t.anchor] != old:
            timexes[i] = t.model_copy(update={"value": years[t.anchor] + t.value[4:]})
            moved[t.id], years[t.id] = old, years[t.anchor]


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
TOPIC_YEAR = r"^{year}\b|\b(?:in|of|during)\s+{year}$"
"""Where a title names the year it is about: at its head ("2024 in Sudan") or closing it ("... in 2024")."""
MONTH_DATE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _topic_year(title: Optional[str], published: Optional[str]) -> Optional[str]:
    """The one year a title is about, when the page was published after that year."""
    found = YEAR.findall(title or "")
    if len(found) != 1 or not published or published[:4] <= found[0]:
        return None
    return found[0] if re.search(TOPIC_YEAR.format(year=found[0]), title.strip(), re.I) else None


def _date_of_the_year(timex, text: str) -> bool:
    """A day or month written with its month and no year ("2 January", "in June"), counted from the published date."""
    written = text[timex.start:timex.end]
    months = engine()[0].months
    return timex.type == "DATE" and MONTH_DATE.fullmatch(timex.value) is not None and not YEAR.search(written) \
        and any(word in months for word in re.findall(r"[a-z]+", written.lower()))


def _is_deictic(anchor: Optional[str], published: Optional[str]) -> bool:
    """Counted from the published date, or, with none, from the text's own dates."""
    return anchor == "published" or (published is None and anchor is not None)


def _sentence_of(sents: list, text: str, offset: int, starts: list[int]) -> tuple[int, int]:
    """The sentence a citation belongs to: its own, or the one before when the citation stands alone
    after it ("... last Friday. (Al Jazeera, 4 January 2024)")."""
    idx = max(0, sum(1 for s in starts if s <= offset) - 1)
    sent = sents[idx]
    if idx > 0 and not text[sent.start_char:offset].strip(" \t\n(["):
        sent = sents[idx - 1]
        return sent.start_char, sents[idx].end_char
    return sent.start_char, sent.end_char
