"""Gold files the evaluations read: a user's broken file is named in a one-line error."""
from pathlib import Path

import pytest

from dateline.errors import UserError
from dateline.evaluate import read_gold


def test_reads_the_records_under_their_key(tmp_path):
    gold = tmp_path / "stories.yaml"
    gold.write_text("stories:\n- id: a\n  mentions: []\n", encoding="utf-8")
    assert read_gold(gold, "stories") == [{"id": "a", "mentions": []}]


def test_a_bare_list_is_the_records(tmp_path):
    gold = tmp_path / "events.yaml"
    gold.write_text("- doc: a.txt\n", encoding="utf-8")
    assert read_gold(gold, "events") == [{"doc": "a.txt"}]


@pytest.mark.parametrize("content, message", [
    ("stories: [unclosed\n", "not valid YAML"),
    ("just a sentence\n", "expected a list of stories"),
])
def test_a_broken_file_is_a_user_error_naming_it(tmp_path, content, message):
    gold = tmp_path / "gold.yaml"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message) as raised:
        read_gold(gold, "stories")
    assert str(gold) in str(raised.value)


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="cannot read"):
        read_gold(tmp_path / "absent.yaml", "events")


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent.parent / "eval").glob("events-*gold.yaml")
                                         if p.name != "events-gold.yaml"))
def test_sample_event_gold_points_into_its_documents(name):
    """Offsets of the event gold sets over samples/: triggers inside their sentences, spans on word edges."""
    from dateline.evaluate.events import gold_corpus
    from dateline.readers import read_paths
    from dateline.samples import samples_dir

    path = Path(samples_dir()).parent / "eval" / name
    events = read_gold(path, "events")
    corpus = Path(gold_corpus(str(path)))
    texts = {doc: next(iter(read_paths([str(corpus / doc)]))).text for doc in {e["doc"] for e in events}}
    for e in events:
        text = texts[e["doc"]]
        (s0, s1), (t0, t1) = e["sentence"], e["trigger"]
        assert s0 <= t0 < t1 <= s1 <= len(text), e
        spans = [e["trigger"]] + [a["span"] for a in e.get("actors", []) + e.get("recipients", [])]
        spans += [e["place"]] if e.get("place") else []
        for start, end in spans:
            assert text[start:end] == text[start:end].strip() and text[start:end], (e["doc"], start, end)


def test_a_gold_places_country_is_scored_on_the_place_found_whichever_mention_names_it(tmp_path, nlp):
    """The gold place is the second "Kharkiv"; the first names the same city, which lies in the gold country."""
    from dateline.evaluate.events import evaluate, report

    text = "Tanks fired at the base in Kharkiv on Monday. We start in Kharkiv.\n"
    (tmp_path / "bulletin.txt").write_text(text, encoding="utf-8")
    second = text.rindex("Kharkiv")
    gold = [{"doc": "bulletin.txt", "sentence": [0, 45], "trigger": [6, 11], "type": "ASSAULT",
             "actors": [], "recipients": [], "place": [second, second + 7], "place_country": "UKR"}]
    result = evaluate(gold, str(tmp_path), nlp)
    assert (result["args"]["place"]["right"], result["args"]["place country"]["right"]) == (0, 1)
    assert "  place country 1.000 (1/1)" in report(result).splitlines()


def test_a_gold_type_under_an_older_plover_name_is_scored_as_the_type_it_became(tmp_path, nlp):
    """PLOVER merged DEMAND into REQUEST: a gold demand matches the request found at its trigger."""
    from dateline.evaluate.events import evaluate

    text = "The Kenyan senate demanded the release of the detained activists on Tuesday.\n"
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    start = text.index("demanded")
    gold = [{"doc": "wire.txt", "sentence": [0, len(text) - 1], "trigger": [start, start + 8], "type": "DEMAND"}]
    result = evaluate(gold, str(tmp_path), nlp)
    assert (result["stats"]["matched"], dict(result["per_type"]["REQUEST"])["gold"]) == (1, 1)


def test_errors_print_each_wrong_argument_gold_against_found(tmp_path, nlp):
    """The gold place is the second "Kharkiv", the first is found: the place alone is printed, with offsets."""
    from dateline.evaluate.events import evaluate, report

    text = "Tanks fired at the base in Kharkiv on Monday. We start in Kharkiv.\n"
    (tmp_path / "bulletin.txt").write_text(text, encoding="utf-8")
    second = text.rindex("Kharkiv")
    gold = [{"doc": "bulletin.txt", "sentence": [0, 45], "trigger": [6, 11], "type": "ASSAULT",
             "actors": [{"span": [0, 5], "code": None}], "recipients": [{"span": [19, 23], "code": None}],
             "place": [second, second + 7]}]
    lines = report(evaluate(gold, str(tmp_path), nlp), errors=True).splitlines()
    at = lines.index("bulletin.txt ASSAULT 'fired': Tanks fired at the base in Kharkiv on Monday.")
    assert lines[at + 1:] == ["    place         gold 'Kharkiv' at 58  found 'Kharkiv' at 27"]


@pytest.mark.parametrize("found, gold, right", [
    ("2025-W14", "2025-04", False),      # 31 March - 6 April lies across two months: not in April alone
    ("2025-W15", "2025-04", True),       # 7-13 April
    ("2025-W15", "2025-04-09", True),    # a Wednesday of that week
    ("2025-04-09", "2025-W15", True),
    ("2025-W15", "2025-04-14", False),   # the Monday after it
    ("2025-W14", "2025-03", False),
    ("2025-04-09T18:30", "2025-04-09", True),
])
def test_an_event_date_is_right_when_one_value_lies_inside_the_other(found, gold, right):
    from types import SimpleNamespace

    from dateline.evaluate.events import _date_right

    assert _date_right(SimpleNamespace(value=found), gold) is right


def test_an_events_gold_naming_a_missing_document_is_an_error_not_a_shifted_score(tmp_path):
    from dateline.evaluate.events import evaluate as evaluate_events

    (tmp_path / "b.txt").write_text("Israel struck Gaza on Monday.")
    gold = [{"doc": name, "sentence": [0, 29], "trigger": [7, 13], "type": "ASSAULT", "actors": [], "recipients": []}
            for name in ("a.txt", "b.txt")]
    with pytest.raises(UserError, match=r"a\.txt: no such file or directory \(a document the gold names\)"):
        evaluate_events(gold, str(tmp_path), nlp=None)


def test_a_gold_record_of_the_wrong_shape_is_named(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text("events:\n- {doc: a.txt, sentence: [0, 9], trigger: [0, 3], type: ASSAULT}\n"
                    "- {sentence: [0, 9], trigger: [0, 3], type: ASSAULT}\n- just words\n")
    with pytest.raises(UserError) as error:
        read_gold(path, "events", ("doc", "sentence", "trigger", "type"))
    assert str(error.value) == f"{path}: events record 2 is not a mapping with doc, sentence, trigger, type (no doc)"
    path.write_bytes(b"events: \xff\n")
    with pytest.raises(UserError, match="not valid UTF-8"):
        read_gold(path, "events")
