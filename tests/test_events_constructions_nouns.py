"""Session 27's audit of constructions and event nouns across the PLOVER types: light-verb frames, phrasal verbs,
announced and arranged acts, headline fragments and bare counts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events_lexicon import typed


@pytest.mark.parametrize("text,event", [
    # the lemmatizer cut "staged" to "stag" and "waging" to "wag": the light verb of a strike went unseen
    ("Rail workers staged a 24-hour strike across Germany.", ("strike", "PROTEST", "strike")),
    ("Dock workers are staging a strike in Antwerp.", ("strike", "PROTEST", "strike")),
    ("Relatives of the missing held a vigil outside the presidential palace.", ("vigil", "PROTEST", "demo")),
    ("The Chinese navy held drills around Taiwan on Monday.", ("drills", "MOBILIZE", "troops")),
    ("Beijing's clampdown on Hong Kong activists continued.", ("clampdown", "COERCE", "restrict")),
    ("Jihadists overran an army post in Niger.", ("overran", "ASSAULT", None)),
    ("A submarine torpedoed the frigate.", ("torpedoed", "ASSAULT", "heavy-weapons")),
    ("The militia demobilised its fighters.", ("demobilised", "RETREAT", "disarm")),
    ("Ukraine evacuated its troops from the island.", ("evacuated", "RETREAT", "withdraw")),
    ("The president hit out at the central bank.", ("hit", "ACCUSE", "disapprove")),
    ("Spain recognised the state of Palestine.", ("recognised", "SUPPORT", None)),
    ("Lawmakers voted in favour of the accord.", ("voted", "SUPPORT", None)),
    # "be to": what is arranged (manual CONSULT: future meetings and visits are AGREE; CONCEDE: announced retreats)
    ("The pope is to visit Indonesia in September.", ("visit", "AGREE", None)),
    ("Blinken is to meet Abbas in Ramallah on Thursday.", ("meet", "AGREE", None)),
    # a retreat its doer announces as under way is declared, not done (manual CONCEDE; eval/CONVENTIONS.md)
    ("PKK announces it is pulling all its fighters out of Turkey.", ("pulling", "CONCEDE", None)),
    # a bare count stands for the people it counts, also as a headline's participle's patient
    ("An Istanbul court released the seven on Friday.", ("released", "RETREAT", "release")),
    ("Three held after raid on Berlin flat", ("held", "COERCE", "arrest")),
    ("Slide 4: Hostage release — 33 freed in phase one", ("release", "RETREAT", "release")),
    ("Slide 4: Hostage release — 33 freed in phase one", ("freed", "RETREAT", "release")),
    ("Aid convoy reaches El Fasher", ("convoy", "AID", None)),
    # a letter's "I write to urge" is the request itself, not what a writing was for
    ("I write to urge you to release the detained aid workers without delay.", ("urge", "REQUEST", "yield")),
    ("Moscow announced that its troops were pulling out of Kherson.", ("pulling", "CONCEDE", None)),
    # a gerund after "before" or "after" is done by the clause's subject
    ("Blinken addressed the Knesset in Jerusalem before flying to Amman.", ("flying", "CONSULT", "visit")),
    ("Turkey rushed rescue teams to the quake zone.", ("rushed", "AID", None)),
    ("India flew rescue teams and supplies into Yangon.", ("flew", "AID", None)),
])
def test_construction_or_noun(extract, text, event):
    assert event in typed(extract, text)


@pytest.mark.parametrize("text,event", [
    # "be to" after a noun of aim says what is aimed at; a retreat reported as under way stays one
    ("The aim is to visit every province.", ("visit", "CONSULT", "visit")),
    ("The army said it is withdrawing from the town.", ("withdrawing", "RETREAT", "withdraw")),
    # an announced sanction under way keeps its type
    ("Brussels announces it is imposing sanctions on Minsk.", ("sanctions", "SANCTION", None)),
])
def test_construction_keeps_type(extract, text, event):
    types = typed(extract, text)
    assert event[:2] in [(t, ty) for t, ty, _ in types]


@pytest.mark.parametrize("text", [
    "The school held a drill for its pupils on Monday.",
    "The fans held a vigil for the late singer after the storm.",
    "The farmers staged a comeback at the county fair.",
    "Turkey released 4 of the tanks.",
    "The charity hired two aid workers in Nairobi.",
    "The president took office in January.",
])
def test_everyday_sense_is_no_event(extract, text):
    assert [t for t in typed(extract, text) if t[1] in ("MOBILIZE", "PROTEST", "RETREAT", "AID", "ASSAULT")] == []
