"""Cited reports: bracketed source lines, outlets that report, report nouns, 'according to'."""

from __future__ import annotations

import pytest

from .citekit import exact_citations


def citations(nlp, text, published="2024-09-05"):
    return exact_citations(nlp, text, published)


@pytest.mark.parametrize("text, span, outlets, date", [
    ("Israeli jets struck the camp at dawn (Reuters, 19/08/2024).",
     "(Reuters, 19/08/2024)", ["Reuters"], "2024-08-19"),
    ("The White House denied the claim (whitehouse.gov; Monte Carlo 22/08/2024).",
     "(whitehouse.gov; Monte Carlo 22/08/2024)", ["whitehouse.gov", "Monte Carlo"], "2024-08-22"),
    ("The talks collapsed, as Al-Arabiya reported on September 3, 2024.",
     "Al-Arabiya reported on September 3, 2024", ["Al Arabiya"], "2024-09-03"),
    ("The New York Times reported on 20 August 2024, citing officials, that a deal was close.",
     "The New York Times reported on 20 August 2024", ["The New York Times"], "2024-08-20"),
    ("An Anadolu Agency report on Tuesday said 40 people were killed in the raid.",
     "An Anadolu Agency report on Tuesday", ["Anadolu Agency"], "2024-09-03"),
    ("At least 41,000 people have been killed, according to the health ministry.",
     "according to the health ministry", ["the health ministry"], None),
    ("AFP reported that the convoy was hit twice.", "AFP reported", ["Agence France-Presse"], None),
    ("The port reopened on Sunday (Reuters/AP, 01/09/2024).",
     "(Reuters/AP, 01/09/2024)", ["Reuters", "Associated Press"], "2024-09-01"),
    ("The port reopened on Sunday (Source: Reuters).", "(Source: Reuters)", ["Reuters"], None),
    ("The closure was reported by Haaretz on 2 September 2024.",
     "reported by Haaretz on 2 September 2024", ["Haaretz"], "2024-09-02"),
    ("The state news agency IRNA reported the arrests on 1 September.",
     "The state news agency IRNA reported the arrests on 1 September", ["IRNA"], "2024-09-01"),
    ("Axios, citing three sources, reported that the envoy had left.",
     "Axios, citing three sources, reported", ["Axios"], None),
    ("Sixty people have died, according to a Reuters tally.",
     "according to a Reuters tally", ["Reuters"], None),
    ("Exports fell by a third, according to customs data.", "according to customs data", ["customs data"], None),
    ("Two hundred families remain, according to official figures.",
     "according to official figures", ["official figures"], None),
    ("A Reuters report on 2 September described the damage.",
     "A Reuters report on 2 September", ["Reuters"], "2024-09-02"),
    ("In its weekly update, published on Monday, UNICEF said that 30 schools had closed.",
     "its weekly update, published on Monday", ["UNICEF"], "2024-09-02"),
    ("The fund would hold a third of the port's fees, according to a draft published by the Moldovan government.",
     "according to a draft published by the Moldovan government", ["the Moldovan government"], None),
])
def test_citation_forms(nlp, text, span, outlets, date):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, date)


def test_quote_from_cited_report_links_it_and_takes_its_date(nlp):
    doc = nlp("The New York Times reported on 20 August 2024 that the talks had stalled.", published="2024-08-25")
    (c,) = doc.citations
    (q,) = doc.quotes
    assert q.citation == c.id
    assert q.date == "2024-08-20"
    assert q.speaker.actor == "nyt"


def test_a_report_set_before_the_cue_dates_the_quote(nlp):
    doc = nlp("In its latest situation report, issued on Friday, UNICEF said that the clinics had closed.",
              published="2024-10-14")
    (c,) = doc.citations
    (q,) = doc.quotes
    assert (c.text, c.outlets, c.date) == ("its latest situation report, issued on Friday", ["UNICEF"], "2024-10-11")
    assert (q.citation, q.date, q.speaker.actor) == (c.id, "2024-10-11", "unicef")


@pytest.mark.parametrize("text", [
    "Senator Bob Corker (R-Tenn.) disagreed with the plan.",
    "According to Netanyahu, the war will go on.",
    "The minister (who spoke on Monday) said little.",
    "Hamas said the proposal was unacceptable.",
    "The Harbour Review publishes essays from across the region.",
    "The ruling on debts is clear (Sunan Abu Dawud 3343).",
    "GENEVA, March 3, 2024 (Meridian Wire) — Aid agencies warned of famine in the north.",
    "The ceasefire held, according to residents.",
    "In its statement on Monday, the ministry said the border was closed.",
    "In his report, the envoy said the border was closed.",
])
def test_not_citations(nlp, text):
    assert citations(nlp, text) == []


def test_people_cited_are_not_reports(nlp):
    (c,) = citations(nlp, "The Washington Post reported on Monday, citing US officials, that the envoy had left.")
    assert (c.text, c.outlets) == ("The Washington Post reported on Monday", ["The Washington Post"])


BRIEF = (
    "Grain exports through the port fell by a third in the spring, the ministry estimated [1]. "
    "Insurance premiums doubled, according to the underwriters' association [2].\n\n"
    "| Route | Before | After |\n|---|---|---|\n| Daily grain barges | about 60 | 20 |\n\n"
    "Sources: port authority figures [3]; Black Sea Freight Monitor.\n\n"
    "---\n\n"
    "[1] Ministry of Agriculture, \"Spring export review\", 14 June 2024.\n"
    "[2] Marine Underwriters' Association, bulletin of 3 May 2024.\n"
    "[3] Port authority, monthly figures, 1 July 2024.\n"
)


def test_numbered_notes_name_and_date_the_reports(nlp):
    found = {c.text: (c.outlets, c.date) for c in citations(nlp, BRIEF, published="2024-07-10")}
    assert found == {
        "according to the underwriters' association": (["the underwriters' association"], "2024-05-03"),
        "Sources: port authority figures [3]; Black Sea Freight Monitor":
            (["port authority figures", "Black Sea Freight Monitor"], None),
        "Ministry of Agriculture, \"Spring export review\", 14 June 2024": (["Ministry of Agriculture"], "2024-06-14"),
        "Marine Underwriters' Association, bulletin of 3 May 2024": (["Marine Underwriters' Association"], "2024-05-03"),
        "Port authority, monthly figures, 1 July 2024": (["Port authority"], "2024-07-01"),
    }


def test_a_claim_marked_with_a_note_is_dated_by_it(nlp):
    doc = nlp(BRIEF, published="2024-07-10")
    q = next(q for q in doc.quotes if q.text.startswith("Grain exports"))
    assert (q.speaker.text, q.date) == ("the ministry", "2024-06-14")
    assert not any(q.text == "Spring export review" for q in doc.quotes)  # a title in a note


def test_a_bracketed_number_that_no_marker_points_to_is_no_note(nlp):
    text = "The council lists its steps.\n\n[1] Reopen the school by 2 September 2024.\n"
    assert citations(nlp, text) == []


@pytest.mark.parametrize("text, span, outlets, date", [
    # only an outlet writes an editorial, whatever its name; the verb's day is the editorial's
    ("Il Faro's editorial argued on Tuesday that the bridge should wait.",
     "Il Faro's editorial argued on Tuesday", ["Il Faro"], "2024-09-03"),
    # a masthead word makes a name an outlet's; what follows a comma is no part of it
    ("“The bridge can wait,” writes the Harbour Sentinel, which has opposed it for years.",
     "writes the Harbour Sentinel", ["the Harbour Sentinel"], None),
    # a columnist writing in a named paper cites the paper
    ("In Il Faro, the columnist Dario Venn wrote on Monday that the bridge could wait.",
     "In Il Faro, the columnist Dario Venn wrote on Monday", ["Il Faro"], "2024-09-02"),
    # a body's document that says something
    ("The weekly updates of the World Health Organization gave 300 cases in August.",
     "The weekly updates of the World Health Organization", ["World Health Organization"], None),
])
def test_a_press_reviews_sources(nlp, text, span, outlets, date):
    found = citations(nlp, text)
    assert [(c.text, c.outlets, c.date) for c in found] == [(span, outlets, date)]


@pytest.mark.parametrize("text", [
    "Press review: what the papers said about the bridge",
    "In Venice, the columnist Dario Venn wrote on Monday that the bridge could wait.",
    "The ministry said its own review would establish the facts.",
    "The minister ordered a review of the port's safety record.",
])
def test_no_press_review_source(nlp, text):
    assert citations(nlp, text) == []


def test_a_name_a_which_clause_describes_is_a_source_not_a_person(nlp):
    found = citations(nlp, "According to Kestrel Polling, which ran the exit poll, turnout fell to 58 per cent.")
    assert [(c.text, c.outlets) for c in found] == [("According to Kestrel Polling", ["Kestrel Polling"])]


@pytest.mark.parametrize("text, span, outlets", [
    ("Per Reuters, the pipeline will reopen in March.", "Per Reuters", ["Reuters"]),
    ("The pipeline will reopen in March, per the Kyiv Independent.", "per the Kyiv Independent",
     ["The Kyiv Independent"]),
    ("The pipeline will reopen in March (via AP).", "(via AP)", ["Associated Press"]),
])
def test_per_and_via_name_the_source(nlp, text, span, outlets):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, None)


