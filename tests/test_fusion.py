"""Fusion rules one by one: which reports of a happening become one story, and why others stay apart.

Most tests cluster hand-made events (`item`); those about dates that come from the text or from
the publication day store small documents (`storekit`) and read the stories back.
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Entity
from dateline.store import connect
from dateline.store.fusion import (Item, PlaceRef, Story, _load_items, cluster, common_parties, family, interval,
                                   judge, names_someone, not_its_day, place_ref, sentence_words, settings, why_apart,
                                   word_weights, wording)

from . import storekit

KHARKIV = place_ref("Kharkiv", "UKR", 49.99, 36.23, 706483, "city")
ODESA = place_ref("Odesa", "UKR", 46.48, 30.73, 698740, "city")


def item(doc, type_, trigger, date, actors=(), recipients=(), place=None, *, partial=None,
         from_sentence=False, sentence="") -> Item:
    return Item(doc, "e1", type_, None, date, interval(date), date if date and len(date) == 10 else None, place,
                dt.date(2024, 3, 20), (doc, "e1", 0, 0, trigger, sentence), partial=partial,
                actors=[(f"code:{a}", a) for a in actors], recipients=[(f"code:{r}", r) for r in recipients],
                place_from_sentence=from_sentence)


def stored_items(tmp_path, docs) -> list[Item]:
    """The events of documents as fusion loads them from a store."""
    storekit.store(tmp_path / "s.duckdb", docs)
    con = connect(str(tmp_path / "s.duckdb"), read_only=True)
    try:
        return _load_items(con, settings())
    finally:
        con.close()


def grouped(items) -> list[list[str]]:
    return sorted(sorted(i.doc_id for i in s.items) for s in cluster(items, settings()))


# -- types

def test_types_of_one_plover_family_may_name_one_happening():
    cfg = settings()
    assert family("ASSAULT", cfg) == family("COERCE", cfg) != family("PROTEST", cfg)
    assert family("AID", cfg) == family("RETREAT", cfg) and family("AGREE", cfg) == family("SUPPORT", cfg)
    raid = item("d1", "COERCE", "raided", "2024-03-04", ["RUSMIL"], ["UKR"], KHARKIV)
    strike = item("d2", "ASSAULT", "struck", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    protest = item("d3", "PROTEST", "marched", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    assert grouped([raid, strike, protest]) == [["d1", "d2"], ["d3"]]


def test_another_type_of_the_family_needs_the_same_doer_and_day():
    strike = item("d1", "ASSAULT", "struck", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    arrest = item("d2", "COERCE", "arrested", "2024-03-04", ["UKRCOP"], ["RUS"], KHARKIV)  # done by another side
    next_day = item("d3", "COERCE", "seized", "2024-03-05", ["RUS"], ["UKR"], KHARKIV)
    assert grouped([strike, arrest, next_day]) == [["d1"], ["d2"], ["d3"]]
    assert why_apart(strike, next_day, settings()) == "types"


def test_a_story_takes_the_type_most_of_its_reports_give():
    story = Story("COERCE", None)
    for doc, type_ in (("d1", "COERCE"), ("d2", "ASSAULT"), ("d3", "ASSAULT")):
        story.add(item(doc, type_, "hit", "2024-03-04", ["RUS"]))
    assert story.type == "ASSAULT"


# -- places

def test_a_place_the_event_names_outranks_one_only_its_sentence_names():
    # two strikes in Kharkiv on consecutive days; the first story also holds a report whose sentence
    # names Odesa. A report placed in Odesa by its sentence only fits both: it goes where Odesa is sited.
    first = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], [], KHARKIV)
    aside = item("d2", "ASSAULT", "shelled", "2024-03-05", ["RUS"], [], ODESA, from_sentence=True)
    odesa = item("d3", "ASSAULT", "struck", "2024-03-05", ["RUS"], [], ODESA)
    told = item("d4", "ASSAULT", "hit", "2024-03-05", ["RUS"], [], ODESA, from_sentence=True)
    stories = cluster([first, aside, odesa, told], settings())
    holding = next(s for s in stories if any(i.doc_id == "d4" for i in s.items))
    assert "d3" in {i.doc_id for i in holding.items}


def test_an_undated_report_is_kept_apart_by_any_place_its_sentence_names():
    dated = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    undated = item("d2", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], ODESA, from_sentence=True)
    assert why_apart(dated, undated, settings()) == "undated"
    here = item("d3", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], KHARKIV, from_sentence=True)
    assert why_apart(dated, here, settings()) == ""


def test_an_undated_report_that_fits_two_stories_joins_neither():
    march = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    may = item("d2", "ASSAULT", "shelled", "2024-05-09", ["RUS"], ["UKR"], KHARKIV)
    undated = item("d3", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], KHARKIV)
    assert grouped([march, may, undated]) == [["d1"], ["d2"], ["d3"]]
    assert grouped([march, undated]) == [["d1", "d3"]]


def test_an_undated_report_joins_on_one_shared_party_with_its_own_place_or_verb():
    dated = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    same_place = item("d2", "ASSAULT", "bombarded", None, recipients=["UKR"], place=KHARKIV)
    same_verb = item("d3", "ASSAULT", "shelled", None, recipients=["UKR"])
    neither = item("d4", "ASSAULT", "bombarded", None, recipients=["UKR"])
    cfg = settings()
    assert why_apart(dated, same_place, cfg) == "" and why_apart(dated, same_verb, cfg) == ""
    assert why_apart(dated, neither, cfg) == "undated"


def test_an_undated_report_joins_the_story_it_fits_clearly_better():
    march = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    may = item("d2", "ASSAULT", "bombed", "2024-05-09", ["RUS"], ["UKR"], ODESA)
    undated = item("d3", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], KHARKIV)  # the place and word of March
    assert grouped([march, may, undated]) == [["d1", "d3"], ["d2"]]


def test_unnamed_doers_named_apart_on_another_day_are_another_happening():
    def blast(doc, date, doer):
        event = item(doc, "ASSAULT", "exploded", date, recipients=["LBNREB"])
        event.actors = [(f"text:{doer}", doer)]
        return event

    radios = blast("d1", "2024-05-02", "walkie-talkies")
    scanners = blast("d2", "2024-05-03", "scanners")
    again = blast("d3", "2024-05-03", "the walkie-talkies")
    assert why_apart(radios, scanners, settings()) == "actors"
    assert why_apart(radios, again, settings()) == ""
    assert grouped([radios, scanners]) == [["d1"], ["d2"]]


def test_the_killing_of_one_named_person_is_not_the_killing_of_another():
    first = item("d1", "ASSAULT", "killed", "2024-03-04", ["ISR"], ["LBNREB"], KHARKIV)
    second = item("d2", "ASSAULT", "killed", "2024-03-04", ["ISR"], ["LBNREB"], KHARKIV)
    third = item("d3", "ASSAULT", "killed", "2024-03-04", ["ISR"], ["LBNREB"], KHARKIV)
    first.victims, second.victims, third.victims = {"haddad"}, {"karimi"}, {"haddad"}
    assert why_apart(first, second, settings()) == "recipients"
    assert grouped([first, second, third]) == [["d1", "d3"], ["d2"]]


def test_an_undated_report_of_a_named_victims_killing_joins_that_story():
    march = item("d1", "ASSAULT", "killed", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    may = item("d2", "ASSAULT", "killed", "2024-05-09", ["RUS"], ["UKR"], KHARKIV)
    undated = item("d3", "ASSAULT", "killed", None, ["RUS"], ["UKR"], KHARKIV)
    assert grouped([march, may, undated]) == [["d1"], ["d2"], ["d3"]]
    may.victims = undated.victims = {"petrenko"}
    assert grouped([march, may, undated]) == [["d1"], ["d2", "d3"]]


# -- dates

def test_a_month_of_unknown_year_fits_the_days_of_that_month_in_any_year():
    cfg = settings()
    strike = item("d1", "ASSAULT", "struck", "2024-08-06", ["UKRMIL"], ["RUS"])
    assert why_apart(strike, item("d2", "ASSAULT", "crossed", "XXXX-08", ["UKRMIL"], ["RUS"], partial=(8, None)),
                     cfg) == ""
    assert why_apart(strike, item("d3", "ASSAULT", "crossed", "XXXX-07", ["UKRMIL"], ["RUS"], partial=(7, None)),
                     cfg) == "dates"
    july = item("d4", "ASSAULT", "crossed", "XXXX-07", ["UKRMIL"], ["RUS"], partial=(7, None))
    assert why_apart(july, item("d5", "ASSAULT", "crossed", "XXXX-07-30", ["UKRMIL"], ["RUS"], partial=(7, 30)),
                     cfg) == ""


def test_a_month_holds_the_days_in_it_and_its_neighbours_days_do_not_fit():
    cfg = settings()
    day = item("d1", "AGREE", "signed", "2024-04-24", ["USAGOV"], ["UKR"])
    assert why_apart(day, item("d2", "AGREE", "signed", "2024-04", ["USAGOV"], ["UKR"]), cfg) == ""
    assert why_apart(day, item("d3", "AGREE", "signed", "2024-05", ["USAGOV"], ["UKR"]), cfg) == "dates"


def test_an_event_dated_only_by_its_publication_happened_in_the_days_before(tmp_path):
    # the first report gives the day ("on Monday"); the second, published two days later, gives none:
    # the pipeline dates it by the publication day, with no timex, which fusion reads as "before then"
    first = "Russian artillery shelled Kharkiv on Monday, killing four people."
    second = "Russian guns shelled Kharkiv, officials said, and four people died."
    docs = [storekit.document(first, "2024-03-04", None, path="a.md", actors=[storekit.RUSSIA],
                              places=[storekit.KHARKIV],
                              events=[storekit.event(first, "e1", "ASSAULT", "shelled", date="2024-03-04",
                                                     when="Monday", actors=[("Russian artillery", "a1")],
                                                     place=("Kharkiv", "p1"))]),
            storekit.document(second, "2024-03-06", None, path="b.md", actors=[storekit.RUSSIA],
                              places=[storekit.KHARKIV],
                              events=[storekit.event(second, "e1", "ASSAULT", "shelled", date="2024-03-06",
                                                     actors=[("Russian guns", "a1")], place=("Kharkiv", "p1"))])]
    storekit.store(tmp_path / "s.duckdb", docs)
    con = connect(str(tmp_path / "s.duckdb"), read_only=True)
    try:
        items = {i.doc_id: i for i in _load_items(con, settings())}
        assert con.execute("SELECT count(*), max(documents), any_value(date) FROM stories").fetchone() == \
            (1, 2, "2024-03-04")
    finally:
        con.close()
    undated = items[docs[1].document.id]
    assert undated.day is None and undated.span == (dt.date(2024, 3, 3), dt.date(2024, 3, 6))


# -- actors and recipients

def test_parent_codes_and_sectors_are_one_side():
    cfg = settings()
    army = item("d1", "ASSAULT", "shelled", "2024-03-04", ["ISRMIL"], ["LBNREB"])
    state = item("d2", "ASSAULT", "struck", "2024-03-04", ["ISR"], ["LBN"])
    assert why_apart(army, state, cfg) == ""
    other = item("d3", "ASSAULT", "struck", "2024-03-04", ["ISRGOV"], ["SYR"])
    assert why_apart(army, other, cfg) == "recipients"


def test_a_recipient_that_is_the_events_place_is_no_party(tmp_path):
    text = "Israeli jets struck Beirut on Friday."
    beirut_actor = {"id": "a2", "name": "Lebanese government", "code": "LBNGOV", "kind": "government",
                    "country": "LBN", "aliases": []}
    beirut = {"id": "p1", "name": "Beirut", "country": "LBN", "lat": 33.89, "lon": 35.50, "geonames_id": 276781,
              "kind": "city"}
    israel = {"id": "a1", "name": "Israel", "code": "ISR", "kind": "state", "country": "ISR", "aliases": []}
    doc = storekit.document(text, "2024-09-28", None, path="c.md", actors=[israel, beirut_actor], places=[beirut],
                            events=[storekit.event(text, "e1", "ASSAULT", "struck", date="2024-09-27",
                                                   when="Friday", actors=[("Israeli jets", "a1")],
                                                   recipients=[("Beirut", "a2")], place=("Beirut", "p1"))])
    (found,) = stored_items(tmp_path, [doc])
    assert found.actors == [("code:ISR", "Israel")] and found.recipients == []


def test_why_apart_names_the_rule():
    cfg = settings()
    strike = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV)
    assert why_apart(strike, item("d2", "PROTEST", "marched", "2024-03-04", ["RUS"]), cfg) == "types"
    assert why_apart(strike, item("d3", "ASSAULT", "shelled", "2024-03-09", ["RUS"], ["UKR"]), cfg) == "dates"
    assert why_apart(strike, item("d4", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], ODESA), cfg) == "places"
    assert why_apart(strike, item("d5", "ASSAULT", "shelled", "2024-03-04", ["BLR"]), cfg) == "actors"
    story = Story("ASSAULT", strike.span)
    story.add(strike)
    assert judge(story, item("d6", "ASSAULT", "shelled", "2024-03-04", ["RUSMIL"], ["UKR"], KHARKIV), cfg)[0] > 0
    assert isinstance(KHARKIV, PlaceRef)


# -- the evaluation's account of what it missed

def test_evaluation_writes_why_each_gold_pair_was_missed(tmp_path, capsys):
    from dateline.cli import main

    storekit.store(tmp_path / "s.duckdb")
    gold = tmp_path / "gold.yaml"
    gold.write_text("""
