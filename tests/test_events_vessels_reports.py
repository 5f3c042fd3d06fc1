"""Round recall24 (issue #4): what is done to ships and craft, told with the ship as subject ("came under fire", "was
boarded", "her crew were taken off"), weapons and waves of an attack as doers, a passive's agent as the doer a sense
asks for, the phrasal verbs of refusal, rescue, arrest and cooperation, a committee's recommendations and a speaker's
courtesy, and lists of different means. Sentences written for these tests."""

from __future__ import annotations

import pytest


def acts(doc, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in doc.events]


def run(extract, text):
    return acts(extract(text, published="2025-07-18"), text)


def one(extract, text, trigger):
    doc = extract(text, published="2025-07-18")
    found = [e for e in doc.events if text[e.trigger.start:e.trigger.end] == trigger]
    assert len(found) == 1, acts(doc, text)
    return found[0]


@pytest.mark.parametrize("text,expected", [
    ("The convoy came under fire near the border crossing.", ("ASSAULT", None, "fire")),
    ("A container ship, hit by four missiles, sank off the coast.", ("ASSAULT", None, "hit")),
    ("Militia fighters set off explosive charges on the deck of the freighter.", ("ASSAULT", "explosives", "set")),
    ("The tanker was boarded on Monday, 40 miles off the port.", ("COERCE", "seize", "boarded")),
    ("Fighters later boarded the drifting hull.", ("COERCE", "seize", "boarded")),
    ("Pirates boarded the bulker before dawn.", ("ASSAULT", None, "boarded")),
    ("The crew were taken off by a coast guard helicopter.", ("AID", None, "taken")),
    ("A destroyer took off her crew on Tuesday.", ("AID", None, "took")),
    ("A passing merchant vessel picked up all 22 people on board.", ("AID", None, "picked")),
    ("The merchant vessel took the crew of the freighter to a nearby port.", ("AID", None, "took")),
    ("A fishing boat brought the survivors ashore.", ("AID", None, "brought")),
])
def test_what_is_done_to_a_ship_told_from_the_ship(extract, text, expected):
    assert expected in run(extract, text)


def test_the_ship_under_fire_is_the_recipient_and_the_missiles_of_a_reduced_passive_the_doers(extract):
    event = one(extract, "The convoy came under fire near the border crossing.", "fire")
    assert [r.text for r in event.recipients] == ["convoy"]
    event = one(extract, "A container ship, hit by four missiles, sank off the coast.", "hit")
    assert ([a.text for a in event.actors], [r.text for r in event.recipients]) == (["four missiles"], ["container ship"])


def test_a_boarded_vessel_is_what_the_seizure_is_done_to(extract):
    event = one(extract, "Coast guard personnel boarded two navy boats near the shoal.", "boarded")
    assert (event.type, [r.text for r in event.recipients]) == ("COERCE", ["two navy boats"])


@pytest.mark.parametrize("text", [
    "The minister came under fire from opposition lawmakers over the deal.",
    "Passengers boarded the ferry in Piraeus on Monday.",
    "A storm knocked out power across the island on Sunday.",
    "A huge wave knocked out the ferry's engines and killed two passengers.",
])
def test_criticism_travel_and_weather_are_no_attack_or_seizure(extract, text):
    assert not [a for a in run(extract, text) if a[0] in ("ASSAULT", "COERCE")]


def test_an_ordinal_wave_after_weapons_is_the_attack_s(extract):
    text = ("Small boats and drones laden with explosives attacked the bulk carrier on Monday. "
            "The first wave knocked out her propulsion and killed three seafarers.")
    assert run(extract, text) == [("ASSAULT", None, "attacked"), ("ASSAULT", "destroy", "knocked")]


@pytest.mark.parametrize("text,expected", [
    ("The minister turned down the request for an escort.", ("REJECT", None, "turned")),
    ("The court threw out the petitions of three candidates.", ("REJECT", None, "threw")),
    ("The tribunal dismissed the challenge brought by the opposition.", ("REJECT", None, "dismissed")),
    ("The authorities barred an aircraft from landing at the airport.", ("REJECT", None, "barred")),
    ("The opposition leader was picked up by police on Tuesday.", ("COERCE", "arrest", "picked")),
    ("The company said it was working with the Philippine authorities to bring the crew home.",
     ("COOPERATE", None, "working")),
    ("The air force contributed four fighter aircraft to the mission.", ("MOBILIZE", "troops", "contributed")),
    ("On 3 March the United States paused deliveries of military aid to Ukraine.",
     ("SANCTION", "discontinue", "paused")),
    ("Youths burned tyres at crossroads across the city.", ("PROTEST", "riot", "burned")),
    ("We recommend that the Government publish the full report.", ("REQUEST", None, "recommend")),
])
def test_phrasal_and_plain_verbs_of_refusal_arrest_cooperation_forces_and_requests(extract, text, expected):
    assert expected in run(extract, text)


