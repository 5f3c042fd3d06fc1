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


# -- reports set beside one another -------------------------------------------------------

@pytest.mark.parametrize("text, first, first_speaker, second, second_speaker", [
    ("Port officials say 300 containers were lost at sea, while the shipping line says 120 boxes went overboard.",
     "300 containers were lost at sea", "Port officials", "120 boxes went overboard", "the shipping line"),
    ("Farmers say the river has run dry; the water board says the reservoirs are half full.",
     "the river has run dry", "Farmers", "the reservoirs are half full", "the water board"),
    ("The ministry says 30 people were hurt in the blast, and the police said two suspects were held.",
     "30 people were hurt in the blast", "The ministry", "two suspects were held", "the police"),
])
def test_parallel_reports_keep_their_own_speakers(nlp, text, first, first_speaker, second, second_speaker):
    one, two = quote(nlp, text, first), quote(nlp, text, second)
    assert (one.text, one.speaker.text) == (first, first_speaker)
    assert (two.text, two.speaker.text) == (second, second_speaker)


def test_a_clause_joined_to_what_was_said_stays_in_it(nlp):
    text = "The mayor noted that the bridge will reopen in May, and that crews will continue repairs on the road."
    assert quote(nlp, text, "the bridge will reopen").text.endswith("continue repairs on the road")


def test_a_report_in_a_relative_clause_is_a_report_of_its_own(nlp):
    text = "The tribunal issued a summons for the former minister Karel Dvorak, whom prosecutors say he fled abroad."
    q = next(q for q in quotes(nlp, text) if q.text == "he fled abroad")
    assert q.speaker.text == "prosecutors"


# -- documents and clauses the narration does not date ------------------------------------------------

def test_a_document_with_no_published_date_is_dated_by_its_own_date_line(nlp):
    text = ("Statement of the Harbour Workers' Union\n\nIssued on 12 March 2024\n\n"
            "The union welcomes the settlement reached with the port authority after four weeks of talks, "
            "and its members say that the new shift rota is fair.")
    assert quote(nlp, text, "the new shift rota is fair", published=None).date == "2024-03-12"


def test_a_speaker_takes_part_in_a_scene_through_the_body_it_heads(nlp):
    text = ("On Tuesday the Constitutional Court struck down the election law. Presenting the judgment, "
            "the court's president, Maria Lindqvist, said the law breached the equality of votes.")
    assert quote(nlp, text, "breached the equality").date == "2024-03-12"


def test_a_cue_set_after_another_event_is_not_dated_by_the_narration(nlp):
    text = ("Governor Anna Berg visited the northern crossing on Tuesday. The visit came after "
            "Berg said the crossing was safe.")
    assert quote(nlp, text, "the crossing was safe").date == "2024-03-15"


def test_a_gerund_clause_holds_its_own_date(nlp):
    text = "The prosecutor accused the driver of being at the wheel on 2 March without a licence."
    assert quote(nlp, text, "the driver").date == "2024-03-15"


def test_in_a_debate_record_i_is_the_member_whose_turn_it_is(nlp):
    text = ("Priya Castell (Bath West) (LD): I urge the Minister to publish the ferry contract.\n\n"
            "Mr David Lammy: I can tell the House that the contract will be published on Friday. As I said "
            "last week, the ferry will run until March. The hon. Lady said a moment ago that the contract was "
            "cancelled without notice.")
    urged = quote(nlp, text, "the Minister to publish")
    assert urged.text == "the Minister to publish the ferry contract" and urged.speaker.text == "I"
    told = quote(nlp, text, "will be published on Friday")
    assert told.speaker.text == "I" and told.speaker.actor == "david-lammy"
    assert quote(nlp, text, "the ferry will run").speaker.actor == "david-lammy"
    answered = quote(nlp, text, "cancelled without notice")
    assert answered.speaker.text == "The hon. Lady" and answered.speaker.actor == urged.speaker.actor


def test_he_after_a_name_with_a_title_in_apposition_is_the_name(nlp):
    text = ("Lina Ortiz, the chief of staff to the President, told reporters on Monday that the visit was off. "
            "She said the trip would be moved to the spring.")
    first = quote(nlp, text, "the visit was off", published="2024-03-15")
    second = quote(nlp, text, "moved to the spring", published="2024-03-15")
    assert first.speaker.text.startswith("Lina Ortiz") and second.speaker.actor == first.speaker.actor


