"""News datelines at the start of a text."""

import pytest

from dateline.readers.newsdateline import find_dateline


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
])
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None
