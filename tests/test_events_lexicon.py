"""General political verbs of the trigger lexicon (plover.yaml), each in its main news sense, and everyday
senses of the same words that stay no events. Sentences written for these tests."""

from __future__ import annotations

import pytest


def typed(extract, text):
    evs = extract(text, published="2025-03-04").events
    for e in evs:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
    return [(e.trigger.text, e.type, e.mode) for e in evs]


@pytest.mark.parametrize("text,event", [
    ("The foreign minister lambasted Oslo over the arms sale.", ("lambasted", "ACCUSE", "disapprove")),
    ("The opposition leader castigated the cabinet for the delay.", ("castigated", "ACCUSE", "disapprove")),
    ("Brussels chided Budapest for blocking the loan.", ("chided", "ACCUSE", "disapprove")),
    ("The envoy lashed out at the council on Monday.", ("lashed", "ACCUSE", "disapprove")),
    ("The audit implicated two deputy ministers in the fraud.", ("implicated", "ACCUSE", "allege")),
    ("Caracas drew a sharp rebuke from the regional bloc.", ("rebuke", "ACCUSE", "disapprove")),
    ("The rebels spurned the offer of an amnesty.", ("spurned", "REJECT", "meet")),
    ("The president snubbed the summit in Lima.", ("snubbed", "REJECT", "meet")),
    ("The junta flouted the court order.", ("flouted", "REJECT", "yield")),
    ("Security forces quelled the uprising in the east.", ("quelled", "COERCE", "restrict")),
    ("The regime suppressed dissent for a decade.", ("suppressed", "COERCE", "restrict")),
    ("Militiamen commandeered the fishing boats.", ("commandeered", "COERCE", "seize")),
    ("Warplanes strafed the convoy near the river.", ("strafed", "ASSAULT", "aerial")),
    ("Gunmen bludgeoned a guard outside the bank.", ("bludgeoned", "ASSAULT", "beat")),
    ("Protesters vandalized the ruling party's offices.", ("vandalized", "PROTEST", "vandalize")),
    ("The prime minister lauded the trade accord with Seoul.", ("lauded", "SUPPORT", None)),
    ("The two armies demilitarized the border zone in May.", ("demilitarized", "RETREAT", "disarm")),
    ("The bishop interceded between the army and the strikers.", ("interceded", "CONSULT", "third-party")),
    ("The army mustered troops along the frontier.", ("mustered", "MOBILIZE", "troops")),
])
def test_general_political_verbs(extract, text, event):
    assert event in typed(extract, text)


@pytest.mark.parametrize("text", [
    "The new pills quelled her fears about the flight.",
    "He suppressed a yawn during the long speech.",
    "The singer hails from a small town near the coast.",
    "Heavy rain pelted the capital on Sunday.",
    "She hailed a taxi outside the station.",
    "Storms lashed the coast overnight.",
])
def test_everyday_senses_stay_no_events(extract, text):
    assert typed(extract, text) == []
