"""The `paragraphs` component: a blank line or a list item's line always ends a sentence, a title's abbreviation
never does.

spaCy's parser joins a headline, a dateline line or a list item to the sentence
after it when no full stop separates them; news text marks those breaks with blank
lines, so the token after one is set to start a sentence before the parser runs. A list
item's marker at the start of a line ("- ", "* ", "• ") starts a sentence too, also
without a blank line before it. A thread's post counter opening a paragraph ("7/12 Ukrenergo asked ...") stands
apart from the sentence after it, so that no name takes it in. A Title Case headline line ends its
sentence (`headlines.py`).
The full stop of a parliamentary title ("the right hon. Gentleman") is no sentence's
end: such abbreviations (`data/abbreviations.yaml`) are made single tokens, and the
word after one is kept in its sentence.
A bold label closed by its colon ("**Driving the news:** India struck ...") is a sentence of its own.
A reference work's note mark glued to a word or to a full stop ("bullets.[6] Mondlane
blamed") is a token of its own, and after a full stop it closes its sentence: the word
after it starts the next one.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Optional

import numpy
from spacy.language import Language
from spacy.attrs import SENT_START
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import datafiles
from .headlines import ends_sentence

LIST_MARKS = frozenset({"-", "*", "•", "–", "—", "·"})
COUNTER = re.compile(r"(\d{1,3})/(\d{1,3})")
TITLES = frozenset(datafiles.read(Path(__file__).parent / "data" / "abbreviations.yaml")["titles"])
NOTE_MARK = re.compile(r"\[\d{1,3}\]")
NOTE_SUFFIX = re.compile(r"(?<=\S)\[\d{1,3}\]$")
EMPHASIS_SUFFIX = re.compile(r"(?<=[^*\s])\*\*$")
EMPHASIS = frozenset({"**", "*"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
NOT_START = numpy.uint64(2**64 - 1)  # -1, "no sentence starts here", as spaCy's arrays hold it


@Language.factory("paragraphs")
def create_paragraphs(nlp: Language, name: str):
    for title in TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if not getattr(nlp.tokenizer.suffix_search, "note_marks", False):
        nlp.tokenizer.suffix_search = note_marks_first(nlp.tokenizer.suffix_search)
    return paragraphs


def note_marks_first(suffix_search):
    """The tokenizer's suffix search, with a glued note mark ("killings.[7]") or a closing bold marker
    ("news:**") split off whole."""
    def search(string: str):
        return (NOTE_SUFFIX.search(string) or EMPHASIS_SUFFIX.search(string)
                or (suffix_search(string) if suffix_search is not None else None))
    search.note_marks = True
    return search


def paragraphs(doc: Doc) -> Doc:
    ends_sentence(doc)
    starts = {}  # token index -> whether it starts a sentence, the last word on it winning
    for token in doc[:-1]:
        if _post_counter(doc, token):
            starts[token.i + 1] = True
        after = _spaced_counter_end(doc, token)
        if after is not None:
            starts[after] = True
        if token.is_space and token.text.count("\n") >= 2:
            starts[token.i + 1] = True
        elif token.is_space and "\n" in token.text and doc[token.i + 1].text in LIST_MARKS:
            starts[token.i + 1] = True
        elif _closes_label(doc, token):
            starts[token.i] = False
            starts[token.i + 1] = True
        elif token.text in TITLES:
            starts[token.i + 1] = False
        elif NOTE_MARK.fullmatch(token.text) and token.i and doc[token.i - 1].text in SENTENCE_ENDS:
            starts[token.i] = False
            after = doc[token.i + 1]
            if not after.is_space and (after.is_title or after.is_upper or after.is_digit):
                starts[after.i] = True
    _set_sentence_starts(doc, starts)
    return doc


def _set_sentence_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """Sets the sentence starts in one write of the document's array: each assignment to a token's
    `is_sent_start` first reads the whole document for a parse, which made long documents slow."""
    if not starts:
        return
    array = doc.to_array(SENT_START)
    for i, start in starts.items():
        array[i] = 1 if start else NOT_START
    doc.from_array([SENT_START], array)


def _closes_label(doc: Doc, token) -> bool:
    """The token closes a bold label that ends with a colon ("**Driving the news:** India struck ..."): the
    label is a sentence of its own."""
    return token.text in EMPHASIS and token.i > 0 and doc[token.i - 1].text == ":" and not doc[token.i + 1].is_space


def _post_counter(doc: Doc, token) -> bool:
    """The token is a thread's "n/m" post counter (n at most m) opening a paragraph."""
    counter = COUNTER.fullmatch(token.text)
    opens = token.i == 0 or (doc[token.i - 1].is_space and doc[token.i - 1].text.count("\n") >= 2)
    return counter is not None and opens and 0 < int(counter.group(1)) <= int(counter.group(2))


def _spaced_counter_end(doc: Doc, token) -> Optional[int]:
    """Where the text resumes after a gallery's or thread's counter written with spaces on a line of its own ("1 / 24"
    above a photo caption), opening a paragraph: the caption is a sentence of its own, which the counter's numbers
    would otherwise open."""
    opens = token.i == 0 or (doc[token.i - 1].is_space and doc[token.i - 1].text.count("\n") >= 2)
    if not opens or token.i + 4 >= len(doc) or not (token.is_digit and doc[token.i + 2].is_digit) \
            or doc[token.i + 1].text != "/" or not 0 < int(token.text) <= int(doc[token.i + 2].text):
        return None
    after = doc[token.i + 3]
    if not after.is_space or "\n" not in after.text:
        return None
    return after.i + 1


BLANK_LINES = re.compile(r"\n\s*\n")


class ParagraphStarts:
    """Where each paragraph of a text begins (after a run of blank lines): a roundup's item and the acts of one
    incident are read within the paragraph that holds them."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in BLANK_LINES.finditer(text)]

    def of(self, offset: int) -> int:
        """The start of the paragraph that holds the offset."""
        return self.starts[bisect.bisect_right(self.starts, offset) - 1]