@pytest.mark.parametrize("text, content, source", [
    ("Marta Ilves studies ferries. In her view, the new timetable will strand island pupils.",
     "the new timetable will strand island pupils", "her"),
    ("In the view of the inspectors, the dam was never safe.", "the dam was never safe", "the inspectors"),
])
def test_in_someones_view_reports_the_clause(nlp, text, content, source):
    found = quote(nlp, text, content)
    assert found.text == content and found.speaker.text == source


def test_in_my_view_is_the_writers_own(nlp):
    assert quotes(nlp, "In my view, the new timetable will strand island pupils.") == []


@pytest.mark.parametrize("text, content, source", [
    ("“The ferry is gone. Nobody told us,” reads one post on a village forum, shared widely since Sunday.",
     "The ferry is gone. Nobody told us", "one post on a village forum"),
    ("“We will rebuild. We will not leave,” read the statement from the harbour board.",
     "We will rebuild. We will not leave", "the statement from the harbour board"),
])
def test_a_source_set_after_its_verb_and_a_quote_of_two_sentences_speaks(nlp, text, content, source):
    found = quote(nlp, text, content)
    assert found.direct and found.speaker.text == source


def test_a_participle_on_the_speaker_dates_the_saying(nlp):
    text = ("The count ran into Friday. Mara Velt, conceding defeat at the town hall early that morning, "
            "said the voters had spoken.")
    assert quote(nlp, text, "the voters had spoken", published="2024-07-06").date == "2024-07-05"


def test_a_name_the_tagger_missed_is_a_person_when_who_describes_it(nlp):
    text = ("Ines Varga, a demographer who has studied casualty counts, said the shift was routine. "
            "In her view, the totals had not changed.")
    first = quote(nlp, text, "the shift was routine", published="2024-05-14")
    second = quote(nlp, text, "the totals had not changed", published="2024-05-14")
    assert first.speaker.actor is not None and second.speaker.actor == first.speaker.actor


def test_a_time_clause_on_the_cue_dates_a_quote_joined_over_it(nlp):
    text = "“The question used to be how to get through,” he said when we met in Oslo in early May. “Now it is the cost.”"
    found = quote(nlp, text, "The question used to be", published="2024-06-28")
    assert "Now it is the cost" in found.text and found.date == "2024-05"


def test_which_after_a_dated_report_speaks_for_the_report_and_takes_its_date(nlp):
    text = "The fact-finding mission reached the same findings in its report of 6 August, which called for a ban on arms sales."
    found = quote(nlp, text, "a ban on arms sales", published="2024-09-05")
    assert found.speaker.text == "its report of 6 August, which" and found.date == "2024-08-06"


@pytest.mark.parametrize("text, content, source", [
    # a saying of the Prophet reported in the writer's words keeps its speaker though its collection follows
    ("The Prophet (peace be upon him) said that the believers are like one body (Sahih Muslim 2586).",
     "the believers are like one body", "The Prophet"),
    # a name the parser strands before a bracketed blessing still speaks
    ("In another hadith, narrated by Abu Dawud, the Prophet (peace be upon him) warned that a time would come "
     "when the nations would gather against the Muslims.", "a time would come", "the Prophet"),
])
def test_a_reported_hadith_keeps_the_prophet_as_speaker(nlp, text, content, source):
    found = quote(nlp, text, content, published="2024-08-23")
    assert found.speaker is not None and found.speaker.text.startswith(source)


def test_a_hadith_in_marks_after_the_prophet_said_has_no_speaker(nlp):
    text = ("The Prophet \ufdfa said, \u201cThe strong man is not the one who wrestles others down, but the one who "
            "controls himself when angry.\u201d The companions asked what anger was, and he answered that it was an "
            "ember in the heart.")
    document = nlp(text, published="2024-08-23")
    hadith = [q for q in document.quotes if q.text.startswith("The strong man")]
    assert len(hadith) == 1 and hadith[0].speaker is None and hadith[0].date is None
    (answer,) = [q for q in document.quotes if "ember" in q.text]
    assert answer.speaker.text == "he" and answer.speaker.actor is None and answer.date is None


@pytest.mark.parametrize("text, content, source", [
    ("The same ayah goes on to say that the right way has become clear from the wrong.",
     "the right way has become clear", "The same ayah"),
    ("The next ayah, Al-Baqarah: 257, reminds us that Allah is the ally of those who believe.",
     "Allah is the ally", "The next ayah, Al-Baqarah: 257"),
])
def test_a_verse_that_tells_in_indirect_speech_is_its_speaker(nlp, text, content, source):
    found = quote(nlp, text, content, published="2024-08-23")
    assert found.speaker.text == source and found.speaker.actor is None and found.date is None


