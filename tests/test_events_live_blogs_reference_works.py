"""Events in the styles of blind round 16 (a newspaper live blog, an encyclopedia article with note marks):
interceptions, people hurt, a direct hit, recaptured escapees, acts named by a charge, contrastive clauses,
and the places that simultaneous clauses, routes and restated regions give. Examples written for this file."""

from __future__ import annotations


def events(nlp, text, published):
    doc = nlp(text, published=published)
    return [(e.type, text[e.trigger.start:e.trigger.end], [a.text for a in e.actors], [r.text for r in e.recipients],
             e.location.text if e.location else None) for e in doc.events]


def test_missiles_intercepted_are_shot_down_and_a_contrasted_hit_is_an_act_of_its_own(nlp):
    text = "Most of the rockets were intercepted by the air force, though a small number hit Haifa and Acre."
    assert events(nlp, text, "2024-10-01") == [
        ("ASSAULT", "intercepted", ["air force"], ["rockets"], None),
        ("ASSAULT", "hit", ["small number"], ["Haifa", "Acre"], "Haifa"),
    ]


def test_people_hurt_by_shrapnel_and_a_building_taking_a_direct_hit(nlp):
    assert events(nlp, "Paramedics said two people in Haifa were lightly hurt by shrapnel.", "2024-10-01") == [
        ("ASSAULT", "hurt", ["shrapnel"], ["two people"], "Haifa")]
    assert events(nlp, "A school in Ashdod took a direct hit.", "2024-10-01") == [
        ("ASSAULT", "hit", [], ["school"], "Ashdod")]


def test_a_policy_that_hurts_an_economy_is_no_assault(nlp):
    assert events(nlp, "Higher fuel prices hurt the economy last year.", "2024-10-01") == []


def test_recaptured_escapees_are_arrested_not_ground_retaken(nlp):
    assert events(nlp, "Police later recaptured 40 of the escapees.", "2024-12-27") == [
        ("COERCE", "recaptured", ["Police"], ["escapees"], None)]


def test_describing_an_act_as_an_attack_accuses(nlp):
    found = events(nlp, "The bar association described the shooting as an attack on the justice system.", "2024-10-20")
    assert found[0] == ("ACCUSE", "described", ["bar association"], [], None)


def test_a_condemned_murder_refers_back_to_its_gunmen_not_to_the_bullets(nlp):
    text = ("Gunmen shot dead a lawyer in Maputo. His car was struck by twenty bullets. "
            "The United Nations condemned the murder.")
    condemned = [e for e in events(nlp, text, "2024-10-20") if e[0] == "ACCUSE"]
    assert condemned == [("ACCUSE", "condemned", ["United Nations"], ["Gunmen"], None)]


def test_a_clause_of_the_same_moment_places_the_act(nlp):
    found = events(nlp, "Police fired tear gas at reporters as they spoke to the press in Nampula.", "2024-10-21")
    assert found[0] == ("ASSAULT", "fired", ["Police"], ["reporters"], "Nampula")
    assert events(nlp, "Gunmen shot dead two men as they drove through central Beira.", "2024-10-19") == [
        ("ASSAULT", "shot", ["Gunmen"], ["two men"], "Beira")]


def test_a_region_restated_after_a_comma_leaves_the_town_as_the_place(nlp):
    found = events(nlp, "A man was killed by falling debris in Jericho, in the occupied West Bank.", "2024-10-01")
    assert [e[4] for e in found] == ["Jericho"]


def test_a_surname_after_at_is_the_person_not_a_village(nlp):
    text = "Venâncio Mondlane called for calm. Police fired tear gas at Mondlane and at journalists in Maputo."
    fired = [e for e in events(nlp, text, "2024-10-21") if e[1] == "fired"]
    assert fired == [("ASSAULT", "fired", ["Police"], ["Mondlane"], "Maputo")]


def test_a_date_run_into_the_subject_leaves_the_subject_its_name(nlp):
    assert events(nlp, "On 5 November South Africa closed the border post.", "2024-11-06")[0][:3] == (
        "COERCE", "closed", ["South Africa"])


def test_barring_someone_from_entering_is_a_rejection(nlp):
    assert events(nlp, "Israel barred the envoy from entering the country.", "2024-10-02") == [
        ("REJECT", "barred", ["Israel"], ["envoy"], None)]


def test_a_crossing_that_reopens_eases_a_closure(nlp):
    found = events(nlp, "The crossing reopened on 7 November.", "2024-11-24")
    assert [e[:2] for e in found] == [("RETREAT", "reopened")]


def test_stoppages_are_strikes_unless_what_stops_is_named(nlp):
    assert [e[:2] for e in events(nlp, "Further stoppages followed on 24 and 25 October.", "2024-11-24")] == [
        ("PROTEST", "stoppages")]
    assert all(e[0] != "PROTEST" for e in events(nlp, "The ministry ordered a stoppage of production.", "2024-11-24"))


def test_speaking_to_the_press_is_no_consultation(nlp):
    assert events(nlp, "The candidate spoke to the press in Maputo.", "2024-10-21") == []
    assert [e[:4] for e in events(nlp, "Blinken spoke to Wang Yi on Tuesday.", "2024-11-24")] == [
        ("CONSULT", "spoke", ["Blinken", "Wang Yi"], [])]


def test_supporters_called_on_are_the_request_recipients(nlp):
    text = "Mondlane rejected the ruling and called on his supporters to shut down the country."
    assert events(nlp, text, "2024-12-24")[1] == ("REQUEST", "called", ["Mondlane"], ["his supporters"], None)


def test_a_date_read_into_the_opening_phrase_gives_the_verb_back_its_subject(nlp):
    text = "The crossing reopened on 7 November. On 5 November South Africa closed the Lebombo border post."
    closed = [e for e in events(nlp, text, "2024-11-24") if e[1] == "closed"]
    assert closed == [("COERCE", "closed", ["South Africa"], [], None)]


def test_the_name_of_a_closed_crossing_says_which_crossing_not_whom(nlp):
    assert events(nlp, "On Tuesday Israel closed the Allenby crossing.", "2024-10-01") == [
        ("COERCE", "closed", ["Israel"], [], "Allenby crossing")]
    assert events(nlp, "Israeli troops shut the Al Jazeera office in Ramallah.", "2024-10-01") == [
        ("COERCE", "shut", ["Israeli troops"], ["Al Jazeera"], "Ramallah")]


def test_the_one_a_participle_describes_holds_the_meeting_it_opens(nlp):
    # (the body met with is an actor too: the PLOVER manual gives every participant of a meeting as an actor)
    text = 'Netanyahu, opening a meeting of his security cabinet: "We will respond."'
    assert events(nlp, text, "2024-10-01")[0] == ("CONSULT", "meeting", ["Netanyahu", "his security cabinet"], [], None)


def test_people_killed_in_clashes_are_among_their_recipients(nlp):
    found = events(nlp, "Thirty-three prisoners were killed in clashes with guards, the police chief said.", "2024-12-25")
    assert found == [("ASSAULT", "clashes", [], ["guards", "Thirty-three prisoners"], None)]


def test_a_participle_that_leads_on_to_a_later_act_does_not_date_the_noun(nlp):
    doc = nlp("From 31 October, Mondlane called for a week of protests culminating in a march on Maputo on 7 November.",
              published="2024-12-31")
    dates = {doc.text[e.trigger.start:e.trigger.end]: e.date.value for e in doc.events}
    assert dates == {"protests": "2024-10-31", "march": "2024-11-07"}
