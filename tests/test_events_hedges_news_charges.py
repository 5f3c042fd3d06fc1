"""Event type precision on unseen text (session 25, round prec35): a crime a party is charged with is the charge's
content, news told of what was done is no order, a participle before its noun ("alleged", "jailed") tells a standing
and no act, and the dead of a riot are that riot. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,trigger", [
    ("A court in Nairobi charged the former police commander with murder and abuse of office on Monday.", "charged"),
    ("The general was charged with treason, murder and crimes against humanity in Juba on Thursday.", "charged"),
])
def test_the_crime_a_party_is_charged_with_is_the_charge(extract, text, trigger):
    """PLOVER codes the charge (ACCUSE allege); the murder it names is a legal category, not an attack told as fact."""
    assert [e for e in _events(extract, text) if e[0] in ("ACCUSE", "ASSAULT")] == [("ACCUSE", trigger)]


def test_a_murder_told_as_done_stays_an_attack(extract):
    text = "Gunmen murdered a judge outside the courthouse in Bogotá on Monday."
    assert ("ASSAULT", "murdered") in _events(extract, text)


@pytest.mark.parametrize("text", [
    "The village chief told reporters by telephone that soldiers had returned to the village overnight.",
    "A fisherman told the BBC that the coast guard withdrew from the island in March.",
])
def test_news_told_of_what_was_done_is_no_order(extract, text):
    assert not [e for e in _events(extract, text) if e == ("REQUEST", "told")]


def test_telling_a_party_to_leave_is_an_order(extract):
    text = "The army told residents of the border villages to leave before nightfall on Sunday."
    assert ("REQUEST", "told") in _events(extract, text)


@pytest.mark.parametrize("text", [
    "Prosecutors in Lagos are investigating the alleged bribery of two judges.",
    "The coast guard seized two boats carrying alleged smugglers off the coast of Yemen.",
])
def test_a_participle_that_hedges_a_noun_accuses_no_one(extract, text):
    assert not [e for e in _events(extract, text) if e[1] == "alleged"]


@pytest.mark.parametrize("text,participle", [
    ("Police fired tear gas at supporters of the jailed opposition leader in Dhaka on Sunday.", "jailed"),
    ("Aid agencies delivered tents to displaced families in the besieged town of Kadugli on Friday.", "besieged"),
])
def test_a_participle_before_its_noun_tells_a_standing_not_an_act(extract, text, participle):
    """The act that jailed or besieged is presupposed, not reported: no event for it."""
    assert participle not in [e[1] for e in _events(extract, text)]


def test_jailing_told_as_done_is_an_act(extract):
    text = "A court in Dhaka jailed the opposition leader for five years on Sunday."
    assert "jailed" in [e[1] for e in _events(extract, text)]


def test_alleging_in_a_clause_of_its_own_is_an_accusation(extract):
    text = "The opposition alleged on Tuesday that the vote had been rigged in three provinces."
    assert ("ACCUSE", "alleged") in _events(extract, text)


def test_the_dead_of_a_riot_are_that_riot(extract):
    """eval/CONVENTIONS.md rule 9, for violence read as a riot: one PROTEST riot, its dead no act of their own."""
    text = "Rioters torched a police station in Birgunj on Tuesday night, killing two officers."
    assert _events(extract, text) == [("PROTEST", "torched")]
