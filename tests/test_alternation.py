"""Word lists as regex alternations: a word before the words that begin it, one pattern in every run."""

import re

from dateline.alternation import alternation


def test_a_month_is_tried_before_its_abbreviations():
    assert alternation({"Sep", "Sept", "September"}) == "September|Sept|Sep"
    assert re.match(alternation({"Sep", "Sept"}), "Sept. 9").group() == "Sept"


def test_words_of_one_length_come_alphabetically_whatever_the_set_order():
    assert alternation(["Tue", "Mon", "Wed"]) == "Mon|Tue|Wed"
    assert alternation(["Wed", "Tue", "Mon"]) == "Mon|Tue|Wed"


def test_words_match_literally_and_a_space_may_match_a_line_break():
    assert alternation(["U.S.", "a.m."]) == r"U\.S\.|a\.m\."
    phrase = alternation(["more than", "more"], space=r"\s+")
    assert re.match(phrase, "more\nthan ten days").group() == "more\nthan"


def test_patterns_already_written_are_ordered_by_their_length():
    assert alternation([r"Rabi[\s-]?I", "Rajab"], escape=False) == r"Rabi[\s-]?I|Rajab"