- id: shelling-and-protest
  type: ASSAULT
  mentions:
  - {doc: wire-a/power.md, start: 0, end: 74, trigger: shelled}
  - {doc: news-b/lviv.md, start: 0, end: 99, trigger: marched}
  - {doc: local/odesa.txt, start: 0, end: 98, trigger: seized}
""")
    why = tmp_path / "why.tsv"
    assert main(["evaluate", "fusion", str(gold), "--db", str(tmp_path / "s.duckdb"), "--why", str(why)]) == 0
    assert "missed pairs by reason: not matched 2, types 1" in capsys.readouterr().out
    rows = [line.split("\t") for line in why.read_text().splitlines() if not line.startswith("#")]
    assert sorted(r[0] for r in rows) == ["not matched", "not matched", "types"]
    assert any("A: ASSAULT 'shelled' date=2024-03-08" in r[3] and "B: PROTEST 'marched'" in r[3] for r in rows)


def test_a_trigger_two_gold_happenings_share_stands_for_the_one_its_date_holds():
    from dateline.evaluate.fusion import _holds

    assert _holds("2024-07", "2024-07-31") and _holds("XXXX-09", "2024-09-27")
    assert not _holds("2024-07", "2024-09-27") and not _holds(None, "2024-09-27")


def test_an_event_whose_word_was_merged_into_another_stands_for_the_mention_no_other_claims():
    from dateline.evaluate.fusion import _pick

    here = [("s1", 10, "strike", "ASSAULT"), ("s2", 60, "crossed", "ASSAULT")]
    first, second = (lambda e: e[2]), (lambda e: e[3])
    assert _pick(here, "killed", "ASSAULT", ["killed", "crossed"], first, second) == [here[0]]
    assert _pick(here, "crossed", "ASSAULT", ["killed", "crossed"], first, second) == [here[1]]
    assert _pick(here, "vowed", "THREATEN", ["vowed", "crossed"], first, second) == []


def test_a_day_taken_from_an_earlier_sentence_is_not_a_day_the_report_claims(tmp_path):
    text = "The governor spoke on Monday. Later, Russian guns shelled Kharkiv."
    doc = storekit.document(text, "2024-03-05", None, path="d.md", actors=[storekit.RUSSIA], places=[storekit.KHARKIV],
                            events=[storekit.event(text, "e1", "ASSAULT", "shelled", date="2024-03-04", when="Monday",
                                                   actors=[("Russian guns", "a1")], place=("Kharkiv", "p1"))])
    (found,) = stored_items(tmp_path, [doc])
    assert found.day is None and found.span == (dt.date(2024, 3, 4), dt.date(2024, 3, 4))


def test_only_places_the_events_name_make_a_conflict():
    from dateline.store.fusion import Groups, _conflicts

    story = Story("ASSAULT", None)
    story.add(item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], [], KHARKIV))
    story.add(item("d2", "ASSAULT", "shelled", "2024-03-04", ["RUS"], [], ODESA, from_sentence=True))
    assert _conflicts(story, Groups(), {}, settings())[0] == []
    story.add(item("d3", "ASSAULT", "shelled", "2024-03-04", ["RUS"], [], ODESA))
    assert [c["field"] for c in _conflicts(story, Groups(), {}, settings())[0]] == ["place"]


def test_a_killing_with_no_doer_named_meets_the_strike_through_the_parties_of_its_sentence(tmp_path):
    first = "Hezbollah said its commander had been killed, a day after Israeli jets bombed Beirut."
    second = "An Israeli strike in Beirut killed the Hezbollah commander on Friday."
    hezbollah = {"id": "a2", "name": "Hezbollah", "code": "LBNREB", "kind": "armed_group", "country": "LBN",
                 "aliases": []}
    israel = {"id": "a1", "name": "Israel", "code": "ISR", "kind": "state", "country": "ISR", "aliases": []}
    docs = [storekit.document(first, "2024-09-28", None, path="e.md", actors=[israel, hezbollah],
                              events=[storekit.event(first, "e1", "ASSAULT", "killed", date="2024-09-28",
                                                     recipients=[("its commander", "a2")])]),
            storekit.document(second, "2024-09-28", None, path="f.md", actors=[israel, hezbollah],
                              events=[storekit.event(second, "e1", "ASSAULT", "strike", date="2024-09-27",
                                                     when="Friday", actors=[("Israeli", "a1")])])]
    # the sentence names Israel ("Israeli jets") as a party: an entity the store keeps
    docs[0].entities.append(Entity(**storekit.at(first, "Israeli"), id="n9", label="NORP", actor="a1"))
    storekit.store(tmp_path / "s.duckdb", docs)
    con = connect(str(tmp_path / "s.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*), max(documents) FROM stories").fetchone() == (1, 2)
    finally:
        con.close()


def test_talks_have_no_reply_roles():
    # "Egypt hosted talks with Qatar" and "Qatar met Egypt and the US" name the same parties in
    # other roles: for a type whose parties stand in no order that is no reply
    hosted = item("d1", "CONSULT", "hosted", "2024-08-15", ["EGY"], ["QAT", "USA"])
    met = item("d2", "CONSULT", "met", "2024-08-15", ["QAT"], ["EGY"])
    assert why_apart(hosted, met, settings()) == ""
    struck = item("d3", "ASSAULT", "struck", "2024-08-15", ["EGY"], ["QAT"])
    answered = item("d4", "ASSAULT", "struck", "2024-08-15", ["QAT"], ["EGY"])
    assert why_apart(struck, answered, settings()) == "roles swapped"


def test_parties_a_sentence_names_beside_an_event_with_no_doer_are_not_its_doers():
    # "a rocket hit the town, Israel said": Israel takes part, but a strike Israel made elsewhere
    # that day does not find in it a story of Israel's doing
    rocket = item("d1", "ASSAULT", "hit", "2024-07-27", [], [], KHARKIV)
    rocket.bystanders = [("code:ISR", "Israel")]
    story = Story("ASSAULT", rocket.span)
    story.add(rocket)
    assert "code:ISR" in story.participants and not story.actors


def test_two_figures_of_one_measure_in_a_sentence_belong_to_the_places_nearest_them(tmp_path):
    texts = ["Officials in Kharkiv said 12 people were killed, while officials in Odesa said 3 people died.",
             "In Kharkiv 12 people were killed overnight; in Odesa 3 people were killed."]
    docs = [storekit.document(t, "2024-03-04", None, path=f"g{i}.md", places=[storekit.KHARKIV, storekit.ODESA],
                              quantities=[storekit.killed(t, "q1", "12 people", 12),
                                          storekit.killed(t, "q2", "3 people", 3)])
            for i, t in enumerate(texts)]
    storekit.store(tmp_path / "s.duckdb", docs)
    con = connect(str(tmp_path / "s.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT place, min_value, max_value, disagree FROM figures ORDER BY place").fetchall()
    finally:
        con.close()
    assert rows == [("Kharkiv", 12.0, 12.0, False), ("Odesa", 3.0, 3.0, False)]


# -- dates counted from vague dates

def test_a_date_counted_from_a_vaguer_one_is_no_sure_day():
    from dateline.store.fusion import _slack

    most = settings()["max_slack_days"]
    assert _slack("2024-03-25", "2024-03", most) == 10       # "mid-March ... ten days later"
    assert _slack("XXXX-03-25", "XXXX-03", most) == 10       # the same, year unknown
    assert _slack("2024-03-25", "2024-03-15", most) == 0     # counted from a day: as sure as that day
    assert _slack("2024-03-25", None, most) == 0 and _slack(None, "2024-03", most) == 0
    assert _slack("2024-03-25", "2024", most) == most        # counted from a year: off by days, not months


def test_a_counted_date_joins_the_story_of_a_nearby_day():
    strike = item("d1", "ASSAULT", "struck", "2024-03-23", ["RUS"], ["UKR"], KHARKIV)
    counted = item("d2", "ASSAULT", "struck", "2024-03-25", ["RUS"], ["UKR"], KHARKIV)
    assert grouped([strike, counted]) == [["d1"], ["d2"]]  # two sure days apart: two strikes
    counted.slack = 10
    assert grouped([strike, counted]) == [["d1", "d2"]]
    counted.span = interval("2024-04-10")
    assert grouped([strike, counted]) == [["d1"], ["d2"]]  # beyond its slack


# -- parties that name someone, the story's founding parties, common parties

def spoken(doc, type_, trigger, date, words, recipients=()) -> Item:
    """A report whose doers are words the pipeline did not resolve ("we", "the Houthis")."""
    made = item(doc, type_, trigger, date, recipients=recipients)
    made.actors = [(f"text:{w.lower()}", w) for w in words]
    made.named |= {f"text:{w.lower()}" for w in words if names_someone((f"text:{w.lower()}", w), w, True, settings())}
    return made


def test_pronouns_and_bare_nouns_are_no_shared_party():
    cfg = settings()
    assert not names_someone(("text:we", "We"), "We", True, cfg)
    assert not names_someone(("text:leaders", "Leaders"), "Leaders", True, cfg)  # capitalised as the first word
    assert names_someone(("text:the houthis", "Houthis"), "the Houthis", True, cfg)
    assert names_someone(("text:140 officers", "140 officers"), "140 officers", False, cfg)
    assert names_someone(("code:USAGOV", "Joe Biden"), "he", False, cfg)  # a pronoun the pipeline resolved
    one = spoken("d1", "CONSULT", "talked", "2024-03-04", ["we"], )
    other = spoken("d2", "CONSULT", "talked", "2024-03-04", ["we"])
    assert grouped([one, other]) == [["d1"], ["d2"]] and why_apart(one, other, cfg) == "actors"
    houthis = spoken("d3", "ASSAULT", "attacked", "2024-03-04", ["Houthis"])
    again = spoken("d4", "ASSAULT", "fired", "2024-03-04", ["Houthis"])
    assert grouped([houthis, again]) == [["d3", "d4"]]


def test_a_story_keeps_the_parties_it_was_founded_with():
    # a strike by Russia; a report naming Russia and Belarus joins; a report naming only Belarus does
    # not, until two documents have named Belarus in the story
    strike = item("d1", "ASSAULT", "struck", "2024-03-04", ["RUS"], [], KHARKIV)
    both = item("d2", "ASSAULT", "struck", "2024-03-04", ["RUS", "BLR"], [], KHARKIV)
    belarus = item("d5", "ASSAULT", "hit", "2024-03-04", ["BLR"], [], ODESA, from_sentence=True)
    assert grouped([strike, both, belarus]) == [["d1", "d2"], ["d5"]]
    also = item("d4", "ASSAULT", "struck", "2024-03-04", ["RUS", "BLR"], [], KHARKIV)
    assert grouped([strike, both, also, belarus]) == [["d1", "d2", "d4", "d5"]]


def test_a_party_of_most_documents_counts_only_beside_another_or_on_the_same_day():
    cfg = dict(settings(), common_min=3)
    reports = [item(f"d{n}", "AID", "providing", f"2024-03-{n + 1:02d}", ["USAGOV"]) for n in range(1, 5)]
    assert common_parties(reports, cfg) == {"code:USAGOV"}
    # the government of every document providing aid on four days: four stories, not one
    assert sorted(sorted(i.doc_id for i in s.items) for s in cluster(reports, cfg)) == [["d1"], ["d2"], ["d3"], ["d4"]]
    with_ukraine = [item(f"d{n}", "AID", "providing", f"2024-03-0{2 + n % 2}", ["USAGOV"], ["UKR"]) for n in (1, 2)]
    assert len(cluster(reports + with_ukraine, cfg)) == 4
    same_day = item("d9", "AID", "delivered", "2024-03-02", ["USAGOV"])
    assert sorted(i.doc_id for i in cluster(reports + [same_day], cfg)[0].items) == ["d1", "d9"]


# -- dates that are not the event's day

def test_a_date_that_bounds_the_event_or_dates_another_noun_is_not_its_day():
    cfg = settings()

    def judged(sentence, date, trigger):
        start = sentence.index(date)
        return not_its_day(sentence, start, start + len(date), sentence.index(trigger), cfg)

    assert judged("We have stood with Kyiv since the March 3 shelling of its suburbs.", "March 3", "stood")
    assert judged("Our aid since March 3 has doubled.", "March 3", "aid")
    assert judged("Moldova's March 3 referendum drew our support.", "March 3", "support")
    assert not judged("We condemn the March 3 shelling.", "March 3", "shelling")
    assert not judged("The March 3 terror attacks killed nine.", "March 3", "attacks")
    assert not judged("On March 3 the talks resumed.", "March 3", "talks")
    assert not judged("It’s March 3 and we met.", "March 3", "met")


def test_words_said_long_after_the_day_an_earlier_sentence_gives_are_said_when_published(tmp_path):
    text = "Russian guns shelled Kharkiv on March 4. Russia supports the separatists. Russia accepted the offer."
    events = [storekit.event(text, "e1", "ASSAULT", "shelled", date="2024-03-04", when="March 4",
                             actors=[("Russian guns", "a1")], place=("Kharkiv", "p1")),
              storekit.event(text, "e2", "SUPPORT", "supports", date="2024-03-04", actors=[("Russia", "a1")]),
              storekit.event(text, "e3", "AGREE", "accepted", date="2024-03-04", actors=[("Russia", "a1")])]
    for event in events[1:]:
        event["date"]["timex"] = "te1"  # dated by the first sentence's "March 4"
    doc = storekit.document(text, "2024-09-10", None, path="d.md", actors=[storekit.RUSSIA],
                            places=[storekit.KHARKIV], events=events)
    found = {i.event_id: i for i in stored_items(tmp_path, [doc])}
    assert found["e1"].span == (dt.date(2024, 3, 4), dt.date(2024, 3, 4))
    assert found["e2"].date is None and found["e2"].span == (dt.date(2024, 9, 7), dt.date(2024, 9, 10))
    assert found["e3"].span == (dt.date(2024, 3, 4), dt.date(2024, 3, 4))  # told in the past: keeps its day


# -- wording: the words a report is told in

def test_a_sentences_content_words_leave_out_function_words_and_are_stemmed():
    assert sentence_words("They said the tribunal ordered it to reopen the bridges.", settings()) == {
        "tribunal", "order", "reopen", "bridg"}


def test_rare_words_shared_by_a_storys_reports_weigh_most():
    tribunal = item("d1", "REQUEST", "ordered", "2024-03-04", ["NLD"], sentence="The tribunal ordered the dam reopened.")
    again = item("d2", "REQUEST", "ordered", "2024-03-05", ["NLD"], sentence="The tribunal ordered the port closed.")
    weights = word_weights([tribunal, again])
    assert weights["dam"] > weights["tribunal"] > 0.0
    story = Story(tribunal.type, tribunal.span)
    story.add(tribunal)
    dam = item("d3", "REQUEST", "ordered", None, ["NLD"], sentence="A tribunal ordered that the dam be reopened.")
    port = item("d4", "REQUEST", "ordered", None, ["NLD"], sentence="A tribunal ordered that the port be shut.")
    assert wording(story, dam, weights) == 1.0 and wording(story, port, weights) < 0.5


def test_an_undated_report_that_fits_two_stories_alike_joins_the_one_told_in_its_words():
    march = item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], KHARKIV,
                 sentence="Russian guns shelled the grain terminal at the river port overnight.")
    may = item("d2", "ASSAULT", "shelled", "2024-05-09", ["RUS"], ["UKR"], KHARKIV,
               sentence="Russian guns shelled a maternity hospital in the northern district.")
    undated = item("d3", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], KHARKIV,
                   sentence="Its grain terminal was shelled from across the river, the port authority said.")
    assert grouped([march, may, undated]) == [["d1", "d3"], ["d2"]]
    vague = item("d4", "ASSAULT", "shelled", None, ["RUS"], ["UKR"], KHARKIV,
                 sentence="Russian guns shelled the city again.")  # the words of both: of neither
    assert grouped([march, may, vague]) == [["d1"], ["d2"], ["d4"]]


def test_a_report_dated_only_by_month_needs_two_parties_or_one_and_its_place_verb_or_words():
    welcomed = item("d1", "SUPPORT", "welcomed", "2024-05-31", ["USA"], ["QAT"],
                    sentence="Washington welcomed the truce offer that Qatar relayed on Friday.")
    signed = item("d2", "SUPPORT", "signed", "2024-06", ["USA", "KEN"],
                  sentence="Washington and Nairobi signed a defence pact in June.")
    assert grouped([welcomed, signed]) == [["d1"], ["d2"]] and why_apart(welcomed, signed, settings()) == "undated"
    endorsed = item("d3", "SUPPORT", "endorsed", "2024-06", ["USA"],
                    sentence="In June Washington endorsed the truce offer relayed by Qatar.")
    assert grouped([welcomed, endorsed]) == [["d1", "d3"]]
    both = item("d4", "SUPPORT", "backed", "2024-06", ["USA", "QAT"])
    assert grouped([welcomed, both]) == [["d1", "d4"]]
