"""Credits in running text ('via Reuters', 'per state media', a hat tip to a person at an outlet) and numbered notes
(a note that names two dated sources, a note whose source another rule read inside it, a sentence's closing marker)."""

from __future__ import annotations

import pytest

from .citekit import exact_citations


def citations(nlp, text, published="2025-03-12"):
    return [(c.text, c.outlets, c.date) for c in exact_citations(nlp, text, published)]


@pytest.mark.parametrize("text, span, outlets", [
    ("Copper rose 2 percent on Monday, via Reuters; aluminium was flat.", "via Reuters", ["Reuters"]),
    ("North Korea fired two ballistic missiles into the sea on Tuesday, per state media.", "per state media",
     ["state media"]),
    ("Moscow said the drones were shot down over the Bryansk region, according to Russian state media.",
     "according to Russian state media", ["Russian state media"]),
    ("The governor vetoed the budget bill late on Friday (h/t Marta Ruiz at the Plains Ledger).",
     "(h/t Marta Ruiz at the Plains Ledger)", ["Plains Ledger"]),
])
def test_credit_in_running_text(nlp, text, span, outlets):
    found = citations(nlp, text)
    assert [(s, o) for s, o, _ in found] == [(span, outlets)]


@pytest.mark.parametrize("text", [
    "Aid trucks entered Gaza via the Kerem Shalom crossing on Sunday.",
    "The minister flew to Nairobi via Addis Ababa on Monday.",
    "Residents followed the vote via social media and local radio.",
    "The ruling was broadcast on national television, and the protesters marched via Main Street.",
])
def test_route_is_no_credit(nlp, text):
    assert citations(nlp, text) == []


REPORT = (
    "Flooding in the Rift Valley displaced about 12,000 families by late May [1]. According to the Kenya Red Cross "
    "Society, cholera cases were reported in three camps [2]. The rebels and the army each declared a truce [3].\n\n"
    "Notes\n\n"
    "[1] United Nations Office for the Coordination of Humanitarian Affairs, flash update, 28 May 2024.\n"
    "[2] Kenya Red Cross Society, situation report, 2 June 2024.\n"
    "[3] Sudan Liberation Army statement, 4 June 2024; Sudanese Armed Forces statement, 5 June 2024.\n"
)


def test_a_note_naming_two_dated_sources_gives_two_citations(nlp):
    found = citations(nlp, REPORT, published="2024-06-20")
    assert ("Sudan Liberation Army statement, 4 June 2024", ["Sudan Liberation Army"], "2024-06-04") in found
    # (the note's lower-case document noun is no part of the owner's name)
    assert ("Sudanese Armed Forces statement, 5 June 2024", ["Sudanese Armed Forces"], "2024-06-05") in found


def test_a_note_is_one_source_of_its_own(nlp):
    found = citations(nlp, REPORT, published="2024-06-20")
    assert ("United Nations Office for the Coordination of Humanitarian Affairs, flash update, 28 May 2024",
            ["United Nations Office for the Coordination of Humanitarian Affairs"], "2024-05-28") in found


def test_closing_marker_dates_the_source_its_note_names(nlp):
    found = citations(nlp, REPORT, published="2024-06-20")
    assert ("According to the Kenya Red Cross Society", ["the Kenya Red Cross Society"], "2024-06-02") in found


def test_closing_marker_of_another_source_dates_nothing(nlp):
    text = ("According to the Kenya Red Cross Society, cholera cases were reported in three camps [1].\n\n"
            "Notes\n\n[1] World Health Organization, disease outbreak news, 2 June 2024.\n")
    found = citations(nlp, text, published="2024-06-20")
    assert ("According to the Kenya Red Cross Society", ["the Kenya Red Cross Society"], None) in found


def test_a_note_with_one_date_and_a_semicolon_stays_whole(nlp):
    text = ("Prices doubled in the capital [1].\n\nNotes\n\n"
            "[1] World Food Programme, market monitor; Juba and Wau, 10 May 2024.\n")
    found = citations(nlp, text, published="2024-06-20")
    assert [(s, d) for s, _, d in found] == [("World Food Programme, market monitor; Juba and Wau, 10 May 2024",
                                              "2024-05-10")]
