"""Senses a first sight of an urgent-action appeal, a forum thread and seminar slides missed (issue #4, round
recall38): advice told or warned to a state's own people, travel warnings, removing office-holders, burning
weapons, throttling platforms, water cannon turned on crowds, restored entry, an announced dissolution and naval
shows of force; each bounded so that its ordinary use stays no event. Sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text,expected", [
    ("The foreign ministry told its citizens to avoid travelling to Belarus.", ("REQUEST", None, "told")),
    ("The Norwegian navy warned the fishing boats to leave the area.", ("REQUEST", "yield", "warned")),
    ("The State Department issued a travel warning for Haiti on Monday.", ("REQUEST", None, "warning")),
    ("The ministry repeated its travel advisory for Lebanon.", ("REQUEST", None, "advisory")),
    ("The president told Hamas to free the hostages by Friday.", ("REQUEST", "yield", "told")),
    ("FARC rebels burned their weapons at a ceremony in La Guajira.", ("RETREAT", "disarm", "burned")),
    ("The Interior Ministry removed the elected mayors of Van and Siirt.", ("SANCTION", "expel", "removed")),
    ("The governor suspended the mayor of Sao Paulo from office on Tuesday.", ("SANCTION", "expel", "suspended")),
    ("The authorities throttled access to Twitter for two days.", ("COERCE", "censor", "throttled")),
    ("Police turned water cannon on the protesters outside parliament in Tbilisi.",
     ("ASSAULT", "crowd-control", "turned")),
    ("Moscow restored visa-free entry for Chinese tourists last year.", ("CONCEDE", None, "restored")),
    ("The Basque group ETA announced its dissolution in May 2018.", ("CONCEDE", None, "dissolution")),
    ("The minister hails the withdrawal as a breakthrough.", ("SUPPORT", None, "hails")),
    ("Ankara designated the group a banned organisation in 2019.", ("SANCTION", "discontinue", "designated")),
    ("A Chinese coast guard formation sailed through the waters near Second Thomas Shoal.",
     ("MOBILIZE", "weapons", "sailed")),
    ("The destroyer USS Mason sailed through the Taiwan Strait on Tuesday.", ("MOBILIZE", "weapons", "sailed")),
])
def test_advice_removals_disarming_and_shows_of_force(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "The ferry sailed through the strait on Monday.",
    "The president announced the dissolution of parliament.",
    "The mayor removed the statue from the square.",
    "The league suspended him for three games.",
    "She told reporters that the talks would resume on Friday.",
])
def test_their_ordinary_senses_are_no_such_events(extract, text):
    types = {t for t, _, _ in events_of(extract, text)}
    assert not types & {"MOBILIZE", "CONCEDE", "SANCTION", "REQUEST"}


def test_a_warning_of_harm_stays_a_threat(extract):
    text = "In the letter he warned that Russia would exercise its right to respond if NATO sent troops."
    assert ("THREATEN", "violence", "warned") in events_of(extract, text)
    assert not any(t == "REQUEST" for t, _, _ in events_of(extract, text))
