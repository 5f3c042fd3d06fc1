"""Event recall and precision on conflict reporting (session 18, round recall25): what a charge says is no act told
as fact; orders that move forces are MOBILIZE; police clearing streets and crowds breaking into shops; manner
phrases; negated acceptance; a headline's infinitive. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return [(e.type, e.mode, e.trigger.text, e.modality) for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,trigger", [
    ("The defence ministry accused the militia of firing on a school in the border town.", "accused"),
    ("The governor blamed the rebels for shelling the market on Sunday.", "blamed"),
    ("Prosecutors charged two men with assaulting a police officer.", "charged"),
    ("The ministry accused the militia of shelling villages after the ceasefire had taken effect.", "accused"),
])
def test_the_conduct_a_charge_names_is_its_content(extract, text, trigger):
    """PLOVER codes the accusation (ACCUSE allege); the firing, shelling or assault it alleges is not told as fact."""
    assert _events(extract, text) == [("ACCUSE", "allege", trigger, "asserted")]


@pytest.mark.parametrize("text,mode,trigger,recipient", [
    # what people are arrested for is no act of theirs
    ("Officers arrested dozens of people on Tuesday night for breaking the curfew or refusing to disperse.",
     "arrest", "arrested", "people"),
    # reporters kept from their work are censored (manual COERCE censor)
    ("Journalists were prevented from filming at three polling stations.", "censor", "prevented", "Journalists"),
])
def test_one_coercion_and_whom_it_is_done_to(extract, text, mode, trigger, recipient):
    events = extract(text, published="2025-06-11").events
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [("COERCE", mode, trigger)]
    assert [r.text for r in events[0].recipients] == [recipient]


def test_a_party_a_charge_clause_describes_keeps_its_own_act(extract):
    """"founded by perpetrators of the 1994 genocide" describes the militia: the genocide is history told as fact."""
    text = "The minister accused the neighbouring state of arming a militia founded by perpetrators of the 1994 genocide."
    assert ("ASSAULT", "genocide") in [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,trigger", [
    ("The defence secretary ordered 900 Marines from their base in Arizona to the capital.", "ordered"),
    ("The president ordered another 3,000 Guard troops into federal service on Monday.", "ordered"),
    ("The navy ordered a second aircraft carrier to the eastern Mediterranean.", "ordered"),
    ("The governor signed an order placing 1,500 members of the state Guard under federal command.", "placing"),
    ("The Kremlin put its strategic forces on high alert.", "put"),
    ("About 400 Guard soldiers took up positions outside the courthouse early on Sunday.", "took"),
])
def test_orders_that_move_or_ready_forces_are_mobilizations(extract, text, trigger):
    moves = [e for e in extract(text, published="2025-06-11").events if e.type == "MOBILIZE"]
    assert [(e.trigger.text, e.mode) for e in moves] == [(trigger, "troops")]
    assert text[moves[0].trigger.start:moves[0].trigger.end] == trigger


def test_an_order_with_an_infinitive_is_no_deployment(extract):
    text = "The general ordered the troops to withdraw from the town."
    assert "MOBILIZE" not in [e.type for e in extract(text, published="2025-06-11").events]


@pytest.mark.parametrize("text,actor", [
    ("Riot police cleared the square before dawn.", "Riot police"),
    ("State troopers cleared the highway by early evening.", "State troopers"),
])
def test_law_enforcers_clearing_a_street_restrict_movement(extract, text, actor):
    """Manual, ASSAULT ambiguities: pushing people back with no crowd-control weapon named is COERCE restrict."""
    events = extract(text, published="2025-06-11").events
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [("COERCE", "restrict", "cleared")]
    assert [a.text for a in events[0].actors] == [actor]


def test_volunteers_clearing_a_road_coerce_no_one(extract):
    assert _events(extract, "Volunteers cleared the road after the storm.") == []


def test_crowds_breaking_into_shops_riot(extract):
    text = "Late on Monday crowds broke into shops in the old town, carrying goods out through smashed windows."
    assert _events(extract, text)[:1] == [("PROTEST", "riot", "broke", "asserted")]


def test_rocks_dropped_by_rioters_are_a_riot(extract):
    text = "Rioters dropped rocks onto police cars from an overpass."
    assert _events(extract, text) == [("PROTEST", "riot", "dropped", "asserted")]


@pytest.mark.parametrize("text,event", [
    ("Several ambassadors resigned in protest after the vote.", ("RETREAT", "resign", "resigned", "asserted")),
    ("A roadside bomb wounded four soldiers on patrol near the border.", ("ASSAULT", None, "wounded", "asserted")),
])
def test_a_bare_noun_of_manner_or_state_is_no_event(extract, text, event):
    """"in protest" says how they resigned, "on patrol" what the soldiers were doing: one event each."""
    assert _events(extract, text) == [event]


def test_a_protest_with_a_determiner_is_one(extract):
    text = "Thousands took part in the protest against the new law."
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("PROTEST", "protest")]


def test_a_patrol_car_is_no_deployment(extract):
    text = "Protesters hurled stones at two patrol cars on the bridge."
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("PROTEST", "hurled")]


@pytest.mark.parametrize("text,trigger", [
    ("The opposition leader said she did not recognise the results of the vote.", "recognise"),
    ("The rebels have not accepted the peace plan.", "accepted"),
])
def test_not_accepting_in_any_tense_is_a_rejection(extract, text, trigger):
    """PLOVER REJECT: all rejections and refusals; not recognising a result is no concession denied."""
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("REJECT", trigger)]


@pytest.mark.parametrize("text", [
    "Kinshasa accused Kigali of arming the M23 rebels, which Kigali denied.",
    "Washington accused Tehran of supplying drones to Moscow, a charge Tehran denied.",
])
def test_a_denial_told_in_a_relative_clause_on_the_charge_is_no_act(extract, text):
    """The denial comments on the charge just told; only the accusation is reported."""
    assert [(e.type, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [("ACCUSE", "accused")]


@pytest.mark.parametrize("text", [
    "Witnesses blamed the militia, which denied responsibility for the attack.",
    "The army denied shelling the camp near Goma.",
])
def test_a_denial_in_its_own_clause_or_by_the_relative_s_noun_is_a_rejection(extract, text):
    assert "REJECT" in [e.type for e in extract(text, published="2025-06-11").events if e.trigger.text == "denied"]


def test_an_act_not_done_stays_negated(extract):
    assert _events(extract, "The two leaders did not meet in Geneva.") == [("CONSULT", None, "meet", "negated")]


@pytest.mark.parametrize("text,trigger,mode", [
    ("Observers said a party agent was assaulted outside a polling station.", "assaulted", None),
    ("Lawyers described the ill-treatment of detainees in the jail.", "treatment", "beat"),
])
def test_assaults_and_ill_treatment_are_assault(extract, text, trigger, mode):
    assert [(e.type, e.trigger.text, e.mode) for e in extract(text, published="2025-06-11").events
            if e.type == "ASSAULT"] == [("ASSAULT", trigger, mode)]


def test_two_measures_of_coercion_in_one_clause_are_two_events(extract):
    text = "The period was marked by the dispersal of peaceful assemblies and by several hundred detentions."
    assert [(e.type, e.mode, e.trigger.text) for e in extract(text, published="2025-06-11").events] == [
        ("COERCE", "restrict", "dispersal"), ("COERCE", "arrest", "detentions")]


def test_a_headline_infinitive_lies_ahead(extract):
    """"Commanders to meet today" is "will meet": a meeting told as future is AGREE (eval/CONVENTIONS.md rule 2)."""
    text = "Border fighting leaves 30 dead; army commanders to meet this morning"
    assert ("AGREE", None, "meet", "future") in _events(extract, text)


def test_a_strike_on_a_reactor_hits_a_target(extract):
    text = "On Thursday warplanes hit the research reactor outside the city."
    events = extract(text, published="2025-06-11").events
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "hit")]
    assert [r.text for r in events[0].recipients] == ["research reactor"]


def test_a_court_declining_to_rule_rejects_and_declining_to_comment_is_nothing(extract):
    assert [(e.type, e.trigger.text) for e in extract("The judge declined to rule on the request and set a hearing "
                                                      "for Friday.", published="2025-06-11").events] == [
        ("REJECT", "declined")]
    assert _events(extract, "The spokesman declined to comment on the report.") == []


def test_a_board_finding_a_state_in_non_compliance_accuses_it(extract):
    events = extract("The agency's board found Syria in non-compliance with its obligations on Friday.",
                     published="2025-06-11").events
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [("ACCUSE", "allege", "found")]
    assert [r.text for r in events[0].recipients] == ["Syria"]


@pytest.mark.parametrize("text", [
    'The governor called the order "deliberately inflammatory" on Sunday night.',
    "The mayor called the curfew unconstitutional.",
])
def test_calling_an_act_a_word_of_condemnation_accuses(extract, text):
    assert [(e.type, e.mode, e.trigger.text) for e in extract(text, published="2025-06-11").events
            if e.type == "ACCUSE"] == [("ACCUSE", "disapprove", "called")]


def test_calling_a_situation_calm_accuses_no_one(extract):
    assert _events(extract, "The minister called the situation calm.") == []


def test_property_damage_with_no_doer_after_a_protest_is_a_riot(extract):
    text = ("Thousands of protesters marched on parliament in Kathmandu on 9 September. "
            "By evening the offices of the ruling party were torched and shops were looted.")
    doc = extract(text, published="2025-09-10")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [
        ("marched", "PROTEST", "demo"), ("torched", "PROTEST", "riot"), ("looted", "PROTEST", "riot")]


def test_property_damage_after_an_armed_attack_stays_an_assault(extract):
    text = ("Militia fighters attacked the village of Kilo on Monday. "
            "Later houses were torched and shops were looted.")
    doc = extract(text, published="2025-09-10")
    assert [(e.trigger.text, e.type) for e in doc.events] == [
        ("attacked", "ASSAULT"), ("torched", "ASSAULT"), ("looted", "ASSAULT")]
    text = ("Protesters marched in Beirut on Friday. A UN convoy was attacked by a group of men near the airport, "
            "and one of its vehicles was set on fire.")
    assert [(e.trigger.text, e.type) for e in extract(text, published="2025-02-15").events][1:] == [
        ("attacked", "ASSAULT"), ("set", "ASSAULT")]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police fired tear gas as some people threw bottles and rocks at their vans in Paramount.", "threw", "people"),
    ("Youths pelted the police convoy with stones in Nairobi.", "pelted", "Youths"),
    ("Supporters of the former king clashed with police in Kathmandu on 28 March.", "clashed",
     "Supporters of the former king"),
])
def test_crowds_throwing_stones_and_clashing_with_police_riot(extract, text, trigger, actor):
    riot = next(e for e in extract(text, published="2025-06-10").events if e.trigger.text == trigger)
    assert (riot.type, riot.mode, [a.text for a in riot.actors]) == ("PROTEST", "riot", [actor])


@pytest.mark.parametrize("text, trigger", [
    ("Rebels clashed with police near the border on Monday.", "clashed"),
    ("Militants threw grenades at the army post.", "threw"),
])
def test_armed_men_clashing_or_throwing_grenades_attack(extract, text, trigger):
    event = next(e for e in extract(text, published="2025-06-10").events if e.trigger.text == trigger)
    assert event.type == "ASSAULT"


def test_withdrawing_a_ban_concedes_and_a_mobilisation_mobilizes(extract):
    doc = extract("Late on Monday the Nepali government withdrew the ban on social media.", published="2025-09-09")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("withdrew", "CONCEDE")]
    doc = extract("The Syrian tribes declared a general mobilisation on Thursday.", published="2025-07-18")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("mobilisation", "MOBILIZE", "troops")]
