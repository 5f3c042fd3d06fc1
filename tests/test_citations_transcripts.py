"""Cited reports in transcripts: the body a speaker's "we", "our" and "your" stand for, and a document owned through
a pronoun and named by its day or year."""

from __future__ import annotations

import pytest

from .citekit import exact_citations

CALL = """Nordlys Ferries ASA: third-quarter 2024 results conference call

Participants: Kari Nordmann, Chief Executive Officer; Ola Dahl, Chief Financial Officer. Analysts: Sara Lind (Bergen Equity).

KARI NORDMANN: Good morning, everyone. As we said in our second-quarter report in August, we will keep our ships out of the Red Sea while the Houthis attack merchant shipping. According to our broker Kestrel Marine's quote of 2 October, insurance for a transit still costs a full percent of a hull's value.

OLA DAHL: Thank you, Kari. According to our own fuel data, bunker costs rose 12 percent in September.

SARA LIND: According to your capital markets update, published in June, you plan to sell two older ships. Is that still the plan?
"""

HEARING = """Defence Committee: Oral evidence: Shipping in the Red Sea

Witnesses: Dr Helen Park, Research Director, Maritime Security Institute; James Okafor, Head of Policy, Seafarers Welfare Trust.

Q1 Chair: What has changed since January?

Dr Park: In its joint statement of 3 January, the European Union warned the Houthis to stop their attacks. Our written evidence, submitted on 3 February, estimates that traffic through the Bab el-Mandeb fell by half.

Q2 Chair: And the crews?

James Okafor: According to our own crew survey, completed on 20 February, most seafarers want to avoid the route.

Q3 Chair: Dr Park, do you agree?

Dr Park: I do. The insurers have said as much.
"""


def found(nlp, text, published):
    return {c.text: (c.outlets, c.date) for c in exact_citations(nlp, text, published)}


def test_executives_we_and_our_are_the_company(nlp):
    cited = found(nlp, CALL, "2024-10-24")
    assert cited["As we said in our second-quarter report in August"] == (["Nordlys Ferries ASA"], "2024-08")
    assert cited["According to our own fuel data"] == (["Nordlys Ferries ASA"], None)


def test_analysts_your_is_the_company_answering(nlp):
    cited = found(nlp, CALL, "2024-10-24")
    assert cited["According to your capital markets update, published in June"] == (["Nordlys Ferries ASA"], "2024-06")


def test_our_with_a_name_of_its_own_keeps_it(nlp):
    cited = found(nlp, CALL, "2024-10-24")
    outlets, date = cited["According to our broker Kestrel Marine's quote of 2 October"]
    assert "Nordlys Ferries ASA" not in outlets and any("Kestrel Marine" in o for o in outlets)
    assert date == "2024-10-02"


def test_witnesses_our_is_the_body_the_list_names(nlp):
    cited = found(nlp, HEARING, "2024-03-05")
    assert cited["Our written evidence, submitted on 3 February"] == (["Maritime Security Institute"], "2024-02-03")
    assert cited["According to our own crew survey, completed on 20 February"] == (["Seafarers Welfare Trust"], "2024-02-20")


def test_a_document_named_by_its_day(nlp):
    cited = found(nlp, HEARING, "2024-03-05")
    assert cited["its joint statement of 3 January"] == (["European Union"], "2024-01-03")


@pytest.mark.parametrize("text, span, outlets, date", [
    ("The Ulster Farmers' Union, in its submission of 3 June, asked ministers to delay the levy.",
     "its submission of 3 June", ["Ulster Farmers Union"], "2024-06-03"),
    ("In its appeal for 2025 the World Food Programme said 12 million people in Sudan needed food aid.",
     "its appeal for 2025", ["World Food Programme"], None),
])
def test_pronoun_owned_documents_named_by_date(nlp, text, span, outlets, date):
    assert found(nlp, text, "2024-09-05")[span] == (outlets, date)


@pytest.mark.parametrize("text", [
    "In his address to the nation, the president said the army would hold the line.",
    "In its match of 12 September, the club lost to Celtic.",
    "The Red Cross said in its letter of complaint that the convoy had been hit.",
])
def test_no_document_named_by_a_day(nlp, text):
    assert not any(c.text.startswith(("his ", "its ")) for c in nlp(text, published="2024-09-05").citations)


def test_our_outside_a_transcript_is_left_as_written(nlp):
    cited = found(nlp, "According to our own polling, support for the congestion charge fell to 41 percent in May.",
                  "2024-06-02")
    assert cited["According to our own polling"][0] == ["our own polling"]