def test_a_lord_of_the_house_is_no_figure_of_scripture(nlp):
    text = "Lord Cameron said, \u201cWe will keep the pressure on Iran until the drones stop.\u201d"
    found = quote(nlp, text, "We will keep the pressure", published="2024-04-16")
    assert found.speaker is not None and found.speaker.text == "Lord Cameron"


def test_a_verse_in_marks_before_its_reference_still_has_no_speaker(nlp):
    text = "And James asks what good it is to wish the hungry well “and yet not supply their bodily needs” (James 2:16)."
    assert quote(nlp, text, "bodily needs", published="2024-06-20").speaker is None


@pytest.mark.parametrize("text", [
    "We call on both parties to open the crossings, and we stand ready to support any credible investigation.",
    "A voyage around the Cape of Good Hope adds about 3,500 nautical miles.",
])
def test_the_writers_stance_and_a_figure_added_are_no_quotes(nlp, text):
    assert quotes(nlp, text) == []


def test_what_the_writer_is_told_is_still_a_report(nlp):
    found = quote(nlp, "The ferry talks will resume, we are told, after the storm.", "The ferry talks will resume")
    assert found.speaker is None


INTERVIEW = """A captain on the Red Sea

Captain Tomas Ekdahl has crossed the strait more than 200 times. Ekdahl told me in June that most owners had stopped asking.

What does a master think about as the ship approaches the strait?

Everything. I tell every crew that the first hour after the alarm decides everything.

Why do owners still sail the route?

Money. I warned my last company that the premiums would double.

Would you take a ship through today?

With an escort, yes. I told the owners that I would go with the right crew.
"""


def test_in_a_printed_interview_i_in_an_answer_is_the_one_interviewed(nlp):
    doc = nlp(INTERVIEW, published="2024-06-28")
    told = [q for q in doc.quotes if q.speaker is not None and q.speaker.text == "Ekdahl"]
    answers = [q for q in doc.quotes if q.speaker is not None and q.speaker.text == "I"]
    assert told and len(answers) == 3 and all(q.speaker.actor == told[0].speaker.actor for q in answers)


def test_a_clause_hung_before_a_cue_that_takes_that_is_not_its_content(nlp):
    text = ("We are alarmed by the raids on the valley since 3 May, the day a local commander, Idris Malo, "
            "announced that he had joined the army.")
    found = quote(nlp, text, "he had joined the army", published="2024-05-10")
    assert found.text == "that he had joined the army" and found.speaker.text.endswith("Idris Malo")


# -- an inventory of how news copy attributes words (session 12): who, and on what day ------------------------

INVENTORY_DAY = "2024-08-21"  # a Wednesday


