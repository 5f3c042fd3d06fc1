"""Readers: one test per input format and one per kind of bad input."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from dateline.readers import ReadError, ReadOptions, Source, read_paths

FIXTURES = Path(__file__).parent / "fixtures"


def read(*paths, **options):
    return list(read_paths([str(p) for p in paths], ReadOptions(**options)))


def only_source(path, **options) -> Source:
    items = read(path, **options)
    assert len(items) == 1 and isinstance(items[0], Source), items
    return items[0]


def only_error(path, **options) -> ReadError:
    items = read(path, **options)
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


def test_plain_text_with_a_news_dateline_gives_the_published_date():
    source = only_source(FIXTURES / "readout.txt")
    assert source.text.startswith("WASHINGTON, Jan. 12, 2024 — The United States")
    assert (source.published, source.published_from) == ("2024-01-12", "dateline")
    assert source.dateline.place == "WASHINGTON"
    assert source.text[source.dateline.start:source.dateline.end] == "WASHINGTON, Jan. 12, 2024 —"


def test_markdown_front_matter_and_markup_are_removed():
    source = only_source(FIXTURES / "ceasefire-talks.md")
    assert source.title == "Mediators resume Gaza talks in Doha"
    assert source.url == "https://example.org/wire/2024/08/15/doha-talks"
    assert (source.published, source.published_from) == ("2024-08-15", "metadata")
    assert source.text.startswith("DOHA — Mediators from Qatar, Egypt")
    assert "The State Department said" in source.text
    assert "**" not in source.text and "](" not in source.text


def test_html_main_text_title_and_date_come_from_trafilatura():
    source = only_source(FIXTURES / "page.html")
    assert source.title == "Security Council adopts ceasefire resolution"
    assert source.published == "2024-03-25"
    assert "abstained from the vote" in source.text
    assert "Home" not in source.text and "Copyright" not in source.text


def test_jsonl_records_are_documents_with_their_own_metadata():
    first, second = read(FIXTURES / "batch.jsonl")
    assert (first.id, first.published, first.title, first.url) == (
        "wire-1", "2024-11-27", "Ceasefire takes effect", "https://example.org/1")
    assert (second.id, second.published, second.title) == ("wire-2", "2024-08-07", None)
    assert second.label.endswith("batch.jsonl:2")


def test_timeml_text_element_with_the_dct_as_published_date():
    source = only_source(FIXTURES / "sample.tml")
    assert source.text == "\nThe council adopted the resolution yesterday.\n"
    assert (source.published, source.published_from) == ("2024-06-11", "metadata")


def test_the_argument_overrides_metadata():
    source = only_source(FIXTURES / "ceasefire-talks.md", published="2024-08-20")
    assert (source.published, source.published_from) == ("2024-08-20", "argument")


def test_a_date_alone_at_the_top_of_the_text_is_the_published_date(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Statement on the hostage deal\nNovember 22, 2024\n\nThe families welcomed the release.\n")
    source = only_source(path)
    assert (source.published, source.published_from) == ("2024-11-22", "text")


def test_without_any_date_the_published_date_is_none(tmp_path):
    path = tmp_path / "history.txt"
    path.write_text("The war began in the autumn and lasted for many months.\n")
    assert only_source(path).published is None


def test_directories_are_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document.")
    (tmp_path / "a.txt").write_text("First document.")
    (tmp_path / ".hidden.txt").write_text("Skipped.")
    assert [s.text for s in read(tmp_path)] == ["First document.", "Second document."]


def test_unknown_extensions_are_recognised_by_content(tmp_path):
    path = tmp_path / "article"
    path.write_text("---\ntitle: Sniffed\ndate: 2024-05-01\n---\nText follows.\n")
    assert only_source(path).title == "Sniffed"


def test_crlf_line_endings_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"One line.\r\nAnother line.\r\n")
    assert only_source(path).text == "One line.\nAnother line.\n"


# Bad input: one clear message naming the file, and the rest of the batch still read.

def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = only_error(path)
    assert error.label == str(path) and "binary" in error.reason


def test_invalid_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Déclaration du ministère".encode("latin-1"))
    error = only_error(path)
    assert "not valid UTF-8" in error.reason and "offset 1" in error.reason


def test_empty_file(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("  \n\n")
    assert "empty" in only_error(path).reason


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    error = only_error(path, max_bytes=100)
    assert "over the limit of 100" in error.reason


def test_html_with_no_extractable_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    assert only_error(path).reason == "HTML holds no extractable text"


def test_malformed_front_matter(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nBody.\n")
    assert only_error(path).reason.startswith("malformed front matter")


def test_front_matter_without_its_closing_line(tmp_path):
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: Never closed\nBody text.\n")
    assert "no closing" in only_error(path).reason


def test_malformed_jsonl_line_names_the_line_and_keeps_the_others(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Good one."}\n{"text": "broken\n{"id": "x"}\n{"text": "Good two."}\n')
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Source", "ReadError", "ReadError", "Source"]
    assert items[1].label == f"{path}:2" and "malformed JSON" in items[1].reason
    assert items[2].label == f"{path}:3" and "no 'text'" in items[2].reason


def test_missing_path(tmp_path):
    assert "no such file" in only_error(tmp_path / "nowhere.txt").reason


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_text("Before.")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00")
    (tmp_path / "c.txt").write_text("After.")
    kinds = [type(i).__name__ for i in read(tmp_path)]
    assert kinds == ["Source", "ReadError", "Source"]


def test_markdown_markup_is_stripped_in_linear_time_on_lines_of_unclosed_marks(tmp_path):
    path = tmp_path / "marks.md"
    path.write_text("Qatar hosted **the talks** on [Friday](https://example.org/a_(b)).\n"
                    + "[" * 100_000 + "\n" + "**a " * 25_000 + "\n" + "[a](" * 25_000 + "\n" + "![" * 50_000 + "\n")
    started = time.monotonic()
    text = only_source(path).text
    assert time.monotonic() - started < 10  # each took minutes to hours when every mark was tried to the line end
    assert text.split("\n")[0] == "Qatar hosted the talks on Friday)."
    assert text.split("\n")[1] == "[" * 100_000


def test_an_impossible_front_matter_date_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Talks\ndate: 2025-02-30\n---\nQatar hosted the talks.\n")
    (tmp_path / "b.md").write_text("---\ndate: yesterday\n---\nEgypt hosted the talks.\n")
    (tmp_path / "c.md").write_text("---\ndate: 2025-02-28\n---\nJordan hosted the talks.\n")
    items = read(tmp_path)
    assert [i.reason for i in items[:2]] == [
        "malformed front matter: date '2025-02-30' is not a date (want YYYY-MM-DD)",
        "malformed front matter: date 'yesterday' is not a date (want YYYY-MM-DD)"]
    assert (items[2].text, items[2].published) == ("Jordan hosted the talks.\n", "2025-02-28")


def test_front_matter_title_that_is_not_text_is_refused_before_it_is_printed(tmp_path):
    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
    path = tmp_path / "laughs.md"
    path.write_text(f"---\n{laughs}title: *i\n---\nQatar hosted the talks.\n")
    started = time.monotonic()
    assert only_error(path).reason == "malformed front matter: title is a list, not text"
    assert time.monotonic() - started < 5  # printed, the title would have been 9**9 words


def test_a_pipe_found_in_a_directory_is_reported_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text("Qatar hosted the talks.")
    os.mkfifo(tmp_path / "b.pipe")
    (tmp_path / "c.txt").write_text("Egypt hosted the talks.")
    items = read(tmp_path)
    assert [getattr(i, "text", None) for i in items] == ["Qatar hosted the talks.", None, "Egypt hosted the talks."]
    assert (items[1].label, items[1].reason) == (
        str(tmp_path / "b.pipe"), "not a regular file (a pipe, socket or device): name it to read it")


def test_a_named_pipe_is_read_like_a_file(tmp_path):
    pipe = tmp_path / "in.pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=("Qatar hosted the talks.",))
    writer.start()
    assert only_source(pipe).text == "Qatar hosted the talks."
    writer.join()


def test_a_loop_of_symbolic_links_is_named_as_such(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert only_error(tmp_path / "a").reason == "symbolic link to nothing (or a loop of links)"


def test_an_unreadable_folder_in_a_directory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Qatar hosted the talks.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Egypt hosted the talks.")
    scandir = os.scandir

    def denied(path="."):  # chmod 000 does not stop root, who runs the tests in CI
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    items = read(tmp_path)
    assert [getattr(i, "text", None) or i.reason for i in items] == [
        "Qatar hosted the talks.", "cannot read directory: Permission denied"]
    assert items[1].label == str(tmp_path / "locked")


def test_a_lone_surrogate_escape_in_a_jsonl_record_is_reported(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Qatar hosted the talks \\ud83d\\ude80 on Friday."}\n'
                    '{"text": "Egypt \\ud800 hosted the talks."}\n'
                    '{"text": "Jordan hosted the talks.", "title": "Talks \\udfff"}\n')
    items = read(path)
    assert items[0].text == "Qatar hosted the talks \U0001F680 on Friday."
    assert [(i.label, i.reason) for i in items[1:]] == [
        (f"{path}:2", "record's 'text' holds a lone surrogate escape \\ud800, not a character"),
        (f"{path}:3", "record's 'title' holds a lone surrogate escape \\udfff, not a character")]


def test_timeml_nested_too_deeply_is_reported(tmp_path):
    path = tmp_path / "deep.tml"
    path.write_text("<TimeML><TEXT>" + "<s>" * 5000 + "Qatar hosted the talks." + "</s>" * 5000 + "</TEXT></TimeML>")
    assert only_error(path).reason == "malformed TimeML: elements nested too deeply"
