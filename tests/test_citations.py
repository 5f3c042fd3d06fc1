"""Cited reports: bracketed source lines, outlets that report, report nouns, 'according to'."""

from __future__ import annotations

import pytest


def citations(nlp, text, published="2024-09-05"):
    doc = nlp(text, published=published)
    for c in doc.citations:
        assert doc.text[c.start:c.end] == c.text
    return doc.citations


@pytest.mark.parametrize("text, span, outlets, date", [
    ("Israeli jets struck the camp at dawn (Reuters, 19/08/2024).",
     "(Reuters, 19/08/2024)", ["Reuters"], "2024-08-19"),
    ("The White House denied the claim (whitehouse.gov; Monte Carlo 22/08/2024).",
     "(whitehouse.gov; Monte Carlo 22/08/2024)", ["whitehouse.gov", "Monte Carlo"], "2024-08-22"),
    ("The talks collapsed, as Al-Arabiya reported on September 3, 2024.",
     "Al-Arabiya reported on September 3, 2024", ["Al Arabiya"], "2024-09-03"),
    ("The New York Times reported on 20 August 2024, citing officials, that a deal was close.",
     "The New York Times reported on 20 August 2024", ["The New York Times"], "2024-08-20"),
    ("An Anadolu Agency report on Tuesday said 40 people were killed in the raid.",
     "An Anadolu Agency report on Tuesday", ["Anadolu Agency"], "2024-09-03"),
    ("At least 41,000 people have been killed, according to the health ministry.",
     "according to the health ministry", ["the health ministry"], None),
    ("AFP reported that the convoy was hit twice.", "AFP reported", ["Agence France-Presse"], None),
])
def test_citation_forms(nlp, text, span, outlets, date):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, date)


def test_quote_from_cited_report_links_it_and_takes_its_date(nlp):
    doc = nlp("The New York Times reported on 20 August 2024 that the talks had stalled.", published="2024-08-25")
    (c,) = doc.citations
    (q,) = doc.quotes
    assert q.citation == c.id
    assert q.date == "2024-08-20"
    assert q.speaker.actor == "nyt"


@pytest.mark.parametrize("text", [
    "Senator Bob Corker (R-Tenn.) disagreed with the plan.",
    "According to Netanyahu, the war will go on.",
    "The minister (who spoke on Monday) said little.",
    "Hamas said the proposal was unacceptable.",
])
def test_not_citations(nlp, text):
    assert citations(nlp, text) == []
