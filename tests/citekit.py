"""The citations dateline finds in a text of a test, each checked to be the exact span of the text it claims."""

from __future__ import annotations


def exact_citations(nlp, text, published):
    """Run the pipeline and return its citations once every offset has been checked against the text."""
    doc = nlp(text, published=published)
    for c in doc.citations:
        assert doc.text[c.start:c.end] == c.text
    return doc.citations
