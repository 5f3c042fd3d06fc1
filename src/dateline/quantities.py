"""The `quantities` component: numeric claims with value, unit, measure and date.

Extent: a quantity's span is the figure as written: the number (digits or words with their
scale word), a currency sign or code before it and a unit after it (`$20 billion`,
`14 kilometers`, `41,000`, `hundreds of thousands`, `40%`). Approximators (`at least`) and the
counted noun (`people`) stay outside the span: they set `approximate`, `measure` and `unit`.

Numbers are found with one compiled regex over the text; only the figures it finds are looked
at through the parse (the noun they count, the verb they are an argument of, a toll they give).
The lexicon is `data/quantities.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import datafiles
from .alternation import alternation
from .annotations import Annotations, annotations, document_text, entity_of
from .model import Quantity
from .quotes.speech import lexicon as cue_lexicon

DATA = Path(__file__).parent / "data" / "quantities.yaml"

MEASURED = ("length", "area", "other", "percent")
"""The measures of units that "a" stands before as a figure of one, after an approximator ("about a kilometre",
"about a percentage point"), and "half a" as a half ("half a tonne", "half a percentage point")."""
CASUALTIES = ("killed", "wounded", "displaced", "detained", "hostages")
# dependency labels that start a clause (the date of a figure is looked for in its clause)
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl", "conj"}
# a bare figure with nothing it counts is kept only as an argument: "the figure rose to 40"
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj", "conj", "appos", "oprd"}

# a telephone number written in groups: "01632 960 418", "+44 20 7946 0958", "(0)20 7946 0958", "(202) 456-1111";
# its groups are no figures (a leading zero or plus, or a bracketed area code, and nine digits or more)
PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}|\(?0\)?\d{1,4}\)?(?:[ .-]\d{2,5}){1,4}"
                   r"|\(\d{2,5}\)[ ]?\d{2,5}(?:[ .-]\d{2,5}){1,3})(?![\w,]|\.\d)")


WORD_SETS = ("dimension_words", "toll_nouns", "count_verbs", "victim_verbs", "year_prepositions", "margin_nouns",
             "group_nouns", "multiplier_words", "displaced_from", "fraction_nouns", "name_entities", "anchor_words",
             "approximate_prepositions", "partitive_pronouns", "elliptic_heads", "definite_determiners",
             "return_verbs", "barring_words", "displaced_from_places", "displacing_verbs", "age_prepositions",
             "people_totals", "discourse_nouns", "source_descriptions", "judging_verbs", "scale_readings",
             "releasing_verbs", "treating_verbs", "treated_for", "carrying_verbs", "hospitals", "asking_verbs",
             "extent_words", "extent_verbs", "group_pronouns")
"""The plain word lists of data/quantities.yaml, each a field of `Lexicon` of the same name."""


@dataclass
class Lexicon:
    """The data file, turned into lookup tables and compiled patterns once."""

    words: dict[str, float]
    tens: set[str]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    plurals: dict[str, float]
    vague: dict[str, float]
    fractions: dict[str, float]
    dozen: float
    currency_prefixes: dict[str, str]
    subunits: dict[str, str]
    units: dict[str, tuple[str, str]]
    unit_scales: dict[str, float]  # a unit written with a scale in it: "137 kb/d" is 137,000 barrels a day
    attached_units: dict[str, tuple[str, str]]  # unit letters against the digits: "40C" is 40 °C
    dimension_words: set[str]
    noun_measure: dict[str, str]
    verb_measure: dict[str, str]
    modifier_measure: dict[str, str]
    toll_nouns: set[str]
    toll_modifiers: dict[str, str]
    person_nouns: set[str]
    count_verbs: set[str]
    victim_verbs: set[str]
    year_prepositions: set[str]
    margin_nouns: set[str]
    group_nouns: set[str]
    comparison_before: re.Pattern
    multiplier_words: set[str]
    people_verbs: dict[str, str]
    displaced_from: set[str]
    label_words: set[str]
    months: set[str]
    fraction_nouns: set[str]
    name_entities: set[str]
    anchor_words: set[str]
    approximate_prepositions: set[str]
    partitive_pronouns: set[str]
    elliptic_heads: set[str]
    definite_determiners: set[str]
    return_verbs: set[str]
    barring_words: set[str]
    displaced_from_places: set[str]
    displacing_verbs: set[str]
    age_prepositions: set[str]
    people_totals: set[str]
    discourse_nouns: set[str]
    source_descriptions: set[str]
    judging_verbs: set[str]
    scale_readings: set[str]
    releasing_verbs: set[str]
    treating_verbs: set[str]
    treated_for: set[str]
    carrying_verbs: set[str]
    hospitals: set[str]
    asking_verbs: set[str]
    extent_words: set[str]
    extent_verbs: set[str]
    group_pronouns: set[str]
    result_measure: dict[str, str]
    verb_objects: dict[tuple[str, str], str]
    number: re.Pattern
    bare_number: re.Pattern  # `number` without its guard on the character before: a range's upper bound ("4-5")
    approx_before: re.Pattern
    approx_after: re.Pattern
    describing_before: re.Pattern  # an age or the size of a kind: "aged 12", "a family of six"

    @classmethod
    def load(cls, path: Path = DATA) -> "Lexicon":
        data = datafiles.read(path)
        num = data["numbers"]
        words = {**num["units"], **num["tens"]}
        units: dict[str, tuple[str, str]] = {}
        unit_scales: dict[str, float] = {}
        for code, entry in data["units"].items():
            for variant in entry["variants"]:
                units[variant.lower()] = (code, entry["measure"])
            for variant, scale in entry.get("scaled", {}).items():
                units[variant.lower()] = (code, entry["measure"])
                unit_scales[variant.lower()] = float(scale)
        currencies = data["currencies"]
        for variant, code in {**currencies["suffixes"], **currencies["subunits"]}.items():
            units[variant.lower()] = (code, "money")
        subunits = {k.lower(): v for k, v in {**currencies["subunits"], **currencies["attached_subunits"]}.items()}
        noun_measure, verb_measure, modifier_measure = {}, {}, {}
        for measure, entry in data["measures"].items():
            noun_measure.update((w, measure) for w in entry["nouns"])
            verb_measure.update((w, measure) for w in entry["verbs"])
            modifier_measure.update((w, measure) for w in entry["modifiers"])
        toll_modifiers = {w: m for m, ws in data["toll_modifiers"].items() for w in ws}
        number_words = [*words, *num["scales"], *num["plurals"], "dozen", *num["fractions"]]
        prefixes = data["currencies"]["prefixes"]
        attached = data["currencies"]["attached_prefixes"]
        # a letter sign claims money only before a figure no label has: "R48,000", "R1.2 million", "R2bn", "R9.99"
        # (not "the R40", "R2-D2")
        moneylike = (rf"\d{{1,3}},\d{{3}}|\d+\.\d\d\b|\d+(?:\.\d+)?\s?"
                     rf"(?:{alternation([*num['scales'], *num['scale_abbreviations']])})\b")
        figure = (
            rf"(?:(?P<cur>(?-i:{alternation(prefixes)}|(?:{alternation(attached)})(?=(?i:{moneylike}))))\s?)?"
            r"(?:"
            r"(?P<power>(?:\d+(?:\.\d+)?\s?[x×]\s?)?\d+\^\d{1,3})|"  # a power with a caret: "10^25", "2x10^25"
            r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            rf"(?:(?:\s+|-)?(?P<scale>{alternation(num['scales'])})\b"
            rf"|\s?(?P<abbr>{alternation(k for k in num['scale_abbreviations'] if len(k) > 1)})\b"
            rf"|(?P<short>{alternation(k for k in num['scale_abbreviations'] if len(k) == 1)})\b)?"
            rf"|(?P<article>(?:half\s+)?an?)(?=\s+(?:{alternation(v for v, (_, m) in units.items() if m in MEASURED)})\b)"
            r"|"
            rf"(?P<words>(?:(?:an?|several|a\s+few|half\s+a|(?:a|one|three)[\s-]+(?:{alternation(num['scale_fractions'])})"
            rf"\s+of\s+a)\s+(?=(?:{alternation([*num['scales'], 'dozen'])})\b))?"
            rf"(?:{alternation(number_words)})"
            rf"(?:(?:(?<=hundred)\s+and\s+|\s+and\s+(?:a|one)\s+(?=half\b)|\s+of\s+(?=(?:{alternation(num['plurals'])})\b)|[\s-]+)"
            rf"(?:{alternation(number_words)}))*)\b"
            r")"
            rf"(?:(?P<attached>(?-i:{alternation(currencies['attached_subunits'])}))(?![\w²]|\.m)"
            rf"|(?P<attached_unit>(?-i:{alternation(data['attached_units'])}))(?![\w²])"
            rf"|\s?-?\s?(?P<unit>{alternation(units)})(?![\w²]))?"
        )
        # (a range's upper bound after a dash is read by _hyphen_range, or not at all: "ayat 5–6")
        # (a straight single quote opening a quotation may stand before a spelled figure: "'Five percent is ...'";
        # before digits it stands for a century: "the '90s")
        number = re.compile(r"(?<![\w.,:/#@$€£¥₪₽₹’–-])(?:(?<!')|(?<![^\s(\[]')(?=[^\W\d]))" + figure, re.IGNORECASE)
        return cls(
            words={k.lower(): float(v) for k, v in words.items()},
            tens={k.lower() for k in num["tens"]},
            scales={k: float(v) for k, v in num["scales"].items()},
            scale_abbreviations={k: float(v) for k, v in num["scale_abbreviations"].items()},
            plurals={k: float(v) for k, v in num["plurals"].items()},
            vague={k: float(v) for k, v in num["vague"].items()},
            fractions={k: float(v) for k, v in {**num["fractions"], **num["scale_fractions"]}.items()},
            dozen=float(num["dozen"]),
            currency_prefixes={**prefixes, **attached},
            subunits=subunits,
            verb_objects={tuple(pair.split()): measure for measure, pairs in data["verb_objects"].items() for pair in pairs},
            units=units,
            unit_scales=unit_scales,
            attached_units={letter: (code, data["units"][code]["measure"])
                            for letter, code in data["attached_units"].items()},
            noun_measure=noun_measure,
            verb_measure=verb_measure,
            modifier_measure=modifier_measure,
            toll_modifiers=toll_modifiers,
            person_nouns={w.lower() for w in data["person_nouns"]},
            comparison_before=re.compile(rf"(?:^|[^\w])(?:{alternation(data['comparison_before'])})\s+$", re.IGNORECASE),
            people_verbs=dict(data["people_verbs"]),
            result_measure=dict(data["result_measure"]),
            label_words={w.lower() for w in data["label_words"]},
            months={w.lower() for w in data["months"]},
            number=number,
            bare_number=re.compile(figure, re.IGNORECASE),
            **{key: set(data[key]) for key in WORD_SETS},
            approx_before=re.compile(rf"(?:^|[^\w])(?:{alternation(data['approximators_before'])})\s*$", re.IGNORECASE),
            approx_after=re.compile(rf"^\s?-?\s?(?:{alternation(data['approximators_after'])})(?!\w)", re.IGNORECASE),
            describing_before=re.compile(
                rf"(?:^|[^\w])(?:{alternation([*data['age_before'], *data['size_before']])})\s+$", re.IGNORECASE),
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


AND_A_HALF = re.compile(r"\s+and\s+(?:a|one)\s+half\b")
"""'and a half' adds half of the last scale named: "a million and a half", "two and a half million" (1.5e6, 2.5e6)."""


def words_value(text: str, lex: Lexicon) -> tuple[Optional[float], bool]:
    """The value of a spelled-out number and whether it is vague:
    "one hundred and twenty" -> 120, "hundreds of thousands" -> 200000 (vague), "two and a half million" -> 2.5e6."""
    text, and_a_half = AND_A_HALF.subn("", text.lower().strip())
    if and_a_half:
        value, vague = words_value(text, lex)
        last_scale = next((lex.scales[w] for w in reversed(re.split(r"[\s-]+", text)) if w in lex.scales), 1.0)
        return (value + last_scale / 2 if value else None), vague
    total, current, fraction, vague = 0.0, 0.0, 1.0, False
    for word in re.split(r"[\s-]+", text):
        if word in ("and", "of"):
            continue
        if word in ("a", "an"):
            current = current or 1.0
        elif word in lex.fractions:
            fraction *= lex.fractions[word]
        elif word in lex.vague:
            current, vague = lex.vague[word], True
        elif word in lex.words:
            current += lex.words[word]
        elif word == "dozen":
            current = (current or 1.0) * lex.dozen
        elif word in lex.plurals:
            vague = True
            base = lex.plurals[word]
            if current and base >= 1000:
                current *= base / 2
            elif current:
                current *= base
            else:
                current = base
            if base >= 1000:
                total, current = total + current, 0.0
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in lex.scales:
            total, current = total + (current or 1.0) * lex.scales[word], 0.0
        else:
            return None, vague
    value = (total + current) * fraction
    return (value if value else None), vague


@Language.factory("quantities", assigns=["doc._.dl"])
def make_quantities(nlp: Language, name: str):
    return Quantities()


class Quantities:
    """Finds figures, decides what each counts, and links it to the date it stands for."""

    def __init__(self) -> None:
        self.lex = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        text = document_text(doc)
        phones = [m.span() for m in PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 9]
        taken = sorted([*((s.start, s.end) for s in [*dl.timexes, *dl.scripture]), *phones])
        found: list[tuple[Span, Quantity]] = []
        for first in self.lex.number.finditer(text):
            for match in (first, _hyphen_range(text, first, self.lex)):  # "4-5 tonnes": both bounds
                if match is None or _overlaps(taken, match.start(), _figure_end(match)):
                    continue
                claim = self._claim(doc, text, dl, match, found)
                if claim is not None:
                    _inherit(claim, found)
                    if claim[1].measure == "other" and claim[1].unit is None:
                        claim[1].measure = "count"  # a claim with no unit and nothing else said of it counts
                    found.append(claim)
                    dl.quantities.append(claim[1])
        return doc

    def _claim(self, doc: Doc, text: str, dl: Annotations, match: re.Match,
               found: list[tuple[Span, Quantity]]) -> Optional[tuple[Span, Quantity]]:
        """The claim a number match makes, or None when it is a date, label or name; `found`, the claims before it.
        (`text` is `doc.text`, which spaCy rebuilds on every access.)"""
        lex = self.lex
        start, end = match.start(), match.end()
        if _no_figure(text, match, lex) or match.group("article") in ("a", "an", "A", "An") \
                and not lex.approx_before.search(text[max(0, start - 20):start]):
            return None  # ("a kilometre away" is a way of speaking; "about a kilometre", "half a kilometre" distances)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        words = match.group("words")
        value, vague = self._value(match)
        if value is None:
            return None
        upper = _range_upper(text, match, lex)
        value, unit, measure = self._written_unit(doc, span, match, value, upper)
        if measure == "length" and not _extent(doc, span, lex):
            measure = "other"  # "walked 60 kilometres", "2 kilometres from the camp": a distance, not a thing's length
        if words and match.group("unit") and span[-1].lemma_.lower() in lex.discourse_nouns:
            return None  # "he made two points": what is said, not an index's move ("fell 1,679 points")
        if measure is None and not words and _share_listed(span, found):
            unit, measure = "percent", "percent"  # "puts the Greens on 31 per cent, the Socialists on 24"
        gapped = _gapped(span, found) if measure is None and not words else None
        if gapped is not None:  # "Labour has 411, the Conservatives 121 and Reform UK 5": the name is no label
            unit, measure = gapped.unit, gapped.measure
        elif self._not_a_claim(doc, span, match, value, measure, dl.timexes) or _multiplier(span, lex) \
                or _hyperbole(span, words, lex):
            return None
        value *= _range_scale(match, upper, lex)
        reading = _scale_reading(doc, span, lex) if measure is None else None
        if reading is not None:  # "the magnitude 6.0 earthquake": a reading on a scale, not a count of earthquakes
            unit, measure = reading, "other"
        if words and value == 1 and (span.end < len(doc) and doc[span.end].lower_ in ("of", "another")
                                     or _pronoun_one(span)):
            return None  # "one of the officials", "one another", "the one that hurts"
        row = _table_row(text, start, end) if measure is None else None
        counts = self._row_counts(doc, row) if row is not None else None
        if counts is not None:  # the parse of a table row says nothing; its first cell names the count
            measure, unit, counted = counts
        if measure is None:
            measure, unit, counted = self._what_it_counts(doc, span)
            bound = self._claim(doc, text, dl, upper, found) if measure == "other" and counted is None and upper \
                and not any(t.start < upper.end() and upper.start() < t.end for t in [*dl.timexes, *dl.scripture]) else None
            if bound is not None:  # "2,000 to 3,000 fighters", "4 to 5 hectares": the upper bound says what
                measure, unit, counted = bound[1].measure, bound[1].unit, bound[0].root
            if measure == "other" and counted is None and vague and _crowd(span):
                measure, unit = "count", "people"
            split = self._breakdown(dl, span, found) if measure == "other" and counted is None else None
            if split is not None:  # "30 died in the crush. Police said 28 had been trampled and two crushed"
                measure, unit = split, "people"
            if measure == "other" and counted is None and not _subset(span.root) and not _partitive(span) \
                    and not _existential(span.root) \
                    and not _subset_marker(doc[max(0, span.start - 3):span.start]) \
                    and (words or span.root.dep_ not in ARGUMENT_DEPS):
                return None
            if measure == "count" and (_referential(span, counted, value, bool(words), lex) or _sources(counted)
                                       or words and counted is not None and counted.lemma_.lower() in lex.discourse_nouns
                                       and not _asked(counted, lex)):
                return None  # (nor "two rival visions", "three reasons": spelled counts of what is thought or said)
        approximate = vague or bool(lex.approx_before.search(text[max(0, start - 20):start])) \
            or bool(lex.approx_after.match(text[end:end + 10]))
        return span, Quantity(
            id=dl.new_id("m"), text=text[start:end], start=start, end=end, value=value,
            unit=unit, approximate=approximate, measure=measure, date=_date_for(dl, span),
        )

    def _breakdown(self, dl: Annotations, span: Span, found: list[tuple[Span, Quantity]]) -> Optional[str]:
        """What a casualty figure told just before counts, for bare figures that split it by cause: in "30 people
        died in the crush. Police said 28 had been trampled and two crushed" the run 28, two sums to the 30 dead.
        The run is of figures next to each other after the toll (in its sentence or the next), two or more, one of
        them this one."""
        if not _bare(span):
            return None
        sent, text = span.sent, document_text(span.doc)
        dates = [(t.start, t.end) for t in dl.timexes]
        for toll_span, toll in reversed(found):
            if toll.measure not in CASUALTIES or toll_span.sent.end < sent.start - 1 or toll_span.sent.start > sent.start:
                continue
            start = max(sent.start_char, toll_span.end_char)
            figures = [(m.start(), self._value(m)[0]) for m in self.lex.number.finditer(text, start, sent.end_char)
                       if not _overlaps(dates, m.start(), m.end())]
            at = next((i for i, (begin, _) in enumerate(figures) if begin == span.start_char), None)
            if at is None or any(value is None for _, value in figures):
                continue
            for first in range(at + 1):
                for last in range(max(at, first + 1), len(figures)):
                    if abs(sum(value for _, value in figures[first:last + 1]) - toll.value) < 1e-6:
                        return toll.measure
        return None

    def _written_unit(self, doc: Doc, span: Span, match: re.Match, value: float, upper: Optional[re.Match]) \
            -> tuple[float, Optional[str], Optional[str]]:
        """value, unit and measure as the figure's own words give them (a currency before it, a unit after it, the
        unit after a range's upper bound), before the parse is asked what it counts."""
        lex = self.lex
        cur, unit_word = match.group("cur"), match.group("unit")
        unit, measure = None, None
        if cur:
            unit, measure = lex.currency_prefixes[cur], "money"
        if match.group("attached_unit"):
            unit, measure = lex.attached_units[match.group("attached_unit")]
        if unit_word:
            code, unit_measure = lex.units[unit_word.lower()]
            if measure is None or unit_measure == "money":
                unit, measure = code, unit_measure
            value *= lex.unit_scales.get(unit_word.lower(), 1.0)
        hundredths = match.group("attached") or (unit_word if unit_word and unit_word.lower() in lex.subunits else None)
        if hundredths and not cur:  # "85p", "50 cents": a hundredth of the currency
            value, unit, measure = value / 100, lex.subunits[hundredths.lower()], "money"
        if upper is not None and upper.group("unit") and not cur and not unit_word:  # "4-5 tonnes", "4 to 5 km"
            unit, measure = lex.units[upper.group("unit").lower()]
        if match.group("short") and match.group("short").lower() == "m" and not cur and not unit_word:
            nxt = doc[span.end].lower_ if span.end < len(doc) else ""
            if nxt in lex.dimension_words:  # "a 3m wall": metres, not millions
                value, unit, measure = value / lex.scale_abbreviations["m"], "m", "length"
        return value, unit, measure

    def _value(self, match: re.Match) -> tuple[Optional[float], bool]:
        lex = self.lex
        if match.group("article"):
            return (0.5 if match.group("article").lower().startswith("half") else 1.0), False
        if match.group("words"):
            return words_value(match.group("words"), lex)
        if match.group("power"):
            power = re.split(r"\s?[x×]\s?", match.group("power"))
            base, exponent = power[-1].split("^")
            return (float(power[0]) if len(power) > 1 else 1.0) * float(base) ** int(exponent), False
        value = float(match.group("digits").replace(",", ""))
        if match.group("scale"):
            value *= lex.scales[match.group("scale").lower()]
        abbr = match.group("abbr") or match.group("short")
        if abbr:
            value *= lex.scale_abbreviations[abbr.lower()]
        return value, False

    def _not_a_claim(self, doc: Doc, span: Span, match: re.Match, value: float, measure, dates) -> bool:
        """Dates, years, labels and names that hold a number: "Resolution 2728", "May 5"."""
        lex = self.lex
        prev = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        if measure in ("money", "percent", "length", "area", "other"):
            return False  # a currency or a unit written with it: "a €50bn Facility" is money, "Madrid 40C" heat
        if measure == "duration" and nxt is not None and nxt.lower_ in lex.anchor_words:
            return True  # "two weeks later": a date reckoned from another, not a claim
        grouped = bool(match.group("digits") and "," in match.group("digits"))  # no date or year is written "10,000"
        if any(t.ent_type_ in lex.name_entities and not (grouped and t.ent_type_ in ("DATE", "TIME")) for t in span) \
                and measure != "duration" and not _date_found_beside(span, dates) and not _bound_read_as_age(span, lex) \
                and not _spelled_alone(span, match):
            if not any(t.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") for t in span) \
                    and not any(lex.scales.get(t.lower_, 0) >= 1000 for t in span):
                return True  # (no date or name holds "million": "two and a half million" tagged DATE is a figure)
        if prev is not None and not any(t.start <= prev.idx < t.end for t in dates):
            # (a word of a date found before the figure is not its label: "on 1 April seven workers")
            if prev.lower_ in lex.label_words or prev.lower_ in lex.months:
                return True
            if (prev.is_title or prev.is_upper) and prev.pos_ == "PROPN" and not prev.is_sent_start:
                return True
        if nxt is not None and (nxt.lower_ in lex.months or nxt.lower_ in lex.fraction_nouns):
            return True
        if _age_bound(span, value, lex) or _age_of_person(span, value, lex):
            return True
        digits = match.group("digits")
        if digits and re.fullmatch(r"\d{4}", digits) and 1800 <= value <= 2100 and not match.group("scale"):
            if not (nxt is not None and nxt.tag_ == "NNS" and (prev is None or prev.lower_ not in lex.year_prepositions)):
                return True
        return False

    def _what_it_counts(self, doc: Doc, span: Span) -> tuple[str, Optional[str], Optional[Token]]:
        """measure, unit and the counted noun (if found), from the parse around the figure."""
        lex = self.lex
        root = span.root
        noun = _counted_noun(doc, span, root)
        if noun is None and root.dep_ in ("dobj", "attr") and root.head.lemma_.lower() in lex.count_verbs:
            noun = _subject(root.head)  # "Catholics number about 8 million": the subject is what is counted
        measure = None
        if noun is not None and lex.units.get(noun.lower_, (None, None))[1] == "money":
            return "money", lex.units[noun.lower_][0], noun  # "tens of billions of dollars"
        if noun is not None:
            measure = lex.noun_measure.get(noun.lower_) or lex.noun_measure.get(noun.lemma_.lower())
        if measure is None and noun is None and span.end < len(doc):
            nxt = doc[span.end]
            measure = lex.modifier_measure.get(nxt.lower_) or lex.noun_measure.get(nxt.lower_)
        head = noun if noun is not None else root
        if measure is None:
            measure = self._modifier_measure(head)
        if measure is None:
            # "killed hundreds of people": the figure, not the noun after "of", is the argument
            measure = self._governor_measure(root if noun is not None and noun.i >= span.end
                                             and span.start <= noun.head.i <= span.end else head)
        people = noun is not None and self._people(noun)
        if measure is None and people:
            measure = self._among_measure(noun)
        if measure is None:  # "40 families lost their homes"; "About 9 million have been forced from their homes"
            measure = (self._people_measure(noun) if noun is not None else None) or self._people_measure(root)
        if measure is None and head.dep_ not in ("nsubj", "nsubjpass"):
            verb = _verb_after(head)
            measure = lex.verb_measure.get(verb.lemma_.lower()) if verb is not None else None
        if measure == "detained" and self._released(noun if noun is not None else root):
            measure = "count"  # "freed 1,968 prisoners": no longer held, a number of people
        if measure is None and self._treated(noun if noun is not None else root):
            measure = "wounded"  # "13 people were treated for smoke inhalation"
        if measure in CASUALTIES or measure == "count" and noun is None:
            return measure, "people", noun  # (a count without a noun from an arrest: "arrested 12 on Tuesday")
        if noun is not None:
            unit = "people" if people else noun.lemma_.lower()
            return "count", unit, noun
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex.margin_nouns:
            return "count", None, None  # "a majority of 174": a number of seats or votes
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex.group_nouns:
            return "count", "people", None  # "the crew of 25": the body's members
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].lower_ in lex.group_pronouns:
            return "count", "people", None  # "Fourteen of us met": the speaker's own group
        if any(t.lemma_.lower() in lex.people_totals for t in _totals(root)):
            return "count", "people", None  # "turnout could pass two million"
        return "other", None, None

    def _row_counts(self, doc: Doc, row: tuple[int, int]) -> Optional[tuple[str, str, Token]]:
        """measure, unit and counted noun of a table row whose first cell names a count
        ("Weekly Suez Canal transits", "Displaced people"): its last word, with what its modifiers say."""
        header = doc.char_span(row[0], row[1], alignment_mode="expand")
        noun = header[-1] if header is not None and len(header) else None
        if noun is None or not noun.is_alpha or noun.is_stop:
            return None
        measure = self.lex.noun_measure.get(noun.lower_) or self.lex.noun_measure.get(noun.lemma_.lower()) \
            or next((self.lex.modifier_measure[t.lower_] for t in header if t.lower_ in self.lex.modifier_measure), None)
        people = self._people(noun)
        return measure or "count", "people" if people or measure in CASUALTIES else noun.lemma_.lower(), noun

    def _people_measure(self, noun: Token) -> Optional[str]:
        """What a verb does to the people a figure counts (or to the figure, standing alone as
        subject): 'forced from their homes', 'forced to flee', 'unable to return home' (displaced),
        'lost their lives', 'left 17 people dead' (killed), 'holds 9,900 Palestinians' (detained)."""
        lex = self.lex
        if noun.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj"):
            return None
        verb = noun.head
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from" and any(
                    o.dep_ == "pobj" and (o.lower_ in lex.displaced_from or o.lower_ in lex.displaced_from_places
                                          and verb.lemma_.lower() in lex.displacing_verbs) for o in child.children):
                return "displaced"
            if child.dep_ == "xcomp" and child.lemma_.lower() in lex.victim_verbs:
                return lex.verb_measure.get(child.lemma_.lower())  # "were forced to flee"
            if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and child.i > noun.i \
                    and child.lower_ in lex.modifier_measure:
                return lex.modifier_measure[child.lower_]  # "left 17 people dead"
            if child.dep_ in ("dobj", "obj") and noun.dep_ == "nsubj":
                found = lex.verb_objects.get((verb.lemma_.lower(), child.lemma_.lower()))
                if found:
                    return found  # "27 people lost their lives"
        if noun.dep_ in ("nsubj", "nsubjpass") and self._kept_from_home(verb):
            return "displaced"
        people = self._people(noun)  # "held 12 meetings" detains no one
        return lex.people_verbs.get(verb.lemma_.lower()) if people and noun.dep_ in ("dobj", "obj") else None

    def _released(self, token: Token) -> bool:
        """The figure's people are set free by the first verb above them ('Israel freed 1,968 prisoners, among them
        250 serving life sentences and about 1,700 people detained in Gaza'), through the nouns and prepositions of a
        list; a participle on them says who they were, not what is done to them now."""
        for head in token.ancestors:
            if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("acl", "amod"):
                return head.lemma_.lower() in self.lex.releasing_verbs
        return False

    def _treated(self, token: Token) -> bool:
        """'13 people had been treated for smoke inhalation': people a verb of treating takes in for an injury
        (`treated_for`) are wounded; so are people carried to hospital ('five were taken to hospital')."""
        if token.dep_ not in ("nsubjpass", "dobj", "obj"):
            return False
        verb, lex = token.head, self.lex
        lemma = verb.lemma_.lower()
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            if lemma in lex.treating_verbs and prep.lower_ == "for" and any(
                    o.lemma_.lower() in lex.treated_for for o in prep.subtree):
                return True
            if lemma in lex.carrying_verbs and prep.lower_ == "to" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in lex.hospitals for o in prep.children):
                return True
        return False

    def _people(self, noun: Token) -> bool:
        """The noun names people ("civilians", "Palestinians"): what a figure of them counts is people."""
        return noun.lower_ in self.lex.person_nouns or noun.ent_type_ == "NORP"

    def _kept_from_home(self, verb: Token) -> bool:
        """'are unable to return home', 'have not gone back to their homes': people kept from
        their homes are displaced."""
        lex = self.lex
        for going in verb.subtree:
            if going.lemma_.lower() not in lex.return_verbs or not any(
                    t.lower_ in lex.displaced_from or t.lower_ in lex.displaced_from_places
                    for t in going.subtree if t.i > going.i):
                continue
            holders = [going, *going.ancestors]
            holders = holders[:holders.index(verb) + 1] if verb in holders else holders[:1]
            if any(h.lower_ in lex.barring_words or any(c.dep_ == "neg" for c in h.children) for h in holders):
                return True
        return False

    def _among_measure(self, noun: Token) -> Optional[str]:
        """'gave 14,500 children and 9,500 women among the dead': people counted among a toll's
        noun (on their own noun, its verb, or another of the conjoined nouns) are what it counts."""
        holders = [noun, noun.head] + [c for c in noun.children if c.dep_ == "conj"] + \
            ([noun.head.head] if noun.dep_ == "conj" else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "among":
                    found = next((self.lex.noun_measure.get(o.lower_) for o in prep.children if o.dep_ == "pobj"), None)
                    if found:
                        return found
        return None

    def _modifier_measure(self, token: Token) -> Optional[str]:
        lex = self.lex
        for child in token.children:
            if child.dep_ in ("amod", "acl", "relcl", "compound") and child.i != token.i:
                found = lex.modifier_measure.get(child.lower_) or (
                    lex.verb_measure.get(child.lemma_.lower()) or self._result_measure(child)
                    if child.pos_ == "VERB" else None)  # ("four stabbed to death")
                if found:
                    return found
        return None

    def _governor_measure(self, token: Token) -> Optional[str]:
        """What the verb, noun or toll that governs the figure says it counts."""
        lex = self.lex
        t = token
        for _ in range(4):
            if t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.lower_ in ("including", "among")):
                t = t.head if t.dep_ == "conj" else t.head.head
                found = lex.noun_measure.get(t.lower_) or self._modifier_measure(t)
                if found:
                    return found
            else:
                break
        if t.dep_ == "pobj" and t.head.lower_ in lex.approximate_prepositions and t.head.head.pos_ == "VERB":
            t = t.head  # "wounding about 2,800": "about" parsed as a preposition
            found = lex.verb_measure.get(t.head.lemma_.lower())
            if found:
                return found
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lex.toll_nouns \
                and self._toll_measure(t.head.head) is None:
            t = t.head.head  # "a total of 52 patients died": the total is the figure, its verb the figure's
        head = t.head
        if t.dep_ in ("nsubjpass", "dobj", "obj") or (
                t.dep_ == "nsubj" and (head.tag_ == "VBN" or head.lemma_ in lex.victim_verbs)):
            found = lex.verb_measure.get(head.lemma_.lower()) or self._result_measure(head)
            if found:
                return found
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            holder = t.head.head
            found = lex.noun_measure.get(holder.lower_) or lex.noun_measure.get(holder.lemma_.lower())
            if found:
                return found
        for total in _totals(t):  # "the death toll rose to 41,000"; a figure with no noun: "deaths passed 100"
            found = self._toll_measure(total) or (lex.noun_measure.get(total.lower_) or lex.noun_measure.get(
                total.lemma_.lower()) if t.pos_ == "NUM" else None)
            if found:
                return found
        return None

    def _result_measure(self, verb: Token) -> Optional[str]:
        """"were crushed to death", "beat two men to death": what the verb's "to" phrase says became of its victims
        (not "sentenced to death")."""
        if verb.lemma_.lower() in self.lex.judging_verbs:
            return None
        return next((self.lex.result_measure[o.lemma_.lower()] for p in verb.children if p.dep_ == "prep"
                     and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
                     and o.lemma_.lower() in self.lex.result_measure), None)

    def _toll_measure(self, toll: Token) -> Optional[str]:
        """"the death toll", "the number of people killed": what the toll counts."""
        lex = self.lex
        if toll.lemma_.lower() not in lex.toll_nouns:
            return None
        for child in toll.children:
            found = lex.toll_modifiers.get(child.lower_)
            if found and child.dep_ in ("compound", "amod", "nmod", "acl"):  # "death toll", "the number killed"
                return found
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    found = (lex.toll_modifiers.get(obj.lower_) or lex.noun_measure.get(obj.lower_)
                             or self._modifier_measure(obj))
                    if found:
                        return found
        if toll.lemma_.lower() == "toll":
            return "killed"
        # "arrested 25 people, bringing the total to 9,400": the clause the toll's verb adds to
        verb = toll.head
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb:
            return lex.verb_measure.get(verb.head.lemma_.lower())
        return None


