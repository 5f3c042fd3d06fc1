"""Events in a think tank's monthly digest (the day written between the subject and its verb), in an embassy's
security alerts (advice to travellers) and in a tribunal's country evidence (relatives taken away, schools an
armed group closes). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _by_trigger(doc, word):
    found = [e for e in doc.events if e.trigger.text == word]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_a_digest_day_before_the_verb_leaves_the_subject_its_actor(extract):
    """"Kenya 3 Jun closed": the day modifies the verb; Kenya, read as the day's modifier, is the doer."""
    doc = extract("Kenya 3 Jun closed its airspace to Sudanese flights.", published="2025-07-01")
    closed = _by_trigger(doc, "closed")
    assert (closed.type, closed.trigger.start, closed.trigger.end) == ("SANCTION", 12, 18)
    assert [m.text for m in closed.actors] == ["Kenya"]
    assert closed.date.value == "2025-06-03"


def test_a_digest_day_is_no_part_of_the_actor_span(extract):
    doc = extract("Interior Minister Kithure Kindiki 11 Jun announced the deployment of police officers to Baringo.",
                  published="2025-07-01")
    deployment = _by_trigger(doc, "deployment")
    assert deployment.type == "MOBILIZE"
    assert [m.text for m in deployment.actors] == ["Interior Minister Kithure Kindiki"]


def test_a_digest_clause_with_a_relative_day_keeps_its_doer(extract):
    doc = extract("Ruto next day pledged to attend the summit in Addis Ababa.", published="2025-07-01")
    pledged = _by_trigger(doc, "pledged")
    assert pledged.type == "AGREE"
    assert [m.text for m in pledged.actors] == ["Ruto"]


def test_a_day_after_a_preposition_is_left_alone(extract):
    doc = extract("The Ethiopian army on 3 June captured the town of Dolo.", published="2025-07-01")
    captured = _by_trigger(doc, "captured")
    assert captured.type == "ASSAULT"
    assert [m.text for m in captured.actors] == ["Ethiopian army"]


TYPED = [
    # operating rights revoked: a sanction (manual SANCTION discontinue)
    ("The aviation authority revoked the landing rights of three Russian airlines on Friday.", "revoked",
     "SANCTION", "discontinue"),
    # relatives taken away by fighters: an abduction
    ("Three gunmen came to the farm and took away the headman's eldest son.", "took", "ASSAULT", "abduct"),
    # an armed group closing a school: a restriction (manual COERCE restrict)
    ("The militants closed the town's girls' secondary school in March.", "closed", "COERCE", "restrict"),
    # warships arriving in a sea: a naval deployment
    ("Two Russian warships arrived in the Caribbean on Wednesday.", "arrived", "MOBILIZE", "troops"),
]


@pytest.mark.parametrize("sentence, word, type_, mode", TYPED)
def test_typed_acts_of_alerts_and_evidence(extract, sentence, word, type_, mode):
    event = _by_trigger(extract(sentence, published="2025-07-01"), word)
    assert (event.type, event.mode) == (type_, mode)


def test_an_embassy_advising_citizens_to_keep_away_is_a_request(extract):
    doc = extract("The Embassy advises U.S. citizens to avoid the area around the airport in Niamey.",
                  published="2025-07-01")
    advises = _by_trigger(doc, "advises")
    assert (advises.type, advises.trigger.start, advises.trigger.end) == ("REQUEST", 12, 19)
    assert [m.text for m in advises.recipients] == ["U.S. citizens"]


def test_fighters_taking_away_a_relative_act_on_their_own(extract):
    doc = extract("Three gunmen came to the farm and took away the headman's eldest son.", published="2025-07-01")
    assert [m.text for m in _by_trigger(doc, "took").actors] == ["Three gunmen"]


UNTYPED = [
    # advice on a matter asks for nothing
    ("The former ambassador advised the president on trade policy for two years.", "advised", None),
    # a parent taking a child away abducts no one
    ("His mother took away her younger son from the camp in May.", "took", None),
    # a school closed after a flood is closed by no coercion
    ("The authorities closed the village school after the flood in March.", "closed", None),
    # a delegation arriving is a visit, not a deployment
    ("The Kenyan delegation arrived in Geneva on Wednesday.", "arrived", "MOBILIZE"),
]


@pytest.mark.parametrize("sentence, word, barred", UNTYPED)
def test_look_alikes_are_not_those_acts(extract, sentence, word, barred):
    doc = extract(sentence, published="2025-07-01")
    assert not [e for e in doc.events if e.trigger.text == word and barred in (None, e.type)]


def test_a_signing_others_expect_is_agree(extract):
    """Rule 7 of eval/CONVENTIONS.md: a signing expected is AGREE, a signing done SUPPORT."""
    doc = extract("Presidents William Ruto and Yoweri Museveni are expected to sign the accord in Nairobi next month.",
                  published="2025-07-01")
    assert _by_trigger(doc, "sign").type == "AGREE"
    done = extract("Presidents William Ruto and Yoweri Museveni signed the accord in Nairobi on Monday.",
                   published="2025-07-01")
    assert _by_trigger(done, "signed").type == "SUPPORT"


def test_a_designation_keeps_its_as_after_a_relative_clause(extract):
    """The parser hangs "as" on the relative clause that comes between the object and it."""
    doc = extract("The Treasury on Monday designated the gang, which officials say runs the prisons, as a terrorist "
                  "organisation.", published="2025-07-01")
    designated = _by_trigger(doc, "designated")
    assert (designated.type, designated.mode) == ("SANCTION", "discontinue")
    assert [m.text for m in designated.actors] == ["Treasury"]


def test_a_designation_with_no_as_is_no_sanction(extract):
    doc = extract("The Treasury on Monday designated the gang, which runs the prisons in the north.",
                  published="2025-07-01")
    assert not [e for e in doc.events if e.trigger.text == "designated"]
