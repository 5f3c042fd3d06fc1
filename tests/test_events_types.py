"""Event types: arrests and other coercion, the reductions, retreats, concessions and joint actions of
the PLOVER manual, and disasters that stay no violence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.evaluate import plover, snippets


def types_of(extract, text):
    return [(e.type, e.mode) for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text,trigger,mode", [
    ("The reporter was taken into custody at the border post.", "taken", "arrest"),
    ("Forty students have been held in detention since the sit-in.", "held", "arrest"),
    ("The court sent the blogger to prison for four years.", "sent", "arrest"),
    ("Soldiers raided the homes of two teachers and took their phones.", "raided", "seize"),
    ("Police captured the fugitive in a farmhouse.", "captured", "arrest"),
    ("Soldiers seized the headquarters of the state radio.", "seized", "seize"),
    ("The coast guard intercepted a boat carrying 90 migrants.", "intercepted", "restrict"),
    ("The governor declared a curfew in the port district.", "declared", "curfew"),
    ("Police pushed back the demonstrators from the square.", "pushed", "restrict"),
    ("The government shut down the internet in the north.", "shut", "withhold"),
    ("The ministry suspended the opposition newspaper for a month.", "suspended", "censor"),
    ("A court dissolved the main opposition party.", "dissolved", "restrict"),
    # weapons taken from people by force (a force giving up its own arms retreats: test_retreats)
    ("Police disarmed the gunman outside the Israeli embassy in Belgrade.", "disarmed", "seize"),
    ("Soldiers stormed the residence and disarmed his bodyguards.", "disarmed", "seize"),
])
def test_arrests_and_coercion(extract, text, trigger, mode):
    evs = extract(text, published="2024-05-02").events
    coerce = [e for e in evs if e.type == "COERCE"]
    assert [(e.trigger.text, e.mode) for e in coerce] == [(trigger, mode)]
    assert text[coerce[0].trigger.start:coerce[0].trigger.end] == trigger


def test_ground_taken_in_fighting_is_an_act_of_war(extract):
    """The gold standard records code "captured a stronghold" and "retaken a village" as FIGHT (ASSAULT)."""
    assert types_of(extract, "The rebels captured the airport on Friday.") == [("ASSAULT", None)]


def test_captured_fighters_are_an_act_of_war(extract):
    """PLOVER: combatants captured in a conflict are ASSAULT abduct, not an arrest."""
    assert types_of(extract, "The army captured 12 insurgents near the river.") == [("ASSAULT", "abduct")]


def test_a_participle_describing_the_object_is_no_event_of_its_own(extract):
    assert types_of(extract, "The gang freed the abducted nurses on Sunday.") == [("RETREAT", "release")]


@pytest.mark.parametrize("text,mode", [
    ("Police fired tear gas at the crowd.", "crowd-control"),
    ("Officers used water cannon on the marchers.", "crowd-control"),
])
def test_crowd_control_is_assault(extract, text, mode):
    assert ("ASSAULT", mode) in types_of(extract, text)


@pytest.mark.parametrize("text", [
    "Rioters torched a police car in the suburb.",
    "Protesters hurled stones at the riot police.",
])
def test_violence_by_rioters_is_a_riot(extract, text):
    assert ("PROTEST", "riot") in types_of(extract, text)
    assert not [t for t, _ in types_of(extract, text) if t == "ASSAULT"]


def test_armed_youths_are_an_armed_group_not_a_riot(extract):
    text = "In March 2025 armed youth overran an army base in the town of Nasir."
    assert types_of(extract, text) == [("ASSAULT", None)]
    assert types_of(extract, "Youths threw stones at police in the town of Nasir.") == [("PROTEST", "riot")]


def test_rebels_who_disarm_retreat(extract):
    assert types_of(extract, "The rebels disarmed under the 2016 peace deal.")[0] == ("RETREAT", "disarm")


@pytest.mark.parametrize("text,mode", [
    ("Hungary withdrew its ambassador from Kyiv.", "withdraw"),
    ("The UN pulled its monitors out of the region.", "withdraw"),
    ("Belgium pulled out of the defence pact.", "withdraw"),
    ("Peru closed its embassy in Caracas.", "withdraw"),
    ("The alliance expelled the country from its council.", "expel"),
    ("The bank suspended lending to the government.", "discontinue"),
    ("Ottawa banned imports of the country's steel.", "discontinue"),
])
def test_reductions_of_relations_are_sanctions(extract, text, mode):
    assert ("SANCTION", mode) in types_of(extract, text)


@pytest.mark.parametrize("text,mode", [
    ("Both armies observed the truce on Sunday.", "ceasefire"),
    ("The government admitted international inspectors to the plant.", "access"),
    ("The rebels returned the bodies of four soldiers.", "release"),
    ("The governor stepped down on Friday.", "resign"),
    ("The fighters gave up their weapons at the camp.", "disarm"),
])
def test_retreats(extract, text, mode):
    assert ("RETREAT", mode) in types_of(extract, text)


@pytest.mark.parametrize("text", [
    "The government agreed to the strikers' demands.",
    "The regime legalised two opposition parties.",
    "The unions ended their strike after the pay offer.",
    "Prosecutors dropped the charges against the activist.",
])
def test_concessions(extract, text):
    assert "CONCEDE" in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text,type_", [
    ("Ghana and Togo held joint patrols on the lake.", "COOPERATE"),
    ("Turkish and Azerbaijani troops began war games near the border.", "COOPERATE"),
    ("The Greek navy began war games in the Aegean.", "MOBILIZE"),
    ("Italy handed over the suspect to Spain.", "COOPERATE"),
    ("The two agencies exchanged intelligence on the cell.", "COOPERATE"),
])
def test_joint_actions_are_cooperation_and_a_single_army_s_drill_a_mobilization(extract, text, type_):
    assert type_ in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text,type_", [
    ("The premier spoke by phone with the emir.", "CONSULT"),
    ("Thousands took to the streets of Lima.", "PROTEST"),
    ("Warehouse workers marched against the closures.", "PROTEST"),
    ("Rebels violated the ceasefire agreement twice in one night.", "ASSAULT"),
])
def test_phrasal_triggers(extract, text, type_):
    assert type_ in [t for t, _ in types_of(extract, text)]


@pytest.mark.parametrize("text", [
    "Two freight trains collided in the tunnel, killing both drivers.",
    "A minibus plunged off a bridge, killing 14 passengers.",
    "A curfew was lifted after the floods receded.",
])
def test_accidents_are_no_violence(extract, text):
    assert not [t for t, _ in types_of(extract, text) if t in ("ASSAULT", "PROTEST", "COERCE")]


@pytest.mark.parametrize("text", [
    "The new rules free small farmers from the tax.",
    "The power station uses gas to generate electricity.",
    "Volunteers freed a dog trapped under the car.",
])
def test_ordinary_senses_are_no_events(extract, text):
    assert types_of(extract, text) == []


def test_the_plover_halves_split_by_id_parity():
    records = [{"id": f"PLOVER-GSR01-AGREE-{n:04d}"} for n in range(1, 6)]
    assert [r["id"][-1] for r in plover.half(records, "dev")] == ["1", "3", "5"]
    assert [r["id"][-1] for r in plover.half(records, "held-out")] == ["2", "4"]
    assert plover.half(records, None) == records


@pytest.mark.parametrize("batch", ["dev", "held-out", "fourth", "fifth"])
def test_snippets_meet_the_bar(extract, batch):
    """The issue's bar on the project's own snippets: violent, protest, arrest and diplomatic events
    typed right at least 0.85 of the time; under 0.10 of disasters coded as ASSAULT, PROTEST or COERCE."""
    result = snippets.evaluate(snippets.load(snippets.default_path(), batch), extract)
    typed = sum(result["right"].values()) / sum(result["total"].values())
    violent = sum(result["violent"].values()) / sum(result["disasters"].values())
    assert typed >= 0.85, result["wrong"]
    assert violent < 0.10, result["wrong"]
    assert sum(result["false_nonevents"].values()) <= sum(result["nonevents"].values()) // 5, result["wrong"]


@pytest.mark.parametrize("text", [
    "The photographs captured the mood of the town on the eve of the vote.",
    "Her documentary captures the life of a family of fishermen.",
    "Supporters took to the streets to celebrate the election result.",
    "Farmers gathered outside the ministry on Monday.",
    "Villagers gathered in the square for the spring festival.",
    "The hurricane slammed into the coast on Tuesday.",
    "The plane landed in Cairo on Monday.",
    "Locusts attacked the wheat fields in the south.",
    "A heart attack killed the retired general on Sunday.",
    "Shares rallied on Thursday after the central bank's decision.",
    "Fuel prices shot up after the refinery closed.",
    "The series was shot in Tunisia last winter.",
    "The visiting team struck twice in the second half.",
    "A minibus was hit by a lorry on the coast road, killing seven.",
    "The governor declared a state of emergency after the floods.",
])
def test_lookalikes_are_no_violence_protest_or_coercion(extract, text):
    """A capture of a mood, a celebration in the streets, a gathering with no protest cue, a storm
    slamming into a coast: none is an ASSAULT, PROTEST or COERCE."""
    assert not {t for t, _ in types_of(extract, text)} & {"ASSAULT", "PROTEST", "COERCE"}


@pytest.mark.parametrize("text,type_,trigger,mode", [
    # a gathering is a protest when something says so: its purpose, its slogans, its target
    ("Farmers gathered outside the ministry to demand higher grain prices.", "PROTEST", "gathered", "demo"),
    ("Hundreds gathered in the main square chanting slogans against the governor.", "PROTEST", "gathered", "demo"),
    ("Bus drivers walked off the job on Tuesday over unpaid bonuses.", "PROTEST", "walked", "strike"),
    ("Dockers downed tools at the container terminal.", "PROTEST", "downed", "strike"),
    ("Villagers barricaded the highway with burning tyres.", "PROTEST", "barricaded", "obstruct"),
    ("Rioting broke out in two towns overnight.", "PROTEST", "Rioting", "riot"),
    ("Nurses at the city hospital walked out on Friday.", "PROTEST", "walked", "strike"),
    ("Six men accused of smuggling were held without charge for a month.", "COERCE", "held", "arrest"),
    ("Officers handcuffed the student and led him to a van.", "COERCE", "handcuffed", "arrest"),
    ("Police apprehended the two suspects near the port.", "COERCE", "apprehended", "arrest"),
    ("Police cordoned off the streets around the court.", "COERCE", "cordoned", "restrict"),
    ("At least 30 people are in custody after the clashes.", "COERCE", "custody", "arrest"),
    ("Police took four students in for questioning on Sunday.", "COERCE", "took", "arrest"),
    ("Lorry drivers blockaded the fuel depots for a third day.", "PROTEST", "blockaded", "obstruct"),
    ("The detainee refused food for three weeks in protest at his treatment.", "PROTEST", "refused", "hunger"),
    ("Bakers staged a go-slow over the price of flour.", "PROTEST", "staged", "strike"),
    ("A gunfight broke out between the police and cattle rustlers.", "ASSAULT", "gunfight", "firearms"),
    ("Trade ministers gathered in Lisbon for talks on tariffs.", "CONSULT", "gathered", "multilateral"),
])
def test_more_ways_to_say_protest_arrest_and_meeting(extract, text, type_, trigger, mode):
    found = [(e.trigger.text, e.mode) for e in extract(text, published="2024-05-02").events if e.type == type_]
    assert found == [(trigger, mode)]


def test_an_act_done_to_an_object_is_no_disaster(extract):
    """"stormed" is a storm only without an object: the arrest in the same sentence stays."""
    types = types_of(extract, "Troops stormed the radio station and arrested the director.")
    assert ("COERCE", "arrest") in types and any(t == "ASSAULT" for t, _ in types)


def test_a_strong_act_under_a_weak_verb_is_kept(extract):
    """"killed when soldiers opened fire": the fire opened is the attack, no blaze."""
    evs = extract("Four people were killed when soldiers opened fire on the march.", published="2024-05-02").events
    assert [e.trigger.text for e in evs if e.type == "ASSAULT"] == ["opened"]


def test_projectiles_landing_are_an_attack(extract):
    assert ("ASSAULT", "heavy-weapons") in types_of(extract, "Two mortar shells landed near the clinic, wounding a nurse.")


def test_projectiles_falling_on_a_place_are_an_attack_and_leaves_falling_are_not(extract):
    assert ("ASSAULT", "heavy-weapons") in types_of(extract, "Shells fell on the town of Khiam overnight.")
    assert types_of(extract, "Leaves fell on the road.") == []


def test_a_question_asked_is_no_request(extract):
    assert types_of(extract, "Asked about the talks, the spokesman said the United States wanted calm.") == []
    assert types_of(extract, "Reporters asked questions about the closure.") == []
    assert ("REQUEST", None) in types_of(extract, "Lebanon asked France for help.")


@pytest.mark.parametrize("text", [
    "A Sudanese army officer, who asked not to be named, said the drones were launched from the west.",
    "A nurse in Khartoum, who asked to be identified only by her first name, Amira, described the shelling.",
    "A farmer near Kassala, who asked me not to print his name, said the militia had burned his fields.",
])
def test_a_source_asking_not_to_be_named_is_no_request(extract, text):
    assert "REQUEST" not in [t for t, _ in types_of(extract, text)]


def test_asking_for_a_naming_or_a_thing_given_stays_a_request(extract):
    assert ("REQUEST", None) in types_of(extract, "The opposition asked parliament to name a new prime minister.")
    assert ("REQUEST", None) in types_of(extract, "Kyiv asked to be given more air defence systems.")


@pytest.mark.parametrize("text,type_,mode", [
    ("A court fined the newspaper $40,000 for defamation.", "SANCTION", "convict"),
    ("The bloc announced an asset freeze on the general and his sons.", "SANCTION", "discontinue"),
    ("The regional union suspended Guinea after the coup.", "SANCTION", "expel"),
    ("The opposition dropped its demand for a caretaker government.", "CONCEDE", None),
    ("Police freed 11 trafficking victims from a farm.", "AID", None),
    ("Volunteers distributed food parcels to displaced families.", "AID", None),
    ("The army handed back the border villages to the civilian authorities.", "RETREAT", "withdraw"),
])
def test_manual_senses_of_reduction_concession_aid_and_retreat(extract, text, type_, mode):
    """PLOVER manual: fines are convictions, asset freezes sanctions, suspension from a body an
    expulsion, dropping a demand a concession, rescues aid, handing back ground a retreat."""
    assert (type_, mode) in types_of(extract, text)


def events_of(extract, text):
    return [(e.type, e.trigger.text, e.modality) for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text,trigger", [
    ("The army ordered 5,000 villagers to leave the valley by Friday.", "ordered"),
    ("Militia commanders forced the families to flee the hamlet.", "forced"),
])
def test_an_order_to_leave_is_forced_displacement(extract, text, trigger):
    """PLOVER COERCE deport (forced displacement), where "ordered the troops to halt" is a demand."""
    evs = extract(text, published="2024-05-02").events
    assert [(e.type, e.mode, e.trigger.text) for e in evs] == [("COERCE", "deport", trigger)]


def test_an_order_to_halt_stays_a_demand(extract):
    assert [t for t, _ in types_of(extract, "The president ordered Venezuela to halt the exercises.")][:1] == ["REQUEST"]


def test_signing_an_agreement_is_one_support_event(extract):
    """Manual (SUPPORT): "ratify, sign, or finalize an agreement"; the agreement is what is signed."""
    assert [(t, trig) for t, trig, _ in events_of(
        extract, "The minister signed a defence agreement with her Kenyan counterpart.")] == [("SUPPORT", "signed")]


@pytest.mark.parametrize("text,mode", [
    ("The senator urged the allies to deliver more artillery shells.", "assist"),
    ("Brazil requested an urgent meeting of the Security Council.", "meet"),
    ("The bishops urged the cabinet to withdraw the bill.", "yield"),
])
def test_the_act_a_request_asks_for_is_its_mode_not_an_event(extract, text, mode):
    found = extract(text, published="2024-05-02").events
    assert [(e.type, e.mode, e.modality) for e in found] == [("REQUEST", mode, "asserted")]


def test_an_invitation_to_talks_is_a_request_and_to_a_visit_an_agreement(extract):
    """An invitation to talks or to do something asks it of the guest; one to visit is a meeting promised (manual
    CONSULT: "invitations for state visits should be coded as AGREE")."""
    invitations = {
        "The Myanmar junta invited ethnic armed groups to join peace talks in Naypyitaw.": "REQUEST",
        "Blinken invited the Sudanese army and the RSF to ceasefire talks in Geneva.": "REQUEST",
        "Xi Jinping invited Lula to visit Beijing next year.": "AGREE",
        "Shehbaz Sharif invited his Iranian counterpart to Islamabad.": "AGREE",
    }
    found = {text: [t for t, trig, _ in events_of(extract, text) if trig == "invited"] for text in invitations}
    assert found == {text: [type_] for text, type_ in invitations.items()}


def test_what_a_request_asks_to_stop_is_part_of_it(extract):
    assert [t for t, _, _ in events_of(extract, "The envoy demanded that the militia stop the attacks.")] == ["REQUEST"]


def test_a_promised_hostile_act_is_the_event(extract):
    """A promise to veto is a rejection to come, no AGREE; a promise to meet stays an AGREE."""
    assert events_of(extract, "The governor promised to veto the budget.") == [("REJECT", "veto", "future")]
    assert [t for t, _, _ in events_of(extract, "The governor promised to meet the strikers.")] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Riot police stood outside the ministry.",
    "Two attack helicopters circled over the harbour.",
])
def test_an_event_noun_naming_a_kind_of_unit_is_no_event(extract, text):
    assert types_of(extract, text) == []


def test_an_event_noun_naming_a_kind_of_area_is_no_event(extract):
    """Round prec29; since round recall38 the embassy's advice to keep away is itself a request."""
    text = "The embassy told travellers in Bangkok to keep away from protest areas."
    assert [t for t, _ in types_of(extract, text)] == ["REQUEST"]