def _no_figure(text: str, match: re.Match, lex: Lexicon) -> bool:
    """The text around a number match shows it makes no claim: part of a word, a longer number or a compound
    ("twenty-fifth", "a two-term senator"), a list label ("1.", "(2)"), an age ("children under the age of ten",
    "aged 12"), the size of a kind ("a family of six"), a proportion ("nine in ten") or the end of a range of labels
    ("verses 3 to 12")."""
    start, end = match.start(), match.end()
    if re.match(r"[\w²]|[:/.,]\d|[-–]\d|-old\b|\s+old\b", text[end:end + 6]) \
            and _hyphen_range(text, match, lex) is None:
        return True
    if not match.group("unit") and re.match(r"-[^\W\d]", text[end:end + 2]) \
            and re.match(r"[^\W\d]+", text[end + 1:end + 20]).group().lower() not in lex.scale_readings:
        return True  # (but "a 6.0-magnitude quake" is a reading on a scale)
    return _is_list_label(text, start, end) or bool(lex.describing_before.search(text[max(0, start - 30):start])) \
        or (not match.group("unit") and _ratio(text, start, end, lex)) or _labelled_range_end(text, start, lex)


def _counted_noun(doc: Doc, span: Span, root: Token) -> Optional[Token]:
    """The noun a figure counts: "40 people", "hundreds of thousands of Gazans"."""
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") \
            and head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
        return head
    if root.dep_ == "quantmod" and head.like_num and head.i > span.end and doc[span.end].lower_ == "of" \
            and head.dep_ == "nummod" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head  # "downed 28 of 30 drones": the part counts what the whole counts
    if root.dep_ == "conj" and head.like_num and head.i < span.start and head.dep_ in ("nummod", "quantmod") \
            and head.head.i >= span.end and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head  # "four or five frigates": the second figure counts what the first counts
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        for obj in doc[span.end].children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    outer = next((t.head for t in span if t.head.i >= span.end and t.dep_ in ("nummod", "quantmod")), None)
    if outer is not None and outer.pos_ in ("NOUN", "PROPN"):
        return outer  # "a quarter of a million people": the parse hangs the noun on the figure's last word
    if root.dep_ in ("nummod", "conj") and head.i < span.start and span.end < len(doc):
        # a numeral modifies a noun after it; tied to one before, it was misparsed ("on 1 April
        # seven aid workers", "a judge and more than a dozen former officials", the figure and the
        # noun each taken for a conjunct): the noun phrase that follows is what it counts
        noun = doc[span.end]
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return _tally(span)


