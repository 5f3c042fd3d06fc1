"""Offline geocoding: sites with several names, countries, cities, ambiguous city names."""

from __future__ import annotations

import pytest

import dateline
from dateline.annotations import Annotations, Source
from dateline.places.gazetteer import load as load_gazetteer


@pytest.fixture(scope="module")
def places_pipeline():
    return dateline.load(components=["actors", "places"])


def locate(pipeline, text):
    """(text, place) for every location, offsets checked, and the document's places."""
    doc = pipeline.nlp.make_doc(text)
    doc._.dl = Annotations(Source(text=text, published="2024-08-21"))
    dl = pipeline.nlp(doc)._.dl
    for loc in dl.locations:
        assert text[loc.start:loc.end] == loc.text
    return [(loc.text, dl.places[loc.place]) for loc in dl.locations], dl


def test_alternative_names_of_a_corridor_are_one_place(places_pipeline):
    found, dl = locate(places_pipeline, "Troops held the Philadelphi Corridor, which Egyptian officials call "
                                        "the Salah al-Din axis.")
    corridor = [place for text, place in found if place.kind == "site"]
    assert [text for text, place in found if place.kind == "site"] == ["Philadelphi Corridor", "Salah al-Din axis"]
    assert corridor[0] is corridor[1]
    assert (corridor[0].name, corridor[0].country) == ("Philadelphi Corridor", "PSE")
    assert corridor[0].lat == pytest.approx(31.27, abs=0.1) and corridor[0].lon == pytest.approx(34.25, abs=0.1)


def test_spellings_of_a_town_are_one_place(places_pipeline):
    found, dl = locate(places_pipeline, "Strikes hit Khan Younis overnight; residents of Khan Yunis fled west.")
    assert {place.id for _, place in found} == {found[0][1].id}
    assert found[0][1].kind == "city" and found[0][1].country == "PSE"


def test_a_city_gets_its_coordinates_and_geonames_id(places_pipeline):
    found, _ = locate(places_pipeline, "Thousands marched in Paris on Saturday.")
    (text, place), = found
    assert text == "Paris" and place.country == "FRA" and place.geonames_id == 2988507
    assert place.lat == pytest.approx(48.86, abs=0.05) and place.lon == pytest.approx(2.35, abs=0.05)


def test_a_country_in_the_document_decides_between_cities_of_one_name(places_pipeline):
    found, _ = locate(places_pipeline, "The ministry said clashes broke out in Tripoli.")
    assert found[0][1].country == "LBY"  # the larger Tripoli
    found, _ = locate(places_pipeline, "Lebanon's army deployed after clashes broke out in Tripoli.")
    assert [place.country for text, place in found if text == "Tripoli"] == ["LBN"]


def test_countries_and_waterways(places_pipeline):
    found, _ = locate(places_pipeline, "Iran warned ships in the Strait of Hormuz and the Red Sea.")
    places = {text: place for text, place in found}
    assert places["Iran"].kind == "country" and places["Iran"].country == "IRN"
    assert places["Iran"].lat is not None and 25 < places["Iran"].lat < 40
    assert places["Strait of Hormuz"].kind == "region"
    assert "Red Sea" in places


def test_gazetteer_prefers_the_capital_and_knows_old_spellings():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Washington").kind == "city"
    assert gazetteer.lookup("Texas").kind == "region"
    assert gazetteer.lookup("Kiev").name == "Kyiv"
    assert gazetteer.lookup("the Golan Heights").country == "SYR"
    assert gazetteer.lookup("Atlantis of the North") is None


def test_a_capital_outranks_a_small_namesake_in_a_country_the_text_mentions(places_pipeline):
    found, _ = locate(places_pipeline, "American officials said the convoy left Damascus before dawn.")
    assert [(text, place.country) for text, place in found] == [("Damascus", "SYR")]


def test_a_town_aimed_at_or_naming_a_site_is_a_place_though_tagged_a_name(places_pipeline):
    found, _ = locate(places_pipeline, "Aid agencies fear that an assault on Rafah is near.")
    assert [(text, place.country) for text, place in found] == [("Rafah", "PSE")]
    found, _ = locate(places_pipeline, "Drones set fuel tanks ablaze at the Saratov refinery.")
    assert [(text, place.country) for text, place in found] == [("Saratov", "RUS")]
    found, _ = locate(places_pipeline, "She flew to Erbil, Iraq, on Monday.")
    assert [(text, place.country) for text, place in found] == [("Erbil", "IRQ"), ("Iraq", "IRQ")]