@pytest.mark.parametrize("text,mode", [
    ("Officials condemned the drone raids on the port.", "drone"),
    ("Helicopters raided the village at dawn.", "aerial"),
])
def test_raids_from_the_air_are_assaults(extract, text, mode):
    assert ("ASSAULT", mode) in types_of(extract, text)


def test_the_raids_refers_back_to_the_nearer_sense(extract):
    """A bare definite "the raids" names the event of either sense reported last; judged ("the mayor condemned the
    raids"), it is that event referred back to and no new one (round prec40)."""
    air = "Jets struck three depots on Monday. The raids left the market in ruins."
    police = "Police searched six homes on Monday. The raids left the families without papers."
    assert [t for t, trig, _ in events_of(extract, air) if trig == "raids"] == ["ASSAULT"]
    assert [t for t, trig, _ in events_of(extract, police) if trig == "raids"] == ["COERCE"]
    judged = "Jets struck three depots on Monday. The mayor condemned the raids."
    assert [t for t, trig, _ in events_of(extract, judged) if trig == "raids"] == []


def test_holding_a_crew_is_detention(extract):
    assert ("COERCE", "arrest") in types_of(extract, "The coast guard has held the trawler's crew since May.")


def test_a_beaten_person_is_assaulted(extract):
    assert ("ASSAULT", "beat") in types_of(extract, "The opposition mayor Ana Petrovic was beaten by soldiers.")


