"""Events: the families of verbs and event nouns a writer uses for one act (session 16, round recall23), from
sentences written for these tests: results told with any verb of killing, disabling and engaging targets, air
incursions, verdicts given to an object, dismay and evidence-gathering, undertakings and stated commitments,
warships sent and bombers flown, boarding by a state's crew, coercion considered, a mediator's role left, payments
ended, meetings on the calendar."""

from __future__ import annotations

import pytest


def _acts(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def _one(doc, type_):
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, _acts(doc)
    return found[0]


@pytest.mark.parametrize("text, result, victims", [
    ("Gunmen opened fire on worshippers outside the mosque, murdering twelve people.", "murdering", "twelve people"),
    ("Rebels shelled the market on Friday, massacring dozens of traders.", "massacring", "traders"),
])
def test_a_participle_of_murder_or_massacre_after_an_attack_is_an_act_of_its_own(extract, text, result, victims):
    doc = extract(text, published="2025-03-02")
    harm = [e for e in doc.events if e.trigger.text == result]
    assert len(harm) == 1 and harm[0].type == "ASSAULT", _acts(doc)
    assert [r.text for r in harm[0].recipients] == [victims]
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2


def test_putting_a_system_out_of_action_and_knocking_out_tanks_are_attacks(extract):
    doc = extract("The radar station at Kandar has been put out of action.", published="2025-05-09")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("put", "ASSAULT", "destroy")]
    doc = extract("Army gunners knocked out two enemy tanks near the river.", published="2025-05-09")
    e = _one(doc, "ASSAULT")
    assert (e.trigger.text, [a.text for a in e.actors]) == ("knocked", ["Army gunners"])


def test_fire_directed_at_a_place_is_an_attack_on_it(extract):
    doc = extract("Enemy fire was directed at schools and clinics in the town.", published="2025-05-09")
    e = _one(doc, "ASSAULT")
    assert e.trigger.text == "directed"
    assert [r.text for r in e.recipients] == ["schools", "clinics"]


def test_drones_forcing_their_way_into_airspace_are_an_attack(extract):
    doc = extract("About 200 drones tried to penetrate the country's airspace overnight.", published="2025-05-09")
    e = _one(doc, "ASSAULT")
    assert e.trigger.text == "penetrate"


def test_a_movement_defeated_in_the_field_is_fought_but_a_bill_defeated_is_not(extract):
    doc = extract("The rebel movement was defeated in 2013 by the national army.", published="2025-09-15")
    e = _one(doc, "ASSAULT")
    assert ([a.text for a in e.actors], [r.text for r in e.recipients]) == (["national army"], ["rebel movement"])
    assert extract("The bill was defeated in the Senate on Tuesday.", published="2025-09-15").events == []


def test_engaging_intruders_is_fighting_them_but_engaging_in_talks_is_not(extract):
    doc = extract("Border troops engaged a group of intruders near the fence overnight.", published="2025-05-09")
    assert _acts(doc) == [("engaged", "ASSAULT")]
    doc = extract("The envoy engaged the rebels in talks on Monday.", published="2025-05-09")
    assert _acts(doc) == [("engaged", "CONSULT")]


def test_a_genocide_named_is_an_act_of_its_own(extract):
    doc = extract("Kigali has accused Kinshasa of arming a militia founded by perpetrators of the 1994 genocide.",
                  published="2025-09-15")
    assert ("genocide", "ASSAULT") in _acts(doc)


def test_a_cessation_of_hostilities_that_takes_effect_is_a_ceasefire_observed(extract):
    doc = extract("The cessation of hostilities took effect at noon.", published="2025-05-10")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("cessation", "RETREAT", "ceasefire")]


def test_a_ceasefire_whose_relative_clause_says_it_took_effect_is_observed(extract):
    doc = extract("The Luanda talks produced a ceasefire that took effect on 4 August but never fully held.",
                  published="2025-09-15")
    e = _one(doc, "RETREAT")
    assert (e.trigger.text, e.mode) == ("ceasefire", "ceasefire")


def test_undertaking_to_act_is_a_promise_but_undertaking_a_review_is_not(extract):
    doc = extract("Under the deal, Rwanda undertook to withdraw its troops.", published="2025-07-01")
    assert _acts(doc) == [("undertook", "AGREE")]
    assert extract("The ministry undertook a review of the rules.", published="2025-07-01").events == []


def test_a_commitment_stated_as_a_standing_one_is_an_agreement(extract):
    doc = extract("The armed forces remain committed to a ceasefire.", published="2025-05-10")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("committed", "AGREE")]