@pytest.mark.parametrize("text, content, speaker, actor, date", [
    # the speaker after, before and inside the quote
    ("\"We will not be intimidated,\" Prime Minister Keir Starmer said on Sunday.", "We will not be intimidated",
     "Prime Minister Keir Starmer", "keir-starmer", "2024-08-18"),
    ("Keir Starmer said on Sunday: \"We will not be intimidated.\"", "We will not be intimidated",
     "Keir Starmer", "keir-starmer", "2024-08-18"),
    ("\"We will not be intimidated,\" Starmer said on Sunday, \"and we will not back down.\"",
     "we will not back down", "Starmer", "keir-starmer", "2024-08-18"),
    ("\"It is over,\" said Olaf Scholz on Monday.", "It is over", "Olaf Scholz", "olaf-scholz", "2024-08-19"),
    # titles and appositions
    ("Matthew Miller, the State Department spokesman, said on Tuesday that the proposal was still on the table.",
     "the proposal was still on the table", "Matthew Miller, the State Department spokesman", "matthew-miller",
     "2024-08-20"),
    ("The army's chief spokesman, Rear Admiral Daniel Hagari, said the tunnel ran under the crossing.",
     "the tunnel ran under the crossing", "The army's chief spokesman, Rear Admiral Daniel Hagari",
     "daniel-hagari", INVENTORY_DAY),
    # the same speaker going on
    ("John Kirby told reporters on Tuesday that the United States had no part in the strike. "
     "\"We were not involved,\" he added.", "We were not involved", "he", "john-kirby", "2024-08-20"),
    ("Matthew Miller said on Tuesday the talks were at a critical stage. "
     "\"Both sides have to close the gaps,\" the spokesman added.", "Both sides have to close the gaps",
     "the spokesman", "matthew-miller", "2024-08-20"),
    # posts and addresses
    ("Volodymyr Zelensky wrote on X on Monday that the operation had met its goals.",
     "the operation had met its goals", "Volodymyr Zelensky", "volodymyr-zelenskyy", "2024-08-19"),
    ("Dmitry Medvedev wrote on Telegram that Russia would answer the incursion.",
     "Russia would answer the incursion", "Dmitry Medvedev", "dmitry-medvedev", INVENTORY_DAY),
    ("Recep Tayyip Erdogan posted on X on Sunday that Turkey would not stay silent.",
     "Turkey would not stay silent", "Recep Tayyip Erdogan", "recep-tayyip-erdogan", "2024-08-18"),
    ("In a televised address on Saturday, Hassan Nasrallah said the group would retaliate.",
     "the group would retaliate", "Hassan Nasrallah", "hassan-nasrallah", "2024-08-17"),
    # indirect speech after verbs of saying, warning, denying; an office
    ("Sergei Lavrov warned on Monday that the West was playing with fire.", "the West was playing with fire",
     "Sergei Lavrov", "sergei-lavrov", "2024-08-19"),
    ("The Kremlin denied that its forces had struck the hospital.", "its forces had struck the hospital",
     "The Kremlin", "RUSGOV", INVENTORY_DAY),
    ("Netanyahu's office said in a statement on Tuesday that the delegation would leave for Cairo.",
     "the delegation would leave for Cairo", "Netanyahu's office", "benjamin-netanyahu", "2024-08-20"),
    ("Antony Blinken told reporters in Doha on Tuesday that the proposal was the best chance for a deal.",
     "the proposal was the best chance", "Antony Blinken", "antony-blinken", "2024-08-20"),
    # a date in the cue's phrase
    ("António Guterres said in remarks on 20 August that the situation in Gaza was intolerable.",
     "the situation in Gaza was intolerable", "António Guterres", "antonio-guterres", "2024-08-20"),
    # anonymous sources
    ("A senior Israeli official, who asked not to be named, said the army would stay in the corridor.",
     "the army would stay in the corridor", "A senior Israeli official, who asked not to be named", "ISR",
     INVENTORY_DAY),
    # a partly quoted sentence
    ("Antony Blinken said on Monday that the proposal was \"maybe the last opportunity\" to bring the hostages "
     "home.", "maybe the last opportunity", "Antony Blinken", "antony-blinken", "2024-08-19"),
    # 'according to' a person, and a speaker quoted by an outlet
    ("According to Daniel Hagari, the tunnel ran for 1.5 kilometres under the border.",
     "the tunnel ran for 1.5 kilometres", "Daniel Hagari", "daniel-hagari", INVENTORY_DAY),
    ("Khalil al-Hayya, quoted by Al Jazeera on Monday, said the group had accepted the proposal.",
     "the group had accepted the proposal", "Khalil al-Hayya", "khalil-al-hayya", "2024-08-19"),
    # a speaker named with age and home
    ("Umm Mohammed, 52, a mother of six from Khan Younis, said her family had moved five times.",
     "her family had moved five times", "Umm Mohammed, 52, a mother of six from Khan Younis", "a1",
     INVENTORY_DAY),
    # an interview given to an outlet, a resident named after a description
    ("\"We are not going anywhere,\" a resident of Rafah, Ahmed Abu Taha, told Reuters on Sunday.",
     "We are not going anywhere", "a resident of Rafah, Ahmed Abu Taha", "a1", "2024-08-18"),
    ("\"The crossing stays closed,\" said Egypt's foreign minister, Badr Abdelatty, on Monday.",
     "The crossing stays closed", "Egypt's foreign minister, Badr Abdelatty", "badr-abdelatty", "2024-08-19"),
    # a scene the sentence before set, and 'yesterday'
    ("On Sunday, Antony Blinken met Benjamin Netanyahu in Jerusalem. He told reporters afterwards that Israel had "
     "accepted the bridging proposal.", "Israel had accepted the bridging proposal", "He", "antony-blinken",
     "2024-08-18"),
    ("Antony Blinken said yesterday that a deal was within reach.", "a deal was within reach", "Antony Blinken",
     "antony-blinken", "2024-08-20"),
    # a participle phrase that sets the scene, and remarks broadcast on a day
    ("Speaking at a rally in Michigan on Saturday, Kamala Harris said the war had to end.", "the war had to end",
     "Kamala Harris", "kamala-harris", "2024-08-17"),
    ("In remarks broadcast on state television on Thursday, Ali Khamenei said Iran would not retreat.",
     "Iran would not retreat", "Ali Khamenei", "ali-khamenei", "2024-08-15"),
    ("The Houthis' military spokesman, Yahya Saree, said in a televised statement on Monday that the group had "
     "targeted a tanker.", "the group had targeted a tanker", "The Houthis' military spokesman, Yahya Saree",
     "yahya-saree", "2024-08-19"),
    # quoted as saying; a spokesman at a briefing; 'adding that'
    ("Dmitry Peskov was quoted as saying on Friday that Moscow saw no basis for talks.",
     "Moscow saw no basis for talks", "Dmitry Peskov", "dmitry-peskov", "2024-08-16"),
    ("Kremlin spokesman Dmitry Peskov told a regular briefing on Tuesday that the incursion changed nothing.",
     "the incursion changed nothing", "Kremlin spokesman Dmitry Peskov", "dmitry-peskov", "2024-08-20"),
    ("John Kirby said on Tuesday that the strike was defensive, adding that Washington had not been warned.",
     "Washington had not been warned", "John Kirby", "john-kirby", "2024-08-20"),
    # present tense: said on the day of writing
    ("The Pentagon says US forces destroyed more than 80 drones.", "US forces destroyed more than 80 drones",
     "The Pentagon", "USAMIL", INVENTORY_DAY),
    # a body named before, then its description; a title after the name
    ("UNRWA closed two more schools on Monday. The agency said on Tuesday that it had run out of fuel.",
     "it had run out of fuel", "The agency", "unrwa", "2024-08-20"),
    ("Badr Abdelatty met his Qatari counterpart in Cairo on Monday. The minister told reporters that the gaps "
     "were narrowing.", "the gaps were narrowing", "The minister", "badr-abdelatty", "2024-08-19"),
    # a speaker named in the paragraph before goes on in the next
    ("Kamala Harris spoke in Philadelphia on Tuesday.\n\n\"We are not going back,\" she said.",
     "We are not going back", "she", "kamala-harris", "2024-08-20"),
    # an anonymous source with its reason, and a source set after 'according to'
    ("The ceasefire proposal has stalled, according to two officials briefed on the talks.",
     "The ceasefire proposal has stalled", "two officials briefed on the talks", None, INVENTORY_DAY),
    # a participle set off after the subject: the one asked speaks in the main clause
    ("John Kirby, asked on Tuesday whether a deal was close, said the gaps were narrowing.",
     "the gaps were narrowing", "John Kirby", "john-kirby", "2024-08-20"),
    # an outlet set off by a 'citing' phrase: the outlet reports
    ("The Times of Israel, citing unnamed officials, reported on Monday that the cabinet would meet.",
     "the cabinet would meet", "The Times of Israel", "times-of-israel", "2024-08-19"),
    # a readout: the title written with the principal's name, not the guest's office, and 'he' after it
    ("Secretary Blinken spoke today with Egyptian Foreign Minister Badr Abdelatty. The Secretary underscored that a "
     "ceasefire would bring the hostages home. He also stressed the need to surge aid.",
     "the need to surge aid", "He", "antony-blinken", INVENTORY_DAY),
    ("Secretary Blinken spoke today with Egyptian Foreign Minister Badr Abdelatty. The Secretary underscored that a "
     "ceasefire would bring the hostages home.", "a ceasefire would bring the hostages home", "The Secretary",
     "antony-blinken", INVENTORY_DAY),
    # a speech dated in the cue's phrase, a past the writer sums up
    ("Hassan Nasrallah warned in a speech on 1 August that the response would come \"at the right time.\"",
     "the response would come", "Hassan Nasrallah", "hassan-nasrallah", "2024-08-01"),
    ("As Keir Starmer put it last week, \"This is a moment for calm.\"", "This is a moment for calm",
     "Keir Starmer", "keir-starmer", "2024-W33"),
])
def test_attribution_inventory(nlp, text, content, speaker, actor, date):
    q = quote(nlp, text, content, INVENTORY_DAY)
    assert (q.speaker.text if q.speaker else None, q.speaker.actor if q.speaker else None, q.date) == \
        (speaker, actor, date)