def test_a_future_act_without_an_actor_is_no_threat(extract):
    """Nobody intends "an invasion" that "would" do something: it stays ASSAULT, not THREATEN."""
    evs = events_of(extract, "Turkey warned Syria that an invasion of the enclave would be a disaster.")
    assert ("ASSAULT", "invasion") in [(t, trig) for t, trig, _ in evs]


@pytest.mark.parametrize("text,results", [
    ("A drone struck the depot in the north, setting two tankers ablaze.", ["struck", "setting"]),
    # the dead are the attack's (eval/CONVENTIONS.md rule 9); the clinic wrecked is damage of its own
    ("Militants fired mortars at the base, killing two guards.", ["fired"]),
    ("Jets bombed the market, killing nine people and wrecking a clinic.", ["bombed", "wrecking"]),
])
def test_damage_told_in_a_participle_clause_is_its_own_assault(extract, text, results):
    assert [trig for t, trig, _ in events_of(extract, text) if t == "ASSAULT"] == results


def test_a_participle_of_aim_stays_part_of_the_attack(extract):
    text = "The rebels launched a large attack on Monday, targeting two tankers."
    assert [trig for t, trig, _ in events_of(extract, text) if t == "ASSAULT"] == ["attack"]


def test_harm_in_a_participle_clause_happened_where_the_attack_did(extract):
    evs = extract("Gunmen fired rockets at a checkpoint in Kandahar, wrecking a guard post.",
                  published="2024-05-02").events
    assert [(e.trigger.text, e.location.text if e.location else None) for e in evs] == [
        ("fired", "Kandahar"), ("wrecking", "Kandahar")]


