"""When an event happened: the date its clause, its heading or its list gives it (sentences written for this file)."""

from __future__ import annotations

UPDATES = ("Border operations: the army's updates\n\n"
           "The updates below were issued by the army's press office over three days.\n\n"
           "ARMY UPDATE 02 | 14 March 2025, 0900 hrs\n\n"
           "1. This morning militants attacked a police post near Kargil.\n\n"
           "2. Militants fired on an army patrol near Drass.\n\n"
           "ARMY UPDATE 03 | 15 March 2025, 1830 hrs\n\n"
           "1. At 0410 hrs drones struck a fuel depot in Leh.\n\n"
           "2. Troops arrested two suspects this afternoon.\n")


def dates(doc, text):
    return {text[e.trigger.start:e.trigger.end]: e.date.value if e.date else None for e in doc.events}


def test_an_update_heading_dates_the_acts_under_it(nlp):
    doc = nlp(UPDATES, published="2025-03-16")
    found = dates(doc, UPDATES)
    assert found["attacked"] == "2025-03-14TMO"  # "This morning" of the update of 14 March, not of the page
    assert found["fired"] == "2025-03-14"  # no date of its own: the heading's day
    assert found["struck"] == "2025-03-15T04:10"
    assert found["arrested"] == "2025-03-15TAF"


def test_a_night_told_by_the_day_it_runs_into_dates_its_acts_on_that_day(nlp):
    text = ("Rebels seized the airport during the night of 26 to 27 January. "
            "Overnight into Saturday the navy shelled the harbour. "
            "Police raided the camp overnight on 3 February.")
    found = dates(nlp(text, published="2025-02-10"), text)
    assert found["seized"] == "2025-01-27"
    assert found["shelled"] == "2025-02-08"  # Saturday, the day the night ended
    assert found["raided"] == "2025-02-03TNI"  # the night of that day


def test_each_act_of_a_list_of_dates_takes_the_date_before_it(nlp):
    text = ("In early June the raids multiplied: on the 4th an air strike killed three farmers, on the 6th a convoy "
            "was ambushed near the river, and on the 9th a school was shelled.")
    found = dates(nlp(text, published="2025-06-20"), text)
    assert found["strike"] == "2025-06-04"
    assert found["ambushed"] == "2025-06-06"
    assert found["shelled"] == "2025-06-09"


def test_a_reported_flashback_does_not_date_the_next_sentence(nlp):
    text = ("Monday 27 October\n\nTonight, on a radio outside the market, I listened as the army chief told the "
            "country that his commanders had pulled their forces out of the city on Sunday. He vowed revenge on "
            "the militia.")
    found = dates(nlp(text, published="2025-11-07"), text)
    assert found["pulled"] == "2025-10-26"
    assert found["vowed"] == "2025-10-27TNI"  # the story's evening, not the Sunday of the flashback


def test_a_date_fronted_before_a_subordinate_clause_dates_the_main_clause(nlp):
    text = ("On 3 May, after rockets were launched at the base, the army bombed a village for the first time since "
            "12 January.")
    found = dates(nlp(text, published="2025-06-10"), text)
    assert found["bombed"] == "2025-05-03"  # not the "since" date that bounds the span
    assert found["launched"] == "2025-05-03"


def test_an_aside_s_date_does_not_date_the_next_sentence(nlp):
    text = ("On 7 July the navy shelled the port. Its spokesman said the gunboats had also struck the Northern Star, a "
            "tanker the militia hijacked in May 2022 and have since used as a floating barracks. The militia fired "
            "rockets at the capital the same day.")
    found = dates(nlp(text, published="2025-07-15"), text)
    assert found["hijacked"] == "2022-05"
    assert found["struck"] == "2025-07-07"
    assert found["fired"] == "2025-07-07"  # the same day as the shelling, not a day of the aside's month


