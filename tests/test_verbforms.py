"""An irregular past the small model tags as present ("retook") gets its past tag and lemma, so its
event is found. Sentences written for these tests, about public events."""

from __future__ import annotations


def test_retook_is_the_past_of_retake_and_an_assault_on_the_ground_taken(extract):
    text = "Ukrainian forces retook the village of Robotyne in August."
    doc = extract(text, published="2023-09-01")
    [event] = doc.events
    assert (event.type, text[event.trigger.start:event.trigger.end]) == ("ASSAULT", "retook")
    assert [a.text for a in event.actors] == ["Ukrainian forces"]
    assert event.date.value == "2023-08"


def test_a_form_after_an_auxiliary_is_a_participle_and_are_stays_present(nlp):
    doc = nlp.nlp("Rebels have retaken the town, and talks are stalled.")
    assert [(t.text, t.tag_, t.lemma_) for t in doc if t.text in ("retaken", "are")] == [
        ("retaken", "VBN", "retake"), ("are", "VBP", "be")]
