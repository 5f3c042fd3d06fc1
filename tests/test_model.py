"""Every output validates against the project's schema and the shared contract,
and every span's offsets point at its text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import json_schema

from .conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_SCHEMA = SHARED / "spec" / "document.schema.json"

TEXTS = [
    "CAIRO, Aug. 25 (Reuters) — Egypt and Qatar said on Friday that talks would resume.",
    "“We are closer than ever,” Blinken told reporters in Doha on 19 August 2024.",
    "At least 40 people were killed and 120 wounded in strikes on Rafah last Friday, the health ministry said.",
    "The preacher cited [TMQ Surah Al-Baqarah 2:191] and Quran 8:60 in his sermon on 15 Ramadan 1445.",
    "The Houthis fired missiles at a ship in the Red Sea, and Washington vowed to respond (Al Jazeera, 4 January 2024).",
]


def spans(node, path="$"):
    """Every object in a dateline/1 document that has text, start and end."""
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys() and isinstance(node["text"], str) and path != "$":
            yield path, node
        for key, value in node.items():
            yield from spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from spans(value, f"{path}[{i}]")


def check_offsets(doc: dict) -> None:
    text = doc["text"]
    for path, span in spans(doc):
        assert text[span["start"]:span["end"]] == span["text"], path
    meta = doc["document"]["dateline"]
    for item in [meta] + doc["sentences"] + [e["sentence"] for e in doc["events"]]:
        if item:
            assert 0 <= item["start"] <= item["end"] <= len(text)


@pytest.fixture(scope="module")
def documents(nlp):
    return [nlp(text, published="2024-08-23").to_dict() for text in TEXTS]


def test_output_validates_against_the_projects_schema(documents):
    schema = json_schema()
    for doc in documents:
        jsonschema.validate(doc, schema)


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="the shared contract is not on this machine")
def test_output_validates_against_the_shared_contract(documents):
    schema = json.loads(SHARED_SCHEMA.read_text())
    for doc in documents:
        jsonschema.validate(doc, schema)


def test_offsets_are_exact_on_examples(documents):
    for doc in documents:
        check_offsets(doc)


def test_ids_are_unique_within_a_document(documents):
    for doc in documents:
        ids = [item["id"] for key in ("entities", "actors", "places", "timexes", "events", "quotes",
                                      "quantities", "citations", "scripture") for item in doc[key]]
        assert len(ids) == len(set(ids))


FRAGMENTS = st.sampled_from([
    "Israel", "Hamas", " said", " “", "” ", '"', "'", " on Friday", " 19/08/2024", " last week", " 41,000 killed",
    " $20 billion", " (Reuters, 19/08/2024)", " Surah Al-Anfal 8:57", " according to officials,", "\n\n", ". ",
    " the following day", " he", " 15 Ramadan 1445", " km²", " struck", " in Gaza", "—", " ", "?",
])
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(min_size=1, max_size=12)), min_size=1, max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.sampled_from([None, "2024-08-23"]))
def test_every_span_points_at_its_text_for_any_text(nlp, text, published):
    doc = nlp(text, published=published).to_dict()
    assert doc["text"] == text
    check_offsets(doc)
    jsonschema.validate(doc, json_schema())