def test_a_paused_delivery_is_no_aid_and_the_company_asked_then_turned_down_is_the_rejection_s_recipient(extract):
    assert run(extract, "On 3 March the United States paused deliveries of military aid to Ukraine.") == [
        ("SANCTION", "discontinue", "paused")]
    event = one(extract, "The company asked the navy for an escort and was turned down.", "turned")
    assert (event.type, [r.text for r in event.recipients]) == ("REJECT", ["company"])


def test_the_recommendation_is_put_to_the_party_of_its_clause(extract):
    event = one(extract, "We recommend that the Government publish the full report.", "recommend")
    assert [r.text for r in event.recipients] == ["Government"]


def test_a_crew_taken_to_a_town_by_its_captors_or_the_injured_to_hospital_is_no_rescue(extract):
    assert not [a for a in run(extract, "The militia took the crew to the port town of Ras Isa.") if a[0] == "AID"]
    assert run(extract, "The injured were taken to the city hospital.") == []


def test_working_with_children_or_picking_up_survivors_is_no_cooperation_or_arrest(extract):
    assert run(extract, "She has worked with children in the camp for ten years.") == []
    assert run(extract, "A navy frigate picked up the survivors at dawn.") == [("AID", None, "picked")]


@pytest.mark.parametrize("text", [
    "Finally, I wish to thank the staff of the mission for their work.",
    "We would like to thank the people of Norway for their hospitality.",
])
def test_a_speaker_s_courtesy_before_thanks_is_the_thanks(extract, text):
    doc = extract(text, published="2025-07-18")
    assert [(e.type, e.modality) for e in doc.events] == [("SUPPORT", "asserted")]


def test_a_wish_to_thank_later_stays_an_intention(extract):
    doc = extract("The minister wants to visit the troops next month.", published="2025-07-18")
    assert [(e.type, e.modality) for e in doc.events] == [("AGREE", "future")]


def test_a_coercion_told_as_the_aim_of_tear_gas_is_part_of_it(extract):
    assert run(extract, "Police fired tear gas to disperse the crowd.") == [("ASSAULT", "crowd-control", "fired")]
    assert run(extract, "The police dispersed the protesters with tear gas.") == [
        ("ASSAULT", "crowd-control", "dispersed")]


def test_listed_means_of_different_kinds_are_acts_of_their_own(extract):
    assert run(extract, "The army responded with artillery fire and air strikes on several towns.") == [
        ("ASSAULT", "heavy-weapons", "fire"), ("ASSAULT", "aerial", "strikes")]
    assert run(extract, "The army continued to conduct air strikes and demolitions north of the river.") == [
        ("ASSAULT", "aerial", "strikes"), ("ASSAULT", "destroy", "demolitions")]


def test_signing_an_executive_order_and_troops_backed_by_drones_are_no_support(extract):
    assert not [a for a in run(extract, "The same day the president signed an order imposing an extra tariff on steel.")
                if a[0] == "SUPPORT"]
    assert not [a for a in run(extract, "The army sent hundreds of troops backed by drones and armoured vehicles into "
                                        "the three towns.") if a[0] == "SUPPORT"]
    assert run(extract, "The two leaders signed a defence pact in Moscow.") == [("SUPPORT", None, "signed")]
    assert ("SUPPORT", None, "backed") in run(extract, "The opposition party backed the candidate in the runoff.")


@pytest.mark.parametrize("text,expected", [
    ("Army bulldozers tore up the main roads into the camp for a second day.", ("ASSAULT", "destroy", "tore")),
    ("Fighters at the checkpoint turned back three trucks of medicines on Tuesday.", ("COERCE", "restrict", "turned")),
    ("Police carried out searches of homes and offices in the capital.", ("COERCE", "seize", "searches")),
])
def test_roads_torn_up_trucks_turned_back_and_searches_named_as_nouns(extract, text, expected):
    assert expected in run(extract, text)


def test_a_budget_torn_up_and_a_search_for_survivors_are_no_coercion(extract):
    assert run(extract, "The new government tore up the old budget.") == []
    assert run(extract, "The supply ships turned back to Cyprus with 240 tonnes of food still aboard.") == []
    assert not [a for a in run(extract, "Rescuers called off the search for survivors.") if a[0] == "COERCE"]
