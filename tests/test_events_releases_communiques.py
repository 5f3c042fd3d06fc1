"""Events in styles the project first met in its fourth blind round: military press releases (clock times
in a named zone, ships as doers, missiles shot down), numbered communiqués of a regional bloc (present-tense
decisions, "notes with concern", "reiterates its call on") and magazine features told in flashbacks.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _one(doc, type_):
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def _triggers(doc):
    return [(e.trigger.text, e.type, e.mode) for e in doc.events]


def test_a_clock_time_in_a_named_zone_lies_on_the_day_after_it(extract):
    text = ("Update, March 4, 2024\n\nAt approximately 10:20 p.m. (Aden time) on March 2, rebel boats fired two "
            "rockets at a cargo ship in the Gulf of Aden.")
    doc = extract(text, published="2024-03-04")
    fired = _one(doc, "ASSAULT")
    assert fired.date.value == "2024-03-02T22:20"
    assert fired.location.text == "Gulf of Aden"
    assert all(r.text != "Aden" for r in fired.recipients)


def test_both_ends_of_a_clock_range_lie_on_the_day_after_it(extract):
    doc = extract("Between 2 p.m. and 6 p.m. (Riyadh time) on Oct. 3, the coalition struck four radar sites.",
                  published="2024-10-05")
    assert [t.value for t in doc.timexes if t.type == "TIME"] == ["2024-10-03T14:00", "2024-10-03T18:00"]


def test_a_day_of_the_month_after_a_part_of_the_day_is_a_date(extract):
    text = ("On 14 May the miners walked out. The minister went on radio on the evening of the 15th. "
            "He called the strike reckless.")
    accuse = _one(extract(text, published="2024-06-01"), "ACCUSE")
    assert (accuse.trigger.text, accuse.mode, accuse.date.value) == ("called", "disapprove", "2024-05-15TEV")


def test_a_bare_day_of_the_month_takes_the_story_month_not_an_aside_month(extract):
    text = ("Eight days later, on 9 October, the board met. The chair, who had run the agency through the worst "
            "of August, resigned on the 11th.")
    resigned = _one(extract(text, published="2024-10-30"), "RETREAT")
    assert resigned.date.value == "2024-10-11"


@pytest.mark.parametrize("text,absent", [
    ("Gunmen attacked a Panama-flagged, Greek-owned tanker near the strait.", {"Panama", "Greece"}),
    ("Pirates boarded the M/V Coral Lisbon off the coast of Somalia.", {"Lisbon"}),
])
def test_a_flag_an_owner_or_a_ship_name_is_no_place(extract, text, absent):
    doc = extract(text, published="2024-05-01")
    assert all(e.location is None or e.location.text not in absent for e in doc.events)


def test_a_hyphened_participle_is_no_event(extract):
    doc = extract("Russian-backed separatists shelled the town.", published="2024-05-01")
    assert _triggers(doc) == [("shelled", "ASSAULT", "heavy-weapons")]


def test_a_status_participle_before_its_noun_is_no_event(extract):
    doc = extract("The council urged the junta to respect the agreed timetable.", published="2024-05-01")
    assert [(t, ty) for t, ty, _ in _triggers(doc)] == [("urged", "REQUEST")]


def test_what_is_shot_down_is_the_target_and_what_is_fired_is_not(extract):
    doc = extract("Two frigates shot down six drones. The militia fired four missiles.", published="2024-05-01")
    shot, fired = doc.events
    assert [r.text for r in shot.recipients] == ["six drones"]
    assert fired.recipients == []


def test_forces_deployed_are_no_recipient(extract):
    deployed = _one(extract("The interior minister deployed the National Guard.",
                            published="2024-05-01"), "MOBILIZE")
    assert deployed.recipients == []


def test_a_measure_marched_against_is_no_recipient(extract):
    marched = _one(extract("Thousands marched against the pension law in Lyon.", published="2024-05-01"), "PROTEST")
    assert marched.recipients == []


@pytest.mark.parametrize("text,trigger,type_,mode", [
    ("The assembly held an emergency session in Accra on Monday.", "held", "CONSULT", "multilateral"),
    ("The admiral held the rebels responsible for the sinking.", "held", "ACCUSE", "allege"),
    ("The mayor called the looting criminal.", "called", "ACCUSE", "disapprove"),
    ("The union regrets the decision of the board.", "regrets", "ACCUSE", "disapprove"),
    ("The Council notes with concern the situation in the north.", "notes", "ACCUSE", "disapprove"),
    ("The bar association challenged the decree in the Supreme Court.", "challenged", "ACCUSE", "allege"),
    ("The Authority mandates the commission to prepare a report.", "mandates", "REQUEST", None),
    ("The ministers express their gratitude to the government of Ghana.", "gratitude", "SUPPORT", None),
    ("After a week of pressure, the governor gave way.", "gave", "CONCEDE", None),
    ("The senators dropped the fuel taxes.", "dropped", "CONCEDE", None),
    ("The army denied shelling the market.", "denied", "REJECT", None),
    ("Demonstrators broke through police lines.", "broke", "PROTEST", "riot"),
    ("Protesters forced their way into the town hall.", "forced", "PROTEST", "riot"),
    ("Rioters set the customs office on fire.", "set", "PROTEST", "riot"),
    ("Burundi announced its withdrawal from the EAC.", "withdrawal", "SANCTION", "withdraw"),
])
def test_release_and_communique_triggers(extract, text, trigger, type_, mode):
    assert _triggers(extract(text, published="2024-05-01")) == [(trigger, type_, mode)]


def test_a_call_on_someone_is_a_request_and_a_distress_call_no_talk(extract):
    doc = extract("The bloc reiterates its call on the junta in Bamako to free the mayor.", published="2024-05-01")
    request = _one(doc, "REQUEST")
    assert (request.trigger.text, [r.text for r in request.recipients]) == ("call", ["junta"])
    doc = extract("The trawler issued a distress call.", published="2024-05-01")
    assert doc.events == []


def test_sanctions_imposed_on_a_state_are_a_sanction_on_it(extract):
    doc = extract("The bloc decides to lift the trade sanctions imposed on Gabon.", published="2024-05-01")
    imposed = next(e for e in doc.events if e.trigger.text == "imposed")
    assert (imposed.type, [r.text for r in imposed.recipients]) == ("SANCTION", ["Gabon"])


def test_a_decision_that_takes_effect_at_once_is_done_not_promised(extract):
    now = extract("The bloc decides to lift with immediate effect the sanctions on Gabon.", published="2024-05-01")
    later = extract("The bloc decided to lift the sanctions on Gabon next year.", published="2024-05-01")
    lifted = [e for e in now.events if e.trigger.text == "lift"]
    assert [e.type for e in lifted] == ["CONCEDE"] and lifted[0].modality != "future"
    assert [(e.type, e.modality) for e in later.events if e.trigger.text == "lift"] == [("CONCEDE", "future")]


def test_meeting_a_commitment_is_no_meeting(extract):
    doc = extract("It calls upon member states to meet their commitments to the fund.", published="2024-05-01")
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_what_a_fired_weapon_struck_is_the_target_and_its_firer_the_doer(extract):
    doc = extract("Rebels fired a rocket that struck the ferry Sea Queen near the port.", published="2024-03-07")
    assert [(e.trigger.text, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in doc.events] == [
        ("fired", ["Rebels"], ["ferry Sea Queen"]), ("struck", ["Rebels"], ["ferry Sea Queen"])]


def test_political_actors_called_on_are_the_recipients(extract):
    request = _one(extract("The bloc calls on all political actors in Togo to keep the peace.",
                           published="2024-03-07"), "REQUEST")
    assert [r.text for r in request.recipients] == ["political actors"]
