"""Quotes in transcripts: "I" and "we" under a speaker label are the labelled speaker and the body the list of
participants gives for them (one reader of turns, `actors.turns`, for quotes and citations), and a speaker's own
words of the moment ("I would remind you that ...") are no report."""

from __future__ import annotations

from dateline.actors.resolve import turn_labels

CALL = """Hanseatic Feeder Lines AB: fourth-quarter 2024 results conference call

Participants: Anna Virtanen, Chief Executive Officer; Jonas Berglund, Chief Financial Officer. Analysts: Erik Holm (Sound Capital).

ANNA VIRTANEN: Good morning. I would remind you that this call contains forward-looking statements. Last week the Danish Maritime Authority said that the cable damage in the Baltic Sea would not close the shipping lanes. In our third-quarter report we said that we would add a second ship on the Gdansk route.

ERIK HOLM: Anna, did your crews raise the cable incidents with you?

ANNA VIRTANEN: Yes. In December I told the unions that no ship of ours would anchor near the cables.
"""

HEARING = """Transport Committee: Oral evidence: Rail strikes

Members present: Clare Whitfield (Chair); Owen Pryce; Sunita Rao.

Witnesses: Martin Hale, General Secretary, Union of Rail Workers; Lucy Tremayne, Director of Operations, Northway Trains.

Q1 Chair: Mr Hale, where do the talks stand?

Martin Hale: We told the operators on Monday that our members would walk out again in March. I should say that we have not set a date.

Q2 Owen Pryce: Ms Tremayne, what did the operator say?

Lucy Tremayne: I told the union on Tuesday that we could not fund the offer this year.

Q3 Owen Pryce: And the Department?

Martin Hale: The minister said last week that she would not intervene.
"""

NOTES = """Weekly diary of the city council

Note: The council met on Monday and approved the budget.

Update: The mayor said on Tuesday that the library would reopen in May.

Note: The minutes are published online.

Update: The council's leader said the budget was balanced.
"""


def quotes(nlp, text, published):
    doc = nlp(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    return {q.text: (q.speaker.text if q.speaker else None, names.get(q.speaker.actor) if q.speaker else None)
            for q in doc.quotes}


def test_a_call_executives_i_and_we_are_she_and_her_company(nlp):
    found = quotes(nlp, CALL, "2025-02-06")
    assert found["that no ship of ours would anchor near the cables"] == ("I", "Anna Virtanen")
    assert found["that we would add a second ship on the Gdansk route"][0] == "we"
    assert found["that we would add a second ship on the Gdansk route"][1] in ("Hanseatic Feeder Lines AB", "Hanseatic Feeder Lines")


def test_a_speakers_own_reminder_is_no_quote(nlp):
    found = quotes(nlp, CALL, "2025-02-06")
    assert not any("forward-looking" in text for text in found)
    assert "that the cable damage in the Baltic Sea would not close the shipping lanes" in found


def test_a_hearings_mixed_case_labels_are_turns_of_the_listed_people(nlp):
    found = quotes(nlp, HEARING, "2025-01-15")
    assert found["that we could not fund the offer this year"] == ("I", "Lucy Tremayne")
    assert found["that our members would walk out again in March"][0] == "We"
    assert found["that our members would walk out again in March"][1] in ("Union of Rail Workers", "Martin Hale")
    assert not any(text.startswith("that we have not set a date") for text in found)
    assert found["that she would not intervene"][0] == "The minister"


def test_named_labels_need_a_dialogue_of_listed_voices():
    assert [HEARING[a:b] for a, b in turn_labels(HEARING)] == [
        "Q1 Chair", "Martin Hale", "Q2 Owen Pryce", "Lucy Tremayne", "Q3 Owen Pryce", "Martin Hale"]
    assert turn_labels(NOTES) == []


def test_a_company_is_also_named_without_its_legal_form(nlp):
    doc = nlp("Nordic Tanker Group ASA said on Monday that it would sell two ships. Nordic Tanker Group said the "
              "sale would close in March.", published="2025-03-03")
    names = {a.id: a for a in doc.actors}
    speakers = [names[q.speaker.actor] for q in doc.quotes if q.speaker and q.speaker.actor in names]
    assert len(speakers) == 2 and speakers[0].id == speakers[1].id
    assert "Nordic Tanker Group" in speakers[0].aliases


BRIEFING = """Press briefing on the Sudan famine, 12 March 2025

Participants: Grace Mwangi, Regional Director, Horn Relief Alliance.

GRACE MWANGI: Good afternoon. The World Food Programme's country director said on 3 March that the convoys to Darfur had stopped. I asked him whether the trucks could go through Chad. He said they could not.

GRACE MWANGI: Our drivers say the roads are open again.
"""


def test_a_question_put_to_him_keeps_the_day_of_his_words(nlp):
    doc = nlp(BRIEFING, published="2025-03-12")
    dates = {q.text: q.date for q in doc.quotes}
    assert dates["whether the trucks could go through Chad"] == "2025-03-03"
    assert dates["that the convoys to Darfur had stopped"] == "2025-03-03"


def test_a_question_with_no_one_told_of_keeps_the_briefings_day(nlp):
    doc = nlp(BRIEFING.replace("I asked him whether", "I asked the drivers whether"), published="2025-03-12")
    dates = {q.text: q.date for q in doc.quotes}
    assert dates["whether the trucks could go through Chad"] == "2025-03-12"
