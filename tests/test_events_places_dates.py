"""Where and when an event took place when the sentence names more than one place or time: the
destination of a trip, not its origin; a place said once for two coordinated acts; a border, a town
below the gazetteer's level; the date of the event's own clause, not of a clause of another time.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _event(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def _where(event):
    return event.location.text if event.location is not None else None


def test_a_trip_takes_place_where_it_goes_not_where_it_leaves_from(extract):
    doc = extract("From Hanoi, Rubio flew to Jakarta on Tuesday.", published="2025-03-06")
    assert _where(_event(doc, "flew")) == "Jakarta"
    doc = extract("From Hanoi, Rubio flew to Jakarta, where on 4 March he met President Prabowo.",
                  published="2025-03-06")
    assert _where(_event(doc, "met")) == "Jakarta"


def test_a_place_one_returns_from_is_not_where_one_acts(extract):
    doc = extract("The foreign minister returned from Ankara on Tuesday and condemned the raids.",
                  published="2025-03-06")
    assert _where(_event(doc, "condemned")) is None


def test_a_second_act_without_a_subject_happens_where_the_first_did(extract):
    doc = extract("Gunmen ambushed a bus travelling near Kadugli and kidnapped its driver.", published="2025-03-06")
    assert _where(_event(doc, "ambushed")) == "Kadugli"
    assert _where(_event(doc, "kidnapped")) == "Kadugli"


def test_a_place_of_the_talks_is_where_the_parties_then_agreed(extract):
    doc = extract("On 2 May the two governments held talks in Jakarta and agreed to reopen their consulates.",
                  published="2025-05-06")
    assert _where(_event(doc, "agreed")) == "Jakarta"


def test_a_hospital_the_gazetteer_lacks_is_in_its_town(extract):
    doc = extract("On 8 March, militiamen opened fire inside the East Hospital in Nyala.", published="2025-03-10")
    assert _where(_event(doc, "opened")) == "Nyala"
    doc = extract("Gunmen opened fire at the Main Market in Kadugli.", published="2025-03-10")
    assert _where(_event(doc, "opened")) == "Kadugli"


def test_a_village_below_the_gazetteer_is_named_with_its_country(extract):
    doc = extract("Militiamen attacked the village of Um Sayala in South Kordofan State and killed 40 people.",
                  published="2025-03-06")
    attack = _event(doc, "attacked")
    assert _where(attack) == "Um Sayala"
    place = {p.id: p for p in doc.places}[attack.location.place]
    assert (place.name, place.country) == ("Um Sayala", "SDN")


def test_a_state_of_a_country_resolves_by_its_subdivision_name(extract):
    doc = extract("Drones struck a market in South Kordofan State on Friday.", published="2025-03-06")
    strike = _event(doc, "struck")
    place = {p.id: p for p in doc.places}[strike.location.place]
    assert (place.kind, place.country) == ("region", "SDN")


def test_a_date_of_a_clause_of_another_time_does_not_date_the_main_act(extract):
    """It is no timex of the act; an earlier act's date is the earliest the act can be, a later one's says
    nothing of it."""
    doc = extract("After the talks on Monday collapsed, the rebels shelled the town.", published="2025-03-06")
    shelling = _event(doc, "shelled")
    assert (shelling.date.value, shelling.date.timex) == ("2025-03-03", None)
    doc = extract("On 1 March the mediators arrived. Before the ceasefire took effect on Wednesday, jets bombed "
                  "the port.", published="2025-03-06")
    bombing = _event(doc, "bombed")
    assert (bombing.date.value, bombing.date.timex) == ("2025-03-01", "t1")


def test_a_date_of_a_participle_that_describes_a_noun_is_background(extract):
    doc = extract("Students marched through Dhaka despite a curfew imposed on Sunday.", published="2025-03-06")
    march = _event(doc, "marched")
    assert (march.date.value, march.date.timex) == ("2025-03-06", None)
    assert _event(doc, "curfew").date.value == "2025-03-02"


def test_the_following_day_counts_from_an_asides_day_when_the_story_has_moved_on(extract):
    text = ("The minister resigned on Sunday (Agency, 09/03/2025).\n\n"
            "The resignation ends a crisis which began on the night of 2 February, when the council annulled the vote. "
            "The opposition rejected the ruling the following day.")
    rejection = _event(extract(text, published="2025-03-10"), "rejected")
    assert rejection.date.value == "2025-02-03"
    plain = _event(extract(text.replace("the night of 2 February", "2 February"), published="2025-03-10"), "rejected")
    assert plain.date.value == "2025-02-03"


def test_a_village_attacked_is_the_place_even_when_its_state_is_unknown(extract):
    doc = extract("On 5 March, militiamen attacked the village of Um Sayala in Al Qadarif State.", published="2025-03-06")
    assert _where(_event(doc, "attacked")) == "Um Sayala"
    doc = extract("On 5 March, militiamen raided the village of Hillat Musa in Al Qadarif State and killed 40 people.",
                  published="2025-03-06")
    assert (_where(_event(doc, "raided")), _where(_event(doc, "killed"))) == ("Hillat Musa", "Hillat Musa")


def test_a_where_clause_goes_on_with_the_story_and_its_date_counts(extract):
    doc = extract("That week the ministers met in Vientiane.\n\nFrom Hanoi, Rubio travelled to Jakarta, where on 4 March "
                  "he signed a maritime pact.", published="2025-03-10")
    assert _event(doc, "travelled").date.value == "2025-03-04"
    assert _where(_event(doc, "travelled")) == "Jakarta"




def test_a_date_inside_a_phrase_of_another_time_dates_that_phrase_only(extract):
    doc = extract("The rebels shelled the town after the talks on Monday.", published="2025-03-06")
    assert (_event(doc, "shelled").date.value, _event(doc, "shelled").date.timex) == ("2025-03-03", None)
    assert _event(doc, "talks").date.value == "2025-03-03"
    doc = extract("The rebels shelled the town after midnight on Monday.", published="2025-03-06")
    assert _event(doc, "shelled").date.value.startswith("2025-03-03")


def test_an_act_told_hours_later_is_dated_by_the_storys_last_date(extract):
    doc = extract("On 3 May, police arrested the mayor of Kisumu.\n\nProtesters stormed the town hall hours later.",
                  published="2025-05-20")
    assert _event(doc, "stormed").date.value == "2025-05-03"
    # an undated paragraph in the past goes on from the story's day (session 15, round dates20)
    doc = extract("On 3 May, police arrested the mayor of Kisumu.\n\nProtesters stormed the town hall.",
                  published="2025-05-20")
    assert _event(doc, "stormed").date.value == "2025-05-03"
    doc = extract("On 3 May, police arrested the mayor of Kisumu.\n\nProtesters are gathering at the town hall.",
                  published="2025-05-20")
    assert (_event(doc, "gathering").date.value, _event(doc, "gathering").date.timex) == ("2025-05-20", None)


def test_an_act_told_hours_after_another_named_act_takes_its_date(extract):
    text = ("On 9 May, coast guard officers boarded two fishing boats near the atoll.\n\n"
            "On 2 April they had fired water cannon at a supply ship.\n\n"
            "Canberra condemned the boarding within hours.")
    assert _event(extract(text, published="2025-05-20"), "condemned").date.value == "2025-05-09"


def test_an_area_named_before_its_town_is_that_towns_not_a_namesake_abroad(extract):
    doc = extract("Gang members torched houses in the Bel Air area of Port-au-Prince on Friday.", published="2025-03-10")
    named = {p.name: p.country for p in doc.places}
    assert named.get("Bel Air") == "HTI"


def test_an_area_of_a_state_is_the_place_of_the_killing(extract):
    doc = extract("Soldiers killed three herders in the Bokkos area of Plateau State.", published="2025-03-10")
    killing = _event(doc, "killed")
    place = {p.id: p for p in doc.places}[killing.location.place]
    assert (killing.location.text, place.country) == ("Bokkos", "NGA")


def test_a_curfew_on_a_state_is_imposed_there(extract):
    doc = extract("The army imposed a curfew on Kassala State on Sunday.", published="2025-03-10")
    curfew = [e for e in doc.events if e.type == "COERCE"][0]
    assert curfew.location.text == "Kassala State"
    assert {p.id: p for p in doc.places}[curfew.location.place].country == "SDN"


@pytest.mark.parametrize("text, trigger, place", [
    ("Soldiers clashed with smugglers near the border with Niger on Sunday.", "clashed", "Niger"),  # no counterpart
    ("Fighting broke out in and around Kadugli on Sunday.", "Fighting", "Kadugli"),  # coordinated prepositions
    ("From Washington, Rubio backed the opposition's count on 1 August.", "backed", "Washington"),  # spoke from there
    ("The envoy, who arrived in Juba on Monday, met rebel leaders on Wednesday.", "met", "Juba"),  # had come there
    ("Troops withdrew from the town of Kidal in northern Mali on 12 May.", "withdrew", "Kidal"),  # the finer place
    ("Speaking in Brussels, the minister condemned the shelling of Sumy.", "shelling", "Sumy"),  # what was shelled
    ("Thousands marched in Dhaka's Shahbagh district on Sunday.", "marched", "Shahbagh"),  # the area, not its owner
    ("On Saturday, members of a gang in the Martissant district of Port-au-Prince killed 12 people.", "killed",
     "Martissant"),  # where the doers' group is, its finest place
    ("Fighters of a militia in the Jebel Marra area attacked a convoy on Monday.", "attacked", "Jebel Marra"),
    ("Israeli troops raided Nasser Hospital in Khan Younis on Thursday.", "raided", "Khan Younis"),  # its town
    ("The government imposed a night curfew on the Centre department.", "imposed", "Centre"),  # what it covers
    ("During his visit to Beijing, the chancellor met Xi Jinping on Tuesday.", "met", "Beijing"),  # the trip's town
    ("On the sidelines of the summit in Rio de Janeiro, Biden met Xi on Saturday.", "met", "Rio de Janeiro"),
])
def test_the_place_a_phrase_of_place_names(extract, text, trigger, place):
    assert _where(_event(extract(text, published="2025-08-06"), trigger)) == place


def test_a_story_dateline_with_its_country_is_in_no_clause(extract):
    doc = extract("GOMA, Congo — M23 rebels captured the airport on Sunday.", published="2025-01-27")
    assert _where(_event(doc, "captured")) is None


def test_a_statement_issued_somewhere_on_a_day_places_and_dates_what_was_said_in_it(extract):
    doc = extract("In a statement issued in Geneva on Friday, the UN rights office condemned the executions.",
                  published="2025-03-10")
    condemnation = _event(doc, "condemned")
    assert (_where(condemnation), condemnation.date.value) == ("Geneva", "2025-03-07")


def _when(doc, trigger):
    event = _event(doc, trigger)
    return event.date.value if event.date is not None else None


def test_a_date_since_which_a_state_holds_gives_way_to_the_act_s_own_date(extract):
    doc = extract("In Kutum, under army control since March, rebels shelled the market on 4 June.",
                  published="2025-06-20")
    assert _when(doc, "shelled") == "2025-06-04"


def test_a_dateline_s_date_gives_way_to_the_weekday_its_story_names(extract):
    doc = extract("KYIV, July 3 (Wire) - Russian drones struck the port of Odesa on Tuesday, the governor said.",
                  published="2025-07-05")
    assert _when(doc, "struck") == "2025-07-01"
    text = ("News in brief\n\n"
            "KYIV, July 3 (Wire) - Russian drones struck the port of Odesa overnight, the governor said.\n\n"
            "DAKAR, July 4 (Wire) - Police arrested an opposition leader on Wednesday, his party said.\n")
    doc = extract(text, published="2025-07-05")
    assert _when(doc, "struck") == "2025-07-03"  # no date of its own: the day the report was filed
    assert _when(doc, "arrested") == "2025-07-02"


def test_a_day_heading_under_a_title_dates_the_paragraph_below_it(extract):
    text = ("# How the coup unfolded\n\n## 16 June\n\nSoldiers surrounded the presidential palace.\n\n"
            "## 17 June\n\nThe president resigned and fled to Dakar.\n")
    doc = extract(text, published="2025-06-30")
    assert _when(doc, "surrounded") == "2025-06-16"
    assert _when(doc, "resigned") == "2025-06-17"


def test_an_act_coordinated_in_a_clause_counted_from_the_main_one_shares_its_day(extract):
    doc = extract("Shipping lines suspended sailings on Friday, two days after rebels hit a tanker off Hodeidah and "
                  "seized its crew.", published="2025-03-08")
    assert _event(doc, "hit").date.value == "2025-03-05"
    assert _event(doc, "seized").date.value == "2025-03-05"


def test_a_year_that_names_a_thing_does_not_date_the_next_sentence(extract):
    doc = extract("- 3 May: The government suspended the 1972 border accord and closed two crossings. "
                  "It also expelled three diplomats.", published="2025-05-20")
    assert _event(doc, "expelled").date.value == "2025-05-03"


def test_an_act_within_an_hour_of_the_last_goes_on_from_the_storys_day(extract):
    text = ("Troops surrounded parliament at 11 p.m. on Sunday. It was the first deployment in the capital since "
            "1980.\n\nWithin an hour, the army command issued an order banning all rallies.")
    assert _event(extract(text, published="2025-03-04"), "banning").date.value == "2025-03-02"


def test_a_day_a_phrase_of_time_bounds_is_the_day_the_story_goes_on_from(extract):
    text = ("Rebels crossed the river at dawn on 3 March. By nightfall they had overrun four villages. "
            "The army said it had shelled their positions.")
    assert _event(extract(text, published="2025-03-10"), "shelled").date.value.startswith("2025-03-03")
    text = ("It was just after four in the morning of Friday 6 June when the convoy reached the checkpoint. "
            "A roadside bomb killed three soldiers.")
    assert _event(extract(text, published="2025-07-01"), "killed").date.value.startswith("2025-06-06")
    text = "Police fired tear gas on 4 March. Unrest has gone on there since 2019. Rioters attacked a police station."
    assert _event(extract(text, published="2025-03-10"), "attacked").date.value == "2025-03-04"
    text = ("On Monday, 10 March, the two governments announced that their ambassadors would return by 14 March. "
            "The foreign minister invited his counterpart to Nairobi.")  # a deadline is no day of the story
    assert _event(extract(text, published="2025-03-20"), "invited").date.value == "2025-03-10"


def test_an_act_a_source_is_said_to_report_takes_the_day_of_the_saying(extract):
    doc = extract("The militia agreed to a three-day truce, the mediators said on Thursday.", published="2025-03-08")
    assert _event(doc, "agreed").date.value == "2025-03-06"


def test_an_event_noun_that_names_an_earlier_act_again_takes_its_day(extract):
    doc = extract("Events\n\n- 4 March – Militiamen attacked Tabit, a village in North Darfur, killing 40 people.\n"
                  "- 5 March – The African Union condemned the attack.", published="2025-03-20")
    assert _event(doc, "condemned").date.value == "2025-03-05"
    assert _event(doc, "attacked").date.value == "2025-03-04"
    assert not [e for e in doc.events if e.trigger.text == "attack"]  # named again (CONVENTIONS rule 10)
    doc = extract("A bulk carrier was struck by a missile west of Aden on 13 July. The crew are safe.\n"
                  "The militia claimed the attack in a statement the next day.", published="2024-07-20")
    assert _event(doc, "attack").date.value == "2024-07-13"
    doc = extract("Rebels ambushed an army convoy near Beni on Monday.\n\nOn Wednesday, the government condemned the "
                  "rebels' attack.", published="2025-03-08")
    assert (_event(doc, "attack").date.value, _event(doc, "condemned").date.value) == ("2025-03-03", "2025-03-05")


def test_an_act_ordered_resumed_or_launched_is_done_now_not_on_the_day_of_the_last_one(extract):
    doc = extract("- 2 May: Rebels shelled the garrison at Hpakant.\n"
                  "- 9 May: The rebels resumed their offensive on the town.", published="2025-06-01")
    assert [e.date.value for e in doc.events if e.type == "ASSAULT"] == ["2025-05-02", "2025-05-09"]
    doc = extract("On 2 March the government recalled its ambassador from Addis Ababa.\n\nOn 9 March the cabinet "
                  "expelled two diplomats and ordered the closure of the Ethiopian consulate in Hargeisa.",
                  published="2025-04-01")
    assert _event(doc, "closure").date.value == "2025-03-09"


def test_a_participle_misread_in_a_sentence_with_no_other_verb_still_tells_the_storys_day(extract):
    text = ("In the capital, fury boiled over on Monday last. Students angry at what they called the indifference of "
            "foreign governments stormed the embassies of Canada and Japan.")
    assert _event(extract(text, published="2025-03-08"), "stormed").date.value == "2025-03-03"


def test_a_post_stamp_dates_the_acts_of_its_post(extract):
    text = ("#2210 · 03.02 · 06:55\nSoldiers arrested two journalists at the border crossing.\n\n"
            "#2209 · 01.02 · 21:30\nRebels shelled the airport.\n")
    doc = extract(text, published="2025-02-03")
    assert _event(doc, "arrested").date.value == "2025-02-03T06:55"
    assert _event(doc, "shelled").date.value == "2025-02-01T21:30"


def test_a_weekday_with_its_ordinal_day_dates_the_act(extract):
    doc = extract("Police detained the union leader on Thursday, the 23rd, his lawyer said.", published="2025-10-30")
    assert _event(doc, "detained").date.value == "2025-10-23"


def test_an_act_later_that_evening_after_a_since_aside_is_on_the_story_s_day(extract):
    text = ("On 14 November the militia entered the town. The clinic has had no fuel since October. "
            "Later that evening the militia looted the pharmacy.")
    doc = extract(text, published="2025-11-20")
    assert _event(doc, "looted").date.value == "2025-11-14TEV"


def test_an_act_told_overnight_is_on_the_day_of_the_report_one_overnight_into_a_day_on_that_day(extract):
    text = "Drones hit a fuel depot in Bryansk overnight, the governor said on Tuesday."
    doc = extract(text, published="2025-03-11")
    assert _event(doc, "hit").date.value == "2025-03-11"
    doc = extract("Drones hit a fuel depot in Bryansk overnight into Saturday.", published="2025-03-11")
    assert _event(doc, "hit").date.value == "2025-03-08"  # the day the night ran into (the timex: Friday night)


def test_an_act_named_by_a_noun_a_span_of_time_counts_from_lies_that_span_before(extract):
    doc = extract("Israel struck Iranian air defences on Saturday, a day after the first missile attack on Tel Aviv.",
                  published="2025-03-10")
    assert (_when(doc, "struck"), _when(doc, "attack")) == ("2025-03-08", "2025-03-07")
    doc = extract("Israel struck Iranian air defences on Saturday, two days after Thursday's missile attack.",
                  published="2025-03-10")
    assert _when(doc, "attack") == "2025-03-06"  # the noun's own day stands


def test_an_act_that_spreads_on_a_day_is_dated_that_day_not_when_it_began(extract):
    text = "Troops clashed along the border on Thursday. On Friday the fighting spread to three more provinces."
    assert _when(extract(text, published="2025-07-29"), "fighting") == "2025-07-25"
    text = "Troops clashed along the border on Thursday. The fighting killed 12 people, officials said on Friday."
    assert _when(extract(text, published="2025-07-29"), "fighting") == "2025-07-24"


def test_a_clause_counted_from_an_undated_main_clause_counts_from_the_paragraph_s_last_day(extract):
    text = ("Turkish jets bombed camps in northern Iraq on 12 February. The raid came two days after militants "
            "had ambushed a patrol near Hakkari.")
    assert _when(extract(text, published="2025-02-20"), "ambushed") == "2025-02-10"


def test_a_captions_closing_date_dates_its_act_though_parsed_onto_a_noun(extract):
    doc = extract("Police detain a student who was injured in the march in Kisumu, March 4.", published="2025-03-09")
    assert _when(doc, "detain") == "2025-03-04"


def test_an_undated_caption_of_a_gallery_shows_the_day_of_the_captions_before_it(extract):
    text = ("In pictures: the strike\n\n"
            "**1 / 12**\nDockworkers march through the port of Mombasa on Monday, March 3.\n\n"
            "**2 / 12**\nRiot police arrest a union official outside the port office.\n\n"
            "**3 / 12**\nPolice officers fire tear gas at strikers outside the harbour gate.\n\n"
            "**4 / 12**\nStrikers block the road to the container terminal with burning tyres, Tuesday.")
    doc = extract(text, published="2025-03-14")
    assert _when(doc, "arrest") == "2025-03-03"
    assert _when(doc, "block") == "2025-03-04"


def test_an_undated_paragraph_outside_a_gallery_keeps_the_published_date(extract):
    text = ("Dockworkers marched through the port of Mombasa on Monday, March 3.\n\n"
            "Police officers fire tear gas at strikers outside the harbour gate.")
    assert _when(extract(text, published="2025-03-14"), "fire") == "2025-03-14"


def test_an_undated_paragraph_told_in_the_past_goes_on_from_the_storys_day(extract):
    text = ("## The summit\n\nOn Thursday the two presidents met in Baku for four hours.\n\n"
            "What came out was a short statement. Aliyev said the two men had reached an agreement on the border.\n\n"
            "## Reactions\n\nThe ministers condemned the shelling of Tavush.")
    doc = extract(text, published="2025-03-09")
    assert _when(doc, "agreement") == "2025-03-06"
    assert _when(doc, "condemned") == "2025-03-09"  # another section: the published date


def test_an_undated_paragraph_after_yesterdays_news_keeps_the_published_date(extract):
    text = "Drones struck the port of Odesa last night, the governor said.\n\nThe ministry denounced the raids."
    assert _when(extract(text, published="2025-03-09"), "denounced") == "2025-03-09"


def test_an_event_noun_subject_of_a_dated_clause_takes_that_date_not_an_earlier_act_s(extract):
    text = ("Artillery units shelled the border villages again yesterday.\n\n"
            "The fighting broke out at dawn on Thursday near the border post.")
    doc = extract(text, published="2025-07-29")
    assert _when(doc, "shelled") == "2025-07-28"
    assert _when(doc, "fighting") == "2025-07-24TMO"  # its own clause's day, not the shelling's told before
    text = ("On 4 May 2019 gunmen shot dead a village chief near the market. His killing shocked the region, and "
            "the next year two of the gunmen were jailed.")
    assert _when(extract(text, published="2025-07-29"), "killing") == "2019-05-04"  # not the next clause's year


def test_a_day_bounded_by_a_phrase_of_time_dates_the_undated_paragraph_after_it(extract):
    text = ("The clashes began shortly after dawn on Thursday near the border post.\n\n"
            "A spokesman said the soldiers had flown a drone over the positions before opening fire.")
    assert _when(extract(text, published="2025-07-29"), "opening") == "2025-07-24TMO"


def test_a_site_named_with_its_country_is_the_place_not_the_country(extract):
    text = "On Sunday militia fighters fired rockets at Ain al-Asad Air Base in Iraq."
    event = _event(extract(text, published="2025-01-14"), "fired")
    assert _where(event) == "Ain al-Asad Air Base"


def test_a_hospital_the_tagger_named_with_its_town_is_placed_in_the_town(extract):
    text = "A missile struck the Barzilai Medical Center in Ashkelon on Monday."
    assert _where(_event(extract(text, published="2025-07-29"), "struck")) == "Ashkelon"


@pytest.mark.parametrize("text, place", [
    # a province named in the possessive holds the district named after it: the district is where
    ("A rocket struck a petrol station next to a shop in Surin's Prasat district on Thursday.", "Prasat"),
    # ... but a possessive place with nothing placed after it is still the place
    ("A rocket struck a petrol station next to a shop in Surin's outskirts on Thursday.", "Surin"),
])
def test_a_place_named_in_the_possessive_gives_way_to_the_place_it_holds(extract, text, place):
    assert _where(_event(extract(text, published="2025-07-29"), "struck")) == place


@pytest.mark.parametrize("text, place", [
    # a square one reports from at the moment of the act is where the act was
    ("Dozens of journalists were injured while reporting from Freedom Square in Nairobi.", "Freedom Square"),
    # ... but a town one flees from is not
    ("Two men were shot dead as they fled from Kherson.", None),
])
def test_a_street_one_acts_from_in_a_clause_of_the_same_moment_is_the_place(extract, text, place):
    event = next(e for e in extract(text, published="2025-07-29").events if e.type == "ASSAULT")
    assert _where(event) == place
