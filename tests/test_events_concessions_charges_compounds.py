"""Event senses the first sight of sealed36-40 and blind14-18 missed (round recall35): a compound written with a
hyphen, concessions agreed to, a pause in the fighting, holding a party responsible, charges, smears and uncovered
schemes, candidates struck off a ballot, and parties taken off a sanctions list. Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2024-11-28").events]


def types_of(extract, text):
    return [e[0] for e in events_of(extract, text)]


def test_a_hyphenated_ceasefire_taking_effect_is_its_implementation(extract):
    text = "The cease-fire between Israel and Hezbollah took effect at 4 a.m. on Wednesday."
    found = events_of(extract, text)
    assert found == [("RETREAT", "ceasefire", "fire")]
    start = text.index("cease-fire")
    trigger = extract(text, published="2024-11-28").events[0].trigger
    assert start <= trigger.start < trigger.end <= start + len("cease-fire")


def test_a_hyphenated_ceasefire_declared_is_a_concession(extract):
    assert "CONCEDE" in types_of(extract, "The M23 rebels declared a unilateral cease-fire around Goma on Monday.")


def test_a_fire_with_no_cease_before_it_is_no_ceasefire(extract):
    assert "RETREAT" not in types_of(extract, "The fire took hold of the warehouse within minutes.")


def test_a_concession_agreed_to_is_the_concession(extract):
    """eval/CONVENTIONS.md rule 8: "agreed to lift" stays CONCEDE, in the future."""
    text = "The United States agreed to lift sanctions on Belarus's national airline, Belavia."
    doc = extract(text, published="2025-09-12")
    assert [(e.type, text[e.trigger.start:e.trigger.end], e.modality) for e in doc.events] == \
        [("CONCEDE", "lift", "future")]
    assert [a.text for a in doc.events[0].actors] == ["United States"]


def test_other_acts_agreed_to_stay_agreements(extract):
    assert events_of(extract, "Kyrgyzstan and Tajikistan agreed to hand back two border villages.") == \
        [("AGREE", None, "agreed")]


def test_holding_a_party_responsible_as_a_clause_is_an_accusation(extract):
    text = "The Law Society of Kenya holds the Inspector-General personally responsible for the deaths of the protesters."
    doc = extract(text, published="2024-06-27")
    assert [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in doc.events][:1] == \
        [("ACCUSE", "allege", "holds")]
    assert [r.text for r in doc.events[0].recipients] == ["Inspector-General"]


def test_holding_a_party_responsible_in_the_future_stays_a_threat(extract):
    assert types_of(extract, "The opposition will hold the interior minister responsible for any bloodshed.") == \
        ["THREATEN"]


@pytest.mark.parametrize("text,expected", [
    ("The M23 rebels announced a two-week pause in offensive operations around Goma.", ("CONCEDE", None, "pause")),
    ("The three-day pause in the fighting took effect at dawn on Friday.", ("RETREAT", "ceasefire", "pause")),
])
def test_a_pause_in_the_fighting_is_a_short_ceasefire(extract, text, expected):
    assert expected in events_of(extract, text)


def test_a_pause_in_other_work_is_no_ceasefire(extract):
    assert events_of(extract, "The carmaker announced a pause in hiring at its plant in Zwickau.") == []


def test_prosecutors_charging_people_accuse_them(extract):
    text = "Prosecutors in Nairobi charged six police officers over the death of the blogger Albert Ojwang."
    assert ("ACCUSE", "allege", "charged") in events_of(extract, text)


def test_police_charging_a_crowd_bring_no_charge(extract):
    assert "ACCUSE" not in types_of(extract, "Riot police charged the crowd outside the stadium in Nairobi.")


def test_a_candidate_struck_off_the_ballot_is_restricted_not_attacked(extract):
    text = "Zimbabwe's electoral commission struck two opposition candidates off the ballot in Harare."
    assert events_of(extract, text) == [("COERCE", "restrict", "struck")]


def test_a_ball_struck_off_the_post_is_nothing(extract):
    assert events_of(extract, "The striker struck the ball off the post in the second half.") == []


def test_a_party_taken_off_a_sanctions_list_is_a_concession_and_the_list_no_sanction(extract):
    """The "from" the parser hangs on the participle that describes the object is the verb's; "sanctions" before
    "list" only says what kind of list it is."""
    text = "The Treasury removed three shipping firms linked to the Venezuelan government from its sanctions list."
    assert events_of(extract, text) == [("CONCEDE", None, "removed")]


@pytest.mark.parametrize("text,expected", [
    ("The Council of the EU added two Wagner commanders in Mali to its sanctions list on Monday.",
     [("SANCTION", "discontinue", "added")]),
    ("The State Department added Cuba to the list of state sponsors of terrorism in January 2021.",
     [("SANCTION", "discontinue", "added")]),
    ("The clerk added two late amendments to the agenda for Thursday.", []),
])
def test_a_party_put_on_a_list_is_sanctioned(extract, text, expected):
    """Taking a party off a list concedes; putting one on it is the sanction, told by the verb, not the list."""
    assert events_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Romanian prosecutors said they had uncovered a bribery ring at the customs office in Constanta.",
     ("ACCUSE", "investigate", "uncovered")),
    ("State television smeared the striking miners as paid agents of the West.", ("ACCUSE", "allege", "smeared")),
])
def test_uncovered_schemes_and_smears_are_accusations(extract, text, expected):
    assert expected in events_of(extract, text)


def test_an_uncovered_mosaic_is_no_accusation(extract):
    assert events_of(extract, "Archaeologists uncovered a Roman mosaic under a car park in Leicester.") == []
