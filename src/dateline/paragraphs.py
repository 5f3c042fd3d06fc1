"""The `paragraphs` component: a blank line or a list item's line always ends a sentence, a title's abbreviation
never does.

spaCy's parser joins a headline, a dateline line or a list item to the sentence
after it when no full stop separates them; news text marks those breaks with blank
lines, so the token after one is set to start a sentence before the parser runs. A list
item's marker at the start of a line ("- ", "* ", "• ") starts a sentence too, also
without a blank line before it.
The full stop of a parliamentary title ("the right hon. Gentleman") is no sentence's
end: such abbreviations (`data/abbreviations.yaml`) are made single tokens, and the
word after one is kept in its sentence.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

LIST_MARKS = frozenset({"-", "*", "•", "–", "—", "·"})
TITLES = frozenset(yaml.safe_load((Path(__file__).parent / "data" / "abbreviations.yaml")
                                  .read_text(encoding="utf-8"))["titles"])


@Language.factory("paragraphs")
def create_paragraphs(nlp: Language, name: str):
    for title in TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return paragraphs


def paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text and doc[token.i + 1].text in LIST_MARKS:
            doc[token.i + 1].is_sent_start = True
        elif token.text in TITLES:
            doc[token.i + 1].is_sent_start = False
    return doc
