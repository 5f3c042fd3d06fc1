"""A second inventory of speaker and date forms: UN meetings coverage, broadcast transcripts, debates
and written answers, letters and appeals, wire attribution and cited reports. Each sentence is written
for the test; the day of publication is Wednesday 31 January 2024."""

from __future__ import annotations

import pytest

DAY = "2024-01-31"  # a Wednesday


def _quote(nlp, text, content):
    """The one quote whose text contains `content`."""
    found = [q for q in nlp(text, published=DAY).quotes if content in q.text]
    assert len(found) == 1, [q.text for q in nlp(text, published=DAY).quotes]
    return found[0]


def _gap(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


MEETING = "The Security Council met on Tuesday to hear a briefing on the situation in Gaza. "
DEBATE = ("Mr Alan Brooke (Wyre Forest) (Con): Will the Minister confirm that the ferry contract will be "
          "renewed?\n\nThe Minister for Transport (Ms Jane Holt): ")

FORMS = [
    # (a) UN meetings coverage
    ("The representative of France said the Council could not stay silent while civilians starved.",
     "the Council could not stay silent", "The representative of France", "FRA", DAY),
    ("Speaking on behalf of the Group of Arab States, the representative of Jordan said that the siege must end.",
     "the siege must end", "the representative of Jordan", "JOR", DAY),
    ("The representative of Malta said the mission needed more funding. She added that the mandate should be "
     "renewed for a full year.", "the mandate should be renewed", "She", "MLT", DAY),
    ("At its meeting on 26 January, the representative of Egypt told the Committee that the crossing had "
     "stayed open.", "the crossing had stayed open", "the representative of Egypt", "EGY", "2024-01-26"),
    ("The Permanent Observer of the State of Palestine said that the vote had come too late.",
     "the vote had come too late", "The Permanent Observer of the State of Palestine", "PSE", DAY),
    ("Linda Thomas-Greenfield (United States) said the resolution would save lives.",
     "the resolution would save lives", "Linda Thomas-Greenfield (United States)", "linda-thomas-greenfield", DAY),
    ("Briefing the Council, Martin Griffiths said the humanitarian system was on its knees.",
     "the humanitarian system was on its knees", "Martin Griffiths", "martin-griffiths", DAY),
    ("Council members also heard a briefing by Martin Griffiths, who said that aid deliveries had fallen by half.",
     "aid deliveries had fallen by half", "Martin Griffiths, who", "martin-griffiths", DAY),
    ("Mr. Griffiths went on to say that the fuel would run out within days.",
     "the fuel would run out within days", "Mr. Griffiths", "martin-griffiths", DAY),
    ("The speaker for the Russian Federation, Vassily Nebenzia, said the draft ignored the root causes.",
     "the draft ignored the root causes", "The speaker for the Russian Federation, Vassily Nebenzia",
     "vassily-nebenzia", DAY),
    ("In the ensuing debate, the representative of China stressed that a ceasefire was the only way forward.",
     "a ceasefire was the only way forward", "the representative of China", "CHN", DAY),
    ("The delegate of Algeria, whose country had drafted the text, said the vote was a test of credibility.",
     "the vote was a test of credibility", "The delegate of Algeria, whose country had drafted the text",
     "DZA", DAY),
    ("Taking the floor, the representative of South Africa said the order of the Court was binding.",
     "the order of the Court was binding", "the representative of South Africa", "ZAF", DAY),
    ("Responding to those remarks, the representative of Israel said his country had the right to defend itself.",
     "his country had the right", "the representative of Israel", "ISR", DAY),
    ("The representative of the United Kingdom, also speaking on behalf of Ireland, said that both countries "
     "supported the text.", "both countries supported the text",
     "The representative of the United Kingdom, also speaking on behalf of Ireland", "GBR", DAY),
    # the meeting's day, told before, is the day its delegates and briefers spoke
    (MEETING + "The representative of France said the Council could not stay silent.",
     "the Council could not stay silent", "The representative of France", "FRA", "2024-01-30"),
    (MEETING + "Briefing the Council, Martin Griffiths said the system was on its knees.",
     "the system was on its knees", "Martin Griffiths", "martin-griffiths", "2024-01-30"),
    ("The cabinet met on Sunday. Local officials said nobody was hurt.", "nobody was hurt", "Local officials",
     None, DAY),
    ("The General Assembly met on Monday to debate the veto. The delegate of Mexico said the veto had paralysed "
     "the Council.", "the veto had paralysed the Council", "The delegate of Mexico", "MEX", "2024-01-29"),
    ("Introducing the draft, the representative of Algeria said it sought an immediate humanitarian ceasefire.",
     "it sought an immediate humanitarian ceasefire", "the representative of Algeria", "DZA", DAY),
    ("Speaking in explanation of vote before the vote, the representative of the Russian Federation said the "
     "text was unbalanced.", "the text was unbalanced", "the representative of the Russian Federation", "RUS", DAY),
    ("António Guterres opened the session. The Secretary-General, in his opening remarks, said the world could "
     "not look away.", "the world could not look away", "The Secretary-General", "antonio-guterres", DAY),
    ("António Guterres told the Council that no place in Gaza was safe.", "no place in Gaza was safe",
     "António Guterres", "antonio-guterres", DAY),
    ("Mr. Nebenzia said the draft was a licence to kill.", "the draft was a licence to kill", "Mr. Nebenzia",
     "vassily-nebenzia", DAY),
    # (b) broadcast transcripts
    ("HOST: Let's go to Kyiv, where our correspondent joins us.\n\nOLENA: Volodymyr Zelensky said this morning "
     "that the front was holding.", "the front was holding", "Volodymyr Zelensky", "volodymyr-zelenskyy", DAY),
    ("NADIA: The spokesman for the Israeli military, Daniel Hagari, told us on Monday that the operation would "
     "expand.\n\nHOST: Thank you, Nadia.", "the operation would expand",
     "The spokesman for the Israeli military, Daniel Hagari", "daniel-hagari", "2024-01-29"),
    ("HOST: Welcome back.\n\nNADIA: Josep Borrell said in Brussels on Friday that the bloc would send more aid.",
     "the bloc would send more aid", "Josep Borrell", "josep-borrell", "2024-01-26"),
    ("HOST: Antony Blinken spoke to reporters in Doha. His words: \"The window for a deal is closing.\"\n\n"
     "NADIA: That is right.", "The window for a deal is closing", "His", "antony-blinken", DAY),
    ("HOST: Last week, Antony Blinken said the offer was generous.", "the offer was generous", "Antony Blinken",
     "antony-blinken", "2024-W04"),
    ("HOST: In an interview aired Sunday, Benjamin Netanyahu said the war would go on for months.\n\n"
     "NADIA: He did.", "the war would go on for months", "Benjamin Netanyahu", "benjamin-netanyahu", "2024-01-28"),
    ("NADIA: Speaking to reporters in Doha, Antony Blinken said that a deal was still possible.",
     "a deal was still possible", "Antony Blinken", "antony-blinken", DAY),
    ("HOST: And Keir Starmer said on Tuesday that the strikes were proportionate.\n\nNADIA: Right.",
     "the strikes were proportionate", "Keir Starmer", "keir-starmer", "2024-01-30"),
    ("HOST: Here is what Volodymyr Zelensky said in his nightly address on Sunday: \"Our air defence needs "
     "more missiles.\"", "Our air defence needs more missiles", "Volodymyr Zelensky", "volodymyr-zelenskyy",
     "2024-01-28"),
    ("HOST: Earlier this month, Emmanuel Macron told a news conference that troops could not be ruled out.",
     "troops could not be ruled out", "Emmanuel Macron", "emmanuel-macron", "2024-01"),
    ("REPORTER: Josep Borrell insisted the convoy had been cleared. In his words, \"Every move was "
     "coordinated.\"", "Every move was coordinated", "his", "josep-borrell", DAY),
    pytest.param("HOST: Yesterday Ursula von der Leyen told the parliament that the money would flow by spring.",
                 "the money would flow by spring", "Ursula von der Leyen", "ursula-von-der-leyen", "2024-01-30",
                 marks=_gap("the tagger reads an opening 'Yesterday' with no comma as part of the name")),
    ("HOST: Olaf Scholz put it this way on Sunday: \"Europe has to carry more of the load.\"\n\n"
     "NADIA: Indeed.", "Europe has to carry more", "Olaf Scholz", "olaf-scholz", "2024-01-28"),
    ("NADIA: Antony Blinken told us, quote, the window for a deal is closing, end quote.",
     "the window for a deal is closing", "Antony Blinken", "antony-blinken", DAY),
    pytest.param("HOST: Antony Blinken spoke to reporters in Doha on Monday. His words: \"The window for a "
                 "deal is closing.\"\n\nNADIA: Yes.", "The window for a deal is closing", "His", "antony-blinken",
                 "2024-01-29", marks=_gap("an occasion without a verb of saying does not yet date the words after")),
    # (c) debates and written answers
    # the answering minister, named in brackets on the label, is "I" (the debate's fourth local actor)
    (DEBATE + "I can confirm that the contract will be renewed in April.",
     "the contract will be renewed in April", "I", "a4", DAY),
    ("Written question asked on 22 January.\n\nAnswered by David Cameron on 29 January: The Government has "
     "pressed Israel to open more crossings.", "Israel to open more crossings", "The Government", None,
     "2024-01-29"),
    # (d) letters and appeals
    ("Our colleague in Port Sudan wrote to us last Tuesday: \"The clinic has run out of insulin.\"",
     "The clinic has run out of insulin", "Our colleague in Port Sudan", "SDN", "2024-01-30"),
    ("A nurse in El Fasher told our team on Friday that the hospital had been shelled three times.",
     "the hospital had been shelled three times", "A nurse in El Fasher", None, "2024-01-26"),
    ("In a letter to the Security Council dated 24 January, Riyad Mansour said the strikes violated the Court's "
     "order.", "the strikes violated the Court's order", "Riyad Mansour", "a1", "2024-01-24"),
    ("In a letter sent on Monday, 40 aid groups urged the Council to demand a ceasefire.",
     "the Council to demand a ceasefire", "40 aid groups", None, "2024-01-29"),
    ("A doctor at Al-Aqsa hospital wrote to us on Sunday that the wards were full.", "the wards were full",
     "A doctor at Al-Aqsa hospital", "a1", "2024-01-28"),
    ("Our team in Rafah reported last week that water was running out.", "water was running out",
     "Our team in Rafah", None, "2024-W04"),
    # (e) quote forms
    ("Benjamin Netanyahu's response on Sunday was defiant: \"We will not stop until victory.\"",
     "We will not stop until victory", "Benjamin Netanyahu", "benjamin-netanyahu", "2024-01-28"),
    ("\"The talks are serious,\" a senior Egyptian official said on condition of anonymity.",
     "The talks are serious", "a senior Egyptian official", "EGY", DAY),
    ("Josep Borrell, in a speech to the European Parliament on Tuesday, said the bloc had to act.",
     "the bloc had to act", "Josep Borrell, in a speech to the European Parliament on Tuesday", "josep-borrell",
     "2024-01-30"),
    ("\"We are on the verge of famine,\" Cindy McCain told CBS in an interview aired Sunday.",
     "We are on the verge of famine", "Cindy McCain", "a1", "2024-01-28"),
    ("Kamala Harris, speaking at an event in Atlanta last week, said the war had to end.", "the war had to end",
     "Kamala Harris", "kamala-harris", "2024-W04"),
    ("In remarks to reporters on Thursday, Antony Blinken said that Israel had to do more.",
     "Israel had to do more", "Antony Blinken", "antony-blinken", "2024-01-25"),
    ("Hamas's response was blunt: \"There will be no deal without a full withdrawal.\"",
     "There will be no deal", "Hamas", "hamas", DAY),
    ("In a post on X, Josep Borrell wrote that the situation in Gaza was beyond catastrophic.",
     "the situation in Gaza was beyond catastrophic", "Josep Borrell", "josep-borrell", DAY),
    ("\"We are running out of time,\" said Martin Griffiths, per a statement from OCHA.",
     "We are running out of time", "Martin Griffiths", "martin-griffiths", DAY),
    ("Antony Blinken, speaking to reporters in Doha, said the proposal was still on the table.",
     "the proposal was still on the table", "Antony Blinken, speaking to reporters in Doha", "antony-blinken", DAY),
    ("An Israeli official told Reuters on condition of anonymity that the army would stay in the corridor.",
     "the army would stay in the corridor", "An Israeli official", "ISR", DAY),
    ("Yahya Sinwar is quoted by Al Jazeera as saying that the movement would not lay down its arms.",
     "the movement would not lay down its arms", "Yahya Sinwar", "yahya-sinwar", DAY),
    ("A statement attributed to the Houthis' military spokesman said two ships had been targeted.",
     "two ships had been targeted", "A statement attributed to the Houthis' military spokesman", "yahya-saree",
     DAY),
    ("In a video message released Sunday, Volodymyr Zelensky said the army was short of shells.",
     "the army was short of shells", "Volodymyr Zelensky", "volodymyr-zelenskyy", "2024-01-28"),
    ("Egypt's foreign minister, Sameh Shoukry, told a news conference in Cairo on Monday that the crossing had "
     "never been closed.", "the crossing had never been closed", "Egypt's foreign minister, Sameh Shoukry",
     "sameh-shoukry", "2024-01-29"),
    ("A senior US official said on background that the talks had made progress.",
     "the talks had made progress", "A senior US official", "USA", DAY),
    ("Asked whether the crossing would reopen, Sameh Shoukry replied: \"That depends on Israel.\"",
     "That depends on Israel", "Sameh Shoukry", "sameh-shoukry", DAY),
    ("Writing in the Financial Times, Josep Borrell argued that Europe must spend more on defence.",
     "Europe must spend more on defence", "Josep Borrell", "josep-borrell", DAY),
    ("Ursula von der Leyen tweeted on Monday that the EU would double its aid.",
     "the EU would double its aid", "Ursula von der Leyen", "ursula-von-der-leyen", "2024-01-29"),
    ("Antony Blinken's message was clear: the region could not afford a wider war.",
     "the region could not afford a wider war", "Antony Blinken", "antony-blinken", DAY),
    ("Josep Borrell spoke after the vote. His verdict: the plan is dead.", "the plan is dead", "His",
     "josep-borrell", DAY),
    ("Volodymyr Zelensky's office quoted him as saying that the front was holding.",
     "the front was holding", "him", "volodymyr-zelenskyy", DAY),
    ("The agency quoted Sergei Lavrov as saying that Moscow was ready to talk.", "Moscow was ready to talk",
     "Sergei Lavrov", "sergei-lavrov", DAY),
    # (f) dates
    ("Benjamin Netanyahu said on Tuesday that the offensive would continue.",
     "the offensive would continue", "Benjamin Netanyahu", "benjamin-netanyahu", "2024-01-30"),
    ("Emmanuel Macron said last week that Europe had to prepare for a long war.",
     "Europe had to prepare for a long war", "Emmanuel Macron", "emmanuel-macron", "2024-W04"),
    ("Earlier this month, Josep Borrell said the bloc would not recognise the vote.",
     "the bloc would not recognise the vote", "Josep Borrell", "josep-borrell", "2024-01"),
    ("In an interview aired Sunday, Lloyd Austin said the strikes were not the end of the response.",
     "the strikes were not the end of the response", "Lloyd Austin", "lloyd-austin", "2024-01-28"),
    ("Antony Blinken said yesterday that the talks would go on.", "the talks would go on", "Antony Blinken",
     "antony-blinken", "2024-01-30"),
    ("Speaking on Tuesday at a summit in Brussels, Emmanuel Macron said Europe must stand together.",
     "Europe must stand together", "Emmanuel Macron", "emmanuel-macron", "2024-01-30"),
    # (g) a report's words
    ("The World Health Organization said in its latest update on Tuesday that only 13 hospitals were working.",
     "only 13 hospitals were working", "The World Health Organization", "who", "2024-01-30"),
    ("A report released Thursday by Human Rights Watch found that the strikes had hit marked ambulances.",
     "the strikes had hit marked ambulances", "A report released Thursday by Human Rights Watch", "hrw",
     "2024-01-25"),
    ("An Amnesty International investigation released on Tuesday found the strike was unlawful.",
     "the strike was unlawful", "An Amnesty International investigation released on Tuesday", "amnesty",
     "2024-01-30"),
]


@pytest.mark.parametrize("text, content, speaker, actor, date", FORMS)
def test_speaker_and_date_inventory(nlp, text, content, speaker, actor, date):
    q = _quote(nlp, text, content)
    assert (q.speaker.text if q.speaker else None, q.speaker.actor if q.speaker else None, q.date) == \
        (speaker, actor, date)


@pytest.mark.parametrize("text, said", [
    ("Also speaking were the representatives of Japan, Malta and Ecuador.", []),
    ("The meeting began at 10:05 a.m. and ended at 1:20 p.m.", []),
    ("The answer is simple: more trucks.", []),
    ("We have warned for months that the camps cannot absorb more families.", []),
    ("We, the undersigned organisations, call on the Council to act now.", []),
    ("Yahya Sinwar is quoted by Al Jazeera as saying that the movement would not lay down its arms.",
     ["that the movement would not lay down its arms"]),
    ("HOST: Olaf Scholz put it this way on Sunday: \"Europe has to carry more.\"\n\nNADIA: Indeed.",
     ["Europe has to carry more."]),
])
def test_what_the_inventory_reports_and_nothing_else(nlp, text, said):
    assert [q.text for q in nlp(text, published=DAY).quotes] == said


@pytest.mark.xfail(strict=True, reason="spoken quotation marks ('quote, ... end quote') are not yet marks")
def test_spoken_quotation_marks_bound_the_words(nlp):
    q = _quote(nlp, "NADIA: Antony Blinken told us, quote, the window for a deal is closing, end quote.", "window")
    assert q.text == "the window for a deal is closing"


CITED = [
    ("Figures published on 30 January by OCHA showed that 1.7 million people had been displaced.",
     "Figures published on 30 January by OCHA", ["OCHA"],
     "2024-01-30"),
    ("The cabinet met on Sunday. The Times of Israel reported the same day that the plan was approved.",
     "The Times of Israel reported the same day", ["The Times of Israel"], "2024-01-28"),
    ("A report released Thursday by Human Rights Watch found that the strikes had hit ambulances.",
     "A report released Thursday by Human Rights Watch", ["Human Rights Watch"], "2024-01-25"),
    ("Data from the Kiel Institute show that European aid pledges fell by 90 percent.",
     "Data from the Kiel Institute", ["the Kiel Institute"], None),
    ("The convoy was turned back at the checkpoint (AFP, 3 January).", "(AFP, 3 January)",
     ["Agence France-Presse"], "2024-01-03"),
    ("According to figures released by UNRWA on Monday, 152 staff members have been killed.",
     "According to figures released by UNRWA on Monday", ["UNRWA"], "2024-01-29"),
    ("The Wall Street Journal reported on Sunday that the ceasefire talks had stalled.",
     "The Wall Street Journal reported on Sunday", ["The Wall Street Journal"], "2024-01-28"),
    ("A Human Rights Watch report published on 25 January documented the killings.",
     "A Human Rights Watch report published on 25 January", ["Human Rights Watch"], "2024-01-25"),
    ("As first reported by Axios, the envoy will travel to Cairo on Friday.", "reported by Axios", ["Axios"], None),
    ("Prices rose by a third in January, according to data from the World Food Programme.",
     "according to data from the World Food Programme", ["the World Food Programme"], None),
    ("The New York Times, in a report on Saturday, said the strike had killed 20 people.",
     "The New York Times, in a report on Saturday, said", ["The New York Times"], "2024-01-27"),
    # (a report dated only to a week is given as its month)
    ("In a report released last week, the International Crisis Group said the truce was fragile.",
     "a report released last week", ["International Crisis Group"], "2024-01"),
    ("Aid convoys will resume on Thursday, per a statement from the World Food Programme.",
     "per a statement from the World Food Programme", ["the World Food Programme"], None),
    ("Writing in the Financial Times, Josep Borrell argued that Europe must spend more.",
     "Writing in the Financial Times", ["Financial Times"], None),
    ("\"We are on the verge of famine,\" Cindy McCain told CBS in an interview aired Sunday.",
     "told CBS in an interview aired Sunday", ["CBS News"], "2024-01-28"),
    ("The vessel was hit near Aden, the maritime agency said (Reuters, 30 January).", "(Reuters, 30 January)",
     ["Reuters"], "2024-01-30"),
    ("Yahya Sinwar is quoted by Al Jazeera as saying that the movement would not lay down its arms.",
     "quoted by Al Jazeera", ["Al Jazeera"], None),
    ("The IPC warned in a report published on 18 January that famine was imminent.",
     "The IPC warned in a report published on 18 January",
     ["Integrated Food Security Phase Classification"], "2024-01-18"),
    ("Satellite images analysed by the BBC showed that half the buildings had been damaged.",
     "Satellite images analysed by the BBC", ["BBC"], None),
    pytest.param("Satellite images analysed by the BBC show that half the buildings have been damaged.",
                 "Satellite images analysed by the BBC", ["BBC"], None,
                 marks=_gap("the tagger reads 'show' after the participle phrase as a noun, so no verb reports")),
    ("An Amnesty International investigation released on Tuesday found the strike was unlawful.",
     "An Amnesty International investigation released on Tuesday", ["Amnesty International"], "2024-01-30"),
]


@pytest.mark.parametrize("text, span, outlets, date", CITED)
def test_citation_inventory(nlp, text, span, outlets, date):
    doc = nlp(text, published=DAY)
    found = [c for c in doc.citations if c.text == span]
    assert [(c.outlets, c.date) for c in found] == [(outlets, date)], [c.text for c in doc.citations]
