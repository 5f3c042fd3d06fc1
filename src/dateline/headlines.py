"""Title Case headlines read as prose: the tagger and parser see a recased copy of a headline line.

"Israel Strikes Beirut Suburb As Talks Stall" capitalises every word, and the small model tags it
as one proper name with no verb, so no event is found in it. Before the base model runs, each
headline line (at least `min_words` words, every long word capitalised, no closing full stop) is
given its sentence-case shadow: its function words (`data/headlines.yaml`) and the words English
morphology knows as verb forms ("Strikes", "Retake", "Launches") are lowercased, unless the word is
a name the actor dictionary knows ("Trump", "Bush") or part of one ("House of the People"). The shadow is the same length as the text and
tokenises the same, so after the base model the `headlines` component puts the original text back
under the tokens, keeping every tag, parse and entity: offsets stay exact.
An ALL CAPS line without figures is recased the same way ("BREAKING: RUSSIA LAUNCHES MISSILES AT KYIV"
reads "BREAKING: RUSSIA launches MISSILES at KYIV"); one with figures is a notice's header ("WARNING 012 --
04 MAY 24 -- ATTACK"), no clause, and is left alone.
A label before a colon ("BREAKING:", "Driving the news:") is left as written: it is no clause.
A list item's mark ("•", "–", "*") is a hyphen in the shadow, so that no name takes the mark in.
The dash after a timeline entry's opening date ("5 June – The army retook the town") is a colon in the
shadow: the parser takes "5 June – The army" for one noun phrase and the verb for a modifier, but reads the
date before a colon as the entry's label.
A headline line also ends its sentence, full stop or not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from . import datafiles
from .alternation import alternation
from .verbforms import verb_tables

WORD = re.compile(r"[^\W\d_][\w'’.-]*")
DIGIT = re.compile(r"\d")
LINE = re.compile(r"[^\n]+")
LABEL = re.compile(r"[^\n:]{1,24}:(?=\s)")
BLOCK_ENDS = (".", "!", "?", ":", ";")
LIST_MARK = re.compile(r"^[ \t]*([•·–—*])(?=[ \t])", re.M)


@lru_cache(maxsize=1)
def _dated_dash() -> re.Pattern:
    """A timeline entry's date and the dash after it at the start of a line ("5 June – The army retook ...",
    "Late April — The ...", "- March 3 - Rebels ..."), the month names from the timex calendar; not a transcript
    line that a month ends a sentence on ("November — (applause)", "December — and some of that")."""
    calendar = datafiles.read(Path(__file__).parent / "timex" / "data" / "calendar.yaml")
    month = "(?:" + alternation(m.capitalize() for m in calendar["months"]) + r")\.?"
    day = r"\d{1,2}(?:[–-]\d{1,2})?"
    date = rf"(?:[A-Z][a-z]+[ -])?(?:{day}\s+{month}|{month}(?:\s+{day})?)(?:,?\s+\d{{4}})?"
    # the entry's clause opens with a capital, not a month or a figure ("From 30 September – 2 October" is a range)
    return re.compile(rf"^[ \t]*(?:[•·–—*-][ \t]+)?{date}[ \t]+([–—-])(?=[ \t]+(?!{month}|\d)[A-Z])", re.M)
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


@lru_cache(maxsize=1)
def _style() -> dict:
    return datafiles.read(Path(__file__).parent / "data" / "headlines.yaml")


@Language.factory("headlines")
def create_headlines(nlp: Language, name: str):
    return restore


@lru_cache(maxsize=8)
def headline_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each Title Case or ALL CAPS headline line of the text (found once per text: the shadow
    and the sentence breaks both ask)."""
    style = _style()
    found = []
    previous = None  # the last line with words before this one: (its end, its text)
    for line in LINE.finditer(text):
        body = line.group().rstrip()
        words = WORD.findall(body)
        continues = previous is not None and text.count("\n", previous[0], line.start()) < 2 \
            and not previous[1].endswith(BLOCK_ENDS) and not (found and found[-1][1] == previous[0])
        if words:
            previous = (line.start() + len(body), body)
        if continues or len(words) < style["min_words"] or body.endswith(".") or \
                (body.isupper() and DIGIT.search(body)):
            continue  # a wrapped line of prose ("... met with\nIsraeli Prime Minister Benjamin Netanyahu,") is none
        long = [w for w in words if len(w) >= style["long_word"]]
        if long and all(w[0].isupper() for w in long) and sum(w[0].isupper() for w in words) >= style["min_words"]:
            found.append((line.start(), line.start() + len(body)))
    return tuple(found)


