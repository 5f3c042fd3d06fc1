"""Names that stand where a place stands though the tagger called them something else: small towns the
gazetteer knows, the goal of a trip, towns a road runs between, named camps, a province said with its
level word. Styles first met in the places12 blind round (an NGO field report, a wire digest, a regional
weekly). Sentences written for these tests."""

from __future__ import annotations

from .test_events_places_clauses import _by_trigger, _where
from .test_places_unlisted import locate, places_pipeline  # noqa: F401 (the fixture)


def test_a_small_town_the_gazetteer_knows_is_a_place_in_a_story_about_its_country(places_pipeline, extract):
    """"Morales" is tagged a person and has fewer than 50,000 people, but stands after "in" in a story
    about Colombia: the Colombian town, not the landmark after the bearing."""
    text = "Colombian soldiers raided a camp in Morales, north of Popayán, on Friday."
    assert locate(places_pipeline, text)[0] == ("Morales", "Morales", "COL", "city")
    assert _where(_by_trigger(extract(text, published="2024-10-19"), "raided")) == ("Morales", 36, 43)


def test_the_goal_of_a_verb_of_going_is_a_place_though_tagged_a_group(places_pipeline, extract):
    text = "The Colombian minister flew to Popayán on Monday and met the governor."
    assert locate(places_pipeline, text) == [("Popayán", "Popayán", "COL", "city")]
    assert _where(_by_trigger(extract(text, published="2024-10-19"), "met")) == ("Popayán", 31, 38)


def test_the_towns_a_road_runs_between_are_places_not_parties(places_pipeline):
    found = locate(places_pipeline, "Troops detained two drivers at a checkpoint on the road between Beni and "
                                    "Butembo in Congo.")
    assert [f[:3] for f in found[:2]] == [("Beni", "Beni", "COD"), ("Butembo", "Butembo", "COD")]


def test_names_of_camps_are_places(places_pipeline):
    found = locate(places_pipeline, "Bombs fell on the Bulengo and Lushagala camps on Friday, Congolese officials said.")
    assert [f[0] for f in found] == ["Bulengo", "Lushagala"]


def test_a_province_said_with_its_level_word_is_the_namesake_of_that_level(places_pipeline):
    """Punjab is a state of India and a province of Pakistan: "Punjab province" is Pakistan's."""
    found = locate(places_pipeline, "Pakistani police arrested forty activists in Punjab province on Saturday.")
    assert found == [("Punjab", "Punjab", "PAK", "region")]


def test_a_village_whose_name_begins_with_a_state_name_is_a_village(places_pipeline, extract):
    """"Mali Khel" starts with the name of Mali, but the whole name is the village fought near."""
    text = "Pakistani troops fought militants near Mali Khel on Tuesday."
    assert [f[0] for f in locate(places_pipeline, text)] == ["Mali Khel"]
    assert _where(_by_trigger(extract(text, published="2024-11-20"), "fought")) == ("Mali Khel", 39, 48)


def test_aid_handed_to_people_in_a_camp_took_place_in_the_camp(extract):
    doc = extract("UNICEF delivered water to 5,000 people in the Kanyaruchinya camp on Monday, Congolese officials said.",
                  published="2024-05-20")
    assert _where(_by_trigger(doc, "delivered")) == ("Kanyaruchinya", 46, 59)


def test_aid_handed_to_families_in_a_town_took_place_in_the_town(extract):
    doc = extract("The Red Cross handed out food to 900 families in Bunia on Monday.", published="2024-05-20")
    assert _where(_by_trigger(doc, "handed")) == ("Bunia", 49, 54)


def test_a_checkpoint_on_the_road_between_two_towns_is_at_the_first(extract):
    doc = extract("Gunmen detained two drivers at a checkpoint on the road between Beni and Butembo on Tuesday.",
                  published="2024-05-20")
    assert _where(_by_trigger(doc, "detained")) == ("Beni", 64, 68)