@pytest.mark.parametrize("text", [
    "Fares rose by 4 per cent per year, and the ferry sails twice per day.",
    "The convoy travelled via Cairo and reached the border at dusk.",
])
def test_per_and_via_before_no_source(nlp, text):
    assert citations(nlp, text) == []


def test_an_outlet_told_is_the_report_the_words_come_from(nlp):
    (c,) = citations(nlp, "The harbour master told the Kestrel Post on Tuesday that the quay was unsafe.")
    assert (c.text, c.outlets, c.date) == ("told the Kestrel Post on Tuesday", ["the Kestrel Post"], "2024-09-03")


def test_a_person_told_is_no_report(nlp):
    assert citations(nlp, "The harbour master told Maria Keane on Tuesday that the quay was unsafe.") == []


@pytest.mark.parametrize("text, span, outlets, date", [
    # a report named in a phrase on the verb is the report of the verb's subject, a body
    ("Kestrel Watch said in a report released on Monday that the camps had flooded.",
     "Kestrel Watch said in a report released on Monday", ["Kestrel Watch"], "2024-09-02"),
    # the phrase set on the subject, with a participle the parser reads as the main verb
    ("A panel of UN experts, in a report to the General Assembly made public in March, put the toll at 900.",
     "A panel of UN experts, in a report to the General Assembly made public in March",
     ["A panel of UN experts"], "2024-03"),
    # a kind of report before its noun is no owner: the verb's subject issued it
    ("In a 64-page report released on Tuesday, Human Rights Watch documented abuses in the camps.",
     "a 64-page report released on Tuesday", ["Human Rights Watch"], "2024-09-03"),
    # a body's report wherever the sentence cites it
    ("The abuses were detailed in Amnesty International's report published in March.",
     "Amnesty International's report published in March", ["Amnesty International"], "2024-03"),
    # (a week is given as its month, and last week, 26 August to 1 September, fixes none)
    ("The figures come from a Human Rights Watch report published last week.",
     "a Human Rights Watch report published last week", ["Human Rights Watch"], None),
    # an outlet the tagger calls a nationality is still a source
    ("According to Axios, which first reported the meeting, the envoy left early.",
     "According to Axios", ["Axios"], None),
    # an outlet beside a report verb the tagger took for a noun
    ("The Houthi channel Al-Masirah broadcast footage of the boarding.", "Al-Masirah broadcast", ["Al-Masirah"], None),
    # a bracketed source closes its sentence (a bracket opening a release is its dateline)
    ("Relief groups said the camps had flooded (Lusaka Times, 3 June 2024).",
     "(Lusaka Times, 3 June 2024)", ["Lusaka Times"], "2024-06-03"),
    # a journalist's noun owned by an outlet: the outlet reports
    ("The BBC's correspondent in Beirut said the strikes had intensified.",
     "The BBC's correspondent in Beirut said", ["BBC"], None),
    # speaking to an outlet is giving it the words, as telling it is
    ("Speaking to Sky News on Monday, the minister said the talks had stalled.",
     "Speaking to Sky News on Monday", ["Sky News"], "2024-09-02"),
    # an open-source investigator's report
    ("Bellingcat reported on Monday that the video had been filmed near the port.",
     "Bellingcat reported on Monday", ["Bellingcat"], "2024-09-02"),
    # a date opening the report verb's clause dates the report
    ("On 3 September the Kyiv Independent reported that the plant had been hit.",
     "On 3 September the Kyiv Independent reported", ["The Kyiv Independent"], "2024-09-03"),
    ("Late on Monday, the BBC's correspondent said the strikes had intensified.",
     "Late on Monday, the BBC's correspondent said", ["BBC"], "2024-09-02"),
])
def test_reports_of_bodies_journalists_and_investigators(nlp, text, span, outlets, date):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, date)


@pytest.mark.parametrize("text", [
    # people and states speaking in a report cite no body
    "Officials said in a report that the port had closed.",
    "Israel said in a report that the port had closed.",
    "Maria Keane said in a report that the port had closed.",
    # a bracketed place and date opening a release is its dateline
    "(Lusaka, 3 June 2024) – Relief groups said the camps had flooded.",
    # a person's correspondent or interlocutor is no outlet
    "Maria Keane's correspondent said the port was shut.",
    "The minister spoke with Maria Keane on Monday about the talks.",
    # a report's topic or backer is not its issuer
    "The minister ordered a review of the port's safety record.",
    "A UN-backed report found in March that the harvest had failed.",
])
def test_no_report_of_a_body_journalist_or_investigator(nlp, text):
    assert citations(nlp, text) == []


@pytest.mark.parametrize("text, span, outlets, date", [
    # a document after "according to" is its issuer's, dated by a participle of issuing the parser took for the verb
    ("On 2 September the ministry confirmed the outbreak. According to a UNICEF statement issued the same day, "
     "some 90,000 children must be vaccinated.",
     "According to a UNICEF statement issued the same day", ["UNICEF"], "2024-09-02"),
    # a programme an outlet owns is the outlet's
    ("The admiral told CBS's 60 Minutes in February that the fight was the hardest in decades.",
     "told CBS's 60 Minutes in February", ["CBS News"], "2024-02"),
    # a body's own report named on its verb, dated, without the clause that describes it
    ("The fact-finding mission reached the same findings in its report of 6 August, which called for a ban on arms sales.",
     "The fact-finding mission reached the same findings in its report of 6 August",
     ["The fact-finding mission"], "2024-08-06"),
])
def test_documents_of_bodies_and_programmes_of_outlets(nlp, text, span, outlets, date):
    found = [c for c in citations(nlp, text) if c.text == span]
    assert len(found) == 1 and found[0].outlets == outlets and found[0].date == date, \
        [(c.text, c.outlets, c.date) for c in citations(nlp, text)]


@pytest.mark.parametrize("text", [
    "According to credible reports, gunmen went from house to house.",
    "The Lakeside Nurses Network said on Monday that the clinic had run out of insulin.",
])
def test_unnamed_reports_and_associations_of_people_cite_nothing(nlp, text):
    assert citations(nlp, text) == []


# -- an inventory of how news copy cites a report (session 12): every common form, with its date ---------------

