"""Villages, towns and streets no gazetteer knows, and peoples that are no places."""

from __future__ import annotations

from .test_events_places_clauses import _by_trigger, _where
from .test_places import locate as located, places_pipeline  # noqa: F401 (the fixture)


def locate(pipeline, text):
    """(text, name, country, kind) of every location, offsets checked."""
    found, _ = located(pipeline, text)
    return [(t, place.name, place.country, place.kind) for t, place in found]


def test_a_village_no_gazetteer_knows_is_a_place_in_the_larger_place_beside_it(places_pipeline):
    found = locate(places_pipeline, "Gunmen opened fire near Tarvel Gorr, in Kharkiv region, on Monday.")
    assert [f for f in found if f[0] == "Tarvel Gorr"] == [("Tarvel Gorr", "Tarvel Gorr", "UKR", "city")]


def test_a_village_alone_takes_the_country_the_document_names(places_pipeline):
    found = locate(places_pipeline, "Shelling continued in Kherson. Some 200 fighters crossed the river near Vostrovka.")
    assert found[-1] == ("Vostrovka", "Vostrovka", "UKR", "city")


def test_a_name_tagged_a_person_after_a_word_of_nearness_is_a_place(places_pipeline):
    found = locate(places_pipeline, "The navy said it had struck camps of Baloch militants around Kuhsar.")
    assert [f[0] for f in found] == ["Kuhsar"]


def test_a_people_is_no_place(places_pipeline):
    assert locate(places_pipeline, "Kurdish fighters and Baloch militants joined the talks.") == []


def test_an_untagged_name_said_by_the_town_it_lies_at_is_a_place_in_that_country(places_pipeline):
    found = locate(places_pipeline, "In Gatwekera, on the northern edge of Nairobi, shops stayed shut.")
    assert found[0] == ("Gatwekera", "Gatwekera", "KEN", "city")


def test_a_landmark_in_a_named_town_is_no_village(places_pipeline):
    found = locate(places_pipeline, "Students rallied near Parliament in Nairobi on Tuesday.")
    assert [f[0] for f in found] == ["Nairobi"]


def test_a_ship_is_no_place(places_pipeline):
    assert locate(places_pipeline, "A missile was fired toward USS Mason on Friday.") == []


def test_a_street_or_square_is_a_place_in_its_town(places_pipeline):
    found = locate(places_pipeline, "Thousands rallied in Freedom Square in Tbilisi on Sunday.")
    assert found[0] == ("Freedom Square", "Freedom Square", "GEO", "site")


def test_a_street_places_the_acts_done_on_it(extract):
    text = "Protesters broke through police lines on Harbour Road and set a car on fire."
    doc = extract(text, published="2024-06-25")
    assert _where(_by_trigger(doc, "broke")) == ("Harbour Road", 41, 53)
    assert _where(_by_trigger(doc, "set")) == ("Harbour Road", 41, 53)


def test_an_unlisted_village_places_the_attack_near_it(extract):
    text = "On 13 March the rebels opened fire on army positions near Tarvel Gorr and killed two soldiers."
    doc = extract(text, published="2024-03-14")
    assert _where(_by_trigger(doc, "opened")) == ("Tarvel Gorr", 58, 69)


def test_an_attack_towards_villages_is_placed_at_the_first_of_them(extract):
    text = "Troops repelled attacks by enemy groups towards Pelkino over the past day."
    doc = extract(text, published="2024-08-20")
    assert _where(_by_trigger(doc, "repelled")) == ("Pelkino", 48, 55)


def test_strikes_on_ground_where_units_gathered_are_placed_there(extract):
    text = "Strikes were also delivered on areas where enemy reserves had gathered in the Kharkiv region."
    doc = extract(text, published="2024-08-20")
    assert _where(_by_trigger(doc, "Strikes")) == ("Kharkiv region", 78, 92)


def test_a_reported_act_done_to_the_speakers_is_where_they_are(extract):
    text = "In Gatwekera, on the northern edge of Nairobi, residents said police had fired on them at night."
    doc = extract(text, published="2024-06-26")
    assert _where(_by_trigger(doc, "fired")) == ("Gatwekera", 3, 12)
    doc = extract("In Nairobi, a police spokesman said officers had fired on protesters at night.", published="2024-06-26")
    assert _where(_by_trigger(doc, "fired")) is None  # a body's spokesman speaks for it, not of what he saw there