def test_a_quote_over_two_paragraphs_reopened_is_one(nlp):
    text = ("\"The crossing must open today,\" António Guterres said on Monday. \"Every hour costs lives.\n\n"
            "\"The world is watching.\"")
    found = quotes(nlp, text, INVENTORY_DAY)
    assert [(q.speaker.actor, q.date) for q in found] == [("antonio-guterres", "2024-08-19")]


def test_a_quote_nested_in_a_quote_is_the_outer_speakers(nlp):
    text = "\"He told us, 'Leave now,' and then the shelling started,\" said Umm Mohammed on Sunday."
    (q,) = quotes(nlp, text, INVENTORY_DAY)
    assert (q.speaker.text, q.date) == ("Umm Mohammed", "2024-08-18")


def test_last_week_dates_a_quote_by_its_week(nlp):
    q = quote(nlp, "Last week, António Guterres said the situation was intolerable.", "the situation was intolerable",
              INVENTORY_DAY)
    assert (q.speaker.actor, q.date) == ("antonio-guterres", "2024-W33")


@pytest.mark.parametrize("text", [
    # scare quotes, a work's title, an operation's name
    "Israel struck the so-called \"humanitarian zone\" in al-Mawasi again on Tuesday.",
    "The documentary \"No Other Land\" won the award in Berlin in February.",
    "Operation \"Northern Arrows\" ended on Tuesday, and the troops went home.",
    "The report, titled \"Nowhere Safe\", runs to 96 pages.",
    "The offensive, dubbed \"Iron Wall\", began on Monday.",
    "The hashtag \"#AllEyesOnRafah\" spread across social media in May.",
    "The word \"genocide\" appears nowhere in the text.",
    # a dateline with an outlet is no source of words
    "KYIV, Aug 21 (Reuters) - The bridge was closed to traffic.",
])
def test_no_attribution_in_the_inventory(nlp, text):
    assert quotes(nlp, text, INVENTORY_DAY) == []