@pytest.mark.parametrize("text, span, outlets, date", [
    # a source line in brackets, dated or not
    ("Ukraine's air force said it downed 20 drones overnight (AFP).", "(AFP)", ["Agence France-Presse"], None),
    ("The ferry service to Cyprus resumed on Monday (Al Jazeera, 19 August 2024).",
     "(Al Jazeera, 19 August 2024)", ["Al Jazeera"], "2024-08-19"),
    # a source set after a dash at the end of an item
    ("Israeli troops pulled out of the Nuseirat camp overnight — Reuters",
     "— Reuters", ["Reuters"], None),
    # words given to an outlet, in an interview with it, carried or quoted by it
    ("A Hamas official told AFP on Sunday that the group would not send a delegation.",
     "told AFP on Sunday", ["Agence France-Presse"], "2024-08-18"),
    ("In an interview with the BBC on Monday, Volodymyr Zelensky said Ukraine would hold the ground it took.",
     "an interview with the BBC on Monday", ["BBC"], "2024-08-19"),
    ("Bashar al-Assad said in a statement carried by the state news agency SANA on Tuesday that the attack "
     "would not go unanswered.", "carried by the state news agency SANA on Tuesday", ["SANA"], "2024-08-20"),
    ("Khalil al-Hayya, quoted by Al Jazeera on Monday, said the group had accepted the proposal.",
     "quoted by Al Jazeera on Monday", ["Al Jazeera"], "2024-08-19"),
    # an outlet that reports, first or as named media
    ("Syrian state media reported on Monday that two soldiers were killed near Damascus.",
     "Syrian state media reported on Monday", ["Syrian state media"], "2024-08-19"),
    ("As first reported by Axios on Monday, the White House paused the shipment of heavy bombs.",
     "reported by Axios on Monday", ["Axios"], "2024-08-19"),
    ("The Wall Street Journal, which first reported the plan, said on Tuesday that Egypt had objected.",
     "The Wall Street Journal, which first reported the plan, said on Tuesday", ["The Wall Street Journal"],
     "2024-08-20"),
    ("Israel's Channel 12 reported Thursday that the army had drawn up plans for a wider operation.",
     "Israel's Channel 12 reported Thursday", ["Channel 12"], "2024-08-15"),
    ("Footage broadcast by Al Mayadeen on Saturday showed smoke rising over the port.",
     "broadcast by Al Mayadeen on Saturday", ["Al Mayadeen"], "2024-08-17"),
    ("Two people were killed in the raid, the Palestinian news agency WAFA reported.",
     "the Palestinian news agency WAFA reported", ["WAFA"], None),
    # an outlet's report, published on a day
    ("The Washington Post's report, published on 12 August, said the deal was close.",
     "The Washington Post's report, published on 12 August", ["The Washington Post"], "2024-08-12"),
    # a body's report or data
    ("A report by Human Rights Watch released on Tuesday found that the strikes were unlawful.",
     "A report by Human Rights Watch released on Tuesday", ["Human Rights Watch"], "2024-08-20"),
    ("In a report published on Tuesday, Amnesty International said the attacks amounted to war crimes.",
     "a report published on Tuesday", ["Amnesty International"], "2024-08-20"),
    ("Nearly 1,500 people were killed in political violence in July, according to data compiled by ACLED.",
     "according to data compiled by ACLED", ["ACLED"], None),
    ("At least 40,000 people have been killed, according to figures from the health ministry in Gaza.",
     "according to figures from the health ministry in Gaza", ["the health ministry in Gaza"], None),
    ("According to a statement from the Egyptian presidency, the two leaders discussed the Rafah crossing.",
     "According to a statement from the Egyptian presidency", ["the Egyptian presidency"], None),
    ("UN figures released on Friday showed that 90 percent of the strip's people had been displaced.",
     "UN figures released on Friday", ["United Nations"], "2024-08-16"),
    # outlets a desk cites every day, from any country
    ("Modi and Xi agreed to resume patrols, as reported by PTI on Tuesday.",
     "as reported by PTI on Tuesday", ["Press Trust of India"], "2024-08-20"),
    ("Iran's semi-official Tasnim news agency reported on Sunday that two guards were wounded.",
     "Iran's semi-official Tasnim news agency reported on Sunday", ["Tasnim News Agency"], "2024-08-18"),
    ("Kyodo News reported on Monday that the talks would resume in Tokyo.",
     "Kyodo News reported on Monday", ["Kyodo News"], "2024-08-19"),
    # a piece written for an outlet, and an outlet's investigation or tally
    ("Writing in the Financial Times on Monday, the former envoy argued that sanctions had failed.",
     "Writing in the Financial Times on Monday", ["Financial Times"], "2024-08-19"),
    ("An investigation by the BBC, published on 5 August, found that the camp had been shelled twice.",
     "An investigation by the BBC, published on 5 August", ["BBC"], "2024-08-05"),
    ("At least 120 journalists have been killed, according to a tally by The Associated Press.",
     "according to a tally by The Associated Press", ["Associated Press"], None),
    # a date the text set before
    ("On 14 August, Israeli jets struck Khan Younis. Al Jazeera reported on the same day that 17 people had "
     "been killed.", "Al Jazeera reported on the same day", ["Al Jazeera"], "2024-08-14"),
    ("Reuters reported last week that the ministry had frozen the accounts.",
     "Reuters reported last week", ["Reuters"], "2024-08"),
    # a reporting verb the tagger took for a noun, dated by the phrase the sentence opens with
    ("On Sunday the Hezbollah channel Al-Manar broadcast images of the launch.",
     "On Sunday the Hezbollah channel Al-Manar broadcast", ["Al-Manar"], "2024-08-18"),
    # an outlet set off by a 'citing' phrase the parser hung the verb on; an interview an outlet's programme aired
    ("The Times of Israel, citing unnamed officials, reported on Monday that the cabinet would meet.",
     "The Times of Israel, citing unnamed officials, reported on Monday", ["The Times of Israel"], "2024-08-19"),
    ("In an interview broadcast on Sunday by CBS's 60 Minutes, the president said the war must end.",
     "an interview broadcast on Sunday by CBS's 60 Minutes", ["CBS News"], "2024-08-18"),
    ("According to Politico, which first reported the meeting, the envoy will travel on Friday.",
     "According to Politico", ["Politico"], None),
    # a report is dated by its day, whatever part of it the text names
    ("In an interview with CNN on Monday night, the senator said the aid would pass.",
     "an interview with CNN on Monday night", ["CNN"], "2024-08-19"),
])
def test_cited_report_inventory(nlp, text, span, outlets, date):
    found = citations(nlp, text, published="2024-08-21")
    assert [(c.text, c.outlets, c.date) for c in found] == [(span, outlets, date)]


@pytest.mark.parametrize("text", [
    # reports of nobody named
    "According to credible reports, the militia executed dozens of men in the village.",
    "The report said that 80 percent of the strip was under evacuation orders.",
    # the story's own byline and dateline
    "KYIV, Aug 21 (Reuters) - Ukraine said on Wednesday it had shot down 50 drones.",
    "By Jane Doe, Reuters\n\nUkraine said on Wednesday it had shot down 50 drones.",
    # a work's title and a campaign's name in marks
    "The documentary \"No Other Land\" won the award in Berlin in February.",
    # a body's own statement is its words, not a report it cites
    "Hamas said in a statement on Telegram on Monday that the talks had failed.",
    "The minister told reporters in Doha that the talks would resume.",
    # the wire's own credits and a photo credit
    "The talks would resume on Thursday.\n\n(Reporting by Jane Doe; Editing by John Roe)",
    "Smoke rises over Khan Younis on Tuesday. (AP Photo/Jane Doe)",
    # a dash before a speaker's name or a phrase, not an outlet
    "The talks would resume on Thursday — Jane Doe",
])
def test_no_cited_report_in_the_inventory(nlp, text):
    assert citations(nlp, text, published="2024-08-21") == []