def test_talks_held_after_arriving_and_a_call_made_then_are_where_the_visitor_arrived(extract):
    text = "The minister arrived in Hanoi on Monday and held talks with Son, then called on Chinh."
    doc = extract(text, published="2024-03-05")
    assert _where(_by_trigger(doc, "talks")) == ("Hanoi", 24, 29)
    assert _where(_by_trigger(doc, "called")) == ("Hanoi", 24, 29)


def test_an_attack_is_where_it_was_aimed_not_where_it_came_from(extract):
    text = "The rebels fired a cruise missile from near Hodeidah toward USS Mason, which was operating in the Southern Red Sea."
    doc = extract(text, published="2024-01-15")
    assert _where(_by_trigger(doc, "fired")) == ("Southern Red Sea", 98, 114)
    text = "On Friday, militants launched an attack of drones from rebel-held areas of Somalia toward shipping lanes in the Gulf of Aden."
    doc = extract(text, published="2024-01-15")
    assert _where(_by_trigger(doc, "launched")) == ("Gulf of Aden", 112, 124)


def test_a_place_said_after_the_last_of_listed_targets_places_the_strikes_on_all(extract):
    text = ("On Monday, coalition forces conducted four strikes against two mobile launchers, a drone boat and an "
            "unmanned surface vessel in rebel-held areas of Somalia.")
    doc = extract(text, published="2024-02-19")
    assert _where(_by_trigger(doc, "strikes")) == ("Somalia", 148, 155)


def test_attacks_repelled_towards_villages_are_placed_there_though_parsed_as_a_modifier(extract):
    text = ("Units of the West group, supported by artillery fire, repelled attacks by enemy assault groups towards "
            "Pelkino, Dubrovo and Malaya Sosna over the past day.")
    doc = extract(text, published="2024-08-20")
    assert _where(_by_trigger(doc, "repelled")) == ("Pelkino", 103, 110)


def test_an_arrest_is_where_the_detained_were_doing_what_they_did_then(extract):
    doc = extract("Police have also detained dozens of students who blocked roads in Tbilisi.", published="2024-05-14")
    assert _where(_by_trigger(doc, "detained")) == ("Tbilisi", 66, 73)
    doc = extract("Police detained a man who had fought in Syria.", published="2024-05-14")
    assert _where(_by_trigger(doc, "detained")) is None


def test_a_name_with_an_article_or_a_building_is_no_unlisted_village(places_pipeline):
    assert locate(places_pipeline, "The bloc condemned attacks in the coastal Stetes.") == []
    found = locate(places_pipeline, "Doctors at Al-Nour Hospital in Khan Younis treated ten children.")
    assert [f[0] for f in found] == ["Khan Younis"]


def test_a_sea_or_land_no_gazetteer_knows_is_a_region_of_no_country(places_pipeline):
    found = locate(places_pipeline, "Shelling continued in Kherson, and in Europe the tone hardened.")
    assert found[-1] == ("Europe", "Europe", None, "region")


def test_the_object_of_storming_is_a_place_though_tagged_a_person(places_pipeline):
    assert [f[0] for f in locate(places_pipeline, "Militiamen stormed Kafr Dabiq on Thursday.")] == ["Kafr Dabiq"]


def test_what_an_army_pulls_out_of_is_a_place(places_pipeline):
    found = locate(places_pipeline, "After two days of fighting, the army pulled out of Kafr Nabl on Sunday.")
    assert [f[0] for f in found] == ["Kafr Nabl"]


def test_a_firm_investors_pull_out_of_is_no_place(places_pipeline):
    assert locate(places_pipeline, "Investors pulled out of Wagner Holdings last year.") == []


def test_both_ends_of_a_road_are_places(places_pipeline):
    found = locate(places_pipeline, "Gunmen ambushed a truck on the road between Dioura and Niono on Tuesday.")
    assert [(f[0], f[3]) for f in found] == [("Dioura", "city"), ("Niono", "city")]


