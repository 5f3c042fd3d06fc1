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
