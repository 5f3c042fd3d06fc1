"""Event type precision on unseen text (session 26, round prec37): a crowd's violence that kills or falls on one
person is an assault, not a riot; every act a request asks for, in a second infinitive or a second "for" phrase, is
the request's content and no event of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,event", [
    # a crowd's violence on one person, or violence that kills, is a lynching: ASSAULT
    ("A crowd attacked the mayor of Kisumu outside the town hall on Friday.", ("ASSAULT", "attacked")),
    ("The deputy minister was attacked by a mob in a market in Lahore.", ("ASSAULT", "attacked")),
    ("A mob beat two police officers to death in Kasese on Saturday.", ("ASSAULT", "beat")),
    # violence against a group or against property stays a riot (PLOVER PROTEST riot)
    ("Youths stoned the police in Kibera on Monday.", ("PROTEST", "stoned")),
    ("Protesters attacked the embassies of France and Belgium in Kinshasa.", ("PROTEST", "attacked")),
    ("Protesters set fire to the ruling party's offices in Nairobi.", ("PROTEST", "set")),
])
def test_a_lynching_is_an_assault_a_riot_stays_a_protest(extract, text, event):
    assert event in _events(extract, text)
    assert not [e for e in _events(extract, text) if e[1] == event[1] and e[0] != event[0]]


@pytest.mark.parametrize("text,request,asked", [
    ("The rights group urged the police to free the detained students, to drop the charges and to investigate the "
     "beatings.", "urged", ["drop", "investigate", "beatings"]),
    ("The opposition called for an end to the violence and for a national dialogue.", "called", ["dialogue"]),
    ("The bishops appealed to the protesters to end the blockade and come forward for dialogue.", "appealed",
     ["dialogue"]),
])
def test_every_act_a_request_asks_for_is_its_content(extract, text, request, asked):
    """CONVENTIONS rule 6: one REQUEST, the acts it asks for give its mode and are no events."""
    found = _events(extract, text)
    assert ("REQUEST", request) in found
    assert not [e for e in found if e[1] in asked]


@pytest.mark.parametrize("text,event", [
    # an act told beside the request, with a doer of its own, stays
    ("The court ordered the government to release the activists, and the police arrested ten more on Friday.",
     ("COERCE", "arrested")),
    ("The opposition called for a national dialogue and held talks with the church leaders in Kinshasa.",
     ("CONSULT", "talks")),
])
def test_an_act_beside_a_request_stays(extract, text, event):
    assert event in _events(extract, text)