@pytest.mark.parametrize("text, found", [
    # an outlet whose name a media word opens, in the writer's 'as' aside
    ("As Radio Lumière reported on Thursday, the bridge at Kasongo was closed.",
     [("Radio Lumière reported on Thursday", ["Radio Lumière"], "2024-09-05")]),
    # a short name for the outlet named before
    ("The Washington Post reported the cuts first. As the Post reported on Tuesday, most of the letters were identical.",
     [("The Washington Post reported", ["The Washington Post"], None),
      ("the Post reported on Tuesday", ["The Washington Post"], "2024-09-03")]),
    ("The Guardian's reporting on the tender showed that two firms had been favoured.",
     [("The Guardian's reporting", ["The Guardian"], None)]),
    # a named body's dated statement, on the verb or with its owner before it
    ("The Red Cross said in a statement on Monday that two of its warehouses had been emptied.",
     [("The Red Cross said in a statement on Monday", ["International Committee of the Red Cross"], "2024-09-02")]),
    ("A Kenyan government statement issued on 2 September said the border would reopen.",
     [("A Kenyan government statement issued on 2 September", ["Kenyan government"], "2024-09-02")]),
    # a body that puts out a document, or finds a clause on a day or in a month the text gives
    ("When UNHCR released its figures on displacement on 3 September, the camps were already full.",
     [("UNHCR released its figures on displacement on 3 September", ["UNHCR"], "2024-09-03")]),
    ("In August, the Karoo Review Panel of the Western Cape Health Authority found that the clinic had broken the rules.",
     [("In August, the Karoo Review Panel of the Western Cape Health Authority",
       ["the Karoo Review Panel of the Western Cape Health Authority"], "2024-08")]),
    # a body's document that says a clause, dated by its participle of issuing, not by the period it covers
    ("The World Bank's recovery plan for 2025, unveiled in Nairobi on 2 September, says the road network needs $3 billion.",
     [("The World Bank's recovery plan for 2025, unveiled in Nairobi on 2 September", ["World Bank"], "2024-09-02")]),
    # a list of sources whose items each name a document
    ("Sources for this piece: the ministry's statement issued on Monday; figures from the Central Statistics Office; "
     "the Tribune's reporting on the tender.",
     [("the ministry's statement issued on Monday", ["the ministry"], "2024-09-02"),
      ("figures from the Central Statistics Office", ["Central Statistics Office"], None),
      ("the Tribune's reporting on the tender", ["Tribune"], None)]),
    # an undated 'as' aside takes the day of the past clause it hangs on
    ("On Monday, the minister had denied any wrongdoing, as reported by Reuters.",
     [("as reported by Reuters", ["Reuters"], "2024-09-02")]),
    # a report's title that the parser reads as a clause
    ('In the 40-page report, "They Took the Harvest", the Karoo Rights Institute documented seizures of grain.',
     [("the 40-page report", ["Karoo Rights Institute"], None)]),
    # undated, a named body's statement still cites it
    ("The Red Cross said in a statement that two of its warehouses had been emptied.",
     [("The Red Cross said in a statement", ["International Committee of the Red Cross"], None)]),
    # not cited: an undated finding is the body's words; a person's statement; sources a speaker cites that name no
    # body; people called sources; a statement put out with no date
    ("The mayor said in a statement on Monday that the roads would reopen.", []),
    ("The health agency, citing figures from the town's clinics and pharmacies, said cases had doubled.", []),
    ("The committee found that the clinic had broken the rules.", []),
    ("Sources close to the talks said: the deal is off; the envoy has left.", []),
    ("The agency released a statement saying the talks had failed.", []),
])
def test_statements_findings_and_source_lists(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


@pytest.mark.parametrize("text, found", [
    # a poll of a body the actor dictionary lacks (its name tagged as a person's), and the same poll named again
    ("A Hudson Valley Policy Institute poll released Thursday showed the incumbent ahead by six points. In the Hudson "
     "Valley Policy Institute poll, 40 percent of voters named housing as their main worry.",
     [("A Hudson Valley Policy Institute poll released Thursday", ["Hudson Valley Policy Institute"], "2024-09-05"),
      ("the Hudson Valley Policy Institute poll", ["Hudson Valley Policy Institute"], "2024-09-05")]),
    ("A Gallup poll released on Monday found that 40 percent approve.",
     [("A Gallup poll released on Monday", ["Gallup"], "2024-09-02")]),
    # figures whose issuer a clause with no relative word names
    ("Turnout passed 200,000, according to figures the county Board of Elections released Sunday night.",
     [("according to figures the county Board of Elections released Sunday night", ["the county Board of Elections"],
       "2024-09-01")]),
    # a document of any noun that a named body issued, the issuing clause with no relative word naming the body
    ("Tariffs will rise on 200 goods, according to the schedule the Commerce Department released on Monday.",
     [("according to the schedule the Commerce Department released on Monday", ["the Commerce Department"],
       "2024-09-02")]),
    # a document a named body approved or adopted in such a clause is that body's
    ("Defence spending will reach 2.1 percent of output, according to the draft budget the Spanish cabinet approved "
     "on 3 June.",
     [("according to the draft budget the Spanish cabinet approved on 3 June", ["the Spanish cabinet"], "2024-06-03")]),
    ("Members will spend 5 percent by 2035, according to the plan the European Commission adopted on 5 June.",
     [("according to the plan the European Commission adopted on 5 June", ["the European Commission"], "2024-06-05")]),
    # a person described by trade is a speaker, not a report, and a lower-case noun is no outlet's name
    ("Growth will slow to 1.2 percent next year, by the economist's estimate.", []),
    ("Growth will slow to 1.2 percent next year, according to the economist.", []),
    ("Growth will slow to 1.2 percent next year, by The Economist's estimate.",
     [("by The Economist's estimate", ["The Economist"], None)]),
    # an approval that is no clause right after a document is no citation
    ("The Spanish cabinet approved the draft budget on 3 June.", []),
    # an analysis of a body's data by another body cites both
    ("An analysis of Port Authority data by the Harbor Transit Project, published Tuesday, found that fares had doubled.",
     [("An analysis of Port Authority data by the Harbor Transit Project, published Tuesday",
       ["Harbor Transit Project", "Port Authority"], "2024-09-03")]),
    # a reckoning cited with 'by' and its owner, a pronoun named by the person it stands for
    ("Maria Lopez wants free buses. The plan would cost $300 million a year, by her campaign's own estimate.",
     [("by her campaign's own estimate", ["Maria Lopez campaign"], None)]),
    ("By the ministry's count, 300 people have fled the district.", [("By the ministry's count", ["the ministry"], None)]),
    # a named person's dated statement, the date fronted or on a participle of issuing by a spokesperson
    ("Senator Maria Lopez endorsed him on 2 September. In a statement that day, Lopez said the candidate had run a "
     "strong campaign.", [("a statement that day", ["Maria Lopez"], "2024-09-02")]),
    ("The Secretary-General, António Guterres, had urged restraint, and in a statement issued by his spokesperson on "
     "1 September, he had welcomed the ceasefire.",
     [("a statement issued by his spokesperson on 1 September", ["António Guterres"], "2024-09-01")]),
    # a named body's words the writer adduces in an 'as' aside, dated on the verb or by the clause it hangs on
    ("As the Organisation of Islamic Cooperation stated on 1 September, the strikes had endangered regional peace.",
     [("the Organisation of Islamic Cooperation stated on 1 September", ["the Organisation of Islamic Cooperation"],
       "2024-09-01")]),
    ("In a call on Monday, the minister told him that China supported the ceasefire, as the Chinese Ministry of "
     "Foreign Affairs also said in its readout of the call.",
     [("the Chinese Ministry of Foreign Affairs also said in its readout of the call",
       ["the Chinese Ministry of Foreign Affairs"], "2024-09-02")]),
    # not cited: a reckoning of nobody named; people's estimates; a title in an aside; an undated statement; figures
    # that say something rather than being issued
    ("By some estimates, the war has cost $100 billion.", []),
    ("By most analysts' estimates, the war has cost $100 billion.", []),
    ("As the Secretary said in Doha a week ago, the talks are the last chance.", []),
    ("She said in a statement that the bill was dead.", []),
    ("Turnout passed 200,000, according to figures that show a rise.", []),
])
def test_polls_reckonings_statements_and_asides_of_unlisted_sources(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


@pytest.mark.parametrize("text, found", [
    # a body's spokesperson speaks for the body; the statement dated after the noun
    ("In a statement sent to Reuters on 3 September, a UNICEF spokesperson said the convoy had been stopped.",
     [("a statement sent to Reuters on 3 September", ["UNICEF"], "2024-09-03")]),
    # a definite noun names again the body named before, the statement dated "the same day"; a verb of saying
    # with no clause ("called the report false") still gives the body's dated words
    ("The Harbour Relief Foundation opened a depot in Rafah on 1 September. In a statement the same day, the "
     "foundation called the rumours of closure false.",
     [("a statement the same day", ["Harbour Relief Foundation"], "2024-09-01")]),
    # 'its' stands for the body, the date before the noun
    ("UNICEF said in its 3 September statement that it planned to open more depots.",
     [("UNICEF said in its 3 September statement", ["UNICEF"], "2024-09-03")]),
    # 'its' stands for the body, the date after the noun, the body named before or after the phrase
    ("The International Committee of the Red Cross said in its statement on Monday that two of its staff had been "
     "killed in Khan Younis.",
     [("The International Committee of the Red Cross said in its statement on Monday",
       ["International Committee of the Red Cross"], "2024-09-02")]),
    ("In its statement on Tuesday, UNICEF said more than 600,000 children in Rafah had nowhere safe to go.",
     [("its statement on Tuesday", ["UNICEF"], "2024-09-03")]),
    # the issuer named after the noun, by 'issued by'
    ("In a statement issued by the Norwegian Refugee Council on 3 September, its secretary general, Jan Egeland, "
     "said the convoy had been stopped.",
     [("a statement issued by the Norwegian Refugee Council on 3 September", ["Norwegian Refugee Council"],
       "2024-09-03")]),
    # a named person's dated message, the date split by the parser ("on Monday, 2 September")
    ("In a message to staff on Monday, 2 September, Chancellor Maria Lopez wrote that the college would not close.",
     [("a message to staff on Monday, 2 September", ["Maria Lopez"], "2024-09-02")]),
    # people who speak for a body named again ('lawyers for the college'), in a letter dated 'the same day'
    ("The Harbour Relief College rejected the demands on 2 September. Lawyers for the college told the ministry in "
     "a letter the same day that the demands were unlawful.",
     [("Lawyers for the college told the ministry in a letter the same day", ["Harbour Relief College"],
       "2024-09-02")]),
    # a body's statement owned through its pronoun, undated
    ("UNICEF said in its statement that it planned to open more depots.",
     [("UNICEF said in its statement", ["UNICEF"], None)]),
    ("UNICEF said in its statement on the convoy that it planned to open more depots.",
     [("UNICEF said in its statement", ["UNICEF"], None)]),
    # not cited: a definite noun with no body named before; an undated letter; messages in the plural (an exchange,
    # no document issued)
    ("Jane Doe, a nurse, said in messages sent in July that she had been threatened.", []),
    ("In a statement on Tuesday, the foundation called the rumours false.", []),
    ("She wrote him a letter saying she was sorry.", []),
])
def test_dated_statements_messages_and_letters_of_a_body_named_again(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


@pytest.mark.parametrize("text, found", [
    # an acronym names the body it spells, named in full before (the actors keep them apart)
    ("The Northern Rivers Water Authority closed two wells in May. An NRWA spokesperson said in a statement on "
     "Tuesday that the water was safe.",
     [("An NRWA spokesperson said in a statement on Tuesday", ["Northern Rivers Water Authority"], "2024-09-03")]),
    # two people who speak together, however the parser hangs the second name
    ("Mayor Lena Ortiz and Governor Paul Brandt condemned the ruling in a joint statement on Monday, calling it "
     "reckless.",
     [("Mayor Lena Ortiz and Governor Paul Brandt condemned the ruling in a joint statement on Monday",
       ["Lena Ortiz", "Paul Brandt"], "2024-09-02")]),
    # a body's own report cites the body, named again as "the College"; its period after "for" is no date
    ("The Harbour Relief College cut 40 posts last year. Grants paid for a tenth of its budget, according to the "
     "college's financial report for fiscal 2023.",
     [("according to the college's financial report for fiscal 2023", ["Harbour Relief College"], None)]),
    # not joined: one name with "and" in it stays one body
    ("The Ports and Harbours Board said in a statement on Monday that the quay would reopen.",
     [("The Ports and Harbours Board said in a statement on Monday", ["The Ports and Harbours Board"], "2024-09-02")]),
])
def test_acronyms_joint_statements_and_a_bodys_own_report(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


def test_a_court_document_owned_and_dated_cites_its_owner(nlp):
    text = "The appeals court ruled against the port authority. In its order of 3 June, the court said the lease was void."
    (c,) = citations(nlp, text)
    assert (c.text, c.date) == ("its order of 3 June", "2024-06-03")
    assert c.outlets and "court" in c.outlets[0].lower()


def test_a_court_word_in_another_sense_is_no_citation(nlp):
    assert citations(nlp, "The old ferry, which sat idle for years, is back in working order this week.") == []


@pytest.mark.parametrize("text, published, found", [
    # an outlet a lower-case media noun introduces, whatever the tagger calls its name
    ("The weekly Lomami Echo reported on 4 March that the bridge at Kabinda had been washed away.", "2025-03-20",
     [("The weekly Lomami Echo reported on 4 March", ["Lomami Echo"], "2025-03-04")]),
    ("The Hamburg daily Nordwind Kurier reported on Tuesday that the port would close.", "2025-03-20",
     [("The Hamburg daily Nordwind Kurier reported on Tuesday", ["Nordwind Kurier"], "2025-03-18")]),
    # a study published in a journal cites the journal, dated by the phrase; a place is no journal
    ("The study's main results, published in The Lancet Infectious Diseases in May 2021, showed that the drug cut "
     "deaths by half.", "2025-03-20",
     [("The study's main results, published in The Lancet Infectious Diseases in May 2021",
       ["The Lancet Infectious Diseases"], "2021-05")]),
    ("The report was published in Geneva on Monday and in French on Tuesday.", "2025-03-20", []),
    # a poll 'of' its sample 'by' its author, dated by a participle the parser hung on the author
    ("A poll of 900 farmers by the Prairie Growers Union, released in August, found that most had cut their "
     "spending.", "2025-11-06",
     [("A poll of 900 farmers by the Prairie Growers Union, released in August", ["Prairie Growers Union"],
       "2025-08")]),
])
def test_outlets_a_kind_noun_introduces_journals_and_polls_by_a_body(nlp, text, published, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, published)] == found


@pytest.mark.parametrize("text, published, found", [
    # a document owned through 'its', dated by a participle set off by commas; its verb of saying joined by 'and'
    ("The Harbour Pilots Association said on Monday that it needed $2 million. Its appeal, published on 3 November, "
     "lists 12 boats and says the association has raised half.", "2025-11-06",
     [("Its appeal, published on 3 November", ["Harbour Pilots Association"], "2025-11-03")]),
    ("In its reply brief, filed in October, the city argued that the fees were lawful.", "2025-11-06",
     [("its reply brief, filed in October", ["the city"], "2025-10")]),
    # a brief filed on behalf of named parties is theirs
    ("The counties' brief, filed in October on behalf of Travis County and 20 other counties, answers that the law "
     "is clear.", "2025-11-06",
     [("The counties' brief, filed in October on behalf of Travis County and 20 other counties", ["Travis County"],
       "2025-10")]),
    # figures released on a day, in a phrase on the verb of a body that gives them
    ("In figures released on 2 November, the provincial administration put the toll at more than 300 dead.",
     "2025-11-06", [("figures released on 2 November", ["the provincial administration"], "2025-11-02")]),
    # a private person's message is no source
    ("Khatera heard about the flood from a cousin's voice message, sent from a hillside a little after midnight on "
     "Monday, 1 September.", "2025-09-12", []),
])
def test_documents_owned_through_a_pronoun_a_party_or_a_clause(nlp, text, published, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, published)] == found


@pytest.mark.parametrize("text, published, found", [
    # a body named by a definite noun owns its document; the declaration is the act told before, and takes its day
    ("On Tuesday 9 September, the health minister declared an outbreak in the district. According to the ministry's "
     "declaration, 28 cases had been recorded by then.", "2025-09-19",
     [("According to the ministry's declaration", ["the ministry"], "2025-09-09")]),
    ("According to the ministry's declaration, 28 cases had been recorded.", "2025-09-19",
     [("According to the ministry's declaration", ["the ministry"], None)]),
    ("According to the clinic's intake log, which the Ledger has seen, 19 patients were admitted in August.",
     "2025-09-19", [("According to the clinic's intake log", ["the clinic"], None)]),
    # the body's name ends before a clause on it; 'the committee' names it again
    ("Two families have arrived, according to the welfare committee of the Al-Noor Mosque in Fremont, which has kept "
     "a register since May. According to the committee's count on Wednesday, 40 families have now arrived.",
     "2025-09-12",
     [("according to the welfare committee of the Al-Noor Mosque in Fremont",
       ["the welfare committee of the Al-Noor Mosque in Fremont"], None),
      ("According to the committee's count on Wednesday", ["the welfare committee of the Al-Noor Mosque in Fremont"],
       "2025-09-10")]),
    # a body's account or a reckoning is dated by the day the claim is told as of; a document is not
    ("By Wednesday the number had grown to 63, according to the welfare committee of the Al-Noor Mosque.",
     "2025-09-12",
     [("according to the welfare committee of the Al-Noor Mosque", ["the welfare committee of the Al-Noor Mosque"],
       "2025-09-10")]),
    ("Dr. Amina Said leads the tracing teams. By her count, her teams had traced 940 contacts by 15 September.",
     "2025-09-19", [("By her count", ["Amina Said"], "2025-09-15")]),
    ("Dr. Amina Said leads the tracing teams. By her count, her teams had traced 940 contacts in August.",
     "2025-09-19", [("By her count", ["Amina Said"], None)]),
    ("By Wednesday, 63 families had arrived, according to an email from the welfare committee.", "2025-09-12",
     [("according to an email from the welfare committee", ["an email from the welfare committee"], None)]),
])
def test_bodies_named_again_and_days_told_as_of(nlp, text, published, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, published)] == found


def test_a_statement_of_states_is_no_cited_report(nlp):
    text = "The joint statement from Paris and Berlin called the talks useful and said the ministers would meet again."
    assert citations(nlp, text, "2025-09-19") == []


@pytest.mark.parametrize("text, found", [
    # the writers 'its' owns write for the outlet a kind noun introduced in the sentence before
    ('The Vienna weekly Der Donaubote is gloomier. Its editorial board concludes: "The centre did not hold."',
     [("Its editorial board", ["Der Donaubote"], None)]),
    # a body's officials are no outlet's writers
    ("The ministry was cautious. Its officials said that the vote was a protest.", []),
])
def test_an_outlets_own_writers_named_through_its(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2024-07-06")] == found


@pytest.mark.parametrize("text, url, found", [
    # a definite capitalised name that reports a clause or on a day is an outlet, whatever the dictionary lacks; a day
    # word that opens the name does not date it
    ("Other papers were busy. The Sunday Lantern reported last Sunday that two aides had quit. The Evening Skiff "
     "reported on Thursday that the whips had drawn up a list.", None,
     [("The Sunday Lantern reported last Sunday", ["The Sunday Lantern"], "2025-06-29"),
      ("The Evening Skiff reported on Thursday", ["The Evening Skiff"], "2025-07-03")]),
    # a kind noun in more words introduces the name ('the news site X')
    ("The news site Porto Livre reported on Wednesday that four districts had run out of vaccine.", None,
     [("The news site Porto Livre reported on Wednesday", ["Porto Livre"], "2025-07-02")]),
    # a paper's name in its own language keeps its small words, though never as its last word
    ("Five people were detained on Tuesday, the Lyon daily Le Progrès du Rhône reported on Wednesday.", None,
     [("the Lyon daily Le Progrès du Rhône reported on Wednesday", ["Le Progrès du Rhône"], "2025-07-02")]),
    ("The fire spread overnight, the weekly Gazette de reported on Wednesday.", None, []),
    # a body's name ending in a body's word is no paper's title
    ("The Harbour Trust reported on Monday that the quay was unsafe.", None, []),
    # words told to the paper that publishes the text are its own reporting; told to another paper, its interview
    ("A spokesman told the Harbour Courier on Tuesday that the port was closed.", "https://harbourcourier.example.com/a",
     []),
    ("A spokesman told the Harbour Courier on Tuesday that the port was closed.", "https://otherpaper.example.com/a",
     [("told the Harbour Courier on Tuesday", ["the Harbour Courier"], "2025-07-01")]),
])
def test_outlets_no_dictionary_holds(nlp, text, url, found):
    doc = nlp(text, published="2025-07-06", url=url)
    assert [(c.text, c.outlets, c.date) for c in doc.citations] == found


@pytest.mark.parametrize("text, found", [
    # a document a possessive owns and a dated participle of issuing describes, as the subject of a verb of saying
    ("Rail fares rose again. The Ministry of Transport's white paper, published on 4 May, said fares would keep rising.",
     [("The Ministry of Transport's white paper, published on 4 May", ["The Ministry of Transport"], "2025-05-04")]),
    ("The Department for Roads and Bridges' consultation paper, published on 2 April, said the tolls would help.",
     [("The Department for Roads and Bridges' consultation paper, published on 2 April", ["Department for Roads"],
       "2025-04-02")]),
    ("A Pollwise survey for the Evening Lantern, conducted on Friday, puts the Greens on 30 per cent.",
     [("A Pollwise survey for the Evening Lantern, conducted on Friday", ["Pollwise"], "2025-07-04")]),
    # the owner named again by a word for a firm is the firm the story names most
    ("Orvane Motors cut its outlook. Orvane Motors blamed tariffs, and Pell Capital asked why. The company's annual "
     "filing, lodged on Tuesday, says two suppliers accounted for a third of sales.",
     [("The company's annual filing, lodged on Tuesday", ["Orvane Motors"], "2025-07-01")]),
    # an owner's name the parser split at its possessive
    ("According to the Council of the EU's announcement on Thursday, the package bans imports of gas.",
     [("According to the Council of the EU's announcement on Thursday", ["European Council"], "2025-07-03")]),
    # a document the parser made the subject of its participle; the body named again by its first word, of that day
    ("According to the Aldwick Energy Monitor's tally published on 14 June, refiners took less crude. According to "
     "the Aldwick tally, gas made up about 15 percent of imports.",
     [("According to the Aldwick Energy Monitor's tally published on 14 June", ["the Aldwick Energy Monitor"],
       "2025-06-14"),
      ("According to the Aldwick tally", ["the Aldwick Energy Monitor"], "2025-06-14")]),
    ("An analysis by the Brightwater Climate Institute, published on Monday 16 June, found that the plans fell short. "
     "By the Brightwater analysis, the gap would close by 2040.",
     [("An analysis by the Brightwater Climate Institute, published on Monday 16 June", ["Brightwater Climate Institute"],
       "2025-06-16"),
      ("By the Brightwater analysis", ["Brightwater Climate Institute"], "2025-06-16")]),
])
def test_documents_dated_by_a_participle_and_owners_named_again(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2025-07-06")] == found


@pytest.mark.parametrize("text, found", [
    # an analyst's note to clients, dated in its phrase; 'Its note' opening a sentence is the named subject's before
    ("In a note to clients on Thursday morning, Kestrel Securities kept its rating and said demand was strong. Pell "
     "Capital was cooler. Its note, published on Wednesday night, said the outlook implied slower growth.",
     [("a note to clients on Thursday morning", ["Kestrel Securities"], "2025-07-03"),
      ("Its note, published on Wednesday night", ["Pell Capital"], "2025-07-02")]),
    # an estimate cut, orders had: no source
    ("Grange Research had already cut its estimate for sales to zero. Vantor Chips said its own orders had doubled.", []),
    # a filing to an exchange, dated in its phrase, by a firm its appositive names
    ("Harrow Shipping, an Oslo-listed shipowner, said in a filing to the Oslo exchange on Friday that 3 of its 26 "
     "vessels had carried the cargoes.",
     [("Harrow Shipping, an Oslo-listed shipowner, said in a filing to the Oslo exchange on Friday", ["Harrow Shipping"],
       "2025-07-04")]),
    ("The presses were in working order on Monday.", []),
    # a letter named for an act is its writer's, dated by the act
    ("Ruth Hale, who quit as a junior minister last month, wrote in her resignation letter that she could not vote for "
     "the cuts.", [("in her resignation letter", ["Ruth Hale"], "2025-06")]),
])
def test_notes_filings_and_letters(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2025-07-06")] == found


@pytest.mark.parametrize("text, found", [
    # a reckoning of a scene's figure takes the day of the scene its clause opens with
    ("At the vigil on Monday night, more than 300 people, by the committee's count, stood in the rain.",
     [("by the committee's count", ["the committee"], "2025-10-13")]),
    # a person's reckoning takes the day she last spoke, dated, in its paragraph
    ("Maya Ross, who chairs the vigil group, said on Monday night that the group had raised money. By her count, the "
     "group has held 98 vigils.", [("By her count", ["Maya Ross"], "2025-10-13")]),
])
def test_reckonings_dated_by_their_scene_or_speaker(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2025-10-16")] == found


@pytest.mark.parametrize("text, found", [
    # a body's position paper, fact sheet or blog post, dated by a phrase the parser hung on the verb or by a participle
    ("The Halden Trust said in a briefing paper on Tuesday that rents had doubled.",
     [("The Halden Trust said in a briefing paper on Tuesday", ["Halden Trust"], "2024-09-03")]),
    ("The Ridgeway Institute said in a position paper last week that the tariff was set too high.",
     [("The Ridgeway Institute said in a position paper last week", ["Ridgeway Institute"], None)]),
    ("The Treasury said in a fact sheet published on Monday that the levy would raise £2bn.",
     [("The Treasury said in a fact sheet published on Monday", ["The Treasury"], "2024-09-02")]),
    ("Northwind Airways said in a blog post on Monday that it would cut ten routes.",
     [("Northwind Airways said in a blog post on Monday", ["Northwind Airways"], "2024-09-02")]),
    # an alert or a notice is a document a body issues too
    ("In an alert on Monday, the World Food Programme said famine had spread to two more districts.",
     [("an alert on Monday", ["World Food Programme"], "2024-09-02")]),
    # not cited: a person's post is their words, a quote
    ("Jane Doe said in a post on Monday that she would stand again.", []),
])
def test_papers_sheets_and_posts_of_a_body(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


@pytest.mark.parametrize("text, span, outlets, date", [
    ("The World Health Organization said in a statement on Monday that mpox was a global emergency. "
     "The statement said cases had risen in 13 countries.",
     "The statement", ["World Health Organization"], "2024-09-02"),
    ("In a letter dated 2 September, the European Commission asked Hungary to explain its visa scheme. "
     "According to the letter, the scheme could let spies into the Schengen area.",
     "According to the letter", ["European Commission"], "2024-09-02"),
    ("NATO said in a joint statement on Tuesday that the drills would go ahead. In that joint statement, "
     "it said that Poland would host them.",
     "In that joint statement", ["NATO"], "2024-09-03"),
])
def test_document_named_again_takes_its_owner_and_date(nlp, text, span, outlets, date):
    cited = [(c.text, c.outlets, c.date) for c in citations(nlp, text)]
    assert (span, outlets, date) in cited


@pytest.mark.parametrize("text", [
    # nothing cited before it: the noun names no document the text told of
    "The statement said cases had risen in 13 countries.",
    # another noun: a report is not the statement cited before
    "The World Health Organization said in a statement on Monday that mpox was a global emergency. "
    "The report said cases had risen in 13 countries.",
])
def test_document_not_named_again(nlp, text):
    assert [c.text for c in citations(nlp, text) if "said in a statement" not in c.text] == []


def test_the_document_as_a_setting_is_no_source_again(nlp):
    """'In the letter, it said C' sets the words in the letter told of; 'In that letter' points back to it."""
    text = ("In a letter dated 2 September, the European Commission asked Hungary to explain its visa scheme. "
            "In the letter, it said the scheme could let spies into the Schengen area.")
    assert [c.text for c in citations(nlp, text)] == ["a letter dated 2 September"]


@pytest.mark.parametrize("text, span, outlets, date", [
    ("In a health advisory issued on 30 August, the World Health Organization told clinicians to test travellers.",
     "a health advisory issued on 30 August", ["World Health Organization"], "2024-08-30"),
    ("In its guidelines on the use of force, published on 18 July, the European Commission said that "
     "border guards must log every incident.",
     "its guidelines on the use of force, published on 18 July", ["European Commission"], "2024-07-18"),
])
def test_advisories_and_guidelines_are_documents(nlp, text, span, outlets, date):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, date)


def test_attribution_line_under_a_quotation(nlp):
    """A dash line naming who gave the words above it and the dated statement they came in cites that statement."""
    text = ("“The United States will not stand by.”\n"
            "— Antony Blinken, in a statement on Monday announcing new sanctions\n\n"
            "“We have lost a friend.”\n"
            "— Emmanuel Macron, in a message to the nation on 1 September\n")
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == [
        ("in a statement on Monday", ["Antony Blinken"], "2024-09-02"),
        ("in a message to the nation on 1 September", ["Emmanuel Macron"], "2024-09-01"),
    ]


def test_attribution_line_signed_with_a_horizontal_bar(nlp):
    """The horizontal bar signs a quotation as the em dash does (the quotes' signature and the citation read one line)."""
    text = "“We have lost a friend.”\n― Emmanuel Macron, in a message to the nation on 1 September\n"
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == [
        ("in a message to the nation on 1 September", ["Emmanuel Macron"], "2024-09-01")]


def test_dash_line_under_no_quotation_is_no_attribution_line(nlp):
    text = "Reactions came quickly.\n— Emmanuel Macron, in a message to the nation on 1 September\n"
    assert citations(nlp, text) == []


def test_undated_attribution_line_is_the_speakers_words(nlp):
    text = "“We have lost a friend.”\n— Emmanuel Macron, in a message to the nation\n"
    assert citations(nlp, text) == []


def test_document_named_again_only_in_its_paragraph(nlp):
    """Paragraphs later, 'the report' may be the one the story is about, not the one it cited."""
    text = ("Amnesty International published a report on Sudan. A UN panel of experts, in a report to the Security "
            "Council made public in January, put the toll at 15,000.\n\n"
            "Survivors described the attacks.\n\n"
            "The report urges the Security Council to extend the arms embargo.")
    assert [c.text for c in citations(nlp, text) if c.text.startswith("The report")] == []


def test_a_bullets_dash_is_no_part_of_the_owner(nlp):
    text = "Forecasts:\n- Goldman Sachs, in a note to clients, kept its forecast of $56 a barrel for Brent.\n"
    assert [c.outlets for c in citations(nlp, text)] == [["Goldman Sachs"]]


@pytest.mark.parametrize("text, span, outlets", [
    # a thing a named or known body owns, after 'according to', whatever its noun, cites that body
    ("The Guadalupe rose 26 feet in 45 minutes, according to the U.S. Geological Survey's gauge at Hunt.",
     "according to the U.S. Geological Survey's gauge at Hunt", ["United States Geological Survey"]),
    ("Wages rise by 12 percent over four years, according to the Teamsters' summary of the tentative agreement.",
     "according to the Teamsters' summary of the tentative agreement", ["Teamsters"]),
    # a body the dictionary knows is cited by its full name
    ("Measles cases reached 607 in 22 jurisdictions, according to the CDC.", "according to the CDC",
     ["Centers for Disease Control and Prevention"]),
    ("The CDC's weekly count, published on Friday, put the national total at 607 cases.",
     "The CDC's weekly count, published on Friday", ["Centers for Disease Control and Prevention"]),
])
def test_a_body_is_cited_by_its_dictionary_name_and_owns_what_it_issues(nlp, text, span, outlets):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets) == (span, outlets)


def test_according_to_a_persons_thing_is_no_body(nlp):
    text = "The vote was delayed, according to the senator's office."
    assert [c.outlets for c in citations(nlp, text)] == [["the senator's office"]]


def test_according_to_a_body_a_named_body_owns_is_that_body(nlp):
    text = "Only a third of the appeal was funded, according to the UN's financial tracking service."
    assert [c.outlets for c in citations(nlp, text)] == [["the UN's financial tracking service"]]


@pytest.mark.parametrize("text, url, found", [
    # the writer's dated 'as' aside in the publication's own voice cites its earlier issue, named as the masthead
    # names the publisher whose letters open the text's address
    ("The Kestrel Post · Politics · Sunday 6 July 2025\n\nAs we reported last Sunday, the whips had drawn up a list.",
     "https://kestrelpost.example.com/politics/whips",
     [("As we reported last Sunday", ["The Kestrel Post"], "2025-06-29")]),
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nAs Bulletin No. 12 reported on 2 June, the dockers "
     "voted to strike. As this paper said in its issue of 9 June, the port stayed shut.",
     "https://harbour-lines.example.org/bulletins/14",
     [("As Bulletin No. 12 reported on 2 June", ["Harbour Lines"], "2025-06-02"),
      ("As this paper said in its issue of 9 June", ["Harbour Lines"], "2025-06-09")]),
    # a document the publisher owns, named by the last word of its name
    ("The Kestrel Post · Sunday 6 July 2025\n\nIn the Post's own online poll last Sunday, most readers backed the "
     "strike.", "https://kestrelpost.example.com/a",
     [("the Post's own online poll last Sunday", ["The Kestrel Post"], "2025-06-29")]),
    # an undated aside is the same broadcast, and with no address there is no publisher to name
    ("Kestrel Radio · Sunday 6 July 2025\n\nAs we reported earlier, the port is shut.",
     "https://kestrelradio.example.com/a", []),
    ("As we reported last Sunday, the whips had drawn up a list.", None, []),
    # a malformed address in the front matter names no publisher and fails nothing
    ("The Kestrel Post · Sunday 6 July 2025\n\nAs we reported last Sunday, the whips had drawn up a list.",
     "http://[kestrelpost/whips", []),
    # someone's 'we' inside a quotation speaks for them
    ("The Kestrel Post · Sunday 6 July 2025\n\n“As we said on 2 June, the port must reopen,” the mayor said.",
     "https://kestrelpost.example.com/a", []),
])
def test_earlier_issues_of_the_publisher(nlp, text, url, found):
    doc = nlp(text, published="2025-07-06", url=url)
    assert [(c.text, c.outlets, c.date) for c in doc.citations] == found


@pytest.mark.parametrize("text, found", [
    # a definite body noun names again the last name written before that ends in it, however the tagger read the
    # name ('Greater Manchester Police'); police forces are bodies that issue statements
    ("The march was stopped on the advice of Greater Manchester Police, who had classed it as high risk. The police "
     "said in a statement on Tuesday that the decision was based on intelligence.",
     [("The police said in a statement on Tuesday", ["Greater Manchester Police"], "2024-09-03")]),
    # no name ending in the noun before it: nothing to cite
    ("The march was stopped on Monday. The police said in a statement on Tuesday that the decision was final.", []),
])
def test_a_body_named_again_by_its_written_name(nlp, text, found):
    assert [(c.text[:len(f[0])], c.outlets, c.date) for c, f in zip(citations(nlp, text), found)] == found
    assert len(citations(nlp, text)) == len(found)


@pytest.mark.parametrize("text, published, found", [
    # a report dated only to a week is given as the month the week lies in
    ("Reuters reported last week that the port authority had frozen the accounts.", "2025-10-16",
     [("Reuters reported last week", ["Reuters"], "2025-10")]),
    # a week that runs over two months fixes no month
    ("Reuters reported last week that the port authority had frozen the accounts.", "2025-11-05",
     [("Reuters reported last week", ["Reuters"], None)]),
])
def test_a_week_is_given_as_its_month(nlp, text, published, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, published)] == found


@pytest.mark.parametrize("text, found", [
    # a named body's statement, reply or release cites the body whose verb of saying names it, dated or not
    ("The Kenya Red Cross Society said in a statement that 4,000 people had been displaced by the floods.",
     [("The Kenya Red Cross Society said in a statement", ["The Kenya Red Cross Society"], None)]),
    ("In its statement, the Kenya Red Cross Society said that 4,000 people had been displaced by the floods.",
     [("its statement", ["the Kenya Red Cross Society"], None)]),
    ("In a reply dated 10 March, the Home Office told the committee that the figures were not yet available.",
     [("a reply dated 10 March", ["Home Office"], "2025-03-10")]),
    # not cited: a manner, not a document; a person the text does not name; a pronoun with no one before it
    ("In reply, the Home Office said that the figures were not yet available.", []),
    ("The mayor said in a statement that the roads would reopen.", []),
    ("She said in a statement that the bill was dead.", []),
])
def test_a_body_cites_its_own_statement(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2025-03-12")] == found


@pytest.mark.parametrize("text, found", [
    # a government named by one of its departments issues as that department; by its seat or its leader, as the
    # government
    ("According to the State Department, 300 visas were issued in May.",
     [("According to the State Department", ["State Department"], None)]),
    ("According to the White House, 300 visas were issued in May.",
     [("According to the White House", ["US government"], None)]),
])
def test_a_department_cites_as_itself(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found


@pytest.mark.parametrize("text, url, found", [
    # the publication's own name, with no article, reporting on a day: its earlier issue
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nThe dockers voted in May. Harbour Lines reported on "
     "2 June that the vote had been close.", "https://harbour-lines.example.org/bulletins/14",
     [("Harbour Lines reported on 2 June", ["Harbour Lines"], "2025-06-02")]),
    # another name with no article is a firm or a body as likely as a paper
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nOrvane Motors reported on 2 June that sales had "
     "fallen.", "https://harbour-lines.example.org/bulletins/14", []),
    # a verb of printing reports with a printed thing as its object
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nThe Guardian ran a story on 2 June saying that the "
     "port would close.", "https://harbour-lines.example.org/bulletins/14",
     [("The Guardian ran a story on 2 June", ["The Guardian"], "2025-06-02")]),
    # with another object the outlet does something else; the publication's own website is no report it issued
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nA member asked us on Tuesday whether Harbour Lines "
     "would run a pensions advice evening. We will.", "https://harbour-lines.example.org/bulletins/14", []),
    ("Harbour Lines · Members' bulletin · Sunday 6 July 2025\n\nI gather from Harbour Lines' website that my last "
     "letter upset a few members.", "https://harbour-lines.example.org/bulletins/14", []),
])
def test_the_publication_reports_under_its_own_name(nlp, text, url, found):
    doc = nlp(text, published="2025-07-06", url=url)
    assert [(c.text, c.outlets, c.date) for c in doc.citations] == found


