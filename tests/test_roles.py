"""Sentence roles: what each sentence does."""

from __future__ import annotations

import pytest


def roles(nlp, text):
    doc = nlp(text)
    return [(text[s.start:s.end].strip(), s.role) for s in doc.sentences]


@pytest.mark.parametrize("sentence, role", [
    ("At least 40 people were killed in the strike on Tuesday.", "report"),
    ("The ministry said the hospital had run out of fuel.", "report"),
    ("The occupation must end its siege immediately.", "opinion"),
    ("We believe the agreement is within reach.", "opinion"),
    ("Stop the bombing of civilians.", "opinion"),
    ("This is unacceptable.", "opinion"),
    ("The talks are expected to resume next week.", "prediction"),
    ("The army will withdraw from the city by Friday.", "prediction"),
    ("Why has the world stayed silent?", "question"),
    ('"We will not leave our land, whatever they do to us," the farmer said.', "quote"),
    ("Thank you.", "other"),
])
def test_single_sentence_roles(nlp, sentence, role):
    assert roles(nlp, sentence) == [(sentence, role)]


def test_scripture_sentence(nlp):
    text = 'Allah says: "And fight them until there is no more persecution" [TMQ Surah Al-Baqarah 2:193].'
    assert {role for _, role in roles(nlp, text)} == {"scripture"}


def test_scare_quotes_do_not_make_a_quote(nlp):
    text = 'The "ceasefire" collapsed within hours of being announced.'
    assert roles(nlp, text) == [(text, "report")]


def test_header_is_other(nlp):
    text = "Statement from the Press Secretary"
    assert roles(nlp, text) == [(text, "other")]


@pytest.mark.parametrize("sentence, role", [
    # a third party's forecast or judgement, reported, is the writer's report
    ("The governor announced that the bridge will reopen in May.", "report"),
    ("Aid groups warned that the famine would be catastrophic and deadly.", "report"),
    ("The envoy will return to Amman on Monday, diplomats said.", "report"),
    # the writer's own
    ("We said then that the siege must end.", "opinion"),
    ("The bridge will reopen in May.", "prediction"),
    # a prayer led by "may"
    ("May God grant the families patience.", "opinion"),
])
def test_reported_stance_and_wishes(nlp, sentence, role):
    assert roles(nlp, sentence) == [(sentence, role)]


@pytest.mark.parametrize("text, expected", [
    # a first line without a full stop is the text's title, however long
    ("Troops pull back from the river town after a week of fighting on three sides of it\n\n"
     "Troops pulled back from the town on Monday.",
     [("Troops pull back from the river town after a week of fighting on three sides of it", "other"),
      ("Troops pulled back from the town on Monday.", "report")]),
    # a note mark after the full stop still ends a sentence
    ("The crossing stayed shut for a week. It reopened on 7 May.[4]\n",
     [("The crossing stayed shut for a week.", "report"), ("It reopened on 7 May.[4]", "report")]),
    # an entry of a reference list is no quote; a quote after a label is
    ('"Flooding closes the coast road", Eastern Mail, 4 May 2024.',
     [('"Flooding closes the coast road", Eastern Mail, 4 May 2024.', "other")]),
    ('QT @portauthority: "The northern berths will reopen on Monday once the divers finish."',
     [('QT @portauthority: "The northern berths will reopen on Monday once the divers finish."', "quote")]),
    ("(Reporting by Ana Lima; Editing by Tom Reed)", [("(Reporting by Ana Lima; Editing by Tom Reed)", "other")]),
])
def test_titles_notes_references_and_credits(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.parametrize("sentence, role", [
    # courtesies after a speaker label or a form of address, invocations, an interviewer's moves
    ("Ambassador, thank you.", "other"),
    ("God is great.", "other"),
    ("HOST: Let me turn to the budget.", "other"),
    # slogans of wish or demand
    ("Down with the dictatorship.", "opinion"),
    ("Long live the republic!", "opinion"),
    # directions to the reader are no stance; an imperative that expects predicts
    ("For the full list of names, see the attached annex.", "other"),
    ("Expect more power cuts this winter.", "prediction"),
    ("So this winter, let us give what we can.", "opinion"),
])
def test_courtesies_slogans_and_imperatives(nlp, sentence, role):
    assert roles(nlp, sentence) == [(sentence, role)]


def test_courtesies_of_an_interview(nlp):
    text = "HOST: Minister, welcome to the programme.\n\nGUEST: Thank you."
    found = roles(nlp, text)
    assert [t for t, _ in found][-2:] == ["Minister, welcome to the programme.", "GUEST: Thank you."]
    assert {role for _, role in found} == {"other"}


@pytest.mark.parametrize("sentence, role", [
    # the writer's stance in the first person, in its present forms
    ("We are deeply alarmed by the shelling of the camp.", "opinion"),
    ("I would not call it a victory.", "opinion"),
    ("Our position has not changed since the spring.", "opinion"),
    ("We condemned the attack at the time.", "report"),
    ("Her supporters deserved a better answer.", "opinion"),
    ("The outlook for the harbour towns is bleak.", "opinion"),
    ("States have a duty to prevent the famine.", "opinion"),
    ("The villagers had the right to graze their herds there until 1990.", "report"),
    # someone else's stance or forecast, reported
    ("The minister underlined that the border is calm, and stated that troops should stay in their barracks.",
     "report"),
    ("Diplomats expect the talks to resume in June.", "report"),
    ("According to the ministry, the toll will rise further.", "report"),
    ("Rebuilding the bridge, engineers said, could take two years.", "report"),
    ('The envoy, speaking in Cairo on Tuesday, called the plan "a step that will end the war".', "report"),
    # the future of a relative clause describes; "going" and "set" speak of the future only before "to"
    ("The council approved a plan that will double the number of buses.", "report"),
    ("The prisoners were freed after going on a hunger strike.", "report"),
    ("The talks are set to resume in June.", "prediction"),
])
def test_whose_stance_and_which_future(nlp, sentence, role):
    assert roles(nlp, sentence) == [(sentence, role)]


def test_scripture_by_reference_and_by_verse_begun(nlp):
    paraphrase = "The Prophet said that a neighbour's rights come close to those of kin (Sahih al-Bukhari 6014)."
    subject = "Surah Al-Ma'idah 5:32 weighs one life against the whole of humanity."
    assert roles(nlp, paraphrase) == [(paraphrase, "scripture")]
    assert roles(nlp, subject) == [(subject, "scripture")]
    text = ('The preacher recited: "And cooperate in righteousness and piety. Do not cooperate in sin and '
            'aggression" (Surah Al-Ma\'idah 5:2).')
    assert [role for _, role in roles(nlp, text)] == ["scripture", "scripture"]
    passing = ('We tell the generals that their own scripture says "blessed are the peacemakers" (Matthew 5:9), '
               'yet they keep shelling the villages around the city every night.')
    assert roles(nlp, passing)[0][1] != "scripture"


@pytest.mark.parametrize("sentence, role", [
    # the tagger took the irregular past for a noun: the sentence still has its verb
    ("On 3 March, the militia retook Kalma, the largest town in the district, from the army.", "report"),
    # a question quoted at the end of a report is the speaker's, not the writer's
    ("The envoy, speaking to donors in Geneva on Monday, ended her statement with a question: "
     "“Who will pay for the schools?”", "report"),
    ("The views expressed here are the writer's own.", "other"),
])
def test_missed_verbs_quoted_questions_and_disclaimers(nlp, sentence, role):
    assert roles(nlp, sentence) == [(sentence, role)]
