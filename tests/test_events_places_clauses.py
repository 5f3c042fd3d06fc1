"""Where events happened when the place is said in a side phrase: attributions, descriptions, bearings,
"when" clauses, trips, wire datelines with country and credit, bodies acting at their seat. Styles first met
in the places10 blind round (an access update organised by crossing, a regional wire digest). Sentences
written for these tests."""

from __future__ import annotations


def _by_trigger(doc, word):
    found = [e for e in doc.events if e.trigger.text == word]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def _where(event):
    return (event.location.text, event.location.start, event.location.end) if event.location else None


def test_the_town_of_an_attributed_source_is_no_place_of_the_act(extract):
    """"according to the regional police in Kharkiv": where the source sits, not where four were killed."""
    doc = extract("Four people were killed on Monday, according to the regional police in Kharkiv.",
                  published="2024-09-03")
    assert _where(_by_trigger(doc, "killed")) is None


def test_the_verb_of_a_strike_noun_places_it(extract):
    """"A drone strike hit a minibus on the highway north of Kherson": the clause of "hit" says where the
    strike fell (its harm is the strike's, eval/CONVENTIONS.md rule 9)."""
    text = "A drone strike hit a minibus on the highway north of Kherson on Sunday, killing two passengers."
    doc = extract(text, published="2024-09-02")
    assert _where(_by_trigger(doc, "strike")) == ("Kherson", 53, 60)


def test_a_bearing_names_the_nearest_town(extract):
    doc = extract("Gunmen attacked a bus east of Maiduguri on Tuesday.", published="2024-09-05")
    assert _where(_by_trigger(doc, "attacked")) == ("Maiduguri", 30, 39)


def test_a_checkpoint_named_after_a_place_is_finer_than_the_road_it_is_on(extract):
    """"the Qalandia checkpoint on the road from Ramallah": the road's end is farther off than the name."""
    doc = extract("A guard was shot at the Qalandia checkpoint on the road from Ramallah to Jerusalem.",
                  published="2024-09-05")
    assert _where(_by_trigger(doc, "shot")) == ("Qalandia", 24, 32)


def test_acts_told_as_one_moment_share_their_place(extract):
    doc = extract("A medic was wounded on 3 May when soldiers fired at an ambulance in Hebron.", published="2024-05-06")
    assert _where(_by_trigger(doc, "wounded")) == ("Hebron", 68, 74)


def test_a_description_of_the_object_is_no_place_of_a_vote(extract):
    """"the mandate of UNMISS, the mission in South Sudan": where the mission is, not where the Council voted."""
    doc = extract("The Security Council voted on Friday to renew the mandate of UNMISS, the mission in South Sudan.",
                  published="2024-09-06")
    assert _where(_by_trigger(doc, "renew")) is None


def test_a_body_acts_at_its_seat_when_the_dateline_names_it(extract):
    text = ("NEW YORK (Harbour Wire) - The Security Council voted on Friday to renew the mandate of UNMISS, "
            "the mission in South Sudan.\n\n"
            "KYIV (Harbour Wire) - Russian drones struck a power plant overnight.")
    doc = extract(text, published="2024-09-06")
    assert _where(_by_trigger(doc, "renew")) == ("NEW YORK", 0, 8)
    assert _where(_by_trigger(doc, "struck")) == ("KYIV", 124, 128)


def test_an_item_dateline_with_its_country_and_credit_places_the_fighting(extract):
    text = ("KHARKIV, Ukraine (Harbour Wire) - Russian troops shelled a village overnight, officials said.\n\n"
            "ODESA, Ukraine (Harbour Wire) - Police arrested two men after a protest turned violent.")
    doc = extract(text, published="2024-09-06")
    assert _where(_by_trigger(doc, "shelled")) == ("KHARKIV", 0, 7)
    assert _where(_by_trigger(doc, "arrested")) == ("ODESA", 95, 100)


def test_a_trip_takes_place_where_it_went_and_places_no_act_of_the_main_clause(extract):
    doc = extract("The foreign minister, who cut short a trip to Jordan, criticised the decision.", published="2024-09-06")
    assert _where(_by_trigger(doc, "trip")) == ("Jordan", 46, 52)
    assert _where(_by_trigger(doc, "criticised")) is None


def test_a_named_building_yields_to_the_town_its_apposition_names(extract):
    text = ("Mikati met the UNHCR representative, Ivo Freijsen, in the Grand Serail, the seat of government in "
            "Beirut, to discuss refugees.")
    doc = extract(text, published="2024-09-06")
    assert _where(_by_trigger(doc, "met")) == ("Beirut", 98, 104)


def test_a_participle_of_harm_takes_the_place_of_a_target_carried_near_a_town(extract):
    """"a truck carrying food near Kutum": the object's ongoing participle says where it was hit."""
    doc = extract("Gunmen ambushed a truck carrying flour near Kadugli and abducted its driver.", published="2024-06-10")
    assert _where(_by_trigger(doc, "ambushed")) == ("Kadugli", 44, 51)


def test_a_court_rules_at_its_seat_named_by_a_dated_story_dateline(extract):
    text = "THE HAGUE, May 24 (Wire) — The International Court of Justice ordered Israel on Friday to halt its offensive."
    doc = extract(text, published="2024-05-24")
    assert _where(_by_trigger(doc, "ordered")) == ("THE HAGUE", 0, 9)


def test_a_when_clause_of_another_time_shares_no_place(extract):
    """"since May, when soldiers attacked a market in Kutum": the shelling since then may be anywhere."""
    doc = extract("Militias have shelled the camp almost daily since May, when soldiers attacked a market in Kutum.",
                  published="2024-06-14")
    assert _where(_by_trigger(doc, "attacked")) == ("Kutum", 90, 95)
    assert _where(_by_trigger(doc, "shelled")) is None


