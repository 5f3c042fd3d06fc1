"""Events in styles the project first met in its seventh blind round: think-tank campaign assessments (forces
advancing, counterattacking, offensive operations), incident reconstructions and human-rights press releases
(crowds dispersed with water cannon, protesters chased and beaten, entry bans, suspended partnerships).
Sentences written for these tests."""

from __future__ import annotations


def _events(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def _event(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, _events(doc)
    return found[0]


def _doers(doc, trigger):
    event = _event(doc, trigger)
    return event.type, [a.text for a in event.actors]


def test_troops_advancing_near_a_town_fight_for_it_a_team_advancing_to_a_final_does_not(extract):
    doc = extract("Syrian troops advanced along the highway toward Aleppo on Tuesday.", published="2024-12-04")
    advanced = doc.events[0]
    assert (advanced.trigger.text, advanced.type, [a.text for a in advanced.actors]) == \
        ("advanced", "ASSAULT", ["Syrian troops"])
    assert extract("The team advanced to the final on Tuesday.", published="2024-12-04").events == []


def test_a_counterattack_by_troops_is_an_assault(extract):
    doc = extract("On Sunday the rebels counterattacked near the airport.", published="2024-12-02")
    assert [(e.trigger.text, e.type, e.date.value) for e in doc.events] == [("counterattacked", "ASSAULT", "2024-12-01")]


def test_offensive_operations_are_fighting_a_rescue_operation_is_not(extract):
    doc = extract("The army resumed offensive operations in the north on Friday.", published="2024-12-02")
    assert _events(doc) == [("operations", "ASSAULT")]
    rescue = extract("The army began a rescue operation in the north on Friday.", published="2024-12-02")
    assert [e.type for e in rescue.events if e.trigger.text == "operation"] == []


def test_dispersing_a_crowd_with_water_cannon_is_an_assault_without_a_weapon_a_restriction(extract):
    doc = extract("Police dispersed the crowd with water cannon on Saturday.", published="2024-11-04")
    dispersed = doc.events[0]
    assert (dispersed.type, dispersed.mode, [r.text for r in dispersed.recipients]) == \
        ("ASSAULT", "crowd-control", ["crowd"])  # the water cannon is what it was done with
    plain = extract("Police dispersed the crowd on Saturday.", published="2024-11-04").events[0]
    assert (plain.type, plain.mode) == ("COERCE", "restrict")


def test_police_chasing_protesters_restrict_them_and_beating_them_with_batons_assaults_them(extract):
    doc = extract("Officers chased the students down the hill and beat them with truncheons.", published="2024-11-04")
    assert _events(doc) == [("chased", "COERCE"), ("beat", "ASSAULT")]
    beat = doc.events[1]
    assert ([a.text for a in beat.actors], [r.text for r in beat.recipients]) == (["Officers"], ["them"])


def test_a_person_beaten_named_by_a_pronoun_is_assaulted(extract):
    doc = extract("The journalist was taken to hospital after she had been beaten.", published="2024-11-04")
    beaten = _event(doc, "beaten")
    assert (beaten.type, beaten.actors, [r.text for r in beaten.recipients]) == ("ASSAULT", [], ["she"])


def test_entry_bans_are_sanctions_and_suspending_a_partnership_is_one(extract):
    doc = extract("Finland imposed entry bans on three judges on Monday.", published="2024-11-12")
    assert [(e.trigger.text, e.type, [r.text for r in e.recipients]) for e in doc.events] == \
        [("imposed", "SANCTION", ["three judges"])]
    doc = extract("Canada suspended its partnership with the junta on Monday.", published="2024-11-12")
    assert [(e.trigger.text, e.type, [r.text for r in e.recipients]) for e in doc.events] == \
        [("suspended", "SANCTION", ["junta"])]


def test_excessive_force_and_violence_against_people_are_assaults(extract):
    doc = extract("The ombudsman criticised the use of excessive force against students.", published="2024-11-12")
    assert ("force", "ASSAULT") in _events(doc)
    doc = extract("The envoy deplored the violence against journalists.", published="2024-11-12")
    assert ("violence", "ASSAULT") in _events(doc)


def test_an_object_pronoun_the_parser_made_a_subject_is_the_object_of_its_clause(extract):
    doc = extract("The union named two ministers whom it holds responsible for the crackdown.", published="2024-11-12")
    holds = _event(doc, "holds")
    assert ([a.text for a in holds.actors], [r.text for r in holds.recipients]) == (["it"], ["two ministers"])


def test_calling_a_named_leader_is_a_phone_call_and_a_date_after_it_is_no_call_on(extract):
    doc = extract("Chancellor Olaf Scholz called Emmanuel Macron on Wednesday.", published="2024-11-08")
    assert [(e.trigger.text, e.type, e.mode, [a.text for a in e.actors], e.date.value) for e in doc.events] == \
        [("called", "CONSULT", "phone", ["Chancellor Olaf Scholz", "Emmanuel Macron"], "2024-11-06")]
    doc = extract("On Wednesday the chancellor called on Ankara to reopen the border.", published="2024-11-08")
    assert [(e.trigger.text, e.type) for e in doc.events if e.trigger.text == "called"] == [("called", "REQUEST")]


def test_shells_landing_close_to_a_building_strike_it(extract):
    doc = extract("Mortar shells landed close to the clinic on Monday, killing two nurses.", published="2024-11-08")
    assert _events(doc) == [("landed", "ASSAULT")]


def test_a_present_tense_verb_tagged_as_a_plural_noun_after_a_predicate_is_that_verb(extract):
    doc = extract('The general calls the raid "a failure" and apologises to the families.', published="2024-11-08")
    assert _doers(doc, "apologises") == ("SUPPORT", ["general"])


def test_a_name_given_in_a_relative_clause_is_no_phone_call(extract):
    doc = extract("Days later his generals fired a new missile, which he calls Burevestnik, at a plant in Kharkiv.",
                  published="2024-11-08")
    assert ("calls", "CONSULT") not in _events(doc)


def test_a_timeline_heading_dates_the_paragraphs_under_it(extract):
    text = ("Thursday, 7 March.\n\nThe convoy reaches the checkpoint at noon.\n\n"
            "In Amman, the foreign minister summons the ambassador.\n\n"
            "Saturday, 9 March.\n\nThe agency urges both sides to let the trucks through.")
    doc = extract(text, published="2024-03-11")
    assert [(e.trigger.text, e.type, e.date.value) for e in doc.events] == [
        ("summons", "ACCUSE", "2024-03-07"), ("urges", "REQUEST", "2024-03-09")]


def test_a_village_placed_by_a_bearing_is_ground_taken_in_fighting(extract):
    doc = extract("Army units captured Pishchane, southwest of Kupiansk, on Tuesday.", published="2024-11-08")
    captured = doc.events[0]
    assert (captured.type, captured.location.text) == ("ASSAULT", "Pishchane")


def test_a_city_struck_is_where_the_strike_fell_though_tagged_a_person(extract):
    doc = extract("Russian forces struck Kryvyi Rih with a ballistic missile on Tuesday.", published="2024-11-08")
    assert (doc.events[0].type, doc.events[0].location.text) == ("ASSAULT", "Kryvyi Rih")


def test_a_past_tense_verb_after_an_infinitive_is_the_subjects_own_act_not_what_was_refused(extract):
    doc = extract("The governor refused to resign and accused the council of sabotage.", published="2024-11-08")
    assert _doers(doc, "accused") == ("ACCUSE", ["governor"])


def test_saying_a_party_will_face_punishment_threatens_it_a_harm_of_the_past_does_not(extract):
    doc = extract("The minister said the organisers would face punishment and thanked the police.",
                  published="2024-11-08")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("said", "THREATEN", ["minister"]), ("thanked", "SUPPORT", ["minister"])]
    doc = extract("The minister said the raid was revenge for the bombing.", published="2024-11-08")
    assert [e.type for e in doc.events if e.trigger.text == "said"] == []


def test_a_name_after_a_politician_or_blogger_says_who_was_detained(extract):
    doc = extract("Police detained the blogger Ruslan Ahmadov on Friday.", published="2024-11-08")
    assert [r.text for r in doc.events[0].recipients] == ["Ruslan Ahmadov"]


def test_assaults_repelled_are_the_attackers_act_beside_the_defenders(extract):
    doc = extract("Border guards repelled 12 rebel assaults on Thursday.", published="2024-11-08")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("repelled", "ASSAULT"), ("assaults", "ASSAULT")]
