"""The pipeline's loading and tokenising: a shadow Doc replaces the text's only when both tokenise alike, and what
the pipeline loads is kept out of the garbage collector's scans, and a processed Doc is freed by reference counting."""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc

from dateline.annotations import release
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


def _garbage_docs(make) -> list:
    """The Docs that `make` leaves for the cyclic collector (none when each was freed by its last reference)."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        make()
        gc.collect()
        return [o for o in gc.garbage if isinstance(o, Doc)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_piped_document_leaves_no_doc_for_the_collector(nlp):
    text = "Egypt and Qatar mediated talks in Cairo on Friday, the foreign ministry said."
    document = None

    def make():
        nonlocal document
        document = next(nlp.pipe([Source(text=text, published="2024-08-23")]))

    assert _garbage_docs(make) == []
    assert [(e.trigger.text, e.type, [a.text for a in e.actors], e.date.value) for e in document.events] == [
        ("mediated", "CONSULT", ["Egypt", "Qatar"], "2024-08-23")]


def test_a_kept_doc_holds_its_annotations_in_a_cycle_until_released(nlp):
    text = "Egypt and Qatar mediated talks in Cairo on Friday, the foreign ministry said."

    def kept():
        doc = nlp.nlp(new_doc(nlp.nlp, Source(text=text, published="2024-08-23")))
        assert doc._.dl.events

    def released():
        doc = nlp.nlp(new_doc(nlp.nlp, Source(text=text, published="2024-08-23")))
        release(doc)
        assert doc._.dl is None and not doc.user_data

    assert len(_garbage_docs(kept)) == 1
    assert _garbage_docs(released) == []