def _tally(span: Span) -> Optional[Token]:
    """"by 212 votes to 97", "seven votes to two": the second figure of a tally counts the noun of the first."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "to":
        return None
    noun, figure = doc[span.start - 2], doc[span.start - 3]
    return noun if noun.tag_ == "NNS" and figure.like_num else None


def _date_found_beside(span: Span, dates) -> bool:
    """The parser's DATE entity over the figure holds a date the timex component found without
    it: in "on 1 April seven workers were killed" the date ends before "seven" (or it begins after the figure).
    A figure of up to three digits in a DATE entity where the timex component found nothing is no day, month or year
    either when the entity holds more than the figure (the tagger took "the next four and 330" for one date) or the
    figure is a verb's subject or object ("37 had been trampled")."""
    ent = entity_of(span.doc[span.start])
    if ent is None or ent.label_ not in ("DATE", "TIME"):
        return False
    if not any(t.start < ent.end_char and ent.start_char < t.end for t in dates):  # (an age alone stays: "Ali, 38,")
        return re.fullmatch(r"\d{1,3}", span.text) is not None and (
            len(ent) > len(span) or span.root.dep_ in ("nsubj", "nsubjpass", "dobj"))
    return any(ent.start_char <= t.start < ent.end_char and (t.end <= span.start_char or t.start >= span.end_char)
               for t in dates)