def test_a_proposal_with_its_own_author_is_that_author_s_act(extract):
    evs = extract("The rebels accepted a truce proposal drafted by the African Union.", published="2024-05-02").events
    assert [(e.type, e.trigger.text, [a.text for a in e.actors]) for e in evs] == [
        ("AGREE", "accepted", ["rebels"]), ("AGREE", "proposal", ["African Union"])]
    assert [e.trigger.text for e in extract("The rebels accepted the proposal on Monday.").events] == ["accepted"]


@pytest.mark.parametrize("text,type_,trigger,mode", [
    ("The foreign ministry expressed alarm over the detention of the two reporters.", "ACCUSE", "alarm", "disapprove"),
    ("The opposition questioned the legitimacy of the vote.", "ACCUSE", "questioned", "disapprove"),
    ("A magistrate issued a warrant for the arrest of the former governor.", "THREATEN", "warrant", "arrest"),
    ("The senate rubber-stamped the budget deal on Tuesday.", "SUPPORT", "stamped", None),
    ("The electoral tribunal certified the result of the runoff.", "SUPPORT", "certified", None),
    ("The Security Council extended the mandate of the observer force by six months.", "SUPPORT", "extended", None),
    ("After a week of pressure the ministry relented.", "CONCEDE", "relented", None),
    ("Militants hurled mortar rounds at the garrison.", "ASSAULT", "hurled", "heavy-weapons"),
    ("Rebel fighters pushed into the provincial capital overnight.", "ASSAULT", "pushed", None),
    ("Riot police surrounded the headquarters of the opposition party.", "COERCE", "surrounded", "restrict"),
    ("Security agents bundled the lawyer into a car outside the court.", "COERCE", "bundled", "arrest"),
    ("The interior minister ordered the expulsion of the aid workers.", "COERCE", "ordered", "deport"),
    ("Police broke up the vigil outside the embassy.", "COERCE", "broke", "restrict"),
    ("The strike by 3,000 bus drivers paralysed the city.", "PROTEST", "strike", "strike"),
    ("Students occupied the university library to demand lower fees.", "PROTEST", "occupied", "obstruct"),
    ("The mediator shuttled between the rival camps for a week.", "CONSULT", "shuttled", "third-party"),
    ("The government withdrew its diplomatic personnel from the two countries.", "SANCTION", "withdrew", "withdraw"),
    ("The ministry revoked its authorisation for the joint patrols.", "SANCTION", "revoked", "discontinue"),
    ("The defenders abandoned their positions on the hill overnight.", "RETREAT", "abandoned", "withdraw"),
    ("The mission said it would not abandon the compound.", "REJECT", "abandon", "yield"),
    ("The foreign ministry protested the decision.", "ACCUSE", "protested", "disapprove"),
    ("Thousands of Kenyans protested against the finance bill.", "PROTEST", "protested", "demo"),
])
def test_wordings_of_other_styles(extract, text, type_, trigger, mode):
    """Concern voiced, results questioned or certified, warrants issued (manual: an arrest warrant is a
    THREATEN arrest), mandates renewed, cordons, a strike named by its strikers, an occupation by students."""
    found = [(e.trigger.text, e.mode) for e in extract(text, published="2024-05-02").events if e.type == type_]
    assert found == [(trigger, mode)]


