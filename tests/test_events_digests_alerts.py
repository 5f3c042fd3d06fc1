"""Events in a think tank's monthly digest (the day written between the subject and its verb), in an embassy's
security alerts (advice to travellers) and in a tribunal's country evidence (relatives taken away, schools an
armed group closes). Sentences written for these tests."""

from __future__ import annotations


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


def test_revoking_operating_rights_is_a_sanction(extract):
    doc = extract("The aviation authority revoked the landing rights of three Russian airlines on Friday.",
                  published="2025-07-01")
    revoked = _by_trigger(doc, "revoked")
    assert (revoked.type, revoked.mode) == ("SANCTION", "discontinue")


def test_an_embassy_advising_citizens_to_keep_away_is_a_request(extract):
    doc = extract("The Embassy advises U.S. citizens to avoid the area around the airport in Niamey.",
                  published="2025-07-01")
    advises = _by_trigger(doc, "advises")
    assert (advises.type, advises.trigger.start, advises.trigger.end) == ("REQUEST", 12, 19)
    assert [m.text for m in advises.recipients] == ["U.S. citizens"]


def test_advice_on_a_matter_is_no_request(extract):
    doc = extract("The former ambassador advised the president on trade policy for two years.", published="2025-07-01")
    assert not [e for e in doc.events if e.trigger.text == "advised"]


def test_fighters_taking_away_a_relative_is_an_abduction(extract):
    doc = extract("Three gunmen came to the farm and took away the headman's eldest son.", published="2025-07-01")
    took = _by_trigger(doc, "took")
    assert (took.type, took.mode) == ("ASSAULT", "abduct")
    assert [m.text for m in took.actors] == ["Three gunmen"]


def test_a_parent_taking_a_child_away_is_no_abduction(extract):
    doc = extract("His mother took away her younger son from the camp in May.", published="2025-07-01")
    assert not [e for e in doc.events if e.trigger.text == "took"]


def test_an_armed_group_closing_a_school_is_coercion(extract):
    doc = extract("The militants closed the town's girls' secondary school in March.", published="2025-07-01")
    closed = _by_trigger(doc, "closed")
    assert (closed.type, closed.mode) == ("COERCE", "restrict")


def test_a_school_closed_by_a_flood_is_no_coercion(extract):
    doc = extract("The authorities closed the village school after the flood in March.", published="2025-07-01")
    assert not [e for e in doc.events if e.trigger.text == "closed"]


def test_a_warship_arriving_in_a_sea_is_a_deployment(extract):
    doc = extract("Two Russian warships arrived in the Caribbean on Wednesday.", published="2025-07-01")
    arrived = _by_trigger(doc, "arrived")
    assert (arrived.type, arrived.mode) == ("MOBILIZE", "troops")


def test_a_delegation_arriving_is_no_deployment(extract):
    doc = extract("The Kenyan delegation arrived in Geneva on Wednesday.", published="2025-07-01")
    assert all(e.type != "MOBILIZE" for e in doc.events)


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
