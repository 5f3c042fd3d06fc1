"""Event types: arrests and other coercion, the reductions, retreats, concessions and joint actions of
the PLOVER manual, and disasters that stay no violence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.evaluate import plover, snippets


def types_of(extract, text):
    return [(e.type, e.mode) for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text,trigger,mode", [
    ("The reporter was taken into custody at the border post.", "taken", "arrest"),
    ("Forty students have been held in detention since the sit-in.", "held", "arrest"),
    ("The court sent the blogger to prison for four years.", "sent", "arrest"),
    ("Soldiers raided the homes of two teachers and took their phones.", "raided", "seize"),
    ("Police captured the fugitive in a farmhouse.", "captured", "arrest"),
    ("The rebels captured the airport on Friday.", "captured", "seize"),
    ("The coast guard intercepted a boat carrying 90 migrants.", "intercepted", "restrict"),
    ("The governor declared a curfew in the port district.", "declared", "curfew"),
    ("Police pushed back the demonstrators from the square.", "pushed", "restrict"),
    ("The government shut down the internet in the north.", "shut", "withhold"),
    ("The ministry suspended the opposition newspaper for a month.", "suspended", "censor"),
    ("A court dissolved the main opposition party.", "dissolved", "restrict"),
])
def test_arrests_and_coercion(extract, text, trigger, mode):
    evs = extract(text, published="2024-05-02").events
    coerce = [e for e in evs if e.type == "COERCE"]
    assert [(e.trigger.text, e.mode) for e in coerce] == [(trigger, mode)]
    assert text[coerce[0].trigger.start:coerce[0].trigger.end] == trigger


def test_captured_fighters_are_an_act_of_war(extract):
    """PLOVER: combatants captured in a conflict are ASSAULT abduct, not an arrest."""
    assert types_of(extract, "The army captured 12 insurgents near the river.") == [("ASSAULT", "abduct")]


def test_a_participle_describing_the_object_is_no_event_of_its_own(extract):
    assert types_of(extract, "The gang freed the abducted nurses on Sunday.") == [("RETREAT", "release")]


@pytest.mark.parametrize("text,mode", [
    ("Police fired tear gas at the crowd.", "crowd-control"),
    ("Officers used water cannon on the marchers.", "crowd-control"),
])
def test_crowd_control_is_assault(extract, text, mode):
    assert ("ASSAULT", mode) in types_of(extract, text)


@pytest.mark.parametrize("text", [
    "Rioters torched a police car in the suburb.",
    "Protesters hurled stones at the riot police.",
])
def test_violence_by_rioters_is_a_riot(extract, text):
    assert ("PROTEST", "riot") in types_of(extract, text)
    assert not [t for t, _ in types_of(extract, text) if t == "ASSAULT"]


@pytest.mark.parametrize("text,mode", [
    ("Hungary withdrew its ambassador from Kyiv.", "withdraw"),
    ("The UN pulled its monitors out of the region.", "withdraw"),
    ("Belgium pulled out of the defence pact.", "withdraw"),
    ("Peru closed its embassy in Caracas.", "withdraw"),
    ("The alliance expelled the country from its council.", "expel"),
    ("The bank suspended lending to the government.", "discontinue"),
    ("Ottawa banned imports of the country's steel.", "discontinue"),
])
def test_reductions_of_relations_are_sanctions(extract, text, mode):
    assert ("SANCTION", mode) in types_of(extract, text)


@pytest.mark.parametrize("text,mode", [
    ("Both armies observed the truce on Sunday.", "ceasefire"),
    ("The government admitted international inspectors to the plant.", "access"),
    ("The rebels returned the bodies of four soldiers.", "release"),
    ("The governor stepped down on Friday.", "resign"),
    ("The fighters gave up their weapons at the camp.", "disarm"),
])
def test_retreats(extract, text, mode):
    assert ("RETREAT", mode) in types_of(extract, text)


@pytest.mark.parametrize("text", [
    "The government agreed to the strikers' demands.",
    "The regime legalised two opposition parties.",
    "The unions ended their strike after the pay offer.",
    "Prosecutors dropped the charges against the activist.",
])
def test_concessions(extract, text):
    assert "CONCEDE" in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text,type_", [
    ("Ghana and Togo held joint patrols on the lake.", "COOPERATE"),
    ("Turkish and Azerbaijani troops began war games near the border.", "COOPERATE"),
    ("The Greek navy began war games in the Aegean.", "MOBILIZE"),
    ("Italy handed over the suspect to Spain.", "COOPERATE"),
    ("The two agencies exchanged intelligence on the cell.", "COOPERATE"),
])
def test_joint_actions_are_cooperation_and_a_single_army_s_drill_a_mobilization(extract, text, type_):
    assert type_ in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text,type_", [
    ("The premier spoke by phone with the emir.", "CONSULT"),
    ("Thousands took to the streets of Lima.", "PROTEST"),
    ("Warehouse workers marched against the closures.", "PROTEST"),
    ("Rebels violated the ceasefire agreement twice in one night.", "ASSAULT"),
])
def test_phrasal_triggers(extract, text, type_):
    assert type_ in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text", [
    "Two freight trains collided in the tunnel, killing both drivers.",
    "A minibus plunged off a bridge, killing 14 passengers.",
    "A curfew was lifted after the floods receded.",
])
def test_accidents_are_no_violence(extract, text):
    assert not [t for t, _ in types_of(extract, text) if t in ("ASSAULT", "PROTEST", "COERCE")]


@pytest.mark.parametrize("text", [
    "The new rules free small farmers from the tax.",
    "The power station uses gas to generate electricity.",
    "Volunteers freed a dog trapped under the car.",
])
def test_ordinary_senses_are_no_events(extract, text):
    assert types_of(extract, text) == []


def test_the_plover_halves_split_by_id_parity():
    records = [{"id": f"PLOVER-GSR01-AGREE-{n:04d}"} for n in range(1, 6)]
    assert [r["id"][-1] for r in plover.half(records, "dev")] == ["1", "3", "5"]
    assert [r["id"][-1] for r in plover.half(records, "held-out")] == ["2", "4"]
    assert plover.half(records, None) == records


@pytest.mark.parametrize("batch", ["dev", "held-out"])
def test_snippets_meet_the_bar(extract, batch):
    """The issue's bar on the project's own snippets: violent, protest, arrest and diplomatic events
    typed right at least 0.85 of the time; under 0.10 of disasters coded as ASSAULT, PROTEST or COERCE."""
    result = snippets.evaluate(snippets.load(snippets.default_path(), batch), extract)
    typed = sum(result["right"].values()) / sum(result["total"].values())
    violent = sum(result["violent"].values()) / sum(result["disasters"].values())
    assert typed >= 0.85, result["wrong"]
    assert violent < 0.10, result["wrong"]