def _bound_read_as_age(span: Span, lex: Lexicon) -> bool:
    """A DATE the parser sees in a bounded figure is an age reading the timex component did not
    share: "the number of dead was under 50", "Between 30 and 40 people were killed" (either bound)."""
    if span[0].ent_type_ not in ("DATE", "TIME"):
        return False
    before = document_text(span.doc)[max(0, span.start_char - 30):span.start_char]
    return bool(lex.approx_before.search(before[-20:]) or re.search(r"\bbetween\s+(?:[\w,.]+\s+and\s*)?$", before, re.I))


def _age_bound(span: Span, value: float, lex: Lexicon) -> bool:
    """"voters under 35", "residents over 65": a bare figure of a lifetime's size bounding a plural noun right before
    it is an age (not a toll: "deaths over 100")."""
    doc = span.doc
    if span.start < 2 or value > 120 or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    noun = doc[span.start - 2]
    return doc[span.start - 1].lower_ in lex.age_prepositions and noun.tag_ == "NNS" \
        and noun.lower_ not in lex.noun_measure and noun.lemma_.lower() not in lex.noun_measure


def _spelled_alone(span: Span, match: re.Match) -> bool:
    """A spelled figure that is the whole of what the tagger took for a name ("Twelve" in "'Twelve people were
    injured'", tagged PRODUCT) names nothing: a name holds more than a number word."""
    if not match.group("words"):
        return False
    entity = entity_of(span[0])
    return entity is not None and entity.label_ not in ("DATE", "TIME") \
        and span.start <= entity.start and entity.end <= span.end


