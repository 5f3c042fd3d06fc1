"""Where events happened when the place is said of the targets or of the clause around the act: ground a
relative clause took, places listed among the targets, an infinitive of purpose, a town after an institution's
name, a facility named with its kind, a line fought along, a landform finer than its region, a town fought into.
Causes first met in the sealed32/33 first sights (round places26). Sentences written for these tests."""

from __future__ import annotations

from .test_events_places_clauses import _by_trigger, _where


def test_ground_a_relative_clause_took_is_the_name_it_describes(extract):
    """"Kupiansk, the town they recaptured": the relative clause has no object of its own; what it took is the town."""
    doc = extract("Ukrainian troops still hold Kupiansk, the town they recaptured in September 2022.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "recaptured")) == ("Kupiansk", 28, 36)


def test_an_infinitive_of_purpose_is_done_where_its_clause_puts_the_doers(extract):
    doc = extract("The ministers gathered in Accra to discuss the trade pact.", published="2025-05-15")
    assert _where(_by_trigger(doc, "discuss")) == ("Accra", 26, 31)
    doc = extract("The envoys are due back in Nairobi next week to discuss the final accord.", published="2025-05-15")
    assert _where(_by_trigger(doc, "discuss")) == ("Nairobi", 27, 34)


def test_a_town_named_before_its_province_in_the_sky(extract):
    """"over Bathinda, in Punjab": the first name of the run is where, in the sky as on the ground."""
    doc = extract("A drone was shot down over Bathinda, in Punjab, on Friday.", published="2025-05-15")
    assert _where(_by_trigger(doc, "shot")) == ("Bathinda", 27, 35)


def test_the_town_after_an_institution_is_where_not_the_town_in_its_name(extract):
    doc = extract("The dissident was released from the Beijing Detention Center in Tianjin on Friday.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "released")) == ("Tianjin", 64, 71)


def test_a_facility_named_with_its_kind_is_the_ground_not_the_town_it_lies_a_bearing_from(extract):
    doc = extract("Rebels took Minembwe airport, south of Uvira, on Sunday.", published="2025-05-15")
    assert _where(_by_trigger(doc, "took")) == ("Minembwe airport", 12, 28)


def test_people_moved_from_where_they_had_sheltered(extract):
    """A participle of position in the pluperfect still says where the people were when they were moved."""
    doc = extract("The Red Cross evacuated 40 wounded civilians who had sheltered in a school in Kramatorsk since March.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "evacuated")) == ("Kramatorsk", 78, 88)


def test_a_line_fought_along_is_the_place(extract):
    doc = extract("Two soldiers were killed by shelling along the Line of Control on Sunday.", published="2025-05-15")
    assert _where(_by_trigger(doc, "shelling")) == ("the Line of Control", 43, 62)


def test_the_first_place_listed_among_the_targets_is_finer_than_the_country(extract):
    doc = extract("Russian missiles hit power plants across Ukraine, including Burshtyn and Ladyzhyn, on Thursday.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "hit")) == ("Burshtyn", 60, 68)


def test_a_landform_where_the_targets_were_is_finer_than_its_region(extract):
    doc = extract("Gunmen opened fire on hikers in the Kolahoi meadow above Aru, in Kashmir, on Monday.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "opened")) == ("Kolahoi", 36, 43)


def test_a_victims_nationality_is_no_place(extract):
    """"one citizen of Nepal" says whose the victim was; the shooting that killed them was near Aru."""
    doc = extract("Gunmen opened fire on hikers near Aru, killing two Indian nationals and one citizen of Nepal.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "opened")) == ("Aru", 34, 37)


def test_the_streets_of_a_town_the_tagger_missed(extract):
    doc = extract("Students marched in the streets of Antananarivo to protest against power cuts.",
                  published="2025-05-15")
    assert _where(_by_trigger(doc, "marched")) == ("Antananarivo", 35, 47)


def test_a_town_fought_into_named_with_its_kind_is_where_not_whom(extract):
    event = _by_trigger(extract("Rebel fighters fought their way into Uvira town on Monday.", published="2025-05-15"),
                        "fought")
    assert (event.recipients, _where(event)) == ([], ("Uvira", 37, 42))


def test_a_phrase_the_parse_hangs_on_a_verbless_aside_about_the_victims_places_the_act(extract):
    """"nine people, most of them tourists, in a meadow outside Reasi": the parse takes the aside for a clause of its
    own and hangs the phrase of place on it."""
    text = ("June 9: Militants shot dead nine people, most of them tourists, in a meadow outside Reasi in "
            "Indian-administered Kashmir.")
    assert _where(_by_trigger(extract(text, published="2025-06-10"), "shot")) == ("Reasi", 84, 89)


def test_a_second_clause_is_placed_at_the_first_town_of_its_own_list_the_tagger_joined(extract):
    """"at crowds in Eldoret and Kisumu", tagged as one group's name: the second clause's own place, not the first's."""
    doc = extract("Protesters burned tyres in Nakuru, and police fired tear gas at crowds in Eldoret and Kisumu.",
                  published="2025-06-25")
    assert _where(_by_trigger(doc, "fired")) == ("Eldoret", 74, 81)
