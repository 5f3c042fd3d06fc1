"""`events.arguments._opens_line`: whether a sentence opens a line, the test behind a timeline's time headings."""

import pytest

from dateline.events.arguments import _opens_line

TEXT = "Ukraine war, day 900\n\nTuesday, 2 April.\n  \tRussian drones struck Odesa overnight. Kyiv said ten fell."


@pytest.mark.parametrize("sentence, opens", [
    ("Tuesday, 2 April.", True),  # after a blank line
    ("Russian drones", True),  # after a break and spaces and a tab
    ("Kyiv said", False),  # after another sentence on its line
    ("day 900", False),
])
def test_a_sentence_opens_a_line_after_a_break_and_blanks_only(sentence, opens):
    assert _opens_line(TEXT, TEXT.index(sentence)) is opens


def test_the_first_line_has_no_break_before_it():
    assert not _opens_line(TEXT, 0)


def test_a_non_breaking_space_is_text_not_a_blank():
    assert not _opens_line("Gaza\n\u00a0Strikes resumed.", 6)
