"""The pipeline's loading and tokenising: a shadow Doc replaces the text's only when both tokenise alike, and what
the pipeline loads is kept out of the garbage collector's scans."""

from __future__ import annotations

import gc

import spacy

from dateline.pipeline import _same_tokens, new_doc
from dateline.readers import Source


def test_a_recased_headline_tokenises_like_the_text():
    blank = spacy.blank("en")
    text = blank.make_doc("Israel Strikes Beirut Suburb As Talks Stall")
    recased = blank.make_doc("Israel strikes Beirut Suburb as talks stall")
    assert _same_tokens(recased, text)


def test_a_shadow_split_otherwise_is_not_the_same():
    blank = spacy.blank("en")
    text = blank.make_doc("Qatar and Egypt mediated the talks in Doha.")
    split = blank.make_doc("Qatar and Egypt mediated the talks in Doha .")
    shifted = blank.make_doc("Qatar and Egypt mediated the talks  in Doha.")
    assert not _same_tokens(split, text)
    assert not _same_tokens(shifted, text)


def test_the_headline_doc_keeps_the_texts_offsets(nlp):
    text = "Houthis Claim Attack On Tanker In Red Sea\n\nThe Houthis said on Monday they had struck a tanker."
    doc = new_doc(nlp.nlp, Source(text=text))
    assert doc.text.startswith("Houthis claim attack on Tanker in Red Sea\n\nThe Houthis said")
    assert [(t.idx, len(t)) for t in doc] == [(t.idx, len(t)) for t in nlp.nlp.make_doc(text)]


def test_the_loaded_pipeline_is_frozen_out_of_the_collectors_scans(nlp):
    assert gc.get_freeze_count() > 0
