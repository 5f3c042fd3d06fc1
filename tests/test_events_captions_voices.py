"""Event recall on styles first seen at sealed sets 24 and 25 (issue #4, round recall19): a photo gallery's captions
in the present tense, a partisan voice's words for war, a career told in an obituary. Each fix is a general cause
(grammar, the PLOVER manual's senses, how captions and dispatches are written), shown on sentences written for these
tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2025-03-04").events]


@pytest.mark.parametrize("text,expected", [
    # the tagger reads the caption's bare verb after a plural party as a compound noun ("police fire tear gas")
    ("Riot police fire tear gas at students outside the university gates, Tuesday.",
     ("ASSAULT", "crowd-control", "fire")),
    # ... and its -s form after a singular as a plural noun
    ("A soldier fires into the air as villagers gather in Ostrava, Friday.", ("ASSAULT", "crowd-control", "fires")),
    ("An armoured truck sprays demonstrators near the cathedral square.", ("ASSAULT", "crowd-control", "sprays")),
    ("Volunteers carry a wounded woman to a field clinic behind the market.", ("AID", None, "carry")),
    ("Farmers carry banners past the ministry of agriculture.", ("PROTEST", "demo", "carry")),
    ("Marchers waving flags walk through the old town towards the parliament.", ("PROTEST", "demo", "walk")),
    ("A banner on the bridge calls for the release of the jailed editor.", ("PROTEST", "demo", "calls")),
])
def test_caption_present_tense_acts(extract, text, expected):
    assert expected in events_of(extract, text)


def test_a_placard_s_demand_is_part_of_holding_it(extract):
    text = "Nurses hold placards demanding higher pay outside the hospital."
    assert events_of(extract, text) == [("PROTEST", "demo", "hold")]


def test_a_pronoun_subject_of_a_joined_clause_is_the_first_clause_s_subject(extract):
    text = "Demonstrators sang the anthem as they marched along Harbour Road on Saturday."
    assert ("PROTEST", "demo", "marched") in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "Air strikes on the port city.",
    "Police raids in the capital.",
    "Shoppers walk through the old town on a sunny afternoon.",
    "Fans wave flags as they march to the stadium to celebrate the title.",
])
def test_noun_headlines_and_crowds_at_leisure_stay_what_they_were(extract, text):
    """A noun headline keeps its one event noun (no verb made of it); a crowd walking or marching for pleasure is
    no protest."""
    found = events_of(extract, text)
    assert not [e for e in found if e[0] == "PROTEST"]
    assert len(found) <= 1


def test_a_gallery_counter_line_is_no_part_of_the_caption(extract):
    text = ("In pictures: a day of protest\n\n3 / 12\nPolice block the ring road with lorries before dawn.\n"
            "*Photo: A. Writer / The Daily*\n\n4 / 12\nPolice fire tear gas at marchers on the ring road.")
    doc = extract(text, published="2025-03-04")
    acts = [(e.type, text[e.trigger.start:e.trigger.end], [a.text for a in e.actors]) for e in doc.events]
    assert ("COERCE", "block", ["Police"]) in acts
    assert ("ASSAULT", "fire", ["Police"]) in acts


@pytest.mark.parametrize("text,expected", [
    ("The health ministry said 42 of our compatriots have been martyred since the start of the month.",
     ("ASSAULT", None, "martyred")),
    ("The valiant armed forces dealt the enemy heavy blows overnight.", ("ASSAULT", None, "dealt")),
    ("The governor stepped aside on 3 May after the scandal.", ("RETREAT", "resign", "stepped")),
    ("The militia handed over the bodies of three soldiers at the border post.", ("RETREAT", "release", "handed")),
    ("The minister dismissed the tribunal as a political instrument of its foreign sponsors.",
     ("ACCUSE", "disapprove", "dismissed")),
    ("The inspectors' board found the country in breach of its treaty obligations.", ("ACCUSE", "allege", "found")),
    ("The media authority took three opposition channels off the air.", ("COERCE", "censor", "took")),
    ("The treasury put the shipping firm on its blacklist.", ("SANCTION", "discontinue", "put")),
    ("The chancellor floated a summit of the region's leaders.", ("AGREE", None, "floated")),
    ("Rescue teams pulled survivors from the rubble of the bombed apartment block.", ("AID", None, "pulled")),
])
def test_war_and_career_senses(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "Rescue teams pulled survivors from the rubble after the earthquake.",
    "The company dismissed the report as speculation.",
    "The architect floated the idea of a glass roof for the station.",
])
def test_disasters_and_claims_stay_out(extract, text):
    """A rescue after an earthquake is no political aid; dismissing a report is no accusation (REJECT at most);
    floating an idea of design is no agreement."""
    assert not [e for e in events_of(extract, text) if e[0] in ("AID", "ACCUSE", "AGREE")]


@pytest.mark.parametrize("text,expected", [
    ("Hours after the raid, the air force struck an airfield in the north.",
     [("ASSAULT", None, "raid"), ("ASSAULT", None, "struck")]),
    ("The militia fired rockets at the city, shortly after jets had struck its depots in the valley.",
     [("ASSAULT", "heavy-weapons", "fired"), ("ASSAULT", None, "struck")]),
])
def test_a_strike_after_another_act_is_an_act_of_its_own(extract, text, expected):
    assert events_of(extract, text) == expected


def test_a_killing_after_a_strike_is_still_the_strike_s_harm(extract):
    text = "Four people were killed after an air strike hit their house in the village."
    assert [e[0] for e in events_of(extract, text)] == ["ASSAULT"]


@pytest.mark.parametrize("text,expected", [
    ('Marchers chanting "Shame on you" walk through the market square on Monday.', ("PROTEST", "demo", "walk")),
    ("The republican brigade dealt the invaders a series of crushing blows at dawn.", ("ASSAULT", None, "dealt")),
    ("The foreign minister condemned the aggression of the regime against the southern provinces.",
     ("ASSAULT", None, "aggression")),
    ("The brutal Saudi aggression on the port city entered its third week.", ("ASSAULT", None, "aggression")),
    ("The prime minister spent half an hour on the phone with the German chancellor.", ("CONSULT", "phone", "spent")),
    ("The army rushed reserves to the eastern front overnight.", ("MOBILIZE", "troops", "rushed")),
    ("Enemy units pushed several kilometres through the defensive lines near the river.", ("ASSAULT", None, "pushed")),
    ("The movement sent thousands of fighters across the border to defend its ally's government.",
     ("AID", None, "sent")),
])
def test_partisan_voice_diplomatic_and_front_line_senses(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "Studies link aggression in young children to poor sleep.",
    "The coach spent an hour on the phone before the match.",
    "The bank rushed reserves to its branches before the holiday.",
])
def test_their_ordinary_senses_stay_no_event(extract, text):
    """A temper, a long call with no one named, a bank's cash: no attack, no consultation, no troops."""
    assert events_of(extract, text) == []


