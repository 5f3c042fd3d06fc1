"""The `timex` component: temporal expressions found and resolved to TIMEX3 values.

The grammar (`grammar.py`) finds expressions with exact offsets over `doc.text`; the
normaliser (`normalise.py`) resolves them: deictic ones ("yesterday", "last Friday") from
the published date, anaphoric ones ("the following day") from the last date mentioned, and
partial ones ("30th July", "Friday") from the reference with the clause's tense deciding
past or future. With no published date (a narrative), the dates the text gives are the
reference: each relative expression counts from the last date mentioned before it. The words
around a match that say whether it is a time at all ("by spring", "on the 14th", "52 years old")
are in `data/context.yaml`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import annotations, document_text
from ..model import Timex as TimexRecord
from .grammar import CLOCK_RULES, Grammar, Match, alt, lexicon
from .normalise import (STORY_FRAME_DAYS, Context, Normaliser, Point, Value, is_stamp, positioned, shift,
                        twenty_four_hour)

TENSE = lexicon("tense")
NIGHT_KINDS = frozenset(lexicon("relative")["night_kinds"])
NIGHT_WORDS = frozenset(lexicon("relative")["night_words"])
BARE_DAY = lexicon("relative")["bare_day"]
DEICTIC_WORDS = lexicon("relative")["deictic"]
SUDDEN_BEFORE = re.compile(r"(?<![\w-])" + alt(lexicon("relative")["sudden_before"]) + r"\s+$", re.I)
DAY = re.compile(r"\d{4}-\d\d-\d\d")
SPAN = re.compile(r"P(\d+)([DWMY])")  # a whole number of days, weeks, months or years
COMMON_WORDS = set(lexicon("calendar")["common_words"])
NUMBER_LABEL = re.compile(r"(?<![\w-])" + alt(lexicon("calendar")["number_labels"]) + r"\.?\s+$", re.I)
CONTEXT = lexicon("context")
SEASON_PREP = re.compile(r"(?<![\w-])" + alt(CONTEXT["season_prepositions"]) + r"\s+$", re.I)
DAY_PREP = re.compile(r"(?<![\w-])" + alt(CONTEXT["day_prepositions"]) + r"\s+$", re.I)
PART_PREP = re.compile(r"(?<![\w-])" + alt(CONTEXT["part_prepositions"]) + r"\s+$", re.I)
DAWN_PREP = re.compile(r"(?<![\w-])" + alt(CONTEXT["dawn_prepositions"]) + r"\s+$", re.I)
LAST_VERB = re.compile(r"(?<![\w-])" + alt(CONTEXT["last_verbs"]) + r"\s+$", re.I)
PART_OF = re.compile(r"(?<![\w-])" + alt(lexicon("calendar")["day_parts"]) + r"\s+of\s+$", re.I)
# a clock time told just before its day ("at 1:23 a.m. on Saturday, 26 April 1986"), in the same sentence (not
# "0150 hrs\n\n1. On 22 April")
CLOCK_ON = re.compile(r"[^\n.!?]*[ \t]on[ \t]+(?:the[ \t]+)?", re.I)
# the words between the two clock times of a range ("between 3 p.m. and 8 p.m.")
CLOCK_RANGE = re.compile(r"\s*(?:and|to|until|till|-|–)\s*", re.I)
# rules naming a day by its number alone, in the month the story is in
DAY_OF_MONTH_RULES = {"ordinal_day", "part_date"}
CLOCK_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)T\d\d:\d\d$")
FULL_DATE = re.compile(r"\d{4}-\d\d")  # a dated month or day
YEARLESS = re.compile(r"XXXX-\d\d")  # a month or day of unknown year
CLOCK = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\dT(\d\d):(\d\d)")
# a live blog's time stamp: its hour, minute and half of the day ("21:14 BST", "9.40pm")
STAMP_CLOCK = re.compile(r"(\d{1,2})[:.](\d\d)\s*([ap]\.?m\.?)?", re.I)
# the authors of a work cited in brackets, before its year ("(Stearns ", "(see Prunier and Bayart, ", "(UNSC 2025a; ICG
# "), and what may follow the year: a letter, the page, the bracket's end or the next reference
REFERENCE_REACH = 80
AUTHORS = re.compile(r"(?:(?:see|cf\.)\s+)?(?:(?:[A-Z][\w.'’&-]*|and|&|et\s+al\.?)(?:,?\s+|\s*;\s*|\d{4}[a-z]?[;,]\s*))+")
REFERENCE_AFTER = re.compile(r"[a-z]?(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*[);]")
# a labelled number right before the bracket that holds a year: "resolution 2231 (2015)", "Law No. 12 (2019)"
LABELLED_NUMBER = re.compile(r"(?<![\w-])" + alt(lexicon("calendar")["number_labels"]) + r"\.?\s+(?:No\.?\s*)?"
                             r"\d[\w/.-]*\s*\(\s*$", re.I)
BLANK_LINE = re.compile(r"\n[ \t]*\n")  # where a paragraph ends
# a headline or crosshead: a paragraph of one short line that ends no sentence ("Clashes Erupt on Border", "## The
# troops", "Pakistan, Afghanistan Agree to 48-Hour Truce")
HEADLINE = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?[A-Z][^\n]{0,118}[^\s.,;:!?\"”*](?:\*\*)?[ \t]*"
                      r"(?=\n[ \t]*\n|\n?\Z)")
# a dated heading's label and the mark between it and its date ("OPERATIONAL UPDATE 03 | ", "Day 4 - "), and what
# may follow the date: its clock time (", 1800 hrs", " 14:30 GMT") and marks
HEADING_LABEL = re.compile(r"[ \t*_#]*[^\W_][^\n]*?[ \t]*[|·•—–:,-][ \t]*")
# a post's or an update's head of short fields between dots or bars before its stamp ("#3 · fukuoka_dan · joined
# 2012 · ", "Update 4 | Posted by the team | "): a wider line than a heading, but no sentence
ENTRY_FIELDS = re.compile(r"[ \t*_#]*(?:[^\n|·•]{1,32}?[ \t]*[|·•][ \t]*)+(?:(?:posted|updated|edited)[ \t]+(?:on[ \t]+)?)?",
                          re.I)
# and the fields that may follow its stamp ("Update 6 · October 30, 2024 · Pastor Dale Whitaker, Organizer")
ENTRY_TAIL = re.compile(r"(?:[ \t]*[|·•][ \t]*[^\n|·•.!?]{1,40}?)*[ \t*_]*")
ENTRY_HEAD_WIDTH = 120
# a chronology's item: a line opening with its date as a label, perhaps after a bullet or number, and a colon after
# it ("- 22 Oct: ...", "- 23 Oct, same night: ...")
ITEM_OPENING = re.compile(r"[ \t]*(?:(?:[-*•+]|\d{1,3}[.)])[ \t]+)?")
ITEM_COLON = re.compile(r"[ \t]*(?:,[^:\n]{0,24})?:")
# a part of the day with nothing of its own to date it, and what may stand between it and the day that does ("Before
# dawn the next day", "the evening of 4 May")
DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)")
PART_OF_DAY = re.compile(r"[ \t]+(?:(?:of|on)[ \t]+)?")
# what joins the two ends of a range of months or days ("October–November 2024", "May to June 2025")
RANGE_JOIN = re.compile(r"[ \t]*(?:[-–—]|to|until|through)[ \t]*")
HEADING_CLOCK = re.compile(r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]?\d\d(?:[ \t]*(?:hrs\.?|hours|h|[ap]\.?m\.?))?"
                           r"(?:[ \t]+[A-Z]{2,4})?)?[ \t*_]*")
# what may stand beside a post's stamp on its own line: marks and the post's number before it, marks after it
STAMP_NUMBER = re.compile(r"[ \t*_>\[(]*(?:#?\d+[ \t]*[·•|–—-][ \t]*)?")
STAMP_TAIL = re.compile(r"[ \t*_\])]*")
STAMP_DAY_TURN = 360  # minutes a stamp may go back against its page's order before it is read as a new day
FUTURE_AUX = set(TENSE["future_auxiliaries"])
FUTURE_HEADS = set(TENSE["future_heads"])
BOUND_HEADS = set(TENSE["bound_heads"])
INFINITIVE_ONLY = set(TENSE["infinitive_only_heads"])
SEQUEL_PARTICIPLES = frozenset(TENSE["sequel_participles"])
BOUND_WORDS = set(TENSE["bound_cues"]) | set(TENSE["past_cues"])
# a forward-pointing word right before the expression ("payable Dec. 7", "as early as Tuesday")
FUTURE_CUE = re.compile(r"(?<![\w-])" + alt(TENSE["future_cues"]) + r"\s+(?:(?:on|the|by)\s+)?$", re.I)
# "since", a few words before the date: the start of a stretch that runs up to now
PAST_CUE = re.compile(r"(?<![\w-])" + alt(TENSE["past_cues"]) + r"(?:\s+\S+){0,3}\s+$", re.I)
# "until", "through": the end of a stretch, ahead in a present or future clause ("the offer runs
# until Friday") but behind in a past one ("the index rose through August")
BOUND_CUE = re.compile(r"(?<![\w-])" + alt(TENSE["bound_cues"]) + r"\s+(?:(?:on|the)\s+)?$", re.I)
NO_SEASON_AFTER = frozenset(CONTEXT["no_season_after"])
HIJRI_NAMES = tuple(lexicon("hijri")["names_alone"])
AGE = re.compile(r"[\s-]+" + alt(CONTEXT["age_words"]) + r"\b", re.I)
ATTRIBUTIVE_YEAR = re.compile(r"\b" + alt(CONTEXT["attributive_determiners"]) + r"\s+$", re.I)
NAMES = lexicon("names")
# a name that contains a date word ("Black Friday", "Thirteen Days"): no date
NAMED = re.compile(r"(?<![\w-])(?-i:" + alt(NAMES["events"]) + r")(?![\w-])")
# a capitalised event noun right after a capitalised date word or length: "the Six-Day War",
# "the Yom Kippur War", "the Seven Years' War", "the October Revolution" are names
EVENT_NOUN = re.compile(r"(?:['’]s?)?\s+(?-i:" + alt(NAMES["event_nouns"]) + r")(?![\w-])")
# rules whose capitalised match before an event noun is still a date ("the 1967 War")
NUMBERED_RULES = {"year", "decade", "century", "era_year", "dmy", "mdy", "iso", "numeric"}
TIME_WORDS_AFTER_PREP = re.compile(r"(?:\b" + alt(CONTEXT["length_words"]) + r"\s+)$", re.I)


@lru_cache(maxsize=1)
def engine() -> tuple[Grammar, Normaliser]:
    """The grammar and normaliser, built once per process."""
    grammar = Grammar()
    return grammar, Normaliser(grammar)


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    """A YYYY-MM-DD string (or longer TIMEX3 value starting with one) as a date."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def clause_tense(doc: Doc, start: int, end: int) -> Optional[str]:
    """"past", "future" or "present" for the verb governing the expression at [start, end).
    A forward-pointing word before it ("payable", "as early as") or a verb of planning before it
    ("scheduled a hearing for Thursday") makes it "future" unless the clause is in the past perfect;
    after "until" or "through" it is "future" unless the clause is in the past ("stayed until May"),
    after "since" it is "past". A possessive ("Friday's vote") or a date modifying a noun ("the
    Friday explosions") names an event already known: no tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span.root.dep_ == "poss" or span.root.tag_ == "POS":
        return None
    before = doc[max(0, span.start - 4):span.start].text + " "
    if PAST_CUE.search(before):
        return "past"  # "since the May 3 raid": what a stretch runs from lies behind
    if span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ in ("NOUN", "PROPN") \
            and span.root.head.i >= span.end:
        return None  # so does a date modifying a noun ("the Friday explosions")
    cue = FUTURE_CUE.search(before) is not None
    if BOUND_CUE.search(before) is not None:
        tense = governing_tense(span, cue=False)
        return "past" if tense == "past" and not bound_moved(span) and not present_perfect(span) else "future"
    return governing_tense(span, cue) or entry_tense(doc, span, cue)


def entry_tense(doc: Doc, span, cue: bool) -> Optional[str]:
    """The tense of a list entry a date heads ("4 January: Rebels captured the town"): the parser leaves the
    label outside the clause after its colon, which tells what happened on that day."""
    if span.end >= len(doc) or doc[span.end].text != ":" or not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return None
    for tok in doc[span.end + 1:]:
        if "\n" in tok.text:
            return None
        if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
            return governing_tense(doc[tok.i:tok.i + 1], cue)
    return None


def clause_pluperfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing the expression at [start, end) is in the past perfect ("the talks
    had begun in June"): in a narrative, a date told in it lies before the story's time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = clause_verb(span.root)
    if span.start > 0 and doc[span.start - 1].lower_ in BOUND_WORDS:
        return False  # "by March he had left": the date is when the perfect is seen from, not the deed's
    return tok.pos_ in ("VERB", "AUX") and past_perfect(tok)


def main_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression at [start, end) dates its sentence's main verb ("In early August, rioters attacked
    a hotel"), not a clause hanging on it ("since attacks began in October")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and clause_verb(span.root).dep_ == "ROOT"


def clause_verb(tok):
    """The verb of the clause `tok` stands in (`tok` itself when it is one), or the last head reached."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux" or tok.head is tok:
            break
        tok = tok.head
    return tok


