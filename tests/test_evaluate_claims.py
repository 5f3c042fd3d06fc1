"""`dateline evaluate claims`: the gold set stays true to the samples, and the scorer counts right."""

from __future__ import annotations

from pathlib import Path

import yaml

from dateline.evaluate.claims import KINDS, evaluate, load_gold
from dateline.evaluate.fusion import document_key
from dateline.readers import read_paths
from dateline.samples import samples_dir

GOLD = Path(samples_dir()).parent / "eval" / "claims-gold.yaml"


def test_gold_offsets_match_the_samples():
    texts = {document_key(s.label or ""): s.text for s in read_paths([samples_dir()]) if hasattr(s, "text")}
    gold = load_gold(str(GOLD))
    assert {entry["doc"] for entry in gold} <= set(texts)
    for entry in gold:
        text = texts[entry["doc"]]
        for kind in KINDS:
            for item in entry.get(kind) or []:
                assert text[item["start"]:item["end"]] == item["text"], (entry["doc"], item)
                speaker = item.get("speaker")
                if speaker:
                    assert text[speaker["start"]:speaker["end"]] == speaker["text"]


def test_scores_found_right_wrong_and_false(nlp):
    text = ("Israeli jets struck the camp at dawn (Reuters, 19/08/2024). At least 40 people were killed "
            "and 120 wounded, officials said.")
    gold = yaml.safe_load(f"""
- doc: d
  citations:
  - {{start: 37, end: 58, text: '(Reuters, 19/08/2024)', outlets: [Reuters], date: '2024-08-20'}}
  quantities:
  - {{start: 69, end: 71, text: '40', value: 40, measure: killed}}
  - {{start: 95, end: 98, text: '120', value: 120, measure: wounded}}
  scripture: []
  quotes: []
""")
    assert text[37:58] == "(Reuters, 19/08/2024)" and text[69:71] == "40" and text[95:98] == "120"
    counts = evaluate(gold, {"d": nlp(text, published="2024-08-21")}, ("citations", "quantities"))["counts"]
    assert dict(counts["citations"]) == {"gold": 1, "predicted": 1, "found": 1}  # the date is wrong: not right
    assert dict(counts["quantities"]) == {"gold": 2, "predicted": 2, "found": 2, "right": 2}


def test_a_pronoun_with_no_gold_actor_is_right_only_unresolved():
    from types import SimpleNamespace

    from dateline.evaluate.claims import speaker_right
    from dateline.model import Mention

    gold = {"speaker": {"start": 0, "end": 2, "text": "It"}, "actor": None}
    unresolved = SimpleNamespace(speaker=Mention(text="It", start=0, end=2, actor=None))
    wrongly = SimpleNamespace(speaker=Mention(text="It", start=0, end=2, actor="hamas"))
    elsewhere = SimpleNamespace(speaker=Mention(text="They", start=40, end=44, actor=None))
    assert speaker_right(gold, unresolved, {})
    assert not speaker_right(gold, wrongly, {})
    assert not speaker_right(gold, elsewhere, {})


def test_an_outlet_written_short_is_the_outlet_dateline_names_in_full():
    from types import SimpleNamespace

    from dateline.evaluate.claims import citation_right

    gold = {"outlets": ["PTI"], "date": "2024-10-22"}
    assert citation_right(gold, SimpleNamespace(outlets=["Press Trust of India"], date="2024-10-22"), {})
    assert not citation_right(gold, SimpleNamespace(outlets=["Kyodo News"], date="2024-10-22"), {})


def test_an_outlet_that_names_an_actor_is_right_by_any_of_its_names():
    from types import SimpleNamespace

    from dateline.evaluate.claims import citation_right

    actors = {"a1": SimpleNamespace(name="Ruth K. Osei", aliases=["Ruth Osei"]),
              "un": SimpleNamespace(name="United Nations", aliases=["UN"])}
    gold = {"outlets": ["Ruth Osei"], "date": "2024-10-22"}
    assert citation_right(gold, SimpleNamespace(outlets=["Ruth K. Osei"], date="2024-10-22"), actors)
    assert not citation_right(gold, SimpleNamespace(outlets=["Ruth K. Osei"], date="2024-10-21"), actors)
    # a short alias is matched whole, never as part of another name
    assert not citation_right({"outlets": ["UNICEF"], "date": None},
                              SimpleNamespace(outlets=["United Nations"], date=None), actors)


def test_a_quote_by_according_to_is_scored_as_its_citation_only(nlp):
    text = ("According to the Kenyan Red Cross, at least 38 people died in the floods in Mai Mahiu. "
            "President William Ruto said on Tuesday that the government would relocate families living near rivers.")
    content = "the government would relocate families living near rivers"
    start = text.index(content)
    gold = yaml.safe_load(f"""
- doc: d
  quotes:
  - {{start: {start}, end: {start + len(content)}, text: '{content}', date: '2024-04-30',
     speaker: {{start: 87, end: 109, text: 'President William Ruto'}}, actor: William Ruto}}
""")
    assert text[87:109] == "President William Ruto"
    document = nlp(text, published="2024-05-01")
    assert any(q.cue is not None and q.cue.text == "According to" for q in document.quotes)  # PolNeAR still sees it
    counts = evaluate(gold, {"d": document}, ("quotes",))["counts"]
    assert dict(counts["quotes"]) == {"gold": 1, "predicted": 1, "found": 1, "right": 1}


def test_a_week_is_right_where_the_gold_allows_each_of_its_days():
    from dateline.evaluate.claims import date_right

    week = ["2025-10-27", "2025-10-28", "2025-10-29", "2025-10-30", "2025-10-31", "2025-11-01", "2025-11-02"]
    assert date_right("2025-W44", week)
    assert date_right("2025-10-29", week)
    assert not date_right("2025-W43", week)
    assert not date_right("2025-W44", week[:5])  # the gold allows the working days only
    assert not date_right("2025-W44", ["2025-10"])


def test_a_quote_according_to_people_who_are_no_citation_is_still_scored(nlp):
    from dateline.evaluate.claims import scored

    text = "The ceasefire talks in Cairo collapsed on Sunday, according to two people familiar with the talks."
    document = nlp(text, published="2024-05-06")
    attributed = [q for q in document.quotes if q.cue is not None and q.cue.text == "according to"]
    assert attributed and attributed[0].citation is None
    assert attributed[0] in scored("quotes", document.quotes)
