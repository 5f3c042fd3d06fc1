"""Parties and places of clipped and reduced clauses: a headline's passive left in a state ("shot dead"), a
participle an order has done ("ordered the lawyer detained"), whose call is objected to, a camp a party owns, a
site one is "on", and a place name that runs into the next line. Causes first met in the sealed42 first sight
(round args38). Sentences written for these tests."""

from __future__ import annotations

from .test_events_places_clauses import _by_trigger, _where


def _spans(mentions):
    return [(m.text, m.start, m.end) for m in mentions]


def test_a_headline_passive_left_in_a_state_has_its_subject_as_the_victim(extract):
    """"two soldiers shot dead at a checkpoint": "shoot" may lack an object, but "dead" says whom it left so; the
    "at" phrase is where, not what was shot at."""
    doc = extract("3 Aug 2016: two soldiers shot dead at a checkpoint in Diyarbakır", published="2025-05-15")
    event = _by_trigger(doc, "shot")
    assert event.type == "ASSAULT"
    assert _spans(event.actors) == []
    assert _spans(event.recipients) == [("two soldiers", 12, 24)]
    assert _where(event) == ("Diyarbakır", 54, 64)


def test_an_active_shooting_keeps_its_doer_and_its_target(extract):
    doc = extract("Soldiers shot two men dead at a checkpoint near Jenin on Monday.", published="2025-05-15")
    event = _by_trigger(doc, "shot")
    assert _spans(event.actors) == [("Soldiers", 0, 8)]
    assert _spans(event.recipients) == [("two men", 14, 21)]
    doc = extract("Gunmen shot at a police patrol near Mosul on Monday.", published="2025-05-15")
    assert _spans(_by_trigger(doc, "shot").actors) == [("Gunmen", 0, 6)]


def test_a_participle_an_order_has_done_is_done_by_the_orderer(extract):
    """"a court ordered the lawyer detained pending trial": the court detains, the lawyer is detained, and "pending
    trial" is no party."""
    doc = extract("On Monday a military court in Tunis ordered the lawyer detained pending trial.",
                  published="2025-05-15")
    event = _by_trigger(doc, "detained")
    assert event.type == "COERCE"
    assert _spans(event.actors) == [("military court", 12, 26)]
    assert _spans(event.recipients) == [("lawyer", 48, 54)]


def test_an_order_told_as_a_that_clause_keeps_no_small_clause(extract):
    """With an auxiliary the participle is a clause of its own ("ordered that the lawyer be detained")."""
    doc = extract("The judge ordered that the lawyer be detained.", published="2025-05-15")
    event = _by_trigger(doc, "detained")
    assert _spans(event.recipients) == [("lawyer", 27, 33)]
    assert ("judge", 4, 9) not in _spans(event.recipients)


def test_whose_orders_are_objected_to_is_the_recipient(extract):
    doc = extract("Meta said on Friday that it objected to orders from the Indian government to remove the posts.",
                  published="2025-05-15")
    event = _by_trigger(doc, "objected")
    assert event.type == "REJECT"
    assert _spans(event.recipients) == [("Indian government", 56, 73)]


def test_an_objection_to_a_thing_names_no_recipient(extract):
    doc = extract("The union objected to the plan on Monday.", published="2025-05-15")
    assert _spans(_by_trigger(doc, "objected").recipients) == []


def test_the_party_owning_camps_is_no_place(extract):
    """"struck PKK camps in the Qandil mountains": PKK says whose camps, the mountains where (a site list entry)."""
    doc = extract("Turkish jets struck PKK camps in the Qandil mountains on Wednesday.", published="2025-05-15")
    event = _by_trigger(doc, "struck")
    assert _where(event) == ("Qandil mountains", 37, 53)
    place = next(p for p in doc.places if p.id == event.location.place)
    assert place.country == "IRQ"


def test_a_camp_named_after_its_town_is_still_the_place(extract):
    doc = extract("Israeli troops raided the Jenin camp on Monday.", published="2025-05-15")
    assert _where(_by_trigger(doc, "raided")) == ("Jenin camp", 26, 36)


def test_a_site_one_visits_someone_on_is_where_and_no_recipient(extract):
    """"visited him on İmralı": with the one visited named, "on" says where; the island prison is a known site."""
    doc = extract("Lawyers for the jailed leader visited him on İmralı on Thursday.", published="2025-05-15")
    event = _by_trigger(doc, "visited")
    assert _spans(event.recipients) == [("him", 38, 41)]
    assert _where(event) == ("İmralı", 45, 51)


def test_a_state_after_on_stays_the_recipient_and_no_place(extract):
    doc = extract("The EU imposed sanctions on Iran on Monday.", published="2025-05-15")
    event = _by_trigger(doc, "sanctions")
    assert _spans(event.recipients) == [("Iran", 28, 32)]
    assert _where(event) is None


def test_a_place_name_ends_at_the_line_break(extract):
    """A list of dated lines: the tagger's name may run on into the next line's month; the place is the name alone,
    in the country the list names."""
    doc = extract("Mar 2024: Turkish drones hit Kurdish positions around the Zeyzoun Dam\nApr 2024: talks begin in Damascus",
                  published="2025-05-15")
    event = _by_trigger(doc, "hit")
    assert _where(event) == ("the Zeyzoun Dam", 54, 69)
    assert next(p for p in doc.places if p.id == event.location.place).country == "SYR"
