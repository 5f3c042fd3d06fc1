"""Event recall on unseen conflict and constitutional reporting (session 19, round recall26): weapons tests, aerial
weapons brought down, border closures against a neighbour, impeachment, walkouts, forces pulling out, police
storming premises, advances and ceasefires, a group pronoun standing for the force named before. Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return [(e.type, e.mode, e.trigger.text) for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,trigger", [
    ("North Korea test-fired two ballistic missiles into the sea on Tuesday.", "fired"),
    ("Pakistan test-launched a cruise missile from a submarine.", "launched"),
    ("Iran conducted a test launch of a new satellite rocket.", "launch"),
])
def test_a_weapons_test_is_a_show_of_readiness(extract, text, trigger):
    """Manual MOBILIZE weapons ("increase readiness of weapons systems"); the missile a test fires hits no one."""
    assert _events(extract, text) == [("MOBILIZE", "weapons", trigger)]


@pytest.mark.parametrize("text,trigger,target", [
    ("Soldiers brought down two drones near the border.", "brought", "two drones"),
    ("The army said its air defence units had neutralised 12 drones overnight.", "neutralised", "12 drones"),
    ("A radar site near the border was neutralised, the ministry said.", "neutralised", "radar site"),
])
def test_aerial_weapons_brought_down_or_neutralised_are_attacked(extract, text, trigger, target):
    events = extract(text, published="2025-06-11").events
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", trigger)]
    assert [r.text for r in events[0].recipients] == [target]


def test_a_border_shut_with_a_named_neighbour_is_a_sanction(extract):
    """Cutting off trade and travel with a state (manual SANCTION discontinue, CAMEO 163)."""
    events = extract("Thailand shut its border crossings with Cambodia on Saturday.", published="2025-06-11").events
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "discontinue")]
    assert [r.text for r in events[0].recipients] == ["Cambodia"]


def test_a_crossing_closed_with_no_state_named_stays_a_restriction(extract):
    assert _events(extract, "The army closed the Rafah crossing on Tuesday.") == [("COERCE", "restrict", "closed")]


def test_a_treaty_held_in_abeyance_is_suspended(extract):
    assert ("SANCTION", "discontinue", "held") in _events(extract, "Moscow held the grain agreement in abeyance.")


@pytest.mark.parametrize("text,trigger", [
    ("Parliament voted to impeach the president on Friday.", "impeach"),
    ("The opposition filed a motion to impeach the prime minister.", "impeach"),
    ("The Senate impeached the governor by 40 votes to 12.", "impeached"),
])
def test_impeaching_an_office_holder_is_a_formal_charge(extract, text, trigger):
    assert _events(extract, text) == [("ACCUSE", "allege", trigger)]


@pytest.mark.parametrize("text,type_,mode,trigger", [
    ("Opposition lawmakers walked out of the chamber before the vote.", "PROTEST", "boycott", "walked"),
    ("The acting president declined to appoint the new judges.", "REJECT", None, "declined"),
    ("The presidency called the vote null and void.", "ACCUSE", "disapprove", "called"),
    ("The regulator blocked two opposition television channels.", "COERCE", "censor", "blocked"),
    ("Riot police blocked the avenues leading to the square.", "COERCE", "restrict", "blocked"),
    ("The anti-terror agency took over the case on Thursday.", "ACCUSE", "investigate", "took"),
    ("Prosecutors applied for a warrant to arrest the former president.", "REQUEST", None, "applied"),
    ("The Treasury designated the group's spokesman.", "SANCTION", "discontinue", "designated"),
])
def test_acts_of_office_and_of_the_chamber(extract, text, type_, mode, trigger):
    assert _events(extract, text) == [(type_, mode, trigger)]


@pytest.mark.parametrize("text,trigger", [
    ("The investigators withdrew in the early afternoon.", "withdrew"),
    ("The fighters had left by early April.", "left"),
    ("Troops withdrew to the capital.", "withdrew"),
])
def test_a_force_pulling_out_retreats(extract, text, trigger):
    assert _events(extract, text) == [("RETREAT", "withdraw", trigger)]


def test_soldiers_leaving_their_barracks_do_not_retreat(extract):
    text = "Soldiers left their barracks and escorted the marchers to the square."
    assert "RETREAT" not in [e.type for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,trigger", [
    ("Gendarmes stormed the compound at night.", "stormed"),
    ("Police officers entered the compound before dawn.", "entered"),
])
def test_police_storming_or_entering_premises_raid_them(extract, text, trigger):
    """A raid by law enforcers is COERCE seize (as a police raid); gunmen storming a school attack it."""
    assert _events(extract, text) == [("COERCE", "seize", trigger)]
    assert _events(extract, "Gunmen stormed the school on Monday.") == [("ASSAULT", None, "stormed")]


def test_supporters_storming_a_building_riot(extract):
    """A leader's supporters storming a building riot (PLOVER PROTEST riot); supporters who clash stay ASSAULT."""
    text = "Hundreds of supporters of the former president stormed the courthouse."
    assert _events(extract, text) == [("PROTEST", "riot", "stormed")]


@pytest.mark.parametrize("text,trigger", [
    ("The rebels closed in on the city as the army fled.", "closed"),
    ("The militia resumed its advance towards the capital within days.", "advance"),
    ("The rebels advanced south on Monday. They took the airport on Tuesday.", "took"),
])
def test_pressing_an_offensive_is_fighting(extract, text, trigger):
    """A group pronoun subject stands for the force the sentence before names ("They took the airport")."""
    assert ("ASSAULT", trigger) in [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events]


def test_a_pronoun_with_no_force_before_it_takes_no_ground(extract):
    text = "The Democrats won the state in 2020. They took it again this year."
    assert "ASSAULT" not in [e.type for e in extract(text, published="2025-06-11").events]


def test_stopping_all_firing_in_the_future_is_a_declared_ceasefire(extract):
    """CONVENTIONS.md rule 4: a ceasefire announced, not yet observed, is CONCEDE."""
    text = "The army said both sides would stop all firing from midnight."
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("CONCEDE", "stop")]


def test_being_in_contact_with_leaders_is_consulting_them(extract):
    text = "The envoy had been in contact with both leaders over the weekend."
    events = extract(text, published="2025-06-11").events
    assert [(e.type, e.trigger.text) for e in events] == [("CONSULT", "contact")]
    assert [a.text for a in events[0].actors] == ["envoy", "leaders"]


def test_a_count_of_a_force_stands_for_the_force(extract):
    """A sense that asks for a kind of doer reads through a count: "dozens of troops" are troops."""
    assert _events(extract, "Dozens of troops entered the town on Monday.") == [("ASSAULT", None, "entered")]


def test_what_an_impeachment_is_for_is_its_charge(extract):
    """The conduct in the "for" clause of impeaching is the charge's content, no act told as fact."""
    text = "The deputies voted to impeach the governor for abandoning his post."
    assert _events(extract, text) == [("ACCUSE", "allege", "impeach")]


def test_police_ringing_a_building_cut_off_access(extract):
    text = "Police ringed the parliament with armoured vehicles before the vote."
    assert _events(extract, text) == [("COERCE", "restrict", "ringed")]


def test_a_copula_in_a_reported_clause_governs_its_noun(extract):
    text = "The envoy said that he had been in contact with both prime ministers."
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("CONSULT", "contact")]


def test_a_call_for_a_clause_of_its_own_is_a_request(extract):
    text = "The party leader called for the minister to be suspended from his duties."
    assert _events(extract, text) == [("REQUEST", None, "called")]