def main_clause_past(doc: Doc, at: int) -> bool:
    """Whether the main clause of the sentence at offset `at` tells an act in the simple past, active or passive
    ("said", "was shot"), not a state ("was quiet") nor what had come before ("had been on the wall")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.sent.root
    return root.tag_ == "VBD" and root.lemma_ != "be" or root.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in root.children)


def reported_ahead(doc: Doc, start: int, end: int, ahead: bool) -> bool:
    """Whether a date `ahead` of the story's time is told in reported speech or thought, a clause that
    is the object of another verb ("the party said it aimed to hold the vote on Saturday"): a plan
    somebody spoke of, not the time the narrative goes on from."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if not ahead or span is None or not len(span):
        return False
    tok = clause_verb(span.root)
    for _ in range(6):
        if tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX"):
            return True
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head is tok:
            return False
        tok = tok.head
    return False


def looks_back(doc: Doc, start: int, end: int) -> bool:
    """Whether a narrative's date looks back from the story's time: a date in the past perfect
    ("he had been held there since the previous evening") or one a stretch runs from. The story
    goes on, in the next sentence, from its own last date."""
    return after_since(doc, start, end) or clause_pluperfect(doc, start, end)


def after_since(doc: Doc, start: int, end: int) -> bool:
    """Whether the date follows "since": the start of a stretch that runs up to the story's time, not that time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.start > 0 and doc[span.start - 1].lower_ == "since"


def background_year(doc: Doc, start: int, end: int) -> bool:
    """Whether a year is background to a narrative, not the time it goes on from: a year that
    modifies a noun ("the 1967 ceasefire line") or one a stretch runs from ("the largest battle
    since 1943"). A partial date after it keeps the year of the story."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if after_since(doc, start, end) or author_year(document_text(doc), start, end) \
            or edition_year(document_text(doc), start, end):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in clause_verb(span.root).children):
        return True  # "the first such decree since the country became a democracy in 1987"
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i >= span.end


def author_year(text: str, start: int, end: int) -> bool:
    """Whether a year is the year of a work cited in brackets by its author ("(Stearns 2012)", "(Qatar MoFA 2025;
    ICG 2025)", "(see Prunier, 2009: 14)"): a reference, not a time the text tells of."""
    opening = text.rfind("(", max(0, start - REFERENCE_REACH), start)
    return opening >= 0 and AUTHORS.fullmatch(text, opening + 1, start) is not None \
        and REFERENCE_AFTER.match(text, end) is not None


def edition_year(text: str, start: int, end: int) -> bool:
    """Whether a year is the one a numbered instrument bears in brackets ("resolution 2231 (2015)", "Regulation No.
    833 (2014)"): which resolution or law is meant, not when an act told about it was done."""
    return LABELLED_NUMBER.search(text, max(0, start - REFERENCE_REACH), start) is not None \
        and text[end:end + 1] == ")"


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the date modifies a noun after it ("the August 1988 cease-fire", "the Dec. 21, 1988, bombing"): it
    says which thing is meant, not when the story stands."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i >= span.end


