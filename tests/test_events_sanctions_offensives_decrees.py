"""Events in styles the project first met in its seventh blind round: sanctions press releases (designations,
blocked property), day-by-day chronicles of an offensive (breaking through, driving an army out, opening a
front, taking ground from a named force) and live wire copy of an emergency decree and its reversal (sealed gates,
media placed under control, a decree declared void, troops sent back to barracks, resignations offered).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _triggers(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def _texts(mentions):
    return [m.text for m in mentions]


@pytest.mark.parametrize("text, expected", [
    ("By nightfall the fighters had broken through.", [("broken", "ASSAULT")]),
    ("The militia drove the army out of the town.", [("drove", "ASSAULT")]),
    ("The rebels opened a second front in the east.", [("opened", "ASSAULT")]),
    ("Armed factions rose up in the south.", [("rose", "ASSAULT")]),
    ("Rebel fighters entered the city of Homs.", [("entered", "ASSAULT")]),
    ("The defenders inflicted heavy losses on the attackers.", [("inflicted", "ASSAULT")]),
])
def test_fighting_for_ground_in_an_offensive_is_an_assault(extract, text, expected):
    assert _triggers(extract(text, published="2024-12-06")) == expected


def test_entering_a_city_as_a_visitor_or_driving_a_car_is_no_assault(extract):
    assert extract("The envoy entered the city on Monday.", published="2024-12-06").events == []
    assert extract("She drove the children out of town.", published="2024-12-06").events == []


def test_losses_inflicted_have_their_victims_as_recipients(extract):
    doc = extract("The army said it had inflicted heavy losses on the insurgents.", published="2024-12-06")
    inflicted = next(e for e in doc.events if e.trigger.text == "inflicted")
    assert _texts(inflicted.recipients) == ["insurgents"]


def test_ground_seized_from_an_armed_force_is_fought_for(extract):
    doc = extract("The rebels captured Deir Hafer from government troops.", published="2024-12-06")
    captured = next(e for e in doc.events if e.trigger.text == "captured")
    assert captured.type == "ASSAULT"
    assert "government troops" in _texts(captured.recipients)


def test_a_ceasefire_taking_effect_is_its_implementation(extract):
    doc = extract("The ceasefire between the two armies took effect at dawn on Sunday.", published="2024-12-06")
    assert ("ceasefire", "RETREAT") in _triggers(doc)


@pytest.mark.parametrize("text, expected", [
    ("The designation of Hezbollah as a terrorist organisation took effect in March.", [("designation", "SANCTION")]),
    ("All property of the designated firms is blocked.", [("blocked", "SANCTION")]),
    ("The shipping agent is being designated for having assisted the network.", [("designated", "SANCTION")]),
])
def test_sanctions_releases_designate_and_block(extract, text, expected):
    assert _triggers(extract(text, published="2024-06-17")) == expected


def test_a_designation_names_the_designated_party(extract):
    doc = extract("The designation of Hezbollah as a terrorist organisation took effect in March.",
                  published="2024-06-17")
    designation = doc.events[0]
    assert (_texts(designation.recipients), designation.date.value) == (["Hezbollah"], "2024-03")


def test_blocking_a_road_or_a_designation_of_a_site_is_no_sanction(extract):
    assert _triggers(extract("Protesters blocked the main road.", published="2024-06-17")) == [("blocked", "PROTEST")]
    assert extract("The designation of the old town as a heritage site pleased residents.",
                   published="2024-06-17").events == []


def test_funding_another_party_s_campaign_is_aid(extract):
    doc = extract("Oil sales helped fund the rebels' campaign of attacks.", published="2024-06-17")
    assert ("fund", "AID") in _triggers(doc)


@pytest.mark.parametrize("text, expected", [
    ("Police sealed the gates of the provincial assembly.", [("sealed", "COERCE")]),
    ("The junta placed the media under military control.", [("placed", "COERCE")]),
    ("The court declared the decree void.", [("declared", "REJECT")]),
    ("The governor postponed a visit to the border town.", [("postponed", "REJECT")]),
    ("The speaker told the troops to leave.", [("told", "REQUEST")]),
    ("After the vote the troops returned to their barracks.", [("returned", "RETREAT")]),
    ("The minister offered his resignation.", [("offered", "CONCEDE")]),
    ("The cabinet reversed course.", [("reversed", "CONCEDE")]),
    ("Hundreds of students scuffled with police outside the ministry.", [("scuffled", "PROTEST")]),
])
def test_a_night_of_emergency_rule_and_its_reversal(extract, text, expected):
    assert _triggers(extract(text, published="2024-12-04")) == expected


def test_the_speaker_s_order_names_whom_it_tells(extract):
    doc = extract("The speaker told the troops to leave.", published="2024-12-04")
    assert _texts(doc.events[0].recipients) == ["troops"]


def test_telling_reporters_or_sealing_a_deal_is_no_event(extract):
    assert extract("The minister told reporters to expect rain.", published="2024-12-04").events == []
    assert extract("The two firms sealed a deal on Monday.", published="2024-12-04").events == []


def test_watching_with_concern_is_disapproval(extract):
    doc = extract("Japan is watching the situation with grave concern.", published="2024-12-04")
    assert _triggers(doc) == [("concern", "ACCUSE")]


def test_a_readiness_to_hand_power_is_an_announced_retreat(extract):
    doc = extract("The prime minister said he was ready to hand power to an elected council.", published="2024-12-08")
    assert _triggers(doc) == [("hand", "CONCEDE")]


def test_a_ship_named_after_its_kind_is_no_place_and_the_victim_s_home_is_not_where_he_died(extract):
    doc = extract("Gunmen fired on the bulk carrier Mirella in the Red Sea, killing a sailor from Ghana.",
                  published="2024-06-17")
    places = {e.trigger.text: e.location.text if e.location else None for e in doc.events}
    assert places == {"fired": "Red Sea"}


def test_who_watches_with_concern_is_concerned(extract):
    doc = extract("Japan is watching the situation with grave concern.", published="2024-12-04")
    assert _texts(doc.events[0].actors) == ["Japan"]


def test_a_union_that_calls_a_strike_strikes_a_minister_who_calls_it_illegal_does_not(extract):
    doc = extract("The dockers' union called a general strike.", published="2024-12-04")
    strike = next(e for e in doc.events if e.trigger.text == "strike")
    assert (strike.type, _texts(strike.actors)) == ("PROTEST", ["dockers' union"])
    doc = extract("The minister called the strike illegal.", published="2024-12-04")
    assert ("called", "ACCUSE") in _triggers(doc)
    assert all(_texts(e.actors) != ["minister"] for e in doc.events if e.trigger.text == "strike")


def test_the_owner_of_a_campaign_of_attacks_made_them(extract):
    doc = extract("Oil money keeps up the rebels' campaign of raids on border towns.", published="2024-06-17")
    raids = next(e for e in doc.events if e.trigger.text == "raids")
    assert _texts(raids.actors) == ["rebels"]


def test_troops_going_back_to_their_bases_act_on_no_one(extract):
    doc = extract("After the vote the troops returned to their barracks.", published="2024-12-04")
    assert (doc.events[0].type, _texts(doc.events[0].recipients)) == ("RETREAT", [])


def test_a_designated_agent_is_the_one_sanctioned(extract):
    doc = extract("The shipping agent is being designated for having assisted the network.", published="2024-06-17")
    assert _texts(doc.events[0].recipients) == ["shipping agent"]
