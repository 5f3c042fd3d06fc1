"""Quotes in readouts, commentary and wire copy: who said it, when, and what is no quote at all."""

from __future__ import annotations

import pytest


def quotes(nlp, text, published="2024-03-15", title=None):
    return nlp(text, published=published, title=title).quotes


def quote(nlp, text, content, published="2024-03-15", title=None):
    """The one quote whose text contains `content`."""
    found = [q for q in quotes(nlp, text, published, title) if content in q.text]
    assert len(found) == 1, [q.text for q in quotes(nlp, text, published, title)]
    return found[0]


# -- the day it was said -------------------------------------------------------------------

@pytest.mark.parametrize("text, content, date", [
    # a date inside what is reported is not the day of saying
    ("The ministry said the programme was consistent with the plan the cabinet approved on 4 March.",
     "consistent with the plan", "2024-03-15"),
    ("The envoy said the talks, which began on 2 March, had stalled.", "the talks", "2024-03-15"),
    # a date in the cue's own clause is
    ("On Tuesday, the envoy said the talks had stalled.", "the talks had stalled", "2024-03-12"),
    ("The envoy said on Tuesday the talks had stalled.", "the talks had stalled", "2024-03-12"),
    # a scene the paragraph set before, in which the speaker took part
    ("Two days earlier in Cairo, Antony Blinken met the Egyptian foreign minister. "
     "Blinken said afterwards that the gaps had narrowed.", "the gaps had narrowed", "2024-03-13"),
    # ... but not one set after an event phrase, which may be that event's day
    ("Prime Minister Benjamin Netanyahu briefed the cabinet following the strike on Tuesday. "
     "Netanyahu said that Israel would respond.", "Israel would respond", "2024-03-15"),
    # ... nor one in which the speaker took no part
    ("On Tuesday, a drone hit a depot near the port. Local officials said nobody was hurt.",
     "nobody was hurt", "2024-03-15"),
    # a 'when' clause is said on the day of the clause it hangs on
    ("The talks resumed after the speech Joe Biden gave on 31 May 2024, when he urged Hamas to accept the offer.",
     "Hamas to accept the offer", "2024-05-31"),
])
def test_day_of_saying(nlp, text, content, date):
    assert quote(nlp, text, content, "2024-06-15" if "May" in text else "2024-03-15").date == date


def test_a_pronoun_goes_on_saying_on_the_day_given_before(nlp):
    text = ("Josep Borrell said on Monday that the ruling bound every member state.\n\n"
            "\"This is the law,\" he told reporters in Brussels.")
    q = quote(nlp, text, "This is the law")
    assert q.speaker.actor == "josep-borrell"
    assert q.date == "2024-03-11"


def test_a_syndicated_copy_dates_quotes_by_its_dateline(nlp):
    text = ("CAIRO, March 14, 2024 (Meridian Wire) — Egypt said the crossing would stay open for aid trucks "
            "through the holiday.")
    assert quote(nlp, text, "the crossing would stay open", "2024-03-15").date == "2024-03-14"


# -- who said it ---------------------------------------------------------------------------

READOUT = ("President Biden met today with President Emmanuel Macron of France in Paris.\n\n"
           "President Macron thanked the President for the visit. The President welcomed the decision "
           "to train more pilots. He said the training would begin in the spring.\n\n"
           "The two leaders agreed that the alliance must stay united. They stressed that no country "
           "should profit from the war.")


def test_a_bare_title_is_the_principal_named_first_in_the_body(nlp):
    q = quote(nlp, READOUT, "the training would begin", title="Readout of the President's Meeting with President Macron")
    assert q.speaker.text == "He" and q.speaker.actor == "joe-biden"


def test_the_two_leaders_and_they_stand_for_the_pair_by_its_first_member(nlp):
    q = quote(nlp, READOUT, "the alliance must stay united")
    assert q.speaker.text == "The two leaders" and q.speaker.actor == "joe-biden"
    q = quote(nlp, READOUT, "no country should profit")
    assert q.speaker.text == "They" and q.speaker.actor == "joe-biden"


def test_a_definite_noun_names_the_known_actor_before_it(nlp):
    text = ("The International Court of Justice heard the case in The Hague. "
            "The Court said the measures were binding.")
    assert quote(nlp, text, "the measures were binding").speaker.actor == "icj"


def test_a_name_left_without_a_verb_by_the_parser_still_speaks(nlp):
    text = ("Reading the opinion in The Hague, the court's president, Nawaf Salam, said the "
            "settlements were unlawful.")
    q = quote(nlp, text, "the settlements were unlawful")
    assert q.speaker.text == "Nawaf Salam"


# -- no quote at all -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We call on every government to fund the relief effort.",
    "I urge readers to give what they can.",
    "The Prime Minister briefed the President on the situation in the north.",
])
def test_the_writers_own_voice_and_a_briefing_are_no_quotes(nlp, text):
    assert quotes(nlp, text) == []


def test_an_agreement_that_says_something_is_a_quote(nlp):
    q = quote(nlp, "The leaders agreed that the ceasefire must hold.", "the ceasefire must hold")
    assert q.cue.text == "agreed"


@pytest.mark.parametrize("text, content", [
    ("The Court ordered Israel to open more crossings for aid.", "open more crossings"),
    ("The two leaders discussed the situation in Sudan.", "the situation in Sudan"),
])
def test_acts_polnear_counts_as_cues_stay_reports(nlp, text, content):
    assert quote(nlp, text, content).speaker is not None


def test_a_quoted_name_and_the_headline_are_no_quotes(nlp):
    title = "Minister says talks will resume"
    text = title + "\n\nThe statement never names 'Israel' and calls the strike \"a crime\", the minister said."
    found = quotes(nlp, text, title=title)
    assert all(q.start > len(title) for q in found)
    assert not any(q.text == "Israel" for q in found)


def test_a_second_report_joined_by_and_keeps_the_first_speaker(nlp):
    text = "The agency said the figures were provisional and urged donors to send fuel."
    first = quote(nlp, text, "the figures were provisional")
    assert first.text == "the figures were provisional"
    second = quote(nlp, text, "donors to send fuel")
    assert second.cue.text == "urged" and second.speaker.text == "The agency"


def test_a_conjoined_verb_that_reports_nothing_stays_in_the_content(nlp):
    text = "The minister said the ruling was historic and marked a turning point."
    assert quote(nlp, text, "historic").text == "the ruling was historic and marked a turning point"