def test_the_document_s_own_first_person_acts_on_its_date(nlp):
    text = ("On 14 February, a convoy of the mission was attacked near the airport and its commander was injured. "
            "I condemn this attack in the strongest terms, and I call on the authorities to find its "
            "perpetrators. We will keep monitoring the area.\n\n"
            "The envoy said: \"We denounce the shelling.\"")
    found = dates(nlp(text, published="2025-04-10"), text)
    assert found["condemn"] == "2025-04-10"
    assert found["call"] == "2025-04-10"
    assert found["attacked"] == "2025-02-14"  # the act "this attack" refers back to keeps its day
    assert "attack" not in found  # named again, not a second attack (CONVENTIONS rule 10)
    assert found["denounce"] == "2025-02-14"  # a speaker's "we", quoted: the story's day, not the document's


def test_a_crosshead_ends_the_reach_of_a_time_heading(nlp):
    text = ("Vote crisis\n\nSunday in the capital\n\nOn Sunday, 26 October, youths burnt tyres across the city.\n\n"
            "News from the north\n\nOn Monday, the opposition leader said troops had opened fire on his supporters."
            "\n\nTroops cordoned off the roads around his house.")
    found = dates(nlp(text, published="2025-10-30"), text)
    assert found["cordoned"] == "2025-10-27"  # the section's Monday, not the Sunday of the heading above


def test_a_range_of_a_later_conjunct_does_not_date_the_first(nlp):
    text = ("On 16 May the delegations met in the capital. The two armies agreed to release 300 prisoners each and "
            "completed the exchange between 23 and 25 May.")
    found = dates(nlp(text, published="2025-06-10"), text)
    assert found["agreed"] == "2025-05-16"


def test_a_crosshead_that_names_a_day_inside_a_title_is_no_time_heading(nlp):
    text = ("**The road to Friday**\n\n"
            "On Wednesday evening a roadside bomb wounded four soldiers near the depot.\n\n"
            "The defence ministry expelled the neighbouring state's military attaché.")
    found = dates(nlp(text, published="2025-03-17"), text)
    assert found["wounded"] == "2025-03-12TEV"
    assert found["expelled"] == "2025-03-12TEV"  # the story's day, not the Friday of the title


def test_a_day_heading_with_its_topic_dates_the_paragraphs_under_it(nlp):
    text = "**Saturday: the port**\n\nDockworkers held a rally at the harbour gate.\n\nPolice arrested nine of them."
    found = dates(nlp(text, published="2025-03-17"), text)
    assert found["rally"] == found["arrested"] == "2025-03-15"


def test_a_day_heading_with_its_weekday_in_brackets_dates_the_bullets_under_it(nlp):
    text = ("Situation report\n\n**3 March (Monday)**\n\n- Rebels shell the airport road.\n\n"
            "**4 March (Tuesday)**\n\n- Troops arrest six suspects in the morning.\n")
    found = dates(nlp(text, published="2025-03-10"), text)
    assert found["shell"] == "2025-03-03"  # the heading's day, not the Monday before it
    assert found["arrest"] == "2025-03-04TMO"


def test_a_heading_with_another_word_in_brackets_is_no_day_heading(nlp):
    text = ("Situation report\n\n**3 March (Update)**\n\n- Rebels shell the airport road.\n")
    found = dates(nlp(text, published="2025-03-10"), text)
    assert found["shell"] != "2025-03-03"


TRUCE_DISPATCHES = ("Truce agreed\n\n"
                    "Islamabad, May 10 (Wire) -- India and Pakistan agreed on Saturday to stop all firing and military "
                    "action.\n\n"
                    "Indian officials have accused Pakistan of violating the truce within hours, the foreign secretary "
                    "says.\n\n"
                    "Commanders talk\n\n"
                    "New Delhi, May 12 (Wire) -- Indian and Pakistani commanders spoke by hotline on Monday.\n\n"
                    "Pakistan has denied violating the ceasefire.")


def test_a_dispatch_s_dateline_dates_what_it_tells_with_no_date_of_its_own(nlp):
    text = TRUCE_DISPATCHES
    doc = nlp(text, published="2025-05-20")
    said = {t.id: text[t.start:t.end] for t in doc.timexes}
    found = {text[e.trigger.start:e.trigger.end]: (e.date.value, said.get(e.date.timex)) for e in doc.events}
    assert found["accused"] == ("2025-05-10", "Saturday")  # "within hours" of the dispatch's Saturday, not the page's
    assert found["denied"] == ("2025-05-12", "May 12")  # not the published date: the dispatch was filed on 12 May


