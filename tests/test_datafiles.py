"""dateline's data files: a word list means its words, whatever YAML 1.1 makes of them."""

from dateline import datafiles
from dateline.actors.dictionary import DATA


def test_on_off_yes_and_no_in_a_word_list_stay_words():
    assert datafiles.load("[in, on, off, yes, no]") == ["in", "on", "off", "yes", "no"]


def test_true_and_false_are_still_booleans():
    assert datafiles.load("{weak: true, surname: false}") == {"weak": True, "surname": False}


def test_a_ship_off_a_coast_is_read_with_off_as_a_locative_preposition():
    assert "off" in datafiles.read(DATA / "references.yaml")["locative"]