@pytest.mark.parametrize("text, span, outlets, date", [
    # a date straight after the reckoning, closing the fronted phrase at its comma, is the reckoning's day
    ("According to the BBC's count this morning, Labour won about 33.7 percent of the vote.",
     "According to the BBC's count this morning", ["BBC"], "2024-07-05"),
    ("According to Reuters' tally yesterday, 23 people died in the floods in Valencia.",
     "According to Reuters' tally yesterday", ["Reuters"], "2024-07-04"),
])
def test_a_date_closing_an_according_to_phrase(nlp, text, span, outlets, date):
    found = citations(nlp, text, published="2024-07-05")
    assert [(c.text, c.outlets, c.date) for c in found] == [(span, outlets, date)]


def test_the_speakers_own_count_is_no_cited_source(nlp):
    assert citations(nlp, "By my count, the Conservatives lost 250 seats overnight.", published="2024-07-05") == []


def test_the_ministry_of_health_in_gaza_is_the_gaza_health_ministry(nlp):
    found = citations(nlp, "According to the Ministry of Health in Gaza, 46,000 people have been killed since October "
                           "2023.", published="2025-01-24")
    assert [(c.text, c.outlets) for c in found] == [("According to the Ministry of Health in Gaza",
                                                     ["Gaza Health Ministry"])]


