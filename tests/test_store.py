"""The corpus store: ingest (whole documents only, even when killed), fusion, timeline, export."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from dateline.cli import main
from dateline.store import connect
from dateline.store.fusion import interval, places_compatible, place_ref
from dateline.store.ingest import ingest, outlet
from dateline.store.query import Filters, timeline
from dateline.store.similarity import jaccard, sketch

from . import storekit

RECORDS = {"events": "events", "timexes": "timexes", "quotes": "quotes", "quantities": "quantities",
           "citations": "citations", "actors": "actors", "places": "places", "entities": "entities"}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "store.duckdb"
    storekit.store(path)
    return str(path)


def stories(db, **filters):
    con = connect(db, read_only=True)
    try:
        return timeline(con, Filters(**filters))
    finally:
        con.close()


def assert_whole(con) -> int:
    """Every document row has exactly the records its JSON holds; returns the document count."""
    docs = con.execute("SELECT id, json FROM documents").fetchall()
    for doc_id, text in docs:
        doc = json.loads(text)
        for key, table in RECORDS.items():
            count = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [doc_id]).fetchone()[0]
            assert count == len(doc[key]), (table, doc_id)
        mentions = sum(len(e["actors"]) for e in doc["events"])
        assert con.execute("SELECT count(*) FROM event_actors WHERE doc_id = ?", [doc_id]).fetchone()[0] == mentions
    for table in RECORDS.values():
        orphans = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0, table
    return len(docs)


# -- the pieces fusion stands on

def test_timex_values_become_day_intervals():
    assert interval("2024-08-21") == (interval("2024-08-21")[0],) * 2
    assert [d.isoformat() for d in interval("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in interval("2024-W35")] == ["2024-08-26", "2024-09-01"]
    assert interval("2024-08-21TEV")[0].isoformat() == "2024-08-21"
    assert interval("PRESENT_REF") is None and interval("XXXX-07-31") is None


def test_places_are_compatible_when_near_or_one_holds_the_other():
    kharkiv = place_ref("Kharkiv", "UKR", 49.99, 36.23, 706483, "city")
    lviv = place_ref("Lviv", "UKR", 49.84, 24.03, 702550, "city")
    ukraine = place_ref("Ukraine", "UKR", None, None, 690791, "country")
    moscow = place_ref("Moscow", "RUS", 55.75, 37.62, 524901, "city")
    assert places_compatible(kharkiv, ukraine, 50) and places_compatible(kharkiv, None, 50)
    assert not places_compatible(kharkiv, lviv, 50)      # ~870 km apart
    assert not places_compatible(kharkiv, moscow, 50)    # another country


def test_actor_codes_match_their_parent_codes_and_unknown_places_their_names():
    from dateline.store.fusion import same_actor, unresolved_place

    assert same_actor("code:UKR", "code:UKRMIL") and same_actor("code:USAGOV", "code:USA")
    assert not same_actor("code:UKRMIL", "code:UKRGOV") and not same_actor("text:ukraine", "code:UKR")
    from dateline.store.fusion import same_place_name

    suburbs, beirut = unresolved_place("Beirut's southern suburbs"), unresolved_place("Beirut")
    assert places_compatible(suburbs, beirut, 50) and same_place_name(suburbs, beirut)
    # a name the gazetteer did not know vetoes nothing (it may be a quarter of the other), nor is it the same
    kharkiv = place_ref("Kharkiv", "UKR", 49.99, 36.23, 706483, "city")
    assert places_compatible(unresolved_place("Saltivka"), kharkiv, 50)
    assert not same_place_name(unresolved_place("Saltivka"), kharkiv)


def _item(doc, type_, trigger, day, actors, recipients=(), place=None):
    import datetime as dt

    from dateline.store.fusion import Item, interval

    return Item(doc, "e1", type_, None, day, interval(day), day, place, dt.date(2024, 3, 9),
                (doc, "e1", 0, 0, trigger, ""), actors=[(f"code:{a}", a) for a in actors],
                recipients=[(f"code:{r}", r) for r in recipients])


def test_talks_on_consecutive_days_are_different_stories():
    from dateline.store.fusion import cluster, settings

    first = _item("d1", "CONSULT", "met", "2024-03-04", ["FRA", "DEU"])
    second = _item("d2", "CONSULT", "talks", "2024-03-05", ["FRA", "DEU"])
    same = _item("d3", "CONSULT", "meeting", "2024-03-04", ["DEU", "FRA"])
    stories = cluster([first, second, same], settings())
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1", "d3"], ["d2"]]


def test_a_reply_with_roles_swapped_is_another_story():
    from dateline.store.fusion import cluster, settings

    strike = _item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"])
    reply = _item("d2", "ASSAULT", "struck", "2024-03-04", ["UKRMIL"], ["RUS"])
    retold = _item("d3", "ASSAULT", "shelling", "2024-03-04", ["RUSMIL"], ["UKR"])
    stories = cluster([strike, reply, retold], settings())
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1", "d3"], ["d2"]]
    answer = _item("d4", "ASSAULT", "hit", "2024-03-04", ["NLD"], ["RUSMIL"])  # done to the story's doer
    stories = cluster([strike, answer], settings())
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1"], ["d4"]]


def test_a_month_dated_report_joins_the_story_of_its_day_rather_than_seeding_one():
    from dateline.store.fusion import cluster, settings

    vague = _item("d1", "ASSAULT", "strike", "2024-03", ["RUS"])
    early = _item("d2", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["MDA"])
    later = _item("d3", "ASSAULT", "strike", "2024-03-20", ["RUS"], ["UKR"])
    stories = cluster([vague, early, later], settings())
    # taken first, "in March" would seed a story that March 4 joins; taken last, it joins by its verb
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1", "d3"], ["d2"]]


def test_an_event_joins_the_story_with_its_recipient_and_verb():
    from dateline.store.fusion import cluster, settings, stem

    assert stem("killing") == stem("killed") == stem("kills") == "kill"
    with_egypt = _item("d1", "CONSULT", "met", "2024-03-04", ["USA"], ["EGY"])
    with_qatar = _item("d2", "CONSULT", "talks", "2024-03-04", ["USA"], ["QAT"])
    later = _item("d3", "CONSULT", "met", "2024-03-04", ["USAGOV"], ["QATGOV"])
    stories = cluster([with_egypt, with_qatar, later], settings())
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1"], ["d2", "d3"]]


def test_near_duplicate_texts_have_high_estimated_jaccard():
    copy = storekit.SHELLING + " The story was first published by Wire A."
    other = "Ukrainian students rallied in Lviv on March 6 against the attacks, and police closed two streets."
    assert jaccard(sketch(storekit.SHELLING), sketch(copy)) >= 0.8
    assert jaccard(sketch(storekit.SHELLING), sketch(other)) == 0.0


def test_outlet_is_the_url_host():
    assert outlet("https://www.wire-a.example/world/1") == "wire-a.example"
    assert outlet(None) is None
    assert outlet("http://[wire-a.example/world/1") is None


# -- fusion

def test_reports_of_one_shelling_become_one_story_with_copies_counted_once(db):
    shelling = stories(db, type="ASSAULT", date_to="2024-03-05")
    assert len(shelling) == 1
    story = shelling[0]
    assert story["documents"] == 3 and story["independent_sources"] == 2
    assert story["first_outlet"] == "wire-a.example" and story["first_published"] == "2024-03-04"
    assert story["date"] == "2024-03-04" and story["place"] == "Kharkiv" and story["actors"] == ["Russia"]
    copies = [s for s in story["sources"] if s["duplicate_of"]]
    assert [s["path"] for s in copies] == ["reprint-c/kharkiv.md"]
    first = story["sources"][0]
    assert first["sentence"] == "Russian artillery shelled Kharkiv on Monday, killing 12 civilians, " \
                                "the regional governor said."
    assert (first["trigger"], first["trigger_start"], first["trigger_end"]) == ("shelled", 18, 25)


def test_sources_that_disagree_on_date_and_death_toll_are_conflicts(db):
    story = stories(db, type="ASSAULT", date_to="2024-03-05")[0]
    conflicts = {c["field"]: c["values"] for c in story["conflicts"]}
    assert [v["value"] for v in conflicts["date"]] == ["2024-03-04", "2024-03-05"]
    assert [v["value"] for v in conflicts["killed"]] == [12.0, 15.0]
    assert story["fatalities"] == 12.0


def test_a_later_shelling_of_the_same_city_is_another_story(db):
    dates = [s["date"] for s in stories(db, type="ASSAULT")]
    assert dates == ["2024-03-04", "2024-03-08"]


def test_negated_events_make_no_story(db):
    assert [s["type"] for s in stories(db, place="Odesa")] == ["COERCE"]


def test_figures_compare_death_tolls_across_documents(db):
    con = connect(db, read_only=True)
    rows = con.execute("SELECT measure, place, documents, sources, min_value, max_value, disagree FROM figures")
    assert rows.fetchall() == [("killed", "Kharkiv", 3, 2, 12.0, 15.0, True)]
    con.close()


# -- timeline filters

def test_timeline_filters(db):
    assert [s["type"] for s in stories(db)] == ["ASSAULT", "PROTEST", "COERCE", "ASSAULT"]
    assert [s["date"] for s in stories(db, actor="russia")] == ["2024-03-04", "2024-03-08"]
    assert [s["date"] for s in stories(db, actor="UKRCOP")] == ["2024-03-07"]
    assert [s["type"] for s in stories(db, type="protest,coerce")] == ["PROTEST", "COERCE"]
    assert [s["date"] for s in stories(db, date_from="2024-03-06")] == ["2024-03-07", "2024-03-08"]
    assert [s["date"] for s in stories(db, date_from="2024-03-05", date_to="2024-03-07")] == \
        ["2024-03-05", "2024-03-07"]
    assert [s["place"] for s in stories(db, place="lviv")] == ["Lviv"]
    assert len(stories(db, place="UKR")) == 4
    assert [s["date"] for s in stories(db, search="power station")] == ["2024-03-08"]
    assert stories(db, search="no such words") == []


def test_timeline_json_lists_every_source_with_its_document(db, capsys):
    assert main(["timeline", "--db", db, "--format", "json", "--type", "PROTEST"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert {"date", "type", "actors", "recipients", "place", "conflicts", "sources"} <= set(story)
    assert [(s["path"], s["outlet"]) for s in story["sources"]] == [
        ("news-b/lviv.md", "news-b.example"), ("wire-a/lviv.md", "wire-a.example")]
    assert story["sources"][1]["citation"] == "Wire A reported"
    assert all({"doc_id", "url", "title", "sentence_start", "sentence_end"} <= set(s) for s in story["sources"])


def test_timeline_csv_has_a_row_per_source(db, capsys):
    assert main(["timeline", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 7 and rows[0]["type"] == "ASSAULT" and rows[0]["path"] == "wire-a/kharkiv.md"


def test_timeline_table_escapes_control_characters(tmp_path, capsys):
    text = "Protesters marched in Lviv\x1b[2J on March 5 against the war."
    doc = storekit.document(text, "2024-03-05", None, path="evil.txt", actors=[storekit.STUDENTS],
                            places=[storekit.LVIV],
                            events=[storekit.event(text, "e1", "PROTEST", "marched", place=("Lviv", "p1"),
                                                   actors=[("Protesters", "a2")], date="2024-03-05",
                                                   when="March 5")])
    storekit.store(tmp_path / "evil.duckdb", [doc])
    assert main(["timeline", "--db", str(tmp_path / "evil.duckdb")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out


# -- exports

def test_export_jsonl(db, tmp_path):
    out = tmp_path / "stories.jsonl"
    assert main(["export", "--db", db, "--format", "jsonl", "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["type"], r["cameo_root"], r["documents"]) for r in rows] == [
        ("ASSAULT", "19", 3), ("PROTEST", "14", 2), ("COERCE", "17", 1), ("ASSAULT", "18", 1)]
    assert len(rows[0]["sources"]) == 3 and rows[0]["sources"][0]["path"] == "wire-a/kharkiv.md"


def test_export_csv_to_standard_output(db, capfd):
    assert main(["export", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capfd.readouterr().out)))
    assert [r["cameo_root"] for r in rows] == ["19", "14", "17", "18"]
    assert rows[0]["sources"] == "news-b/rockets.md; reprint-c/kharkiv.md; wire-a/kharkiv.md"


def test_export_parquet(db, tmp_path):
    out = str(tmp_path / "stories.parquet")
    assert main(["export", "--db", db, "--format", "parquet", "--output", out]) == 0
    rows = duckdb.sql(f"SELECT type, cameo_root, independent_sources, len(sources) FROM '{out}'").fetchall()
    assert rows == [("ASSAULT", "19", 2, 3), ("PROTEST", "14", 2, 2), ("COERCE", "17", 1, 1), ("ASSAULT", "18", 1, 1)]


def test_export_acled(db, tmp_path):
    out = tmp_path / "acled.csv"
    assert main(["export", "--db", db, "--format", "acled", "--output", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0])[:15] == ["event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                                  "assoc_actor_1", "actor2", "country", "location", "latitude", "longitude",
                                  "geo_precision", "source", "notes", "fatalities"]
    first = rows[0]
    assert (first["event_date"], first["event_type"], first["sub_event_type"], first["country"],
            first["location"], first["fatalities"], first["cameo_root"]) == (
        "2024-03-04", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine", "Kharkiv",
        "12", "19")
    assert first["source"] == "news-b.example; reprint-c.example; wire-a.example"
    assert [r["sub_event_type"] for r in rows[1:]] == ["Peaceful protest", "Arrests", "Attack"]


def test_parquet_needs_an_output_file(db, capsys):
    assert main(["export", "--db", db, "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err


# -- ingest with the real pipeline

REPORTS = [
    "Israel and Hamas negotiators met in Cairo on Sunday, Egyptian officials said.",
    "Protesters gathered outside parliament in Nairobi on Tuesday to oppose a finance bill.",
    "The European Union imposed new sanctions on Iran on Monday over drone deliveries to Russia.",
]


def test_ingest_skips_what_is_present_and_replaces_on_version_change(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(REPORTS):
        (folder / f"r{i}.txt").write_text(text)
    (folder / "bad.json").write_bytes(b'{"text": 3}\n')
    db = str(tmp_path / "x.duckdb")
    first = ingest([str(folder)], db, pipeline=nlp, options=None)
    assert (first.written, first.skipped, len(first.errors)) == (3, 0, 1)
    again = ingest([str(folder)], db, pipeline=nlp)
    assert (again.written, again.skipped) == (0, 3)
    con = connect(db)
    con.execute("UPDATE documents SET pipeline_version = 'old' WHERE path LIKE '%r1.txt'")
    con.close()
    replaced = ingest([str(folder)], db, pipeline=nlp)
    assert (replaced.written, replaced.replaced, replaced.skipped) == (1, 1, 2)
    con = connect(db, read_only=True)
    assert assert_whole(con) == 3
    assert con.execute("SELECT count(DISTINCT pipeline_version) FROM documents").fetchone()[0] == 1
    con.close()


def test_killed_ingest_leaves_whole_documents_and_a_second_run_completes_it(tmp_path, nlp):
    folder = tmp_path / "many"
    folder.mkdir()
    total = 200
    places = ["Cairo", "Doha", "Beirut", "Kyiv", "Nairobi", "Khartoum", "Sanaa", "Tehran"]
    for i in range(total):
        (folder / f"d{i:04}.txt").write_text(
            f"Officials in {places[i % 8]} said on Tuesday that {i + 3} people were killed in clashes. "
            f"Talks on a truce will resume on {['Friday', 'Monday'][i % 2]}, a spokesman said.")
    db = str(tmp_path / "killed.duckdb")
    process = subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", db, "-v", "--jobs", "2"],
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    written, deadline = 0, time.time() + 240
    while written < 10 and time.time() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        written += line.startswith("ingested ")
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert written >= 10
    con = connect(db, read_only=True)
    present = assert_whole(con)
    con.close()
    assert written <= present < total

    second = ingest([str(folder)], db, pipeline=nlp)
    assert second.written == total - present and second.skipped == present
    con = connect(db, read_only=True)
    assert assert_whole(con) == total
    assert con.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0] == total
    con.close()
    assert ingest([str(folder)], db, pipeline=nlp).written == 0


def test_timeline_figures_show_disagreeing_tolls(db, capsys):
    assert main(["timeline", "--db", db, "--figures"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2024-03-04 killed in Kharkiv  ! sources disagree")
    assert "15  news-b.example" in out


def test_fusion_pairs_are_scored_against_gold_stories(db, tmp_path, capsys):
    from dateline.evaluate.fusion import load_gold, predicted, score

    gold = tmp_path / "gold.yaml"
    text = storekit.SHELLING
    gold.write_text(f"""