def test_a_second_verb_acts_where_the_first_ones_object_was_not_at_the_item_dateline(extract):
    """The district is said of the post stormed, not of the verb; "abducted" shares the verb's scene, which
    outranks the roundup item's dateline."""
    text = ("TURBAT, Pakistan (Agency) - Insurgents stormed a levies post in Kech district on the night of 2 March "
            "and abducted five guards, the police said.\n\n"
            "GWADAR, Pakistan (Agency) - Police arrested three men at the port on Sunday.")
    doc = extract(text, published="2024-03-04")
    assert _where(_by_trigger(doc, "abducted")) == ("Kech", 64, 68)


def test_a_named_hill_is_a_place_and_where_positions_on_it_were_attacked(places_pipeline, extract):
    text = "Rebels attacked army positions on Kimoka hill on Wednesday, Congolese officials said."
    assert locate(places_pipeline, text)[0][:2] == ("Kimoka", "Kimoka")
    assert _where(_by_trigger(extract(text, published="2024-05-10"), "attacked")) == ("Kimoka", 34, 40)


def test_a_village_said_again_by_its_kind_is_where_the_next_act_was(extract):
    """"at the village's edge" is the village just introduced as one ("Nueva Esperanza, a village ...")."""
    text = ("Soldiers entered Nueva Esperanza, a village in the municipality of Tibú, on Friday. "
            "Gunmen attacked the soldiers with drones at the village's edge, wounding two.")
    doc = extract(text, published="2024-10-19")
    assert _where(_by_trigger(doc, "attacked")) == ("Nueva Esperanza", 17, 32)


def test_an_act_outside_the_town_is_not_placed_in_a_town_said_before(extract):
    text = ("Soldiers entered Nueva Esperanza, a village in the municipality of Tibú, on Friday. "
            "Gunmen attacked the soldiers outside the village, wounding two.")
    doc = extract(text, published="2024-10-19")
    assert _where(_by_trigger(doc, "attacked")) is None


def test_a_fronted_place_covers_the_speakers_next_act_the_parse_joined_to_the_reported_clause(extract):
    doc = extract("In Kyiv, Zelensky said the talks had gone well and thanked Turkey for its help.", published="2024-03-08")
    assert _where(_by_trigger(doc, "thanked")) == ("Kyiv", 3, 7)


def test_a_fronted_place_covers_an_appeal_after_a_reported_clause_whose_subject_is_no_party(extract):
    doc = extract("In Nairobi, the minister told reporters that the deal was close and urged both sides to sign it.",
                  published="2024-03-08")
    assert _where(_by_trigger(doc, "urged")) == ("Nairobi", 3, 10)


def test_a_veto_of_a_draft_resolution_datelined_at_the_councils_seat_was_cast_there(extract):
    doc = extract("NEW YORK (Agency) - Russia vetoed a draft resolution on Sudan on Monday.", published="2024-11-19")
    assert _where(_by_trigger(doc, "vetoed")) == ("NEW YORK", 0, 8)


def test_a_strike_told_under_a_seat_dateline_stays_where_it_fell(extract):
    doc = extract("NEW YORK (Agency) - Russian troops shelled Kharkiv on Monday.", published="2024-11-19")
    assert _where(_by_trigger(doc, "shelled")) == ("Kharkiv", 43, 50)


# Round places13 (a flash update on North Darfur, a West Bank wire story with a factbox, a radio script from
# southern Lebanon): names only a place could be, kept as places through the story; factbox labels.

def test_a_name_after_in_said_of_an_act_is_a_local_place_in_the_storys_country(places_pipeline, extract):
    """"Mais al-Jabal" is tagged a person and no gazetteer offline knows it, but only a place stands "in" after
    what was destroyed; Tyre makes the story Lebanese."""
    text = "The Israeli army says its troops have destroyed rocket launchers in Mais al-Jabal. Shelling also hit Tyre."
    assert ("Mais al-Jabal", "Mais al-Jabal", "LBN", "city") in locate(places_pipeline, text)
    assert _where(_by_trigger(extract(text, published="2024-10-20"), "destroyed")) == ("Mais al-Jabal", 68, 81)


