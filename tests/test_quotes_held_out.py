"""Quotes in styles first met in held-out samples: 'as X reported' reports, questions put to a
speaker, acts of a pair, replies, conjoined cues, coarse dates and cited days, hedges and media."""

from __future__ import annotations

import pytest

from .test_quotes_claims import quote, quotes


@pytest.mark.parametrize("text, content, speaker", [
    ("As the harbour authority reported on Monday, the ferries will sail again next week.",
     "the ferries will sail again next week", "the harbour authority"),
    ("The ferries will sail again next week, as the harbour authority said on Monday.",
     "The ferries will sail again next week", "the harbour authority"),
])
def test_an_as_clause_of_saying_reports_the_clause_it_hangs_on(nlp, text, content, speaker):
    q = quote(nlp, text, content)
    assert q.text == content and q.speaker.text == speaker and q.date == "2024-03-11"


def test_the_question_put_to_a_speaker_is_not_the_speakers_words(nlp):
    text = "Asked whether the mayor had done enough to stop the floods, the governor shook her head."
    q = quote(nlp, text, "whether the mayor had done enough")
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    "Mayor Anne Hidalgo met Governor Kathy Hochul in Paris. The two mayors discussed river cleanup.",
    "Chancellor Olaf Scholz and President Emmanuel Macron discussed the budget rules on Tuesday.",
    "Olaf Scholz spoke with Emmanuel Macron. They agreed to meet again in June.",
])
def test_an_act_done_by_a_pair_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


def test_one_person_discussing_a_topic_is_no_quote(nlp):
    """eval/CONVENTIONS.md, quotes rule 1: a topic discussed is no words said."""
    text = "Chancellor Olaf Scholz discussed the budget rules on Tuesday."
    assert quotes(nlp, text) == []


def test_a_reply_is_dated_by_the_day_the_narration_reached(nlp):
    text = ("On 4 March the transport minister told a radio station that the bridge would close. "
            "The mayor's office answered that no decision had been taken.")
    assert quote(nlp, text, "no decision had been taken").date == "2024-03-04"


def test_a_conjoined_cue_shares_a_time_phrase_set_before_both(nlp):
    text = "On Tuesday evening the coach stood before the cameras and told the fans the opposite."
    assert quote(nlp, text, "the opposite").date == "2024-03-12"


def test_a_time_phrase_after_the_first_conjunct_is_only_its_own(nlp):
    text = "The two climbers were rescued on 2 March and were reported to be in good health."
    assert quote(nlp, text, "in good health").date == "2024-03-15"


def test_a_cited_day_inside_a_coarse_time_phrase_dates_the_report(nlp):
    text = ("Two weeks earlier the club's chairman had announced that the stadium would be sold "
            "(Harbour Times, 29/02/2024).")
    assert quote(nlp, text, "the stadium would be sold").date == "2024-02-29"


def test_the_writers_hedge_is_no_quote(nlp):
    assert quotes(nlp, "The fans cheered the players, and so, it seems, did the referee.") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The regional health office put the toll at 63 dead and 210 injured.",
     "the toll at 63 dead and 210 injured", "The regional health office"),
    ("Rescuers placed the number of missing at 70 on Tuesday.", "the number of missing at 70", "Rescuers"),
])
def test_a_source_putting_a_toll_at_a_figure_reports_it(nlp, text, content, speaker):
    q = quote(nlp, text, content)
    assert (q.text, q.speaker.text, q.date) == (content, speaker, "2024-03-12" if "Tuesday" in text else "2024-03-15")


def test_putting_a_thing_somewhere_is_no_report(nlp):
    assert quotes(nlp, "The clerk put the ledger at the end of the shelf.") == []