def test_doers_named_in_an_earlier_sentence_do_not_place_a_later_act(extract):
    """"The strikes hit ..." takes its doers from the sentence before; the partners named beside them
    there ("with support from Britain and Australia") are not where the strikes fell."""
    doc = extract("Navy jets, in coordination with Britain and with support from Australia and Canada, struck radar "
                  "sites at four locations in Yemen on Friday. The strikes hit two depots.", published="2024-01-13")
    strikes = next(e for e in doc.events if e.trigger.text == "strikes")
    assert [a.text for a in strikes.actors] == ["Navy jets"]
    assert strikes.location is None or strikes.location.text == "Yemen"


# Round places13: a scene opened "From X,", a target's place inside a fronted town, a building said again, a way
# into a place, "out of", a participle of the doer's, two reported clauses joined by "and", a town's edge.

def test_a_fronted_from_phrase_is_where_the_speaker_was_not_whom_he_asked(extract):
    doc = extract("From Nairobi, the envoy urged the rebels to return to talks.", published="2024-10-20")
    urged = _by_trigger(doc, "urged")
    assert _where(urged) == ("Nairobi", 5, 12)
    assert [r.text for r in urged.recipients] == ["rebels"]


def test_a_place_said_inside_the_fronted_towns_scene_is_finer(extract):
    doc = extract("In Kyiv, a Russian drone hit a house in Obolon on Monday.", published="2024-10-20")
    assert _where(_by_trigger(doc, "hit")) == ("Obolon", 40, 46)


def test_where_a_march_went_inside_the_fronted_scene_is_finer(extract):
    """"In East Java, workers marched to the police headquarters in Surabaya": the town the march went to."""
    doc = extract("In East Java, thousands of workers marched to the police headquarters in Surabaya on Monday.", published="2024-10-20")
    assert _where(_by_trigger(doc, "marched")) == ("Surabaya", 73, 81)


def test_a_march_to_a_coarser_place_keeps_the_fronted_town(extract):
    doc = extract("In Surabaya, thousands of workers marched to the offices of East Java province on Monday.",
                  published="2024-10-20")
    assert _where(_by_trigger(doc, "marched")) == ("Surabaya", 3, 11)


def test_a_building_said_again_is_where_it_was_first_placed(extract):
    text = ("Police cornered the gunmen in a church in Bamenda on Friday. "
            "Soldiers then surrounded the church and exchanged fire with the men inside.")
    doc = extract(text, published="2024-10-20")
    assert _where(_by_trigger(doc, "surrounded")) == ("Bamenda", 42, 49)
    assert _where(_by_trigger(doc, "exchanged")) == ("Bamenda", 42, 49)


def test_near_the_entrance_to_a_camp_is_at_the_camp(extract):
    doc = extract("Near the entrance to the Balata camp, soldiers shot two teenagers on Sunday.", published="2024-10-20")
    assert _where(_by_trigger(doc, "shot")) == ("Balata camp", 25, 36)


def test_a_participle_of_the_doers_next_act_is_where_the_clauses_act_was(extract):
    doc = extract("Soldiers beat three farmers at a checkpoint near Kaya, accusing them of helping the insurgents.",
                  published="2024-10-20")
    assert _where(_by_trigger(doc, "accusing")) == ("Kaya", 49, 53)


def test_a_fronted_town_covers_a_second_report_joined_by_and(extract):
    """The parse hangs each clause on "said"; joined by "and", they are one report with one scene."""
    doc = extract("In Sumy, army bulldozers tore up two roads on Monday, and troops kept the main hospital cordoned "
                  "off, local officials said.", published="2024-10-20")
    assert _where(_by_trigger(doc, "cordoned")) == ("Sumy", 3, 7)


def test_the_towns_edge_is_the_town_said_before(extract):
    doc = extract("Fighting raged in Wad Kamil overnight, and a drone hit a house on the town's northern edge, "
                  "Sudanese officials said.", published="2024-10-20")
    assert _where(_by_trigger(doc, "hit")) == ("Wad Kamil", 18, 27)


def test_a_town_in_a_territory_is_finer_than_the_territory(extract):
    """In eastern Congo a territory is a district (Uvira is also a city's name): the mining town taken is the
    finer place."""
    doc = extract("Rebel fighters took the mining town of Nyabiondo, in Uvira territory, on Tuesday.",
                  published="2024-05-02")
    assert _where(_by_trigger(doc, "took")) == ("Nyabiondo", 39, 48)


def test_the_sentence_after_a_placed_act_tells_the_same_incident(extract):
    """News names an incident's place once: the car struck in the next sentence was struck in Culiacán."""
    doc = extract("Gunmen shot dead a journalist in Culiacán on Friday. His car was struck by at least ten bullets.",
                  published="2024-09-02")
    assert _where(_by_trigger(doc, "struck")) == ("Culiacán", 33, 41)


def test_an_attack_set_apart_as_separate_takes_no_place_from_the_sentence_before(extract):
    doc = extract("Gunmen shot dead a journalist in Culiacán on Friday. In a separate attack, bandits killed two "
                  "farmers.", published="2024-09-02")
    assert _where(_by_trigger(doc, "attack")) is None


def test_a_new_paragraph_takes_no_place_from_the_one_before(extract):
    doc = extract("Gunmen shot dead a journalist in Culiacán on Friday.\n\nHis car was struck by at least ten "
                  "bullets.", published="2024-09-02")
    assert _where(_by_trigger(doc, "struck")) is None


def test_a_curfew_after_a_placed_killing_is_laid_on_no_one_spot(extract):
    doc = extract("Troops killed two protesters in Mombasa on Monday. The government imposed a curfew that night.",
                  published="2024-09-02")
    assert _where(_by_trigger(doc, "killed")) == ("Mombasa", 32, 39)
    assert _where(_by_trigger(doc, "imposed")) is None


def test_a_village_stormed_is_where_the_storming_was(extract):
    """The tagger takes "Kafr Dabiq" for a person, but one storms no person (the killing after it is the storming's,
    eval/CONVENTIONS.md rule 9)."""
    doc = extract("Militiamen stormed Kafr Dabiq on Thursday and killed dozens of villagers, witnesses said.",
                  published="2024-09-02")
    assert _where(_by_trigger(doc, "stormed")) == ("Kafr Dabiq", 19, 29)


