"""One event per act, not per type and clause (issue #4, round folding14): two mentions of one act stay one
event, two acts told in one clause stay two, told apart by grammar (other doers, another scene, another
party's act that the clause's act answers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.events.triggers import _purpose_infinitive


def acts(extract, text, published="2024-05-02"):
    doc = extract(text, published=published)
    return [(e.type, text[e.trigger.start:e.trigger.end], [text[a.start:a.end] for a in e.actors]) for e in doc.events]


def test_an_event_noun_with_other_doers_is_another_act_of_its_kind(extract):
    text = ("The ministers consulted their partners, including a call between the chancellor and the Nordic "
            "prime ministers.")
    assert [a for a in acts(extract, text) if a[0] == "CONSULT"] == [
        ("CONSULT", "consulted", ["ministers", "their partners"]),
        ("CONSULT", "call", ["chancellor", "Nordic prime ministers"])]


def test_a_meeting_convened_is_the_convening_beside_an_earlier_meeting_of_others(extract):
    text = "Before the President's meeting, the governor convened a meeting between the mayors and senior officials."
    assert [a for a in acts(extract, text) if a[0] == "CONSULT"] == [
        ("CONSULT", "meeting", ["President"]), ("CONSULT", "convened", ["governor"])]


def test_strikes_answering_attacks_by_others_are_two_acts(extract):
    text = ("Yesterday British warplanes carried out strikes on radar sites near the port. "
            "The strikes were a reply to repeated Houthi attacks on merchant ships.")
    doc = extract(text, published="2024-05-02")
    second = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.start >= text.index("The strikes")]
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in second] == [("strikes", []), ("attacks", ["Houthi"])]


def test_an_operation_set_in_another_scene_is_an_act_of_its_own(extract):
    text = "Russian forces advanced in central Kupino amid intensified offensive operations near Kharkiv."
    doc = extract(text, published="2024-05-02")
    assert [(e.trigger.text, e.location.text) for e in doc.events if e.type == "ASSAULT"] == [
        ("advanced", "Kupino"), ("operations", "Kharkiv")]


@pytest.mark.parametrize("text,expected", [
    # what the act is done to, its own object: one act
    ("Iran launched a ballistic missile attack against Israel on Tuesday.", ["launched"]),
    ("The envoy convened a meeting of the contact group in Geneva.", ["convened"]),
    # a strike and its harm: one act
    ("An air strike killed three sailors on the tanker.", ["strike"]),
    # doers unknown on one side: one act
    ("The strikes were a reply to repeated Houthi attacks on merchant ships.", ["attacks"]),
])
def test_one_act_told_twice_in_a_clause_stays_one_event(extract, text, expected):
    doc = extract(text, published="2024-05-02")
    kind = doc.events[0].type
    assert [text[e.trigger.start:e.trigger.end] for e in doc.events if e.type == kind] == expected


def test_assaults_that_were_repelled_are_the_attackers_act(extract):
    text = "Two assaults by separatist units on the bridgehead were thwarted overnight."
    assert acts(extract, text) == [("ASSAULT", "assaults", ["separatist units"]), ("ASSAULT", "thwarted", [])]


def test_a_request_refused_by_another_party_is_the_requesters_act(extract):
    text = "The tribunal refused Kenya's request to close the hearing to the public."
    assert acts(extract, text) == [("REJECT", "refused", ["tribunal"]), ("REQUEST", "request", ["Kenya"])]


def test_an_accusation_already_reported_is_rejected_not_made_again(extract):
    text = "Kenya accused Uganda of shelling a border post. Uganda rejected Kenya's accusation on Monday."
    assert [a[:2] for a in acts(extract, text)] == [("ACCUSE", "accused"), ("REJECT", "rejected")]


@pytest.mark.parametrize("text", [
    "The council demanded that the militia halt its shelling of the town.",
    "The minister said Nairobi would never accept any Ugandan occupation of the islands.",
])
def test_an_act_asked_to_stop_or_only_a_kind_is_part_of_the_clause(extract, text):
    assert len(acts(extract, text)) == 1


def test_a_trip_and_the_talks_held_at_its_destination_are_two_acts_of_the_traveller(extract):
    text = "The Saudi envoy flew to Tehran, where he held talks with the foreign minister."
    doc = extract(text, published="2024-05-02")
    assert [(e.type, e.trigger.text, e.location.text, [a.text for a in e.actors]) for e in doc.events] == [
        ("CONSULT", "flew", "Tehran", ["Saudi envoy"]),
        ("CONSULT", "talks", "Tehran", ["Saudi envoy", "foreign minister"])]


@pytest.mark.parametrize("text, event", [
    # a second clause of what is asked, and the party a thing is given to in it, are the request's content
    ("The Mission called on all parties to refrain from violence and to return to dialogue.",
     ("REQUEST", "called", ["Mission"])),
    ("Riyadh called on both sides to give priority to dialogue and diplomacy.", ("REQUEST", "called", ["Riyadh"])),
    # ... also when the second verb shares the first one's "to"
    ("The African Union called on Kiir and Machar to free all detainees and return to dialogue.",
     ("REQUEST", "called", ["African Union"])),
    ("Norway urged the Colombian government to exercise restraint and resort to dialogue.",
     ("REQUEST", "urged", ["Norway"])),
    # ... and the thing a second clause acts on, where that clause is an act of the same type
    ("Amnesty called on the Georgian authorities to release the protesters and to investigate every allegation "
     "of torture.", ("REQUEST", "called", ["Amnesty"])),
    # a phrase of an act that is the refusal's content
    ("The opposition refused to take part in a dialogue with the president.", ("REJECT", "refused", ["opposition"])),
])
def test_what_a_request_or_refusal_asks_in_a_second_clause_is_no_event(extract, text, event):
    assert acts(extract, text) == [event]


def test_a_finite_verb_after_the_infinitive_is_the_subject_s_own_act(extract):
    """A second verb with its own tense is no part of what is refused or asked: it is told as done."""
    text = "The rebels refused to leave Goma and attacked a convoy of peacekeepers."
    assert [a[:2] for a in acts(extract, text)] == [("REJECT", "refused"), ("ASSAULT", "attacked")]


@pytest.mark.parametrize("text, event", [
    # an order to a party is a request (PLOVER: "All requests, demands, and orders"), what it orders its content
    ("President Ruto ordered the police and the army to crack down on looters in Nairobi.",
     ("REQUEST", "ordered", ["President Ruto"])),
    ("The health ministry ordered striking nurses to return to work within 48 hours.",
     ("REQUEST", "ordered", ["health ministry"])),
])
def test_an_order_to_a_party_is_a_request_and_what_it_orders_no_event(extract, text, event):
    assert acts(extract, text) == [event]


def test_an_order_to_leave_stays_a_displacement(extract):
    text = "The army ordered residents of ten villages to move north of the Litani river."
    assert [a[:2] for a in acts(extract, text)] == [("COERCE", "ordered")]


@pytest.mark.parametrize("text, verb, infinitive, purpose", [
    ("The admiral ordered the frigate to the Red Sea, in order, he said, to protect shipping.", "ordered", "protect", True),
    ("The minister moved the brigade north so as to shield the border towns.", "moved", "shield", True),
    ("President Ruto ordered the police to crack down on looters in Nairobi.", "ordered", "crack", False),
])
def test_an_infinitive_opened_by_in_order_or_so_as_is_a_purpose(nlp, text, verb, infinitive, purpose):
    """What a move is for is no act the order asks of the ship or the troops (the order stays MOBILIZE)."""
    doc = nlp.nlp(text)
    tokens = {t.text: t for t in doc}
    assert _purpose_infinitive(tokens[verb], tokens[infinitive]) is purpose


def test_an_order_to_suspend_or_close_a_body_s_work_stays_a_restriction(extract):
    """Shutting an outlet down by order is the censorship (PLOVER COERCE), not a request."""
    text = "The junta ordered the independent newspaper Le Phare to suspend publication for three months."
    assert [a[:2] for a in acts(extract, text)] == [("COERCE", "suspend")]


def test_an_act_in_a_clause_with_its_own_subject_is_another_act(extract):
    text = "Police fired rubber bullets as soldiers fired live rounds in Tinkune."
    assert [a[:2] for a in acts(extract, text)] == [("ASSAULT", "fired"), ("ASSAULT", "fired")]


@pytest.mark.parametrize("text, kept", [
    ("Hundreds of farmers rallied outside parliament in Nairobi on Tuesday to call for lower fuel prices.",
     [("PROTEST", "rallied", ["farmers"])]),
    ("Macron telephoned the Lebanese president on Friday to express France's solidarity after the port blast.",
     [("CONSULT", "telephoned", ["Macron", "Lebanese president"])]),
    ("Iran summoned the British ambassador in Tehran on Sunday to demand an explanation.",
     [("ACCUSE", "summoned", ["Iran"])]),
])
def test_a_verbal_act_told_as_the_purpose_of_another_is_no_event_of_its_own(extract, text, kept):
    assert acts(extract, text) == kept


def test_a_verbal_act_a_vote_chose_is_an_act_of_its_own(extract):
    text = "The Georgian parliament voted on Thursday to demand the release of the detained journalists."
    assert ("REQUEST", "demand") in [a[:2] for a in acts(extract, text)]


def test_a_verbal_act_coordinated_with_another_is_an_act_of_its_own(extract):
    text = "Hundreds of farmers rallied outside parliament in Nairobi on Tuesday and called for lower fuel prices."
    assert [a[:2] for a in acts(extract, text)] == [("PROTEST", "rallied"), ("REQUEST", "called")]


def test_a_deployment_fired_on_is_the_party_attacked(extract):
    text = "Rebels fired on a Nigerian army patrol near Maiduguri on Sunday."
    assert [a[:2] for a in acts(extract, text)] == [("ASSAULT", "fired")]


def test_a_deployment_sent_is_a_deployment(extract):
    text = "The army sent a patrol to the border village of Gamboru on Sunday after the raid."
    assert ("MOBILIZE", "patrol") in [a[:2] for a in acts(extract, text)]


@pytest.mark.parametrize("text", [
    "Moscow said on Tuesday that the 1987 arms control agreement with Washington had collapsed.",
    "The Ethiopian government reaffirmed its support for the Pretoria agreement on Thursday.",
    "Officials in Nouméa said the accord remained on the table despite the vote.",
])
def test_an_agreement_named_as_a_document_is_no_act_of_agreeing(extract, text):
    assert not [a for a in acts(extract, text) if a[1] in ("agreement", "accord")]


def test_an_agreement_reached_is_an_act_of_agreeing(extract):
    text = "Sudan and South Sudan reached an agreement on oil transit fees in Juba on Monday."
    assert [a[0] for a in acts(extract, text)] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "We thank the nurses of Kenyatta National Hospital for standing with the families in these hard weeks.",
    "We thank every neighbour who stood by Lebanon during the war.",
    "Speaking in Dodoma, with the ruling party's leaders standing behind her, the president said the vote would go ahead.",
])
def test_a_stand_described_is_no_declaration_of_support(extract, text):
    assert not [a for a in acts(extract, text) if a[1] in ("standing", "stood")]


def test_a_stand_taken_in_a_clause_of_its_own_is_support(extract):
    text = "Canada stands with the people of Ukraine, the prime minister said on Monday."
    assert ("SUPPORT", "stands") in [a[:2] for a in acts(extract, text)]
