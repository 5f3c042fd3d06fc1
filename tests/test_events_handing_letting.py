"""Recipients and places of handing over, letting and sending (round args33): whom a thing is handed to receives,
though the parser hangs "to" on "back" or "over", and the ground handed is where; a promise to hand back or to let a
party act is for that party; fighters sent to help a side are the sender's own, and the side helped receives.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events_places_clauses import _by_trigger, _where
from .test_events_recipients import recipients_of


@pytest.mark.parametrize("text, trigger, recipients", [
    # the party handed to, not the ground handed, though "to" hangs on "back"
    ("In March the rebels handed the town of Kalehe back to the army under pressure from Kigali.", "handed",
     ["army"]),
    ("Britain ceded the Chagos Islands to Mauritius under the October agreement.", "ceded", ["Mauritius"]),
    # a promise to hand back is for whom it would be handed to
    ("Kyrgyzstan agreed to hand two border villages back to Tajikistan in 2023.", "agreed", ["Tajikistan"]),
    # a promise to let a party act is for that party, whom the parser makes the next verb's subject
    ("Kazakhstan agreed to let China build a new railway across its eastern steppe.", "agreed", ["China"]),
    # ... but a thing let through is none
    ("The rebels agreed to let tugs and salvage vessels reach the stranded ferry.", "agreed", []),
    # fighters sent are the sender's own; whom they went to help receives
    ("Russia also sent fighters to help the government of Mali.", "sent", ["government of Mali"]),
    # negatives: no party handed to, and troops sent with no one to help, leave no recipient
    ("Turkey sent troops to Libya in January.", "sent", []),
])
def test_recipients_of_handing_letting_and_sending(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2025-05-15"), trigger) == recipients


def test_ground_handed_back_is_where_not_whose_pressure(extract):
    doc = extract("In March the rebels handed the town of Kalehe back to the army under pressure from Kigali.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "handed")) == ("Kalehe", 39, 45)


def test_a_town_visited_is_where_the_visit_was_though_tagged_a_person(extract):
    """"visited Mombasa": the town visited stands for its host and is where the visit was (eval/CONVENTIONS.md rule
    1), also when the tagger took the name for a person's."""
    doc = extract("The two leaders later visited Mombasa together.", published="2025-05-15")
    visit = _by_trigger(doc, "visited")
    assert _where(visit) == ("Mombasa", 30, 37)
    assert [p.country for p in doc.places] == ["KEN"]


def test_a_person_visited_is_no_place(extract):
    doc = extract("The prime minister visited Kenyatta at his home on Friday.", published="2025-05-15")
    assert _where(_by_trigger(doc, "visited")) is None
    assert doc.places == []