def _scale_reading(doc: Doc, span: Span, lex: Lexicon) -> Optional[str]:
    """The scale a figure is read on, named right before or after it ("magnitude 6.0", "a 6.0-magnitude quake", "a
    6.0 magnitude earthquake"), or None."""
    around = [doc[span.start - 1] if span.start > 0 else None, doc[span.end] if span.end < len(doc) else None]
    if around[1] is not None and around[1].text == "-" and span.end + 1 < len(doc):
        around.append(doc[span.end + 1])
    return next((t.lower_ for t in around if t is not None and t.lower_ in lex.scale_readings), None)


def _extent(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A length figure measures a thing ("a 13-kilometre belt", "a strip of about 14 kilometres", "14 kilometers
    long", "the wall stretches for 700 km"), not how far one place or trip is from another ("after walking 60
    kilometres", "roughly 2 kilometres from the nearest area", "5,000 miles away", "rose about 26 feet")."""
    unit = next((t for t in reversed(span) if t.lower_ in lex.units), None)
    if unit is None and span.end < len(doc) and doc[span.end].lower_ in lex.units:
        unit = doc[span.end]  # ("4 to 5 km": the lower bound's unit is written after the upper)
    unit = unit if unit is not None else span.root
    head = unit.head
    if any(t.lemma_.lower() in lex.extent_words for t in (head, *unit.children)) \
            or span.end < len(doc) and doc[span.end].lower_ in lex.extent_words:
        return True  # "14 kilometers long", "30 metres deep"
    if unit.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN":
        return True  # "a 13-kilometre belt"
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return True  # "a strip of about 14 kilometres"
    verb = head.head if unit.dep_ == "pobj" and head.lower_ == "for" else head
    if unit.dep_ in ("dobj", "npadvmod", "pobj") and verb.lemma_.lower() in lex.extent_verbs:
        return True  # "runs 14 km along the border", "stretches for 700 km"
    return unit.dep_ == "appos" and head.pos_ == "NOUN" and not any(c.dep_ in ("prep", "advmod") for c in unit.children)


def _age_of_person(span: Span, value: float, lex: Lexicon) -> bool:
    """"a pregnant woman of 34", "a man of 52 from the port": a bare figure of a lifetime's size after "of" on one
    person is that person's age (not "a crew of 20", nor "a child of 3 years", whose unit says what it counts)."""
    doc = span.doc
    if span.start < 2 or value > 120 or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    of, person = doc[span.start - 1], doc[span.start - 1].head
    return of.lower_ == "of" and person.i < of.i and person.tag_ == "NN" and person.lower_ in lex.person_nouns \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in person.children)


def _subset(root: Token) -> bool:
    """A figure that names part of an earlier one: "including dozens believed dead"."""
    return root.dep_ == "pobj" and root.head.lower_ in ("including", "among")


def _labelled_range_end(text: str, start: int, lex: Lexicon) -> bool:
    """"verses 3 to 12", "articles 5 and 6": the end of a range of labels is a label too; so is the end of a range of
    ages ("aged between 18 and 25")."""
    before = text[max(0, start - 40):start]
    m = re.search(r"(?:^|[^\w.])([\w.#]+)\s+\d[\d,.]*\s*(?:to|and|-|–)\s*$", before, re.IGNORECASE)
    return m is not None and (m.group(1).lower() in lex.label_words
                              or bool(lex.describing_before.search(before[:m.start(1)] + m.group(1) + " ")))


def _ratio(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"nine in ten", "three out of four": a proportion, a fraction told in two figures."""
    before = re.search(r"(\S+)\s+(?:in|out\s+of)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+(?:in|out\s+of)\s+(\S+)", text[end:end + 30])
    bases = [m.group(1).rstrip(",.;:") for m in (before, after) if m is not None]
    return any(lex.number.fullmatch(b) is not None and not re.fullmatch(r"\d{4}", b) for b in bases)  # not "5 in 2024"


def _partitive(span: Span) -> bool:
    """"three of them were children", "2 million more have fled": a part of, or an addition to, a
    figure told before, which it takes its measure from."""
    doc = span.doc
    lex = lexicon()
    if span.end < len(doc) and doc[span.end].lower_ in lex.elliptic_heads:
        return span.end + 1 == len(doc) or doc[span.end + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "of" \
        and doc[span.end + 1].lower_ in lex.partitive_pronouns


def _pronoun_one(span: Span) -> bool:
    """"the one that hurts", "no one", "the only one": a spelled "one" after a determiner (adjectives between) with
    no noun after it is a pronoun, not a count."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].tag_ in ("JJ", "JJS"):
        i -= 1
    return i >= 0 and doc[i].tag_ in ("DT", "PRP$", "WDT")


def _sources(noun: Optional[Token]) -> bool:
    """"two people familiar with the talks said", "according to two officials": how many sources a
    report has is how the writer knows, not a claim of the report. The speakers of a clause are such sources when
    called sources or described only by what they know ("familiar with", "briefed on", "who spoke on condition of
    anonymity"); people
    who took part are counted ("three engineers who worked on the bridge said")."""
    if noun is None:
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        knowing = any(t.lemma_.lower() in lexicon().source_descriptions for t in noun.subtree if t.i >= noun.i)
        return knowing and cue_lexicon().says(head)  # (not "300 people were reported missing": what is said of them)
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" \
        or noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() == "cite"


def _referential(span: Span, noun: Optional[Token], value: float, spelled: bool, lex: Lexicon) -> bool:
    """A numeral that picks things out rather than claims how many: "the two leaders", "those three regions", "one
    body" (a spelled "one" counting a thing is the article's cousin), "Germany's two biggest carmakers" (a superlative
    ranks). An owner's numeral tells how many they have and counts: "her two children", "its three elevators". A
    figure told roughly or in a scale word counts: "the city's roughly one million apartments"."""
    if noun is not None and noun.i < span.start:
        return False  # a tally's second figure: "by seven votes to one"
    if value >= 100 or lex.approx_before.search(document_text(span.doc)[max(0, span.start_char - 20):span.start_char]):
        return False
    if spelled and value == 1:
        return True
    if noun is None or not spelled:
        return False  # digits claim a number even after a determiner: "its 22 crew members"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        return False  # "411 of the 650 seats": the whole a part is told of is a claim too
    before = [c for c in noun.children if c.i < span.start]
    if any(c.dep_ == "poss" for c in before):
        return any(t.tag_ in ("JJS", "RBS") for t in span.doc[span.end:noun.i])
    return any(c.dep_ == "det" and c.lower_ in lex.definite_determiners for c in before)


def _asked(noun: Token, lex: Lexicon) -> bool:
    """"Clients are asking me two things", "asks members to do three things": what a verb of asking asks for is a set
    of requests or acts, counted, not the writer's way of arranging an argument ("two rival visions")."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in lex.asking_verbs and verb.dep_ == "xcomp":
        verb = verb.head
    return verb.lemma_.lower() in lex.asking_verbs


def _totals(figure: Token) -> list[Token]:
    """The nouns a figure may give the number of: "the death toll rose to 41,000", "put the toll at 64", "the number
    killed ... at 40", "turnout could pass two million", "the reduction of the strength to 30" (the caller asks which of
    them is a toll)."""
    lex = lexicon()
    if figure.dep_ == "pobj" and (figure.head.lower_ in ("to", "at", "of", "past", "beyond")
                                  or figure.head.lower_ in lex.approximate_prepositions):
        holder = figure.head.head
        if holder.pos_ == "NOUN":  # "the reduction of the staff to 30": the noun a change is told of too
            return [holder, *(o for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj")]
        return [t for t in (_subject(holder), _object(holder), holder.head if holder.dep_ == "acl" else None) if t]
    if figure.dep_ in ("dobj", "attr", "npadvmod"):
        return [t for t in (_subject(figure.head),) if t]
    return []


def _restates(span: Span) -> bool:
    """"... half a million people ..., and the number would rise to 641,000": a toll noun with nothing but its
    article gives again what the figure before it counted."""
    return any(t.lemma_.lower() in lexicon().toll_nouns and all(c.dep_ == "det" for c in t.children)
               for t in _totals(span.root))


def _verb_after(token: Token) -> Optional[Token]:
    """"According to the ministry, 31 civilians, among them children, were killed": the parser hangs a figure's
    phrase on the source before it and leaves the verb after the phrase (past an aside between commas) without a
    subject; that verb, passive or one of dying or fleeing, is the figure's."""
    doc, end = token.doc, token.sent.end
    i = token.i + 1
    if i < end and doc[i].lower_ == "of":
        i = doc[i].right_edge.i + 1
    if i < end and doc[i].text == ",":
        i = next((j + 1 for j in range(i + 1, min(end, i + 16)) if doc[j].text == ","), end)
    while i < end and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i += 1
    verb = doc[i] if i < end else None
    if verb is None or verb.pos_ != "VERB" or _subject(verb) is not None:
        return None
    return verb if verb.tag_ == "VBN" or verb.lemma_.lower() in lexicon().victim_verbs else None


def _child(token: Token, deps: tuple[str, ...]) -> Optional[Token]:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _subject(verb: Token) -> Optional[Token]:
    return _child(verb, ("nsubj", "nsubjpass"))


def _object(verb: Token) -> Optional[Token]:
    return _child(verb, ("dobj", "obj"))


def _inherit(claim: tuple[Span, Quantity], found: list[tuple[Span, Quantity]]) -> None:
    """A figure takes what it counts from an earlier one in its sentence: the conjunct of
    "$14 billion for Israel and 9.2 billion for aid", the subset of "killed 35, including 12 children"; a
    definite figure with no noun, from the one just before ("of some 6,200 contracts. The roughly 1,000 that
    survive")."""
    span, quantity = claim
    if quantity.measure == "other" and quantity.unit is None and _bare(span):
        listed = _listed_after(span)
        if listed is not None:  # "deaths rising through the spring: 120 in March, 210 in April"
            quantity.unit, quantity.measure = "people", listed
            return
    if not found or quantity.measure not in ("count", "other"):
        return
    earlier_span, earlier = found[-1]
    if earlier.measure in CASUALTIES and quantity.unit is None and _bare(span) \
            and earlier_span.sent.start == span.sent.start and _listed_with(span.doc[earlier_span.end:span.start]):
        quantity.unit, quantity.measure = "people", earlier.measure  # "killed 35 on Monday and 12 on Tuesday"
        return
    if quantity.measure == "other" and quantity.unit is None and _elliptic(span) \
            and (earlier.measure == "count" or earlier.measure in CASUALTIES) \
            and span.sent.start - earlier_span.sent.end <= 1:  # (its own sentence or the one before)
        quantity.unit, quantity.measure = earlier.unit, earlier.measure
        return
    if earlier_span.sent.start != span.sent.start:
        return
    doc = span.doc
    if _partitive(span) and earlier.measure == "percent":
        return  # ("rates of 10 percent ..., higher for dozens of them": a share is no set of things to count a part of)
    if _partitive(span) or [t.lower_ for t in doc[span.start - 2:span.start]] == ["out", "of"] \
            or lexicon().comparison_before.search(document_text(doc)[max(0, span.start_char - 20):span.start_char]) \
            or quantity.measure == "other" and _restates(span):
        quantity.unit, quantity.measure = earlier.unit, earlier.measure  # "61 billion of it", "two more",
        return  # "30 licences out of 350", "up from 1,100"
    root = span.root
    if quantity.unit is None and root.dep_ == "conj" and earlier_span.start <= root.head.i < earlier_span.end:
        quantity.unit, quantity.measure = earlier.unit, earlier.measure
        return
    between = doc[earlier_span.end:span.start]
    before = {t.lower_ for t in doc[max(earlier_span.end, span.start - 3):span.start]}
    joined = 0 < len(between) <= 3 and between[-1].lower_ in ("and", ",")  # "7,797 children and 4,959 women"
    if earlier.measure in CASUALTIES and (before & {"including", "among"} or joined) \
            and quantity.unit in (None, "people"):
        quantity.unit, quantity.measure = "people", earlier.measure
    elif earlier.measure in CASUALTIES and _subset_marker(doc[max(earlier_span.end, span.start - 3):span.start]):
        quantity.measure = earlier.measure  # "killed seven members ..., among them two generals"


def _existential(root: Token) -> bool:
    """'there were eight of us', 'there will be eight hundred': a figure that says how many there are claims a
    number, noun or none."""
    return root.dep_ == "attr" and root.head.lemma_ == "be" and any(c.dep_ == "expl" for c in root.head.children)


def _bare(span: Span) -> bool:
    """A figure with no noun of its own ("400 along the roads", "12 on Tuesday"), not the part of a whole ("12 of
    the 40")."""
    root = span.root
    return root.like_num and root.dep_ != "nummod" and not any(c.lower_ == "of" for c in root.children)


def _listed_with(between: Span) -> bool:
    """Only a list's joints and a figure's own phrases between two figures, no verb of a clause of its own:
    "killed 35 people on Monday and 12 on Tuesday", "900 killed, 500 of them at the gates and 400 along the roads",
    "640 people killed near the depots and 210 along the roads" (a participle on the figure's noun is its phrase)."""
    return any(t.lower_ in ("and", ",", ";") for t in between) and not any(
        t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.dep_ in ("acl", "amod")) for t in between)