@pytest.mark.parametrize("text, span, outlets, date", [
    # a date after the phrase that names whom the document went to is the document's day
    ("Morgan Stanley, in a note to clients in early March, cut its forecast for Brent to $68 a barrel.",
     "Morgan Stanley, in a note to clients in early March", ["Morgan Stanley"], "2025-03"),
    ("Citigroup, in a memo to investors on Tuesday, raised its gold price target to $3,500 an ounce.",
     "Citigroup, in a memo to investors on Tuesday", ["Citigroup"], "2025-04-01"),
])
def test_a_date_after_the_documents_addressee(nlp, text, span, outlets, date):
    found = citations(nlp, text, published="2025-04-03")
    assert [(c.text, c.outlets, c.date) for c in found] == [(span, outlets, date)]


def test_an_undated_addressee_phrase_gives_no_date(nlp):
    found = citations(nlp, "Morgan Stanley, in a note to clients, cut its forecast for Brent to $68 a barrel.",
                      published="2025-04-03")
    assert [(c.text, c.outlets, c.date) for c in found] == [("Morgan Stanley, in a note", ["Morgan Stanley"], None)]


@pytest.mark.parametrize("text, date", [
    # a survey run over a span of days is dated by the month that holds them, or not at all over two months
    ("A YouGov survey of 2,100 adults, carried out between March 3 and 7, found that 61 percent backed the plan.",
     "2025-03"),
    ("A YouGov survey of 2,100 adults, carried out between March 28 and April 2, found that 61 percent backed the "
     "plan.", None),
])
def test_a_span_of_days_dates_a_report_by_its_month(nlp, text, date):
    found = citations(nlp, text, published="2025-04-10")
    assert [(c.outlets, c.date) for c in found] == [(["YouGov"], date)]