- id: kharkiv-march-4
  type: ASSAULT
  mentions:
  - {{doc: wire-a/kharkiv.md, start: 0, end: {text.index('. ') + 1}, trigger: shelled}}
  - {{doc: news-b/rockets.md, start: 0, end: 93, trigger: fired}}
- id: kharkiv-march-8
  type: ASSAULT
  mentions:
  - {{doc: wire-a/power.md, start: 0, end: 74, trigger: shelled}}
  - {{doc: news-b/lviv.md, start: 0, end: 99, trigger: marched}}
""")
    mentions = load_gold(str(gold))
    con = connect(db, read_only=True)
    result = score(mentions, predicted(con, mentions))
    con.close()
    # the March 4 pair is found; the second gold "story" joins a protest to a shelling, which fusion keeps apart
    assert (result["correct"], result["predicted"], result["pairs"]) == (1, 1, 2)
    assert result["precision"] == 1.0 and result["recall"] == 0.5


def test_a_sentence_with_two_gold_stories_is_matched_by_trigger_only(db, tmp_path):
    from dateline.evaluate.fusion import load_gold, predicted

    gold = tmp_path / "gold.yaml"
    gold.write_text("""
- id: march-4
  type: ASSAULT
  mentions:
  - {doc: news-b/rockets.md, start: 0, end: 93, trigger: firing}