@pytest.mark.parametrize("text", [
    "The festival was a riot of colour and music.",
    "Traders stormed into bonds after the rate cut.",
    "The photographer shot the ceremony from a balcony.",
    "Lightning strikes killed three cows in the valley.",
])
def test_figures_of_speech_and_lightning_are_no_violence(extract, text):
    assert not {t for t, _ in types_of(extract, text)} & {"ASSAULT", "PROTEST", "COERCE"}


def test_what_a_concern_is_over_is_no_act_of_whoever_voices_it(extract):
    evs = extract("The ministry voiced concern over the arrest of the editor.", published="2024-05-02").events
    arrest = next(e for e in evs if e.type == "COERCE")
    assert arrest.trigger.text == "arrest" and arrest.actors == []
    assert [a.text for a in next(e for e in evs if e.type == "ACCUSE").actors] == ["ministry"]


def test_an_act_in_a_clause_after_another_is_its_own(extract):
    evs = extract("The court jailed the teacher on Friday, two days after she was arrested at the border.",
                  published="2024-05-02").events
    assert [(e.trigger.text, e.date.value) for e in evs if e.type == "COERCE"] == [
        ("jailed", "2024-04-26"), ("arrested", "2024-04-24")]


def test_a_date_a_stretch_lasts_until_dates_no_event(extract):
    doc = extract("The president said on Monday that troops would stay until the end of 2026. "
                  "Police said 12 people were detained.", published="2024-05-02")
    assert [(e.trigger.text, e.date.value) for e in doc.events if e.type == "COERCE"] == [("detained", "2024-04-29")]


