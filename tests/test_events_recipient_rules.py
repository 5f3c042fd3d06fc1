"""Recipients by grammar and the PLOVER manual's targets (round recipients12): one recipient per party,
the accused of an accusation, the content of a restated demand, no protest sites, no weapons or goods.
Sentences written for these tests. Round recipients14: where an act was done is no target (an "at"
phrase beside the object, the names after "two buildings in"), nor the doer himself, nor the forces mobilized,
nor the topic counterparts work on, nor a weapon told as a doer; a car is a weapon only when rigged."""

from __future__ import annotations

import pytest

from .test_events_recipients import recipients_of


@pytest.mark.parametrize("text, trigger, recipients", [
    # a name and its abbreviation are one party
    ("Kenya expelled staff of the International Committee of the Red Cross, or ICRC, on Friday.", "expelled",
     ["International Committee of the Red Cross"]),
    # ACCUSE: the accused is who did the deed, not its victims
    ("The commission is investigating alleged abuses by separatist fighters against villagers in the east.",
     "investigating", ["separatist fighters"]),
    # ... or the named owner of the deed, not whom it was for
    ("Beijing condemned the United States' sale of fighter jets to Taiwan.", "condemned", ["United States"]),
    # coordinated nationalities: one party each
    ("The minister thanked the Chinese and Indian ambassadors on Monday.", "thanked", ["Chinese", "Indian"]),
    # a demand restated: its pronoun is the demander's own, its content names who must comply
    ("The rebel movement insisted on its demands that the government free all political prisoners.", "insisted",
     ["government"]),
    # ... but a concern's content is no demand: who was held is no one accused
    ("The council notes with concern that the journalist has been held without charge since May.", "notes", []),
    # a protest is aimed at parties; the site it is held at is where
    ("Inmates rioted at a prison outside the capital on Sunday.", "rioted", []),
    # ... nor the site it blocks, nor the demonstrators it joins
    ("Striking truckers blocked the Rainbow Bridge for six hours on Monday.", "blocked", []),
    ("Inmates rioted on Sunday, joining hundreds of demonstrators in demanding the warden's dismissal.", "rioted", []),
    # a restriction is imposed, not struck
    ("The governor threatened to institute a curfew in Mombasa after days of looting.", "threatened", []),
    # what is fired gives way to what it is aimed at, a weapon's fire too
    ("Government troops launched artillery, mortar and rocket fire against rebel camps near the border on Sunday.",
     "launched", ["rebel camps"]),
    # the one arrested, not the nationality or home town that describes them
    ("Police detained a French blogger from Lyon on Friday.", "detained", ["French blogger"]),
    # what talks are on is a topic, not a party
    ("The two sides held talks on the status of Kurdish fighters.", "talks", []),
    # goods given are no party; whom they are given to is
    ("Germany sent two patrol boats to Ghana.", "sent", ["Ghana"]),
    # goods taken are no party; whom they were taken from is
    ("Border police confiscated rifles and ammunition from a smuggling gang on Tuesday.", "confiscated",
     ["smuggling gang"]),
    # a mediation effort is between the parties it names, wherever the parser hangs "between"
    ("Qatar launched a mediation effort on Saturday between Ethiopia and Eritrea.", "mediation",
     ["Ethiopia", "Eritrea"]),
    ("The envoy ended mediation efforts between the two rival militias on Monday.", "ended", ["two rival militias"]),
    # "with the consent of X": an accomplice, no recipient
    ("Guards beat prisoners with the consent of the warden.", "beat", ["prisoners"]),
])
def test_recipient_rules(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2024-05-02"), trigger) == recipients


@pytest.mark.parametrize("text, trigger, recipients", [
    # ground forces go into, as a part of a town or with its kind, is where they fought, not whom (round args27)
    ("RSF fighters pushed into the northern suburbs of Khartoum on Friday.", "pushed", []),
    ("M23 fighters fought their way into Goma city on Sunday.", "fought", []),
    # ... but the positions of a force are that force
    ("M23 fighters fought their way into the army's positions on Sunday.", "fought", ["army"]),
    # a ceasefire declared in a town is a halt in the fighting there, no act on its people (round args27)
    ("The army declared a ceasefire in Khartoum on Saturday.", "declared", []),
    # ... while a curfew lifted there is eased for them
    ("The governor lifted the curfew in Mombasa on Friday.", "lifted", ["Mombasa"]),
])
def test_ground_and_truces_are_where(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2025-07-20"), trigger) == recipients


def test_a_place_beside_the_party_struck_is_where(extract):
    doc = extract("Soldiers beat up protesters on the West Bank on Friday.", published="2024-05-02")
    assert recipients_of(doc, "beat") == ["protesters"]
    beating = next(e for e in doc.events if e.trigger.text == "beat")
    assert beating.location is not None and beating.location.text == "West Bank"


@pytest.mark.parametrize("text, trigger, recipients", [
    # beside the one acted on, an "at" phrase is where
    ("Police arrested the monk at Dhaka airport on Monday.", "arrested", ["monk"]),
    # ... but with no object, or with only the act's own "fire", it is the target
    ("Gunmen opened fire at a checkpoint near the border.", "opened", ["checkpoint"]),
    # a reflexive object is the doer himself
    ("A suicide bomber blew himself up at a market in Kabul, killing nine people.", "blew", []),
    # "two buildings in Hamra and Verdun": the names say where the buildings stood
    ("In Beirut, Israeli strikes hit two residential buildings in Hamra and Verdun last night, killing ten people.",
     "strikes", ["two residential buildings"]),
    # ... while a sum "in aid" still gives way to whom the aid is for
    ("The EU pledged 500 million euros in aid to Ukraine.", "pledged", ["Ukraine"]),
    # what is mobilized is the doer's own, no recipient; a force where it is names the place
    ("Britain mobilized army reservists on Tuesday.", "mobilized", []),
    ("Israel strengthened its forces in Lebanon after the discovery of rockets.", "strengthened", ["Lebanon"]),
    ("Seoul protested the deployment of North Korean troops on Monday.", "deployment", []),
    # what counterparts work on together is a topic; the "with" party, wherever the parser hangs it, is whom
    ("The charity said it had coordinated the team's movements with the army in advance.", "coordinated", ["army"]),
    ("The foreign minister agreed on border security with Kenya on Monday.", "agreed", ["Kenya"]),
    # ... but a party praised stays the one praised
    ("The president praised the prime minister with his advisers.", "praised", ["prime minister"]),
    # a car struck is a target; a car rigged with explosives is a weapon
    ("A drone struck a car at a checkpoint near Kfar Kila on Monday.", "struck", ["car"]),
    # a weapon told as the doer is no one a condemnation can target
    ("Shells fell near a clinic in Rafah on Friday, killing six people. The Red Cross condemned the shelling.",
     "condemned", []),
])
def test_where_and_what_is_done_with_are_no_recipients(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2024-05-02"), trigger) == recipients


# Round recipients17: targets of weapons launched towards a party, threats whose complement names the doer's own
# side, absolute "with" phrases, counterparts hung on the medium of a call, free relatives of naming, the wounded as
# people, help pledged for a party, lines broken through, bodies a restriction is laid on, conditions to comply with.
@pytest.mark.parametrize("text, trigger, recipients", [
    # what is launched "towards" a party is aimed at it, and a carrier group is where it is
    ("The militants launched about 40 rockets towards Haifa on Friday morning.", "launched", ["Haifa"]),
    ("On Sunday the Houthis fired nine one-way attack drones at the Eisenhower carrier group in the Gulf of Aden.",
     "fired", ["Eisenhower carrier group"]),
    # a swarm counts what it is of, and the aim hangs on it
    ("Rebels launched a swarm of drones at the navy's main base in Port Sudan on Monday.", "launched", ["navy"]),
    # a rigged car's aim, hung on the participle that says how it was rigged
    ("A suicide bomber rammed a truck packed with explosives into a police station in the north on Monday.",
     "rammed", ["police station"]),
    # an attack "from" rebel-held areas says whence it came
    ("Rebel fighters launched a coordinated attack of drones and rockets from rebel-held areas of Sudan toward the "
     "main supply road.", "launched", ["main supply road"]),
    # the ground bombed, not the province it lies in
    ("Warplanes bombed rebel-held areas of Idlib province.", "bombed", ["rebel-held areas of Idlib province"]),
    # a threat: who or what would act on the doer's side is no one threatened; the condition or the target is
    ("The militia's leader warned on Monday that his fighters would shell the airport if the army kept up its raids "
     "on the camps.", "warned", ["army"]),
    ("The defence minister warned that the operation would go on until the rebels lay down their arms.", "warned",
     ["rebels"]),
    ("A spokesman for the rebels warned that the movement would keep attacking convoys bound for the capital.",
     "warned", ["convoys"]),
    ("Beijing warned that it would not allow Manila to resupply the outpost.", "warned", ["Manila"]),
    ("The envoy warned that the crackdown on journalists would have consequences for Serbia's bid to join the bloc.",
     "warned", ["Serbia"]),
    ("The cartel warned that any attempt to extradite its leader would be answered with violence.", "warned", []),
    # ... but the one who would undergo it is threatened
    ("The prime minister warned that Hamas would pay a heavy price.", "warned", ["Hamas"]),
    # a condition set before its subject
    ("Should any country recognise the region, we will sever diplomatic ties.", "sever", ["country"]),
    # a protest until someone gives in is aimed at them
    ("The unions called a general strike until the president resigns.", "strike", ["president"]),
    # a mediator or facilitator in an absolute "with" is no counterpart
    ("The two governments have held three rounds of talks since March, with Qatar mediating.", "talks", []),
    # the counterpart of a call, hung on the medium, acts in it (eval/CONVENTIONS.md), and is urged in it
    ("Secretary Blinken spoke by telephone with President Ruto and urged an immediate ceasefire.", "spoke", []),
    ("Secretary Blinken spoke by telephone with President Ruto and urged an immediate ceasefire.", "urged",
     ["President Ruto"]),
    # a threat told to someone is made to them, not to reporters
    ("The ambassador told him that Kenya reserved the right to respond.", "reserved", ["him"]),
    # "condemned what it called X": the doer of X, not the condemner's own pronoun, nor the victim
    ('Egypt condemned what it called the "reckless Ethiopian aggression" against Sudan.', "condemned", ["Ethiopian"]),
    ("Kenya denounced what it described as attacks by Somali militias on its border posts.", "denounced",
     ["Somali militias"]),
    # the wounded and the injured are people
    ("The medics treated the injured at a field clinic.", "treated", ["injured"]),
    ("The agency's teams were treating hundreds of wounded at the main hospital.", "treating", ["wounded"]),
    # help pledged is for whom it helps, a capital for its government
    ("The regional leaders pledged continued support for Mogadishu on Friday.", "pledged", ["Mogadishu"]),
    ("Donors pledged $1 billion in humanitarian aid for Yemen at a conference in Geneva.", "pledged", ["Yemen"]),
    # talks offered are with whom they would be held; an offer rejected is the offerer's
    ("He offered talks with the striking doctors, an offer most of them rejected.", "offered", ["striking doctors"]),
    ("He offered talks with the striking doctors, an offer most of them rejected.", "rejected", ["He"]),
    ("The minister accused the rebels of shelling the town, a charge the rebels rejected.", "rejected", ["minister"]),
    # lines broken through stand for those who hold them
    ("Government troops broke through rebel lines north of the city on Sunday.", "broke", ["rebel lines"]),
    # a gathering broken up stands for those in it
    ("Riot police fired tear gas to break up the rally outside parliament.", "fired", ["rally"]),
    # a body or outlet a restriction is laid on is acted on
    ("The junta issued a decree placing the media under military control.", "placing", ["media"]),
    ("The government ordered all schools closed.", "ordered", ["schools"]),
    # a warrant is for whom it would arrest
    ("A judge issued a warrant for the arrest of the opposition leader on Monday.", "warrant", ["opposition leader"]),
    # "those behind it" are people; a bare "office" is a position
    ("The president condemned the bombing and vowed to hunt down those behind it.", "vowed", ["those"]),
    ("The president has refused to leave office.", "refused", []),
    # a town withdrawn from is where, though the tagger took it for a people
    ("The army pulled out of Kidal on Sunday.", "pulled", []),
    # an object pronoun of a verb with a phrase of its own stands for the earlier object, not for that phrase
    ("Pirates attacked the freighter on Monday and later boarded it and set it on fire.", "set", ["it"]),
    # where a bomber blew himself up is where, not whom
    ("A suicide bomber blew himself up on a crowded bus in the city centre on Friday.", "blew", []),
])
def test_recipients_of_aims_threats_and_counterparts(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2024-05-02"), trigger) == recipients


def test_a_wounded_crowd_word_is_no_attack(extract):
    doc = extract("Ambulances took the wounded to hospital.", published="2024-05-02")
    assert [e.type for e in doc.events] == []


def test_a_naming_clause_is_no_second_accusation(extract):
    doc = extract("The ministry issued a statement condemning what it called provocative actions by the Serbian police.",
                  published="2024-05-02")
    assert [(e.type, e.trigger.text) for e in doc.events] == [("ACCUSE", "condemning")]
    assert [r.text for r in doc.events[0].recipients] == ["Serbian police"]


def test_an_absolute_with_names_no_place(extract):
    doc = extract("The two governments have held three rounds of talks since March, with Qatar mediating.",
                  published="2024-05-02")
    talks = next(e for e in doc.events if e.trigger.text == "talks")
    assert talks.location is None
