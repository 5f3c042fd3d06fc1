"""Events in styles the project first met in its ninth blind round (blind15): a minister's statement to parliament
(talks held before an agreement, consulates ordered closed) and a business-desk shipping item (boats sunk, the
wounded treated, a naval mission launched). Sentences written for these tests."""

from __future__ import annotations


def _events(doc):
    return [(e.trigger.text, e.type) for e in doc.events]


def test_talks_in_a_phrase_of_time_before_an_agreement_are_an_event_of_their_own(extract):
    doc = extract("After two days of talks with the mediators in Nairobi, the rival generals agreed to a truce.",
                  published="2024-06-03")
    assert ("talks", "CONSULT") in _events(doc)
    assert ("agreed", "AGREE") in _events(doc)
    # what an agreement is about stays its content
    promise = extract("The rebels agreed to hold talks with the army in Nairobi.", published="2024-06-03")
    assert _events(promise) == [("agreed", "AGREE")]


def test_sinking_a_boat_is_an_assault_a_ship_that_sinks_is_no_act(extract):
    doc = extract("A coastguard cutter sank two smuggling skiffs off the coast on Monday.", published="2024-06-04")
    assert [(e.trigger.text, e.type, [a.text for a in e.actors]) for e in doc.events] == \
        [("sank", "ASSAULT", ["coastguard cutter"])]
    assert extract("The old ferry sank in heavy seas on Monday.", published="2024-06-04").events == []


def test_treating_the_wounded_is_aid_treating_a_topic_is_not(extract):
    doc = extract("Red Crescent medics treated the wounded at a field hospital near Rafah.", published="2024-06-04")
    assert _events(doc) == [("treated", "AID")]
    assert extract("The report treated the question with care.", published="2024-06-04").events == []


def test_the_closure_of_a_consulate_is_a_sanction_closing_a_road_is_not(extract):
    doc = extract("The cabinet announced the closure of the Kenyan consulate in Mombasa on Monday.", published="2024-06-04")
    closure = [e for e in doc.events if e.trigger.text == "closure"]
    assert [(e.type, e.mode, [a.text for a in e.actors]) for e in closure] == [("SANCTION", "withdraw", ["cabinet"])]
    assert [e for e in extract("The closure of the bridge delayed traffic.", published="2024-06-04").events
            if e.trigger.text == "closure"] == []


def test_launching_a_naval_mission_is_a_mobilisation_a_mission_statement_is_not(extract):
    doc = extract("The alliance launched a naval mission in the Gulf of Guinea on 3 June.", published="2024-06-04")
    assert [(e.trigger.text, e.type, e.date.value) for e in doc.events] == [("mission", "MOBILIZE", "2024-06-03")]
    assert extract("The company launched a new mission statement on Monday.", published="2024-06-04").events == []


def test_a_name_told_by_its_flag_is_a_ship_that_can_be_hit_or_boarded(extract):
    hit = extract("The Marshall Islands-flagged Sea Wren was hit off Mokha on Tuesday.", published="2024-06-05")
    assert [(e.trigger.text, e.type, [r.text for r in e.recipients]) for e in hit.events] == \
        [("hit", "ASSAULT", ["Marshall Islands-flagged Sea Wren"])]
    boarded = extract("Masked gunmen boarded the Malta-flagged Grey Heron near the strait.", published="2024-06-05")
    assert [(e.trigger.text, e.type) for e in boarded.events] == [("boarded", "ASSAULT")]
    assert extract("The Malta-flagged Grey Heron docked in Jeddah on Tuesday.", published="2024-06-05").events == []
