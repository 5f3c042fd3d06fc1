"""A batch of inputs through the pipeline: every document is handed on or named with what is wrong."""

from __future__ import annotations

from dateline.annotations import Source
from dateline.batch import process


def test_a_text_longer_than_spacy_takes_is_named_and_the_batch_goes_on(nlp, monkeypatch):
    monkeypatch.setattr(nlp.nlp, "max_length", 60)
    long = Source(text="Israel struck Gaza on Monday. " * 3, label="long.txt")
    short = Source(text="Qatar hosted the talks.", label="short.txt")
    results = list(process(nlp, [long, short]))
    assert (results[0].label, results[0].error) == (
        "long.txt", "text is 90 characters, over the limit of 60 a document may have: split it")
    assert results[1].document.text == "Qatar hosted the talks."