def past_perfect(tok) -> bool:
    """Whether `tok` (or the copula of a predicate adjective, "had been due") is in the past perfect."""
    verbs = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    return any(c.dep_ == "aux" and c.lower_ == "had" for v in verbs for c in v.children)


def present_perfect(span) -> bool:
    """Whether the verb governing `span` is in the present perfect ("has given them until Friday"),
    which reaches up to now and so leaves an end point ahead."""
    verbs = [t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")][:2]  # through "to return"
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for v in verbs for c in v.children)


def bound_moved(span) -> bool:
    """Whether a verb that moves an end point ("extended", "postponed") governs `span`."""
    return any(t.lemma_ in BOUND_HEADS for t in span.root.ancestors if t.i < span.start)


def governing_tense(span, cue: bool) -> Optional[str]:
    """The tense of the verb that governs `span`, or "future" for a forward-pointing `cue`."""
    tok = span.root
    via_for = False  # "set the hearing for 23 September", "scheduled the vote for Friday": the plan's day
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            break
        if tok.head is tok:
            break
        via_for = via_for or tok.dep_ == "prep" and tok.lower_ == "for"
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return "future" if cue else None
    if past_perfect(tok):
        return "past"
    if cue or via_for and tok.lemma_ in FUTURE_HEADS:
        return "future"
    for _ in range(3):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        tags = {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if aux & FUTURE_AUX or (tok.lemma_ in FUTURE_HEADS and tok.lemma_ not in INFINITIVE_ONLY
                                and tok.i < span.start):
            return "future"
        if tok.tag_ == "VBD" or "VBD" in tags:
            return "past"
        if tok.tag_ == "VBN" and aux & {"has", "have", "had", "'ve", "'s"}:
            return "past"
        if tok.tag_ == "VB" and "TO" in tags and tok.head is not tok:
            tok = tok.head
            if past_perfect(tok):
                return "past"  # "had been due to expire Friday": the plan lies behind, and with it the day
            if tok.lemma_ in FUTURE_HEADS:
                return "future"
            continue
        if tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}):
            return "present"
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            return "past"
        if tok.tag_ == "VBG" and not aux and tok.dep_ in ("advcl", "acl", "conj", "xcomp", "pcomp"):
            # a participle clause takes its tense from the clause it hangs on ("rose 5%, climbing
            # through August"; "would fly twice a week, with the third flight leaving from May 6")
            tok = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if tok is None:
                return None
            continue
        return None
    return None


def bare_night(timex: TimexRecord) -> bool:
    """Whether the timex is "overnight" told with no day: a night that spans the day before and the day it is told,
    so it dates no act more closely than the report's own day does."""
    return timex.text.lower() in NIGHT_WORDS