# -- a page of quotes: each signed on the line below with a dash -------------------------------

PAGE = ("“The eyes of the world now look into space, to the Moon and to the planets beyond.”\n"
        "— John F. Kennedy, at Rice University in Houston on Wednesday\n\n"
        "“We set sail on this new sea because there is new knowledge to be gained.”\n"
        "— Kennedy, later in the same speech, announcing the plan to reach the Moon in this decade. "
        "He closed with a line he wrote himself: “Well, space is there, and we're going to climb it.”\n\n"
        "“The rocket will fly before the end of the year, and the crew is ready for it.”\n"
        "— Wernher von Braun, to reporters at Huntsville\n")


@pytest.mark.parametrize("words, signer", [
    ("The eyes of the world", "John F. Kennedy"),       # the day the line names
    ("We set sail", "Kennedy"),                         # 'later in the same speech': the day signed before
    ("The rocket will fly", "Wernher von Braun"),       # no day at all: the day signed before
])
def test_a_quote_signed_below_with_a_dash_is_the_signers_and_of_the_day_signed(nlp, words, signer):
    q = quote(nlp, PAGE, words, published="1962-09-14")
    assert (q.speaker.text, q.cue.text, q.date) == (signer, "—", "1962-09-12")


def test_words_reported_later_on_a_signature_line_are_the_signers_and_of_its_day(nlp):
    q = quote(nlp, PAGE, "space is there", published="1962-09-14")
    assert q.speaker.text == "he" and q.speaker.actor == quote(nlp, PAGE, "We set sail", published="1962-09-14").speaker.actor
    assert q.date == "1962-09-12"


def test_a_verb_of_saying_in_the_signature_reports_nothing(nlp):
    assert not [q for q in quotes(nlp, PAGE, published="1962-09-14") if q.text.startswith("the plan to reach")]


def test_a_line_opened_by_a_hyphen_signs_nothing(nlp):
    text = "“The rocket will fly before the end of the year,” the engineer said.\n- 1962: the year of the speech\n"
    q = quote(nlp, text, "The rocket will fly", published="1962-09-14")
    assert q.speaker.text == "the engineer" and q.cue.text == "said"


# -- scripture read aloud is no one's words -----------------------------------------------------

def test_a_verse_quoted_right_after_its_reference_has_no_speaker(nlp):
    text = ("At the funeral in Charleston on Saturday, the Rev. Norvel Goff read from Isaiah 40:31, "
            "“They shall mount up with wings as eagles; they shall run, and not be weary.”")
    q = quote(nlp, text, "mount up with wings", published="2015-06-22")
    assert q.speaker is None and q.date is None


