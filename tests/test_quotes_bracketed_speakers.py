"""Speakers named in brackets: a society's officer introduced as 'the President (Ms X)' is the one 'The
President said' and 'She asked' stand for, not a head of state of the same title; and a person named at the
start of a bracket right after a quotation ('“C” (Mark Carney, in Ottawa)') spoke it, while an outlet in the
bracket ('(Reuters)') speaks nothing. A scripture reference or a person named as the object of a verb of reciting
("cited Psalm 23:4", "quoted the Secretary of State, X") names whose words follow and is no quote itself."""

from __future__ import annotations

MINUTES = """Hartfield College Union: minutes of the second debate

Present: the President (Ms Laura Whitcombe) in the Chair; the Treasurer (Mr Omar Siddiqui); 80 members.

The President said that the guest speaker had cancelled. She asked that members arrive on time. The Treasurer reported that the bar fund stood at £1,200.
"""

ROUNDUP = """The Morning Ledger

Quote of the day: "We are not going to be bullied." (Carney, in Ottawa, Monday evening.)

Also worth reading: "The tariffs will stay in place for now." (Reuters)
"""


def _speakers(nlp, text, published):
    doc = nlp(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    out = {}
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        speaker = q.speaker
        if speaker is not None:
            assert doc.text[speaker.start:speaker.end] == speaker.text
        out[q.text] = (speaker.text if speaker else None, names.get(speaker.actor) if speaker else None)
    return out


def test_an_officer_named_in_brackets_holds_the_title_and_her_pronoun(nlp):
    found = _speakers(nlp, MINUTES, "2025-11-14")
    said = next(v for k, v in found.items() if "guest speaker had cancelled" in k)
    asked = next(v for k, v in found.items() if "members arrive on time" in k)
    assert said == ("The President", "Laura Whitcombe")
    assert asked == ("She", "Laura Whitcombe")


def test_a_president_with_no_bracketed_holder_is_not_the_society_officer(nlp):
    text = "The President said on Monday that the border would stay closed. Emmanuel Macron visited Lagos."
    found = _speakers(nlp, text, "2025-11-14")
    assert all(actor != "Laura Whitcombe" for _, actor in found.values())


def test_a_person_in_brackets_after_a_quote_speaks_it(nlp):
    found = _speakers(nlp, ROUNDUP, "2025-03-11")
    assert found["We are not going to be bullied."] == ("Carney", "Mark Carney")


def test_an_outlet_in_brackets_after_a_quote_is_no_speaker(nlp):
    found = _speakers(nlp, ROUNDUP, "2025-03-11")
    speaker, actor = found["The tariffs will stay in place for now."]
    assert speaker != "Reuters" and actor is None


SENATE = """Senate notes

Senator Tim Kaine cited Psalm 23:4 and said that Virginia would not abandon the valley. He quoted the Secretary of State, Antony Blinken, on the aid.
"""


def test_a_reference_or_a_person_recited_is_no_quote(nlp):
    found = _speakers(nlp, SENATE, "2024-06-12")
    assert "Psalm 23:4" not in found
    assert "the Secretary of State, Antony Blinken" not in found
    assert found["that Virginia would not abandon the valley"] == ("Senator Tim Kaine", "Tim Kaine")