def test_we_in_a_transcript_turn_is_the_one_who_speaks_it(nlp):
    text = ("THE PRESIDENT: THANK YOU ALL FOR JOINING US. The US and the WHO agreed.\n\n"
            "THE PRESIDENT: We have urged both governments to return to the talks.\n\n"
            "Q Will you travel to the region?\n")
    q = quote(nlp, text, "both governments to return to the talks")
    assert (q.speaker.text, q.speaker.actor) == ("We", "joe-biden")
    assert all(q.speaker is None or q.speaker.text != "THE PRESIDENT" for q in quotes(nlp, text))  # a label


def test_we_outside_a_transcript_is_the_writers_voice(nlp):
    assert quotes(nlp, "We have urged both governments to return to the talks.") == []


def test_a_bare_title_is_the_last_person_named_with_it(nlp):
    text = ("Education Secretary Amira Haddad opened a school in Leeds on Monday. "
            "The Secretary said that fifty more schools would open next year.")
    doc = nlp(text, published="2024-03-15")
    haddad = next(e.actor for e in doc.entities if e.text.endswith("Amira Haddad"))
    q = next(q for q in doc.quotes if "fifty more schools" in q.text)
    assert q.speaker.text == "The Secretary" and q.speaker.actor == haddad


def test_the_person_speaks_not_the_body_of_the_title_in_apposition(nlp):
    text = "Colonel Idris Mansour, the spokesman of the Egyptian army, said that two boats had sunk off Rafah."
    doc = nlp(text, published="2024-03-15")
    mansour = next(e.actor for e in doc.entities if e.text.endswith("Idris Mansour"))
    q = next(q for q in doc.quotes if "two boats had sunk" in q.text)
    assert q.speaker.actor == mansour and mansour != "EGYMIL"


def test_a_name_set_off_before_a_cue_without_subject_speaks(nlp):
    text = ("On Friday Lena Varga, the agency's envoy for the coastal provinces, said the ferries had "
            "resumed service between the islands.")
    q = quote(nlp, text, "the ferries had resumed service")
    assert q.speaker.text.startswith("Lena Varga") and q.date == "2024-03-15"


def test_we_in_a_spokespersons_turn_is_the_spokesperson(nlp):
    text = "MR. KIRBY:  Good afternoon. We have urged both governments to return to the talks.\n"
    q = quote(nlp, text, "both governments to return to the talks")
    assert (q.speaker.text, q.speaker.actor) == ("We", "john-kirby")


@pytest.mark.parametrize("text, content, day", [
    ("As the minister said in Leeds a week ago, the port will reopen.", "the port will reopen", "2024-03-08"),
    ("The minister said two days ago that the port would reopen.", "the port would reopen", "2024-03-13"),
])
def test_days_or_weeks_ago_count_back_to_a_day(nlp, text, content, day):
    assert quote(nlp, text, content).date == day


def test_a_verse_quoted_inside_a_quote_is_scriptures(nlp):
    text = ("“We are told to welcome the stranger. The Torah says, ‘You shall love the stranger’ "
            "(Deuteronomy 10:19), and we mean to,” the bishop said on Sunday.")
    found = {q.text: (q.speaker.text if q.speaker else None) for q in quotes(nlp, text)}
    assert found["You shall love the stranger"] is None
    assert found[next(t for t in found if t.startswith("We are told"))] == "the bishop"


def test_a_participle_hung_on_the_cue_is_not_what_was_said(nlp):
    (q,) = quotes(nlp, "“The bridge will reopen by May,” the minister said in remarks read to the press.")
    assert (q.text, q.direct, q.speaker.text) == ("The bridge will reopen by May", True, "the minister")


@pytest.mark.parametrize("text", [
    "The closure of the strait adds ten days to every voyage between the two ports.",
    "The new wing added 40 beds to the hospital last year.",
])
def test_adding_one_thing_to_another_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


def test_added_with_a_clause_still_reports(nlp):
    (q,) = quotes(nlp, "The harbour master added that the ferries would sail again on Friday.")
    assert (q.text, q.speaker.text) == ("that the ferries would sail again on Friday", "The harbour master")


