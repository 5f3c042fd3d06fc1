"""The `paragraphs` component: a blank line always ends a sentence.

spaCy's parser joins a headline, a dateline line or a list item to the sentence
after it when no full stop separates them; news text marks those breaks with blank
lines, so the token after one is set to start a sentence before the parser runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc
