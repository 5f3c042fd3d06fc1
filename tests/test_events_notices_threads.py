"""Events in styles the project first met in its blind18 round: maritime-security advisory notices (a position
from a port, "The Master reports", weapons as agents, crews taken off, update notices dated by weekday) and a
numbered social-media thread (post counters, hashtags, "at 05:40 local", "last night"). Sentences written for
these tests."""

from __future__ import annotations


def _events(doc):
    return [(e.trigger.text, e.type, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in doc.events]


def test_a_crew_picked_up_or_flown_off_is_rescued_the_bodies_recovered_are_not(extract):
    doc = extract("The crew abandoned the tanker and were picked up by a passing freighter.", published="2024-05-02")
    assert [e for e in _events(doc) if e[1] == "AID"] == [("picked", "AID", ["passing freighter"], ["crew"])]
    doc = extract("A wounded sailor was flown off by a navy helicopter.", published="2024-05-02")
    assert _events(doc) == [("flown", "AID", ["navy helicopter"], ["wounded sailor"])]
    assert [e for e in extract("Divers recovered the bodies of two fishermen.", published="2024-05-02").events
            if e.type == "AID"] == []


def test_a_passive_conjunct_without_subject_inherits_no_doer(extract):
    doc = extract("The marchers reached the square and were dispersed.", published="2024-05-02")
    assert ("dispersed", "COERCE", [], ["marchers"]) in _events(doc)


def test_designating_a_group_a_terrorist_organisation_is_a_sanction(extract):
    doc = extract("Washington designated the militia a terrorist organisation on 3 April.", published="2024-05-02")
    assert [(t, ty, a) for t, ty, a, _ in _events(doc)] == [("designated", "SANCTION", ["Washington"])]


def test_returning_fire_and_targeting_with_missiles_are_attacks(extract):
    assert _events(extract("The guards on board returned fire.", published="2024-05-02")) == \
        [("returned", "ASSAULT", ["guards"], [])]
    doc = extract("The rebels said they had targeted it with missiles.", published="2024-05-02")
    assert _events(doc) == [("targeted", "ASSAULT", ["rebels"], ["it"])]  # the speakers' "they"
    assert _events(extract("The campaign targeted young voters.", published="2024-05-02")) == []


def test_downing_missiles_is_an_attack_downing_tools_is_not(extract):
    doc = extract("Air defence downed all of the drones over the city.", published="2024-05-02")
    assert [(t, ty) for t, ty, _, _ in _events(doc)] == [("downed", "ASSAULT")]
    assert [e for e in extract("Dockers downed tools on Monday.", published="2024-05-02").events
            if e.type == "ASSAULT"] == []


def test_a_hit_that_caused_a_fire_is_still_an_attack(extract):
    doc = extract("The tanker was hit by two missiles, causing a fire.", published="2024-05-02")
    assert _events(doc) == [("hit", "ASSAULT", ["two missiles"], ["tanker"])]
    assert extract("The wildfire hit the village on Monday.", published="2024-05-02").events == []


def test_a_notice_places_its_attack_and_rescue_at_the_reported_position(extract):
    text = ("WARNING 012 -- 04 MAY 24 -- ATTACK\nUKMTO has received a report of an incident 40NM east of Aden, Yemen. "
            "The Master reports the vessel was struck by a missile. The crew were evacuated by a warship.\n\n"
            "UPDATE 012 -- 06 MAY 24\nThe vessel was hit again by a drone on Sunday.")
    doc = extract(text, published="2024-05-10")
    found = [(e.trigger.text, e.location.text if e.location else None, e.date.value) for e in doc.events]
    assert found == [("struck", "Aden", "2024-05-04"), ("evacuated", "Aden", "2024-05-04"),
                     ("hit", None, "2024-05-05")]


def test_a_clock_time_told_as_local_is_no_recipient(extract):
    doc = extract("Two missiles struck the power station at about 05:40 local.", published="2024-03-22")
    assert _events(doc) == [("struck", "ASSAULT", ["Two missiles"], ["power station"])]
    assert doc.events[0].date.value == "2024-03-22T05:40"


def test_a_hashtag_names_a_well_known_place(extract):
    doc = extract("Russian drones struck a depot in #Kharkiv overnight.", published="2024-03-22")
    assert [(e.trigger.text, e.location.text) for e in doc.events] == [("struck", "Kharkiv")]