def after_quantity(doc: Doc, start: int) -> bool:
    """Whether the expression starting at `start` follows a quantity ("$2 million a year", "four
    flights a week", "5% a year"), which makes "a year" a rate rather than a length of time."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.tag_ in ("CD", "NNS", "NNPS") or before.lower_ in ("%", "percent", "cents")


class Validator:
    """Context checks a regex cannot make: capitalisation, part of speech, nearby words."""

    def __init__(self, grammar: Grammar, doc: Doc, text: str) -> None:
        self.g = grammar
        self.doc = doc
        self.text = text
        self.named = [(n.start(), n.end()) for n in NAMED.finditer(text)]

    def token_at(self, offset: int):
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def next_token(self, end: int):
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        i = span[-1].i + 1
        return self.doc[i] if i < len(self.doc) else None

    def __call__(self, m: Match) -> bool:
        """Whether a match is a temporal expression where it stands; each step checks one kind of expression."""
        rule = m.rule
        if rule in ("month", "dmy", "mdy") and not self._month_name(m):
            return False
        if self._in_name(m):
            return False
        if rule in ("dmy", "mdy") and not 1 <= int(m.groups["day"]) <= 31:
            return False
        if rule in ("weekday", "weekday_day", "plural_weekday") and not self._weekday_name(m):
            return False
        if rule == "relative" and not self._relative(m):
            return False
        season = self._season_groups(m)
        if season is not None and not self._season(m, season):
            return False
        if rule == "the_quarter" and not self._the_quarter(m):
            return False
        if rule == "year":
            verdict = self._year(m)
            if verdict is not None:
                return verdict
        if rule == "persian" and "pday2" in m.groups and "pyear" not in m.groups and "wdp" not in m.groups \
                and self.next_token(m.end) is not None and self.next_token(m.end).pos_ in ("NOUN", "PROPN"):
            return False  # "Tir 14 missiles": a name and a count, not a day
        if rule in ("holiday", "hijri") and not self._named_day(m):
            return False
        if rule == "frequency" and not self._frequency(m):
            return False
        if rule in ("vague", "vague_adj", "bare_plural") and not self._vague(m):
            return False
        if rule == "ordinal_day" and not self._ordinal_day(m):
            return False
        if rule == "the_part" and not (PART_PREP if "dawn" not in m.groups else DAWN_PREP).search(
                self.text, max(0, m.start - 8), m.start):
            return False  # "the evening news", "spent the night": no time of the story's day
        if rule in ("duration", "adj_duration") and not self._length(m):
            return False
        if rule == "time24" and not 0 <= int(m.groups["h"]) <= 23:
            return False
        if rule == "overnight" and not self._night(m):
            return False
        if rule == "post_stamp" and not (dated_heading(self.text, m.start) or is_stamp(self.text, m.start, m.end)
                                         or stamp_paragraph(self.text, m.start, m.end)):
            return False  # "rose 3.5 10:30": a day and month without a year only as the head of a post
        return not self.in_title(m)

    def _night(self, m: Match) -> bool:
        """"overnight" tells a night ("struck overnight", "overnight losses"), but not before a noun it names a kind
        of ("an overnight curfew", "overnight stays") nor as "suddenly" ("almost overnight")."""
        after = self.next_token(m.end)
        if after is not None and after.lower_ in NIGHT_KINDS:
            return False
        return not SUDDEN_BEFORE.search(self.text, max(0, m.start - 16), m.start)

    def _month_name(self, m: Match) -> bool:
        """A month is a capitalised word, and the month names that are also verbs or nouns ("may", "march") only
        when tagged as a name, not in a title ("the Long March") nor as a verb."""
        g, text = m.groups, self.text
        word = g["month"]
        key = word.lower().rstrip(".")
        if not word[0].isupper():
            return False
        if m.rule != "month" or "year" in g or key not in self.g.ambiguous_months:
            return True
        tok = self.token_at(m.spans["month"][0])
        if tok is not None and (tok.tag_ in ("MD", "VB", "VBP", "VBZ") or tok.pos_ in ("VERB", "AUX")):
            return False
        if key != "may" and key != "march" and not word.endswith("."):
            return False
        if key == "may" and tok is not None and tok.pos_ != "PROPN":
            return False
        if key == "march" and tok is not None and tok.pos_ not in ("PROPN", "NOUN"):
            return False
        if key == "march" and re.match(r"\s+(?:for|of|on|to)\s+(?:the\s+)?[A-Z]", text[m.end:m.end + 12]):
            return False  # "the March for Life", "the March on Washington", "the Long March to Dhaka": a name
        if key == "march" and tok is not None and tok.i > 0 and not tok.is_sent_start:
            before = tok.nbor(-1)
            if before.is_title and not before.is_sent_start and not self.g.is_calendar_word(before.lower_):
                return False  # "the Long March", "the Great March of Return": a title word before it
        return True

    def _in_name(self, m: Match) -> bool:
        """Whether the expression is part of the name of an event, a book or a period ("Black Friday", "the Six-Day
        War", "the October War"): TimeML leaves those unmarked."""
        text = self.text
        if any(s < m.end and m.start < e for s, e in self.named):
            return True
        if text[m.start].isupper() and m.rule not in NUMBERED_RULES and EVENT_NOUN.match(text, m.end):
            return True
        return m.rule == "month" and "year" not in m.groups and m.start >= 4 \
            and text[m.start - 4:m.start].lower() == "the " \
            and re.match(r"\s+[A-Z][a-z]", text[m.end:m.end + 3]) is not None and not self.g.is_calendar_word(
                text[m.end:m.end + 14].split()[0] if text[m.end:m.end + 14].split() else "")  # "the May Movement"

    def _weekday_name(self, m: Match) -> bool:
        """A weekday is a capitalised word; its abbreviations alone ("Sat", "Sun") are ordinary words."""
        if m.rule == "plural_weekday":
            return m.groups["pwd"][0].isupper()
        word = m.groups["wd"]
        return word[0].isupper() and word.lower().rstrip(".") not in self.g.weekday_abbr

    def _relative(self, m: Match) -> bool:
        """"last Friday", "the following week": a month or weekday after the word is a capitalised name, and the
        readings that other rules or other words give are left to them."""
        g = m.groups
        unit = g["runit"]
        key = unit.lower().rstrip(".")
        rel = g["rel"].lower()
        if (key in self.g.months or key in self.g.weekdays) and not unit[0].isupper():
            return False
        if key in self.g.weekday_abbr or (key in self.g.months and len(key) <= 3 and key != "may"):
            return False
        if key == "day" and rel in BARE_DAY:
            return self._no_noun_after(m)  # "Next day, troops entered" and "Hemedti next day declared", not "next day delivery"
        if rel in BARE_DAY and rel not in DEICTIC_WORDS:
            return False  # bare "same" counts only days: "same month last year" is a comparison
        if key == "day" and rel in ("last", "this", "past", "coming", "the last"):
            return False  # "the last day of": today/tomorrow say it when meant
        if rel == "the" and key in ("year", "month", "week", "decade") and "pos" not in g:
            return False  # "the year" alone is the rule `the_unit`
        if rel in ("the", "these") and "pos" not in g and (key in self.g.months or key in self.g.weekdays):
            return False  # "the Friday explosions", "the October vote": the name alone is the date
        return True

    def _season_groups(self, m: Match) -> Optional[dict]:
        """The season and its determiner of a season told alone or after a relative word ("last summer")."""
        if m.rule == "relative" and m.groups["runit"].lower() in self.g.seasons:
            return {"season": m.groups["runit"], "srel": m.groups["rel"]}
        return m.groups if m.rule == "season" else None

    def _season(self, m: Match, g: dict) -> bool:
        """A season is mid-sentence lower case, and "fall" or "spring" alone mostly no season at all: taken with a
        year, a determiner, or a preposition of time and no noun after it ("by spring")."""
        text = self.text
        word = g["season"]
        if word[0].isupper() and m.start > 0 and text[max(0, m.start - 2):m.start].strip() not in ("", ".", "\n"):
            return False
        if word.lower() in self.g.ambiguous_seasons and "year" not in g and not g.get("srel") \
                and not (SEASON_PREP.search(text, max(0, m.start - 8), m.start) and self._no_noun_after(m)):
            return False
        if "year" not in g and re.match(r"\s+of\b", text[m.end:m.end + 4]):
            return False
        if g.get("srel", "").lower() == "the" and word.lower() in self.g.ambiguous_seasons and "year" not in g \
                and not (word.lower() == "spring" and self._no_noun_after(m)):
            return False  # "the fall" is mostly a drop; "the spring", with no noun after, the season
        return True

    def _the_quarter(self, m: Match) -> bool:
        """"quarter" alone is a coin or a district and "the period" alone no date: a determiner, and for "period"
        a modifier or a year, make them the quarter or period a report is about."""
        g = m.groups
        determined = re.match(r"the\s", self.text[m.start:m.start + 4], re.I) is not None or "ago" in g or "lys" in g
        return determined and not (g["pnoun"].lower() == "period" and "pmod" not in g and "pyear" not in g)

    def _year(self, m: Match) -> Optional[bool]:
        """A number is a year unless it counts (a noun after it, "two thousand"), is a figure ("2082.1") or a label
        ("Resolution 1701"); a year in a range ("1998-2001") is one when the other end is a year too. True or False
        decides; None leaves the last checks to decide."""
        g, text = m.groups, self.text
        if not g["year"][0].isdigit() and g["year"].lower().startswith("two") and not g.get("fiscal"):
            return False  # "two thousand" is a count unless "the year two thousand"
        year = self.g.year_number(g["year"])
        if year < 1600 and not g.get("era") and not g.get("fiscal"):
            return False
        nxt = self.next_token(m.end)
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and not g.get("era") and not g.get("fiscal") \
                and not (ATTRIBUTIVE_YEAR.search(text[max(0, m.start - 8):m.start]) and 1900 < year < 2100
                         and year % 100):
            return False  # "2000 people" is a count; "the 1992 protests" a year
        if re.match(r"[.,]\d", text[m.end:m.end + 2]):
            return False  # "2082.1", "1,988": a figure
        if re.match(r"\s*(?:-|–|to)\s*\d", text[m.end:m.end + 6]) and not g.get("era"):
            return self._range_year(m)
        before = text[max(0, m.start - 4):m.start]
        if re.search(r"(?:No\.|#|\$|Rs)\s*$", before) or NUMBER_LABEL.search(text, max(0, m.start - 16), m.start):
            return False  # "Resolution 1701", "Flight 1549": a label
        return None

    def _named_day(self, m: Match) -> bool:
        """A holiday or Hijri month is a capitalised name; "Safar" and "Rajab" alone are more often names of people."""
        g = m.groups
        if not (g.get("holiday") or g["hmonth"])[0].isupper():
            return False
        return not (m.rule == "hijri" and "hyear" not in g and "hday" not in g and "hday2" not in g
                    and "hera" not in g and g["hmonth"].lower().startswith(HIJRI_NAMES))

    def _frequency(self, m: Match) -> bool:
        """"quarterly results", "annual report" classify; "daily rallies" recur."""
        if m.groups["freq"].lower() in self.g.attributive_frequencies:
            return True
        tok = self.token_at(m.start)
        return not (tok is not None and tok.pos_ == "ADJ" and tok.dep_ == "amod")

    def _vague(self, m: Match) -> bool:
        """Vague words are times only where they stand for one: "current" and "recent" before a noun, "future"
        as a noun and not "the future of" something, a plural unit alone after a word of length ("for years")."""
        g, text = m.groups, self.text
        if m.rule == "vague_adj":
            nxt = self.next_token(m.end)
            return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
        if m.rule == "bare_plural":
            return bool(g.get("det")) or "after" in g or TIME_WORDS_AFTER_PREP.search(
                text[max(0, m.start - 12):m.start]) is not None
        if g["vague"].lower() == "future":
            tok = self.token_at(m.start)
            if tok is not None and tok.dep_ == "amod":
                return False
        if g["vague"].lower().endswith("future") and re.match(r"\s+of\b", text[m.end:m.end + 4]):
            return False  # "the future of the alliance": its prospects, not a time
        return True

    def _ordinal_day(self, m: Match) -> bool:
        """"the 14th" alone is a day of the month after a preposition of time ("on the 14th") or a part of the day
        ("the evening of the 25th"), with no noun after it."""
        text = self.text
        told = DAY_PREP.search(text, max(0, m.start - 8), m.start) \
            or PART_OF.search(text, max(0, m.start - 14), m.start)
        nxt = self.next_token(m.end)
        # not "on the 14th floor", "the 20th century", "the 5th of May" (read whole)
        return bool(told) and not (nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                                                        or nxt.lower_ == "of"))

    def _length(self, m: Match) -> bool:
        """A length of time is a count of a unit, not a verb ("would last eight years"), an age ("52 years old"),
        a title ("Three Days in August") or a count that does not fit the unit ("a second", "some day")."""
        g, text = m.groups, self.text
        if g.get("det", "").lower().startswith("last") and LAST_VERB.search(text, max(0, m.start - 8), m.start):
            return False  # "the war would last eight years": the verb, not "the last eight years"
        if AGE.match(text, m.end):
            return False  # "52 years old": an age, not a stretch of time
        unit = g["unit"].lower()
        num = g["num"].lower()
        if unit in ("second", "seconds") and num in ("a", "an"):
            return False
        if unit in ("quarter", "quarters") and (num in ("a", "an") or re.match(r"\s+of\b", text[m.end:m.end + 4])):
            return False
        if num in ("some", "many") and unit.endswith("s") is False:
            return False
        if unit in ("second", "minute", "hour", "day", "week", "month", "year", "night") and num in (
                "some", "several", "many", "few"):
            return False
        if g["unit"][0].isupper() and g["num"][0].isupper():
            return False  # "Three Days in August", "Six-Day": a title or a name, not a length
        if m.rule == "duration" and num.isdigit() and int(num) > 1 and not unit.endswith("s"):
            return False  # "the 1988 quarter", "a 3 month": no count of one unit
        return True

    def _no_noun_after(self, m: Match) -> bool:
        nxt = self.next_token(m.end)
        return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") and nxt.lower_ not in NO_SEASON_AFTER

    def in_title(self, m: Match) -> bool:
        """Whether the expression belongs to a title or name (TimeML leaves those unmarked): it
        starts with a common word capitalised right after another word, outside a headline."""
        word = re.match(r"\w+", self.text[m.start:m.end])
        if word is None or not word.group()[0].isupper() or word.group().lower() not in COMMON_WORDS:
            return False
        before = self.text[max(0, m.start - 40):m.start].rstrip(" \t\n\"“'‘")
        if not before or not before[-1].isalnum() or "\n" in self.text[max(0, m.start - 40):m.start][len(before):]:
            return False  # a line's first word ("Monday 27 October\n\nTonight, ...") is capitalised as such
        tok = self.token_at(m.start)
        words = [t for t in tok.sent if t.is_alpha] if tok is not None else []
        return sum(t.is_title for t in words) <= len(words) / 2  # a headline capitalises every word

    def _range_year(self, m: Match) -> bool:
        return bool(re.match(r"\s*(?:-|–|to)\s*(?:1\d|20)\d\d\b", self.text[m.end:m.end + 9]))