def test_signing_a_domestic_act_is_no_support(extract):
    """Manual SUPPORT: signing an agreement or treaty, not a decree or a bill an executive signs."""
    assert types_of(extract, "The president signed the bill into law on Friday.") == []
    assert types_of(extract, "The two leaders signed a trade agreement in Hanoi.") == [("SUPPORT", None)]


def triggered(extract, text, type_):
    """The (trigger, mode) pairs of the events of `type_` in a sentence."""
    return [(e.trigger.text, e.mode) for e in extract(text, published="2024-05-02").events if e.type == type_]


@pytest.mark.parametrize("text,trigger,mode", [
    ("Armenia ceded two border villages to Azerbaijan.", "ceded", "withdraw"),
    ("The kidnappers set free three nurses on Friday.", "set", "release"),
    ("The coup leaders freed the ousted president on Monday.", "freed", "release"),
    ("Kyiv and Moscow carried out a prisoner swap on Monday.", "swap", "release"),
    ("The government allowed UN inspectors to visit the reactor.", "allowed", "access"),
    ("Khartoum granted relief agencies access to the camps.", "granted", "access"),
    ("The army let aid convoys into the enclave.", "let", "access"),
    ("About 300 fighters handed in their weapons at the stadium.", "handed", "disarm"),
    ("Both sides stopped shelling the town on Sunday.", "stopped", "ceasefire"),
    ("The rebels ceased hostilities after the talks.", "ceased", "ceasefire"),
    ("The bank unfroze the assets of the former minister.", "unfroze", None),
    ("Troops dismantled the checkpoints around the city.", "dismantled", "withdraw"),
    ("The navy eased the blockade of the port.", "eased", "access"),
    ("The guerrillas returned the seized ferry to its owners.", "returned", "release"),
    ("The disarmament of the militia began in the east.", "disarmament", "disarm"),
    ("Israeli troops completed their pullback from the valley.", "pullback", "withdraw"),
])
def test_retreats_from_the_manual(extract, text, trigger, mode):
    """PLOVER RETREAT: ceding ground, release and exchange of captives, letting in inspectors and aid,
    giving up weapons, ending active conflict, unfreezing assets, de-escalation (easing sanctions is CONCEDE:
    eval/CONVENTIONS.md rule 8)."""
    assert triggered(extract, text, "RETREAT") == [(trigger, mode)]