def shadow(nlp: Language, text: str) -> str:
    """The text with each headline line recased as a sentence would be, and each list item's mark a
    hyphen; the text itself if it has neither."""
    lines = headline_lines(text)
    marks = list(LIST_MARK.finditer(text))
    dashes = list(_dated_dash().finditer(text))
    if not lines and not marks and not dashes:
        return text
    chars = list(text)
    for mark in marks:
        chars[mark.start(1)] = "-"
    for dash in dashes:
        chars[dash.start(1)] = ":"  # the date is the entry's label, as in "5 June: ...", not a noun of its clause
    for start, end in lines:
        words = list(WORD.finditer(text, start, end))
        named = _named(text, words)
        caps = text[start:end].isupper()
        label = LABEL.match(text, start, end)
        for n, word in enumerate(words):
            if label and word.start() < label.end():
                continue
            recased = _recased(nlp, word.group(), n, n in named, _noun_by_place(words, n), caps)
            chars[word.start():word.end()] = recased
    return "".join(chars)


def _recased(nlp: Language, word: str, n: int, named: bool, noun_place: bool, caps: bool) -> str:
    """A headline word as a sentence writes it. In an ALL CAPS line only function words and verb forms
    are recased: which of the other words are names ("RSF", "KYIV") the line does not tell."""
    title = word[:1] + word[1:].lower() if caps else word
    if n and not named and _lowered(nlp, title, noun_place):
        return word.lower()
    return word


def _noun_by_place(words: list, n: int) -> bool:
    """The word stands where a verb cannot: after an article or preposition, or before "of"."""
    style = _style()
    after = words[n - 1].group().lower() in style["noun_after"]
    before = n + 1 < len(words) and words[n + 1].group().lower() in style["noun_before"]
    return after or before


def _named(text: str, words: list) -> set[int]:
    """Indexes of the words inside a name the actor dictionary knows ("UNRWA", "Human Rights Watch")."""
    named: set[int] = set()
    for i in range(len(words)):
        for j in range(min(len(words), i + 6), i, -1):
            if _actors().lookup(text[words[i].start():words[j - 1].end()]) is not None:
                named.update(range(i, j))
                break
    return named


def _lowered(nlp: Language, word: str, noun_place: bool) -> bool:
    """A capitalised word a sentence would write in lower case: a function word, or a verb form standing
    where a verb can and not a name."""
    if not word[:1].isupper() or not (word[1:].islower() or len(word) == 1):
        return False
    lower = word.lower()
    if lower in _function_words():
        return True
    return not noun_place and _verb_form(nlp, lower) and _actors().lookup(word) is None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(_style()["function_words"])


@lru_cache(maxsize=1)
def _actors():
    from .actors.dictionary import load
    return load()


def _verb_form(nlp: Language, word: str) -> bool:
    """The word is a verb's form by the model's own lemma tables: a listed irregular form, or a listed
    verb with a regular ending (-s, -es, -ies, -ed, -ing) taken off."""
    index, exceptions = verb_tables(nlp)
    if word in index or word in exceptions:
        return True
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]
    return any(stem in index for stem in stems if len(stem) > 1)


def restore(doc: Doc) -> Doc:
    """The doc over its source's own text, if it was built from a shadow; tags, parse and entities kept."""
    if doc._.dl is None or doc.text == doc._.dl.source.text:
        return doc
    text = doc._.dl.source.text
    words = [text[t.idx:t.idx + len(t)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(ATTRS, doc.to_array(ATTRS))
    restored._.dl = doc._.dl
    return restored


def ends_sentence(doc: Doc) -> None:
    """The token after each headline line starts a sentence. The lines are found in the source's own text: a
    doc built from the shadow reads its headlines in sentence case, where none looks like one."""
    text = doc._.dl.source.text if doc._.dl is not None else doc.text
    ends = {end for _, end in headline_lines(text)}
    for token in doc[:-1]:
        if token.idx + len(token) in ends:
            after = doc[token.i + 1]
            if after.is_space and after.i + 1 < len(doc):
                after = doc[after.i + 1]
            after.is_sent_start = True
