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
    ("The minister met the Chinese and Indian ambassadors on Monday.", "met", ["Chinese", "Indian"]),
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
    ("The foreign minister discussed border security with Kenya on Monday.", "discussed", ["Kenya"]),
    # ... but a party met stays the one met
    ("The president met the prime minister with his advisers.", "met", ["prime minister"]),
    # a car struck is a target; a car rigged with explosives is a weapon
    ("A drone struck a car at a checkpoint near Kfar Kila on Monday.", "struck", ["car"]),
    # a weapon told as the doer is no one a condemnation can target
    ("Shells fell near a clinic in Rafah on Friday, killing six people. The Red Cross condemned the shelling.",
     "condemned", []),
])
def test_where_and_what_is_done_with_are_no_recipients(extract, text, trigger, recipients):
    assert recipients_of(extract(text, published="2024-05-02"), trigger) == recipients
