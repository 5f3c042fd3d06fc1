"""Event recipients by PLOVER's conventions: the host of a visit, the doer of what is condemned.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events import texts


def recipients_of(doc, trigger: str) -> list[str]:
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    assert all(doc.text[r.start:r.end] == r.text for r in found[0].recipients)
    return texts(found[0].recipients)


@pytest.mark.parametrize("text, trigger, recipients", [
    # a visit: the visitor acts, the place visited stands for the host, also when it is a city
    ("The foreign minister flew to Jakarta on Monday.", "flew", ["Jakarta"]),
    ("From Tokyo, the envoy flew to Seoul, where he signed a trade pact.", "flew", ["Seoul"]),
    ("The envoy arrived in Cairo for talks with the foreign minister.", "arrived", ["Cairo"]),
    # ... but a party visited is the host, and the place is where
    ("The president visited troops at a base in Poland.", "visited", ["troops"]),
    # a condemned event noun stands for the doers of the act it refers back to, though no actor
    # resolves them, and a crackdown for the force just reported
    ("Gunmen killed at least 40 villagers in the north on Friday. "
     "The interior ministry condemned the massacre on Saturday.", "condemned", ["Gunmen"]),
    ("Riot police beat students outside the university on Monday. "
     "The president condemned the crackdown.", "condemned", ["Riot police"]),
    # a march is no crackdown: nothing to refer back to
    ("Thousands of farmers marched through the capital on Monday. "
     "The minister condemned the crackdown.", "condemned", []),
    # what is fired is no target; the aim is, wherever the parser hangs it
    ("Iran fired more than 30 missiles and about 50 drones at Israel's power stations on Sunday.", "fired", ["Israel"]),
    ("On 3 May the army hurled some 40 rockets and 20 shells at the rebels' supply depots.", "hurled", ["rebels"]),
    # what is used is no target; the object of its purpose is
    ("Police used tear gas and rubber bullets to disperse hundreds of students outside the ministry.", "used",
     ["students"]),
    # ... but a car carrier is no car bomb (its name, set right after it, is part of the phrase)
    ("The rebels seized the car carrier Ocean Star on Monday.", "seized", ["car carrier Ocean Star"]),
    # a name in apposition says who the counterpart is
    ("The secretary thanked his Indian counterpart Rahul Mehta on the sidelines.", "thanked", ["Rahul Mehta"]),
    # the weapon of a threat is no target
    ('The president threatened to hit "command centres" in the capital with a new hypersonic missile.', "threatened",
     ["command centres"]),
    # "at his request": the request was made to the clause's subject
    ("The foreign ministry said it had granted the dissident asylum at his own request.", "request", ["it"]),
    # people named by a pronoun with a modifier, or by "everyone"
    ("The minister condemned the killings and promised to hunt down those responsible.", "hunt", ["those responsible"]),
    ("Police detained everyone at the rally.", "detained", ["everyone"]),
    # the other side of a dealing refused is named, though "any" quantifies the dealing; "anyone" names no one
    ("In January 2019 the Venezuelan opposition refused any dialogue with the Maduro government.", "refused",
     ["Maduro government"]),
    ("The ministry refused any contact with anyone from the opposition.", "refused", []),
    # the one labelled, though the parser takes it for a premodifier of the label; a plural that is no party is none
    ("In June 2024 President Ruto branded the protesters criminals.", "branded", ["protesters"]),
    ("The minister called the human rights violations a disgrace.", "called", []),
    # signatories are parties
    ("In May 2018 Iran urged the other signatories of the nuclear deal to keep their commitments.", "urged",
     ["other signatories of the nuclear deal"]),
    # a participle's recipient is the noun it modifies
    ("Relatives of the activists arrested last week gathered outside the court.", "arrested", ["activists"]),
    # a threat whose complement has the doer's own side act: the target of that act
    ("President Vladimir Putin warned that Russia could strike the military bases of countries that supply "
     "weapons to Ukraine.", "warned", ["countries"]),
    ("Iran's foreign minister warned that Tehran would respond to any attack by Israel.", "warned", ["Israel"]),
    # ... another side in the complement is the one warned
    ("President Vladimir Putin warned that Ukraine would pay a heavy price.", "warned", ["Ukraine"]),
    # the people a force captures are whom it acts on, though the capture sense names them as its object
    ("Troops captured two gang leaders near the town on Monday.", "captured", ["two gang leaders"]),
    # a town or camp a force withdraws from is where it left, not a party; a state left is one
    ("Rebel fighters withdrew from Kidal, a desert town near the Algerian border, on Tuesday.", "withdrew", []),
    ("Government troops pulled out of the refugee camp of Jabalia after a week-long raid.", "pulled", []),
    ("Libya withdrew its troops from Chad.", "withdrew", ["Chad"]),
    # arms seized are no party; whose they were is
    ("Customs officers seized two rifles at the port.", "seized", []),
    ("The boarding party confiscated the crew's rifles.", "confiscated", ["crew"]),
    # the grounds of an arrest are no party
    ("Police arrested the editor at his home on charges of treason.", "arrested", ["editor"]),
    ("A court jailed the activist on terrorism charges.", "jailed", ["activist"]),
    # a village of two words named before an attack noun says where it was, not who was blamed
    ("Fighters stormed the village of Wad Hamid on 5 June, killing dozens of people. "
     "The coordinator condemned the Wad Hamid attack on 6 June.", "condemned", []),
    # a sea or a region is what a rejected ruling is about, not whose word is turned down
    ("Beijing rejected the tribunal's ruling on the East China Sea as void.", "rejected", ["tribunal"]),
    # a city a march goes to is where the crowd goes, not the government the capital may stand for; an
    # institution marched to is the one the protest is aimed at
    ("Tens of thousands of people marched on Nairobi on Tuesday.", "marched", []),
    ("Opposition supporters staged a march on Harare on 7 November.", "march", []),
    ("Students marched to parliament on Wednesday evening.", "marched", ["parliament"]),
    # the subject of a demanded act, though the parser reads its bare verb as a noun
    ("He demanded that the prime minister resign.", "demanded", ["prime minister"]),
    # an appeal for talks between two sides is made to them
    ("The bishops appealed for dialogue between the government and the opposition.", "appealed",
     ["government", "opposition"]),
    # a number seized stands for what its apposition names
    ("Since March the rebels have attacked dozens of tankers and seized one, the Maria Luisa, in the strait.", "seized",
     ["Maria Luisa"]),
    # whom ground is taken from, though the parser hangs the "from" phrase on the place taken
    ("The rebel army seized Tamu, a town in the north, from the junta.", "seized", ["Tamu", "junta"]),
    # attacks beaten off were made on those who beat them off; they fought the side that made them
    ("Border guards repelled three attacks by rebel fighters on Monday.", "attacks", ["Border guards"]),
    ("Ukrainian forces repelled 36 Russian assaults near the town on Tuesday.", "repelled", ["Russian"]),
])
def test_recipients(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2024-05-02"), trigger) == recipients


def test_a_city_marched_on_is_where_the_march_went(extract):
    doc = extract("Tens of thousands of people marched on Nairobi on Tuesday.", published="2024-05-02")
    march = next(e for e in doc.events if e.trigger.text == "marched")
    assert march.location is not None and march.location.text == "Nairobi"


def test_a_place_visited_is_host_and_where(extract):
    doc = extract("The envoy visited Kenya and Uganda last week.", published="2024-05-02")
    visit = next(e for e in doc.events if e.trigger.text == "visited")
    assert texts(visit.recipients) == ["Kenya", "Uganda"]
    assert visit.location is not None and visit.location.text == "Kenya"