- id: condemnation
  type: ACCUSE
  mentions:
  - {doc: news-b/rockets.md, start: 0, end: 93, trigger: condemned}
- id: march-8
  type: COERCE
  mentions:
  - {doc: wire-a/power.md, start: 0, end: 74, trigger: damaging}
""")
    mentions = load_gold(str(gold))
    con = connect(db, read_only=True)
    found = predicted(con, mentions)
    con.close()
    # "firing" finds the event "fired"; nothing in that sentence is "condemned", and the type
    # fallback is not used where one sentence tells two gold stories; an ASSAULT is no COERCE
    assert len(found[0]) == 1 and found[1] == set() and found[2] == set()


def test_a_place_named_only_by_the_sentence_vetoes_nothing():
    from dateline.store.fusion import cluster, settings

    kharkiv = place_ref("Kharkiv", "UKR", 49.99, 36.23, 706483, "city")
    moscow = place_ref("Moscow", "RUS", 55.75, 37.62, 524901, "city")
    strike = _item("d1", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], place=kharkiv)
    told = _item("d2", "ASSAULT", "shelling", "2024-03-04", ["RUSMIL"], ["UKR"], place=moscow)
    told.place_from_sentence = True    # "Moscow denied ..." in the same sentence
    elsewhere = _item("d3", "ASSAULT", "shelled", "2024-03-04", ["RUS"], ["UKR"], place=moscow)
    stories = cluster([strike, told, elsewhere], settings())
    assert sorted(sorted(i.doc_id for i in s.items) for s in stories) == [["d1", "d2"], ["d3"]]


def test_compact_gives_back_freed_space_and_keeps_every_row(db, capsys):
    before = stories(db)
    con = connect(db)
    con.execute("CREATE TABLE scratch AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(1000000)")
    con.execute("CHECKPOINT")
    con.execute("CREATE TABLE kept AS SELECT range AS n FROM range(1000)")
    con.execute("CHECKPOINT")
    con.execute("DROP TABLE scratch")
    con.execute("CHECKPOINT")
    tables = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    bloated = os.path.getsize(db)
    assert main(["compact", "--db", db]) == 0
    assert "MB ->" in capsys.readouterr().err
    assert os.path.getsize(db) < bloated / 2
    con = connect(db, read_only=True)
    assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == counts
    con.close()
    assert stories(db) == before


def test_compact_names_a_missing_database(tmp_path, capsys):
    assert main(["compact", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no database at" in capsys.readouterr().err


def test_coherence_counts_stories_whose_reports_all_share_a_named_actor_with_the_first(db):
    from dateline.evaluate.coherence import measure, sample, shares
    from dateline.store import connect

    assert shares({"code:RUS"}, {"code:RUSMIL"}) and not shares({"code:RUSMIL"}, {"code:RUSGOV"})
    assert not shares({"name:kharkiv governor"}, {"code:RUS"}) and not shares(set(), {"code:RUS"})
    con = connect(db, read_only=True)
    try:
        figures = measure(con, big=2)
        lines = sample(con, 5, seed=6)
    finally:
        con.close()
    # the shelling (Russia in each report, a syndicated copy counted once) and the students' protest
    assert figures["multi"] == figures["coherent"] == 2 and figures["share"] == 1.0 and figures["big"] == 2
    assert sum(line.startswith("## ") for line in lines) == 2 and any("[shelled]" in line for line in lines)


def test_ingest_with_a_missing_actors_file_says_so_in_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Qatar hosted the talks.")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"), "-j", "1",
                 "--actors", str(tmp_path / "absent.yaml")]) == 2
    assert capsys.readouterr().err == (f"dateline: error: {tmp_path / 'absent.yaml'}: cannot read the actors file: "
                                       "No such file or directory\n")


def test_export_to_a_missing_folder_is_one_line(db, tmp_path, capsys):
    for fmt in ("csv", "acled"):
        out = tmp_path / "absent" / f"stories.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "--output", str(out)]) == 2
        assert capsys.readouterr().err == f"dateline: error: cannot write {out}: no such directory {out.parent}\n"


def test_csv_cells_that_begin_like_a_formula_are_shown_as_text():
    from dateline.commands.timeline import _cell

    assert _cell('=HYPERLINK("http://example.org","click") Israel struck Gaza.') == \
        '\'=HYPERLINK("http://example.org","click") Israel struck Gaza.'
    assert _cell(["@Hezbollah", "Israel"]) == "'@Hezbollah; Israel"
    assert (_cell(-33.5), _cell("2024-09-23"), _cell(None)) == (-33.5, "2024-09-23", "")