def test_a_name_placed_once_stays_a_place_where_the_story_names_it_again(places_pipeline, extract):
    """The shelling "on Kfar Hamam" makes it a place; "entered Kfar Hamam" alone would not."""
    text = ("Artillery shelling on Kfar Hamam continued overnight, Lebanese officials said. "
            "Israeli troops later entered Kfar Hamam and Tyre was hit.")
    assert [f for f in locate(places_pipeline, text) if f[0] == "Kfar Hamam"] == [
        ("Kfar Hamam", "Kfar Hamam", "LBN", "city"), ("Kfar Hamam", "Kfar Hamam", "LBN", "city")]
    assert _where(_by_trigger(extract(text, published="2024-10-20"), "entered")) == ("Kfar Hamam", 108, 118)


def test_the_name_after_the_outskirts_of_is_a_place(places_pipeline, extract):
    text = "Militants attacked a patrol on the outskirts of Gargash on Monday, police in Maiduguri said."
    assert locate(places_pipeline, text)[0] == ("Gargash", "Gargash", "NGA", "city")
    assert _where(_by_trigger(extract(text, published="2024-10-20"), "attacked")) == ("Gargash", 48, 55)


def test_the_larger_place_after_a_village_and_a_comma_is_not_read_as_a_town(places_pipeline):
    """"near Verin Shorzha, in Gegharkunik": the name after "in" (tagged a group) is where the village lies, of no
    known level, not a town where the shooting was."""
    found = locate(places_pipeline, "Their forces opened fire on our positions near Verin Shorzha, in Gegharkunik, "
                                    "and killed two soldiers.")
    assert [f[0] for f in found] == ["Verin Shorzha"]


def test_the_name_after_out_of_is_a_place(places_pipeline, extract):
    text = "Russian troops pulled out of Kherson on Friday, residents said."
    assert locate(places_pipeline, text) == [("Kherson", "Kherson", "UKR", "city")]
    assert _where(_by_trigger(extract(text, published="2024-10-20"), "pulled")) == ("Kherson", 29, 36)


def test_a_factbox_label_names_the_place_of_its_item_and_a_speakers_label_names_none(extract):
    text = ("FACTBOX - Where the raids took place\n\n"
            "KABUL: Police detained ten protesters on Monday.\n\n"
            "HERAT: Gunmen killed two guards at a checkpoint on Tuesday.\n\n"
            "RK: Troops shelled the hills on Wednesday.")
    doc = extract(text, published="2024-10-20")
    assert _where(_by_trigger(doc, "detained")) == ("KABUL", 38, 43)
    assert _where(_by_trigger(doc, "killed")) == ("HERAT", 88, 93)
    assert _where(_by_trigger(doc, "shelled")) is None


def test_a_named_camp_is_a_place_finer_than_the_town_it_lies_near(places_pipeline):
    found = locate(places_pipeline, "Gunmen looted shops in Zamzam, south of El Fasher, on Tuesday.")
    assert found[0] == ("Zamzam", "Zamzam camp", "SDN", "site")


def test_a_town_whose_roads_or_outskirts_were_struck_is_where(places_pipeline, extract):
    """"Lahore's main roads" (tagged a group) and "Kharkiv's northern outskirts" say where, not whose."""
    text = "The police sealed Lahore's main roads with containers on Sunday."
    assert locate(places_pipeline, text) == [("Lahore", "Lahore", "PAK", "city")]
    assert _where(_by_trigger(extract(text, published="2024-11-25"), "sealed")) == ("Lahore", 18, 24)
    doc = extract("Russian artillery shelled Kharkiv's northern outskirts overnight.", published="2024-11-25")
    assert _where(_by_trigger(doc, "shelled")) == ("Kharkiv", 26, 33)
