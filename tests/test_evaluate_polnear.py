"""`dateline evaluate polnear --show`: what the quotes missed, listed the way the exact score counts it."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest

from dateline.evaluate.polnear import Attribution, Miss, misses, part, select, show

TEXT = ("The mayor said that the bridge would reopen in May. Few engineers doubt the river has peaked. "
        "“We are ready,” she told reporters. Residents are tired of the water.")


def _gold(*contents: str) -> list[Attribution]:
    return [Attribution(content=[(TEXT.index(c), TEXT.index(c) + len(c))]) for c in contents]


def test_lists_gold_missed_with_the_nearest_quote_and_quotes_no_gold_overlaps(nlp):
    doc = nlp(TEXT)
    gold = _gold("the bridge would reopen in May", "the river has peaked", "of the water")
    assert [TEXT[q.start:q.end] for q in doc.quotes] == [
        "that the bridge would reopen in May", "the river has peaked", "We are ready"]
    listed = misses(TEXT, gold, doc.quotes)
    assert listed == [Miss((20, 50), (15, 50)), Miss(None, (95, 107)), Miss((150, 162), None)]
    out = io.StringIO()
    show("mayor_A.ann", TEXT, listed, out)
    assert out.getvalue().splitlines() == [
        "mayor_A.ann",
        "  missed  20:50 “the bridge would reopen in May”",
        "    found 15:50 “that the bridge would reopen in May”  start +“that”",
        "  false   95:107 “We are ready”",
        "  missed  150:162 “of the water”",
    ]


def test_a_found_span_cut_short_at_its_end_is_shown_without_the_words():
    gold = _gold("the river has peaked")
    found = [SimpleNamespace(start=TEXT.index("the river"), end=TEXT.index(" has peaked"))]
    out = io.StringIO()
    show("river_B.ann", TEXT, misses(TEXT, gold, found), out)
    assert out.getvalue().splitlines()[-1] == "    found 72:81 “the river”  end -“has peaked”"


def test_a_part_picks_one_of_n_equal_blocks_of_the_files():
    files = [f"f{i}.ann" for i in range(10)]
    assert select(files, block=part("2/5")) == ["f2.ann", "f3.ann"]
    assert select(files, limit=1, block=part("5/5")) == ["f8.ann"]
    with pytest.raises(ValueError):
        part("6/5")