def test_a_report_with_no_dispatches_dates_an_undated_act_by_its_published_date(nlp):
    text = "Pakistan has denied violating the ceasefire."
    doc = nlp(text, published="2025-05-20")
    assert [(e.date.value, e.date.timex) for e in doc.events] == [("2025-05-20", None)]


def test_the_paragraph_after_a_digest_item_is_not_that_item_s(nlp):
    text = ("KYIV, July 3 (Wire) - Russian drones struck the port of Odesa on Tuesday.\n\n"
            "DAKAR, July 7 (Wire) - Police arrested an opposition leader on Saturday.\n\n"
            "Rebels have attacked a convoy near Goma, officials say.")
    assert dates(nlp(text, published="2025-07-10"), text)["attacked"] == "2025-07-10"


def test_a_noun_naming_an_agreement_again_does_not_name_a_meeting_only_planned(nlp):
    text = ("On Sunday Pakistan and Afghanistan agreed to an immediate ceasefire in Doha. "
            "Their delegations will meet again in Istanbul on 25 October. "
            "Saudi Arabia welcomed the agreement.")
    assert dates(nlp(text, published="2025-10-30"), text)["agreement"] == "2025-10-26"


def test_a_feeling_expressed_is_an_act_of_its_own_day_not_a_reference_back(nlp):
    text = ("King Salman thanked Egypt for its mediation on Monday.\n\n"
            "The prime minister has expressed his gratitude to the emir of Qatar.")
    found = dates(nlp(text, published="2025-10-22"), text)
    assert (found["thanked"], found["gratitude"]) == ("2025-10-20", "2025-10-22")


def test_crosshead_between_reads_as_a_direct_scan_of_the_stretch():
    """`crosshead_between` answers from the document's crossheads what scanning the stretch itself answers, for
    every stretch of a timeline with crossheads, a one-word heading, Markdown headings and a last line without
    a blank line after it."""
    from dateline.events.dating import CROSSHEAD, crosshead_between

    text = ("Tuesday, 4 June.\n\nIndian voters returned the BJP with fewer seats.\n\n"
            "Reaction in Delhi\n\nThe opposition claimed a moral victory.\n\nMarkets\n\n"
            "The Sensex fell nearly 6%.\n\n## Counting in Varanasi\nModi held the seat.\n\nResults in the south")
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            direct = any(" " in m.group().strip() for m in CROSSHEAD.finditer(text, start, end))
            assert crosshead_between(text, start, end) == direct, (start, end)


def test_a_stretch_without_a_blank_line_is_tried_only_where_a_crosshead_can_begin():
    """Lines set apart by single line breaks (a transcript) hold no crosshead but at the stretch's start: the matches
    tried there are every match a scan of the whole stretch finds."""
    from dateline.events.dating import CROSSHEAD, _unbroken_crossheads

    text = ("Press Briefing by Press Secretary Karine Jean-Pierre\n\nMS. JEAN-PIERRE: Good afternoon.\n"
            "Q Thank you.\nMR. KIRBY: The President spoke with the Prime Minister.\n\nNext steps\nMore soon")
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            if "\n\n" not in text[start:end]:
                assert [m.span() for m in _unbroken_crossheads(text, start, end)] == \
                    [m.span() for m in CROSSHEAD.finditer(text, start, end)], (start, end)


def test_no_crosshead_between_a_heading_and_its_paragraph():
    from dateline.events.dating import crosshead_between

    text = "Tuesday, 4 June.\n\nIndian voters returned the BJP with fewer seats.\n\nMarkets\n\nThe Sensex fell."
    assert not crosshead_between(text, text.find("\n"), text.find("The Sensex"))
    assert crosshead_between(text + "\n\nReaction in Delhi\n\nCalm.", text.find("\n"), len(text) + 26)
