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
    # ... as does a break-in at a person's home: the home is what the crowd falls on
    ("In Lahore, crowds broke into the home of Ahmad Raza, a ruling party senator, on Saturday.", ("PROTEST", "broke")),
    ("Protesters set fire to the private homes of Mr Khan in Peshawar.", ("PROTEST", "set")),
])
def test_a_lynching_is_an_assault_a_riot_stays_a_protest(extract, text, event):
    assert event in _events(extract, text)
    assert not [e for e in _events(extract, text) if e[1] == event[1] and e[0] != event[0]]


@pytest.mark.parametrize("text,asker,asked", [
    ("The rights group urged the police to free the detained students, to drop the charges and to investigate the "
     "beatings.", "urged", ["drop", "investigate"]),
    ("The opposition called for an end to the violence and for a national dialogue.", "called", ["dialogue"]),
    ("The bishops appealed to the protesters to end the blockade and come forward for dialogue.", "appealed",
     ["dialogue"]),
])
def test_every_act_a_request_asks_for_is_its_content(extract, text, asker, asked):
    """CONVENTIONS rule 6: one REQUEST, the acts it asks for give its mode and are no events (what they act on, such
    as the beatings to be investigated, is told as fact, as before)."""
    found = _events(extract, text)
    assert ("REQUEST", asker) in found
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


@pytest.mark.parametrize("text,trigger,told", [
    # the name a group gives itself is no call for anything; the act it does stays
    ("Officers calling themselves National Council for the Defence of the Homeland seized the state broadcaster in "
     "Niamey.", "calling", False),
    ("Officers calling themselves National Council for the Defence of the Homeland seized the state broadcaster in "
     "Niamey.", "seized", True),
    ("The union called for a general strike in Niamey on Monday.", "called", True),
])
def test_the_name_a_group_gives_itself_is_no_call(extract, text, trigger, told):
    assert any(e[1] == trigger for e in _events(extract, text)) is told


@pytest.mark.parametrize("text,kept,folded", [
    # the meeting a journey or a visit was for is that one meeting
    ("The Kenyan president visited Addis Ababa for talks with Prime Minister Abiy Ahmed on Monday.", "visited", "talks"),
    ("The junta leader flew to Kunming on Tuesday for the Mekong-Lancang summit.", "flew", "summit"),
    ("The two foreign ministers met in Geneva on Monday for talks on the border.", "met", "talks"),
])
def test_the_meeting_a_visit_was_for_is_one_meeting(extract, text, kept, folded):
    found = _events(extract, text)
    assert ("CONSULT", kept) in found
    assert not [e for e in found if e[1] == folded]


def test_talks_told_with_no_act_of_their_own_kind_stay(extract):
    """A journey the lexicon does not know as a visit leaves the talks to stand for the meeting."""
    assert ("CONSULT", "talks") in _events(extract, "Macron went to Noumea on 23 May for talks with both camps.")