def test_a_verse_opening_the_sentence_after_its_reading_has_no_speaker(nlp):
    text = ("Archbishop Justin Welby read from Psalm 46:1 at the vigil in Canterbury on Sunday. "
            "“God is our refuge and strength, a very present help in trouble.” "
            "He told mourners that the city would grieve together.")
    q = quote(nlp, text, "God is our refuge", published="2024-06-18")
    assert q.speaker is None and q.date is None
    q = quote(nlp, text, "the city would grieve", published="2024-06-18")
    assert q.speaker.text == "He" and q.date == "2024-06-16"


def test_words_after_a_reference_and_more_of_the_speakers_own_are_the_speakers(nlp):
    text = ("Archbishop Justin Welby cited Psalm 46:1 on Sunday and told mourners that "
            "“this city will not be moved by hatred.”")
    q = quote(nlp, text, "this city will not be moved", published="2024-06-18")
    assert q.speaker is not None and "Welby" in q.speaker.text


# -- a speaker named again ----------------------------------------------------------------------

@pytest.mark.parametrize("between, day", [
    ("", "2023-10-22"),                                                             # the next paragraph: Sunday
    ("Aid lorries waited at the Rafah crossing.\n\nThe United Nations appealed for fuel.\n\n", "2023-10-25"),
])
def test_a_speaker_named_again_nearby_keeps_the_day_told_before_and_further_on_the_papers(nlp, between, day):
    text = ("Pope Francis said on Sunday that the fighting in Gaza must end.\n\n" + between
            + "“Stop, please stop,” Pope Francis said in a message to pilgrims in St Peter's Square.")
    assert quote(nlp, text, "Stop, please stop", published="2023-10-25").date == day


def test_the_president_is_the_one_holder_named_in_the_paragraph_before(nlp):
    text = ("President Joe Biden said on Monday that the United States would send more air defence systems.\n\n"
            "In Kyiv, President Volodymyr Zelensky said on Tuesday that the systems would protect power plants.\n\n"
            "“Every system saves lives,” the President said.")
    assert quote(nlp, text, "Every system saves lives", published="2024-07-10").speaker.actor == "volodymyr-zelenskyy"


def test_a_sermon_is_where_the_words_were_given(nlp):
    text = "Archbishop Justin Welby said in a sermon at Canterbury Cathedral on Sunday that the country must welcome refugees."
    q = quote(nlp, text, "must welcome refugees", published="2024-06-18")
    assert q.text == "that the country must welcome refugees" and q.date == "2024-06-16"


def test_a_caller_is_a_person_the_text_does_not_name(nlp):
    text = ("President Dina Boluarte visited Piura on Friday. A caller from Piura told the show that prices were rising. "
            "“We cannot afford bread,” she said.")
    q = quote(nlp, text, "We cannot afford bread", published="2024-06-18")
    assert q.speaker.text == "she" and q.speaker.actor is None


# -- people the text does not name, or names by a given name alone (round quotes29) ----------------

def test_she_after_a_person_a_who_clause_describes_is_that_unnamed_person(nlp):
    text = ("Bishop Mariann Budde preached at Washington National Cathedral on Tuesday. A solicitor who acts for two "
            "of the families told reporters that the inquiry had been too slow. \"That is the real scandal,\" she said.")
    q = quote(nlp, text, "That is the real scandal")
    assert (q.speaker.text, q.speaker.actor) == ("she", None)


def test_a_pronoun_in_the_sources_relative_clause_is_not_who_speaks(nlp):
    text = ("Mayor Karen Bass visited the shelter in Pasadena. A resident who lost her home in the Eaton fire said "
            "that she would rebuild.")
    q = quote(nlp, text, "that she would rebuild")
    assert (q.speaker.text, q.speaker.actor) == ("A resident who lost her home in the Eaton fire", None)


def test_a_name_in_the_sources_relative_clause_still_names_it(nlp):
    text = ("Lucía Carbajal opened the phone lines at noon. A caller who gave his name as Don Eusebio, 78, said the "
            "harvest had been poor. He said he would wait and see.")
    doc = nlp(text, published="2025-05-10")
    names = {a.id: a.name for a in doc.actors}
    [q] = [q for q in doc.quotes if q.text == "he would wait and see"]
    assert names[q.speaker.actor] == "Don Eusebio"


def test_he_after_the_writers_own_sentence_is_the_person_it_names(nlp):
    text = ("I put the readers' questions to the paper's editor, Katharine Viner. She said the paper stood by its "
            "report.")
    doc = nlp(text, published="2024-03-15")
    [q] = doc.quotes
    assert (q.text, q.speaker.text) == ("the paper stood by its report", "She")
    assert {a.id: a.name for a in doc.actors}[q.speaker.actor] == "Katharine Viner"


