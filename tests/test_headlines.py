"""Title Case headlines are tagged from a sentence-case shadow: events found in them, offsets exact.
Headlines written for these tests, about public events."""

from __future__ import annotations

import pytest

from dateline.headlines import headline_lines, shadow


@pytest.mark.parametrize("line, recased", [
    ("Israel Strikes Beirut Suburb As Talks Stall", "Israel strikes Beirut Suburb as talks stall"),
    ("Biden Meets Trump At White House", "Biden meets Trump at White House"),
    ("Statement of the Synod on the Release of Prisoners", "Statement of the Synod on the Release of Prisoners"),
    ("Israeli jets struck targets in southern Lebanon on Friday.",
     "Israeli jets struck targets in southern Lebanon on Friday."),
])
def test_a_headline_shadow_lowercases_function_words_and_verbs_but_not_names(nlp, line, recased):
    assert shadow(nlp.nlp, line) == recased


def test_title_case_and_all_caps_lines_without_a_full_stop_are_headlines():
    text = ("Ukrainian Forces Retake Village Near Kharkiv\n"
            "Ukrainian troops retook the village on Tuesday, the General Staff said.\n"
            "WARNING: HOUTHI REBELS ATTACKED A CARGO SHIP\n")
    assert [text[s:e] for s, e in headline_lines(text)] == [
        "Ukrainian Forces Retake Village Near Kharkiv", "WARNING: HOUTHI REBELS ATTACKED A CARGO SHIP"]


def test_a_wrapped_line_of_prose_with_every_word_capitalised_is_no_headline():
    text = ("Today in Riyadh, the Secretary of State met with\n"
            "Saudi Crown Prince Mohammed bin Salman, Foreign Minister Faisal bin Farhan,\n"
            "and other senior officials.")
    assert headline_lines(text) == ()


def test_a_title_case_headline_yields_its_event_with_exact_offsets(extract):
    text = "Israel Strikes Beirut Suburb As Talks Stall"
    doc = extract(text, published="2024-09-27")
    [event] = doc.events
    assert (event.type, text[event.trigger.start:event.trigger.end]) == ("ASSAULT", "Strikes")
    assert [text[a.start:a.end] for a in event.actors] == ["Israel"]
    assert [text[r.start:r.end] for r in event.recipients] == ["Beirut Suburb"]
    assert doc.text == text


def test_a_headline_line_ends_its_sentence_without_a_full_stop(extract):
    text = ("Sudan Army Shells RSF Positions In Khartoum\n"
            "The army shelled positions of the Rapid Support Forces in Khartoum on Thursday.")
    doc = extract(text, published="2024-09-27")
    assert [text[s.start:s.end].strip() for s in doc.sentences] == [
        "Sudan Army Shells RSF Positions In Khartoum",
        "The army shelled positions of the Rapid Support Forces in Khartoum on Thursday."]
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in doc.events] == [
        ("Shells", ["Sudan Army"]), ("shelled", ["army"])]


def test_a_headline_read_from_its_shadow_still_ends_its_sentence(extract):
    """The shadow reads "Israel strikes Beirut Suburb as talks stall", no headline by its case: the break is
    found in the text itself."""
    text = ("Israel Strikes Beirut Suburb As Talks Stall\n"
            "The army said it hit targets in Dahiyeh on Monday.")
    doc = extract(text, published="2024-09-27")
    assert [text[s.start:s.end].strip() for s in doc.sentences] == [
        "Israel Strikes Beirut Suburb As Talks Stall", "The army said it hit targets in Dahiyeh on Monday."]


@pytest.mark.parametrize("line, recased", [
    ("BREAKING: RUSSIA LAUNCHES MISSILES AT KYIV", "BREAKING: RUSSIA launches MISSILES at KYIV"),
    ("WARNING 012 -- 04 MAY 24 -- ATTACK", "WARNING 012 -- 04 MAY 24 -- ATTACK"),
    ("UNRWA SAYS SCHOOLS HIT IN GAZA", "UNRWA says schools hit in GAZA"),
])
def test_an_all_caps_line_keeps_its_label_and_names_and_a_notice_header_is_left_alone(nlp, line, recased):
    assert shadow(nlp.nlp, line) == recased


def test_a_bullet_mark_is_no_part_of_the_actor(extract):
    text = ("• Israeli troops raided the Jenin camp on Tuesday\n"
            "• Palestinian gunmen opened fire on a checkpoint near Nablus")
    doc = extract(text, published="2024-10-03")
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in doc.events] == [
        ("raided", ["Israeli troops"]), ("opened", ["Palestinian gunmen"])]
    assert all(text[a.start:a.end] == a.text for e in doc.events for a in e.actors)


@pytest.mark.parametrize("text,shadowed", [
    ("5 June – The militia shelled Kalemba.\n", "5 June : The militia shelled Kalemba.\n"),
    ("Late April — Rebels took the ridge.\n", "Late April : Rebels took the ridge.\n"),
    ("November — (applause) — and then we won.\n", "November — (applause) — and then we won.\n"),
    ("From 30 September – 2 October, the envoy toured the region.\n",
     "From 30 September – 2 October, the envoy toured the region.\n"),
])
def test_a_timeline_entry_s_dash_after_its_date_is_a_colon_in_the_shadow(nlp, text, shadowed):
    """The entry's date reads as its label; a month ending a wrapped transcript line, or a range, is left alone."""
    assert shadow(nlp.nlp, text) == shadowed
