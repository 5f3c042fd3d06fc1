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
    ("A court in Tunis exonerated the former minister.", ("exonerated", "CONCEDE", None)),
    ("The parliament voted to decriminalize cannabis possession.", ("decriminalize", "CONCEDE", None)),
    ("The two fleets disengaged on Tuesday.", ("disengaged", "RETREAT", "withdraw")),
    ("Farmers' unions lobbied the ministry for a lower fuel tax.", ("lobbied", "REQUEST", None)),
    ("Prosecutors will prosecute the mayor for fraud.", ("prosecute", "ACCUSE", "allege")),
    ("Police rearrested the blogger a day after his release.", ("rearrested", "COERCE", "arrest")),
    ("The regime hanged three dissidents at dawn.", ("hanged", "ASSAULT", "targeted")),
    ("Saboteurs sabotaged the railway near the border.", ("sabotaged", "ASSAULT", "destroy")),
    ("The stabbing of a guard closed the market.", ("stabbing", "ASSAULT", "primitive")),
    ("Rights groups condemned the execution of two protesters.", ("execution", "ASSAULT", "targeted")),
    ("The mayor saluted the courage of the rescue crews.", ("saluted", "SUPPORT", None)),
    ("The king abdicated in favour of his son.", ("abdicated", "RETREAT", "resign")),
    ("Residents petitioned the court over the closure of the clinic.", ("petitioned", "REQUEST", None)),
    ("Kyiv balked at the proposed land swap.", ("balked", "REJECT", None)),
    ("The premier ruled out talks with the separatists.", ("ruled", "REJECT", None)),
    ("A monk immolated himself outside the provincial office.", ("immolated", "PROTEST", None)),
    ("Students burned an effigy of the governor.", ("burned", "PROTEST", "demo")),
    ("Militiamen burned dozens of homes in the valley.", ("burned", "ASSAULT", "primitive")),
    ("Congress voted to defund the agency's overseas office.", ("defund", "SANCTION", "discontinue")),
    ("The air force scrambled jets after the incursion.", ("scrambled", "MOBILIZE", "troops")),
    ("The government bailed out the state airline in March.", ("bailed", "AID", None)),
    ("Two journalists were slain outside the station.", ("slain", "ASSAULT", None)),
    ("The navy turned back three boats carrying migrants.", ("turned", "COERCE", "restrict")),
    ("The junta has muzzled the press since the coup.", ("muzzled", "COERCE", "censor")),
    ("Police harassed opposition activists outside the polling station.", ("harassed", "COERCE", "restrict")),
    ("The authorities clamped down on street vendors in the capital.", ("clamped", "COERCE", "restrict")),
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
    "She hung the painting in the hall.",
    "The execution of the plan took two years.",
    "A wildfire burned forty homes in the hills.",
    "The pilots ruled out a mechanical fault.",
    "It was as if the underdogs had slain a giant.",
    "Thousands fled war and persecution.",
    "The conductor silenced the audience with a glance.",
])
def test_everyday_senses_stay_no_events(extract, text):
    assert typed(extract, text) == []


def test_find_tries_only_words_the_lexicon_may_hold_and_misses_no_trigger(nlp):
    """`find` makes a Token and tries `match` only for a word whose lemma, form or regular stem is a trigger lemma
    (`Lexicon.may_trigger`): its triggers are those a trial of every word gives, past forms the lemmatiser may get
    wrong ("cordoned") and capitalised plurals the tagger takes for names ("Airstrikes") included."""
    from dateline.events.triggers import find, lexicon, match

    lex = lexicon()
    doc = nlp.nlp("Police cordoned off the square in Tbilisi on Sunday.\n\n- Airstrikes on Khan Younis\n\n"
                  "Israeli jets struck the camp, and Cairo condemned the raids.")
    found = []
    for sent in doc.sents:
        every = [t.i for t in sent if match(t, lex) is not None]
        assert [t.token.i for t in find(sent, lex)] == every
        found += [doc[i].text for i in every]
    assert {"cordoned", "Airstrikes", "struck", "condemned", "raids"} <= set(found)
    assert lex.may_trigger("cordoned") and lex.may_trigger("airstrikes") and not lex.may_trigger("the")


def test_candidates_leave_out_words_no_sense_is_listed_for(nlp):
    from dateline.events.triggers import _candidates, lexicon

    sent = next(iter(nlp.nlp("The weather was mild on the coast of Portugal all week.").sents))
    assert _candidates(sent, lexicon()) == []