def test_a_verse_quoted_before_its_reference_is_a_quote_clause_or_not(nlp):
    (q,) = quotes(nlp, "“Peace to this house, and to all who dwell in it” (Luke 10:5). So we greet you.")
    assert (q.text, q.direct, q.speaker, q.date) == ("Peace to this house, and to all who dwell in it", True, None, None)


def test_a_relative_clause_on_an_according_to_source_reports_on_its_own(nlp):
    text = ("The flood reached the old bridge by noon, according to the river authority, "
            "which said the water would fall by evening.")
    found = {q.text: q.speaker.text for q in quotes(nlp, text)}
    assert found == {"The flood reached the old bridge by noon": "the river authority",
                     "the water would fall by evening": "the river authority, which"}


def test_an_as_clause_on_a_report_with_its_own_speaker_is_where_the_writer_had_it(nlp):
    (q,) = quotes(nlp, "As we reported earlier, the ministry says the convoy reached the city before dawn.")
    assert (q.text, q.speaker.text) == ("the convoy reached the city before dawn", "the ministry")


def test_an_as_clause_on_a_clause_still_reports_it(nlp):
    (q,) = quotes(nlp, "As the ministry reported on Monday, the convoy reached the city before dawn.")
    assert (q.text, q.speaker.text) == ("the convoy reached the city before dawn", "the ministry")


def test_a_place_before_a_title_colon_is_its_topic_not_its_speaker(nlp):
    text = "Chad: Refugees Pour Into Border Camps\n\nAid groups said the camps were full."
    assert [(q.text, q.speaker.text) for q in quotes(nlp, text)] == [("the camps were full", "Aid groups")]


def test_a_body_the_speaker_belongs_to_speaks_not_one_its_modifier_names(nlp):
    (q,) = quotes(nlp, "Norway's mission to the United Nations said the vote had been postponed.")
    assert (q.speaker.text, q.speaker.actor) == ("Norway's mission to the United Nations", "NOR")


def test_a_clause_then_a_quotation_after_its_colon_are_two_reports(nlp):
    text = "A nurse who fled the town said the shelling began at dawn: “We ran with nothing but our children.”"
    found = [(q.text, q.direct, q.speaker.text) for q in quotes(nlp, text)]
    assert found == [("the shelling began at dawn", False, "A nurse who fled the town"),
                     ("We ran with nothing but our children.", True, "A nurse who fled the town")]


def test_words_a_relative_clause_calls_a_thing_are_its_speakers(nlp):
    found = [(q.text, q.direct, q.speaker.text) for q in quotes(
        nlp, "Critics dismissed the plan, which the minister called “a fair compromise”.")]
    assert ("a fair compromise", True, "the minister") in found


def test_a_nickname_a_relative_clause_gives_is_no_quote(nlp):
    found = [q.text for q in quotes(nlp, "He met the general, whom his admirers call “The Lion of Darfur”, on Monday.")]
    assert "The Lion of Darfur" not in found


@pytest.mark.parametrize("text, content, source", [
    # a report phrase set after the speaker's words names where the writer read them
    ("On Monday the harbour master had confirmed that the ferries would sail again, as reported by the Island Post.",
     "that the ferries would sail again", "the harbour master"),
    # a fronted one frames the whole report as the outlet's, as PolNeAR marks it
    ("According to the Island Post, the harbour master said that the ferries would sail again.",
     "the harbour master said that the ferries would sail again", "the Island Post"),
])
def test_a_report_phrase_after_a_speakers_words_leaves_them_his(nlp, text, content, source):
    (q,) = quotes(nlp, text)
    assert (q.text, q.speaker.text) == (content, source)


@pytest.mark.parametrize("text, content", [
    ("The governor stressed that the dam was safe.", "that the dam was safe"),
    ("The governor underlined that the dam was safe.", "that the dam was safe"),
    ("The report underscores that the dam was never inspected.", "that the dam was never inspected"),
])
def test_verbs_of_emphasis_with_a_clause_report_it(nlp, text, content):
    (q,) = quotes(nlp, text)
    assert q.text == content