def test_a_given_name_with_a_noun_of_people_is_a_person_the_pronoun_then_stands_for(nlp):
    text = ("Luc, a flight attendant based in Montreal, said the strike had changed how he saw the job. "
            "\"I am proud of us,\" he said.")
    doc = nlp(text, published="2025-09-08")
    names = {a.id: (a.name, a.kind) for a in doc.actors}
    first, second = doc.quotes
    assert first.speaker.text == "Luc, a flight attendant based in Montreal"
    assert names[first.speaker.actor] == ("Luc", "person") and second.speaker.actor == first.speaker.actor


def test_a_request_told_inside_anothers_words_is_a_report_of_its_own(nlp):
    text = "The Rev. Mark Dorsey said his youth pastor had asked him on Saturday whether the church should cancel worship."
    outer, inner = quotes(nlp, text)
    assert outer.text.startswith("his youth pastor had asked him") and outer.speaker.text == "The Rev. Mark Dorsey"
    assert (inner.text, inner.speaker.text, inner.speaker.actor) == (
        "whether the church should cancel worship", "his youth pastor", None)


def test_an_order_told_inside_anothers_words_is_a_request_of_its_own(nlp):
    text = "Tyrone Mings said his physio had told him to rest for a week before the derby."
    outer, inner = quotes(nlp, text, published="2024-03-02")
    assert outer.text.startswith("his physio had told him") and outer.speaker.text == "Tyrone Mings"
    assert (inner.text, inner.speaker.text) == ("him to rest for a week before the derby", "his physio")


def test_a_statement_told_inside_anothers_words_stays_inside_them(nlp):
    [q] = quotes(nlp, "Tyrone Mings said his physio had told him that the scan was clear.", published="2024-03-02")
    assert q.text == "his physio had told him that the scan was clear"


def test_what_to_say_told_inside_anothers_words_is_no_request(nlp):
    [q] = quotes(nlp, "The anchor said RT's editors had never told the staff what to say on air.", published="2024-03-02")
    assert q.text == "RT's editors had never told the staff what to say on air"


def test_a_question_the_speaker_put_himself_stays_inside_his_words(nlp):
    [q] = quotes(nlp, "The Rev. Mark Dorsey said he had asked whether the church should cancel worship.")
    assert q.text == "he had asked whether the church should cancel worship"


def test_a_thing_asked_for_inside_anothers_words_is_no_report_of_its_own(nlp):
    text = "The dean said the senate had asked the administration for a written account of the night."
    [q] = quotes(nlp, text)
    assert q.text == "the senate had asked the administration for a written account of the night"


def test_he_passes_over_an_unnamed_person_her_own_phrase_calls_she(nlp):
    text = ("Pastor Ray Dalton read the closing prayer on Tuesday. A caller who lost her home in the flood said that "
            "she would stay. She asked us to pray for her town. Then he added, \"We will keep the lines open.\"")
    doc = nlp(text, published="2025-07-09")
    names = {a.id: a.name for a in doc.actors}
    caller, asked, added = doc.quotes
    assert caller.speaker.actor is None and asked.speaker.actor is None
    assert (added.speaker.text, names[added.speaker.actor]) == ("he", "Ray Dalton")


# -- a bare object of a deed or stance is no quote (eval/CONVENTIONS.md, quotes rule 1) ---------------------

@pytest.mark.parametrize("text", [
    "Senator Joe Manchin supported the change in a vote on Tuesday.",
    "Three Labour backbenchers opposed the change.",
    "The city council approved the budget on Monday evening.",
    "The Kenyan president welcomed the agreement at a ceremony in Nairobi.",
    "The President discussed the situation in Sudan.",
])
def test_a_deeds_bare_object_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    # a verb of saying: its object is the message
    ("China announced a 34 percent tariff on American goods on Friday.", "a 34 percent tariff on American goods"),
    # a clause, or a predicate on the object, says what was said
    ("The spokesman repeated the claim that the strike hit an arms depot.", "the strike hit an arms depot"),
    ("The health ministry put the death toll at 40,005.", "the death toll at 40,005"),
    ("West Darfur's governor accused the RSF of genocide.", "the RSF of genocide"),
    ("Senator Tim Kaine urged the allies to deliver more artillery shells.", "the allies to deliver more artillery shells"),
])
def test_an_object_of_saying_or_with_a_clause_or_predicate_stays_a_quote(nlp, text, content):
    assert content in quote(nlp, text, content).text
