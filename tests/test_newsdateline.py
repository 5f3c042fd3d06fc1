"""News datelines at the start of a text."""

import pytest

from dateline.annotations import Source
from dateline.readers.newsdateline import find_dateline, resolve_published


@pytest.mark.parametrize("text, place, date, span", [
    ("CAIRO, Aug. 25 (Reuters) — Egypt said", "CAIRO", "XXXX-08-25", "CAIRO, Aug. 25 (Reuters) —"),
    ("WASHINGTON — The president spoke.", "WASHINGTON", None, "WASHINGTON —"),
    ("GAZA CITY, Gaza Strip, 25 August 2024 - Residents fled.", "GAZA CITY, Gaza Strip", "2024-08-25",
     "GAZA CITY, Gaza Strip, 25 August 2024 -"),
    ("UNITED NATIONS, Sept. 3, 2024 (AP) -- The council met.", "UNITED NATIONS", "2024-09-03",
     "UNITED NATIONS, Sept. 3, 2024 (AP) --"),
    ("BEIRUT, Lebanon (AP) — Israel struck.", "BEIRUT, Lebanon", None, "BEIRUT, Lebanon (AP) —"),
    ("Ferry service resumes after storm\n\nPIRAEUS, Greece, March 4, 2024 (Wire) — Ships sailed.",
     "PIRAEUS, Greece", "2024-03-04", "PIRAEUS, Greece, March 4, 2024 (Wire) —"),
    # an agency's dispatch in title case, with its day
    ("Ankara, Feb. 7 (Anadolu) -- Rescuers searched the rubble.", "Ankara", "XXXX-02-07",
     "Ankara, Feb. 7 (Anadolu) --"),
    ("New Delhi, May 10 — India and Pakistan agreed to stop firing.", "New Delhi", "XXXX-05-10", "New Delhi, May 10 —"),
    # or with its agency in brackets and no day
    ("Nairobi (Reuters) – Kenyan police fired tear gas at protesters.", "Nairobi", None, "Nairobi (Reuters) –"),
    ("Kyiv, Ukraine (AP) — Russian drones struck the capital.", "Kyiv, Ukraine", None, "Kyiv, Ukraine (AP) —"),
])
def test_datelines(text, place, date, span):
    found = find_dateline(text)
    assert (found.place, found.date, text[found.start:found.end]) == (place, date, span)


@pytest.mark.parametrize("text", [
    "The president said - no more.",
    "Israel and Hamas agreed — officials said.",
    "A — b",
    "Talks resume.\n\nCAIRO, Aug. 25 (Reuters) — Egypt said",
    "One\nTwo lines\n\nCAIRO, Aug. 25 (Reuters) — Egypt said",
    "Friday, 12 July – The army retook the town.",  # a timeline's day, not a town
    "Ankara — Rescuers searched the rubble.",  # a town in title case needs its day or its agency
    "Hezbollah – the group said – fired rockets.",
    "Monday (local time) – The army retook the town.",
])
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text, published", [
    ("Statement on the port strikes\nAden, 14 Muharram 1446 AH\n\nThe ministry condemns the raids.",
     "2024-07-20"),
    ("Hodeidah, 2 Rajab 1446 AH, corresponding to 2 January 2025\n\nThe council announced a truce.",
     "2025-01-02"),
    ("Issued on 10 Dhu al-Hijjah 1445 AH (16 June 2024)\n\nOn this day of sacrifice the office greets all.",
     "2024-06-16"),
])
def test_a_heading_line_dates_a_statement(text, published):
    source = resolve_published(Source(text=text), None)
    assert (source.published, source.published_from) == (published, "text")


@pytest.mark.parametrize("text", [
    "Ports reopen on 14 Muharram 1446 AH after the raids\n\nThe ministry said little.",
    "The committee will meet again on 2 January 2025.\n\nMembers left early.",
    "Aden\n\nThe ministry condemns the raids.",
])
def test_a_line_that_is_no_date_line_gives_no_date(text):
    assert resolve_published(Source(text=text), None).published is None


def test_a_dated_byline_between_headline_and_dateline_dates_the_text_and_keeps_the_dateline():
    text = ("Panel adjourns\n\n*Harbour Notes, 2 May 2024. From the press bench.*\n\n"
            "GENEVA — The panel adjourned its hearing today.")
    source = resolve_published(Source(text=text), None)
    assert (source.published, source.dateline.place) == ("2024-05-02", "GENEVA")
    assert text[source.dateline.start:source.dateline.end] == "GENEVA —"


def test_an_undated_line_between_headline_and_opening_lets_no_dateline_through():
    text = "Panel adjourns\n\n*From the press bench, where it was cold.*\n\nGENEVA — The panel adjourned."
    source = resolve_published(Source(text=text), None)
    assert (source.published, source.dateline) == (None, None)


def test_a_wire_note_and_byline_between_headline_and_dateline_let_the_dateline_through():
    text = ("UPDATE 2-Port workers end strike after pay deal\n\n(Adds union statement, paragraphs 5-6)\n\n"
            "By Harbour Desk staff\n\nROTTERDAM, March 9 (Harbour Desk) - Dock workers returned to work on Saturday.")
    found = find_dateline(text)
    assert (found.place, found.date) == ("ROTTERDAM", "XXXX-03-09")
    assert text[found.start:found.end] == "ROTTERDAM, March 9 (Harbour Desk) -"


def test_a_plain_sentence_between_headline_and_dateline_still_stops_it():
    text = "Port strike ends\n\nBy all accounts the night was calm.\n\nROTTERDAM, March 9 (Desk) - Workers returned."
    assert find_dateline(text) is None


def test_a_day_in_the_file_name_dates_wire_copy_with_a_yearless_dateline():
    text = "ROTTERDAM, March 9 (Harbour Desk) - Dock workers returned to work on Saturday."
    source = resolve_published(Source(text=text, path="desk/harbour-strike-2024-03-09.txt"), None)
    assert (source.published, source.published_from) == ("2024-03-09", "metadata")


def test_a_date_in_the_text_wins_over_the_file_name():
    text = "ROTTERDAM, March 9, 2024 (Harbour Desk) - Dock workers returned to work."
    source = resolve_published(Source(text=text, path="desk/harbour-strike-2024-03-11.txt"), None)
    assert (source.published, source.published_from) == ("2024-03-09", "dateline")