def test_an_actor_inside_a_longer_name_or_an_acronym_is_no_town(places_pipeline):
    found, _ = locate(places_pipeline, "Troops were targeting Hamas fighters in eastern Rafah.")
    assert [text for text, _ in found] == ["Rafah"]
    found, _ = locate(places_pipeline, "Protesters denounced attacks on DACA.")
    assert found == []


def test_the_capital_is_the_capital_of_the_country_the_story_is_about(places_pipeline):
    found, _ = locate(places_pipeline, "Colombia's election board delayed the count again. Farmers from Medellín "
                                       "blocked roads in Colombia, and on Friday students marched in the "
                                       "capital. A delegation later flew to Lima, Peru.")
    assert [(text, place.name) for text, place in found if text == "the capital"] == [("the capital", "Bogotá")]


def test_a_roundup_item_dateline_decides_its_capital_and_a_named_country_keeps_its_own(places_pipeline):
    text = ("Ghana's parliament sat late on Thursday.\n\nNAIROBI — Riot police fired tear gas at a march in the "
            "capital, and the capital of Uganda stayed calm.")
    found, _ = locate(places_pipeline, text)
    assert [(t, place.name) for t, place in found if "capital" in t] == [("the capital", "Nairobi")]


def test_the_capital_stays_unresolved_when_two_countries_are_named_alike(places_pipeline):
    found, _ = locate(places_pipeline, "Chile and Peru traded accusations, and crowds gathered in the capital.")
    assert [text for text, _ in found if "capital" in text] == []


def test_a_town_the_tagger_took_into_an_institution_s_name_is_a_place(places_pipeline):
    found, _ = locate(places_pipeline, "A missile struck the Barzilai Medical Center in Ashkelon on Monday.")
    assert [(text, place.country, place.kind) for text, place in found] == [("Ashkelon", "ISR", "city")]


def test_a_street_a_march_goes_down_or_a_reporter_speaks_from_is_a_place(places_pipeline):
    found, _ = locate(places_pipeline, "Students marched down Harbour Road, and a reporter spoke from Freedom "
                                       "Square in Nairobi.")
    assert [(text, place.kind) for text, place in found] == [
        ("Harbour Road", "site"), ("Freedom Square", "site"), ("Nairobi", "city")]


def test_towns_of_a_list_the_tagger_took_for_one_name_are_each_a_place(places_pipeline):
    found, _ = locate(places_pipeline, "Police fired tear gas at crowds in Eldoret and Kisumu on Tuesday.")
    assert [(text, place.country) for text, place in found] == [("Eldoret", "KEN"), ("Kisumu", "KEN")]


def test_a_firm_named_for_two_people_is_no_list_of_towns(places_pipeline):
    found, _ = locate(places_pipeline, "Protesters gathered outside Procter and Gamble in Cincinnati.")
    assert [text for text, _ in found] == ["Cincinnati"]


@pytest.mark.parametrize("text, name, country", [
    # the region or state said after the town decides between namesakes, though the other is far larger
    ("Protesters rallied outside the federal courthouse in Alexandria, Virginia, on Friday.", "Alexandria", "USA"),
    ("Gunmen ambushed a supply convoy near Nara, in the Koulikoro region, on Sunday.", "Nara", "MLI"),
    # a town the gazetteer lacks there is a town of that state, not the large namesake abroad
    ("Police arrested two men in Toronto, Ohio, on Saturday.", "Toronto", "USA"),
    # a list of places is no town and its region
    ("Envoys from Tokyo, Mali and Niger met in Geneva on Monday.", "Tokyo", "JPN"),
    # a country's name that qualifies the next noun is no region of the town
    ("From Geneva, the US special envoy urged both armies to join the talks in Switzerland.", "Geneva", "CHE"),
])
def test_a_town_takes_the_namesake_in_the_region_named_after_it(places_pipeline, text, name, country):
    found, dl = locate(places_pipeline, text)
    assert [(place.name, place.country) for t, place in found if t == name] == [(name, country)]