@pytest.mark.parametrize("text, trigger", [
    ("Trump replied the next day, calling him an illegal drug leader.", "calling"),
    ("UN experts have called the strikes extrajudicial executions.", "called"),
    ("The foreign minister called the vote a farce.", "called"),
])
def test_a_verdict_given_to_an_object_accuses_and_calls_no_one(extract, text, trigger):
    doc = extract(text, published="2025-10-20")
    e = _one(doc, "ACCUSE")
    assert e.trigger.text == trigger
    assert all(e.type != "CONSULT" for e in doc.events)


def test_calling_a_minister_is_still_a_call(extract):
    doc = extract("The defence minister called the president on Tuesday.", published="2025-10-20")
    assert _acts(doc) == [("called", "CONSULT")]


@pytest.mark.parametrize("text, trigger", [
    ("The WHO said it was appalled by reports that patients had been shot.", "appalled"),
    ("The judges said they remained deeply concerned about the living conditions of civilians.", "concerned"),
])
def test_dismay_said_as_the_speakers_state_disapproves(extract, text, trigger):
    doc = extract(text, published="2025-11-01")
    e = _one(doc, "ACCUSE")
    assert (e.trigger.text, e.mode) == (trigger, "disapprove")


def test_collecting_evidence_of_acts_is_investigating_them(extract):
    doc = extract("The prosecutor's office said it was collecting evidence of the killings in the city.",
                  published="2025-11-01")
    e = _one(doc, "ACCUSE")
    assert (e.trigger.text, e.mode) == ("collecting", "investigate")


def test_an_attack_attributed_to_a_party_accuses_it_but_a_rise_attributed_to_inflation_does_not(extract):
    doc = extract("The bombing was attributed by the government to the cartel.", published="2025-10-26")
    e = _one(doc, "ACCUSE")
    assert (e.trigger.text, e.mode) == ("attributed", "allege")
    doc = extract("The bank attributed the rise in prices to inflation.", published="2025-10-26")
    assert all(e.type != "ACCUSE" for e in doc.events), _acts(doc)


def test_robbing_people_is_looting(extract):
    doc = extract("The gang robbed the villagers of their phones and money.", published="2025-11-01")
    e = _one(doc, "ASSAULT")
    assert (e.trigger.text, e.mode) == ("robbed", "destroy")


def test_a_navy_boarding_a_boat_seizes_it_while_pirates_boarding_one_attack_it(extract):
    doc = extract("The navy boarded a fishing boat and held it for eight hours.", published="2025-10-26")
    assert ("boarded", "COERCE") in _acts(doc) and ("boarded", "ASSAULT") not in _acts(doc)
    doc = extract("Pirates boarded a tanker off the coast of Somalia.", published="2025-10-26")
    assert _acts(doc) == [("boarded", "ASSAULT")]


def test_warships_sent_and_bombers_flown_are_forces_deployed_and_jets_sent_to_an_ally_are_aid(extract):
    doc = extract("The Pentagon is sending an aircraft carrier toward the Caribbean.", published="2025-10-26")
    assert _acts(doc) == [("sending", "MOBILIZE")]
    doc = extract("B-52 bombers flew near the coast on Wednesday.", published="2025-10-26")
    assert _acts(doc) == [("flew", "MOBILIZE")]
    doc = extract("The United States sent tanks and jets to Ukraine.", published="2025-10-26")
    assert _acts(doc) == [("sent", "AID")]


def test_troops_moving_up_and_an_exercise_with_warships_are_mobilisations(extract):
    doc = extract("Enemy troops have been seen moving up to forward areas.", published="2025-05-09")
    assert _acts(doc) == [("moving", "MOBILIZE")]
    doc = extract("The defence minister led an exercise with warships and 2,500 troops.", published="2025-09-20")
    assert _acts(doc) == [("exercise", "MOBILIZE")]


def test_coercion_a_leader_says_he_is_considering_is_a_threat(extract):
    doc = extract("The president said he was considering strikes on land.", published="2025-10-15")
    assert _acts(doc) == [("considering", "THREATEN")]


def test_withdrawing_as_mediator_and_ending_payments_are_sanctions(extract):
    doc = extract("Ankara withdrew as mediator in March.", published="2025-04-01")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("withdrew", "SANCTION", "withdraw")]
    doc = extract("Trump announced the end of all payments and subsidies to Colombia.", published="2025-10-20")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("end", "SANCTION", "discontinue")]
    assert extract("The talks came to an end on Friday.", published="2025-10-20").events == []


def test_a_meeting_on_the_calendar_is_agreed_like_a_speakers_own(extract):
    """eval/CONVENTIONS.md, rule 2: a meeting told in the future is AGREE, whoever tells it."""
    doc = extract("Zelensky will meet Trump in the Oval Office on Monday afternoon.", published="2025-08-17")
    e = _one(doc, "AGREE")
    assert (e.trigger.text, e.modality) == ("meet", "future")
    doc = extract("This week I will be meeting with President Zelenskyy in Washington.", published="2025-08-17")
    assert _acts(doc) == [("meeting", "AGREE")]