@Language.factory("timex", assigns=["doc._.dl"])
def make_timex(nlp: Language, name: str):
    return Timex()


class Timex:
    """Appends `model.Timex` records, sorted by start, to `doc._.dl.timexes`."""

    def __init__(self) -> None:
        self.grammar, self.normaliser = engine()

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        published = parse_date(dl.published)
        text = document_text(doc)  # `doc.text` is built anew from the tokens on every access
        matches = self.grammar.find(text, Validator(self.grammar, doc, text))
        story = Story(doc, text, published, matches)
        for m in matches:
            story.read(m, self.normaliser, dl.new_id)
        records = story.records
        if published is None:
            first_years(records)
        dl.timexes.extend(records)
        dl.timexes.sort(key=lambda t: t.start)
        trim_date_entities(doc, records)
        date_clauses(doc, dl)
        return doc


class Story:
    """The dates a document has told so far, read in order: what each next expression counts from. News counts
    from its published date (a live blog's entry from its own day, a paragraph under a dated heading from the
    heading's), and anaphors from the last date told; a date in an aside or in a plan told in reported speech is
    not the story's own time, so what follows it may count from the story's last main-clause date instead."""

    def __init__(self, doc: Doc, text: str, published: Optional[dt.date], matches: list[Match]) -> None:
        self.doc, self.text, self.published = doc, text, published
        order = date_order(matches)
        self.ctx = Context(reference=published, dayfirst=order is not False, order_told=order is not None, text=text,
                           tense=lambda m: clause_tense(doc, m.start, m.end),
                           rate=lambda m: after_quantity(doc, m.start),
                           pluperfect=lambda m: clause_pluperfect(doc, m.start, m.end))
        self.records: list[TimexRecord] = []
        self.days = entry_days(text, matches, published)
        self.entry_day = published
        self.narrative: Optional[Point] = None  # the last date of a main clause: the story's own time
        self.last_sentence, self.last_background, self.last_rule = -1, False, ""
        self.last_plan = False  # the last date is a plan told in reported speech
        self.main_dated = -1  # the last sentence whose main clause gave a date
        # (where the paragraph under a dated heading ends, its day, the heading's timex id)
        self.section: Optional[tuple[int, dt.date, str]] = None
        # the dated run: where each heading's section starts, the sections whose heading line gives a dated month
        # or day, and (the section, the date) the run goes on from
        self.heading_starts = [h.start() for h in HEADLINE.finditer(text)]
        self.dated_sections: set[int] = set()
        self.run: Optional[tuple[int, Point]] = None
        self.match_starts = {m.start for m in matches}

    def read(self, m: Match, normaliser: Normaliser, new_id) -> None:
        """Resolve one expression against the story so far, record it, and let it move the story on."""
        self._set_reference(m)
        sentence, background = clause_of(self.doc, m.start, m.end)
        self._back_to_story(m, sentence, background)
        flashback = self._narrating() and clause_pluperfect(self.doc, m.start, m.end)
        self.ctx.run = self._run_for(m)
        value = normaliser.value(m, self.ctx)
        if value is None:
            return
        self._move_run(m, value)
        background = self._background(m, value, sentence, background)
        plan = not background and self._plan(m, value)
        background = background or plan  # "said it would vote on Saturday. Crowds marched in the evening"
        tid = new_id("t")
        self._date_clock_times(m, value, tid)
        self._date_day_part(m, value, tid)
        anchor = self.section[2] if self.section is not None and value.anchor == "reference" \
            else anchor_id(value, self.ctx, self.published)
        self.records.append(record(self.text, m, value, tid, anchor))
        self.last_rule = m.rule
        self._open_section(m, value, tid)
        clock = CLOCK.match(value.value) if value.type == "TIME" else None
        if clock is not None:
            self.ctx.last_clock = (value.value[:10], int(clock.group(1)), int(clock.group(2)))
        if self._part_before_day(m, value):
            return  # "Before dawn the next day": "the next day" counts from the story's day, not from dawn
        if value.point is not None and value.point.gran == "Y" and background_year(self.doc, m.start, m.end):
            return  # "met him the following day" counts from the story's day, not from "the 2021 coup"
        if value.point is not None and value.point.gran == "Y" and self._places_last(m, value):
            return  # "on 15 September that year": the year of the day, which stays the story's date
        if value.point is not None and value.type in ("DATE", "TIME"):
            self._remember(m, value, tid, sentence, background, plan, flashback)

    def _section_of(self, at: int) -> int:
        """Where the heading's section holding offset `at` starts (-1 before the first heading)."""
        i = bisect_right(self.heading_starts, at) - 1
        return self.heading_starts[i] if i >= 0 else -1

    def _run_for(self, m: Match) -> Optional[Point]:
        """The date a dated run goes on from, when the expression stands in that run: an item of a chronology
        labelled by its date, or any date of a section whose heading gives a dated month ("## Slide 4 —
        December 2024 – March 2025"), after a fully dated item or heading of the same section."""
        if self.run is None or self.run[0] != self._section_of(m.start):
            return None
        return self.run[1] if self.run[0] in self.dated_sections or item_label(self.text, m.start, m.end) else None

    def _move_run(self, m: Match, value: Value) -> None:
        """A month or day told with its year, or an item's label given one by the run, is where the run goes on
        from; the second end of a range gives its year to a yearless first end ("October–November 2024"), and the
        run goes on from the range's start."""
        point = value.point
        if point is None or point.yearless or point.gran not in ("D", "M") or value.type != "DATE" \
                or value.anchor is not None and not (self.ctx.run is not None and item_label(self.text, m.start, m.end)):
            return  # "30 November last year" counts from the reference, and moves no run
        section = self._section_of(m.start)
        previous = self.records[-1] if self.records else None
        if value.anchor is None and previous is not None and previous.anchor is not None \
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", previous.value) \
                and RANGE_JOIN.fullmatch(self.text, previous.end, m.start) is not None \
                and previous.value[5:] != "02-29":  # (a leap day keeps the year it was given)
            month = int(previous.value[5:7])
            year = point.date.year - (month > point.date.month)
            self.records[-1] = previous.model_copy(update={"value": f"{year:04d}{previous.value[4:]}", "anchor": None})
            point = replace(point, date=dt.date(year, month, int(previous.value[8:10] or 1)),
                            gran="D" if len(previous.value) == 10 else "M")
        if section >= 0 and point.gran == "M" and m.start < self.text.find("\n", section) % (len(self.text) + 1):
            self.dated_sections.add(section)  # a chronology's heading gives months, a diary's or a page's a day
        self.run = (section, point)

    def _set_reference(self, m: Match) -> None:
        """What deictic expressions count from here: the day of the dated heading whose paragraph this is, else
        the day of the live blog's entry, else the published date."""
        if self.section is not None and (m.start >= self.section[0] or m.rule == "post_stamp"):
            self.section = None  # a post's stamp ends the post before it and counts from the page's date
        self.entry_day = self.days.get(m.start, self.entry_day)  # a live blog's entry counts from its own day
        self.ctx.reference = self.section[1] if self.section is not None else self.entry_day

    def _back_to_story(self, m: Match, sentence: int, background: bool) -> None:
        """After a date told in an aside, anaphors count from the story's own last date again."""
        ctx = self.ctx
        if self.last_background and (sentence != self.last_sentence or not background and self.published is None) \
                and (self.narrative is not None or self.published is not None) \
                and not (self.last_plan and ctx.tense(m) != "past"):
            # "a day earlier" counts from the story's date, not from an aside's: in the next
            # sentence, or, in a story, back in the main clause ("the paper her father had
            # founded in 1948, and twenty years later she ran it"); news with no such date yet
            # counts from its published date. After a plan, only what the story tells in the past
            # does: "said he would fly on Thursday. He will leave in the morning" is Thursday's
            ctx.last = self.narrative
        if m.rule in DAY_OF_MONTH_RULES and self.last_background and self.narrative is not None:
            # "Koome, who had led the police through June, left on the 12th": the story's month
            ctx.last = self.narrative

    def _background(self, m: Match, value: Value, sentence: int, background: bool) -> bool:
        """Whether the date is an aside rather than the story's time: in a narrative, a clause looking back is one;
        a date written in full in the aside of a sentence with no date of its own is not."""
        if self.published is None and not background and value.anchor is not None:
            return looks_back(self.doc, m.start, m.end)
        if self.published is not None and after_since(self.doc, m.start, m.end):
            return True  # "without power since October. Later that evening ...": the evening of the story's day
        if not background and self._narrating() and value.point is not None and not value.point.yearless \
                and value.point.date > self.ctx.reference:
            return True  # a long read's prospect ("set the next hearing for 23 September"): no narrated past
        if background and self.main_dated != sentence and (value.anchor is None and FULL_DATE.match(value.value)
                                                             or _calendar_day(value, self.text[m.start:m.end])) \
                and not (self.published is not None and self.narrative is not None and main_clause_past(self.doc, m.start)):
            # "I still keep the ticket I bought on 9 November 1989. Thirty years later ...": a date
            # written in full in an aside of a sentence with no date of its own is the story's (but news whose
            # main clause tells a past act goes on on its own day: "said its jets had also struck the car carrier
            # the rebels seized in November 2023. The rebels fired rockets the same day")
            return False
        return background

    def _places_last(self, m: Match, value: Value) -> bool:
        """Whether a year told right after a finer date gives that date its year ("15 September that year", "May
        of the same year"): one date written in two expressions."""
        last = self.ctx.last
        return last is not None and last.gran not in ("Y", "DE", "CE") and last.date.year == value.point.date.year \
            and re.fullmatch(r"\s*(?:of\s+)?", self.text[self.ctx.last_end:m.start]) is not None

    def _narrating(self) -> bool:
        """Whether a dated text narrates a past: the story's day lies more than STORY_FRAME_DAYS before the
        reference (a long read that tells a Tuesday three weeks before it went to print)."""
        story = self.narrative
        return self.published is not None and story is not None and story.gran == "D" and not story.yearless \
            and self.ctx.reference is not None and (self.ctx.reference - story.date).days > STORY_FRAME_DAYS

    def _plan(self, m: Match, value: Value) -> bool:
        """Whether the date is a plan told in reported speech ("said it aimed to hold the vote on Saturday"): it lies
        ahead of the story's time, so what the story goes on to tell in the past does not count from it."""
        return value.point is not None and not value.point.yearless and reported_ahead(
            self.doc, m.start, m.end, self.published is not None and value.point.date > self.ctx.reference
            or self.published is None and self.ctx.tense(m) == "future")

    def _date_clock_times(self, m: Match, value: Value, tid: str) -> None:
        """A day told right after clock times is their day: "at 1:23 a.m. on Saturday, 26 April 1986", and the first
        time of a range too ("between 3 p.m. and 8 p.m. on Feb. 18")."""
        records, text = self.records, self.text
        if records and CLOCK_VALUE.match(records[-1].value) and self.last_rule in CLOCK_RULES \
                and DAY.fullmatch(value.value) and CLOCK_ON.fullmatch(text, records[-1].end, m.start) \
                and records[-1].end >= m.start - 12:
            at = len(records) - 1
            while at >= 0 and CLOCK_VALUE.match(records[at].value):
                records[at] = records[at].model_copy(update={"value": value.value + records[at].value[10:],
                                                             "anchor": tid})
                if at == 0 or not CLOCK_RANGE.fullmatch(text, records[at - 1].end, records[at].start):
                    break
                at -= 1

    def _part_before_day(self, m: Match, value: Value) -> bool:
        """Whether a part of the day with no day of its own is told right before an expression that gives it one
        ("dawn" in "Before dawn the next day")."""
        if value.anchor is None or DAY_PART.fullmatch(value.value) is None:
            return False
        gap = PART_OF_DAY.match(self.text, m.end)
        return gap is not None and gap.end() in self.match_starts

    def _date_day_part(self, m: Match, value: Value, tid: str) -> None:
        """A day told right after a part of the day is that part's day: "before dawn the next day" is the dawn of
        the day after the story's."""
        records = self.records
        if records and DAY.fullmatch(value.value) and DAY_PART.fullmatch(records[-1].value) \
                and records[-1].anchor is not None and PART_OF_DAY.fullmatch(self.text, records[-1].end, m.start):
            records[-1] = records[-1].model_copy(update={"value": value.value + records[-1].value[10:], "anchor": tid})

    def _open_section(self, m: Match, value: Value, tid: str) -> None:
        """A day in a heading or a news dateline dates the paragraph under it; a day heading of news dates all
        that follows, till the next one."""
        stamp = m.rule == "post_stamp"  # "01.06 · 07:05": a post's day with its clock time
        if value.point is not None and value.point.gran == "D" and (DAY.fullmatch(value.value) or stamp):
            if dated_heading(self.text, m.start):
                self.section = (paragraph_end(self.text, m.end), value.point.date, tid)
            elif dateline_day(self.text, m.start):
                # a dispatch was filed that day: "said on Sunday" two paragraphs down counts from it
                self.section = (dispatch_end(self.text, m.start), value.point.date, tid)
            elif self.published is not None and (day_heading(self.text, m.start, m.end) or stamp and stamp_paragraph(
                    self.text, m.start, m.end)):
                # till the next day heading or post stamp: "this morning" in the post of 01.06 is 1 June's
                self.section = (len(self.text), value.point.date, tid)
            elif self.published is not None and not value.point.yearless and value.point.date <= self.published \
                    and labelled_day_heading(self.text, m.start, m.end):
                # "UPDATE 03 | 08 May 2025, 1800 hrs": "This morning" under it is 8 May's, till the next heading
                self.section = (len(self.text), value.point.date, tid)
            elif item_label(self.text, m.start, m.end):
                # "1 Mar: PKK declares a ceasefire "effective today"": the item's today is its day
                line_end = self.text.find("\n", m.end)
                self.section = (len(self.text) if line_end < 0 else line_end, value.point.date, tid)

    def _remember(self, m: Match, value: Value, tid: str, sentence: int, background: bool, plan: bool,
                  flashback: bool = False) -> None:
        """The date becomes the last date told, what anaphors count from; told in a main clause, also the story's,
        unless the clause is a long read's flashback: "by the next morning" goes on from "had gone on television on
        the evening of the 25th", but the story's own day stays where it was."""
        ctx = self.ctx
        ctx.previous, ctx.last_end = ctx.last, m.end
        ctx.previous_near = self.last_sentence == sentence
        ctx.last = positioned(replace(value.point, id=tid), value.mod)
        ctx.night = value.value.endswith("TNI")
        ctx.last_main = main_clause(self.doc, m.start, m.end)
        if ctx.last.gran == "D" and not ctx.last.yearless:
            ctx.days.append(ctx.last)
        self.last_sentence, self.last_background, self.last_plan = sentence, background, plan
        if not background and not flashback:
            self.narrative, self.main_dated = ctx.last, sentence
            if not names_a_thing(self.doc, m.start, m.end) and not clause_pluperfect(self.doc, m.start, m.end):
                ctx.story_before, ctx.story = ctx.story, ctx.last
        if value.point.gran == "Q":
            ctx.last_quarter = ctx.last


