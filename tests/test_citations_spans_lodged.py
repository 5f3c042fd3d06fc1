"""Cited reports dated by a span of days, documents lodged with a regulator or court, and source lines under charts
and data (round cites39's forms audit)."""

from __future__ import annotations

import pytest

from .citekit import exact_citations


def cited(nlp, text, published="2025-03-14"):
    return [(c.text, c.outlets, c.date) for c in exact_citations(nlp, text, published)]


@pytest.mark.parametrize("text, found", [
    # a span of days with no 'between' or 'from' before it: the month that holds it
    ("The ministry's weekly bulletin for 3 to 9 March recorded 420 new measles cases.",
     [("The ministry's weekly bulletin for 3 to 9 March", ["The ministry"], "2025-03")]),
    # a span over two months fixes no month
    ("A Pew Research Center survey conducted Feb. 24 to March 2 found that most Americans disapprove of the tariffs.",
     [("A Pew Research Center survey conducted Feb. 24 to March 2", ["Pew Research Center"], None)]),
    ("The agency's bulletin of 28 February to 6 March recorded 12 deaths from cholera in Sudan.",
     [("The agency's bulletin of 28 February to 6 March", ["The agency"], None)]),
    # 'and' joins a span only after 'between'
    ("According to a YouGov survey carried out between 3 and 7 March, 60 percent of Germans back the debt reform.",
     [("According to a YouGov survey carried out between 3 and 7 March", ["YouGov"], "2025-03")]),
])
def test_a_report_dated_by_a_span_of_days_is_dated_by_its_month(nlp, text, found):
    assert cited(nlp, text) == found


def test_two_days_joined_by_and_are_two_reports_not_a_span(nlp):
    (found,) = cited(nlp, "According to the ministry's bulletins of 3 and 7 March, 420 measles cases were recorded.")
    assert found[2] == "2025-03-03"


@pytest.mark.parametrize("text, found", [
    # a filing lodged with a regulator is the filer's, not the regulator's
    ("Boeing said in a filing with the SEC on Thursday that it would cut 2,000 jobs.",
     [("Boeing said in a filing with the SEC on Thursday", ["Boeing"], "2025-03-13")]),
    ("Tesla said in a filing with the US Securities and Exchange Commission on Monday that sales had fallen.",
     [("Tesla said in a filing with the US Securities and Exchange Commission on Monday", ["Tesla"], "2025-03-10")]),
    # an interview 'with' an outlet keeps the outlet
    ("In an interview with CNN on Sunday, the senator said he would vote against the bill.",
     [("an interview with CNN on Sunday", ["CNN"], "2025-03-09")]),
])
def test_a_lodged_documents_with_phrase_names_where_it_was_lodged(nlp, text, found):
    assert cited(nlp, text) == found


@pytest.mark.parametrize("text, found", [
    ("Euro area unemployment held at 6.2 percent in January.\n\nSource: Eurostat, 3 March 2025",
     [("Source: Eurostat, 3 March 2025", ["Eurostat"], "2025-03-03")]),
    ("Brent crude fell below $70 a barrel.\n\nChart: Bloomberg",
     [("Chart: Bloomberg", ["Bloomberg"], None)]),
    ("Sources: World Bank; Eurostat, accessed on 2 March 2025.",
     [("Sources: World Bank; Eurostat, accessed on 2 March 2025", ["World Bank", "Eurostat"], "2025-03-02")]),
])
def test_a_source_line_names_its_outlets_without_their_dates(nlp, text, found):
    assert cited(nlp, text) == found


def test_a_chart_title_is_no_source_line(nlp):
    assert cited(nlp, "Oil markets swung sharply this winter.\n\nChart: Brent crude prices since January 2020") == []


@pytest.mark.parametrize("text, found", [
    # 'its' stands for the body that is the clause's subject
    ("Ryanair carried 200 million passengers in 2024, according to its own figures.",
     [("according to its own figures", ["Ryanair"], None)]),
    # people and states own no issued source through 'its' or 'his': the words stay as written
    ("Emmanuel Macron won the vote, according to his own campaign.",
     [("according to his own campaign", ["his own campaign"], None)]),
    ("The rebels took the town, according to their own statement.",
     [("according to their own statement", ["their own statement"], None)]),
])
def test_a_source_owned_through_its_is_the_clauses_body(nlp, text, found):
    assert cited(nlp, text) == found
