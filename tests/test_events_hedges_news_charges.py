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


@pytest.mark.parametrize("text,event,told", [
    # a murder told as done stays an attack
    ("Gunmen murdered a judge outside the courthouse in Bogotá on Monday.", ("ASSAULT", "murdered"), True),
    # news told of what was done (a perfect, or a past clause opened by "that") is no order; an order to leave is one
    ("The village chief told reporters by telephone that soldiers had returned to the village overnight.",
     ("REQUEST", "told"), False),
    ("A fisherman told the BBC that the coast guard withdrew from the island in March.", ("REQUEST", "told"), False),
    ("The army told residents of the border villages to leave before nightfall on Sunday.", ("REQUEST", "told"), True),
    # a participle before its noun hedges it or gives its standing: the act behind it is presupposed, not reported
    ("Prosecutors in Lagos are investigating the alleged bribery of two judges.", ("ACCUSE", "alleged"), False),
    ("The coast guard seized two boats carrying alleged smugglers off the coast of Yemen.", ("ACCUSE", "alleged"), False),
    ("The opposition alleged on Tuesday that the vote had been rigged in three provinces.", ("ACCUSE", "alleged"), True),
    ("Police fired tear gas at supporters of the jailed opposition leader in Dhaka on Sunday.", ("COERCE", "jailed"),
     False),
])
def test_an_act_told_or_only_presupposed(extract, text, event, told):
    assert (event in _events(extract, text)) is told


@pytest.mark.parametrize("text,participle,told", [
    ("Aid agencies delivered tents to displaced families in the besieged town of Kadugli on Friday.", "besieged", False),
    ("A court in Dhaka jailed the opposition leader for five years on Sunday.", "jailed", True),
])
def test_a_participle_before_its_noun_tells_a_standing_not_an_act(extract, text, participle, told):
    assert (participle in [e[1] for e in _events(extract, text)]) is told


def test_the_dead_of_a_riot_are_that_riot(extract):
    """eval/CONVENTIONS.md rule 9, for violence read as a riot: one PROTEST riot, its dead no act of their own."""
    text = "Rioters torched a police station in Birgunj on Tuesday night, killing two officers."
    assert _events(extract, text) == [("PROTEST", "torched")]