def trim_date_entities(doc: Doc, records: list) -> None:
    """A date entity of the tagger that runs on into the names after it ("On 5 November South Africa closed the
    border": no comma after the date) ends where the temporal expression does, so the names are read as names."""
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        ends = [r.end for r in records if ent.start_char <= r.start and r.end < ent.end_char]
        if not ends:
            continue
        rest = doc.char_span(max(ends), ent.end_char, alignment_mode="contract")
        cut = doc.char_span(ent.start_char, max(ends), label=ent.label_)
        if cut is None or rest is None or not len(rest) or not all(t.pos_ == "PROPN" for t in rest):
            continue
        ents[i], changed = cut, True
    if changed:
        doc.ents = ents


def entry_days(text: str, matches: list[Match], published: Optional[dt.date]) -> dict[int, dt.date]:
    """The day of each time stamp of a live blog, by where its stamp starts. The page gives its date once,
    the day it began; its stamps run the one way (newest entry first or last), and a stamp that goes
    back against that way by more than STAMP_DAY_TURN minutes opens the next day ("23:40 BST" below
    "07:40 BST" on a newest-first page: the upper entry is the morning after)."""
    stamps = [m for m in matches if m.rule in CLOCK_RULES and is_stamp(text, m.start, m.end)]
    clocks = [stamp_minutes(text[m.start:m.end]) for m in stamps]
    if published is None or len(stamps) < 3 or None in clocks:
        return {}
    # the page's way, by the steps within a day (a step of more than STAMP_DAY_TURN is a night passing)
    later = sum(0 < b - a <= STAMP_DAY_TURN for a, b in zip(clocks, clocks[1:]))
    earlier = sum(0 < a - b <= STAMP_DAY_TURN for a, b in zip(clocks, clocks[1:]))
    if later == earlier:
        return {}
    order = list(range(len(stamps))) if later > earlier else list(range(len(stamps)))[::-1]
    days, offset = {}, 0
    for before, at in zip([None] + order, order):
        if before is not None and clocks[at] < clocks[before] - STAMP_DAY_TURN:
            offset += 1
        days[stamps[at].start] = published + dt.timedelta(days=offset)
    return days if offset else {}