def test_a_named_group_s_participle_of_travel_is_no_visit(extract):
    text = ("Gunmen fired on a convoy of vans on Friday, killing 20 people, most of them Shia Muslims travelling from "
            "Hangu to Kohat under police escort.")
    assert "CONSULT" not in [e[0] for e in events_of(extract, text)]


def test_calling_something_a_name_for_someone_is_no_call_for(extract):
    text = 'The mayor called the ruling "a new beginning" for the families of the victims.'
    assert "REQUEST" not in [e[0] for e in events_of(extract, text)]


@pytest.mark.parametrize("text", [
    "On Friday the president called the neighbouring government a terrorist regime.",
    "The defence lawyer called the whole trial one-sided.",
])
def test_a_charge_in_the_qualifier_of_a_naming_is_an_accusation(extract, text):
    assert ("ACCUSE", "disapprove", "called") in events_of(extract, text)



def test_a_note_mark_the_parser_made_a_predicate_is_no_naming(nlp):
    """The parser sometimes hangs a reference work's note mark on the verb as its predicate ("called on the forces
    to show restraint.[28]"): only a word makes the verb a naming that is no "call on"."""
    from dateline.events.triggers import lexicon, match
    from dateline.pipeline import new_doc
    from dateline.annotations import Source

    doc = nlp.nlp(new_doc(nlp.nlp, Source(text="The commissioner called on the forces to show restraint.[28]")))
    called = next(t for t in doc if t.lower_ == "called")
    note = next(t for t in doc if t.text == "[28]")
    note.head, note.dep_ = called, "oprd"
    found = match(called, lexicon())
    assert found is not None and found.entry.type == "REQUEST"
