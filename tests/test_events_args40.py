"""Event arguments, round args40: the one a small clause is said of receives the act ("declared the envoy persona
non grata"), and the regional bodies of the Americas resolve as international bodies, not as the state a word of
their name recalls. Sentences written for these tests."""

from __future__ import annotations


def _event(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def _actor(doc, mention):
    return {a.id: a for a in doc.actors}[mention.actor]


def test_the_one_declared_persona_non_grata_is_the_recipient(extract):
    doc = extract("On Monday the Kenyan foreign ministry declared two Somali diplomats persona non grata.",
                  published="2024-03-12")
    declared = _event(doc, "declared")
    assert declared.type == "SANCTION"
    assert [m.text for m in declared.recipients] == ["two Somali diplomats"]
    assert _actor(doc, declared.recipients[0]).country == "SOM"


def test_a_named_envoy_in_apposition_is_the_recipient(extract):
    doc = extract("Guatemala's foreign ministry declared Nicaragua's ambassador, Carlos Ruiz, persona non grata "
                  "on Friday.", published="2024-06-08")
    declared = _event(doc, "declared")
    assert [m.text for m in declared.recipients] == ["Carlos Ruiz"]


def test_a_declaration_without_a_small_clause_keeps_no_recipient(extract):
    # negative: a state of emergency is declared over no one, and no complement's subject is taken
    doc = extract("The Ecuadorian government declared a state of emergency in three provinces on Tuesday.",
                  published="2024-01-10")
    assert all(not e.recipients for e in doc.events if e.trigger.text == "declared")


def test_the_organization_of_american_states_is_an_international_body(extract):
    doc = extract("The Organization of American States condemned the attack on the electoral court in Lima on "
                  "Monday.", published="2024-05-07")
    condemned = _event(doc, "condemned")
    actor = _actor(doc, condemned.actors[0])
    assert actor.name == "Organization of American States"
    assert actor.code.startswith("IGO")
    assert actor.country is None


def test_a_thread_mark_before_a_name_is_not_part_of_the_mention(extract):
    doc = extract("↳ Gunmen shot Fernando Villavicencio dead after a campaign rally in Quito on 9 August 2023.",
                  published="2024-04-07")
    shot = _event(doc, "shot")
    assert [m.text for m in shot.actors] == ["Gunmen"]
    assert [m.text for m in shot.recipients] == ["Fernando Villavicencio"]


def test_the_owner_of_a_rejected_stance_is_the_recipient(extract):
    doc = extract("The Philippine envoy told the council that in 2016 the arbitral tribunal had rejected their "
                  "position on the Spratly Islands.", published="2024-10-08")
    assert [m.text for m in _event(doc, "rejected").recipients] == ["their"]


def test_a_rejected_thing_that_is_no_stance_keeps_no_pronoun_recipient(extract):
    # negative: a budget is no one's stance, so its owner is not whose word was turned down
    doc = extract("The senators said the finance committee rejected their budget on Monday.", published="2024-10-08")
    assert [m.text for m in _event(doc, "rejected").recipients] != ["their"]


def test_a_relative_clause_between_a_party_and_its_verb_does_not_hide_the_doer(extract):
    doc = extract("Odinga, who lost the vote in August and is contesting the result in court, called yesterday for mass "
                  "protests and urged his supporters to stay off work until the commission was dissolved.",
                  published="2017-10-12")
    called = _event(doc, "called")
    assert called.type == "REQUEST"
    assert [m.text for m in called.actors] == ["Odinga"]


def test_a_participle_that_modifies_a_party_is_no_predicate(extract):
    # negative: "arrested on Monday" describes the opposition leader; no comma-closed relative clause, so he did
    # not arrest anyone
    doc = extract("The opposition leader arrested on Monday was released on bail by a court in Caracas.",
                  published="2024-08-14")
    assert all([m.text for m in e.actors] != ["opposition leader"] for e in doc.events if e.trigger.text == "arrested")
