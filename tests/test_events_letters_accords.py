"""A formal letter's acts on an accord (issue #4, round recall36): ceasing to keep an agreement, cutting off its
inspectors, laying a breach before a body, concluding or disputing, and the letter's polite request. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def events_of(extract, text):
    return [(e.type, e.mode, text[e.trigger.start:e.trigger.end]) for e in extract(text, published="2025-08-29").events]


@pytest.mark.parametrize("text,expected", [
    ("In December 2002 Pyongyang ceased to observe the limits of the Agreed Framework.",
     ("SANCTION", "discontinue", "ceased")),
    ("In 2003 North Korea stopped implementing the freeze agreement.", ("SANCTION", "discontinue", "stopped")),
    ("The monitors said Iran had removed the surveillance cameras at the Karaj workshop.",
     ("SANCTION", "discontinue", "removed")),
    ("Venezuela withdrew the accreditation of the UN human rights observers.", ("SANCTION", "expel", "withdrew")),
    ("The junta allowed the UN investigators back into the region in May.", ("RETREAT", "access", "allowed")),
    ("The United States withdrew from the JCPOA in May 2018.", ("SANCTION", "withdraw", "withdrew")),
    ("The two sides concluded a border agreement in Tashkent on Friday.", ("SUPPORT", None, "concluded")),
    ("The treaty was concluded in Washington in 1987 by Gorbachev and Reagan.", ("SUPPORT", None, "concluded")),
    ("The government has declined to account for the missing uranium.", ("REJECT", None, "declined")),
    ("The Chinese delegation disputed the commission's findings.", ("REJECT", None, "disputed")),
    ("The Board of Governors found that Tehran's failures constituted non-compliance with its safeguards obligations.",
     ("ACCUSE", "allege", "found")),
    ("In January 2020 Britain, France and Germany referred Iran's non-performance to the Joint Commission.",
     ("ACCUSE", "allege", "referred")),
    ("Kyiv notified the OSCE of repeated violations of the ceasefire.", ("ACCUSE", "allege", "notified")),
    ("We have the honour to notify the Council, under article 5, of a material breach by the neighbouring state.",
     ("ACCUSE", "allege", "notify")),
    ("The three governments triggered the dispute resolution mechanism in January 2020.",
     ("ACCUSE", "allege", "triggered")),
    ("We would be grateful if the Secretariat could distribute this note to all delegations.",
     ("REQUEST", None, "grateful")),
])
def test_acts_on_an_accord_and_a_letter_s_request(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text", [
    "We are grateful for the support of our partners.",
    "Workers removed the barricades from the main road on Sunday.",
    "The navy removed the seal of the old submarine base.",
    "Kenya and Somalia contested the World Cup qualifier in Nairobi.",
    "The airline notified passengers of the delay by text message.",
    "The regulator declined to comment on the report.",
    "The hospital allowed visitors back into the wards.",
    "The court found that the minister had acted lawfully.",
    "The ministry ceased to publish weekly casualty figures in March.",
])
def test_their_ordinary_senses_are_no_events(extract, text):
    assert events_of(extract, text) == []


def test_talks_that_conclude_conclude_no_accord(extract):
    assert [e for e in events_of(extract, "The talks concluded in Doha without a deal.") if e[0] == "SUPPORT"] == []


def test_a_designation_laid_on_a_party_withdrawn_stays_a_concession(extract):
    found = events_of(extract, "The Treasury withdrew the designation of the shipping firm last year.")
    assert ("CONCEDE", None, "withdrew") in found and not any(e[0] == "SANCTION" for e in found)
