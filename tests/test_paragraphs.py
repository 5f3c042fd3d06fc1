"""A blank line ends a sentence, so headlines stand apart from the story."""

import pytest


def test_a_headline_is_its_own_sentence(nlp):
    text = "Mediators gather in Doha\n\nQatar hosted a new round of talks on Thursday, officials said."
    doc = nlp(text, published="2024-08-16")
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Mediators gather in Doha\n\n",
        "Qatar hosted a new round of talks on Thursday, officials said.",
    ]


def test_a_single_line_break_inside_a_paragraph_does_not_split(nlp):
    text = "Qatar hosted a new round of talks\non Thursday, officials said."
    assert len(nlp(text).sentences) == 1


def test_each_list_item_on_its_own_line_is_its_own_sentence(nlp):
    text = ("Key points:\n\n- Rebels shelled the port on Monday.\n- The envoy met the president in Aden.\n"
            "- Aid convoys reached Taiz.")
    sentences = [text[s.start:s.end].strip() for s in nlp(text, published="2024-08-16").sentences]
    assert sentences[-3:] == ["- Rebels shelled the port on Monday.", "- The envoy met the president in Aden.",
                              "- Aid convoys reached Taiz."]


def test_a_note_mark_glued_to_a_full_stop_ends_its_sentence(nlp):
    text = "Gunmen shot two lawyers in Maputo.[6] The police denied any role.[7] Crowds marched on Friday."
    doc = nlp(text, published="2024-10-20")
    assert [text[s.start:s.end].strip() for s in doc.sentences] == [
        "Gunmen shot two lawyers in Maputo.[6]", "The police denied any role.[7]", "Crowds marched on Friday."]


def test_a_note_mark_inside_a_sentence_is_a_token_of_its_own(nlp):
    text = "Frelimo[2] and Podemos[3] rejected the count on Friday."
    doc = nlp(text, published="2024-10-20")
    assert len(doc.sentences) == 1
    assert [text[e.trigger.start:e.trigger.end] for e in doc.events] == ["rejected"]


def test_a_thread_post_counter_stands_apart_from_its_sentence(nlp):
    text = "Thread on the strikes.\n\n7/12 Ukrenergo asked Romania for emergency power."
    sentences = [text[s.start:s.end].strip() for s in nlp(text, published="2024-03-22").sentences]
    assert sentences[-2:] == ["7/12", "Ukrenergo asked Romania for emergency power."]
    dates = "Police said:\n\n12/03 was the day of the raid."
    assert [dates[s.start:s.end].strip() for s in nlp(dates, published="2024-03-22").sentences][-1] == \
        "12/03 was the day of the raid."


def test_a_dated_bullet_is_its_own_sentence_and_dates_its_event(nlp):
    text = ("- 5 June – RSF fighters attacked a village near El Fasher.\n"
            "- 6 June – The army shelled RSF positions in Omdurman.")
    doc = nlp(text, published="2024-06-10")
    assert [(e.trigger.text, e.date.value) for e in doc.events] == [("attacked", "2024-06-05"), ("shelled", "2024-06-06")]


def test_a_bold_label_with_its_colon_is_a_sentence_apart_from_the_report(nlp):
    text = "**Driving the news:** India struck nine sites in Pakistan early Wednesday."
    doc = nlp(text, published="2025-05-08")
    assert [text[s.start:s.end].strip() for s in doc.sentences] == [
        "**Driving the news:**", "India struck nine sites in Pakistan early Wednesday."]
    [event] = doc.events
    assert (event.trigger.text, [a.text for a in event.actors]) == ("struck", ["India"])


@pytest.mark.parametrize("title", ["Fr.", "Msgr.", "Mgr.", "Revd."])
def test_a_clergy_abbreviation_ends_no_sentence(nlp, title):
    text = f"On Sunday the Rev. {title} Michael Pfleger led a peace march through Auburn Gresham in Chicago."
    doc = nlp(text, published="2024-06-18")
    assert len(doc.sentences) == 1