@pytest.mark.parametrize("text,trigger,mode", [
    ("Burkina Faso left the regional bloc in January.", "left", "withdraw"),
    ("Morocco quit the alliance after the vote.", "quit", "withdraw"),
    ("The rebels suspended peace talks with the government.", "suspended", "withdraw"),
    ("The government declared the attaché persona non grata.", "declared", "expel"),
    ("Niger ordered the French ambassador to leave the country.", "ordered", "expel"),
    ("Brussels withheld funds from Hungary over the new law.", "withheld", "discontinue"),
    ("Britain cut its aid to the country by half.", "cut", "discontinue"),
    ("The government closed its airspace to Russian planes.", "closed", "discontinue"),
    ("A court ordered the company to pay damages to the villagers.", "ordered", "convict"),
    ("Ottawa imposed a travel ban on ten senior officials.", "imposed", "discontinue"),
    ("The aid group suspended food deliveries in the province.", "suspended", "discontinue"),
    ("Fiji was suspended from the Commonwealth.", "suspended", "expel"),
])
def test_reductions_of_relations_from_the_manual(extract, text, trigger, mode):
    """PLOVER SANCTION: leaving a body, halting talks, expelling diplomats, withholding aid, a court's
    judgement (convict)."""
    assert triggered(extract, text, "SANCTION") == [(trigger, mode)]