def stamp_minutes(written: str) -> Optional[int]:
    """The minutes past midnight of a stamp's clock ("21:14 BST", "9.40pm")."""
    clock = STAMP_CLOCK.match(written)
    if clock is None:
        return None
    return twenty_four_hour(int(clock.group(1)), clock.group(3) or "") * 60 + int(clock.group(2))


HEADING_WIDTH = 60
"""Most characters a dated heading line has ("WARNING 053 -- 12 JUN 24 -- ATTACK", "Friday 22 March 2024")."""


def dated_heading(text: str, at: int) -> bool:
    """The date sits on a short line that opens a paragraph, every word of it capitalised, with the text of the
    paragraph on the lines below: a notice's or an entry's date line. The weekdays and "today" of that
    paragraph count from its day, not from the day the run of notices was published."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if end < 0 or end - start > HEADING_WIDTH or not text[end + 1:end + 2].strip():
        return False
    if text[:start].strip() and not text[:start].rstrip(" \t").endswith("\n\n"):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in re.findall(r"[^\W_]+", text[start:end]))


def dateline_day(text: str, at: int) -> bool:
    """The date is in the dateline that opens its paragraph ("KYIV, July 3 (Wire) - ..."): a digest's item was
    filed that day, and its weekdays and "today" count from it, not from the day the digest was published."""
    from ..readers.newsdateline import dateline_at  # the readers use the timex engine: imported when first needed
    start = text.rfind("\n", 0, at) + 1
    if text[:start].strip() and not text[:start].rstrip(" \t").endswith("\n\n"):
        return False
    found = dateline_at(text, start)
    return found is not None and found.start <= at < found.end


#: "14 July (Monday)": the heading's date with its weekday in brackets, which names the same day.
DAY_APPOSITION = re.compile(r"^\s*\(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\)")


def _line_around(text: str, start: int, end: int) -> tuple[str, str, bool, str]:
    """What stands on the line of text[start:end] before and after it, whether that line opens a paragraph (a
    blank line or the text's start above it), and the text after the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    above = text[:line_start].rstrip(" \t")
    return text[line_start:start], text[end:line_end], not above or above.endswith("\n\n"), text[line_end:]


def day_heading(text: str, start: int, end: int) -> bool:
    """The date is all of a line that stands as a paragraph of its own ("Wednesday 12 March", "## 5 August
    2024"): a live blog's or a diary's day heading, under which the entries and their time stamps fall on that
    day until the next heading, whatever day the page was published."""
    lead, tail, opens, after = _line_around(text, start, end)
    if re.search(r"\w", lead + DAY_APPOSITION.sub("", tail, count=1)):
        return False
    return opens and (not after.strip() or BLANK_LINE.match(after) is not None)


def labelled_day_heading(text: str, start: int, end: int) -> bool:
    """The date closes a line that stands as a paragraph of its own after a label and a mark, perhaps with its clock
    time ("OPERATIONAL UPDATE 03 | 08 May 2025, 1800 hrs", "Day 4 - Thursday 12 June", "Entry: 3 November"): a dated
    update's or a diary entry's heading, or a forum post's head of fields ("#3 · fukuoka_dan · joined 2012 · 16 Nov
    2025, 18:05 JST"), whose "today" and "this morning" are its day until the next heading. Not
    the text's first line (its title), nor a sentence that ends on a date ("Smoke rose over the city on 12 May")."""
    lead, tail, opens, after = _line_around(text, start, end)
    if not opens or not text[:start - len(lead)].strip() or after.strip() and BLANK_LINE.match(after) is None:
        return False
    width = len(lead) + (end - start) + len(tail)
    if width <= HEADING_WIDTH and HEADING_LABEL.fullmatch(lead) is not None and HEADING_CLOCK.fullmatch(tail):
        return True
    clock = HEADING_CLOCK.match(tail)
    return width <= ENTRY_HEAD_WIDTH and ENTRY_FIELDS.fullmatch(lead) is not None \
        and ENTRY_TAIL.fullmatch(tail, clock.end() if clock else 0) is not None and _fielded_lines(text) > 1


#: a line of two or more short fields between dots or bars, standing as a paragraph of its own
FIELDED_LINE = re.compile(r"(?m)^[ \t*_#]*(?:[^\n|·•]{1,40}?[ \t]*[|·•][ \t]*){2,}[^\n|·•]{1,40}[ \t]*$")


@lru_cache(maxsize=8)
def _fielded_lines(text: str) -> int:
    """How many lines of fields the text holds: a head of fields heads an entry only among others (a thread's posts,
    a page's updates); one alone is the masthead of an article ("REVIEW · Desk · Friday 18 July 2025"), whose day
    is the published date and must not take the place of the days its story tells."""
    return sum(1 for line in FIELDED_LINE.finditer(text) if len(line.group().strip()) <= ENTRY_HEAD_WIDTH)


def item_label(text: str, start: int, end: int) -> bool:
    """The date opens its line as the label of a chronology's item, a colon after it ("- 22 Oct: Bahçeli invites
    Öcalan to address parliament"): the item tells what happened that day."""
    line_start = text.rfind("\n", 0, start) + 1
    return ITEM_OPENING.fullmatch(text, line_start, start) is not None and ITEM_COLON.match(text, end) is not None


def entry_head(text: str, start: int, end: int, value: str) -> bool:
    """Whether the timex heads an entry of its own: a day heading, a labelled or fielded entry head, or a post's
    stamp on its own line. What follows it till the next such head was written that day."""
    return DAY.fullmatch(value) is not None and (day_heading(text, start, end) or labelled_day_heading(text, start, end)) \
        or stamp_paragraph(text, start, end)


def entry_heads(text: str, timexes: list) -> tuple[list[int], list[str]]:
    """The starts and days of the document's entry heads (`entry_head`), in text order (`timexes` sorted by start):
    found once per document, so that each quote's `entry_day` bisects them instead of testing every earlier timex
    again (a long document with many quotes and dates paid quotes times dates)."""
    heads = [t for t in timexes if entry_head(text, t.start, t.end, t.value)]
    return [t.start for t in heads], [t.value[:10] for t in heads]


def entry_day(heads: tuple, at: int) -> Optional[str]:
    """The day of the entry that offset `at` stands in (the last entry head before it, of `entry_heads`), or None
    outside any entry: the date an undated saying in an update or a post defaults to."""
    starts, days = heads
    before = bisect_left(starts, at)
    return days[before - 1] if before else None


def stamp_paragraph(text: str, start: int, end: int) -> bool:
    """The stamp stands as a paragraph of its own above its post, with at most the post's number and marks
    beside it ("**#4410 · 31.05 · 23:41**" between blank lines, as channels export their feeds)."""
    lead, tail, opens, after = _line_around(text, start, end)
    return (STAMP_NUMBER.fullmatch(lead) is not None and STAMP_TAIL.fullmatch(tail) is not None and opens
            and BLANK_LINE.match(after) is not None)


def paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` ends (the next blank line, or the text's end)."""
    blank = BLANK_LINE.search(text, at)
    return blank.start() if blank else len(text)


def dispatch_end(text: str, at: int) -> int:
    """Where the report whose dateline holds offset `at` ends. A dispatch under its own headline ("Clashes Erupt
    on Border\n\nIslamabad, October 12 (RNA) -- ...") runs to the next headline or crosshead, as a file of
    dispatches or a single wire story is laid out; an item of a digest, one dated paragraph after another, is its
    paragraph."""
    above = text[:text.rfind("\n", 0, at) + 1].rstrip()
    blank = list(BLANK_LINE.finditer(above))
    if HEADLINE.match(above, blank[-1].end() if blank else 0) is None:
        return paragraph_end(text, at)
    following = HEADLINE.search(text, paragraph_end(text, at))
    return following.start() if following else len(text)


def first_years(records: list) -> None:
    """In a narrative, a month or day told before any year ("Three Days in August", a title) takes
    the year of the first dated month or day that follows: the story's own year."""
    dated = next((r for r in records if FULL_DATE.match(r.value)), None)
    if dated is None:
        return
    for i, r in enumerate(records):
        if r is dated:
            break
        if YEARLESS.match(r.value):
            records[i] = r.model_copy(update={"value": dated.value[:4] + r.value[4:], "anchor": dated.id})


def date_clauses(doc: Doc, dl) -> None:
    """Dates for clauses placed by a span of time from the date of the clause they modify: in
    "Russia on Friday declared a regime, four days after troops crossed the border", the crossing
    lies four days before Friday; in "X happened a week before Y", Y lies a week after X's date.
    The span keeps its TIMEX3 duration value; the clause's verb gets the date (`dl.clause_dates`)."""
    dated = [t for t in dl.timexes if t.type in ("DATE", "TIME") and DAY.match(t.value)]
    for t in dl.timexes:
        amount = SPAN.fullmatch(t.value) if t.type == "DURATION" and t.mod is None else None
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if amount else None
        if span is None or span.end >= len(doc) or doc[span.end].lower_ not in ("after", "before"):
            continue
        word = doc[span.end]
        verbs = [word.head] if word.dep_ == "mark" else [c for c in word.children if c.dep_ in ("pcomp", "pobj")]
        if not verbs:
            # "a day after the coast guard seized two boats" with the clause hung elsewhere: the verb whose
            # subject opens right after the word
            verbs = [v for v in doc[word.i + 1:word.sent.end] if v.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == word.i + 1 for c in v.children)][:1]
        # an event noun told as the point counted from ("a day after the first missile attack") is dated
        # like a clause's verb
        if not verbs or verbs[0].pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        verb = verbs[0]
        inner = {tok.i for tok in verb.subtree}
        first = verb.idx if verb.pos_ != "NOUN" else doc[min(inner)].idx  # "a day after Monday's attack"
        if any(first <= d.start < doc[max(inner)].idx + 1 and d.start > t.start for d in dated):
            continue  # the clause gives its own date
        main = verb.head if word.dep_ == "mark" else word.head
        anchor = _clause_anchor(doc, dated, main, inner, t.start, dl.published)
        if anchor is None:
            continue
        n = int(amount.group(1)) * (-1 if word.lower_ == "after" else 1)
        when = shift(parse_date(anchor), n, amount.group(2))
        dl.clause_dates[verb.idx] = (when.isoformat(), t.id)


def _clause_anchor(doc: Doc, dated: list, main, inner: set[int], before: int,
                   published: Optional[str]) -> Optional[str]:
    """The date of the clause a span of time counts from: a day-date governing its verb `main` (not in
    the counted clause `inner`), else the last one before in the sentence, else the paragraph's last before
    it, else the published date."""
    sent = main.sent
    candidates = []
    for t in dated:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.i in inner or not sent.start <= span.root.i < sent.end:
            continue
        if main in span.root.ancestors or span.root == main:
            return t.value[:10]
        if t.start < before:
            candidates.append(t.value[:10])
    if candidates:
        return candidates[-1]
    # "The strike also came a day after ...": an undated main clause goes on from the paragraph's last day
    earlier = [t for t in dated if t.start < sent.start_char and "\n\n" not in document_text(doc)[t.start:sent.start_char]]
    if earlier:
        return earlier[-1].value[:10]
    return published[:10] if published and DAY.match(published) else None


def _calendar_day(value: Value, written: str) -> bool:
    """A day named by its number and month ("on the night of 28 May", "2 February"), its year taken from
    the published date: a point the story can go on from, unlike "last Friday" or "in 1948"."""
    return value.anchor == "reference" and DAY.match(value.value) is not None and any(c.isdigit() for c in written)


def clause_of(doc: Doc, start: int, end: int) -> tuple[int, bool]:
    """The sentence (its first token) of the expression at [start, end), and whether it dates an
    aside: a clause that describes a noun ("the plan that Washington presented last Friday"), whose
    date is background to the story and not the time the narrative goes on from."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return -1, False
    tok = clause_verb(span.root)
    for _ in range(4):  # a verb joined to the aside's ("the paper he had founded in 1948 and sold in 1968")
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    # a dateline parses as a noun the story's verb describes ("DOHA, Aug. 20 — X met Y"): no aside
    return span.sent.start, tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.head.dep_ != "ROOT" \
        and not _leads_on(span, tok)  # "protests culminating in a march on 7 November": a step on


def _leads_on(span, participle) -> bool:
    """The participle leads through a preposition on to a later act, whose date it is ("strikes ending in a march
    on 9 November"), not to a date itself ("the quarter ended Sept. 30", "the year ending in June")."""
    if participle.lemma_.lower() not in SEQUEL_PARTICIPLES:
        return False
    return any(obj.pos_ == "NOUN" and not span.start <= obj.i < span.end
               for prep in participle.children if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj")


def anchor_id(value: Value, ctx: Context, published: Optional[dt.date]) -> Optional[str]:
    """What the value was counted from: "published", or the id of the timex it counted from."""
    if value.anchor is None:
        return None
    if value.anchor == "reference" and published is not None:
        return "published"
    if value.anchor == "quarter":
        return ctx.last_quarter.id if ctx.last_quarter is not None else None
    if value.anchor == "told":
        return value.told
    return ctx.last.id if ctx.last is not None else None


def record(text: str, m: Match, value: Value, tid: str, anchor: Optional[str]) -> TimexRecord:
    return TimexRecord(id=tid, text=text[m.start:m.end], start=m.start, end=m.end, type=value.type,
                       value=value.value, mod=value.mod, anchor=anchor, calendar=value.calendar)


def date_order(matches: list[Match]) -> Optional[bool]:
    """Whether numeric dates in this document are day-first: a part over 12 decides; otherwise
    the way the document writes its other dates ("31 May" against "May 31"); None when nothing tells."""
    votes = 0
    for m in matches:
        if m.rule in ("numeric", "post_stamp"):
            a, b = int(m.groups["a"]), int(m.groups["b"])
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
        elif m.rule == "dmy":
            votes += 1
        elif m.rule == "mdy":
            votes -= 1
    return None if votes == 0 else votes > 0