def test_a_town_shelled_is_a_place_also_after_a_nationality(places_pipeline):
    """With "Ukrainian" before it the tagger lemmatises "shelling" to "shell"; "of Belgorod" is still the town."""
    found = locate(places_pipeline, "Ukrainian shelling of Belgorod has killed two residents this week.")
    assert [f for f in found if f[0] == "Belgorod"] == [("Belgorod", "Belgorod", "RUS", "city")]


def test_a_ship_named_again_bare_is_no_place(places_pipeline):
    found = locate(places_pipeline, "Rebels struck the bulk carrier Verona on Tuesday. They attacked the Verona again.")
    assert found == []


def test_a_name_after_a_flag_is_a_ships_also_when_said_again(places_pipeline):
    """"the Panama-flagged Orion": only ships fly flags; the tagger gives the name no label (and the flag's
    country says whose the ship is, not where)."""
    found = locate(places_pipeline, "Crew of the Panama-flagged Orion were evacuated on Friday. Rebels said they had "
                                    "attacked the Orion with missiles.")
    assert found == []


def test_a_village_takes_the_one_country_of_its_paragraphs_places_when_the_story_names_two(places_pipeline):
    """The story names two countries' towns equally, so its main country says nothing; the paragraph's towns
    are all Lebanese."""
    text = ("Sirens sounded in Haifa and Tel Aviv on Monday.\n\n"
            "The army shelled the outskirts of Kfar Tuma all day. Its aircraft struck Nabatieh and Tyre.")
    found = locate(places_pipeline, text)
    assert [f for f in found if f[0] == "Kfar Tuma"] == [("Kfar Tuma", "Kfar Tuma", "LBN", "city")]


def test_a_towns_name_before_district_is_the_towns_division_in_its_country(places_pipeline):
    text = ("Sirens sounded in Haifa and Tel Aviv on Monday.\n\n"
            "Drones struck a house in Deir Qanun, in the Tyre district, on Monday.")
    found = locate(places_pipeline, text)
    assert found[2:] == [("Deir Qanun", "Deir Qanun", "LBN", "city"), ("Tyre", "Tyre district", "LBN", "region")]


def test_a_village_an_event_names_by_its_kind_is_a_place_in_the_country_beside_it(extract):
    doc = extract("Gunmen attacked Wad Sereif, a village in Kassala State, on Monday, killing nine people.",
                  published="2024-11-25")
    places = {p.id: p for p in doc.places}
    for word in ("attacked",):
        event = _by_trigger(doc, word)
        assert _where(event) == ("Wad Sereif", 16, 26)
        assert (places[event.location.place].name, places[event.location.place].country) == ("Wad Sereif", "SDN")


def test_an_item_of_a_list_of_sites_is_a_place_in_the_country_of_the_town_it_is_near(places_pipeline):
    found = locate(places_pipeline, "Drones struck two air bases, including Kalwan Field near Quetta, on Friday.")
    assert found == [("Kalwan Field", "Kalwan Field", "PAK", "city"), ("Quetta", "Quetta", "PAK", "city")]


def test_the_villages_a_strike_hit_including_one_named_place_it(extract):
    doc = extract("Jets bombed four villages, including Kafr Sousa and Tell Hamra, on Monday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "bombed")) == ("Kafr Sousa", 37, 47)


def test_a_named_building_said_without_its_town_is_the_place(extract):
    """"At Mboppi Hospital, a nurse said ...": a building the gazetteer lacks is the place when no town is said with
    it, in the country of the places around it; said with its town, the town is ("at Central Police Station in
    Douala")."""
    text = ("Clashes broke out in Douala on Monday. At Mboppi Hospital, a nurse said doctors treated the wounded "
            "through the night.")
    doc = extract(text, published="2025-10-29")
    treated = _by_trigger(doc, "treated")
    assert _where(treated) == ("Mboppi Hospital", 42, 57)
    assert {p.id: p for p in doc.places}[treated.location.place].country == "CMR"
    doc = extract("Clashes broke out in Douala on Monday. Police detained the reporter at Central Police Station in "
                  "Douala.", published="2025-10-29")
    assert _where(_by_trigger(doc, "detained")) == ("Douala", 97, 103)