def test_a_verse_set_off_from_its_reference_by_a_dash_has_no_speaker(nlp):
    text = ("The warden said the shelter would stay open. As the hymn book has it: "
            "“Bear one another's burdens.” — Galatians 6:2 (KJV).")
    found = quote(nlp, text, "Bear one another")
    assert (found.text, found.speaker, found.date) == ("Bear one another's burdens.", None, None)


def test_a_name_in_apposition_to_a_title_says_who_speaks_not_the_last_holder_of_the_title(nlp):
    text = ("Italy's finance minister, Giancarlo Giorgetti, called the plan reckless. The Spanish economy "
            "minister, Carlos Cuerpo, told reporters that Madrid would back it.")
    first, second = quotes(nlp, text)
    assert (first.speaker.text, second.speaker.text) == (
        "Italy's finance minister, Giancarlo Giorgetti", "The Spanish economy minister, Carlos Cuerpo")
    assert first.speaker.actor != second.speaker.actor
    assert second.date == "2024-03-15"


def test_a_reaction_within_hours_and_the_reports_after_it_take_the_day_the_paragraph_told(nlp):
    text = ("Steel tariffs took effect on Wednesday. Within hours, the European Commission said it would answer "
            "with duties of its own. Ottawa's trade minister called the tariffs a mistake.")
    assert [(q.text, q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("it would answer with duties of its own", "the European Commission", "2024-03-13"),
        ("the tariffs a mistake", "Ottawa's trade minister", "2024-03-13")]


def test_without_a_phrase_of_reaction_a_speaker_outside_the_told_day_keeps_the_published_day(nlp):
    text = ("Steel tariffs took effect on Wednesday. The European Commission said it would answer "
            "with duties of its own.")
    assert quote(nlp, text, "it would answer").date == "2024-03-15"


def test_in_a_q_and_a_transcript_i_in_an_answer_is_the_one_the_heading_introduces(nlp):
    text = ("Interview with Foreign Minister Annalena Baerbock\n\n"
            "Q: Will Germany send more air defence to Kyiv?\n\n"
            "A: We are working on a package right now, and I expect to announce it soon.\n\n"
            "Q: And the Taurus missiles?\n\n"
            "A: I told my colleagues that this decision has not been taken.")
    assert [(q.text, q.speaker.text, q.speaker.actor) for q in quotes(nlp, text)] == [
        ("to announce it soon", "I", "annalena-baerbock"),
        ("that this decision has not been taken", "I", "annalena-baerbock")]


def test_a_clause_joined_after_an_as_report_is_the_reporters_not_the_first_speakers(nlp):
    text = ("On Friday, the army said it had retaken the palace in the capital, and as the BBC reported on "
            "Saturday, soldiers were filmed celebrating in its grounds.")
    assert [(q.text, q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("it had retaken the palace in the capital", "the army", "2024-03-15"),
        ("soldiers were filmed celebrating in its grounds", "the BBC", "2024-03-09")]


def test_the_day_a_speaker_was_told_to_speak_on_outweighs_the_leads_day(nlp):
    text = ("When the flood reached the valley on Monday, March 4, Tomas Brandt was asleep in the farmhouse his "
            "grandfather had built, and the water was already at the second step of the stairs.\n\n"
            "The county opened two shelters that night.\n\n"
            "Brandt, back at the farm on Thursday, said the barn was gone. \"We will rebuild it,\" he said.")
    assert [(q.text, q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("the barn was gone", "Brandt", "2024-03-14"), ("We will rebuild it", "he", "2024-03-14")]


@pytest.mark.parametrize("text, content, date", [
    ("On Tuesday the coach opened the press conference by telling reporters that the season was over.",
     "that the season was over", "2024-03-12"),
    ("The minister resigned on 4 March, saying that the plan could not work.", "that the plan could not work",
     "2024-03-04"),
    # a span is no day: the published day
    ("The union has been striking since January, saying that wages are too low.", "that wages are too low",
     "2024-03-15"),
])
def test_a_participle_of_saying_shares_the_day_of_the_act_it_is_the_means_of(nlp, text, content, date):
    q = quote(nlp, text, content)
    assert (q.text, q.date) == (content, date)


@pytest.mark.parametrize("text, speaker", [
    # a quotation the subject preaches on, not one whose author speaks in the sentence
    ("Mayor Tom Cole welcomed the pilgrims on Saturday. Bishop Marcus Hale celebrated Mass in the cathedral on Sunday, preaching on the Gospel of Luke: “Be merciful, "
     "just as your Father is merciful” (Luke 6:36). He said the diocese would open a shelter.", "Marcus Hale"),
    # a list of guests is no one person; a subject that is his is about him
    ("Governor Paul Reyes opened the new bridge on Monday. Among the guests were Senator Ruth Lane, Mayor Tom Ortiz "
     "and Judge Omar Bell. His speech was short. He said the bridge would cut commutes by half.", "Paul Reyes"),
])
def test_he_is_the_person_the_sentences_before_are_about(nlp, text, speaker):
    doc = nlp(text, published="2024-03-15")
    said = [q for q in doc.quotes if q.speaker is not None and q.speaker.text == "He"]
    assert len(said) == 1 and {a.id: a.name for a in doc.actors}[said[0].speaker.actor] == speaker


def test_the_noun_of_the_last_speaker_repeated_with_the_is_that_speaker(nlp):
    text = ("The Israeli army closed the crossing at dawn. "
            "In a statement on Monday, a Coastal Relief Alliance spokesperson said the convoy had arrived. "
            "The spokesperson added that more trucks were coming.")
    first, second = quotes(nlp, text)
    assert (second.text, second.speaker.text) == ("that more trucks were coming", "The spokesperson")
    assert second.speaker.actor == first.speaker.actor is not None and second.date == first.date == "2024-03-11"


def test_a_report_joined_to_a_dated_report_is_of_that_day(nlp):
    text = ("The health office said on Tuesday that it had counted 40 cases so far and that the real number was "
            "higher, and Anna Berg called for more testing.")
    assert [(q.text, q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("that it had counted 40 cases so far and that the real number was higher", "The health office", "2024-03-12"),
        ("more testing", "Anna Berg", "2024-03-12")]


def test_he_after_an_unnamed_person_quoted_has_no_actor(nlp):
    text = ("Colonel Dan Avrahami commands the northern brigade. A reserve officer who served at the border told the "
            "paper that no order was written. \"Nobody wrote it down,\" he said.")
    said = [q for q in quotes(nlp, text) if q.speaker is not None and q.speaker.text == "he"]
    assert len(said) == 1 and said[0].speaker.actor is None


def test_it_right_after_a_bodys_report_is_that_body_not_a_name_in_its_words(nlp):
    text = ("The Red Cross said on Monday that it had recorded at least 900 Palestinians killed near the crossings. "
            "Most, it said, were women and children.")
    first, second = quotes(nlp, text)
    assert (second.text, second.speaker.text, second.speaker.actor) == (
        "Most, it said, were women and children", "it", first.speaker.actor)


def test_a_student_named_with_a_class_year_speaks_not_the_body_in_the_apposition(nlp):
    doc = nlp("Priya K. Nair '27, a member of the Westbrook College Debating Union, said the vote should be repeated.",
              published="2024-03-15")
    [q] = doc.quotes
    assert q.speaker.text == "Priya K. Nair '27, a member of the Westbrook College Debating Union"
    assert {a.id: a.name for a in doc.actors}[q.speaker.actor] == "Priya K. Nair"


def test_a_cue_in_the_simple_past_is_said_on_the_day_the_lead_gives_its_event(nlp):
    text = ("By the time the clerk opened the chamber on Tuesday morning, farmers from three counties had filled "
            "the gallery for the water board's dispute over the new river permits for the coming summer.\n\n"
            "The board's lawyer, Ana Pires, told the panel that the permits were lawful. Judge Omar Haddad "
            "asked why the board had waited two years.")
    assert [(q.text, q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("that the permits were lawful", "The board's lawyer, Ana Pires", "2024-03-12"),
        ("why the board had waited two years", "Judge Omar Haddad", "2024-03-12")]


@pytest.mark.parametrize("text", [
    # a day that names a thing, not the lead's event
    "Tuesday's storm flooded the fields of farmers in three counties, whose quarrel with the water board over the "
    "new river permits must be settled before the summer comes and the growers draw from the river.",
    # the story has told of a later day since
    "The clerk opened the chamber on Tuesday morning for farmers from three counties who had come for the water "
    "board's dispute over the new river permits. Heavy rain fell across the valley again on Thursday.",
])
def test_without_a_lead_event_still_current_a_cue_keeps_the_published_day(nlp, text):
    text += "\n\nThe board's lawyer, Ana Pires, told the panel that the permits were lawful."
    assert quote(nlp, text, "the permits were lawful").date == "2024-03-15"


@pytest.mark.parametrize("text, content, date", [
    ("The growers' brief, filed in January on behalf of four counties, argues that the permits are unlawful.",
     "that the permits are unlawful", "2024-01"),
    ("The study's results, published in a medical journal in May 2019, showed that the drug halved the deaths.",
     "that the drug halved the deaths", "2019-05"),
])
def test_a_court_filing_or_published_result_speaks_on_the_day_it_came_out(nlp, text, content, date):
    assert quote(nlp, text, content).date == date


@pytest.mark.parametrize("text, content", [
    ("The rabbi opened the service with Psalm 121:1: “I lift up my eyes to the hills.”",
     "I lift up my eyes to the hills."),
    ("Quoting Romans 12:15, the pastor said: “Rejoice with those who rejoice, weep with those who weep.”",
     "Rejoice with those who rejoice, weep with those who weep."),
])
def test_words_a_colon_opens_after_a_scripture_reference_are_the_verse(nlp, text, content):
    q = quote(nlp, text, content)
    assert q.text == content and q.speaker is None and q.date is None


def test_a_document_named_again_with_the_speaks_on_the_date_given_before(nlp):
    text = ("In its reply brief, filed in February, the water board argued that the permits were lawful. "
            "The brief warned that a ruling against the board would leave the farms dry.")
    assert [(q.speaker.text, q.date) for q in quotes(nlp, text)] == [
        ("the water board", "2024-02"), ("The brief", "2024-02")]


def test_of_two_time_phrases_in_apposition_the_one_with_a_number_dates_the_words(nlp):
    text = ("The next morning, Tuesday 5 March, Governor Maria Lopez opened the session in the town hall, beginning "
            "in English before speaking in Spanish on the harbour: “The sea is rising faster than our walls.”")
    assert quote(nlp, text, "The sea is rising").date == "2024-03-05"


HARBOURLINE_LEAD = ("Harbourline told investors on Wednesday that it expects sales of about $2 billion this year, a "
                    "forecast that leaves out its troubled European arm. The shares fell about 4 percent in late "
                    "trading.\n\n")


def test_words_on_the_call_the_lead_dates_are_said_that_day(nlp):
    text = (HARBOURLINE_LEAD +
            "On the call, the chief financial officer, Maria Okafor, said the company had paid off its debt. "
            "She said the dividend would rise.\n\n"
            "Okafor ended the call by saying that the new plant would open in May.")
    assert [(q.text, q.date) for q in quotes(nlp, text)][1:] == [
        ("the company had paid off its debt", "2024-03-13"), ("the dividend would rise", "2024-03-13"),
        ("that the new plant would open in May", "2024-03-13")]


def test_a_gathering_dated_once_dates_what_is_said_there_later(nlp):
    text = ("At the vigil on Monday night, more than 300 people by the organisers' count, Rabbi David Cohen "
            "spoke for ten minutes. “We waited a long time,” he said.\n\n"
            "Ruth Adler, 70, who has not missed a Thursday vigil since 2023, stood at the back. "
            "“I kept a list on the fridge,” she said.\n\n"
            "Simon Levy, who chairs the vigil committee, said on Monday night that the committee had raised £5,000. "
            "Aaron Stein, 34, said he was glad beyond words.")
    found = {q.text: q for q in quotes(nlp, text)}
    assert found["We waited a long time"].speaker.text == "he"
    assert [found[k].date for k in ("We waited a long time", "I kept a list on the fridge",
                                    "he was glad beyond words")] == ["2024-03-11"] * 3


def test_the_rabbi_nearest_the_verb_is_who_he_stands_for(nlp):
    text = ("President Joe Biden told reporters that the talks were over. Hours later he flew to Cairo.\n\n"
            "At the vigil on Monday night, more than 300 people by the organisers' count, Rabbi David Cohen "
            "spoke for ten minutes. “We waited a long time,” he said.")
    document = nlp(text, published="2024-03-15")
    q = next(q for q in document.quotes if q.text == "We waited a long time")
    assert q.speaker.text == "he" and next(a.name for a in document.actors if a.id == q.speaker.actor) == "David Cohen"


@pytest.mark.parametrize("text, content, date", [
    ("The Department of Transport's green paper, published on 4 March, said the fares would fall.",
     "the fares would fall", "2024-03-04"),
    ("The bank's note, published on Wednesday night, said the forecast was too cautious.",
     "the forecast was too cautious", "2024-03-13"),
])
def test_a_paper_or_note_published_on_a_day_speaks_on_it(nlp, text, content, date):
    assert quote(nlp, text, content).date == date


def test_a_year_naming_a_group_does_not_date_the_words(nlp):
    text = "One councillor from the 2022 intake said the vote had left her ashamed."
    assert quote(nlp, text, "the vote had left her ashamed").date == "2024-03-15"


def test_the_one_who_asks_is_the_agent_of_asked(nlp):
    text = (HARBOURLINE_LEAD +
            "Tom Reyes, the chief executive, spent most of his time on the call on the new plant. Asked by Priya "
            "Nair of Halden Securities whether sales could still grow, Reyes said that they could.")
    q = quote(nlp, text, "whether sales could still grow")
    assert q.speaker.text == "Priya Nair of Halden Securities" and q.date == "2024-03-13"


def test_he_after_a_country_and_no_person_stands_for_no_actor(nlp):
    text = ("France voted for the motion on Tuesday. A deputy in a northern seat was blunter. "
            "“They are angry up here,” he said.")
    q = quote(nlp, text, "They are angry up here")
    assert q.speaker.text == "he" and q.speaker.actor is None


def test_he_after_an_unnamed_negotiator_speaks_as_the_negotiator_not_as_a_state_named_before(nlp):
    text = ("Colombia's delegation objected from the floor.\n\n"
            "A senior European negotiator said the European Union had accepted the text with its eyes open. "
            "“Nobody in our delegation will call this a success,” he said.")
    document = nlp(text, published="2024-03-15")
    first, second = [q for q in document.quotes if q.text.startswith(("the European Union", "Nobody"))]
    assert second.speaker.text == "he" and second.speaker.actor == first.speaker.actor is None


@pytest.mark.parametrize("text, content, date", [
    ("WARSAW — Hundreds of people gathered outside St Anne's Church in Katowice on Sunday evening to remember "
     "the miners who died in the blast at the Wujek pit last month.\n\n"
     "Father Jan Nowak, who has served the parish for twenty years, told the congregation that the town would "
     "rebuild.", "the town would rebuild", "2024-03-10"),
    ("WARSAW — Hundreds of people gathered outside St Anne's Church in Katowice on Sunday evening to remember "
     "the miners who died in the blast at the Wujek pit last month.\n\n"
     "“We will not forget them,” Father Jan Nowak told the crowd. “Not this year, and not ever.”",
     "We will not forget them", "2024-03-10"),
    ("KATOWICE — Hundreds of mourners gathered in the town's main square on Sunday evening to remember the "
     "eleven miners who died in the blast at the Wujek pit last month.\n\n"
     "Father Jan Nowak asked the crowd to pray for the families.", "the crowd to pray", "2024-03-10"),
])
def test_words_told_to_the_gathering_take_its_day(nlp, text, content, date):
    assert quote(nlp, text, content).date == date


def test_the_leads_day_is_the_date_set_beside_its_weekday_and_never_after_the_paper(nlp):
    text = ("KATOWICE — Ten years to the day after the Wujek pit closed, some 400 former miners filled the "
            "town's sports hall on Wednesday evening, March 6, and stood in silence for a minute.\n\n"
            "Jan Nowak, the union's last chairman, told the audience that the town had been forgotten.")
    assert quote(nlp, text, "the town had been forgotten", published="2024-03-14").date == "2024-03-06"


def test_a_setting_after_the_quoted_words_is_the_cues_and_dates_them(nlp):
    text = ("The transport minister said the new line was “years behind” at a news conference on Monday, as "
            "commuters waited for a fourth day. Later she told reporters the budget would hold.")
    first = quote(nlp, text, "years behind")
    assert first.text == "the new line was “years behind”" and first.date == "2024-03-11"
    assert quote(nlp, text, "the budget would hold").date == "2024-03-11"


def test_a_setting_inside_an_unmarked_report_stays_in_it(nlp):
    text = "The minister said she had met the mayor at a news conference on Monday."
    q = quote(nlp, text, "she had met the mayor")
    assert q.text == "she had met the mayor at a news conference on Monday" and q.date == "2024-03-15"


def test_an_audience_takes_the_day_of_the_gathering_before_it_not_the_leads(nlp):
    text = ("LEICESTER — The first pilgrims from the city flew home from Jeddah on Monday, tired and sunburnt, after "
            "a Hajj season the Saudi authorities called calm despite the heat.\n\n"
            "On Wednesday evening about 300 people gathered at the Central Mosque to hear Imam Yusuf Patel.\n\n"
            "He told the audience that the journey was only the start of the work.")
    assert quote(nlp, text, "was only the start of the work").date == "2024-03-13"


def test_a_relative_named_by_a_person_takes_no_part_in_that_persons_lead(nlp):
    text = ("Maria Lund finished harvesting her last field of barley near Ystad, in the far south of Sweden, on "
            "March 4, a week before the storm flattened what was left of the crop across the valley.\n\n"
            "\"We were lucky, and we know it,\" said Lund's son, Erik, 31.")
    assert quote(nlp, text, "We were lucky").date == "2024-03-15"


def test_it_after_a_bodys_report_is_the_body_not_a_name_before_its_cue(nlp):
    text = ("Buckingham Palace said on Thursday that the Duke of Sussex had been asked to vacate his home in Windsor."
            "\n\nThe couple will leave Frogmore Cottage by the summer, the palace said.\n\n"
            "It said the King had approved the arrangement in January.")
    q = quote(nlp, text, "the King had approved")
    assert q.speaker.text == "It" and q.speaker.actor == "GBRGOV"


def test_a_view_in_ones_own_transcript_turn_is_no_quote(nlp):
    text = ("HOST: The governor lost her seat in Ohio by 300 votes, which I think surprised everyone.\n\n"
            "GUEST: I suspect the recount will change nothing. I remember you said on Monday that it would be close.\n\n"
            "HOST: I told the producers on Sunday that the count would run late.\n")
    found = quotes(nlp, text)
    assert not any("surprised everyone" in q.text or "the recount will change nothing" in q.text for q in found)
    close = quote(nlp, text, "it would be close")
    assert close.speaker.text == "you" and close.date == "2024-03-11"
    told = quote(nlp, text, "the count would run late")
    assert told.speaker.text == "I" and told.date == "2024-03-10"