def test_a_charge_against_a_person_accuses_them(extract):
    doc = extract("The judge read out the charge against him.", published="2025-03-14")
    e = _one(doc, "ACCUSE")
    assert (e.trigger.text, e.mode, [r.text for r in e.recipients]) == ("charge", "allege", ["him"])


def test_an_event_noun_in_a_phrase_of_the_scene_is_an_act_of_its_own(extract):
    doc = extract("The leaders agreed on the trip during a video call on Sunday afternoon.", published="2025-08-17")
    assert _acts(doc) == [("agreed", "AGREE"), ("call", "CONSULT")]


def test_a_participle_taking_a_second_measure_of_another_kind_is_an_act_of_its_own(extract):
    doc = extract("Rwanda broke off relations with Belgium the same day, giving Belgian diplomats 48 hours to leave.",
                  published="2025-03-17")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [
        ("broke", "SANCTION", "withdraw"), ("giving", "SANCTION", "expel")]


def test_a_relative_clause_with_its_own_doer_is_that_doers_act(extract):
    doc = extract("The RSF said it had accepted a truce that the mediators had put to both sides.",
                  published="2025-11-06")
    put = [e for e in doc.events if e.trigger.text == "put"]
    assert [(e.type, [a.text for a in e.actors]) for e in put] == [("AGREE", ["mediators"])]
    assert ("accepted", "AGREE") in _acts(doc)


def test_a_verdict_told_by_a_light_noun_accuses(extract):
    doc = extract("The minister described the offensive as a declaration of war.", published="2025-01-27")
    e = _one(doc, "ACCUSE")
    assert (e.trigger.text, e.mode) == ("described", "disapprove")


def test_sanctions_a_party_says_it_would_keep_tightening_are_a_threat(extract):
    doc = extract("The European leaders said they would keep tightening sanctions on Russia.", published="2025-08-16")
    e = _one(doc, "THREATEN")
    assert (e.trigger.text, e.modality) == ("sanctions", "future")


def test_an_attack_that_will_be_answered_decisively_is_a_threat(extract):
    doc = extract("Any further attack by the militia will be answered decisively.", published="2025-05-10")
    assert [(e.trigger.text, e.mode) for e in doc.events if e.type == "THREATEN" and e.trigger.text == "answered"] \
        == [("answered", "violence")]
    assert extract("The question will be answered in the report.", published="2025-05-10").events == []


def test_a_tariff_that_takes_effect_is_a_sanction(extract):
    doc = extract("The extra tariff on India takes effect on 27 August.", published="2025-08-17")
    e = _one(doc, "SANCTION")
    assert (e.trigger.text, [r.text for r in e.recipients]) == ("tariff", ["India"])


def test_putting_a_proposal_to_the_parties_is_offering_it(extract):
    doc = extract("On Monday the mediators put the proposal to both sides.", published="2025-08-17")
    e = _one(doc, "AGREE")
    assert (e.trigger.text, [a.text for a in e.actors]) == ("put", ["mediators"])


def test_warplanes_that_flew_near_a_coast_are_a_show_of_force(extract):
    doc = extract("Washington sent B-52 bombers that flew near the coast on 15 October.", published="2025-10-26")
    assert _acts(doc) == [("sent", "MOBILIZE"), ("flew", "MOBILIZE")]


@pytest.mark.parametrize("text", [
    "Petro accused the American officials of murder.",
    "The UN rights chief has accused the militia of summary executions of people trying to flee.",
])
def test_the_crime_a_party_is_accused_of_is_the_charge_not_an_act(extract, text):
    doc = extract(text, published="2025-10-20")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("accused", "ACCUSE")]


def test_an_act_named_by_what_a_speaker_called_it_is_no_act_of_its_own(extract):
    doc = extract("Lebanon's prime minister appealed to the international community to stop what he called Israel's "
                  "aggression.", published="2024-10-01")
    assert _acts(doc) == [("appealed", "REQUEST")]


def test_a_threat_in_the_second_half_of_a_warning_is_that_warning(extract):
    doc = extract("Iran's president warned Netanyahu late on Tuesday that Iran was not a warmonger but would answer "
                  "any threat firmly.", published="2024-10-01")
    assert _acts(doc) == [("warned", "THREATEN")]


def test_talks_a_party_convened_stay_one_meeting(extract):
    doc = extract("The army joined the talks the United States convened in Geneva on 19 August.",
                  published="2024-08-22")
    assert [e.type for e in doc.events].count("CONSULT") == 1, _acts(doc)
