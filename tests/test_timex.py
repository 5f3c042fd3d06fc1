"""The temporal engine: one example per construct, exact span and TIMEX3 value out."""

from __future__ import annotations

import pytest

from dateline.annotations import Annotations, Source
from dateline.model import Citation, Quote
from dateline.pipeline import new_doc
from dateline.timex import calendars
from dateline.timex.reference import Anchors, resolve


def timexes(nlp, text, published="2024-08-22"):
    return [(t.text, t.type, t.value, t.mod) for t in nlp(text, published=published).timexes]


def find(nlp, text, span, published="2024-08-22"):
    """The timex whose text is `span`, checking its offsets are exact."""
    doc = nlp(text, published=published)
    for t in doc.timexes:
        if t.text == span:
            assert doc.text[t.start:t.end] == span
            return t
    raise AssertionError(f"{span!r} not found in {[t.text for t in doc.timexes]}")


@pytest.mark.parametrize("text, span, type_, value", [
    ("The tribunal ruled on 31 May 2024 that the strike was unlawful.", "31 May 2024", "DATE", "2024-05-31"),
    ("The tribunal ruled on May 31, 2024, against the union.", "May 31, 2024", "DATE", "2024-05-31"),
    ("Voting closed on the 31st of May.", "31st of May", "DATE", "2024-05-31"),
    ("The convoy left on Aug. 25, 2023, at dawn.", "Aug. 25, 2023", "DATE", "2023-08-25"),
    ("Ministers will meet on Aug. 25 to sign the accord.", "Aug. 25", "DATE", "2024-08-25"),
    ("The file is dated 2024-08-25 in the registry.", "2024-08-25", "DATE", "2024-08-25"),
    ("The report (filed 19/08/2024) was leaked.", "19/08/2024", "DATE", "2024-08-19"),
    ("The report (filed 08/19/2024) was leaked.", "08/19/2024", "DATE", "2024-08-19"),
    ("The dam was finished in 1971.", "1971", "DATE", "1971"),
    ("The harvest failed in June.", "June", "DATE", "2024-06"),
    ("Prices rose sharply over the summer of 2022.", "the summer of 2022", "DATE", "2022-SU"),
    ("Output grew in the third quarter of 2024.", "the third quarter of 2024", "DATE", "2024-Q3"),
    ("The city grew fast in the 1990s.", "the 1990s", "DATE", "199X"),
    ("Its walls date from the 12th century.", "the 12th century", "DATE", "11XX"),
    ("The treaty was signed in 1924 CE by both parties.", "1924 CE", "DATE", "1924"),
    ("The temple was razed in 586 BC by an army.", "586 BC", "DATE", "BC0586"),
    ("The fortress fell in AD 70 after a siege.", "AD 70", "DATE", "0070"),
    ("The minister resigned today.", "today", "DATE", "2024-08-22"),
    ("The minister resigned yesterday.", "yesterday", "DATE", "2024-08-21"),
    ("The minister will resign tomorrow.", "tomorrow", "DATE", "2024-08-23"),
    ("Troops withdrew last Friday.", "last Friday", "DATE", "2024-08-16"),
    ("Rainfall was heavy this past May.", "this past May", "DATE", "2024-05"),
    ("Flooding began earlier this month.", "earlier this month", "DATE", "2024-08"),
    ("Exports fell last year.", "last year", "DATE", "2023"),
    ("Fighting resumed last week.", "last week", "DATE", "2024-W33"),
    ("The ferry docked at 1:28 P.M. EDT near the port.", "1:28 P.M. EDT", "TIME", "2024-08-22T13:28"),
    ("Shelling resumed on the evening of 21 August.", "the evening of 21 August", "TIME", "2024-08-21TEV"),
    ("Crowds gathered this morning outside the court.", "this morning", "TIME", "2024-08-22TMO"),
    ("The siege has lasted more than ten months.", "more than ten months", "DURATION", "P10M"),
    ("She gave a 53-minute speech to the assembly.", "53-minute", "DURATION", "PT53M"),
    ("The region has been at peace for a decade.", "a decade", "DURATION", "P10Y"),
    ("Prices have climbed over the past several months.", "the past several months", "DURATION", "PXM"),
    ("Aid trucks arrive every single day.", "every single day", "SET", "P1D"),
    ("The council meets weekly.", "weekly", "SET", "P1W"),
    ("Farmers rotate the crop each season.", "each season", "SET", "P3M"),
    ("The market opens on Fridays.", "Fridays", "SET", "XXXX-WXX-5"),
    ("The country is now at a crossroads.", "now", "DATE", "PRESENT_REF"),
    ("Tensions have risen recently.", "recently", "DATE", "PAST_REF"),
    ("Such raids were common in the past.", "the past", "DATE", "PAST_REF"),
    ("More talks are expected in the coming days.", "the coming days", "DATE", "FUTURE_REF"),
    ("Shops close for Christmas.", "Christmas", "DATE", "2024-12-25"),
    # TimeML extents and values (session 2)
    ("Talks collapsed earlier this month in Geneva.", "earlier this month", "DATE", "2024-08"),
    ("Sales rose 4% for the year, the company said.", "the year", "DATE", "2024"),
    ("Revenue in the current fiscal year beat the forecast.", "the current fiscal year", "DATE", "2024"),
    ("Revenue beat last fiscal year by a wide margin.", "last fiscal year", "DATE", "2023"),
    ("The debt will be repaid by year-end.", "year-end", "DATE", "2024"),
    ("Floods hit the delta in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("The port was to reopen in the year two thousand.", "the year two thousand", "DATE", "2000"),
    ("The rains failed in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
    ("The nineties were a wet decade in the delta.", "The nineties", "DATE", "199X"),
    ("Over the nine months, output fell.", "the nine months", "DURATION", "P9M"),
    ("Repairs take two to three weeks.", "two to three weeks", "DURATION", "P2W"),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("The trial lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("Settlement takes eight trading days.", "eight trading days", "DURATION", "P8D"),
    ("Thousands joined a daily rally in the square.", "daily", "SET", "P1D"),
    ("Staff expect more cuts in coming quarters.", "coming quarters", "DATE", "FUTURE_REF"),
    ("Prices were stable in past years.", "past years", "DATE", "PAST_REF"),
    ("More recently, prices have risen.", "More recently", "DATE", "PAST_REF"),
    ("The plan saves $500 million a year in costs.", "a year", "SET", "P1Y"),
    ("The airline runs four flights a week to the island.", "a week", "SET", "P1W"),
    ("The strike lasted a week.", "a week", "DURATION", "P1W"),
    ("Shares closed at the week's high.", "the week", "DATE", "2024-W34"),
])
def test_construct(nlp, text, span, type_, value):
    t = find(nlp, text, span)
    assert (t.type, t.value) == (type_, value)


def test_mods(nlp):
    assert find(nlp, "The siege has lasted more than ten months.", "more than ten months").mod == "MORE_THAN"
    t = find(nlp, "The march took about five hours.", "five hours")
    assert (t.value, t.mod) == ("PT5H", "APPROX")
    t = find(nlp, "Elections are due in early September.", "early September")
    assert (t.value, t.mod) == ("2024-09", "START")
    assert find(nlp, "Repairs will finish by the end of the year.", "the end of the year").mod == "END"


def test_tense_decides_past_or_future(nlp):
    assert find(nlp, "The envoy will arrive on Friday.", "Friday").value == "2024-08-23"
    assert find(nlp, "The envoy arrived on Friday.", "Friday").value == "2024-08-16"
    assert find(nlp, "The vote will be held on 3 March.", "3 March").value == "2025-03-03"
    assert find(nlp, "The vote was held on 30th October.", "30th October").value == "2023-10-30"


def test_anaphoric_from_last_date(nlp):
    doc = nlp("Rebels entered the town on 12 March 2024. The following day they withdrew, and two days "
              "later the army returned. Curfews were imposed that week.", published="2024-08-22")
    got = {t.text: (t.value, t.anchor) for t in doc.timexes}
    assert got["12 March 2024"] == ("2024-03-12", None)
    first = next(t.id for t in doc.timexes if t.text == "12 March 2024")
    assert got["The following day"] == ("2024-03-13", first)
    assert got["two days\nlater".replace("\n", " ")][0] == "2024-03-15"
    assert got["that week"][0] == "2024-W11"


def test_narrative_without_published_date(nlp):
    doc = nlp("The uprising began on 3 March 1917. On 10 April the cabinet fell, and two days later "
              "the king fled abroad.", published=None)
    got = {t.text: t.value for t in doc.timexes}
    assert got == {"3 March 1917": "1917-03-03", "10 April": "1917-04-10", "two days later": "1917-04-12"}
    anchors = {t.text: t.anchor for t in doc.timexes}
    assert anchors["3 March 1917"] is None and anchors["10 April"] == "t1"


def test_hijri_dates(nlp):
    t = find(nlp, "The fast ended after 15 Ramadan 1445 in the city.", "15 Ramadan 1445")
    assert (t.value, t.calendar) == ("2024-03-25", "hijri")
    t = find(nlp, "The decree is dated Rabi' al-Awwal 1446 AH.", "Rabi' al-Awwal 1446 AH")
    assert (t.value, t.calendar) == ("2024-09", "hijri")
    assert find(nlp, "It was issued in Rabi ul-Awwal 1446.", "Rabi ul-Awwal 1446").value == "2024-09"
    t = find(nlp, "The school was founded in 1342 AH by scholars.", "1342 AH")
    assert (t.value, t.calendar) == ("1924", "hijri")


def test_calendars_cover_both_ranges():
    assert calendars.to_gregorian(1445, 9, 1).isoformat() == "2024-03-11"
    assert calendars.to_gregorian(1300, 1, 1).year == 1882


def test_ordinary_words_are_not_dates(nlp):
    assert timexes(nlp, "They may march on the capital if the fall of prices continues.") == []
    assert timexes(nlp, "The army sent 2000 soldiers and 1500 tanks.") == []


def test_a_march_named_with_a_title_word_or_a_destination_is_no_month(nlp):
    assert timexes(nlp, "Crowds joined the Long March on Sunday.") == [("Sunday", "DATE", "2024-08-18", None)]
    assert timexes(nlp, "Thousands set out on the March to Kalinda before dawn.") == [("dawn", "TIME", "2024-08-22TMO", None)]
    # a month still is one after a word of time or at the head of a sentence
    assert [t[0] for t in timexes(nlp, "Last March the army left. The talks began in March.")] == ["Last March", "March"]


def test_resolve_is_reusable():
    assert resolve("last Friday", "2024-01-04") == "2023-12-29"
    assert resolve("yesterday", "2024-08-20") == "2024-08-19"


@pytest.fixture(scope="module")
def upto_timex(nlp):
    """Run the base model and the timex component only, so the test adds quotes and citations itself."""
    lang = nlp.nlp

    def run(text, published):
        doc = lang.make_doc(text)
        doc._.dl = Annotations(Source(text=text, published=published))
        for name, proc in lang.pipeline:
            doc = proc(doc)
            if name == "timex":
                return doc
        raise AssertionError("no timex component")
    return run


def test_quote_counts_from_its_own_date(upto_timex):
    text = "He said in remarks in Doha on 20 August: 'I heard it directly from the Prime Minister yesterday'"
    doc = upto_timex(text, "2024-08-22")
    start, end = text.index("I heard"), text.index("yesterday") + len("yesterday")
    doc._.dl.quotes.append(Quote(id="q1", text=text[start:end], start=start, end=end, direct=True, date="2024-08-20"))
    Anchors()(doc)
    t = next(t for t in doc._.dl.timexes if t.text == "yesterday")
    assert (t.value, t.anchor) == ("2024-08-19", "q1")


def test_cited_report_counts_from_its_date(upto_timex):
    text = "The President told reporters – last Friday – that the talks had stalled (Al Jazeera, 4 January 2024)."
    doc = upto_timex(text, "2024-08-22")
    start, end = text.index("(Al"), text.index(")") + 1
    doc._.dl.citations.append(Citation(id="c1", text=text[start:end], start=start, end=end,
                                       outlets=["Al Jazeera"], date="2024-01-04"))
    Anchors()(doc)
    by_text = {t.text: t for t in doc._.dl.timexes}
    assert by_text["last Friday"].value == "2023-12-29"
    assert by_text["last Friday"].anchor == by_text["4 January 2024"].id


def test_partial_date_takes_year_of_preceding_full_date(nlp):
    doc = nlp("The archive opens with a letter of 2 January 1856. By March the writer had left Lyon, "
              "and on 14 June he reached Algiers.", published=None)
    got = {t.text: t.value for t in doc.timexes}
    assert got == {"2 January 1856": "1856-01-02", "March": "1856-03", "14 June": "1856-06-14"}


def test_the_next_day_is_anaphoric(nlp):
    doc = nlp("The envoy landed on 2 February 2024 and met the cabinet the next day.", published="2024-08-22")
    t = next(t for t in doc.timexes if t.text == "the next day")
    assert t.value == "2024-02-03"


def test_numbers_are_not_years_or_durations(nlp):
    assert timexes(nlp, "The fund holds $2,000 and 10,000 year-old relics.") == []


# -- session 2: general TimeML rules, each with its own sentences --------------------------------------

@pytest.mark.parametrize("text, published, span, value", [
    # a forward-pointing word before the date outweighs the past tense of the clause
    ("The board declared a dividend payable Dec. 7 to holders of record.", "2024-10-30", "Dec. 7", "2024-12-07"),
    ("The bank said the new fee, effective Feb. 1, would apply to all accounts.", "2024-10-30", "Feb. 1",
     "2025-02-01"),
    ("Officials said the convoy could leave as early as Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    # ... but not a clause in the past perfect
    ("Until Thursday, the police had not named the suspect.", "2024-08-23", "Thursday", "2024-08-22"),
    # news writes the present for what is scheduled
    ("The court hears the appeal Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    # a possessive weekday names an event already known
    ("The strike follows Monday's vote in parliament.", "2024-08-22", "Monday", "2024-08-19"),
    # a verb of planning decides only for what follows it
    ("On Monday the ministry planned to close the road.", "2024-08-22", "Monday", "2024-08-19"),
    ("The ministry has scheduled a hearing Friday.", "2024-08-22", "Friday", "2024-08-23"),
    # a month just ahead of a past-tense report is the coming one
    ("The ministry announced cuts for September.", "2024-08-22", "September", "2024-09"),
])
def test_tense_cues(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


def test_words_that_are_not_dates(nlp):
    assert timexes(nlp, "About two thousand soldiers crossed the river.") == []
    assert timexes(nlp, "The firm posted quarterly results and an annual report.") == []
    assert timexes(nlp, "The index closed at 2082.1 points.") == []


def test_a_year_earlier_keeps_the_compared_quarter(nlp):
    doc = nlp("Profit rose to $5 million in the third quarter from $4 million a year earlier. Year-earlier "
              "sales were lower, and the year-ago period had a loss.", published="2024-10-30")
    got = {t.text: t.value for t in doc.timexes}
    assert got == {"the third quarter": "2024-Q3", "a year earlier": "2023-Q3", "Year-earlier": "2023-Q3",
                   "the year-ago period": "2023-Q3"}


def test_the_previous_weekday_counts_back_from_the_last_day(nlp):
    doc = nlp("The markets fell on Monday, 4 March 2024, after a rally the previous Friday.", published="2024-08-22")
    assert find(nlp, doc.text, "the previous Friday").value == "2024-03-01"


def test_holiday_without_tense_is_the_nearest(nlp):
    assert find(nlp, "Record sales after Christmas", "Christmas", published="2025-01-07").value == "2024-12-25"


def test_narrative_rolls_into_the_next_year(nlp):
    doc = nlp("The siege began on 28 December 1941. On 2 January the garrison surrendered, and later that "
              "year the town was rebuilt.", published=None)
    got = {t.text: t.value for t in doc.timexes}
    assert got == {"28 December 1941": "1941-12-28", "2 January": "1942-01-02", "later that year": "1942"}


def test_narrative_the_year_is_the_last_one_mentioned(nlp):
    doc = nlp("The harbour froze in the winter of 1740. Trade stopped for the rest of the year.", published=None)
    assert {t.text: t.value for t in doc.timexes} == {"the winter of 1740": "1740-WI", "the year": "1740"}


def test_narrative_keeps_expressions_it_cannot_resolve(nlp):
    doc = nlp("This year the harvest failed, and last month the mill closed.", published=None)
    assert [(t.text, t.value) for t in doc.timexes] == [("This year", "XXXX"), ("last month", "XXXX-XX")]


def test_timeml_scorer_maps_equivalent_notations():
    from dateline.evaluate.timeml import canonical
    assert canonical("199") == canonical("199X") == "199X"
    assert canonical("19") == "19XX"
    assert canonical("2000-W7") == "2000-W07"
    assert canonical("1998-10") == "1998-10" and canonical("P1W") == "P1W"


# -- session 3 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, span, type_, value", [
    # a period named by its last day is a stretch of time, not the calendar year
    ("The brewer earned $40 million in the fiscal year ended June 30.", "2024-10-30", "the fiscal year",
     "DURATION", "P1Y"),
    ("Exports fell 3% in the year ending March 31.", "2024-10-30", "the year", "DURATION", "P1Y"),
    ("Exports fell 3% in the year.", "2024-10-30", "the year", "DATE", "2024"),
    # "until" and "through" look ahead only outside a past clause
    ("The museum stays closed until Friday.", "2024-08-22", "Friday", "DATE", "2024-08-23"),
    ("Guards blocked the road until Friday.", "2024-08-22", "Friday", "DATE", "2024-08-16"),
    ("Rents climbed steadily this year through August.", "2024-10-30", "August", "DATE", "2024-08"),
    # ... unless a verb that moves the end point governs it
    ("The union extended its deadline until Friday.", "2024-08-22", "Friday", "DATE", "2024-08-23"),
    ("The talks are set to resume Monday.", "2024-08-22", "Monday", "DATE", "2024-08-26"),
    # "set" as a plain participle looks back
    ("The index ended near the peak set on Aug. 6.", "2025-02-06", "Aug. 6", "DATE", "2024-08-06"),
    # a month with no tense to go by, up to nine months back, is this year's
    ("The shares rose to $40 in June from $29 in March.", "2024-10-30", "March", "DATE", "2024-03"),
    # a date that modifies a noun is still a date
    ("Investigators are still studying the Friday explosions.", "2024-08-22", "Friday", "DATE", "2024-08-16"),
    ("The October flooding displaced thousands.", "2024-11-20", "October", "DATE", "2024-10"),
    ("Leaders of the 2019 protests were released.", "2024-08-22", "2019", "DATE", "2019"),
    # a clock time with no day of its own lies on the day last named
    ("The raid began on Monday. At 6 a.m. troops sealed the road.", "2024-08-22", "6 a.m.", "TIME",
     "2024-08-19T06:00"),
    # the cue before a clock time decides for the day after it; a present perfect leaves the end ahead
    ("The ministry has given the strikers until 9 a.m. Tuesday to return.", "2024-08-22", "9 a.m. Tuesday",
     "TIME", "2024-08-27T09:00"),
    ("Guards blocked the road until Friday.", "2024-08-22", "Friday", "DATE", "2024-08-16"),
    # "the day before X" in apposition to a date renames that date
    ("Markets fell on Oct. 12, the day before the vote, and recovered.", "2024-10-30", "the day before", "DATE",
     "2024-10-12"),
    ("Markets fell on Oct. 12. The day before, traders were calm.", "2024-10-30", "The day before", "DATE",
     "2024-10-11"),
    # "recent years" is a stretch of an unknown number of years, like "the past few years"
    ("Smuggling has grown in recent years.", "2024-08-22", "recent years", "DURATION", "PXY"),
])
def test_session3_rules(nlp, text, published, span, type_, value):
    t = find(nlp, text, span, published)
    assert (t.type, t.value) == (type_, value)


def test_a_round_number_before_a_plural_is_a_count(nlp):
    assert timexes(nlp, "The 2000 volunteers left the camp.") == []


def test_names_and_titles_are_not_dates(nlp):
    assert timexes(nlp, "She spoke on NBC's \"This Week\" about the vote.") == []
    assert timexes(nlp, "Thousands joined the March for Peace downtown.") == []
    assert [t[0] for t in timexes(nlp, "He said, \"Today we vote.\"")] == ["Today"]


def test_the_future_of_something_is_no_time(nlp):
    assert timexes(nlp, "They argued about the future of the harbour.") == []


def test_an_age_is_not_a_duration(nlp):
    assert timexes(nlp, "The pilot, 41 years old, walked away unhurt.") == []
    assert [t[0] for t in timexes(nlp, "The pilot, 41 years old, had flown for 20 years.")] == ["20 years"]


def test_since_points_back(nlp):
    t = find(nlp, "Nobody has seen the boat since the Oct. 23 storm.", "Oct. 23", "2025-05-06")
    assert t.value == "2024-10-23"


def test_anaphor_counts_from_the_story_date_not_an_aside(nlp):
    # "last Friday" dates a clause describing the draft: "a day earlier" goes on from Tuesday
    doc = nlp("GENEVA, March 12 — The envoys met in Geneva on Tuesday. Both sides discussed the draft that "
              "the mediators circulated last Friday. A day earlier, the envoy met the foreign minister.",
              published="2024-03-12")
    got = {t.text: t for t in doc.timexes}
    assert got["last Friday"].value == "2024-03-08"
    assert (got["A day earlier"].value, got["A day earlier"].anchor) == ("2024-03-11", got["Tuesday"].id)


def test_clause_counted_from_its_main_clause(nlp):
    text = "KYIV, June 14 — The government on Friday imposed a curfew, three days after protesters attacked the ministry."
    doc = nlp(text, published="2024-06-14")
    span = find(nlp, text, "three days", published="2024-06-14")
    assert (span.type, span.value) == ("DURATION", "P3D")  # the span stays a length of time
    attack = next(e for e in doc.events if e.trigger.text == "attacked")
    assert (attack.date.value, attack.date.timex) == ("2024-06-11", span.id)


def test_clause_with_its_own_date_keeps_it(nlp):
    def clause_dates(text):
        doc = nlp.nlp(new_doc(nlp.nlp, Source(text=text, published="2024-05-20")))
        return {text[k:k + 8]: v[0] for k, v in doc._.dl.clause_dates.items()}
    assert clause_dates("The strike began two weeks after the union rejected the offer.") == {"rejected": "2024-05-06"}
    assert clause_dates("The strike began two weeks after the union rejected the offer on 2 May.") == {}


@pytest.mark.parametrize("text, span, value", [
    ("At the end of July the rebels took the town. The following day the army withdrew.",
     "The following day", "XXXX-08-01"),
    ("In mid-September the rains came. Ten days later the river burst its banks.", "Ten days later", "XXXX-09-25"),
    ("On 3 May the ship left. On 9 June it reached the port. The next day it sailed again.",
     "The next day", "XXXX-06-10"),
    ("In late March 2023 the port closed. Two days later the ships left.", "Two days later", "2023-04-02"),
])
def test_day_arithmetic_on_partial_dates(nlp, text, span, value):
    assert find(nlp, text, span, published=None).value == value


def test_no_days_counted_from_a_week_of_unknown_year(nlp):
    doc = nlp("In April the siege began. Two weeks later the town fell. The next day the road opened.", published=None)
    got = {t.text: t.value for t in doc.timexes}
    assert got == {"April": "XXXX-04", "Two weeks later": "XXXX-WXX", "The next day": "XXXX-XX-XX"}


@pytest.mark.parametrize("text, published, span, value", [
    # "the quarter" looks back to the last quarter named, even past a day mentioned in between
    ("The mill earned $3 million in the second quarter. Orders placed on July 2 were late, and "
     "output in the quarter fell.", "2024-08-22", "the quarter", "2024-Q2"),
    ("Losses narrowed in the first quarter. Results for that quarter included a write-off.",
     "2024-08-22", "that quarter", "2024-Q1"),
    # ...but "the latest quarter" is the last one completed, "the current quarter" the one running now
    ("Margins held up in the third quarter of 2023. In the latest quarter, margins slipped.",
     "2024-08-22", "the latest quarter", "2024-Q2"),
    ("The brewer expects sales to recover in the current quarter.", "2024-08-22", "the current quarter",
     "2024-Q3"),
])
def test_the_quarter(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


@pytest.mark.parametrize("text, published, span, value", [
    ("The council will vote during the week of September 9.", "2024-08-22", "the week of September 9",
     "2024-W37"),
    ("Pilgrims filled the town as Easter week began.", "2024-03-26", "Easter week", "2024-W13"),
    ("The day before last Tuesday, the mayor resigned.", "2024-08-22", "The day before last Tuesday",
     "2024-08-19"),
    ("The week after Christmas, the ferry stopped running.", "2024-01-20", "The week after Christmas",
     "2024-W01"),
])
def test_periods_named_by_a_day(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


@pytest.mark.parametrize("text, published, span, value", [
    # a participle clause takes the tense of the clause it hangs on
    ("Two ferries will sail from Dover, with the third leaving from October 4.", "2024-03-12",
     "October 4", "2024-10-04"),
    ("The index slid 4%, falling through November.", "2024-03-12", "November", "2023-11"),
    ("The union said it will begin returning to work on Monday.", "2024-08-22", "Monday", "2024-08-26"),
    # the past perfect puts even a planned day behind: "had been due to close Friday"
    ("The offer had been due to close Friday evening.", "2024-08-22", "Friday evening", "2024-08-16TEV"),
])
def test_tense_of_participles_and_past_perfect(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


@pytest.mark.parametrize("text, published, span, type_, value", [
    ("Dockers ended a day-long stoppage at noon.", "2024-08-22", "day-long", "DURATION", "P1D"),
    ("The deal closes a months-long dispute over fees.", "2024-08-22", "months-long", "DURATION", "PXM"),
    ("Turnout is expected to be high on Election Day.", "2024-08-22", "Election Day", "DATE", "2024-11-05"),
    ("The ferry sank on March 2, and divers reached it the next morning.", "2024-08-22", "the next morning",
     "TIME", "2024-03-03TMO"),
    ("Rescuers arrived on 9 May; the previous night had been stormy.", "2024-08-22", "the previous night",
     "TIME", "2024-05-08TNI"),
])
def test_lengths_named_days_and_anaphoric_parts_of_day(nlp, text, published, span, type_, value):
    t = find(nlp, text, span, published)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text, span, value", [
    ("The unions will strike on 3 and 4 September.", "3", "2024-09-03"),
    ("The unions will strike on 3 and 4 September.", "4 September", "2024-09-04"),
    ("Hearings are set for Sept. 9 and 10 in Lagos.", "10", "2024-09-10"),
])
def test_coordinated_days_in_news(nlp, text, span, value):
    assert find(nlp, text, span).value == value


def test_a_commitment_looks_ahead_through_its_infinitive(nlp):
    t = find(nlp, "The committee summoned the minister to testify on Feb. 10 about the contracts.", "Feb. 10",
             published="2024-01-09")
    assert t.value == "2024-02-10"
    t = find(nlp, "The firm, which agreed to buy the port operator in March, raised its forecast.", "March",
             published="2023-10-30")
    assert t.value == "2024-03"


@pytest.mark.parametrize("text, published, span, value", [
    ("The ceasefire collapsed on the last day of June, and talks resumed the next day.", "2024-08-22",
     "the last day of June", "2024-06-30"),
    ("The ceasefire collapsed on the last day of June, and talks resumed the next day.", "2024-08-22",
     "the next day", "2024-07-01"),
    ("The fund closed on the last day of February.", "2024-08-22", "the last day of February", "2024-02-29"),
    ("The fund closed on the last day of February.", "2023-08-22", "the last day of February", "2023-02-28"),
    ("Voting began on the first day of May 2019.", "2024-08-22", "the first day of May 2019", "2019-05-01"),
    ("The council voted on 14 March. On that same Thursday, the envoy resigned.", "2024-08-22",
     "that same Thursday", "2024-03-14"),
])
def test_a_month_s_first_or_last_day_and_that_same_weekday(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


@pytest.mark.parametrize("text, published, span, value, counted_from", [
    # ", a Thursday," tells which weekday the story's day was: counted from the days told, not the published date
    ("The dockers walked out on 1 October. The next morning the crane drivers joined them. On the third "
     "day, a Thursday, the port authority closed the harbour.", "2024-10-20", "Thursday", "2024-10-03",
     "The next morning"),
    ("The treaty was signed on 14 September, a Saturday, in the old town hall.", "2024-11-05",
     "Saturday", "2024-09-14", "14 September"),
    # without the article the weekday names a day of its own, counted from the published date
    ("The dockers walked out on 1 October. On Thursday the port authority closed the harbour.", "2024-10-20",
     "Thursday", "2024-10-17", None),
])
def test_a_weekday_in_apposition_describes_the_story_s_day(nlp, text, published, span, value, counted_from):
    doc = nlp(text, published=published)
    by_id = {t.id: t.text for t in doc.timexes}
    weekday = find(nlp, text, span, published)
    assert (weekday.value, by_id.get(weekday.anchor)) == (value, counted_from)


@pytest.mark.parametrize("text, span, value", [
    # a plan somebody spoke of is no time the story goes on from: the picket was on Tuesday evening
    ("Dockers downed tools on Tuesday. The union said it planned to hold a strike ballot on Saturday. "
     "Hundreds of workers picketed the depot in the evening.", "the evening", "2024-10-15TEV"),
    ("Dockers downed tools on Tuesday. The union said it planned to hold a strike ballot on Saturday. "
     "Hundreds of workers picketed the depot in the evening.", "Saturday", "2024-10-19"),
    # what is still planned goes on from the plan's day
    ("The union said its leader would fly to the capital on Saturday. He will leave in the morning.",
     "the morning", "2024-10-19TMO"),
    # a year in a clause after "since" is background: the clock time lies on the story's day
    ("The general declared a curfew at 9 p.m. on Monday. It was the first curfew since the republic adopted "
     "its constitution in 1991. Soldiers closed the bridges shortly before midnight.",
     "shortly before midnight", "2024-10-14T24:00"),
])
def test_the_story_s_day_outlasts_plans_and_background_years(nlp, text, span, value):
    assert find(nlp, text, span, "2024-10-16").value == value


def test_the_same_day_counts_from_the_last_day_told_not_a_month_after_it(nlp):
    text = ("On 12 March the port authority said that 300 ships had been turned away since January. "
            "The harbour union said on the same day that it would strike.")
    assert find(nlp, text, "the same day", published="2024-03-15").value == "2024-03-12"


def test_that_same_day_after_a_month_alone_is_a_day_of_that_month(nlp):
    text = ("The ferry service was suspended on Thursday. The last sinking was in March, when the Vega capsized "
            "off the cape. Its owner was arrested that same day.")
    assert find(nlp, text, "that same day", published="2024-08-23").value == "2024-03-XX"


def test_a_dated_heading_line_anchors_the_weekdays_of_its_paragraph(nlp):
    text = ("UPDATE 053 -- 15 JUN 24\nThe crew were evacuated on Friday. One sailor died on Wednesday.\n\n"
            "Later notices\nThe ship sank on Wednesday.")
    doc = nlp(text, published="2024-08-30")
    assert [(t.text, t.value) for t in doc.timexes if t.text in ("Friday", "Wednesday")] == [
        ("Friday", "2024-06-14"), ("Wednesday", "2024-06-12"), ("Wednesday", "2024-08-28")]


def test_a_digest_item_s_dateline_anchors_the_weekdays_of_its_paragraph(nlp):
    text = ("Week in review\n\n"
            "KYIV, July 3 (Wire) - Russian drones struck the port of Odesa on Tuesday.\n\n"
            "DAKAR, July 7 (Wire) - Police arrested an opposition leader on Saturday.\n\n"
            "Markets closed higher on Tuesday.")
    doc = nlp(text, published="2025-07-10")
    assert [(t.text, t.value) for t in doc.timexes if t.text in ("Tuesday", "Saturday")] == [
        ("Tuesday", "2025-07-01"), ("Saturday", "2025-07-05"), ("Tuesday", "2025-07-08")]


def test_a_dispatch_under_its_headline_counts_its_weekdays_from_its_dateline_till_the_next_headline(nlp):
    text = ("Quake toll rises in Turkey and Syria\n\n"
            "Ankara, February 7 (Wire) -- Rescuers pulled survivors from the rubble in Hatay on Monday.\n\n"
            "The president declared a state of emergency in ten provinces on Tuesday.\n\n"
            "First UN convoy reaches Syria's north-west\n\n"
            "Damascus, February 12 (Wire) -- The convoy crossed at Bab al-Hawa on Thursday.\n\n"
            "Officials said more aid would arrive on Friday.")
    doc = nlp(text, published="2023-02-20")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("February 7", "2023-02-07"), ("Monday", "2023-02-06"), ("Tuesday", "2023-02-07"),
        ("February 12", "2023-02-12"), ("Thursday", "2023-02-09"), ("Friday", "2023-02-17")]


def test_small_hours_after_last_night_are_the_next_day_a_padded_hour_is_never_pm(nlp):
    text = "Russia struck the grid last night. Missiles flew between 01:00 and 07:00 local; one hit a dam at 05:40 local."
    doc = nlp(text, published="2024-03-22")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("last night", "2024-03-21TNI"), ("07:00 local", "2024-03-22T07:00"), ("05:40 local", "2024-03-22T05:40")]


def test_a_page_titled_by_its_year_dates_its_days_in_that_year_not_the_revisions(extract):
    body = "\n\n## March\n\n- 4 March – Rebels attacked a garrison near Abeche.\n- In June, the army retook the town."
    doc = extract("2023 in Chad" + body, published="2024-06-20")
    assert [(t.text, t.value) for t in doc.timexes if t.text != "2023"] == \
        [("March", "2023-03"), ("4 March", "2023-03-04"), ("June", "2023-06")]
    doc = extract("The 2023 budget crisis" + body, published="2024-06-20")  # a year that names a thing
    assert [t.value for t in doc.timexes if t.text == "4 March"] == ["2024-03-04"]


def test_a_weekday_with_its_day_of_the_month_is_that_day_not_the_nearest_weekday(nlp):
    doc = nlp("The tribunal will rule on Thursday the 23rd, its registrar said.", published="2025-10-10")
    assert [(t.text, t.value) for t in doc.timexes] == [("Thursday the 23rd", "2025-10-23")]
    doc = nlp("The court heard the appeal on Thursday, the 23rd, and adjourned.", published="2025-10-30")
    assert [(t.text, t.value) for t in doc.timexes] == [("Thursday, the 23rd", "2025-10-23")]


def test_a_date_after_since_is_no_day_for_that_evening_to_count_from(nlp):
    text = ("On 14 November the militia entered the town. The clinic has had no fuel since October. "
            "Later that evening the militia looted the pharmacy.")
    assert find(nlp, text, "that evening", published="2025-11-20").value == "2025-11-14TEV"


def test_overnight_is_the_night_that_ends_on_the_day_it_is_told(nlp):
    text = ("Drones struck the port overnight, the governor said. Shelling went on overnight into Sunday, and "
            "a second wave came overnight on 7 March. Prices rose almost overnight, and an overnight curfew holds.")
    doc = nlp(text, published="2025-03-10")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("overnight", "2025-03-09TNI"), ("overnight into Sunday", "2025-03-08TNI"),
        ("overnight on 7 March", "2025-03-07TNI")]


def test_a_dawn_after_last_night_is_the_next_morning(nlp):
    text = "Sirens sounded in the capital last night. Militants stormed a checkpoint before dawn, the army said."
    doc = nlp(text, published="2025-03-11")
    assert [(t.text, t.value) for t in doc.timexes] == [("last night", "2025-03-10TNI"), ("dawn", "2025-03-11TMO")]


def test_a_day_earlier_after_a_bare_overnight_counts_from_the_report_s_day(nlp):
    text = ("Drones struck a refinery in Saratov on Thursday. Air defences downed 40 drones overnight. "
            "A day earlier, drones hit a depot in Kursk.")
    assert find(nlp, text, "A day earlier", published="2025-03-14").value == "2025-03-12"


LONG_READ = ("The ferry left Piraeus a little after six on the morning of Thursday, 3 April. The captain, who retires "
             "this month, had spent the weekend in Chania, where on the Sunday he visited his mother. The port "
             "authority had cleared the ship two days earlier. Early that Thursday, the coast guard received a "
             "warning. That evening the ferry ran aground. The court, meeting the next day, ordered an inquiry. In "
             "the evening the minister resigned.")


def test_a_long_read_keeps_the_day_it_narrates_not_its_published_date(nlp):
    """A magazine narrates a Thursday three weeks before it went to print: "that Thursday" is the Thursday told,
    the flashback's weekend lies before it, "two days earlier" in the past perfect counts back from the story's day,
    and a present-tense aside ("who retires this month") moves nothing."""
    doc = nlp(LONG_READ, published="2025-04-25")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("the morning of Thursday, 3 April", "2025-04-03TMO"), ("this month", "2025-04"),
        ("the weekend", "2025-W13-WE"), ("Sunday", "2025-03-30"), ("two days earlier", "2025-04-01"),
        ("Early that Thursday", "2025-04-03"), ("That evening", "2025-04-03TEV"), ("the next day", "2025-04-04"),
        ("the evening", "2025-04-03TEV")]
    by_id = {t.id: t.text for t in doc.timexes}
    assert [(t.text, by_id.get(t.anchor)) for t in doc.timexes if t.text in ("the weekend", "Early that Thursday")] \
        == [("the weekend", "the morning of Thursday, 3 April"), ("Early that Thursday", "the morning of Thursday, 3 April")]


def test_a_long_read_s_flashback_goes_on_from_its_own_day_but_leaves_the_story_s_day(nlp):
    """In the past perfect, "the next morning" goes on from the flashback's day; the story's own day stays the
    Friday it told, so "that evening", after a month in an aside, is that Friday's."""
    text = ("The general resigned on Friday, 16 May. The minister had gone on radio on the evening of the 12th. "
            "Within hours the army had moved, and the next morning the courts had stepped in. The general, who "
            "leaves the army this June, met the envoy. That evening he left the capital.")
    doc = nlp(text, published="2025-06-20")
    assert [(t.text, t.value) for t in doc.timexes if t.type != "DURATION"] == [
        ("Friday, 16 May", "2025-05-16"), ("the evening of the 12th", "2025-05-12TEV"),
        ("the next morning", "2025-05-13TMO"), ("this June", "2025-06"), ("That evening", "2025-05-16TEV")]


def test_that_weekday_with_no_such_day_told_is_the_last_one_not_a_day_after_the_report(nlp):
    text = "The minister spoke in March 2019. Early that Tuesday, the police raided the office."
    assert find(nlp, text, "Early that Tuesday", published="2025-03-28").value == "2025-03-25"


@pytest.mark.parametrize("text, published, span, value", [
    # a day with "that year" after it takes the year last told, and stays the day later dates count from
    ("The envoy asked the council in March 2019 for a hearing, and on 12 October that year the council granted "
     "it. Two months later the government appealed.", "2025-04-25", "12 October", "2019-10-12"),
    ("The envoy asked the council in March 2019 for a hearing, and on 12 October that year the council granted "
     "it. Two months later the government appealed.", "2025-04-25", "Two months later", "2019-12"),
    # a plan set "for" a day lies ahead; in a long read it is no narrated day, so "the week" is the story's week
    ("The ship sank on the morning of Monday, 3 February. The judge heard the owners on Friday, 7 February, and "
     "set the trial for 20 October. Relatives held vigils through the week.", "2025-03-20", "20 October",
     "2025-10-20"),
    ("The ship sank on the morning of Monday, 3 February. The judge heard the owners on Friday, 7 February, and "
     "set the trial for 20 October. Relatives held vigils through the week.", "2025-03-20", "the week", "2025-W06"),
    # a month has no evening: "that evening" after one is the evening of the last day told
    ("Strikes hit the port at 3 p.m. on Feb. 18. It was the first use of a sea drone since attacks began in "
     "October. Later that evening, rebels fired two missiles at a tanker.", "2024-12-22", "that evening",
     "2024-02-18TEV"),
    # but a day in a clause "since" opens is the last day told, and "the day before" counts from it
    ("The border post has been shut since soldiers seized its western gate on 3 April. The day before, the rebels "
     "had offered a truce.", "2024-05-20", "The day before", "2024-04-02"),
])
def test_a_long_read_s_years_plans_and_weeks(nlp, text, published, span, value):
    assert find(nlp, text, span, published).value == value


@pytest.mark.parametrize("text, values", [
    # the week told in the past, then a fronted weekday in the present: the historical present of show notes
    ("The levies took effect on Wednesday. And then, Thursday, the president threatens duties on wine.",
     ["2025-03-12", "2025-03-13"]),
    # no day of that name told before: a present-tense weekday is still a schedule
    ("And then, Thursday, the president signs the order.", ["2025-03-20"]),
    # a weekday after its verb is a schedule even when the week told it before
    ("The talks began on Tuesday. The vote is on Tuesday.", ["2025-03-11", "2025-03-18"]),
])
def test_a_fronted_weekday_in_the_present_after_that_weeks_day_was_told_is_the_past_one(nlp, text, values):
    assert [t.value for t in nlp(text, published="2025-03-14").timexes] == values


# Session 15, round dates20: sentences written for the round.

@pytest.mark.parametrize("text, span, value", [
    ("The cabinet approved the budget on 12 Esfand 1402, the agency reported.", "12 Esfand 1402", "2024-03-02"),
    ("Talks resumed on Mordad 9, 1403 (July 30, 2024) in Muscat.", "Mordad 9, 1403", "2024-07-30"),
    # without a year: the occurrence nearest the published date
    ("The ministry said it had closed the crossing on 20 Mehr.", "20 Mehr", "2023-10-12"),
    # a weekday before the day is one expression with it
    ("On Saturday, 5 Aban, the court sentenced two journalists.", "Saturday, 5 Aban", "2023-10-27"),
])
def test_a_persian_solar_date_gets_its_gregorian_day(nlp, text, span, value):
    t = find(nlp, text, span, published="2023-11-02")
    assert (t.type, t.value, t.calendar) == ("DATE", value, "hijri")


def test_a_persian_month_name_alone_is_no_date(nlp):
    assert timexes(nlp, "Tir and Mehr are common names; Dey 40 tanks were counted.", published="2023-11-02") == []


def test_a_weekday_told_with_a_solar_date_takes_that_day_not_the_last_such_weekday(extract):
    doc = extract("On Monday, 19 Dey (9 January), the judiciary executed two protesters in Karaj.",
                  published="2023-01-25")
    assert [e.date.value for e in doc.events if e.trigger.text == "executed"] == ["2023-01-09"]


def test_a_retrospective_gives_its_partial_dates_the_storys_year(nlp):
    text = ("The general, who died on Friday, rose fast. He joined the army in 1978. His chance came in March 1991. Rebels seized the port on "
            "12 March and he retook it on 2 April. That autumn he was promoted, and in December he was sent "
            "north. Ten years later he led the army.")
    got = {t.text: t.value for t in nlp(text, published="2024-05-12").timexes}
    assert got["12 March"] == "1991-03-12"
    assert got["2 April"] == "1991-04-02"
    assert got["December"] == "1991-12"
    assert got["Ten years later"] == "2001"


def test_a_retrospective_goes_forward_unless_the_past_perfect_steps_back(nlp):
    opening = "Talks began in Oslo in January 2019. The treaty was signed on 4 June 2019. "
    text = opening + "On 3 March the parliament voted to leave it."
    assert find(nlp, text, "3 March", published="2024-05-12").value == "2020-03-03"
    text = opening + "Its last chapter had been agreed on 3 March."
    assert find(nlp, text, "3 March", published="2024-05-12").value == "2019-03-03"


def test_news_that_recalls_one_past_date_goes_back_to_its_own_year(nlp):
    text = ("The minister spoke on Saturday. The party first won power on 2 May 1997. Its leader resigned in "
            "late November, and the party fell apart.")
    assert find(nlp, text, "late November", published="2024-03-02").value == "2023-11"
    text = "The minister spoke on Saturday at the 1997 election memorial. On 3 March she resigned."
    assert find(nlp, text, "3 March", published="2024-03-20").value == "2024-03-03"


def test_news_of_the_day_keeps_the_published_year_for_its_partial_dates(nlp):
    text = "The treaty was signed on 4 June 2023. On 3 March the parliament voted to leave it."
    assert find(nlp, text, "3 March", published="2024-05-12").value == "2024-03-03"


def test_a_retrospective_crosses_into_the_next_year_as_it_goes_forward(nlp):
    text = ("Egypt rebuilt its army in 1972. The war began on 6 October 1973. On 22 October a ceasefire was agreed. "
            "On 18 January the armies signed a disengagement accord.")
    assert find(nlp, text, "18 January", published="2024-05-12").value == "1974-01-18"


@pytest.mark.parametrize("text, span, value", [
    # a caption's present with its weekday set off: a day the page has told, not the next such day
    ("Crowds gather at the stadium in Lusaka on Friday, May 9.\n\nRiot police charge the crowd, Friday evening.",
     "Friday evening", "2025-05-09TEV"),
    ("Crowds gather at the stadium in Lusaka, May 12.\n\nA soldier fires into the air near the gate, Monday.",
     "Monday", "2025-05-12"),
])
def test_a_captions_weekday_names_the_day_the_page_told(nlp, text, span, value):
    assert find(nlp, text, span, published="2025-05-15").value == value


def test_a_schedule_in_the_present_still_looks_ahead(nlp):
    text = "Police arrested the editor on Monday, May 12. He appears in court Friday."
    assert find(nlp, text, "Friday", published="2025-05-14").value == "2025-05-16"


@pytest.mark.parametrize("text, span, value", [
    # a four-figure clock time in the military way is a time, not a year nor a length
    ("The convoy was ambushed at 0345 hrs near the pass.", "0345 hrs", "2025-03-16T03:45"),
    ("Firing stopped at 1800 hours IST.", "1800 hours IST", "2025-03-16T18:00"),
    ("The patrol left base at 0600 hours.", "0600 hours", "2025-03-16T06:00"),
])
def test_a_military_clock_time_is_a_time(nlp, text, span, value):
    t = find(nlp, text, span, published="2025-03-16")
    assert (t.type, t.value) == ("TIME", value)


def test_a_four_figure_count_of_hours_stays_a_length(nlp):
    t = find(nlp, "The pilots logged 1200 hours of flying last year.", "1200 hours", published="2025-03-16")
    assert (t.type, t.value) == ("DURATION", "PT1200H")


def test_a_clock_time_is_not_dated_by_a_day_of_the_next_paragraph(nlp):
    text = "UPDATE 01 | 07 June 2025, 0230 hrs\n\n1. On 2 June 2025 gunmen attacked a market."
    assert find(nlp, text, "0230 hrs", published="2025-06-08").value == "2025-06-07T02:30"


@pytest.mark.parametrize("text, span, value", [
    ("Rebels entered the city during the night of 26 to 27 January.", "the night of 26 to 27 January",
     "2025-01-26TNI"),
    ("Drones hit the depot during the night of 07/08 May.", "the night of 07/08 May", "2025-05-07TNI"),
    ("Militants shelled the port on the night of 13-14 April.", "the night of 13-14 April", "2025-04-13TNI"),
    ("The shelling went on through the night of Sunday to Monday.", "the night of Sunday to Monday",
     "2025-05-11TNI"),
])
def test_a_night_told_by_its_two_days_is_the_night_of_the_first(nlp, text, span, value):
    t = find(nlp, text, span, published="2025-05-14")
    assert (t.type, t.value) == ("TIME", value)


def test_an_update_heading_with_a_label_dates_its_deictic_words(nlp):
    text = ("Border operations: the army's updates\n\n"
            "ARMY UPDATE 02 | 14 March 2025, 0900 hrs\n\n"
            "1. This morning militants attacked a police post.\n\n"
            "ARMY UPDATE 03 | 15 March 2025, 1830 hrs\n\n"
            "1. Troops arrested two suspects this afternoon.")
    assert find(nlp, text, "This morning", published="2025-03-16").value == "2025-03-14TMO"
    assert find(nlp, text, "this afternoon", published="2025-03-16").value == "2025-03-15TAF"


def test_a_sentence_ending_on_a_date_is_no_heading(nlp):
    text = ("Smoke rose over the city on 12 March 2025\n\n"
            "Police arrested two suspects this afternoon.")
    assert find(nlp, text, "this afternoon", published="2025-03-16").value == "2025-03-16TAF"


def test_the_year_of_a_work_cited_in_brackets_is_not_the_storys(nlp):
    text = ("The rebels took the town on 19 March (Kabila 2025). Two days later they left it "
            "(UN Group of Experts 2025; Stearns 2012).")
    assert find(nlp, text, "Two days later", published="2025-09-15").value == "2025-03-21"


def test_the_next_day_after_a_month_told_beside_a_day_counts_from_the_day(nlp):
    text = ("The minister said on 18 October that a ship the navy had stopped in September carried arms, "
            "to which the embassy replied the next day.")
    assert find(nlp, text, "the next day", published="2025-10-26").value == "2025-10-19"


def test_a_deictic_word_opening_a_line_under_a_day_heading_is_found(nlp):
    text = "Monday 27 October\n\nTonight, on a radio outside the market, we heard the news."
    assert find(nlp, text, "Tonight", published="2025-11-07").value == "2025-10-27TNI"


def test_the_night_after_a_day_is_that_day_s_night(nlp):
    text = ("The electoral board declared the result on Monday, 3 March. In the capital the night after was "
            "tense, and the night before had been quiet.")
    assert find(nlp, text, "the night after", published="2025-03-06").value == "2025-03-03TNI"
    assert find(nlp, text, "the night before", published="2025-03-06").value == "2025-03-02TNI"


def test_a_partial_date_takes_the_year_of_the_day_told_before_it_in_its_sentence(nlp):
    text = ("The tanker Sunrise, hit by a drone off Aden on 12 December 2023, sank on 2 January with her crew "
            "rescued; the port reopened on 14 March.")
    assert find(nlp, text, "2 January", published="2025-06-10").value == "2024-01-02"
    assert find(nlp, text, "14 March", published="2025-06-10").value == "2024-03-14"
    # half a year or more on from that day, or in the next sentence, the published date's year is meant again
    text = "The yard launched the ferry on 12 May 2010 and she sank on 2 March. Divers found her on 3 April."
    assert find(nlp, text, "2 March", published="2025-06-10").value == "2025-03-02"
    assert find(nlp, text, "3 April", published="2025-06-10").value == "2025-04-03"


def test_an_aside_dated_in_full_does_not_date_the_next_sentence_of_news_told_in_the_past(nlp):
    text = ("On 9 July the navy shelled the port. The army said its gunners had also hit the Sea Star, the ferry "
            "the rebels seized in March 2022. The rebels shelled the harbour the same day.")
    assert find(nlp, text, "the same day", published="2025-07-15").value == "2025-07-09"


# Session 22, round anchor29: the reference time of a weekday, a night and a partial date in a look-back.
TANZANIA = ("Police arrested the party's leaders on 11 August 2024 and banned its rally on 12 August 2024. Voters "
            "went to the polls on Wednesday, 29 October, and a curfew began that evening.")


def test_a_weekday_beside_a_day_without_its_year_picks_the_year_it_falls_on_that_weekday(nlp):
    """After a look-back into 2024, "Wednesday, 29 October" told in November 2025 is 2025's: 29 October 2024 was
    a Tuesday."""
    assert find(nlp, TANZANIA, "Wednesday, 29 October", published="2025-11-04").value == "2025-10-29"
    assert find(nlp, TANZANIA, "that evening", published="2025-11-04").value == "2025-10-29TEV"
    # without a weekday the look-back's year stands
    text = TANZANIA.replace("Wednesday, 29 October", "29 October")
    assert find(nlp, text, "29 October", published="2025-11-04").value == "2024-10-29"


def test_nights_after_a_month_the_story_moved_on_to_are_that_month_s(nlp):
    """"Over the following nights" after "In early August", when the last day told lies before August: nights of
    August, which ones untold, not the nights after that old day."""
    text = ("Riots broke out in Southport on 30 July 2024. In early August, rioters attacked a hotel housing asylum "
            "seekers in Rotherham. Over the following nights, crowds clashed with police in several towns.")
    assert find(nlp, text, "the following nights", published="2025-01-10").value == "2024-08-XXTNI"


def test_a_date_counted_from_a_date_the_title_s_year_re_dates_moves_with_it(extract):
    doc = extract("Chad: Events of 2023\n\nTeachers went on strike in January. Students called a general strike for "
                  "the end of that month.", published="2024-01-20")
    assert [(t.text, t.value) for t in doc.timexes if t.text != "2023"] == [
        ("January", "2023-01"), ("the end of that month", "2023-01")]


@pytest.mark.parametrize("text, span, value", [
    # a look-back that named a day with its weekday still runs on it when the weekday comes back
    ("The strike began at dawn on Saturday, 27 September, when 3,000 dockers in Antwerp walked out. By Saturday "
     "afternoon, the port authority had closed two terminals.", "Saturday afternoon", "2025-09-27TAF"),
    ("The strike began at dawn on Saturday, 27 September, when 3,000 dockers in Antwerp walked out. The union met "
     "on Tuesday, 30 September, and agreed to talk. The union's leader said on Tuesday that the port would reopen.",
     "Tuesday", "2025-09-30"),
    # a day told without its weekday is not named again: the weekday is the publication week's
    ("The strike began at dawn on 27 September, when 3,000 dockers in Antwerp walked out. By Saturday afternoon, "
     "the port authority had closed two terminals.", "Saturday afternoon", "2025-10-18TAF"),
    # nor one the story has left for its own week
    ("The strike began at dawn on Saturday, 27 September. The union met the port authority on Monday, 13 October, "
     "and agreed to talk. The union's leader said on Saturday that the port would reopen.", "Saturday", "2025-10-18"),
])
def test_a_weekday_told_again_in_a_look_back_is_the_day_it_named(nlp, text, span, value):
    assert find(nlp, text, span, published="2025-10-20").value == value


@pytest.mark.parametrize("text, span, value", [
    ("The envoys met in Cairo on the Thursday before last.", "the Thursday before last", "2024-08-08"),
    ("The envoys met in Cairo last Thursday.", "last Thursday", "2024-08-15"),
    ("The talks broke down the week before last.", "the week before last", "2024-W32"),
    ("The summit will open in Geneva the week after next.", "the week after next", "2024-W36"),
    ("Turnout was higher in the March before last.", "the March before last", "2023-03"),
])
def test_a_period_before_last_or_after_next_is_one_beyond(nlp, text, span, value):
    assert find(nlp, text, span).value == value
