"""The event conventions of eval/CONVENTIONS.md (round conv23), each from the PLOVER manual: who acts in a meeting,
a meeting in the future, a town taken by force, a declared ceasefire, a sanction threatened or only supposed,
signing an agreement, lifting sanctions, harm told after an attack.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events import texts


def only(doc, trigger: str):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    assert all(doc.text[m.start:m.end] == m.text for m in found[0].actors + found[0].recipients)
    return found[0]


@pytest.mark.parametrize("text, trigger, actors, recipients", [
    # no host and no visitor told: every participant acts, no one receives
    ("The Kenyan foreign minister met his Ugandan counterpart in Nairobi on Tuesday.", "met",
     ["Kenyan foreign minister", "his Ugandan counterpart"], []),
    ("The chancellor spoke by phone with the Polish president on Friday.", "spoke",
     ["chancellor", "Polish president"], []),
    ("The prime minister held talks with the Chilean president on Monday.", "talks",
     ["prime minister", "Chilean president"], []),
    ("The two sides met in Oslo on Thursday.", "met", ["two sides"], []),
    # a visit: the visitor acts, the place visited stands for its host
    ("The Portuguese president visited Luanda on Monday.", "visited", ["Portuguese president"], ["Luanda"]),
    # a host: the guest acts, the host receives, in the active and the passive
    ("The emir hosted the Eritrean president in Doha on Sunday.", "hosted", ["Eritrean president"], ["emir"]),
    ("The king received the Swedish foreign minister at the palace on Monday.", "received",
     ["Swedish foreign minister"], ["king"]),
    ("The Austrian chancellor was received by the Pope on Wednesday.", "received", ["Austrian chancellor"], ["Pope"]),
    # a host told by a participle of hosting beside the meeting (round places26)
    ("Presidents Ruto and Museveni met in Doha on 18 March, hosted by the Emir of Qatar.", "met",
     ["Presidents Ruto", "Museveni"], ["Emir of Qatar"]),
    # a go-between: the two sides it goes between receive (round places26)
    ("Norway mediated between the government and the rebels.", "mediated", ["Norway"], ["government", "rebels"]),
    # ... also when the mediation is the manner of the sides' meeting (round args27)
    ("Delegations of Ethiopia and Egypt began talks in Khartoum on Monday under the mediation of the African Union.",
     "mediation", ["African Union"], ["Delegations of Ethiopia"]),
    ("The Ethiopian and Eritrean delegations held talks in Jeddah mediated by Saudi Arabia.", "mediated",
     ["Saudi Arabia"], ["Ethiopian and Eritrean delegations"]),
    # a participle of hosting after the verb the talks are the subject of (round args27)
    ("A new round of talks between Armenia and Azerbaijan opened in Washington on Friday, hosted by the United States.",
     "talks", ["Armenia", "Azerbaijan"], ["United States"]),
    # ... but a meeting placed in a capital has no host
    ("A new round of talks between Armenia and Azerbaijan opened in Washington on Friday.", "talks",
     ["Armenia", "Azerbaijan"], []),
])
def test_who_acts_in_a_meeting(extract, text, trigger, actors, recipients):
    event = only(extract(text, published="2025-05-02"), trigger)
    assert (event.type, texts(event.actors), texts(event.recipients)) == ("CONSULT", actors, recipients)


@pytest.mark.parametrize("text, trigger, actors", [
    # intended or expected, a meeting ahead is an agreement to meet, its parties all actors
    ("The Nigerian president will meet his Ghanaian counterpart in Accra next week.", "meet",
     ["Nigerian president", "his Ghanaian counterpart"]),
    ("The two foreign ministers are expected to hold talks in Vienna on Friday.", "talks", ["two foreign ministers"]),
    # ... also when it is the purpose of a journey ahead (round prec29)
    ("The Indian foreign minister will fly to Colombo next week to meet the Sri Lankan president.", "meet",
     ["Indian foreign minister", "Sri Lankan president"]),
])
def test_a_meeting_in_the_future_is_agree(extract, text, trigger, actors):
    event = only(extract(text, published="2025-05-02"), trigger)
    assert (event.type, event.modality, texts(event.actors), texts(event.recipients)) == ("AGREE", "future", actors, [])


def test_a_meeting_a_past_journey_was_made_for_stays_consult(extract):
    event = only(extract("The Indian foreign minister flew to Colombo on Monday to meet the Sri Lankan president.",
                         published="2025-05-02"), "meet")
    assert (event.type, event.modality) == ("CONSULT", "asserted")


def test_a_requested_meeting_is_the_mode_of_the_request(extract):
    doc = extract("Sweden requested an emergency meeting of the Security Council on Friday.", published="2025-05-02")
    assert [(e.trigger.text, e.type, e.mode) for e in doc.events] == [("requested", "REQUEST", "meet")]


@pytest.mark.parametrize("text, trigger, type_", [
    # ground taken by armed force
    ("Militia fighters seized the border town of Kasindi on Tuesday.", "seized", "ASSAULT"),
    ("Rebels took the town of Kalemie on Sunday.", "took", "ASSAULT"),
    # a garrison, barracks or land taken is ground, not its soldiers
    ("In February 2024 Russian forces overran the Ukrainian garrison at Avdiivka.", "overran", "ASSAULT"),
    ("In September 2022 Ukrainian troops took back much of the land around Kharkiv.", "took", "ASSAULT"),
    # a ceasefire declared, one that takes effect, one agreed
    ("The rebels declared a unilateral ceasefire on Monday.", "declared", "CONCEDE"),
    ("The ceasefire took effect at midnight.", "ceasefire", "RETREAT"),
    ("The two sides agreed to a ceasefire on Sunday.", "agreed", "AGREE"),
    # a ceasefire announced is one declared, not one agreed
    ("Hamas announced a ceasefire in Gaza on Thursday.", "ceasefire", "CONCEDE"),
])
def test_the_type_of_taken_ground_and_of_ceasefires(extract, text, trigger, type_):
    assert only(extract(text, published="2025-05-02"), trigger).type == type_


def test_land_taken_by_no_force_is_no_act_of_war(extract):
    doc = extract("In 2024 settlers took land near Hebron.", published="2025-05-02")
    assert [e.type for e in doc.events if e.trigger.text == "took"] == []


def test_a_garrison_that_surrenders_is_still_its_soldiers(extract):
    assert only(extract("The garrison surrendered on Friday.", published="2025-05-02"), "surrendered").type == "RETREAT"


@pytest.mark.parametrize("text, trigger, type_, actors, recipients", [
    # a sanction only said to be possible is a threat of it
    ("Washington could impose new sanctions on the junta.", "impose", "THREATEN", ["Washington"], ["junta"]),
    ("The European Union threatened to impose sanctions on Minsk.", "threatened", "THREATEN", ["European Union"],
     ["Minsk"]),
    # one imposed is a sanction
    ("The treasury imposed sanctions on three generals on Monday.", "sanctions", "SANCTION", ["treasury"],
     ["three generals"]),
])
def test_a_supposed_sanction_is_a_threat(extract, text, trigger, type_, actors, recipients):
    event = only(extract(text, published="2025-05-02"), trigger)
    assert (event.type, texts(event.actors), texts(event.recipients)) == (type_, actors, recipients)


def test_a_ceasefire_declared_in_a_participle_that_has_held_is_declared_then_observed(extract):
    doc = extract("A ceasefire declared by Azerbaijan on 20 September has held in Karabakh since Thursday.",
                  published="2023-09-25")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("ceasefire", "CONCEDE"), ("held", "RETREAT")]
    assert texts(doc.events[0].actors) == ["Azerbaijan"]


@pytest.mark.parametrize("text, trigger, type_, modality", [
    # signing or initialling an agreement is SUPPORT (rule 7), a signing to come AGREE
    ("Egypt and Somalia signed a defence protocol in Cairo in August 2024.", "signed", "SUPPORT", "asserted"),
    ("The foreign ministers of Armenia and Azerbaijan initialled the peace treaty in Washington.", "initialled",
     "SUPPORT", "asserted"),
    ("Serbia and Kosovo will sign the accord in Brussels next week.", "sign", "AGREE", "future"),
])
def test_signing_an_agreement_is_support(extract, text, trigger, type_, modality):
    event = only(extract(text, published="2025-08-11"), trigger)
    assert (event.type, event.modality) == (type_, modality)


def test_a_bill_signed_into_law_is_no_signing(extract):
    doc = extract("The president signed the defence bill into law on Friday.", published="2025-08-11")
    assert [e.trigger.text for e in doc.events] == []


@pytest.mark.parametrize("text, trigger, actors, recipients", [
    # easing, suspending, ending or lifting sanctions, an embargo, a designation or a reward is CONCEDE (rule 8)
    ("The European Union suspended most of its sanctions on Syria in February.", "suspended", ["European Union"],
     ["Syria"]),
    ("Washington lifted the arms embargo on Cyprus in 2022.", "lifted", ["Washington"], ["Cyprus"]),
    ("The State Department revoked the designation of the group as a terrorist organisation.", "revoked",
     ["State Department"], ["group"]),
    ("The United States dropped its reward for the rebel leader.", "dropped", ["United States"], []),
    ("The Treasury removed the shipping firm from its sanctions list.", "removed", ["Treasury"], ["shipping firm"]),
])
def test_lifting_sanctions_is_a_concession(extract, text, trigger, actors, recipients):
    event = only(extract(text, published="2025-08-11"), trigger)
    assert (event.type, texts(event.actors), texts(event.recipients)) == ("CONCEDE", actors, recipients)


@pytest.mark.parametrize("text, trigger, type_", [
    # a siege lifted on the ground stays a retreat; sanctions imposed or renewed stay sanctions
    ("The army lifted the siege of the town on Sunday.", "lifted", "RETREAT"),
    ("The Council renewed the arms embargo on South Sudan for a year.", "embargo", "SANCTION"),
])
def test_lifting_a_siege_is_a_retreat_and_renewing_an_embargo_a_sanction(extract, text, trigger, type_):
    assert only(extract(text, published="2025-08-11"), trigger).type == type_


@pytest.mark.parametrize("text, triggers", [
    # rule 9: casualties told after the attack by a participle or an "and"-clause of its doer are that ASSAULT's
    ("Government artillery shelled the camp on Sunday, killing nine people and wounding 30.", ["shelled"]),
    ("Gunmen stormed the hotel in Mogadishu and killed six guests.", ["stormed"]),
    ("Police fired on the marchers in Dhaka and injured 12 of them.", ["fired"]),
    ("Insurgents ambushed the convoy near Kunduz, seizing two trucks and killing a driver.", ["ambushed"]),
    # a kill with no attack before it is the one attack; a second harm after it is its casualties
    ("A roadside bomb killed three soldiers near Kandahar and wounded two others.", ["killed"]),
    # harm with a doer of its own, and harm told in a sentence of its own, stay
    ("Israeli troops raided the camp, and a sniper later killed a teenager.", ["raided", "killed"]),
    ("The militia attacked the town of Kadugli on Friday. It killed 14 people, medics said.", ["attacked", "killed"]),
])
def test_harm_told_after_an_attack_is_that_attack(extract, text, triggers):
    doc = extract(text, published="2025-03-03")
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == triggers


def test_the_attack_keeps_its_own_parties_when_the_harm_is_folded(extract):
    found = only(extract("Paramilitary fighters stormed the village of Tayba on Saturday and killed at least 40 "
                         "residents.", published="2025-03-03"), "stormed")
    assert (texts(found.actors), texts(found.recipients)) == (["Paramilitary fighters"], ["Tayba"])
