"""Event arguments in wire-style reporting: who did it, to whom, where. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events import only as only_event, texts


def only(doc, type_):
    """The one event of `type_` in a document."""
    return only_event(doc.events, type_)


def test_dateline_city_is_no_actor(extract):
    text = "ODESA, Feb. 2, 2024 (Example Wire) — Russia struck the port of Izmail with drones on Thursday."
    doc = extract(text, published="2024-02-02")
    e = only(doc, "ASSAULT")
    assert texts(e.actors) == ["Russia"]
    assert all(a.start > text.index("—") for a in e.actors + e.recipients)


def test_weapons_are_no_recipients(extract):
    doc = extract("Russia bombarded Kharkiv with glide bombs overnight.", published="2024-05-20")
    e = only(doc, "ASSAULT")
    assert texts(e.recipients) == ["Kharkiv"]
    doc = extract("The militia fired rockets at an army base near the border.", published="2024-05-20")
    e = only(doc, "ASSAULT")
    assert texts(e.recipients) == ["army base"]


def test_request_noun_names_requester_and_addressee(extract):
    text = "The Security Council met on Friday at the request of Algeria and Malta."
    doc = extract(text, published="2024-03-01")
    e = only(doc, "REQUEST")
    assert texts(e.actors) == ["Algeria", "Malta"]
    assert texts(e.recipients) == ["Security Council"]
    assert e.location is None  # "at the request of" says on whose word, not where


def test_protesters_of_a_rally_and_its_target(extract):
    doc = extract("Thousands of farmers staged a rally in Paris to demand the resignation of the agriculture minister.",
                  published="2024-01-26")
    e = only(doc, "PROTEST")
    assert texts(e.actors) == ["farmers"]
    assert texts(e.recipients) == ["agriculture minister"]
    assert e.location.text == "Paris"
    doc = extract("A rally of pensioners took place in Lisbon on Sunday.", published="2024-01-26")
    assert texts(only(doc, "PROTEST").actors) == ["pensioners"]


def test_threat_condition_names_who_must_comply(extract):
    doc = extract("Turkey threatened to close its airspace unless Sweden extradited the suspects.", published="2024-01-10")
    e = only(doc, "THREATEN")
    assert texts(e.actors) == ["Turkey"]
    assert texts(e.recipients) == ["Sweden"]


def test_nationality_of_a_rejected_proposal(extract):
    doc = extract("Belgrade rejected a Croatian offer of talks on Monday.", published="2024-04-08")
    e = only(doc, "REJECT")
    assert texts(e.recipients) == ["Croatian"]


def test_participle_says_where_the_doer_was(extract):
    text = "Chancellor Olaf Scholz, speaking in Vilnius, urged allies to send more artillery shells."
    e = only(extract(text, published="2024-05-22"), "REQUEST")
    assert e.location is not None and e.location.text == "Vilnius"
    assert texts(e.recipients) == ["allies"]


def test_facility_name_yields_to_the_city(extract):
    text = "A drone hit the Shahed factory in central Isfahan before dawn."
    e = only(extract(text, published="2024-04-19"), "ASSAULT")
    assert e.location is not None and e.location.text == "Isfahan"


def test_place_after_locative_preposition_though_tagged_as_person(extract):
    e = only(extract("In Kherson, shelling wounded four residents.", published="2024-06-03"), "ASSAULT")
    assert e.location is not None and e.location.text == "Kherson"


def test_nationality_capital_is_a_place(extract):
    text = "The envoy arrived in the Jordanian capital on Tuesday."
    e = only(extract(text, published="2024-02-14"), "CONSULT")
    assert e.location is not None and e.location.text == "Jordanian capital"
    assert text[e.location.start:e.location.end] == "Jordanian capital"


def test_event_noun_refers_back_to_its_doers(extract):
    text = ("French warplanes struck a weapons depot in northern Mali on Monday.\n\n"
            "The strikes hit two fuel trucks, the army said. Algeria condemned the strikes.")
    doc = extract(text, published="2024-09-03")
    codes = {a.id: a.code for a in doc.actors}
    accuse = only(doc, "ACCUSE")
    assert texts(accuse.actors) == ["Algeria"]
    assert texts(accuse.recipients) == ["French warplanes"]  # a mention in the first sentence, offsets exact
    assert all(text[r.start:r.end] == r.text and r.start < text.index("\n") for r in accuse.recipients)
    assert [codes.get(r.actor) for r in accuse.recipients] == ["FRA"]
    hit = next(e for e in doc.events if e.sentence.start > text.index("\n") and e.type == "ASSAULT")
    assert [codes.get(a.actor) for a in hit.actors] == ["FRA"]  # "The strikes hit": the warplanes' strikes
    struck = next(e for e in doc.events if e.trigger.text == "struck")
    assert struck.location is not None and struck.location.text == "Mali"


def test_indefinite_event_noun_has_no_antecedent(extract):
    text = "French warplanes struck a depot on Monday. Algeria condemned an attack on a convoy."
    doc = extract(text, published="2024-09-03")
    assert all(r.start > text.index("Algeria") for r in only(doc, "ACCUSE").recipients)


def test_town_is_where_talks_are_not_a_counterpart(extract):
    e = only(extract("Armenian and Azerbaijani negotiators returned to Almaty for talks on Friday.",
                     published="2024-05-11"), "CONSULT")
    assert e.recipients == []
    assert e.location is not None and e.location.text == "Almaty"
    aid = only(extract("The agency delivered food aid to Gaza on Friday.", published="2024-05-11"), "AID")
    assert texts(aid.recipients) == ["Gaza"]  # aid to a town is for the people there


def test_participle_agent_names_who_proposed(extract):
    text = "The rebels accepted a truce plan put forward by Kenyan and Ethiopian envoys."
    e = only(extract(text, published="2024-05-11"), "AGREE")
    assert texts(e.actors) == ["rebels"]
    assert texts(e.recipients) == ["Kenyan", "Ethiopian"]  # one party per coordinated nationality


def test_capital_as_modifier_places_the_attack(extract):
    e = only(extract("A Kharkiv school was hit by a Russian glide bomb on Friday.", published="2024-05-31"), "ASSAULT")
    assert e.location is not None and e.location.text == "Kharkiv"
    assert [a.text for a in e.actors] == ["Russian"]


def test_owner_of_a_base_is_not_where_it_is(extract):
    e = only(extract("Militias fired drones at a French base in Niger on Sunday.", published="2024-05-31"), "ASSAULT")
    assert e.location is not None and e.location.text == "Niger"


def test_where_the_doers_were(extract):
    e = only(extract("Three activists were arrested by police in Ankara on Sunday.", published="2024-05-31"), "COERCE")
    assert texts(e.actors) == ["police"]
    assert texts(e.recipients) == ["Three activists"]
    assert e.location is not None and e.location.text == "Ankara"


def test_town_of_names_a_place(extract):
    text = "A missile hit a house in the eastern Ukrainian town of Pokrovsk."
    e = only(extract(text, published="2024-05-31"), "ASSAULT")
    assert e.location is not None and text[e.location.start:e.location.end] == "Pokrovsk"


def test_sum_in_aid_names_its_recipient_not_a_place(extract):
    e = only(extract("Norway pledged 200 million crowns in humanitarian aid to Sudan.", published="2024-05-31"), "AGREE")
    assert texts(e.recipients) == ["Sudan"]
    assert e.location is None


def test_what_is_fired_at_a_party_is_no_recipient(extract):
    e = only(extract("Riot police fired tear gas and rubber bullets at students in Dhaka on Tuesday.",
                     published="2024-07-17"), "ASSAULT")
    assert texts(e.recipients) == ["students"]
    assert e.location is not None and e.location.text == "Dhaka"


def test_accused_of_doing_names_the_accused_and_tells_no_act(extract):
    """The shelling is what the accusation says, not an act the report tells as fact (every gold set)."""
    doc = extract("The army accused the rebels of shelling a market in Goma.", published="2024-07-17")
    assert texts(only(doc, "ACCUSE").recipients) == ["rebels"]
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_people_a_participle_describes_do_it(extract):
    doc = extract("Police detained farmers demanding higher prices in Warsaw.", published="2024-07-17")
    assert texts(only(doc, "REQUEST").actors) == ["farmers"]


def test_another_word_for_a_reported_attack(extract):
    text = "Russian missiles struck the port of Odesa on Monday, officials said. Moldova condemned the attack."
    doc = extract(text, published="2024-07-17")
    codes = {a.id: a.code for a in doc.actors}
    assert [codes.get(r.actor) for r in only(doc, "ACCUSE").recipients] == ["RUS"]


def test_deaths_a_strike_caused_are_part_of_the_strike(extract):
    """CONVENTIONS rule 9: the dead are a field of the ASSAULT, not a second event."""
    doc = extract("On 22 June Israeli strikes hit a school and a market in the city, killing at least 42 people, "
                  "the agency said.", published="2024-06-23")
    (strike,) = doc.events
    assert (strike.trigger.text, texts(strike.actors), texts(strike.recipients)) == (
        "strikes", ["Israeli"], ["school", "market"])


def test_date_of_a_later_conjunct_is_not_the_first_clause_date(extract):
    text = "On Sunday, militants fired rockets at the crossing. Israel closed the crossing and ordered residents to leave the area the next day."
    doc = extract(text, published="2024-05-07")
    closed = next(e for e in doc.events if e.trigger.text == "closed")
    assert closed.date is not None and closed.date.value == "2024-05-05"


def test_a_date_the_parser_took_into_the_subject_is_no_part_of_the_actor(extract):
    doc = extract("On 6 May Turkish and Greek ministers met in Athens.", published="2024-05-20")
    e = only(doc, "CONSULT")
    assert texts(e.actors) == ["Turkish and Greek ministers"]


@pytest.mark.parametrize("text,type_,recipients", [
    # what a state withdraws (troops, monitors, envoys) is its own: the place it leaves is the recipient
    ("The agency pulled its monitors out of Iraq.", "SANCTION", ["Iraq"]),
    ("Libya withdrew its troops from Chad.", "RETREAT", ["Chad"]),
    ("Lithuania recalled its ambassador from Beijing.", "SANCTION", ["Beijing"]),
    # a possessive that resolves to the actor says whose the thing is
    ("The EU eased its sanctions against Iran.", "CONCEDE", ["Iran"]),
    ("Mali terminated its defence agreement with France.", "SANCTION", ["France"]),
    # inspectors stand for the body that sent them
    ("The government received a team of inspectors from the UN.", "RETREAT", ["UN"]),
    ("Pyongyang expelled inspectors of the IAEA last year.", "SANCTION", ["IAEA"]),
    # peacekeepers sent are aid to the country they go to (CAMEO 074)
    ("France sent peacekeepers to the Central African Republic.", "AID", ["Central African Republic"]),
    # with no party named, the people of the place of a reduction or concession
    ("The aid group suspended food deliveries in Gaza.", "SANCTION", ["Gaza"]),
    ("The government eased restrictions in Kashmir.", "CONCEDE", ["Kashmir"]),
    # the party let in, whom the parser may hang on the infinitive; the party whose demands are met
    ("The government allowed UN inspectors to visit the reactor.", "RETREAT", ["UN"]),
    ("The government acceded to the protesters' demands.", "CONCEDE", ["protesters"]),
    # a state of emergency is no state acted on
    ("The government lifted the state of emergency on Monday.", "CONCEDE", []),
])
def test_recipients_of_retreats_reductions_concessions_and_aid(extract, text, type_, recipients):
    assert texts(only(extract(text, published="2024-05-02"), type_).recipients) == recipients


def place_of(doc, type_):
    e = only(doc, type_)
    if e.location is not None:
        assert doc.text[e.location.start:e.location.end] == e.location.text
    return e.location.text if e.location is not None else None


@pytest.mark.parametrize("text, type_, place", [
    # an order to leave happens where it is to be left
    ("The army ordered families to leave Kherson within two days.", "COERCE", "Kherson"),
    # a town after a bearing is a landmark, the refinery's town the place
    ("Drones set two fuel tanks ablaze at the Saratov refinery west of Moscow on Sunday.", "ASSAULT", "Saratov"),
    # the attack's relative clause, with a town owning what was hit
    ("The drone attacks, which damaged a school at Sumy's northern edge, were condemned by the mayor.", "ASSAULT", "Sumy"),
    ("The drone attacks, which damaged a school at Sumy's northern edge, were condemned by the mayor.", "ACCUSE", None),
    # "where" after a city and its country: the city
    ("She flew to Erbil, Iraq, where she met Kurdish leaders.", "CONSULT", "Erbil"),
    # the place a crowd is removed from
    ("Police dispersed the marchers from Taksim Square on Friday.", "COERCE", "Taksim Square"),
    # a fronted town the tagger takes for a person
    ("In Kherson, a drone strike killed four people, the governor said.", "ASSAULT", "Kherson"),
    # the one town of the sentence places an event without a place of its own
    ("Western envoys, gathering in Rome on Friday, were expected to announce a new aid package for Sudan.", "AID", "Rome"),
    # a place said in another report is not the reported event's
    ("Speaking in Geneva, the envoy said that militias had attacked.", "ASSAULT", None),
    # where a condemnation was spoken is not where the condemned act took place
    ("Speaking in Geneva, the envoy condemned Monday's strikes.", "ACCUSE", "Geneva"),
    ("Speaking in Geneva, the envoy condemned Monday's strikes.", "ASSAULT", None),
    # "for the first time" says when, so the region in its phrase says where; a possessor says whose
    ("Border guards fought smugglers for the first time in the Kherson region, Ukraine's interior minister said.",
     "ASSAULT", "Kherson region"),
    ("Border guards fought smugglers on Friday, according to Ukraine's interior ministry.", "ASSAULT", None),
    # a bare "the capital" is the capital of the country the story is about
    ("Kenya's parliament passed the budget, and on Tuesday police fired tear gas at marchers in the capital.",
     "ASSAULT", "the capital"),
    # a verb coordinated after another, with no subject of its own, acts where the first did or went
    ("Opposition leaders rallied in Lima and called on the army to stay neutral.", "REQUEST", "Lima"),
    ("The president flew to Hanoi and signed a defence pact with his host.", "SUPPORT", "Hanoi"),
    ("The president flew to Hanoi, and his rivals called on the army to stay neutral.", "REQUEST", None),
    # a clause of the same moment shares the scene ("as"), one of another time does not ("after")
    ("Gunmen fired on a cargo plane as it landed at Goma.", "ASSAULT", "Goma"),
    # a doer named by its town acts there; a country says whose
    ("On Monday a Lyon court convicted the former mayor of fraud.", "SANCTION", "Lyon"),
    # the dateline city is where the report was filed
    ("KHARKIV, July 8 (Example Wire) — Russian missiles killed five people overnight, officials said.", "ASSAULT", None),
])
def test_event_places(extract, text, type_, place):
    assert place_of(extract(text, published="2024-07-08"), type_) == place


def test_a_place_of_another_coordinated_clause_is_not_the_event_place(extract):
    doc = extract("The rebels seized the tanker and have held its crew in Hodeidah since then.", published="2024-05-03")
    seized, held = sorted((e for e in doc.events if e.type == "COERCE"), key=lambda e: e.trigger.start)
    assert (seized.trigger.text, seized.location) == ("seized", None)
    assert held.location is not None and held.location.text == "Hodeidah"


def test_a_participle_clause_of_another_time_does_not_place_the_main_event(extract):
    doc = extract("A court jailed the activist on Monday, two days after she was detained in Ankara.",
                  published="2024-05-03")
    places = {e.trigger.text: e.location.text if e.location else None for e in doc.events if e.type == "COERCE"}
    assert places == {"jailed": None, "detained": "Ankara"}


def test_a_roundup_item_dateline_places_its_fighting_but_not_its_talk(extract):
    doc = extract("Round-up of the day\n\nQUITO — Soldiers arrested 30 prison guards on Monday.\n\n"
                  "LIMA — The foreign minister criticised the new tariffs on Monday.", published="2024-05-03")
    places = {e.trigger.text: e.location.text if e.location else None for e in doc.events}
    assert places == {"arrested": "QUITO", "criticised": None}


def test_a_single_story_dateline_places_nothing(extract):
    doc = extract("QUITO — Soldiers arrested 30 prison guards on Monday.", published="2024-05-03")
    assert [(e.trigger.text, e.location) for e in doc.events] == [("arrested", None)]


@pytest.mark.parametrize("text, type_, actor, doer", [
    ("In Berlin, Scholz said the summit had ended well and thanked the delegates.", "SUPPORT", "Scholz", "olaf-scholz"),
    ("Macron said the negotiations were stalled and urged both sides to return to the table.", "REQUEST", "Macron",
     "emmanuel-macron"),
])
def test_an_act_joined_to_a_reported_clause_about_a_thing_is_the_speakers(extract, text, type_, actor, doer):
    e = only(extract(text, published="2024-06-10"), type_)
    assert [(a.text, a.actor, text[a.start:a.end]) for a in e.actors] == [(actor, doer, actor)]


def test_a_strike_joined_to_a_reported_clause_keeps_its_weapon_as_doer(extract):
    text = "The ministry said a drone had hit the depot and killed two guards."
    doc = extract(text, published="2024-06-10")
    assert {tuple(texts(e.actors)) for e in doc.events if e.type == "ASSAULT"} == {("drone",)}


@pytest.mark.parametrize("text, type_, actors", [
    # a subject pronoun of a "that" clause after a verb of saying is the speaker, when it agrees (round recipients17)
    ("Jordan's armed forces said they had shot down drones and missiles over Jordan.", "ASSAULT",
     ["Jordan's armed forces"]),
    ("Islamabad said it remained committed to the ceasefire and blamed Indian forces for the violations.", "ACCUSE",
     ["Islamabad"]),
    ("The Sovereignty Council announced that it would reopen the crossing for three months.", "CONCEDE",
     ["Sovereignty Council"]),
    # ... not one that does not agree with the speaker, nor one of a clause told before its source
    ("The minister said they had arrested three suspects.", "COERCE", ["they"]),
    ("They looted the market in the nearby town the following day, residents said.", "ASSAULT", ["They"]),
])
def test_a_pronoun_in_a_statement_stands_for_its_speaker(extract, text, type_, actors):
    assert texts(only(extract(text, published="2024-05-02"), type_).actors) == actors
