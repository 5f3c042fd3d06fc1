"""Events in chronologies, conflict overviews and Council write-ups, styles first met in the third
blind round: ground taken in fighting, dated list entries told at the year's end, years that only say
which thing is meant. Sentences written for these tests."""

from __future__ import annotations

CHRONOLOGY = ("Northern front: the year in entries\n\n"
              "4 January: Rebel fighters captured Tarvo, a market town near the river.\n\n"
              "9 March: Government troops overran the rebels' hilltop base after two days of fighting.\n\n"
              "2 December: The defence minister flew to Oslo for a conference, his first trip abroad since the "
              "2019 uprising, and met the Norwegian premier the following day.")


def _by_trigger(doc, word):
    found = [e for e in doc.events if e.trigger.text == word]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_capturing_a_town_named_by_its_apposition_is_fighting(extract):
    """"Tarvo, a market town": the apposition says the name is a town, and taking a town is ASSAULT."""
    captured = _by_trigger(extract(CHRONOLOGY, published="2024-12-30"), "captured")
    assert captured.type == "ASSAULT"
    assert [m.text for m in captured.actors] == ["Rebel fighters"]


def test_overrunning_a_base_is_fighting(extract):
    assert _by_trigger(extract(CHRONOLOGY, published="2024-12-30"), "overran").type == "ASSAULT"


def test_a_seized_building_is_still_a_seizure(extract):
    doc = extract("Soldiers seized the headquarters of the state radio on Monday.", published="2024-05-08")
    assert _by_trigger(doc, "seized").type == "COERCE"


def test_a_past_entry_told_at_the_year_end_keeps_the_year(extract):
    """Told on 30 December in the past tense, 4 January is this January, not the coming one."""
    captured = _by_trigger(extract(CHRONOLOGY, published="2024-12-30"), "captured")
    assert captured.date.value == "2024-01-04"


def test_a_year_that_says_which_uprising_dates_no_meeting(extract):
    """"the following day" counts from 2 December, and "the 2019 uprising" is no date of the meeting."""
    met = _by_trigger(extract(CHRONOLOGY, published="2024-12-30"), "met")
    assert (met.type, met.date.value) == ("CONSULT", "2024-12-03")


OVERVIEW = ("On 3 May, gunmen abducted four herders from the village of Kouloumbé, local officials said. "
            "In Zara province, militants ambushed a convoy near the village of Dalbéné on 4 May. "
            "On 5 May, army drones struck Ouarokou, a town in the north. "
            "In Kessa region, unidentified men abducted a teacher in Mebo district.")


def test_a_village_named_by_its_kind_is_the_place(extract):
    """"the village of Kouloumbé": no tagger or gazetteer knows the name; the phrase says it is a village."""
    abducted = extract(OVERVIEW, published="2024-05-10").events[0]
    assert (abducted.trigger.text, abducted.location.text) == ("abducted", "Kouloumbé")


def test_a_village_is_finer_than_its_province(extract):
    ambushed = _by_trigger(extract(OVERVIEW, published="2024-05-10"), "ambushed")
    assert ambushed.location.text == "Dalbéné"


def test_a_town_its_apposition_names_is_the_place_struck(extract):
    struck = _by_trigger(extract(OVERVIEW, published="2024-05-10"), "struck")
    assert (struck.type, struck.location.text) == ("ASSAULT", "Ouarokou")


def test_a_district_is_finer_than_its_region(extract):
    doc = extract(OVERVIEW, published="2024-05-10")
    teacher = next(e for e in doc.events if e.trigger.text == "abducted" and "teacher" in [m.text for m in e.recipients])
    assert teacher.location.text.startswith("Mebo")


def test_a_bridge_a_battalion_falls_back_to_is_no_recipient(extract):
    doc = extract("The battalion retreated to the foot of the Friendship Bridge on Friday.", published="2024-04-14")
    retreat = _by_trigger(doc, "retreated")
    assert (retreat.type, retreat.recipients) == ("RETREAT", [])


def test_troops_defending_a_town_voice_no_support(extract):
    doc = extract("The last army battalion defending Kessel, a river port, retreated on Friday. "
                  "Hungary defended Israel at the summit.", published="2024-04-14")
    assert [(e.type, e.trigger.text) for e in doc.events if e.type in ("SUPPORT", "RETREAT")] == [
        ("RETREAT", "retreated"), ("SUPPORT", "defended")]


def test_an_ambushed_patrol_is_the_party_attacked(extract):
    doc = extract("Militants ambushed a patrol near the village of Dalbe on Tuesday.", published="2024-05-10")
    assert [(e.type, e.trigger.text, [m.text for m in e.recipients]) for e in doc.events] == [
        ("ASSAULT", "ambushed", ["patrol"])]


def test_ground_taken_from_a_side_names_it_and_the_place(extract):
    doc = extract("15 March: The rebels seized Dalbe, a township in the south, from the army.", published="2024-05-01")
    seized = _by_trigger(doc, "seized")
    assert (seized.type, seized.location.text) == ("ASSAULT", "Dalbe")
    assert "army" in [m.text for m in seized.recipients]


def test_conscripting_men_raises_troops(extract):
    doc = extract("The junta said on Saturday that it would conscript 60,000 men this year.", published="2024-02-12")
    conscript = _by_trigger(doc, "conscript")
    assert (conscript.type, conscript.mode) == ("MOBILIZE", "troops")


def test_a_state_the_tagger_missed_is_a_place(extract):
    doc = extract("25 June: The rebels resumed their offensive in northern Kessa State.", published="2024-12-30")
    offensive = next(e for e in doc.events if e.type == "ASSAULT")
    assert offensive.location.text == "Kessa State"


def test_a_town_the_report_named_is_no_doer_of_the_attack_named_after_it(extract):
    doc = extract("On 2 May, militants attacked the town of Ouarba. On 4 May, the regional bloc condemned the Ouarba "
                  "attack.", published="2024-05-10")
    condemned = _by_trigger(doc, "condemned")
    assert (condemned.type, [m.text for m in condemned.recipients]) == ("ACCUSE", [])


def test_taking_control_of_an_airport_is_fighting_but_not_of_a_firm(extract):
    doc = extract("The rebels took control of the airport on Monday. The new owners took control of the company.",
                  published="2024-05-01")
    airport, company = [e for e in doc.events if e.trigger.text == "took"]
    assert (airport.type, company.type == "ASSAULT") == ("ASSAULT", False)


def test_the_town_named_first_is_finer_than_the_region_it_is_the_capital_of(extract):
    doc = extract("5 January: The rebel alliance (NRA) took control of Tarvo, the capital of the Kokang region "
                  "in northern Shan State.", published="2024-12-30")
    assert _by_trigger(doc, "took").location.text == "Tarvo"


def test_a_bare_count_of_the_killed_is_the_recipient(extract):
    doc = extract("Gunmen killed 21 in the village of Sakra on Sunday.", published="2024-05-01")
    assert [m.text for m in _by_trigger(doc, "killed").recipients] == ["21"]