def test_a_single_day_keeps_its_day(nlp):
    found = citations(nlp, "A YouGov survey of 2,100 adults, carried out on March 3, found that 61 percent backed "
                           "the plan.", published="2025-04-10")
    assert [(c.outlets, c.date) for c in found] == [(["YouGov"], "2025-03-03")]


def test_a_year_in_a_documents_title_yields_to_its_day_of_issue(nlp):
    found = citations(nlp, "The Amnesty International Death Penalty Report 2023, published in May, counted 1,153 "
                           "executions worldwide.", published="2024-09-05")
    assert [(c.outlets, c.date) for c in found] == [(["Amnesty International"], "2024-05")]


def test_a_possessive_owner_of_an_estimate_is_the_person_named_before(nlp):
    found = citations(nlp, "Helima Croft, head of commodity strategy at RBC Capital Markets, said the cuts would "
                           "bite. By her estimate, Saudi output will fall by 400,000 barrels a day.",
                      published="2025-04-03")
    assert [(c.text, c.outlets) for c in found] == [("By her estimate", ["Helima Croft"])]


@pytest.mark.parametrize("text, found", [
    # a UK regulator owns what it announces, named by its short name through the actor dictionary
    ("According to Ofgem's announcement of 27 May, the price cap will fall by 7 per cent in July.",
     [("According to Ofgem's announcement of 27 May", ["Office of Gas and Electricity Markets"], "2025-05-27")]),
    ("Water bills in England will rise by an average of 26 per cent, according to Ofwat's final determination.",
     [("according to Ofwat's final determination", ["Water Services Regulation Authority"], None)]),
])
def test_a_regulator_owns_its_announcement(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text, "2025-06-02")] == found