def _listed_after(span: Span) -> Optional[str]:
    """What bare figures listed after a colon count, when the words before the colon name one casualty noun:
    "deaths at the crossings climbing through the spring: 120 in March, 210 in April" (killed)."""
    doc, sent = span.doc, span.sent
    colon = next((t for t in reversed(doc[sent.start:span.start]) if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1:span.start]):
        return None
    measures = {lexicon().noun_measure.get(t.lemma_.lower()) for t in doc[sent.start:colon.i] if t.pos_ == "NOUN"}
    casualties = measures & set(CASUALTIES)
    return casualties.pop() if len(casualties) == 1 else None


def _share_listed(span: Span, found: list[tuple[Span, Quantity]]) -> bool:
    """A bare figure in a list after a percentage in its sentence, behind the same preposition, is a share too:
    "puts the Greens on 31 per cent, the Socialists on 24 and the Liberals on 18" (the unit written once)."""
    if not found or span.start == 0:
        return False
    earlier_span, earlier = found[-1]
    doc = span.doc
    prep = doc[span.start - 1]
    return earlier.measure == "percent" and earlier_span.sent.start == span.sent.start and earlier_span.start > 0 \
        and prep.pos_ == "ADP" and doc[earlier_span.start - 1].lower_ == prep.lower_ \
        and _listed_with(doc[earlier_span.end:span.start])


