"""Saying something on an errand run to say it ('wrote on Monday to say that C'): the words take the errand's day."""

from __future__ import annotations


def dated(nlp, text, published):
    return [(q.speaker.text, q.date) for q in nlp(text, published=published).quotes if q.speaker is not None]


def test_a_reader_who_wrote_on_monday_to_say_something_said_it_on_monday(nlp):
    text = ("A reader in Toledo wrote on Monday to say that the tariffs had already raised the price of her "
            "washing machine.")
    assert dated(nlp, text, "2025-04-09") == [("A reader in Toledo", "2025-04-07")]


def test_a_minister_who_went_on_television_on_sunday_to_say_something(nlp):
    text = ("The Chancellor, Rachel Reeves, went on television on Sunday to say that there would be no return "
            "to austerity.")
    assert dated(nlp, text, "2024-10-23") == [("The Chancellor, Rachel Reeves", "2024-10-20")]


def test_an_infinitive_on_a_verb_of_promising_keeps_its_own_day(nlp):
    text = ("The governor promised on Monday to tell lawmakers that the budget would be balanced.")
    assert [d for _, d in dated(nlp, text, "2025-04-09")] != ["2025-04-07"]