@pytest.mark.parametrize("text, url, found", [
    # in a body's own minutes, its officer's document named by office alone is the body's
    ("Calder Valley Allotment Society · Annual general meeting · 12 March 2025\n\nAccording to the treasurer's "
     "annual report, the society holds £4,210 in reserve.", "https://caldervalleyallotmentsociety.example.org/agm",
     [("According to the treasurer's annual report", ["Calder Valley Allotment Society"], None)]),
    # not in a paper's pages, nor for another body's officer
    ("The Calder Valley Courier · News · 12 March 2025\n\nAccording to the treasurer's annual report, the society "
     "holds £4,210 in reserve.", "https://caldervalleycourier.example.org/news/agm",
     [("According to the treasurer's annual report", ["the treasurer's annual report"], None)]),
    ("Calder Valley Allotment Society · Annual general meeting · 12 March 2025\n\nAccording to the council "
     "treasurer's annual report, rents will rise.", "https://caldervalleyallotmentsociety.example.org/agm",
     [("According to the council treasurer's annual report", ["the council treasurer's annual report"], None)]),
])
def test_a_bodys_officer_reports_for_the_body(nlp, text, url, found):
    doc = nlp(text, published="2025-03-13", url=url)
    assert [(c.text, c.outlets, c.date) for c in doc.citations] == found


@pytest.mark.parametrize("text, found", [
    # a definite document a body's noun modifies is the body's the text last named by a name ending in that noun
    ("Officers from Thames Valley Police reached the flat at 9 p.m. According to the police log, the first call came "
     "at 8.50 p.m.", [("According to the police log", ["Thames Valley Police"], None)]),
    # no such name before it: the document stands as written
    ("According to the police log, the first call came at 8.50 p.m.",
     [("According to the police log", ["the police log"], None)]),
])
def test_a_bodys_document_named_by_its_noun(nlp, text, found):
    assert [(c.text, c.outlets, c.date) for c in citations(nlp, text)] == found



@pytest.mark.parametrize("text, span, outlets, date", [
    # a hat tip in brackets: the label's own slash does not part outlets
    ("Grain prices rose sharply in March (h/t Bloomberg).", "(h/t Bloomberg)", ["Bloomberg"], None),
    # a report named by the outlet it ran in, after "according to"
    ("The bridge was closed for repairs, according to a report in the Kenosha Courier on Friday.",
     "according to a report in the Kenosha Courier on Friday", ["the Kenosha Courier"], "2024-08-30"),
    # a body named by its place and its noun, in a statement on its verb
    ("The Springfield police department said in a statement on Monday that no arrests had been made.",
     "The Springfield police department said in a statement on Monday", ["Springfield police department"],
     "2024-09-02"),
    # a state's body named by its people's adjective after "according to"
    ("Seventeen fans were arrested after the match, according to Dutch police.",
     "according to Dutch police", ["Dutch police"], None),
    # a court's dated judgment on its verb
    ("The Court of Appeal held in its judgment of 12 May 2021 that the sentence was too lenient.",
     "its judgment of 12 May 2021", ["Court of Appeal"], "2021-05-12"),
    # a news agency named as such is still an outlet
    ("Iran's Mehr News Agency reported on Sunday that the plant had reopened.",
     "Iran's Mehr News Agency reported on Sunday", ["Mehr News Agency"], "2024-09-01"),
    # an outlet a kind noun introduces by an apposition
    ("A Danish fan site, Kampen, wrote on Monday that tickets had sold out.",
     "A Danish fan site, Kampen, wrote on Monday", ["Kampen"], "2024-09-02"),
    # a person's dated letter, the phrase hung on its participle, the writer named by apposition
    ("In her letter to the court, dated 19 August, his sister, Mary Quinn, says that he has stopped drinking.",
     "her letter to the court, dated 19 August", ["Mary Quinn"], "2024-08-19"),
])
def test_citation_shapes_of_round_cites37(nlp, text, span, outlets, date):
    (c,) = citations(nlp, text)
    assert (c.text, c.outlets, c.date) == (span, outlets, date)


def test_document_named_again_for_the_act_that_made_it(nlp):
    """'that announcement' is the one the department made on the day told before: the department's, of that day."""
    text = ("The Vermont Department of Health announced on 28 August that a second patient had died. "
            "The department said in that announcement that both patients were unvaccinated.")
    found = [c for c in citations(nlp, text) if c.text.endswith("that announcement")]
    assert [(c.date, "Department of Health" in c.outlets[0]) for c in found] == [("2024-08-28", True)]


@pytest.mark.parametrize("text", [
    # a body whose name ends in "Agency" is no outlet: its words are a quote
    "The launch was delayed by a week, the European Space Agency said on Tuesday.",
    # a report in a month or a place names no outlet
    "A report in March found that rents had doubled.",
    # the writer's own correspondent is no source cited
    "On Saturday: a report from our correspondent in Kherson.",
    # "order" in another sense is no court document
    "The team was in good order on Friday, the coach said.",
    # a person's undated statement, named by apposition, is their words, a quote
    "Her brother, Tom Reid, said in a statement that he was innocent.",
    # a document named again with no act told before it is no new report
    "The ministry was silent for a week. In that statement, the ministry said the border would stay shut.",
    # a fan named by apposition is no outlet
    "A fan, Tom Price, wrote on Monday that the stand was half empty.",
])
def test_no_citation_of_round_cites37(nlp, text):
    assert citations(nlp, text) == []
