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
