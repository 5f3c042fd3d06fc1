"""A live blog gives its date once, the day it began; its time stamps run one way, and an entry posted after
midnight belongs to the next day (written for this file)."""

from __future__ import annotations

NEWEST_FIRST = ("Live: missiles hit the port\n\n"
                "**08:10 BST** — Police arrested two men at the harbour on Wednesday morning.\n\n"
                "**07:45 BST** — The mayor visited the port.\n\n"
                "**22:45 BST** — The president condemned the strikes.\n\n"
                "**19:30 BST** — Missiles hit the port.\n\n"
                "**18:05 BST** — Sirens sounded across the city.\n")


def stamps(doc):
    return {t.text: t.value for t in doc.timexes if t.text.endswith(("BST", "GMT"))}


def test_a_newest_first_blog_turns_to_the_next_day_above_midnight(nlp):
    doc = nlp(NEWEST_FIRST, published="2024-10-01")
    assert stamps(doc) == {"08:10 BST": "2024-10-02T08:10", "07:45 BST": "2024-10-02T07:45",
                           "22:45 BST": "2024-10-01T22:45", "19:30 BST": "2024-10-01T19:30",
                           "18:05 BST": "2024-10-01T18:05"}
    dates = {NEWEST_FIRST[e.trigger.start:e.trigger.end]: e.date.value for e in doc.events}
    assert dates["arrested"] == "2024-10-02TMO"  # "on Wednesday morning" is the entry's own Wednesday
    assert dates["visited"] == "2024-10-02T07:45"
    assert dates["condemned"] == "2024-10-01T22:45"


def test_an_oldest_first_blog_turns_to_the_next_day_after_midnight(nlp):
    text = ("21:00 GMT — Protesters gathered outside parliament.\n\n"
            "23:40 GMT — Police fired tear gas at the crowd.\n\n"
            "00:35 GMT — Police arrested the organisers.\n")
    doc = nlp(text, published="2024-12-03")
    assert stamps(doc) == {"21:00 GMT": "2024-12-03T21:00", "23:40 GMT": "2024-12-03T23:40",
                           "00:35 GMT": "2024-12-04T00:35"}


def test_a_blog_within_one_day_keeps_the_page_date(nlp):
    text = ("05:10 GMT — Students marched on the capital.\n\n"
            "09:40 GMT — The army chief addressed the nation.\n\n"
            "14:30 GMT — The United States called for calm.\n")
    doc = nlp(text, published="2024-08-05")
    assert set(stamps(doc).values()) == {"2024-08-05T05:10", "2024-08-05T09:40", "2024-08-05T14:30"}


def test_that_day_after_a_participle_that_leads_on_is_the_later_day(nlp):
    text = ("From 31 October, Mondlane called for a week of protests culminating in a march on Maputo on 7 November. "
            "Police used tear gas to disperse the march, and three people were killed in the capital that day.")
    doc = nlp(text, published="2024-12-31")
    assert {t.text: t.value for t in doc.timexes}["that day"] == "2024-11-07"


def test_a_day_heading_dates_the_stamps_under_it_till_the_next_heading(nlp):
    text = ("Live: strikes paralyse the capital\n\n"
            "Thursday 6 February\n\n"
            "07:50 GMT — Dockers walked out at the port.\n\n"
            "Wednesday 5 February\n\n"
            "21:15 GMT — Union leaders rejected the government's offer.\n\n"
            "18:30 GMT — Talks broke up without a deal.\n")
    doc = nlp(text, published="2025-02-05")
    assert stamps(doc) == {"07:50 GMT": "2025-02-06T07:50", "21:15 GMT": "2025-02-05T21:15",
                           "18:30 GMT": "2025-02-05T18:30"}
    dates = {text[e.trigger.start:e.trigger.end]: e.date.value for e in doc.events}
    assert dates["rejected"] == "2025-02-05T21:15"


def test_that_day_after_a_march_a_strike_ends_in_is_the_march_s_day(nlp):
    text = ("From 2 November, the union called for a week of strikes ending in a march on 9 November. "
            "Police fired tear gas at the march, and two people were killed that day.")
    doc = nlp(text, published="2025-11-20")
    assert {t.text: t.value for t in doc.timexes}["that day"] == "2025-11-09"


def test_a_post_stamp_without_a_year_takes_the_page_s_year_and_dates_its_post(nlp):
    text = ("#812 · 02.01 · 08:15\nFirefighters contained the blaze on the ridge.\n\n"
            "#811 · 30.12 · 23:50\nThe fire reached the ridge yesterday.\n")
    doc = nlp(text, published="2025-01-02")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("02.01 · 08:15", "2025-01-02T08:15"), ("30.12 · 23:50", "2024-12-30T23:50"), ("yesterday", "2024-12-29")]


def test_a_post_stamp_with_its_year_and_a_slash_stamp_in_the_text_s_order(nlp):
    doc = nlp("14.03.2025 09:40\nThe council approved the budget.\n", published="2025-03-15")
    assert [(t.text, t.value) for t in doc.timexes] == [("14.03.2025 09:40", "2025-03-14T09:40")]
    text = "04/05 16:10\nThe council met on April 30 and approved the budget.\n"
    doc = nlp(text, published="2025-04-06")
    assert [(t.text, t.value) for t in doc.timexes][0] == ("04/05 16:10", "2025-04-05T16:10")
    doc = nlp("04/05 16:10\nThe council approved the budget.\n", published="2025-05-06")
    assert [(t.text, t.value) for t in doc.timexes] == [("04/05 16:10", "2025-05-04T16:10")]


def test_a_day_and_month_in_running_text_is_no_post_stamp(nlp):
    doc = nlp("Shares rose 3.5 10:30 trading was calm, and the index closed at 11.20 points.", published="2025-03-15")
    assert [t.text for t in doc.timexes if "3.5" in t.text or "11.20" in t.text] == []


def test_a_post_stamp_on_a_line_of_its_own_dates_the_post_below_it(nlp):
    text = ("Posts in Kyiv time.\n\n**#2207 · 14.03 · 22:10**\n\nA drone hit a grain silo near Izmail.\n\n"
            "#2209 · 15.03 · 06:45\n\nRussian forces shelled Kherson.\n")
    doc = nlp(text, published="2025-03-16")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("14.03 · 22:10", "2025-03-14T22:10"), ("15.03 · 06:45", "2025-03-15T06:45")]
    assert [(e.trigger.text, e.date.value) for e in doc.events] == [
        ("hit", "2025-03-14T22:10"), ("shelled", "2025-03-15T06:45")]


def test_a_day_and_month_on_a_line_with_other_words_is_no_post_stamp(nlp):
    doc = nlp("Totals to 14.03 · 22:10 update\n\nThe council met.\n", published="2025-03-16")
    assert [t.text for t in doc.timexes if "14.03" in t.text] == []


def test_a_post_stamp_in_a_paragraph_of_its_own_dates_this_morning_in_its_post(nlp):
    text = ("Posts in Kyiv time.\n\n**#2207 · 14.03 · 22:10**\n\nA drone hit a grain silo near Izmail.\n\n"
            "**#2209 · 15.03 · 09:45**\n\nThis morning Russian forces shelled Kherson.\n\n"
            "**#2214 · 17.03 · 08:30**\n\nEarlier today the governor said two men died.\n")
    doc = nlp(text, published="2025-03-20")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("14.03 · 22:10", "2025-03-14T22:10"), ("15.03 · 09:45", "2025-03-15T09:45"),
        ("This morning", "2025-03-15TMO"), ("17.03 · 08:30", "2025-03-17T08:30"), ("Earlier today", "2025-03-17")]
