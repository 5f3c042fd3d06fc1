"""The `paragraphs` component: a blank line or a list item's line always ends a sentence, a title's abbreviation
never does.

spaCy's parser joins a headline, a dateline line or a list item to the sentence
after it when no full stop separates them; news text marks those breaks with blank
lines, so the token after one is set to start a sentence before the parser runs. A list
item's marker at the start of a line ("- ", "* ", "• ") starts a sentence too, also
without a blank line before it. A thread's post counter opening a paragraph ("7/12 Ukrenergo asked ...") stands
apart from the sentence after it, so that no name takes it in.
The full stop of a parliamentary title ("the right hon. Gentleman") is no sentence's
end: such abbreviations (`data/abbreviations.yaml`) are made single tokens, and the
word after one is kept in its sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

LIST_MARKS = frozenset({"-", "*", "•", "–", "—", "·"})
COUNTER = re.compile(r"(\d{1,3})/(\d{1,3})")
TITLES = frozenset(yaml.safe_load((Path(__file__).parent / "data" / "abbreviations.yaml")
                                  .read_text(encoding="utf-8"))["titles"])


@Language.factory("paragraphs")
def create_paragraphs(nlp: Language, name: str):
    for title in TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return paragraphs


def paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if _post_counter(doc, token):
            doc[token.i + 1].is_sent_start = True
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text and doc[token.i + 1].text in LIST_MARKS:
            doc[token.i + 1].is_sent_start = True
        elif token.text in TITLES:
            doc[token.i + 1].is_sent_start = False
    return doc


def _post_counter(doc: Doc, token) -> bool:
    """The token is a thread's "n/m" post counter (n at most m) opening a paragraph."""
    counter = COUNTER.fullmatch(token.text)
    opens = token.i == 0 or (doc[token.i - 1].is_space and doc[token.i - 1].text.count("\n") >= 2)
    return counter is not None and opens and 0 < int(counter.group(1)) <= int(counter.group(2))
