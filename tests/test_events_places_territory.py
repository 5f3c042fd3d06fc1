"""Where and when, round args37: a place said near a state's airspace or waters lies in that state; a world city
outranks a small namesake in a country the story names; a resolution's year in brackets dates no act told about
it; a letter's own voice acts on the date its title says it bears. Sentences written for these tests."""

from __future__ import annotations


def _event(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def _country(doc, event):
    assert event.location is not None
    return {p.id: p for p in doc.places}[event.location.place].country


def test_a_village_near_a_states_airspace_lies_in_that_state(extract):
    doc = extract("One Russian drone entered Romanian airspace near Chilia Veche on Saturday night, the defence "
                  "ministry in Bucharest said.", published="2025-09-14")
    entered = _event(doc, "entered")
    assert entered.location.text == "Chilia Veche"
    assert _country(doc, entered) == "ROU"
    doc = extract("Three Russian fighter jets entered Estonian airspace near the island of Vaindloo in the Gulf of "
                  "Finland on Friday.", published="2025-09-20")
    entered = _event(doc, "entered")
    assert entered.location.text == "Vaindloo"
    assert _country(doc, entered) == "EST"


def test_a_village_without_a_states_airspace_takes_the_country_around_it(extract):
    # negative: no airspace or waters named, so the village lies where the other places of the sentence do
    doc = extract("Russian troops shelled the village of Vovchansk near Belgorod on Monday.", published="2025-09-14")
    assert _country(doc, _event(doc, "shelled")) != "ROU"


def test_a_world_city_outranks_a_small_namesake_in_a_country_the_story_names(extract):
    doc = extract("Iranian and American negotiators met in Geneva on Tuesday, the State Department said, and "
                  "Washington called the talks useful.", published="2025-05-14")
    assert _country(doc, _event(doc, "met")) == "CHE"


def test_a_namesake_named_with_its_state_stays_the_small_town(extract):
    # negative: "Geneva, Illinois" names the town and the state it lies in
    doc = extract("Police in Geneva, Illinois, arrested two men on Tuesday after a shooting at a mall.",
                  published="2025-05-14")
    assert _country(doc, _event(doc, "arrested")) == "USA"


def test_a_resolutions_year_in_brackets_does_not_date_an_act_told_about_it(extract):
    doc = extract("France, Germany and Britain said on Thursday that Iran had breached resolution 2231 (2015) by "
                  "enriching uranium to 60 percent.", published="2025-08-29")
    assert _event(doc, "breached").date.value != "2015"
    doc = extract("On 20 July 2015 the Security Council endorsed the agreement in resolution 2231 (2015).",
                  published="2025-08-29")
    assert _event(doc, "endorsed").date.value == "2015-07-20"  # the act's own date still counts


def test_a_letters_own_voice_acts_on_the_date_its_title_says_it_bears(extract):
    text = ("# Letter dated 14 March 2024 from the Permanent Representative of Ukraine to the United Nations "
            "addressed to the Secretary-General\n\n"
            "1. On 12 March 2024 Russian forces struck the port of Odesa with ballistic missiles.\n\n"
            "2. We call upon the Security Council to condemn the strike.\n")
    doc = extract(text, published="2024-03-16")
    assert _event(doc, "struck").date.value == "2024-03-12"
    assert _event(doc, "call").date.value == "2024-03-14"


def test_a_title_without_dated_leaves_the_own_voice_on_the_published_date(extract):
    # negative: a title that names a date but not as the date the document bears
    text = ("# Statement on the strikes of 12 March 2024 on Odesa\n\n"
            "We call upon the Security Council to condemn the strike.\n")
    doc = extract(text, published="2024-03-16")
    assert _event(doc, "call").date.value == "2024-03-16"


def test_a_town_of_the_storys_own_country_keeps_its_name_against_a_larger_namesake_abroad(extract):
    # negative for the world-city rule: Samba, India, in a story about India, not the Luanda district of Angola
    doc = extract("Pakistani drones were shot down over Samba on Friday night, Indian officials in Jammu said, as "
                  "blackouts were ordered in Amritsar and Pathankot.", published="2025-05-11")
    assert _country(doc, _event(doc, "shot")) == "IND"