def _gapped(span: Span, found: list[tuple[Span, Quantity]]) -> Optional[Quantity]:
    """The claim before a figure that closes a gapped clause of a list, its verb and noun left out after the first
    ("Labour has 411, the Conservatives 121, the Liberal Democrats 71 and Reform UK 5"): the figure counts what that
    claim counts, though a name stands right before it."""
    doc = span.doc
    if not found or span.end >= len(doc) or doc[span.end].lower_ not in (",", ";", "and", "."):
        return None
    earlier_span, earlier = found[-1]
    if earlier_span.sent.start != span.sent.start or earlier.measure not in ("count", *CASUALTIES):
        return None
    between = doc[earlier_span.end:span.start]
    counted = earlier_span.root.head if earlier_span.root.dep_ == "nummod" else None  # ("Spain won 40 medals, France 38")
    if not any(t.pos_ == "PROPN" for t in between) or not _listed_with(between) \
            or doc[span.start - 1].lower_ in lexicon().label_words \
            or any(t.pos_ not in ("PROPN", "DET", "PUNCT", "CCONJ") and t != counted for t in between):
        return None  # (only joints and a name between: not "40 soldiers, F-16 jets and Resolution 2728")
    return earlier


def _elliptic(span: Span) -> bool:
    """"the roughly 1,000 that survive", "those 300": a definite article or demonstrative before a figure with no
    noun leaves the noun to be read from what came before."""
    return any(c.dep_ == "det" and c.i < span.start and c.lower_ in lexicon().definite_determiners
               for c in span.root.children)


