"""Documents made of dated entries: a forum thread's posts under their heads, a campaign page's updates, a slide
list's dated bullets. Each entry's head sets what its relative dates count from and the default day of its undated
acts and sayings, until the next head; yearless items of a dated run take the run's year (written for this file)."""

from __future__ import annotations

THREAD = ("# Aid to Ukraine paused: what it means for volunteers\n\n"
          "**Volunteer Forum › News** | 2 replies | last reply 7 Mar 2025, 19:40 CET\n\n"
          "**#1 · lviv_olena · Moderator · joined 2019 · 3 Mar 2025, 08:15 CET**\n\n"
          "Yesterday Keir Starmer hosted European leaders in London to talk about security guarantees.\n\n"
          "**#2 · krakow_tomasz · joined 2021 · 5 Mar 2025, 10:05 CET**\n\n"
          "On Monday the United States paused military aid to Ukraine.\n\n"
          "The foreign minister said that the volunteers would keep working.\n")

UPDATES = ("# Winter shelter appeal for Kharkiv\n\n"
           "HelpRaiser · Relief · Kharkiv · Page saved Friday March 14, 2025\n\n"
           "Update 2 · March 10, 2025 · Olha Marchenko, Organizer\n\n"
           "Last night a Russian drone struck a power station in Kharkiv. The mayor said that the shelters were full.\n\n"
           "Update 1 · March 3, 2025 · Olha Marchenko, Organizer\n\n"
           "Yesterday volunteers delivered 40 heaters to the shelter on Sumska Street.\n")

SLIDES = ("# Week 9: the PKK process\n\n"
          "## Slide 3 — The opening: October–November 2024\n\n"
          "- 22 Oct: Devlet Bahçeli invites Öcalan to address parliament\n"
          "- 23 Oct: gunmen attack the TUSAŞ headquarters near Ankara\n\n"
          "## Slide 4 — The channel: December 2024 – March 2025\n\n"
          "- 28 Dec: a DEM Party delegation visits Öcalan on İmralı\n"
          "- 1 Mar: the PKK declares a ceasefire \"effective today\"\n")


def run(nlp, text, published):
    """The document and its timexes' values by their text (each checked against the text's offsets)."""
    doc = nlp(text, published=published)
    return doc, {t.text: t.value for t in doc.timexes if text[t.start:t.end] == t.text}


def said_on(doc, text, words):
    """The dates of the quotes whose content holds the words."""
    return [q.date for q in doc.quotes if words in text[q.start:q.end]]


def event_dates(doc, text):
    return {text[e.trigger.start:e.trigger.end]: e.date.value if e.date else None for e in doc.events}


def test_a_forum_posts_relative_days_count_from_its_own_stamp(nlp):
    doc, got = run(nlp, THREAD, "2025-03-07")
    assert got["Yesterday"] == "2025-03-02"  # posted on 3 March, not the page's 7 March
    assert got["Monday"] == "2025-03-03"  # the Monday before the post of Wednesday 5 March
    assert event_dates(doc, THREAD)["paused"] == "2025-03-03"


def test_an_undated_saying_in_a_post_takes_the_posts_day(nlp):
    doc, _ = run(nlp, THREAD, "2025-03-07")
    assert said_on(doc, THREAD, "volunteers would keep working") == ["2025-03-05"]


def test_an_updates_head_with_fields_after_its_date_dates_the_update(nlp):
    doc, got = run(nlp, UPDATES, "2025-03-14")
    assert got["Last night"] == "2025-03-09TNI"
    assert got["Yesterday"] == "2025-03-02"
    assert said_on(doc, UPDATES, "shelters were full") == ["2025-03-10"]


def test_a_dated_runs_yearless_items_take_the_runs_year(nlp):
    doc, got = run(nlp, SLIDES, "2025-12-02")
    assert got["October"] == "2024-10"  # the range's first end takes the year of its second
    assert got["22 Oct"] == "2024-10-22"
    assert got["23 Oct"] == "2024-10-23"
    assert got["28 Dec"] == "2024-12-28"
    assert got["1 Mar"] == "2025-03-01"  # a headline present in a retrospective, not next March
    assert got["today"] == "2025-03-01"  # the item's own day


def test_a_part_of_the_day_takes_the_day_told_after_it(nlp):
    text = ("On 18 March, Istanbul University annulled the mayor's degree. Before dawn the next day, police "
            "detained him at his home.")
    doc, got = run(nlp, text, "2025-03-28")
    assert got["the next day"] == "2025-03-19"
    assert got["dawn"] == "2025-03-19TMO"
    assert event_dates(doc, text)["detained"] == "2025-03-19"


def test_a_text_without_entries_counts_from_its_published_date(nlp):
    text = ("Yesterday Keir Starmer hosted European leaders in London. The leaders said that Europe would spend "
            "more on defence.\n\nAid workers · drivers · nurses met at the station on 22 Oct, officials said.\n")
    doc, got = run(nlp, text, "2025-03-07")
    assert got["Yesterday"] == "2025-03-06"
    assert got["22 Oct"] == "2024-10-22"  # no dated run: the nearest past by the reference, as before
    assert said_on(doc, text, "spend more on defence") == ["2025-03-07"]


def test_a_yearless_item_with_no_run_before_it_keeps_the_references_year(nlp):
    text = "# Timeline\n\n- 2 Mar: Starmer hosts European leaders in London\n- 3 Mar: the US pauses aid to Ukraine\n"
    _, got = run(nlp, text, "2025-03-07")
    assert got["2 Mar"] == "2025-03-02"
    assert got["3 Mar"] == "2025-03-03"


MASTHEAD = ("# Casualty file: the tanker lost off Hodeidah\n\n"
            "*PORTSIDE WEEKLY · Casualty & Security Desk · Friday 14 March 2025*\n\n"
            "The Panama-flagged tanker Sea Lark came under attack on Sunday 9 March west of Hodeidah.\n")


def test_a_lone_line_of_fields_is_a_masthead_not_an_entry_head():
    from dateline.timex import entry_head
    day = "Friday 14 March 2025"
    start = MASTHEAD.index(day)
    # one line of fields alone is the article's masthead, whose day must not date the story told under it
    assert not entry_head(MASTHEAD, start, start + len(day), "2025-03-14")
    stamp = "3 Mar 2025, 08:15 CET"
    start = THREAD.index(stamp)
    assert entry_head(THREAD, start, start + len("3 Mar 2025"), "2025-03-03")  # a post's head among others