def test_the_shelling_of_a_town_that_killed_residents_was_on_that_town(extract):
    """The clause before names another town; the shelling and its dead are placed by "of Shebekino"."""
    doc = extract("Artillery fire hit a depot in Kursk on Monday, and Ukrainian shelling of Shebekino has killed two "
                  "residents this week.", published="2024-09-02")
    assert _where(_by_trigger(doc, "fire")) == ("Kursk", 30, 35)
    assert _where(_by_trigger(doc, "shelling")) == ("Shebekino", 73, 82)
    assert _where(_by_trigger(doc, "killed")) == ("Shebekino", 73, 82)


def test_a_ship_named_again_without_its_kind_is_no_place(extract):
    """"the bulk carrier Verona" makes Verona a ship in this story, also where it is named bare."""
    doc = extract("Rebels struck the bulk carrier Verona with a drone boat on Tuesday. They later claimed they had "
                  "attacked the Verona with missiles.", published="2024-09-02")
    assert _where(_by_trigger(doc, "attacked")) is None


def test_acts_of_one_incident_told_in_one_sentence_share_its_one_place(extract):
    """The sentence names Odesa once: the missiles downed and the people hurt by debris were there."""
    text = "On Thursday, Russian forces fired 20 missiles at Odesa; air defence downed most of them, but debris " \
           "injured five people."
    doc = extract(text, published="2024-09-02")
    assert [_where(_by_trigger(doc, w)) for w in ("fired", "downed", "injured")] == [("Odesa", 49, 54)] * 3


def test_another_sides_attack_in_the_same_sentence_is_not_placed_by_the_first(extract):
    doc = extract("Russian strikes hit Kharkiv overnight, while Ukrainian drones attacked two refineries.",
                  published="2024-09-02")
    assert _where(_by_trigger(doc, "strikes")) == ("Kharkiv", 20, 27)
    assert _where(_by_trigger(doc, "attacked")) is None


def test_where_a_crew_has_been_held_since_is_not_where_the_ship_was_seized(extract):
    doc = extract("Fighters seized the tanker Ardent Sky on 3 May and have held its crew in Mukalla since then.",
                  published="2024-09-02")
    assert _where(_by_trigger(doc, "held")) == ("Mukalla", 73, 80)
    assert _where(_by_trigger(doc, "seized")) is None


def test_an_act_across_the_country_is_not_placed_by_a_riot_in_one_town(extract):
    doc = extract("On 2 May, as workers enforced a general strike across the country, rioters set fire to a police "
                  "station in Mombasa.", published="2024-09-02")
    assert _where(_by_trigger(doc, "set")) == ("Mombasa", 107, 114)
    assert _where(_by_trigger(doc, "enforced")) is None


def test_two_verbs_sharing_an_object_share_the_place_said_after_it(extract):
    """The parse hangs "near Pagasa Reef" on "boarded"; the ramming was of the same boats, there."""
    doc = extract("Coast guard crews rammed and boarded two fishing boats near Pagasa Reef, as Manila calls the reef, "
                  "on Monday.", published="2024-09-02")
    assert _where(_by_trigger(doc, "rammed")) == ("Pagasa Reef", 60, 71)


