"""Senses the PLOVER manual names in its definitions and ambiguities (session 26's audit of the lexicon against it),
each with everyday senses of the same words that stay no events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events_lexicon import typed


@pytest.mark.parametrize("text,event", [
    ("The opposition pressed the government to hold elections.", ("pressed", "REQUEST", None)),
    ("Washington pressured Belgrade to recognise the vote.", ("pressured", "REQUEST", None)),
    ("Activists defaced the statue of the general.", ("defaced", "PROTEST", "vandalize")),
    ("The army used chemical weapons against the villagers.", ("used", "ASSAULT", None)),
    ("Police used live ammunition against protesters in Dhaka.", ("used", "ASSAULT", None)),
    ("The rebels planted a bomb near the market.", ("planted", "ASSAULT", "explosives")),
    ("Police hit the protesters with clubs.", ("hit", "ASSAULT", "beat")),
    ("Russian hackers breached the election commission's servers.", ("breached", "COERCE", "cyber")),
    ("The agency ran a disinformation campaign on social media.", ("campaign", "COERCE", "misinformation")),
    ("The army built up forces near the frontier.", ("built", "MOBILIZE", "troops")),
    ("The families took the company to court.", ("took", "ACCUSE", "allege")),
    ("Russia blocked the resolution at the Security Council.", ("blocked", "REJECT", "change")),
    ("Activists chained themselves to the gates of the ministry.", ("chained", "PROTEST", "demo")),
    # manual REJECT: barring entry; COERCE restrict: barring from political life, also by a court's order
    ("The president signed a proclamation barring the entry of Haitian nationals into the country.",
     ("barring", "REJECT", None)),
    ("The electoral commission barred the opposition party from the elections.", ("barred", "COERCE", "restrict")),
    ("A court order barred the party from all political activities.", ("barred", "COERCE", "restrict")),
    # RETREAT withdraw: peacekeepers and other forces leaving ground
    ("The Russian peacekeepers left Nagorno-Karabakh in 2024.", ("left", "RETREAT", "withdraw")),
    # COERCE withhold: utilities cut off, also through a service noun; gas cut to a state stays SANCTION
    ("The militia cut off water supplies to the town.", ("cut", "COERCE", "withhold")),
    ("The army cut electricity, fuel and internet links to the border area.", ("cut", "COERCE", "withhold")),
    ("Moscow cut gas supplies to Bulgaria.", ("cut", "SANCTION", "discontinue")),
    # a bare partitive subject is part of the crowd named before: its stone-throwing is the protest's riot
    ("Thousands of protesters marched on the parliament. Some threw stones at the police.",
     ("threw", "PROTEST", "riot")),
    # manual AID: forces sent or arriving to support another party are assistance in personnel; to back an
    # offensive, or with no purpose, a deployment stays MOBILIZE; promised, AGREE
    ("Rwanda has deployed troops in support of the Mozambican government.", ("deployed", "AID", None)),
    ("A contingent of Rwandan soldiers arrived in Bangui to support the Central African army.", ("arrived", "AID", None)),
    ("The interior minister deployed the army to support the police in the capital.", ("deployed", "MOBILIZE", "troops")),
    ("Britain sent two warships to help the Cypriot authorities.", ("sent", "AID", None)),
    ("Russia deployed troops to support its offensive in the east.", ("deployed", "MOBILIZE", "troops")),
    ("The army deployed troops along the border.", ("deployed", "MOBILIZE", "troops")),
    ("Spain said it would send a navy ship to assist its nationals.", ("send", "AGREE", None)),
])
def test_manual_sense(extract, text, event):
    assert event in typed(extract, text)


@pytest.mark.parametrize("text", [
    "The company used the funds to pay its debts.",
    "The ministry used the data against fraud.",
    "Farmers planted maize near the river.",
    "The storm hit the coast with heavy rain.",
    "The crowd pushed to the front of the stage.",
    "The minister pressed ahead with the reform.",
    "The company built up its reserves last year.",
    "The driver took his son to the hospital.",
    "A landslide blocked the road to the village.",
    "The peacekeepers left for the capital.",
])
def test_everyday_sense_is_no_event(extract, text):
    assert typed(extract, text) == []
