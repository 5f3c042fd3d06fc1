"""Events told in question-and-answer explainers, translated military summaries and broadcast
interviews: judgements ("called the raid cowardly"), courtesy calls, hosts receiving guests, two sides
that "spoke", counted crowds, turn labels. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(doc) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in doc.events]


def _one(doc, type_):
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, _types(doc)
    return found[0]


@pytest.mark.parametrize("text,trigger,type_,mode", [
    # "call on" someone without an infinitive is a courtesy call
    ("After the talks the envoy called on the emir.", "called", "CONSULT", "visit"),
    ("The president received the Kenyan delegation on Tuesday.", "received", "CONSULT", None),
    ("Later that day the premier received him at his residence.", "received", "CONSULT", None),
    # two parties that spoke spoke with each other
    ("Ruto and Museveni spoke again on Sunday.", "spoke", "CONSULT", None),
    ("The two presidents talked for an hour.", "talked", "CONSULT", None),
    # calling something a crime, or a word of condemnation, accuses
    ("On Monday, the ministry called the attack a crime against civilians.", "called", "ACCUSE", "disapprove"),
    ("The mayor called the bombing horrific and barbaric.", "called", "ACCUSE", "disapprove"),
    ("Hungary froze its participation in the pact.", "froze", "SANCTION", "withdraw"),
    ("The junta froze ties with its neighbour.", "froze", "SANCTION", "discontinue"),
    ("Ankara reserved the right to retaliate.", "reserved", "THREATEN", None),
    # PLOVER: cancelling meetings is REJECT
    ("Seoul suspended all ministerial visits to Tokyo.", "suspended", "REJECT", "meet"),
    ("The rebels insisted on a full ceasefire.", "insisted", "REQUEST", None),
    ("In March the army released 40 servicemen it had captured.", "released", "RETREAT", "release"),
])
def test_sense(extract, text, trigger, type_, mode):
    event = _one(extract(text, published="2024-05-14"), type_)
    assert (event.trigger.text, event.mode) == (trigger, mode)


def test_calling_on_someone_to_act_stays_a_request(extract):
    doc = extract("After the talks the envoy called on the emir to free the prisoners.", published="2024-05-14")
    assert ("REQUEST", "called") in _types(doc)
    assert ("CONSULT", "called") not in _types(doc)


def test_a_date_before_the_verb_is_no_particle(extract):
    """"On Monday" is no "called on": the sentence calls the shelling something and asks nothing."""
    doc = extract("On Monday, the ministry called the attack a crime against civilians.", published="2024-05-14")
    assert [t for t, _ in _types(doc)].count("REQUEST") == 0


def test_insisting_that_something_happened_asks_nothing(extract):
    doc = extract("The general insisted that no villages had been shelled.", published="2024-05-14")
    assert all(e.type != "REQUEST" for e in doc.events)
    assert [(e.trigger.text, e.modality) for e in doc.events] == [("shelled", "negated")]


def test_a_subject_with_no_or_nobody_negates(extract):
    doc = extract("Nobody was detained at the border. No soldiers were wounded in the raid.", published="2024-05-14")
    assert {(e.trigger.text, e.modality) for e in doc.events if e.trigger.text in ("detained", "wounded")} == {
        ("detained", "negated"), ("wounded", "negated")}


def test_who_judges_an_act_did_not_do_it(extract):
    """The subject of "called" or "denied" is no doer of the bombing it names, as after "launched"."""
    doc = extract("The mayor called the bombing horrific. The army denied the raid.", published="2024-05-14")
    assert [(e.trigger.text, e.actors) for e in doc.events if e.trigger.text == "bombing"] == [("bombing", [])]
    assert [(e.type, e.trigger.text, [a.text for a in e.actors]) for e in doc.events if e.sentence.start > 30] == [
        ("REJECT", "denied", ["army"])]


def test_fire_support_in_battle_is_no_political_support(extract):
    doc = extract("Marine units, supported by helicopters and artillery, stormed the ridge.", published="2024-05-14")
    assert all(e.type != "SUPPORT" for e in doc.events), _types(doc)


def test_a_counted_crowd_is_who_protests(extract):
    doc = extract("On Saturday tens of thousands marched through Tbilisi. Hundreds rallied again on Sunday.",
                  published="2024-05-14")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert [[m.text for m in e.actors] for e in protests] == [["tens of thousands"], ["Hundreds"]]


def test_where_a_march_goes_is_no_recipient(extract):
    doc = extract("Nairobi is Kenya's capital. The cardinal led a march from Nakuru to the capital.",
                  published="2024-05-14")
    march = _one(doc, "PROTEST")
    assert [m.text for m in march.actors] == ["cardinal"]
    assert march.recipients == []


def test_what_is_offered_is_no_recipient(extract):
    offer = _one(extract("Oman offered Muscat as a venue for the talks.", published="2024-05-14"), "AGREE")
    assert ([m.text for m in offer.actors], offer.recipients) == (["Oman"], [])


def test_a_turn_label_is_who_speaks_not_who_acts(extract):
    text = ("HOST: What happened at the border?\n\n"
            "NDAYISHIMIYE: On 3 March their troops shelled our positions near the river.")
    shelled = _one(extract(text, published="2024-05-14"), "ASSAULT")
    assert [m.text for m in shelled.actors] == ["their troops"]
    assert [m.text for m in shelled.recipients] == ["our positions"]


def test_a_date_the_parser_made_the_subject_gives_way_to_its_apposition(extract):
    """"On Friday, 3 May, the spokesman, ...": the parser may hang the speaker on the date (the title and the name
    beside it are one actor mention)."""
    text = "On Friday, 3 May, the army's spokesman, Colonel Ali Musa, called the shelling a crime against civilians."
    accuse = _one(extract(text, published="2024-05-14"), "ACCUSE")
    assert [m.text for m in accuse.actors] == ["army's spokesman, Colonel Ali Musa"]


def test_beating_off_an_attack_is_fighting_the_attackers(extract):
    doc = extract("Border guards repulsed an attack by smugglers on the post.", published="2024-05-14")
    repulsed = next(e for e in doc.events if e.trigger.text == "repulsed")
    assert (repulsed.type, [m.text for m in repulsed.actors]) == ("ASSAULT", ["Border guards"])
    assert [m.text for m in repulsed.recipients] == ["smugglers"]


def test_a_deadline_dates_no_later_act(extract):
    """"by 26 January" says when envoys are due back; the invitation that follows is of Monday."""
    text = ("On Monday, 22 January, the two ministries said the envoys would return by 26 January. "
            "The minister invited his counterpart to Cairo.")
    invited = _one(extract(text, published="2024-01-30"), "AGREE")
    assert (invited.trigger.text, invited.date.value) == ("invited", "2024-01-22")


def test_a_second_infinitive_of_an_agreement_is_its_content(extract):
    """"agreed to post officers ... and to meet regularly": the meeting is what was agreed, no CONSULT;
    officers posted in each other's countries are the doers' own, no recipients."""
    doc = extract("The two ministers agreed to post liaison officers in each other's countries and to meet "
                  "regularly.", published="2024-05-14")
    assert _types(doc) == [("AGREE", "agreed")]
    assert doc.events[0].recipients == []


def test_a_second_act_asked_for_is_asked_for_too(extract):
    doc = extract("They urged Israel to halt the raids and withdraw its troops.", published="2024-05-14")
    assert [(e.type, e.mode) for e in doc.events] == [("REQUEST", "yield")]


def test_where_own_peacekeepers_would_go_is_the_recipient(extract):
    refused = _one(extract("Ghana refused to deploy peacekeepers in Mali.", published="2024-05-14"), "REJECT")
    assert [m.text for m in refused.recipients] == ["Mali"]