def _subset_marker(before: Span) -> bool:
    """"among them", "of them", "including": what follows is part of the figure before."""
    words = [t.lower_ for t in before if not t.is_punct]
    return words[-1:] == ["including"] or words[-2:] in (["among", "them"], ["of", "them"], ["of", "whom"])


def _multiplier(span: Span, lex: Lexicon) -> bool:
    """"four times the size", "three times as many", "ten times larger": a ratio between two amounts."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in lex.multiplier_words:
        return False
    after = doc[span.end + 1]
    return after.tag_ in ("DT", "JJR", "RBR", "PDT") or after.lower_ in ("as", "more", "less", "fewer")


def _hyperbole(span: Span, words: Optional[str], lex: Lexicon) -> bool:
    """"asked a hundred times", "a thousand times better": a round scale word with the article before "times" is
    the idiom for "very often", not a count (the spec's frequencies; "more than 200 times" still counts)."""
    doc = span.doc
    parts = (words or "").lower().split()
    return len(parts) == 2 and parts[0] in ("a", "an") and parts[1] in lex.scales \
        and span.end < len(doc) and doc[span.end].lower_ in lex.multiplier_words


def _range_upper(text: str, match: re.Match, lex: Lexicon) -> Optional[re.Match]:
    """The upper bound of a range the figure opens: "2,000 to 3,000", "4-5 hectares", "between four
    and five billion" ("and" only after "between": "killed 12 and 30 more" is no range)."""
    joint = re.match(r"[ \t]*(?:to|or|-|–)[ \t]*|[ \t]+and[ \t]+", text[match.end():match.end() + 8])
    if joint is None or joint.group().strip() == "and" and \
            not re.search(r"\bbetween\s+$", text[max(0, match.start() - 9):match.start()], re.IGNORECASE):
        return None
    return lex.bare_number.match(text, match.end() + joint.end())


def _hyphen_range(text: str, match: re.Match, lex: Lexicon) -> Optional[re.Match]:
    """The upper bound of "4-5 tonnes", "10–15 people", "2-3 million": plain digits either side of a
    hyphen, the second larger and followed by a word (not a score "3-1", a phone number "555-0199"
    or a date "2024-10-05", "6-7 May")."""
    lower = match.group("digits")
    if not lower or match.group("unit") or match.group("scale") or match.group("abbr") or match.group("short") \
            or not re.match(r"[-–]\d", text[match.end():match.end() + 2]):
        return None
    upper = lex.bare_number.match(text, match.end() + 1)
    if upper is None or not upper.group("digits") or upper.group("cur"):
        return None
    after = text[upper.end():upper.end() + 2]
    word = re.match(r"\s+([^\W\d]+\.?)", text[upper.end():upper.end() + 12])
    if word is not None and word.group(1).lower() in lex.months:
        return None  # "6-7 May": a range of days
    if lower.startswith("0") or upper.group("digits").startswith("0") or re.match(r"[-–/.:,]\d|\w", after) \
            or float(upper.group("digits").replace(",", "")) <= float(lower.replace(",", "")):
        return None
    return upper if upper.group("unit") or upper.group("scale") or upper.group("abbr") \
        or re.match(r" [^\W\d]", after) else None


def _range_scale(match: re.Match, upper: Optional[re.Match], lex: Lexicon) -> float:
    """The scale a range's lower bound shares with its upper one: "between four and five billion
    shekels", "two to three million" (1 when the figure has its own scale or none follows)."""
    if upper is None or match.group("scale") or match.group("abbr") or match.group("short") or \
            (match.group("words") and any(w in lex.scales for w in re.split(r"[\s-]+", match.group("words").lower()))):
        return 1.0
    if upper.group("scale"):
        return lex.scales[upper.group("scale").lower()]
    words = re.split(r"[\s-]+", (upper.group("words") or "").lower())
    return next((lex.scales[w] for w in reversed(words) if w in lex.scales), 1.0)


def _figure_end(match: re.Match) -> int:
    """Where a match's figure ends, before its unit: a timex inside a rate's unit ("100 miles per hour", whose "per
    hour" the timex component reads as a frequency) does not take the figure."""
    return match.start("unit") if match.group("unit") else match.end()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_list_label(text: str, start: int, end: int) -> bool:
    """"1." or "(2)" at the start of a line, or a number alone in parentheses or brackets (a note
    marker: "according to the authority [4]")."""
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start], text[end:end + 1]
    if before.strip() in ("", "(") and after in (".", ")"):
        return True
    return text[start - 1:start] + after in ("()", "[]")


def _table_row(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """For a figure that fills a table cell alone (an approximator aside: "| about 500 |"), the
    span of the row's first cell, which names what the row's figures count; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not line.lstrip().startswith("|") or text[line_start:start].count("|") < 2:
        return None
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", end)
    if cell_end < 0 or text.find("\n", end, cell_end) >= 0 \
            or re.search(r"[^\W\d]", text[end:cell_end]) or len(text[cell_start:start].split()) > 1:
        return None
    first = text.index("|", line_start) + 1
    head = text[first:text.index("|", first)].split(",")[0]
    offset = first + len(head) - len(head.lstrip())
    return (offset, offset + len(head.strip())) if head.strip() else None


def _clause(token: Token) -> Token:
    while token.dep_ not in CLAUSE_DEPS and token.head is not token:
        token = token.head
    return token


def _date_for(dl: Annotations, span: Span) -> Optional[str]:
    """The value of the date the figure stands for: a DATE/TIME timex of its sentence,
    in its own clause if there is one there, else the nearest."""
    sent = span.sent
    candidates = [t for t in dl.index_of("timexes").within(sent.start_char, sent.end_char)
                  if t.type in ("DATE", "TIME")]
    if not candidates:
        return None
    doc = span.doc
    clause = _clause(span.root)

    def rank(timex) -> tuple[int, int]:
        tspan = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        same = tspan is not None and _clause(tspan.root) is clause
        distance = min(abs(timex.start - span.end_char), abs(span.start_char - timex.end))
        return (0 if same else 1, distance)

    return min(candidates, key=rank).value


def _crowd(span: Span) -> bool:
    """A vague plural standing alone as the doer of a verb is a crowd of people: "Thousands
    marched", "tens of thousands now shelter in tents" (not "thousands were destroyed")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and \
        not any(t.dep_ == "prep" and t.lower_ == "of" and t.i >= span.end for t in root.children)
