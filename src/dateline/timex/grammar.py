"""Finding temporal expressions: a grammar of compiled regular expressions over `doc.text`.

Each rule is a regex built once from the word lists in `data/*.yaml`; a match's offsets are the
expression's extent (TimeML conventions: determiners and modifiers such as "the", "last",
"more than", "early" belong to it; prepositions such as "on", "in", "for" and approximators
such as "about" (group `omod`) do not). Overlapping matches are resolved longest first;
`normalise` turns a match into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace
from typing import Optional

from .. import datafiles
from ..alternation import alternation

APOSTROPHES = "'’ʿʾ‘`"


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """A data file of the timex package, parsed once."""
    return datafiles.read(resources.files(__package__).joinpath("data", f"{name}.yaml"))


def alt(words) -> str:
    """A group of words, longest first, with spaces matching any run of whitespace."""
    return "(?:" + alternation(words, space=r"\s+") + ")"


def hijri_pattern(variant: str) -> str:
    """A transliteration as a pattern that tolerates apostrophes, hyphens and spaces."""
    out = []
    for ch in variant:
        if ch in " -":
            out.append(f"[{APOSTROPHES}]?[\\s\\-]?")
        elif ch in APOSTROPHES:
            continue
        else:
            out.append(re.escape(ch) + f"[{APOSTROPHES}]?")
    return "".join(out)


from re import _parser as sre
from re._constants import (LITERAL, IN, SUBPATTERN, BRANCH, MAX_REPEAT, MIN_REPEAT, AT, ASSERT, ASSERT_NOT,
                           CATEGORY, RANGE, NEGATE, CATEGORY_DIGIT,
                           CATEGORY_WORD, CATEGORY_NOT_SPACE, CATEGORY_NOT_DIGIT)

OPEN = None


def _step(items, states):
    """States are (leading letters, how the word ended: None open, "word", "prefix", "digit", "any")."""
    for op, arg in items:
        if all(end is not None for _, end in states):
            return states
        closed = {s for s in states if s[1] is not None}
        open_ = {s for s in states if s[1] is None}
        if op in (AT, ASSERT, ASSERT_NOT):
            continue
        if op == LITERAL:
            ch = chr(arg).lower()
            if ch.isalpha():
                states = closed | {(w + ch, None) for w, _ in open_}
            else:
                states = closed | {(w, "word") if w else ("", "digit" if ch.isdigit() or ch == "'" else "any")
                                   for w, _ in open_}
        elif op == IN:
            letters = any(o == NEGATE or o == CATEGORY and a in (CATEGORY_WORD, CATEGORY_NOT_SPACE, CATEGORY_NOT_DIGIT)
                          or o == RANGE and chr(a[0]).isalpha() or o == LITERAL and chr(a).isalpha() for o, a in arg)
            digits = all(o == RANGE and chr(a[0]).isdigit() or o == CATEGORY and a == CATEGORY_DIGIT
                         or o == LITERAL and chr(a).isdigit() for o, a in arg)
            states = closed | {(w, "prefix" if letters else "word") if w else ("", "digit" if digits else "any")
                               for w, _ in open_}
        elif op == SUBPATTERN:
            states = closed | _step(arg[-1], open_)
        elif op == BRANCH:
            states = closed | set().union(*(_step(alt, open_) for alt in arg[1]))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, _, sub = arg
            once = _step(sub, open_)
            again = {(w, "prefix") if e is None and w else (w, e) for w, e in once} if arg[1] != 1 else once
            states = closed | again | (open_ if low == 0 else set())
        else:
            states = closed | {(w, "prefix") if w else ("", "any") for w, _ in open_}
    return {(w, "word") if e is None else (w, e) for w, e in states}


def first_words(pattern: str) -> set[tuple[str, str]]:
    """How a pattern can begin: (leading letters, "word" | "prefix" | "digit" | "any"), from its parse."""
    return _step(sre.parse(pattern), {("", None)})


WORD = re.compile(r"[A-Za-z]+|'?\d+")


def hijri_key(text: str) -> str:
    return re.sub(f"[\\s\\-{APOSTROPHES}]", "", text.lower())


@dataclass(frozen=True)
class Match:
    rule: str
    start: int
    end: int
    groups: dict
    spans: dict = None  # group name -> (start, end)

    def __len__(self) -> int:
        return self.end - self.start


class Grammar:
    """All rules compiled once; `find(text)` gives the non-overlapping matches in order."""

    def __init__(self) -> None:
        cal, num, units, vague, mods = (lexicon(n) for n in ("calendar", "numbers", "units", "vague", "modifiers"))
        hijri, holidays, relative = lexicon("hijri"), lexicon("holidays"), lexicon("relative")
        self.months = cal["months"]
        self.weekdays = cal["weekdays"]
        self.seasons = cal["seasons"]
        self.recurring_seasons = cal["recurring_seasons"]
        self.parts = cal["parts_of_day"]
        self.day_parts = cal["day_parts"]
        self.clock_words = cal["clock_words"]
        self.night_words = relative["night_words"]
        self.night_into = set(relative["night_into"])
        # the words between "overnight" and the day it names ("overnight on 23 October", "overnight into Sunday")
        self.night_link = re.compile(r"\s+(?P<link>" + alt([*relative["night_of"], *self.night_into])
                                     + r")\s+(?:the\s+)?", re.I)
        self.dayfirst_separators = set(cal["dayfirst_separators"])
        self.stamp_separators = cal["stamp_separators"]
        self.quarters = cal["quarters"]
        self.halves = cal["halves"]
        self.ambiguous_months = set(cal["ambiguous_months"])
        self.short_names = set(cal["short_names"])
        self.ambiguous_seasons = set(cal["ambiguous_seasons"])
        self.weekday_abbr = set(cal["weekday_abbreviations"])
        self.cardinals = {k: v for k, v in num["cardinals"].items()}
        self.articles = set(num["articles"])
        # "the nineties": the plural of each tens word names its decade
        self.decade_words = {w[:-1] + "ies": v // 10 for w, v in self.cardinals.items() if w.endswith("ty")}
        self.ordinals = num["ordinals"]
        self.units = units["units"]
        self.frequencies = units["frequencies"]
        self.attributive_frequencies = set(units["attributive_frequencies"])
        self.mods_before = mods["before"]
        self.mods_outside = mods["outside"]
        self.clock_outside = mods["clock_outside"]
        self.clock_before = mods["clock_before"]
        self.positions = mods["position"]
        self.relative_positions = mods["relative_position"]
        self.holidays = holidays["holidays"]
        self.hijri_months = {hijri_key(v): int(m) for m, vs in hijri["months"].items() for v in vs}
        self.persian = lexicon("persian")
        self.persian_months = {v.lower(): int(m) for m, vs in self.persian["months"].items() for v in vs}
        self.vague = {}
        for kind, value in (("present", "PRESENT_REF"), ("past", "PAST_REF"), ("future", "FUTURE_REF")):
            for phrase in vague[kind]:
                self.vague[" ".join(phrase.lower().split())] = value
        self.vague_adjectives = {w: "PRESENT_REF" for w in vague["present_adjectives"]}
        self.vague_adjectives.update({w: "PAST_REF" for w in vague["past_adjectives"]})
        self.rules = [(name, re.compile(pattern, re.I)) for name, pattern in self._patterns(cal, hijri, relative)]
        # Dispatch: a rule is tried only where a word of its own vocabulary (or a number) starts,
        # so the text is scanned once for words instead of once per rule at every position.
        self.by_word: dict[str, list] = {}
        self.by_prefix: dict[str, list] = {}
        self.by_digit: list = []
        self.anywhere: list = []
        hijri_first = {(re.split(f"[\\s\\-{APOSTROPHES}]", v)[0], "word") for vs in hijri["months"].values() for v in vs}
        for name, pattern in self.rules:
            starts = first_words(pattern.pattern)
            if name == "hijri":  # transliterations tolerate apostrophes anywhere: index their first words
                starts = {s for s in starts if s[1] == "digit"} | hijri_first
            for word, kind in starts:
                if kind == "digit":
                    self.by_digit.append((name, pattern))
                elif kind == "any" or not word:
                    self.anywhere.append((name, pattern))
                else:
                    table = self.by_prefix if kind == "prefix" else self.by_word
                    if (name, pattern) not in table.setdefault(word, []):
                        table[word].append((name, pattern))
        self.by_digit = list(dict.fromkeys(self.by_digit))
        self.anywhere = list(dict.fromkeys(self.anywhere))
        self.longest_prefix = max(map(len, self.by_prefix), default=0)
        # words that start a rule but are no expression alone ("the", "that", "about") are only
        # worth trying when the next word is one the grammar knows
        self.vocabulary = {w for _, p in self.rules for w in re.findall(r"[a-z]+", p.pattern.lower())}
        self.vocabulary |= {w for w, _ in hijri_first}
        self.needs_next = {w for w, rules in self.by_word.items()
                           if not any(p.fullmatch(w) or p.match(w + " qqq") for _, p in rules)}

    def _patterns(self, cal, hijri, relative) -> list[tuple[str, str]]:
        """Every rule, in the order its matches win ties of the same extent."""
        p = self._pieces(cal, hijri, relative)
        return [*self._date_rules(p), *self._period_rules(p), *self._relative_rules(p), *self._military_clock_rules(p),
                *self._length_rules(p),
                *self._story_part_rules(p), *self._unit_length_rules(p), *self._clock_rules(p), *self._day_rules(p),
                *self._recurring_rules(p), *self._named_rules(p)]

    def _pieces(self, cal, hijri, relative) -> SimpleNamespace:
        """The sub-patterns several rules share (a month, a year, a number, a modifier ...), each built once from
        its word list so every rule reads the same words."""
        month = r"(?P<month>" + self._abbreviated(self.months) + ")"
        weekday = r"(?P<wd>" + self._abbreviated(self.weekdays) + ")"
        wd_prefix = r"(?:(?P<wdp>" + self._abbreviated(self.weekdays) + r"),?\s+(?:the\s+)?)?"
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
        ones = alt(w for w, v in self.cardinals.items() if isinstance(v, int) and 1 <= v <= 9 and " " not in w
                   and w not in self.articles)
        tens = alt(w for w in self.cardinals if w.endswith("ty"))
        teens = alt(w for w, v in self.cardinals.items() if v in range(10, 20) and " " not in w)
        centuries = alt(w for w, v in self.cardinals.items() if v in range(16, 21) and " " not in w)
        # "nineteen ninety-six", "twenty ten", "two thousand and four"
        word_year = (r"(?:" + centuries + r")[\s-]+(?:" + tens + r"(?:[\s-]" + ones + r")?|" + teens + r"|oh[\s-]"
                     + ones + r"|hundred)|two[\s-]thousand(?:(?:\s+and)?[\s-]+(?:" + tens + r"(?:[\s-]" + ones
                     + r")?|" + teens + r"|" + ones + r"))?")
        year = r"(?P<year>(?:1\d|20)\d\d(?!\d)|(?<![\w-])(?:" + word_year + r")(?![\w-]))"
        eras = alt(cal["eras"])
        era = r"(?:\s*(?-i:(?P<era>" + eras + r")))"
        # "forty-one" before "forty", or the hyphen would read as a range ("forty-one" as 40 to 1)
        card = tens + r"[\s-]" + ones + r"(?![\w-])|" + alt(self.cardinals) + r"|\d+(?:[\s-]1/2|½)|\d+(?:\.\d+)?"
        num = r"(?P<num>" + card + r")"
        unit = r"(?P<unit>" + alt(self.units) + r")"
        season = r"(?P<season>" + alt(self.seasons) + r")"
        part = r"(?P<part>" + alt(self.parts) + r")"
        pos = r"(?:(?P<pos>" + alt(self.positions) + r")(?:-|\s+)(?:the\s+)?)?"
        mod = r"(?:(?P<mod>" + alt(self.mods_before) + r")\s+(?!(?:the|this|these|those|past|last)\b)|(?P<omod>" \
            + alt(self.mods_outside) + r")\s+)?"
        ordinal_word = alt(self.ordinals)
        hours = alt(w for w, v in self.cardinals.items() if isinstance(v, int) and 1 <= v <= 12 and " " not in w
                    and w not in self.articles)
        # a zone named after a clock time, or in brackets also by a town's name ("9:15 p.m. (Sanaa time)")
        zone = r"(?-i:" + alt(cal["time_zones"]) + r")"
        town_zone = r"(?-i:" + alt(cal["time_zones"]) + r"|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+time)"
        tz = r"(?:\s+" + zone + r"|\s*\(" + town_zone + r"\))?"
        ampm = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
        hmonth = r"(?P<hmonth>" + alternation((hijri_pattern(v) for vs in hijri["months"].values() for v in vs),
                                              escape=False) + ")"
        heras = r"(?-i:(?P<hera>" + alt(hijri["eras"]) + r"))"
        pmonth = r"(?-i:(?P<pmonth>" + alt(w.capitalize() for w in self.persian_months) + r"))"
        peras = r"(?-i:(?P<pera>" + alt(self.persian["eras"]) + r"))"
        holiday = r"(?P<holiday>" + alt(self.holidays) + r")"
        rel = r"(?P<rel>" + alt([*relative["deictic"], *relative["anaphoric"], *relative["lengths"],
                                 *relative["determiners"], *relative["bare_day"]]) + r")"
        relword = r"(?P<runit>" + alt([*relative["units"], *self.seasons]) + "|" + alt(self.months) + "|" \
                  + alt(self.weekdays) + r")"
        days = alt(relative["days"])
        # (not "the day before last Tuesday": the day before a day named)
        beyond = r"(?P<beyond>" + alt(relative["beyond"]) + r")(?!\s+(?:" + alt(
            [*relative["units"], *self.seasons, *self.months, *self.weekdays]) + r")(?![\w-]))"
        year_ago = alt(relative["year_ago"])
        year_ago_open = alt([*relative["year_ago"], *(w.replace("-", " ") for w in relative["year_ago"])])
        edges = alt(cal["day_edges"])
        year_rel = alt(relative["year_deictic"])
        year_ana = alt(relative["year_anaphoric"])
        year_kinds = alt(cal["year_kinds"])
        eras_before = alt(cal["eras_before_year"])
        end = r"(?![\w-])"
        start = r"(?<![\w\-/.$€£#])(?<!\d,)"
        return SimpleNamespace(
            start=start, end=end, pos=pos, mod=mod, month=month, weekday=weekday, wd_prefix=wd_prefix, day=day,
            year=year, era=era, centuries=centuries, ordinal_word=ordinal_word, card=card, num=num, unit=unit,
            season=season, part=part, rel=rel, relword=relword, hours=hours, tz=tz, ampm=ampm, hmonth=hmonth, pmonth=pmonth, peras=peras,
            heras=heras, holiday=holiday, zone=zone, days=days, edges=edges, eras=eras, eras_before=eras_before,
            year_ago=year_ago, year_ago_open=year_ago_open, beyond=beyond, year_rel=year_rel, year_ana=year_ana, year_kinds=year_kinds)

    def _date_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Dates written out: numeric forms, day and month, a month, a year, an era's year, a decade, a century."""
        start, end, pos, month, wd_prefix, day = p.start, p.end, p.pos, p.month, p.wd_prefix, p.day
        year, era, eras, eras_before = p.year, p.era, p.eras, p.eras_before
        centuries, ordinal_word = p.centuries, p.ordinal_word
        year_rel, year_ana, year_kinds = p.year_rel, p.year_ana, p.year_kinds
        return [
            ("iso", start + r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                    r"(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d)?)?" + end),
            ("numeric", start + r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/.]\d)"),
            # a post's stamp: its day and month, perhaps its year, and its clock time ("01.06 · 07:05")
            ("post_stamp", start + r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<year>\d{4}|\d{2}))?"
                           r"[ \t]*(?:" + alt(self.stamp_separators) + r"[ \t]*)?(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)"
                           r"(?![\w:])"),
            ("dmy", start + wd_prefix + day + r"(?:\s+of)?\s+" + month + r"(?:,?\s+" + year + era + r"?)?" + end),
            ("mdy", start + wd_prefix + month + r"\s+(?:the\s+)?" + day + r"(?:,?\s+" + year + era + r"?)?" + end),
            # "the last day of February": a month's first or last day
            ("month_edge", start + r"the\s+(?P<edge>first|last|final)\s+day\s+of\s+" + month + r"(?:,?\s+" + year + r")?"
                           + end),
            ("month", start + pos + month + r"(?:,?\s+(?:of\s+)?" + year + r"|\s+(?P<myrel>" + year_rel + r")\s+year"
                      r"|\s+of\s+(?P<myana>" + year_ana + r")\s+year)?" + end),
            ("year", start + pos + r"(?:(?P<fiscal>" + year_kinds + r"(?:\s+year)?|the\s+year)\s+)?" + year + era + r"?"
                     + r"(?!\s*(?:%|percent|per\s+cent))" + end),
            ("era_year", start + r"(?:(?-i:(?P<era1>" + eras_before + r"))\s+(?P<y1>\d{1,4})|"
                         r"(?P<y2>\d{1,4})\s*(?-i:(?P<era2>" + eras + r")))(?!\w)"),
            ("decade", start + r"(?:the\s+)?" + pos + r"(?:(?P<dc>1\d|20)(?P<dd>\d)0|')(?P<d2>\d)?0?'?s" + end),
            ("decade_word", start + r"the\s+" + pos + r"(?:(?P<dcw>" + centuries + r")[\s-]+)?(?P<dw>"
                            + alt(self.decade_words) + r")" + end),
            ("century", start + r"(?:the\s+)?" + pos + r"(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>" + ordinal_word
                        + r"))[\s-]+century" + era + r"?" + end),
        ]

    def _period_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Parts of a year: quarters (of a business year too), halves, the year's end, seasons."""
        start, end, year, season, year_ago, year_ago_open = p.start, p.end, p.year, p.season, p.year_ago, p.year_ago_open
        year_rel = p.year_rel
        return [
            ("quarter", start + r"(?:(?P<qdet>the|this|last|next|that)\s+(?:(?P<qago>" + year_ago + r")\s+|"
                        r"(?P<qyear>(?:1\d|20)\d\d)\s+)?(?=(?:(?:fiscal|calendar)[\s-]+)?\w+\s+(?:fiscal\s+)?quarter)|"
                        r"(?P<qrel>" + year_rel + r")\s+year's\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<q>"
                        + alt(self.quarters) + r")[\s-]+(?:fiscal\s+)?quarter(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s+)" + year
                        + r")?" + end),
            ("the_quarter", start + r"(?:the\s+|(?P<lys>last\s+year['’]s)\s+)?(?:(?P<pyear>(?:1\d|20)\d\d)\s+|(?P<pmod>(?:(?:latest|current|recent|"
                            r"most\s+recent|same|comparable|corresponding|(?P<ago>" + year_ago_open + r"))\s+)+))?"
                            r"(?:fiscal\s+)?(?P<pnoun>quarter|period)"
                            r"(?:\s+(?P<ago2>last\s+year|a\s+year\s+(?:ago|earlier)))?" + end),
            ("year_end", start + r"(?:the\s+)?(?:year-end|year\s+end|year['’]s\s+end)" + end),
            ("quarter_q", start + r"(?-i:Q(?P<qn>[1-4]))(?:\s+" + year + r")?" + end),
            ("half", start + r"(?:the\s+)?(?P<h>" + alt(self.halves) + r")[\s-]+half(?:\s+of\s+(?:the\s+)?(?:(?P<hrel>"
                     + year_rel + r")\s+year|" + year + r"))?" + end),
            ("season", start + r"(?:(?P<srel>this\s+past|this\s+coming|the\s+past|the\s+coming|this|last|next|"
                       r"(?:the\s+)?(?:early|late|mid)|the|that)[\s-]+)?" + season + r"(?:(?:\s+of\s+|,?\s+)" + year + r")?"
                       + end),
        ]

    def _relative_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Dates counted from the day of speaking or from the last date told: "last week", "the following
        day", "yesterday", "two days later"."""
        start, end, pos, mod, num, unit, part, rel, relword, days, year_ago = (
            p.start, p.end, p.pos, p.mod, p.num, p.unit, p.part, p.rel, p.relword, p.days, p.year_ago)
        return [
            ("relative", start + pos + r"(?:(?P<epos>earlier|later)\s+(?=(?:this|that|last|next)\s))?" + rel + r"\s+(?:fiscal\s+)?"
                         + relword + r"(?!-)" + end),
            ("the_unit", start + r"the\s+(?:(?:full|whole|entire|fiscal|calendar)\s+)?(?P<tunit>year|month|week|decade)"
                         r"(?!\s+(?:of|before|after|earlier|later|ago|when|that|which|in\s+which|ahead|to)\b)"
                         + end),
            ("year_ago_adj", start + r"(?P<ago>" + year_ago + r")(?=\s+[a-z])" + end),
            ("beyond", start + r"the\s+" + relword + r"\s+" + p.beyond + end),
            ("end_of", start + r"(?P<pos>" + alt(self.positions) + r")\s+(?P<rel>the|this|last|next|that)\s+"
                       r"(?P<runit>week|month|year|decade|century|quarter)" + end),
            ("deictic", start + r"(?:(?P<pos>early|late|later|earlier)\s+)?(?:(?P<ppart>" + alt(self.parts)
                        + r")\s+)?(?P<deictic>" + days + r")"
                        r"(?:\s+" + part + r")?" + end),
            ("this_part", start + r"(?:(?P<pos>early|late|later|earlier)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
                          + part + end),
            ("anaphor", start + r"(?:the\s+(?P<bunit>day|week|month|year|night)\s+(?P<dir>before|after|earlier|later)"
                        r"|that\s+same\s+(?P<cunit>day|week|month|year|" + alt(self.day_parts) + r"))" + end),
            ("ago", start + mod + r"(?:" + num + r"[\s-]+(?:(?:more|additional|further)\s+)?" + unit
                    + r"(?:\s+or\s+so)?)\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|prior)"
                    r"(?:(?=\s*[.,;:)\"”]|\s*$)|(?<=ago)|(?<=earlier)|(?<=later)|(?<=now)|(?<=hence)|(?<=previously))"
                    + end),
        ]

    @staticmethod
    def _length_rules(p: SimpleNamespace) -> list[tuple[str, str]]:
        """Lengths of time told with a number: "the past three weeks", "a five-year"."""
        start, end, mod, card, num, unit = p.start, p.end, p.mod, p.card, p.num, p.unit
        return [
            ("duration", start + mod + r"(?P<det>(?:the|these|those)\s+(?:past|last|next|first|coming|"
                         r"previous|following|final|remaining|preceding|ensuing|latest|same)\s+|(?:past|last|next|"
                         r"first|coming|another|nearly|almost)\s+|(?:the|these|those)\s+)?" + num + r"(?:\s+and\s+a\s+half(?=\s+\w+s\b))?"
                         + r"(?:\s+or\s+(?:so|more)|(?:\s+(?:or|to)\s+|\s*[-–]\s*)(?:" + card + r"))?(?:\s+(?:more|additional|further|full|long|"
                         r"straight|consecutive|successive|whole|entire))?\s+(?:(?:trading|business|working|calendar)\s+)?" + unit
                         + r"(?:\s+and\s+a\s+half|\s+or\s+(?:two|three|so))?" + end),
            ("adj_duration", start + mod + num + r"-" + unit + r"(?:-long)?(?!-old)" + end),
        ]

    def _story_part_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Parts of the day the story has come to: "the following morning", "in the evening", "at dawn"."""
        start, end, part, edges = p.start, p.end, p.part, p.edges
        return [
            ("anaphor_part", start + r"(?:the\s+(?P<prel>next|following|previous|preceding|same)|that(?:\s+same)?)\s+"
                             + part + end),
            # "overnight", "overnight into Sunday": a night the item tells of
            ("overnight", start + r"(?P<night>" + alt(self.night_words) + r")" + end),
            # a night told by the two days it joins: "the night of 26 to 27 January", "the night of 07/08 May", "the
            # night of Sunday to Monday"
            ("night_span", start + r"(?:the\s+)?night\s+of\s+(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s*(?:to|into|/|-|–)\s*"
                           r"(?:the\s+)?" + p.day + r"(?:\s+of)?\s+" + p.month + r"(?:,?\s+" + p.year + r")?|"
                           r"(?:" + self._abbreviated(self.weekdays) + r")\s+(?:to|into)\s+" + p.weekday + r")" + end),
            # a night told by its two days alone, as bulletins and operations logs head it: "09/10 SEP", "24/25 May"
            ("night_pair", start + r"(?P<eve>[0-3]?\d)\s*/\s*" + p.day + r"\s+" + p.month + r"(?:,?\s+" + p.year + r")?"
                           + end),
            # "in the evening", "by the afternoon": the part of the day last told (a narrative's day)
            ("the_part", start + r"(?:the\s+(?P<part>" + alt(self.day_parts) + r")(?!\s+(?:of|before|after)\b)|"
                         r"(?P<dawn>(?P<part2>" + edges + r")))" + end),
        ]

    def _unit_length_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Lengths of time told by a unit alone: "month-long", "for years", "in recent weeks"."""
        start, end = p.start, p.end
        return [
            ("unit_long", start + r"(?P<ulong>" + alt(self.units) + r")-long" + end),
            ("bare_plural", start + r"(?:(?P<det>the\s+(?:past|last|next|coming)|several|many|recent|coming|past|future)"
                            r"\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?P<after>\s+ago)?"
                            + end),
        ]

    @staticmethod
    def _military_clock_rules(p: SimpleNamespace) -> list[tuple[str, str]]:
        """A four-figure clock time in the military way ("0150 hrs", "at 1800 hours IST"), not a year nor a
        length ("logged 1200 hours"): "hrs", or "hours" after a leading zero or a preposition of time. Tried
        before the lengths, which would read "1800 hours" as a duration of the same extent."""
        start, tz = p.start, p.tz
        return [
            ("time24", start + r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?:\s*hrs\b\.?|(?:(?<=\b0\d{3})|"
                       + "|".join(r"(?<=\b" + w + r"\s\d{4})" for w in ("at", "by", "from", "until", "till", "before", "after"))
                       + r")\s*hours\b)" + tz + r"(?!\w)"),
        ]

    def _clock_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Clock times: "9:15 p.m.", "eleven o'clock", "14:30 GMT", "noon"."""
        start, end, hours, tz, ampm, zone = p.start, p.end, p.hours, p.tz, p.ampm, p.zone
        return [
            ("time", start + r"(?:(?P<omod>" + alt(self.clock_outside) + r")\s+|(?P<mod>" + alt(self.clock_before)
                     + r")\s+)?(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*"
                     + ampm + tz + r"(?!\w)"),
            ("oclock", start + r"(?:(?P<omod>" + alt(self.clock_outside) + r")\s+)?(?P<h>[01]?\d|" + hours
                       + r")\s+o['’]clock(?:\s+in\s+the\s+(?P<half>morning|afternoon|evening))?" + end),
            ("time24", start + r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?:hrs|hours|h\b)|"
                       r"(?=\s+" + zone + r"))" + tz + r"(?!\w)"),
            # a four-figure clock time with its zone ("1327 GMT"), not a year
            ("time24", start + r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s+" + zone + r"(?!\w))"
                       + tz + r"(?!\w)"),
            ("clock_word", start + r"(?:(?P<pos>about|around|shortly\s+after|shortly\s+before|just\s+after|"
                           r"just\s+before)\s+)?(?P<clock>" + alt(self.clock_words) + r")" + end),
        ]

    @staticmethod
    def _day_rules(p: SimpleNamespace) -> list[tuple[str, str]]:
        """Days named without a month: "the 14th", "Friday", "the evening of"."""
        start, end, pos, weekday, part = p.start, p.end, p.pos, p.weekday, p.part
        return [
            ("ordinal_day", start + r"the\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)" + end),
            # "Thursday the 23rd", "on Thursday, the 23rd": the weekday and its day of the month
            ("weekday_day", start + weekday + r",?\s+the\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)" + end),
            ("weekday", start + pos + weekday + r"(?:\s+" + part + r")?" + end),
            ("part_of_day", start + r"(?:the\s+)?" + pos + part + r"\s+of\s+(?=\S)"),
        ]

    def _recurring_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """What recurs (TIMEX3 SETs): "every Monday", "twice a week", "weekly", "on Fridays"."""
        start, end, card, seasons = p.start, p.end, p.card, alt(self.recurring_seasons)
        return [
            ("set", start + r"(?P<every>every|each|per)\s+(?:single\s+)?(?:other\s+)?(?P<sunit>day|week|"
                    r"weekend|month|year|quarter|season|hour|minute|" + alt(self.day_parts) + r"|" + seasons + r"|"
                    + alt(self.weekdays) + "|" + alt(self.months) + r")" + end),
            ("times_per", start + r"(?P<freq>once|twice|thrice|(?:" + card + r")\s+times)\s+(?:a|an|per|each|every)\s+"
                          r"(?P<sunit>day|week|month|year|quarter|hour|minute|decade)" + end),
            ("frequency", start + r"(?P<freq>" + alt(self.frequencies) + r")" + end),
            ("plural_weekday", start + r"(?P<pwd>" + alt(f"{w}s" for w in self.weekdays if w not in self.weekday_abbr)
                               + r")" + end),
        ]

    def _named_rules(self, p: SimpleNamespace) -> list[tuple[str, str]]:
        """Named days and Hijri dates, and the vague references to the present, past or future."""
        start, end, year, hmonth, heras, holiday = p.start, p.end, p.year, p.hmonth, p.heras, p.holiday
        year_rel = p.year_rel
        return [
            ("holiday", start + r"(?:(?P<hrel>" + year_rel + r")\s+)?" + holiday + r"(?:\s+" + year + r")?" + end),
            ("hijri", start + r"(?:(?P<hday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + hmonth
                      + r"(?:\s+(?P<hday2>[0-3]?\d)(?:st|nd|rd|th)?)?(?:,?\s+(?P<hyear>1[0-5]\d\d|[5-9]\d\d)(?!\d))?"
                      r"(?:\s*" + heras + r")?" + end),
            ("hijri_year", start + r"(?:the\s+year\s+)?(?P<hyear>\d{3,4})\s*" + heras + r"(?!\w)"),
            # a Persian solar date, always with its day ("Monday, 26 Khordad", "23 Khordad 1404", "Khordad 23, 1404")
            ("persian", start + p.wd_prefix + r"(?:(?P<pday>[0-3]?\d)\s+" + p.pmonth + r"|" + p.pmonth.replace(
                "pmonth", "pmonth2") + r"\s+(?P<pday2>[0-3]?\d)(?!\d))(?:,?\s+(?P<pyear>1[3-4]\d\d)(?!\d))?"
                r"(?:\s*" + p.peras + r")?" + end),
            ("vague", start + r"(?P<vague>" + alt(self.vague) + r")" + end),
            ("vague_adj", start + r"(?P<vadj>" + alt(self.vague_adjectives) + r")(?=\s+\w)" + end),
        ]

    def is_calendar_word(self, word: str) -> bool:
        """Whether `word` names a month, weekday or season ("the October, November and December")."""
        w = word.lower().strip(".,;:")
        return w in self.months or w in self.weekdays or w in self.seasons

    def year_number(self, text: str) -> int:
        """A year written in digits or words: "1996", "nineteen ninety-six", "two thousand and four"."""
        if text.isdigit():
            return int(text)
        words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "oh")]
        if words[:2] == ["two", "thousand"]:
            return 2000 + sum(self.cardinals[w] for w in words[2:])
        if words[1:] == ["hundred"]:
            return self.cardinals[words[0]] * 100
        return self.cardinals[words[0]] * 100 + sum(self.cardinals[w] for w in words[1:])

    def _abbreviated(self, words: dict) -> str:
        """Full names, or abbreviations with an optional full stop ("Aug.", "Sept", "Tues.")."""
        full = [w for w in words if len(w) > 4 or w in self.short_names]
        short = [w for w in words if w not in full]
        return alt(full) + "|" + alt(short) + r"\.?"

    def find(self, text: str, valid=lambda m: True) -> list[Match]:
        """Every rule's matches, then the longest valid non-overlapping ones, merged where a clock
        time or a part of day runs into a date ("9 a.m. Tuesday", "the evening of 21 August")."""
        found = []
        by_word, by_digit = self.by_word, self.by_digit
        by_prefix, anywhere = self.by_prefix, self.anywhere
        needs_next, vocabulary = self.needs_next, self.vocabulary
        words = list(WORD.finditer(text))
        for i, w in enumerate(words):
            word = w.group()
            if word[-1].isdigit():
                rules = by_digit
            else:
                lower = word.lower()
                if lower in needs_next and i + 1 < len(words):
                    after = words[i + 1].group()
                    if not after[-1].isdigit() and after.lower() not in vocabulary:
                        continue
                rules = by_word.get(lower, [])
                if by_prefix:
                    for k in range(1, min(len(lower), self.longest_prefix) + 1):
                        rules = rules + by_prefix.get(lower[:k], [])
            rules = rules + anywhere if anywhere else rules
            if not rules:
                continue
            pos = w.start()
            for name, pattern in rules:
                m = pattern.match(text, pos)
                if m is not None and m.end() > m.start():
                    groups = {k: v for k, v in m.groupdict().items() if v}
                    begin = m.start()
                    if "omod" in groups:  # "about [five hours]": the mod counts, the word stays outside
                        begin = m.end("omod") + len(text[m.end("omod"):m.end()]) - len(text[m.end("omod"):m.end()].lstrip())
                    found.append(Match(name, begin, m.end(), groups, {k: m.span(k) for k in groups}))
        found.sort(key=lambda m: (m.start - m.end, m.start))
        taken: list[Match] = []
        covered = bytearray(len(text) + 1)
        for m in found:
            if any(covered[m.start:m.end]) or not valid(m):
                continue
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return self._merge(text, self._coordinated(text, taken))

    @staticmethod
    def _coordinated(text: str, taken: list[Match]) -> list[Match]:
        """Days that share one month: "on 5, 6 and 7 June", "between 22 and 24 October", "April 24
        and 25". Each is its own date (as TimeML marks them), taking the month and year written once."""
        out: list[Match] = []
        for i, m in enumerate(taken):
            if m.rule not in ("dmy", "mdy") or "day" not in m.groups:
                out.append(m)
                continue
            groups = {k: v for k, v in m.groups.items() if k != "wdp"}
            if m.rule == "dmy" and "wdp" not in m.groups:
                floor = taken[i - 1].end if i else 0
                before = COORD_BEFORE.search(text, max(floor, m.start - 40), m.start)
                if before is not None:
                    out.extend(Match(m.rule, m.start - len(before.group()) + d.start(), m.start - len(before.group())
                                     + d.end(), dict(groups, day=d.group(1))) for d in COORD_DAY.finditer(before.group()))
            out.append(m)
            if m.rule == "mdy" and "year" not in m.groups:
                ceiling = taken[i + 1].start if i + 1 < len(taken) else len(text)
                after = COORD_AFTER.match(text, m.end, ceiling)
                if after is not None:
                    out.extend(Match(m.rule, m.end + d.start(), m.end + d.end(), dict(groups, day=d.group(1)))
                               for d in COORD_DAY.finditer(after.group()))
        return [m for m in out if 1 <= int(m.groups.get("day", 1)) <= 31]

    @staticmethod
    def _week_of(text: str, m: Match, out: list[Match]) -> Optional[Match]:
        """The week a day names: "the week of March 6" before it, or "week" after a holiday."""
        before = WEEK_OF.search(text, max(0, m.start - 16), m.start)
        if before is not None:
            while out and out[-1].end > before.start():
                out.pop()  # "the week" read alone
            return Match("week_of", before.start(), m.end, {"date": m})
        after = WEEK_AFTER.match(text, m.end) if m.rule == "holiday" else None
        if after is not None:
            return Match("week_of", m.start, after.end(), {"date": m})
        return None

    def _merge(self, text: str, taken: list[Match]) -> list[Match]:
        out: list[Match] = []
        i = 0
        while i < len(taken):
            m = taken[i]
            n = taken[i + 1] if i + 1 < len(taken) else None
            if n is not None and m.rule == "anaphor" and m.groups.get("dir", "").lower() in ("before", "after") \
                    and n.rule in SHIFTABLE_RULES and SPACE.fullmatch(text, m.end, n.start):
                out.append(Match("shifted", m.start, n.end, {"first": m, "date": n}))  # "the day before Easter"
                i += 2
                continue
            if m.rule in WEEK_RULES:
                week = self._week_of(text, m, out)
                if week is not None:
                    out.append(week)
                    i += 1
                    continue
            if n is not None and m.rule in CLOCK_RULES | DAY_RULES and n.rule in CLOCK_RULES \
                    and INTO_ZONE.fullmatch(text, m.end, n.start):
                # "10:27 p.m. local time (1327 GMT) on Tuesday", "on Wednesday (1601 GMT Tuesday)": the bracket tells
                # the same moment in another zone, with its day there (no time of its own); a local clock time lies
                # on the day written after the bracket
                j, end = i + 2, n.end
                if j < len(taken) and taken[j].rule in DAY_RULES and SPACE.fullmatch(text, end, taken[j].start):
                    end, j = taken[j].end, j + 1
                after = taken[j] if j < len(taken) else None
                day = m.rule in CLOCK_RULES and after is not None and after.rule in DAY_RULES \
                    and OUT_OF_ZONE.fullmatch(text, end, after.start)
                out.append(Match("clock_date", m.start, m.end, {"first": m, "date": after}) if day else m)
                i = j
                continue
            link = self.night_link.fullmatch(text, m.end, n.start) if n is not None and m.rule == "overnight" \
                and n.rule in DAY_RULES else None
            if link is not None:
                out.append(Match("overnight", m.start, n.end, {"date": n, "link": link.group("link").lower()}))
                i += 2
                continue
            if n is not None and m.rule == "the_part" and n.rule in DAY_RULES and ON_DAY.fullmatch(text, m.end, n.start):
                out.append(Match("clock_date", m.start, n.end, {"first": m, "date": n}))  # "before dawn on 27 November"
                i += 2
                continue
            if n is not None and n.rule in DAY_RULES | {"ordinal_day"}:
                if m.rule == "part_of_day" and m.end == n.start:
                    out.append(Match("part_date", m.start, n.end, {"first": m, "date": n}))
                    i += 2
                    continue
                if m.rule in CLOCK_RULES and n.rule in DAY_RULES and GAP.fullmatch(text, m.end, n.start):
                    out.append(Match("clock_date", m.start, n.end, {"first": m, "date": n}))
                    i += 2
                    continue
            if m.rule != "part_of_day":
                out.append(m)
            i += 1
        return out


DAY_RULES = {"dmy", "mdy", "iso", "numeric", "weekday", "deictic"}
# what "the day before", "the week after" may count from when a date follows them
SHIFTABLE_RULES = DAY_RULES | {"holiday", "relative"}
# what names a week by one of its days: "the week of March 6", "Easter week"
WEEK_RULES = {"dmy", "mdy", "iso", "numeric", "holiday"}
SPACE = re.compile(r"\s+")
WEEK_OF = re.compile(r"(?<![\w-])(?:the\s+)?week\s+of\s+$", re.I)
WEEK_AFTER = re.compile(r"\s+week(?![\w-])", re.I)
# the days before a day-month date that share its month: "5, 6 and " before "7 June"
COORD_LINK = r"(?:,\s*|\s+(?:and|or|to|through|till|until|&)\s+)"
COORD_BEFORE = re.compile(r"(?<![\w.,:/$%-])(?:[0-3]?\d(?:st|nd|rd|th)?" + COORD_LINK + r"){1,6}$", re.I)
# ... and after a month-day date: "and 25" after "April 24", not "and 25 people"
COORD_AFTER = re.compile(r"(?:" + COORD_LINK + r"[0-3]?\d(?:st|nd|rd|th)?(?![\w:/%-]|[.,]\d|"
                         r"\s+(?!(?:in|at|on|when|and|or|the|before|after|respectively|of|with|by|for|as|but|while|"
                         r"was|were|is|are|will|would|to|a|an|he|she|they|we|it|I)\b)(?-i:[a-z])))+", re.I)
COORD_DAY = re.compile(r"([0-3]?\d)(?:st|nd|rd|th)?", re.I)
CLOCK_RULES = {"time", "time24", "clock_word", "oclock"}
GAP = re.compile(r",?\s+")
ON_DAY = re.compile(r"\s+on\s+", re.I)
INTO_ZONE = re.compile(r"\s*(?:local\s+time\s*)?\(\s*", re.I)  # the bracket of a clock time told in another zone
OUT_OF_ZONE = re.compile(r"\s*\)\s*,?\s*(?:on\s+)?", re.I)
