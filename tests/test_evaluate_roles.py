"""`dateline evaluate roles`: the gold set stays true to the samples, and the scorer counts right."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from dateline.cli import main
from dateline.evaluate.fusion import document_key
from dateline.evaluate.roles import ROLES, evaluate, report, scores
from dateline.evaluate import read_gold
from dateline.readers import read_paths
from dateline.samples import samples_dir

EVAL = Path(samples_dir()).parent / "eval"


@pytest.mark.parametrize("name, documents", [("roles-gold.yaml", 10), ("roles-heldout-gold.yaml", 5)])
def test_gold_spans_match_the_samples_and_roles_are_the_schema_s(name, documents):
    texts = {document_key(s.label or ""): s.text for s in read_paths([samples_dir()]) if hasattr(s, "text")}
    gold = read_gold(str(EVAL / name), "documents")
    assert len(gold) == documents
    for entry in gold:
        text = texts[entry["doc"]]
        for g in entry["sentences"]:
            assert text[g["start"]:g["end"]].strip() == g["text"], (entry["doc"], g)
            assert g["role"] in ROLES


def sentences(*spans):
    return SimpleNamespace(sentences=[SimpleNamespace(start=s, end=e, role=r) for s, e, r in spans])


GOLD_DOC = yaml.safe_load("""
- doc: d
  sentences:
  - {start: 0, end: 40, role: report, text: Troops left the town on Monday.}
  - {start: 41, end: 70, role: opinion, text: This was a grave mistake.}
  - {start: 71, end: 90, role: prediction, text: They will be back.}
  - {start: 91, end: 99, role: other, text: Sources.}
""")


def test_pairs_by_largest_overlap_and_fills_the_confusion_table():
    # the second and third gold sentences were split differently: 41-75 overlaps the opinion most, and
    # the prediction's 71-90 overlaps 76-90 more than 41-75; nothing overlaps the last
    document = sentences((0, 40, "report"), (41, 75, "report"), (76, 90, "prediction"))
    result = evaluate(GOLD_DOC, {"d": document})
    assert result["confusion"] == {("report", "report"): 1, ("opinion", "report"): 1,
                                   ("prediction", "prediction"): 1, ("other", "none"): 1}
    table = scores(result["confusion"])
    assert table["report"] == {"gold": 1, "predicted": 2, "right": 1, "precision": 0.5, "recall": 1.0,
                               "f1": 2 / 3}
    assert table["opinion"]["recall"] == 0.0 and table["opinion"]["f1"] == 0.0
    assert [(g["role"], got) for _, g, got in result["wrong"]] == [("opinion", "report"), ("other", "none")]


def test_report_prints_accuracy_per_role_lines_confusion_and_wrong_sentences():
    document = sentences((0, 40, "report"), (41, 70, "report"), (71, 90, "prediction"), (91, 99, "other"))
    lines = report(evaluate(GOLD_DOC, {"d": document}), verbose=True).splitlines()
    assert lines[0] == "accuracy 0.750 (3/4 sentences)"
    assert lines[2].split() == ["report", "1", "2", "1", "0.500", "1.000", "0.667"]
    assert lines[3].split() == ["quote", "0", "0", "0", "0.000", "0.000", "0.000"]
    assert lines[4].split() == ["opinion", "1", "0", "0", "0.000", "0.000", "0.000"]
    assert lines[-2].split()[:2] == ["other", "0"]  # the confusion row of "other": none taken for a report
    assert lines[-1].split()[:3] == ["opinion", "->", "report"] and "This was a grave mistake." in lines[-1]


def test_the_command_scores_one_gold_document(capsys):
    assert main(["evaluate", "roles", "--doc", "readout-kazan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("roles: 1 documents")
    assert "accuracy" in out and "confusion (rows gold, columns predicted)" in out