@pytest.mark.parametrize("text,trigger", [
    ("The ministry backed down on the fuel tax.", "backed"),
    ("The government gave in to the strikers after a week.", "gave"),
    ("The government scrapped the controversial tax after weeks of protests.", "scrapped"),
    ("The council reversed its decision to close the library.", "reversed"),
    ("The government shelved the dam project after the protests.", "shelved"),
    ("The government granted autonomy to the northern region.", "granted"),
    ("The ruling party admitted its mistake.", "admitted"),
    ("After a month of strikes the government relented.", "relented"),
    ("The military government relaxed its censorship of the press.", "relaxed"),
    ("The governor announced the lifting of the curfew.", "lifting"),
])
def test_concessions_from_the_manual(extract, text, trigger):
    """PLOVER CONCEDE (CAMEO 08): yielding, reversing a policy, granting a demand such as autonomy."""
    assert [t for t, _ in triggered(extract, text, "CONCEDE")] == [trigger]


@pytest.mark.parametrize("text,trigger", [
    ("Ecuador gave asylum to the journalist in its embassy.", "gave"),
    ("Turkey took in two million refugees.", "took"),
    ("The United States supplied Ukraine with long-range missiles.", "supplied"),
    ("France sent peacekeepers to the Central African Republic.", "sent"),
    ("The government paid compensation to the families of the victims.", "paid"),
    ("Qatar gave Lebanon's army $60 million.", "gave"),
    ("Aid agencies handed out blankets to the displaced families.", "handed"),
    ("India shipped 20,000 tonnes of wheat to Afghanistan.", "shipped"),
    ("Tehran funds the militia through front companies.", "funds"),
    ("The United States provided military training to the coast guard.", "provided"),
    ("China lent Pakistan $2 billion last year.", "lent"),
])
def test_aid_from_the_manual(extract, text, trigger):
    """PLOVER AID: asylum, military and humanitarian aid, peacekeeping (CAMEO 074), reparations, money."""
    assert [t for t, _ in triggered(extract, text, "AID")] == [trigger]


@pytest.mark.parametrize("text", [
    "She left the union building after lunch.",
    "The company funded a new research lab.",
    "The team abandoned the project after the money ran out.",
    "The story is set in a free city by the sea.",
    "The referee stopped the match in the second half.",
    "The storm halted traffic on the motorway.",
    "Investors pulled out of the market as prices fell.",
    "The firm reversed its losses in the third quarter.",
    "The museum suspended its guided tours in March.",
    "The plan makes sure that no community is left behind.",
    "The new law gives border officials better scanners.",
])
def test_ordinary_senses_of_the_manual_s_words_are_no_events(extract, text):
    assert types_of(extract, text) == []


def test_a_halt_a_request_asks_for_stays_part_of_the_request(extract):
    """"ordered Israel to halt its offensive": what a request asks to stop is its content, no retreat."""
    evs = extract("The tribunal ordered Azerbaijan to halt its offensive in the north.", published="2024-05-02").events
    assert [(e.type, e.mode) for e in evs] == [("REQUEST", "yield")]


def test_support_extended_or_lent_is_no_aid(extract):
    for text in ("The minister lent his support to the plan.", "The US extended its support to the peace initiative."):
        assert "AID" not in [t for t, _ in types_of(extract, text)]


def test_agreeing_to_forgive_a_debt_is_the_aid_itself(extract):
    """PLOVER manual (AID): creditors that agree to forgive a debt have given aid; other agreements stay AGREE."""
    evs = extract("The creditor nations agreed to forgive half of Zambia's debt.", published="2024-05-02").events
    assert [(e.type, e.trigger.text) for e in evs] == [("AID", "forgive")]
    assert evs[0].modality != "future"  # agreed, and so done
    evs = extract("The donors agreed to send food aid to Sudan.", published="2024-05-02").events
    assert [e.type for e in evs] == ["AGREE"]


def test_an_ing_form_before_its_noun_tells_a_state_not_an_attack(extract):
    assert types_of(extract, "The union declared its support for the striking teachers.") == [("SUPPORT", None)]
    assert [t for t, _ in types_of(extract, "A missile striking the port killed two dock workers.")] == ["ASSAULT", "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The two main opposition parties boycotted the first sitting of the new assembly.",
    "Farmers' unions boycotted the talks with the agriculture ministry.",
    "Most opposition deputies boycotted the vote on the budget.",
])
def test_boycotting_a_sitting_or_talks_is_a_protest(extract, text):
    """The PLOVER manual lists the boycott of an activity as a mode of PROTEST, whatever is boycotted."""
    evs = [e for e in extract(text, published="2024-05-02").events if e.trigger.text == "boycotted"]
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "boycott")]