def test_the_states_whose_embassies_were_stormed_are_no_place_of_it(extract):
    doc = extract("Crowds stormed the embassies of Rwanda, France and Kenya on Tuesday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "stormed")) is None


def test_a_sentence_opening_on_its_scene_places_the_next_sentences_acts(extract):
    """"In Kinshasa, anger boiled over": no act, but the scene of what the paragraph tells next."""
    text = ("In Kinshasa, anger boiled over on Tuesday. Crowds stormed the embassies of Rwanda, France and Kenya "
            "and set a car alight.")
    doc = extract(text, published="2024-11-25")
    assert _where(_by_trigger(doc, "stormed")) == ("Kinshasa", 3, 11)
    assert _where(_by_trigger(doc, "set")) == ("Kinshasa", 3, 11)


def test_a_city_entered_is_the_city_named_before(extract):
    doc = extract("Rebel columns reached the outskirts of Bukavu on Friday. By Sunday night rebel columns had entered "
                  "the city.", published="2024-11-25")
    assert _where(_by_trigger(doc, "entered")) == ("Bukavu", 39, 45)


def test_an_act_on_the_edge_of_the_town_is_at_the_town_named_before(extract):
    doc = extract("The battle around Kherson lasted several days. Artillery shelled a column of trucks on the eastern "
                  "edge of the town.", published="2024-11-25")
    assert _where(_by_trigger(doc, "shelled")) == ("Kherson", 18, 25)


def test_fighting_in_the_quarters_of_the_city_is_at_the_city_of_the_paragraph_before(extract):
    """The gerund subject is placed by its verb's phrases; "around X and in Y" are phrases of one clause; the
    paragraph of the fighting names no town, so the one before says which city."""
    text = ("Rebel columns reached the airport in Goma on Monday.\n\n"
            "Fighting went on through Tuesday around the airport and in the western quarters of the city.")
    doc = extract(text, published="2024-11-25")
    assert _where(_by_trigger(doc, "Fighting")) == ("Goma", 37, 41)


def test_a_name_after_at_of_a_meeting_is_its_venue(extract):
    """"at Qasr al-Nour": the tagger's head of the name is the lower-case "al"; one meets somewhere."""
    doc = extract("On Sunday the king met the visiting envoys at Qasr al-Nour and discussed the ceasefire.",
                  published="2024-11-25")
    assert _where(_by_trigger(doc, "met")) == ("Qasr al-Nour", 46, 58)
    assert _where(_by_trigger(doc, "discussed")) == ("Qasr al-Nour", 46, 58)


def test_a_palace_the_gazetteer_lacks_is_in_the_country_of_the_town_before(extract):
    doc = extract("The envoy flew to Amman on Monday. She held talks with the foreign minister at the Raghadan Palace.",
                  published="2024-11-25")
    event = _by_trigger(doc, "talks")
    assert _where(event) == ("the Raghadan Palace", 79, 98)
    assert {p.id: p for p in doc.places}[event.location.place].country == "JOR"


def test_a_town_said_struck_in_the_passive_is_where_the_strike_fell(extract):
    doc = extract("Russia launched drones at Ukraine. Kharkiv was shelled overnight, and two people were killed.",
                  published="2024-11-25")
    shelled = _by_trigger(doc, "shelled")
    assert _where(shelled) == ("Kharkiv", 35, 42)
    assert [r.text for r in shelled.recipients] == ["Kharkiv"]
    assert _where(_by_trigger(doc, "killed")) == ("Kharkiv", 35, 42)


def test_an_act_over_a_list_of_places_is_at_the_first_named(extract):
    doc = extract("Drones struck energy facilities in Lviv, Ternopil and Rivne oblasts overnight.", published="2024-11-25")
    assert _where(_by_trigger(doc, "struck")) == ("Lviv", 35, 39)


def test_drones_shot_down_over_towns_are_placed_by_the_sky_over_the_first(extract):
    doc = extract("Air defences shot down most of the drones over Odesa and Mykolaiv overnight.", published="2024-11-25")
    assert _where(_by_trigger(doc, "shot")) == ("Odesa", 47, 52)


def test_ground_taken_is_where_not_the_town_it_lies_a_bearing_from(extract):
    doc = extract("The rebels captured Taftanaz and Saraqib on the highway south of Aleppo.", published="2024-11-25")
    assert _where(_by_trigger(doc, "captured")) == ("Taftanaz", 20, 28)
    doc = extract("The army recaptured Jebel Marra, a range of hills west of the city of Nyala, on Tuesday.",
                  published="2024-11-25")
    assert _where(_by_trigger(doc, "recaptured")) == ("Jebel Marra", 20, 31)


def test_a_country_only_struck_is_no_place_but_ground_invaded_or_a_part_named_is(extract):
    assert _by_trigger(extract("Israel struck Iran on Friday.", published="2025-06-13"), "struck").location is None
    assert _by_trigger(extract("Iran launched missiles toward Israel on Tuesday.", published="2024-10-01"),
                       "launched").location is None
    assert _where(_by_trigger(extract("Russia invaded Ukraine in February 2022.", published="2024-11-25"),
                              "invaded")) == ("Ukraine", 15, 22)
    assert _where(_by_trigger(extract("Missiles hit central and southern Israel overnight.", published="2024-10-01"),
                              "hit")) == ("Israel", 34, 40)


def test_a_town_at_an_end_of_a_stretch_is_finer_than_the_region_that_opens_the_sentence(extract):
    doc = extract("In Kharkiv region, gunmen attacked a convoy between Izium and Balakliia on Tuesday.",
                  published="2024-11-25")
    assert _where(_by_trigger(doc, "attacked")) == ("Izium", 52, 57)
    doc = extract("In Kharkiv region, a convoy was attacked by gunmen between Izium and Balakliia on Tuesday.",
                  published="2024-11-25")
    assert _where(_by_trigger(doc, "attacked")) == ("Izium", 59, 64)


def test_capitals_between_which_talks_are_held_are_parties_not_places(extract):
    doc = extract("Talks between Kyiv and Moscow resumed in Istanbul on Monday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "Talks")) == ("Istanbul", 41, 49)


def test_an_event_noun_is_placed_by_the_participle_said_of_it(extract):
    doc = extract("The toll of the attack carried out on Sunday in Kfar Roummane has risen to nine.", published="2024-11-25")
    assert _where(_by_trigger(doc, "attack")) == ("Kfar Roummane", 48, 61)


def test_a_verbless_parse_of_talks_opened_still_places_the_talks(extract):
    """The parser hangs "opened" on "truce" and leaves the sentence with no verb: the noun's phrase holds it."""
    doc = extract("Talks on a truce opened in Doha on Monday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "Talks")) == ("Doha", 27, 31)


def test_a_hyphened_bearing_after_a_distance_places_the_hit_by_its_town(extract):
    doc = extract("The tanker was hit about 40 nautical miles south-west of Hodeidah on Monday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "hit")) == ("Hodeidah", 57, 65)


def test_assaults_repelled_were_made_where_they_were_repelled(extract):
    doc = extract("Ukrainian forces repelled 20 Russian assaults in the Kramatorsk direction on Tuesday.", published="2024-11-25")
    assert _where(_by_trigger(doc, "assaults")) == ("Kramatorsk", 53, 63)
    doc = extract("Speaking in Geneva, the envoy condemned the strikes.", published="2024-11-25")
    assert _by_trigger(doc, "strikes").location is None


def test_a_village_named_before_the_phrase_that_says_where_it_lies_is_the_place(extract):
    """News names the village first and then the area it lies in ("School, Kurmi, in Bakori Local Government Area
    of Katsina State"): the first name is where, though no gazetteer knows it; its country is the state's."""
    text = ("Thirty pupils were abducted early on Sunday, 9 March, when gunmen attacked the Government Day Secondary "
            "School, Kurmi, in Bakori Local Government Area of Katsina State.")
    doc = extract(text, published="2025-03-10")
    assert _where(_by_trigger(doc, "abducted")) == ("Kurmi", 112, 117)
    assert _where(_by_trigger(doc, "attacked")) == ("Kurmi", 112, 117)
    place = next(p for p in doc.places if p.id == _by_trigger(doc, "attacked").location.place)
    assert place.country == "NGA"


def test_the_first_of_a_quarter_and_its_town_before_the_area_is_the_place(extract):
    text = ("Gunmen attacked the Baptist church at Tunga-Maje, Gidan Bako, in Kauru Local Government Area of Kaduna "
            "State, on Sunday, 9 March, and opened fire on worshippers.")
    doc = extract(text, published="2025-03-10")
    assert _where(_by_trigger(doc, "attacked")) == ("Tunga-Maje", 38, 48)
    assert _where(_by_trigger(doc, "opened")) == ("Tunga-Maje", 38, 48)


def test_a_building_said_again_is_in_the_village_named_with_it(extract):
    """"Traders of the Central Market, Dogo, ... when armed men invaded the market": the market named again is the
    one in Dogo, and the traders were taken there."""
    text = ("Traders of the Central Market, Dogo, in Zuru Local Government Area of Kebbi State, were kidnapped on "
            "Monday, 10 March, when armed men invaded the market.")
    doc = extract(text, published="2025-03-11")
    assert _where(_by_trigger(doc, "kidnapped")) == ("Dogo", 31, 35)
    assert _where(_by_trigger(doc, "invaded")) == ("Dogo", 31, 35)


def test_a_place_carried_from_a_headline_is_cited_where_the_sentence_names_it(extract):
    """The school said again ("invaded the school") is the one of the headline, in Yantumaki; the sentence names
    Yantumaki itself, and that mention, not the headline's, is the place's evidence. The headline's name is no
    line break longer than the town."""
    text = ("KATSINA: Forty pupils taken from boarding school in Yantumaki\n\nForty pupils of St Anne's Secondary "
            "School, Yantumaki, in Danmusa Local Government Area of Katsina State, were abducted on Friday, 14 March, "
            "when armed men invaded the school.")
    doc = extract(text, published="2025-03-15")
    assert _where(_by_trigger(doc, "invaded")) == ("Yantumaki", 107, 116)
    assert _where(_by_trigger(doc, "abducted")) == ("Yantumaki", 107, 116)
    assert all("\n" not in e.location.text for e in doc.events if e.location is not None)


def test_a_town_said_again_is_cited_at_its_last_mention_before_the_act(extract):
    """"the centre of the town" is the Bukavu named before; the name said after the act ("the main market of
    Bukavu") is no antecedent of it."""
    text = ("Rebel columns reached the outskirts of Bukavu on Sunday.\n\nBy Monday they were fighting in the centre "
            "of the town, and shells hit the main market of Bukavu.")
    doc = extract(text, published="2025-03-11")
    assert _where(_by_trigger(doc, "fighting")) == ("Bukavu", 39, 45)


def test_forces_are_mobilized_where_they_are_sent(extract):
    """"deploy more officers to Kurmi", "the deployment of Russian troops to Belarus" (where they go, not for
    whom; nor where the envoy was summoned), "deployed to search the forests around Kurmi" (the ground of their
    task)."""
    doc = extract("Gunmen attacked Kurmi, a village in Katsina State, on Sunday. The governor directed the police and "
                  "the army to deploy more officers to Kurmi and the surrounding villages.", published="2025-03-10")
    assert _where(_by_trigger(doc, "deploy")) == ("Kurmi", 135, 140)
    doc = extract("The Estonian government summoned the Belarusian envoy in Tallinn on Monday over the deployment of "
                  "Russian troops to Belarus.", published="2025-03-10")
    assert _where(_by_trigger(doc, "deployment")) == ("Belarus", 116, 123)
    assert _where(_by_trigger(doc, "summoned")) == ("Tallinn", 57, 64)
    doc = extract("Police units and vigilantes were deployed on Monday to search the forests around Kurmi and the "
                  "nearby hamlets.", published="2025-03-10")
    assert _where(_by_trigger(doc, "deployed")) == ("Kurmi", 81, 86)


def test_a_town_inside_the_name_of_a_summit_is_not_where_it_met(extract):
    doc = extract("Rama takes part in the Berlin Process summit in Tirana and asks partners for more investment.",
                  published="2025-03-10")
    assert _where(_by_trigger(doc, "takes")) == ("Tirana", 48, 54)
    assert _where(_by_trigger(doc, "asks")) == ("Tirana", 48, 54)


def test_a_speakers_own_reported_act_took_place_at_the_fronted_scene(extract):
    """"In Ottawa, the foreign minister said she had spoken to ...": told by its doer, where she was."""
    doc = extract("In Ottawa, the foreign minister said she had spoken to her Indian counterpart on Monday.",
                  published="2025-03-10")
    assert _where(_by_trigger(doc, "spoken")) == ("Ottawa", 3, 9)


def test_what_a_town_owns_was_struck_in_the_town(extract):
    doc = extract("In Kherson, the regional governor said nine drones struck the city's power stations overnight.",
                  published="2025-03-10")
    assert _where(_by_trigger(doc, "struck")) == ("Kherson", 3, 10)


def test_a_named_base_said_again_by_its_last_word_is_the_place(extract):
    doc = extract("The former president was flown to the Camp Bagong Diwa Air Base on Monday night. Police deployed "
                  "extra units around the base as his supporters gathered at the gates.", published="2025-03-11")
    assert _where(_by_trigger(doc, "deployed")) == ("Camp Bagong Diwa Air Base", 38, 63)


def test_a_numbered_division_is_a_unit_not_a_district(extract):
    """"the army's 17th Infantry Division" names soldiers, not a division of the country."""
    doc = extract("On 29 June the rebels overran the headquarters of the army's 17th Infantry Division.",
                  published="2025-03-10")
    assert _by_trigger(doc, "overran").location is None


def test_a_community_is_a_kind_of_settlement(extract):
    """"Gidan Dawa, a farming community in Zamfara State": the village, not the state, and the acts of the
    sentence after it happened there."""
    text = ("Bandits attacked Gidan Dawa, a farming community in Zamfara State, on Tuesday. Twelve farmers were killed "
            "and dozens of cattle were rustled.")
    doc = extract(text, published="2025-03-12")
    assert _where(_by_trigger(doc, "attacked")) == ("Gidan Dawa", 17, 27)
    assert _where(_by_trigger(doc, "killed")) == ("Gidan Dawa", 17, 27)


def test_a_named_crossing_said_again_is_the_place_though_tagged_a_verb(extract):
    """"through the Kerem Shalom crossing ... outside the crossing": the crossing said again is the one named, even
    where the tagger read "crossing" as a verb."""
    text = ("Aid trucks entered Gaza through the Kerem Shalom crossing on Monday. On Tuesday armed men stopped a convoy "
            "outside the crossing and looted its flour.")
    doc = extract(text, published="2025-03-12")
    assert _where(_by_trigger(doc, "looted")) == ("Kerem Shalom crossing", 36, 57)


def test_forces_sent_to_a_village_named_before_are_mobilized_there(extract):
    text = ("Gunmen attacked a church in Oro-Ago, in Ifelodun Local Government Area of Kwara State, on Sunday and "
            "abducted 20 worshippers.\n\nThe governor condemned the attack. President Tinubu directed the police and "
            "the army to deploy more personnel to Oro-Ago and the surrounding communities.")
    doc = extract(text, published="2025-03-12")
    assert _where(_by_trigger(doc, "abducted")) == ("Oro-Ago", 28, 35)
    assert _where(_by_trigger(doc, "deploy")) == ("Oro-Ago", 240, 247)


def _country(doc, event):
    return {p.id: p for p in doc.places}[event.location.place].country


def test_what_is_said_where_a_relative_clause_places_it_happened_there(extract):
    """"met them in Oslo, where he told them that his country would not negotiate": the refusal was made in Oslo."""
    doc = extract("The foreign minister met his European counterparts in Oslo, where he told them that his country "
                  "would not negotiate while the strikes continued.", published="2025-06-25")
    assert _where(_by_trigger(doc, "negotiate")) == ("Oslo", 54, 58)


def test_there_is_the_place_named_before(extract):
    doc = extract("The president flew to Brussels on Monday. At a press conference there he called for security "
                  "guarantees.", published="2025-06-25")
    assert _where(_by_trigger(doc, "called")) == ("Brussels", 22, 30)


def test_a_body_named_after_its_country_is_no_place(extract):
    doc = extract("Warplanes bombed the headquarters of the Islamic Republic of Iran Broadcasting in Tehran on "
                  "Monday.", published="2025-06-25")
    assert _where(_by_trigger(doc, "bombed")) == ("Tehran", 82, 88)


def test_a_town_named_after_a_people_is_a_place_before_its_county(extract):
    doc = extract("Protesters set fire to cars outside the police station in Kikuyu, Kiambu County, on Monday.",
                  published="2025-07-10")
    assert _where(_by_trigger(doc, "set")) == ("Kikuyu", 58, 64)


def test_on_a_seafront_says_where(extract):
    doc = extract("A car bomb on the Beirut seafront killed the former minister in 2005.", published="2024-09-29")
    assert _where(_by_trigger(doc, "killed")) == ("Beirut", 18, 24)


def test_the_place_of_the_act_an_attack_answers_is_not_its_own(extract):
    doc = extract("On Monday evening the guards targeted the Al Udeid air base in Qatar, the largest American military "
                  "base in the region, with a missile barrage, in response to the attack on the country's nuclear "
                  "sites at Fordow and Natanz.", published="2025-06-25")
    event = _by_trigger(doc, "targeted")
    assert _where(event) == ("Al Udeid air base", 42, 59)  # the site, finer than the country it is said with


def test_towns_of_the_south_lebanon_border_strip_and_the_golan(extract):
    doc = extract("Israeli artillery shelled a UN compound at Qana, killing 100 civilians. An Israeli helicopter "
                  "killed six fighters near Quneitra.", published="2024-09-29")
    shelled, = [e for e in doc.events if e.trigger.text == "shelled"]
    assert _where(shelled) == ("Qana", 43, 47) and _country(doc, shelled) == "LBN"
    near, = [e for e in doc.events if e.trigger.text == "killed"]
    assert _where(near) == ("Quneitra", 119, 127) and _country(doc, near) == "SYR"


def test_nuclear_sites_struck_are_places(extract):
    doc = extract("American bombers dropped bunker-busting bombs on the Fordow and Natanz sites.", published="2025-06-25")
    event = _by_trigger(doc, "dropped")
    assert _where(event) == ("Fordow", 53, 59) and _country(doc, event) == "IRN"


def test_a_road_struck_on_is_placed_by_the_towns_it_runs_between(extract):
    doc = extract("A drone struck a car on the road between Marjayoun and Khiam this morning, wounding two men.",
                  published="2024-10-11")
    assert _where(_by_trigger(doc, "struck")) == ("Marjayoun", 41, 50)


def test_a_town_of_kashmir_and_a_town_of_kivu_the_city_list_lacks(extract):
    """Line of Control towns and Kivu towns are named in every report of their wars; the gazetteer knows them."""
    doc = extract("Mortar shells killed three villagers in Kupwara on Friday. Two days later rebels were fighting "
                  "near Minova.", published="2025-05-12")
    killed = _by_trigger(doc, "killed")
    assert _where(killed) == ("Kupwara", 40, 47) and _country(doc, killed) == "IND"
    fighting = _by_trigger(doc, "fighting")
    assert _where(fighting) == ("Minova", 100, 106) and _country(doc, fighting) == "COD"


def test_a_town_named_like_a_common_word_near_the_front(extract):
    """"at the front near Sake": the tagger reads "Sake" as a noun; the gazetteer's town is where."""
    doc = extract("A colonel was wounded at the front near Sake on Thursday.", published="2025-01-25")
    event = _by_trigger(doc, "wounded")
    assert _where(event) == ("Sake", 40, 44) and _country(doc, event) == "COD"


def test_a_province_the_tagger_took_for_a_people_after_a_base(extract):
    """"an air base in Punjab": the tagger calls Punjab a nationality; after "in" said of a base it is a place."""
    doc = extract("Overnight a cruise missile was fired at an air base in Punjab.", published="2025-05-10")
    event = _by_trigger(doc, "fired")
    assert _where(event) == ("Punjab", 55, 61) and _country(doc, event) == "IND"


def test_on_the_outskirts_of_a_town_is_where_the_fighting_was(extract):
    doc = extract("Heavy fighting raged on the outskirts of Goma on Sunday.", published="2025-01-27")
    event = _by_trigger(doc, "fighting")
    assert _where(event) == ("Goma", 41, 45) and _country(doc, event) == "COD"


def test_a_fringe_set_off_after_a_camp_says_where_the_camp_lies(extract):
    """"shelled Abu Shouk camp, on the northern edge of El Fasher": the camp is the place struck."""
    doc = extract("Artillery shelled Abu Shouk camp, on the northern edge of El Fasher, killing nine people.",
                  published="2024-08-17")
    assert _where(_by_trigger(doc, "shelled")) == ("Abu Shouk camp", 18, 32)


def test_care_is_given_where_the_carers_work(extract):
    """"MSF, which runs a clinic in Tawila, has treated": the relative clause in the present says where."""
    doc = extract("Doctors Without Borders, which runs a clinic on the edge of the camp in Tawila, has treated "
                  "sixty wounded people since Sunday.", published="2025-10-30")
    event = _by_trigger(doc, "treated")
    assert _where(event) == ("Tawila", 72, 78) and _country(doc, event) == "SDN"


def test_a_vow_voiced_for_the_speakers_own_side_is_made_where_the_speaker_is(extract):
    """"In Port Sudan, Sudan's defence minister said the Sudanese army would go on fighting": the vow is made by
    the saying; an act of another party reported there is not placed there."""
    doc = extract("In Port Sudan, Sudan's defence minister said the Sudanese army would go on fighting.",
                  published="2025-10-30")
    event = _by_trigger(doc, "fighting")
    assert _where(event) == ("Port Sudan", 3, 13)
    other = extract("In Geneva, the Ukrainian envoy said Russia had rejected the plan.", published="2025-10-30")
    assert _where(_by_trigger(other, "rejected")) is None


def test_a_word_in_lower_case_the_tagger_took_for_a_name_is_no_place(extract):
    """"massing in the bush to the west of the city": "bush" is no town; the city the bearing is taken from is."""
    text = "Rebel columns entered Kadugli on Monday. By Wednesday fighters were massing in the bush to the west of the city."
    doc = extract(text, published="2025-11-07")
    assert "bush" not in [place.name.lower() for place in doc.places]
    assert _where(_by_trigger(doc, "massing")) == ("Kadugli", 22, 29)


def test_a_coast_named_by_its_state_is_a_place(extract):
    doc = extract("The US Navy struck a boat off the Venezuelan coast on Tuesday, killing six men.", published="2025-10-26")
    assert _where(_by_trigger(doc, "struck")) == ("Venezuelan coast", 34, 50)


def test_what_is_said_at_a_gathering_in_which_is_said_where_it_met(extract):
    doc = extract("He took part in a demonstration in New York in which he urged soldiers not to obey the president.",
                  published="2025-10-26")
    assert _where(_by_trigger(doc, "urged")) == ("New York", 35, 43)


def test_what_a_summit_calls_for_it_calls_for_where_it_meets(extract):
    doc = extract("A joint summit of the two blocs in Nairobi on 8 February called for an immediate ceasefire.",
                  published="2025-02-10")
    assert _where(_by_trigger(doc, "called")) == ("Nairobi", 35, 42)


def test_a_retreat_told_with_as_happened_where_the_advance_did(extract):
    doc = extract("On 16 February the rebels took the centre of Bukavu as government troops pulled back without a fight.",
                  published="2025-02-17")
    assert _where(_by_trigger(doc, "pulled")) == ("Bukavu", 45, 51)


def test_a_rescue_is_made_where_the_rescued_are_pulled_from(extract):
    doc = extract("Rescue teams have been pulling survivors from the rubble of residential buildings in Tehran day and "
                  "night.", published="2025-06-25")
    assert _where(_by_trigger(doc, "pulling")) == ("Tehran", 85, 91)


def test_the_wounded_are_treated_where_they_were_hurt(extract):
    doc = extract("Volunteer medics treat a man who was shot in the leg in Kitengela on Monday.", published="2025-07-10")
    assert _where(_by_trigger(doc, "treat")) == ("Kitengela", 56, 65)


def test_a_target_restated_by_what_the_defenders_held_there(extract):
    """"the last garrison the army still held in Kadugli": the appositive's relative clause says where the target
    stood."""
    doc = extract("On Sunday the rebels stormed the headquarters of the army's 6th Infantry Division, the last garrison "
                  "the army still held in Kadugli.", published="2025-10-27")
    assert _where(_by_trigger(doc, "stormed")) == ("Kadugli", 124, 131)


def test_a_quarter_of_douala_named_alone_is_the_place(extract):
    """Cameroonian papers name Douala's quarters without the city: "In Deido, police arrested ..."."""
    doc = extract("In Deido, police arrested twelve traders on Thursday.", published="2025-11-07")
    assert _where(_by_trigger(doc, "arrested")) == ("Deido", 3, 8)
    assert {p.id: p for p in doc.places}[_by_trigger(doc, "arrested").location.place].country == "CMR"


def test_a_trip_to_a_town_the_tagger_took_for_a_person_is_where_the_visit_was(extract):
    """"During a visit to Lusaka": a noun of a trip says where it went, whatever the tagger called the name; the act
    of the clause it opens took place there too."""
    doc = extract("During a visit to Lusaka, the Kenyan president signed a trade pact with Hichilema.",
                  published="2025-03-02")
    assert _where(_by_trigger(doc, "visit")) == ("Lusaka", 18, 24)
    assert _where(_by_trigger(doc, "signed")) == ("Lusaka", 18, 24)


def test_two_verbs_sharing_a_subject_share_the_place_said_after_the_second(extract):
    """"was attacked and set ablaze in the Gulf of Aden": the first verb says nothing after itself, so the phrase
    after the second is both verbs' place."""
    doc = extract("A cargo ship was attacked and set ablaze in the Gulf of Aden on Monday.", published="2025-03-04")
    assert _where(_by_trigger(doc, "attacked")) == ("Gulf of Aden", 48, 60)


def test_the_home_port_of_a_ships_manager_is_no_place_of_the_attack(extract):
    """"operated by a firm of Limassol" describes the ship; the attack was at the position told after the verb."""
    text = ("The tanker Sea Falcon, operated by a firm of Limassol, came under attack on Tuesday about 40 nautical "
            "miles west of Aden.")
    doc = extract(text, published="2025-03-06")
    assert _where(_by_trigger(doc, "attack")) == ("Aden", 116, 120)


def test_a_distance_and_bearing_anywhere_in_the_clause_places_the_act_at_the_landmark(extract):
    """The parse may hang "40 nautical miles west of Aden" on the agent ("by a missile 40 nautical miles west"): a
    position measured from a landmark is still the act's place."""
    text = "The tanker Sea Falcon, operated by a company of Limassol, was struck by a missile 40 nautical miles west of Aden."
    doc = extract(text, published="2025-03-06")
    assert _where(_by_trigger(doc, "struck")) == ("Aden", 108, 112)


def test_a_flagged_ship_is_no_ground_taken_by_a_bearing(extract):
    """"hit the Malta-flagged Blue Heron about 70 nautical miles east of Aden": a ship, at sea, not a village named
    before the town it lies a bearing from."""
    doc = extract("A drone hit the Malta-flagged Blue Heron about 70 nautical miles east of Aden.", published="2025-03-07")
    assert _where(_by_trigger(doc, "hit")) == ("Aden", 73, 77)


def test_the_town_aimed_at_is_finer_than_the_region_said_after_it(extract):
    """"launched ... towards Nahariya, in northern Israel": the town aimed at, though the parse hangs "towards" on the
    river the rockets came from."""
    text = "On 22 March, rockets were launched from north of the Zahrani River towards Nahariya, in northern Israel."
    doc = extract(text, published="2025-03-23")
    assert _where(_by_trigger(doc, "launched")) == ("Nahariya", 75, 83)


def test_a_witness_tells_what_happened_where_the_sentence_is_set(extract):
    """"In Bonaberi, witnesses said soldiers beat students": a local witness tells what they saw where they were; a
    spokesman speaks for his body, wherever he is."""
    doc = extract("In Bonaberi, witnesses said soldiers beat students in the market.", published="2025-10-30")
    assert _where(_by_trigger(doc, "beat")) == ("Bonaberi", 3, 11)
    doc = extract("In Bonaberi, an army spokesman said soldiers beat students in the market.", published="2025-10-30")
    assert _where(_by_trigger(doc, "beat")) is None


def test_seas_straits_and_summit_venues_are_places(extract):
    """Seas and straits between states have no country; a palace where leaders meet stands in its capital's
    country."""
    doc = extract("Greek coast guards fired warning shots at a smuggling boat in the Aegean.", published="2025-05-02")
    fired = _by_trigger(doc, "fired")
    assert _where(fired) == ("Aegean", 66, 72)
    assert {p.id: p for p in doc.places}[fired.location.place].country is None
    doc = extract("The French president hosted the Ukrainian leader at the Elysee Palace on Monday.", published="2025-05-06")
    hosted = _by_trigger(doc, "hosted")
    assert _where(hosted) == ("Elysee Palace", 56, 69)
    assert {p.id: p for p in doc.places}[hosted.location.place].country == "FRA"


def test_a_launch_is_placed_where_the_blow_joined_to_it_fell(extract):
    """"fired a rocket from the hills and struck the Nordic Star ... off Mokha": the firing and the hit are one attack,
    placed where it fell, not where it came from."""
    text = "Rebels fired a rocket from the hills above the town and struck the Nordic Star, a Panama-flagged tanker, off Mokha."
    doc = extract(text, published="2025-02-10")
    assert _where(_by_trigger(doc, "fired")) == ("Mokha", 109, 114)


def test_a_crowd_gathered_somewhere_is_struck_there(extract):
    """"fired tear gas at a crowd gathered outside the town hall in Bafoussam": the participle says where the target
    stood when it was hit."""
    text = "Police fired tear gas at a crowd gathered outside the town hall in Bafoussam, injuring two people."
    doc = extract(text, published="2025-10-28")
    assert _where(_by_trigger(doc, "fired")) == ("Bafoussam", 67, 76)


def test_a_name_before_a_landform_noun_is_a_place(extract):
    """"in the Sambisa forest": a forest, desert, plain or delta named like a hill or valley is an area, a place."""
    doc = extract("Militants ambushed a patrol in the Sambisa forest on Friday.", published="2025-04-05")
    assert _where(_by_trigger(doc, "ambushed")) == ("Sambisa", 35, 42)


def test_a_harm_folded_into_its_attack_gives_the_attack_its_place(extract):
    """"shot and killed a driver during a traffic check in Nanterre": the killing is the shooting's
    (eval/CONVENTIONS.md rule 9), so where the killing was told is where the shooting was."""
    doc = extract("A police officer shot and killed a 17-year-old driver during a traffic check in Nanterre on Tuesday.",
                  published="2023-06-28")
    assert _where(_by_trigger(doc, "shot")) == ("Nanterre", 80, 88)
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == ["shot"]


def test_an_attack_placed_by_its_own_phrase_keeps_that_place_over_its_harm(extract):
    """The shelling's own "in Kherson" stands; the harm told after it adds nothing to where."""
    doc = extract("Russian artillery shelled a market in Kherson on Friday, killing three people near the river port.",
                  published="2024-09-03")
    assert _where(_by_trigger(doc, "shelled")) == ("Kherson", 38, 45)


def test_a_where_clause_after_a_trip_is_at_the_place_the_trip_went_to(extract):
    """"travelled to Riyadh on Monday, where he met ...": the parser hangs "where" on the day, but it stands for
    the place the trip went to; with no trip told, the "where" of a day places nothing."""
    doc = extract("Blinken travelled to Riyadh on Monday, where he met Crown Prince Mohammed bin Salman.",
                  published="2024-04-30")
    assert _where(_by_trigger(doc, "met")) == ("Riyadh", 21, 27)
    doc = extract("The negotiators resumed work on Monday, where the envoy met the rebel delegation.", published="2024-04-30")
    assert _where(_by_trigger(doc, "met")) is None
