"""The `scripture` component: Quran, Bible and hadith references.

A reference's span runs from its first word (a bracket that encloses exactly the reference,
"TMQ"/"Quran", "Surah", the surah or book name, the hadith collection) to its last number:
`[TMQ Surah Al-Baqarah 2:191]`, `Quran 2:191`, `Matthew 5:9`, `Sahih al-Bukhari 6924`.
`reference` is "chapter:verse" for the Quran ("2:191", "30:4-5", "2" for a whole surah),
"Book chapter:verse" for the Bible ("1 Samuel 15:3", "Psalms 23") and the hadith number
(or "" when the citation names the collection only) for hadith. Verses may also be written out
after a name, a book and chapter, or the Quran and a chapter ("(Quraish, verses 3 and 4)",
"(Luke 13, verses 1 to 9)", "the Quran, chapter 94, verses 5 and 6"), before the surah they are of
("verse 5 of Surah al-Inshirah"), and a chapter with a chapter word or by its place ("the Gospel of
Matthew, chapter 5", "chapter 58 of the Book of Isaiah", "the 94th surah").

Cheap anchors (a chapter:verse number, "Surah", a collection name) are found with compiled
regexes; names before or after an anchor are looked up in tables keyed by a spelling-free key,
so "Al-Baqarah", "Al Baqarah" and "Baqara" need no pattern of their own. Names are data:
`data/surahs.yaml` and `data/scripture.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import datafiles
from .alternation import alternation
from .annotations import annotations, document_text
from .model import Scripture as ScriptureRecord

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"[\w'’ʿʾ`]+(?:-[\w'’ʿʾ`]+)*\.?")
NOT_IN_NAME = re.compile(r"[^\w\s'’ʿʾ`.-]")
CHAPTER_VERSE = re.compile(
    r"(?<![\w:.,/])(?P<ch>\d{1,3})\s?(?P<sep>[:.\-–/])\s?(?P<v>\d{1,3})"
    r"(?:\s?[-–]\s?(?P<v2>\d{1,3}))?(?![\w]|[:.,/]\d)")
COLON_VERSE = re.compile(r"\s?:\s?(?P<v>\d{1,3})(?:\s?[-–]\s?(?P<v2>\d{1,3}))?(?![\w]|[:.,/]\d)")
# "(Mt 5,9)", "(Matthew 5, 9)": a comma between chapter and verse, as continental editions write it
COMMA_VERSE = re.compile(
    r"(?<![\w:.,/])(?P<ch>\d{1,3}),\s?(?P<v>\d{1,3})(?:\s?[-–]\s?(?P<v2>\d{1,3}))?(?=\s*[)\]])")
CLOSERS = {"(": ")", "[": "]", "{": "}"}
SURAH_NUMBER = re.compile(r"(?P<n>\d{1,3})\b(?![:.,]\d)")
BRACKETED_VERSE = re.compile(
    r"\s*[(\[]\s*(?P<ch>\d{1,3})\s?[:.]\s?(?P<v>\d{1,3})(?:\s?[-–]\s?(?P<v2>\d{1,3}))?\s*[)\]]")


LONG_SPELLINGS = {"aa": "a", "ee": "i", "oo": "u", "ou": "u"}
"""Long vowels written doubled ("Soorah al-Maa'oon", "Yaseen", "Younus") and their plain spelling."""


def name_key(text: str) -> str:
    """A spelling-free key: letters and digits only, lower case, accents dropped, the modifier letters
    scholarly transliteration writes for ayn and hamza ("an-Nisāʾ", "al-ʿAnkabūt") dropped too, long vowels written
    doubled read as one ("al-Maa'oon" is al-Ma'un), and an h closing the name after a vowel dropped ("Al-Fatihah"
    is Al-Fatiha)."""
    text = unicodedata.normalize("NFKD", text)
    key = "".join(c for c in text.lower()
                  if c.isalnum() and not unicodedata.combining(c) and unicodedata.category(c) != "Lm")
    key = re.sub("aa|ee|oo|ou", lambda m: LONG_SPELLINGS[m.group()], key)
    return re.sub(r"(?<=[aeiu])h$", "", key)


LONG_VOWELS = {"a": "[aāâ]", "i": "[iīî]", "u": "[uūû]"}


def _flexible(name: str) -> str:
    """A regex for a name that lets hyphens, spaces and apostrophes vary, and long vowels carry the macron or
    circumflex of scholarly transliteration ("Sūrat", "Sûra")."""
    parts = re.split(r"[-\s]+", name)
    return r"[-\s]?".join(
        "".join("['’ʿʾ`]?" if c in "'’" else LONG_VOWELS.get(c.lower(), re.escape(c)) for c in part)
        for part in parts)


@dataclass
class Lexicon:
    surahs: dict[str, int]
    books: dict[str, tuple[str, bool]]
    collections: dict[str, tuple[str, bool, bool]]
    chapters: int
    quran_before: re.Pattern
    surah_word: re.Pattern
    verse_after: re.Pattern
    chapter_only: re.Pattern
    hadith: re.Pattern
    cue_before: re.Pattern
    joiner: re.Pattern
    hadith_number: re.Pattern
    numbered_word: re.Pattern
    verse_worded: re.Pattern
    chapter_worded: re.Pattern
    ordinal_surah: re.Pattern
    quran_name: re.Pattern
    quran_after: re.Pattern
    lower_article: re.Pattern
    chapter_before: re.Pattern
    chapter_of: re.Pattern
    verse_ranges: frozenset[str]

    @classmethod
    def load(cls, directory: Path = DATA) -> "Lexicon":
        data = datafiles.read(directory / "scripture.yaml")
        surah_names = datafiles.read(directory / "surahs.yaml")
        quran, bible, hadith = data["quran"], data["bible"], data["hadith"]
        articles = set(quran["articles"])
        surahs: dict[str, int] = {}
        for number, names in surah_names.items():
            for name in names:
                surahs[name_key(name)] = int(number)
                first, _, rest = re.sub(r"['’ʿʾ`]", "", name).partition("-" if "-" in name else " ")
                if first.lower() in articles and rest:  # the article written before a sun letter or not
                    surahs.setdefault(name_key(rest), int(number))     # assimilated: Ash-Shu'ara, Al-Shu'ara
                    surahs.setdefault(name_key(f"al {rest}"), int(number))
        books: dict[str, tuple[str, bool]] = {}
        chapter_only_names: list[str] = []
        for canonical, entry in bible["books"].items():
            names = [canonical, *entry.get("names", [])]
            numbered = entry.get("numbered", [])
            only = bool(entry.get("chapter_only"))
            if not numbered or entry.get("unnumbered"):
                for name in names:
                    books[name_key(name)] = (canonical, only)
                if only:
                    chapter_only_names += [re.escape(canonical), *(re.escape(n) + r"\." for n in names[1:]),
                                           *(re.escape(n) for n in names[1:] if len(n) > 4)]
            for n in numbered:
                for ordinal in bible["ordinals"][n]:
                    for name in names:
                        books[name_key(f"{ordinal} {name}")] = (f"{n} {canonical}", only)
        collections: dict[str, tuple[str, bool, bool]] = {}
        variants: list[str] = []
        for canonical, entry in hadith["collections"].items():
            ambiguous = bool(entry.get("ambiguous"))
            for name in entry["full"]:
                collections[name_key(name)] = (canonical, True, False)
                variants.append(_flexible(name))
            for name in entry["short"]:
                collections.setdefault(name_key(name), (canonical, False, ambiguous))
                variants.append(_flexible(name))
        quran_names = alternation(map(_flexible, quran["names"]), escape=False)
        surah_words = alternation(map(_flexible, quran["surah_words"]), escape=False)
        verse_words = alternation(quran["verse_words"])
        # "verses 1 to 9", "verses 5 and 6": a second verse after a joining word, read only after a verse word
        joined = rf"\s+(?P<joint>{alternation(data['verse_ranges'] + data['verse_lists'])})\s+(?P<v3>\d{{1,3}})"
        verses = rf"(?P<v>\d{{1,3}})(?:\s?[-–]\s?(?P<v2>\d{{1,3}})|(?(word){joined}|(?!)))?(?![\w]|[:.,/]\d)"
        chapter_words = alternation(data["chapter_words"])
        return cls(
            surahs=surahs,
            books=books,
            collections=collections,
            chapters=int(quran["chapters"]),
            quran_before=re.compile(
                rf"(?<![\w])(?P<open>[\[({{]\s*)?(?:(?:the\s+)?(?P<kw>{quran_names})\.?\s*[,:]?\s*[\[(]?\s*)?"
                rf"(?P<surah>(?:{surah_words})\.?\s*)?$", re.IGNORECASE),
            surah_word=re.compile(rf"(?<![\w])(?:{surah_words})\b\.?\s*", re.IGNORECASE),
            verse_after=re.compile(rf"\s*[,:]?\s*(?:(?P<word>{verse_words})\s*)?{verses}", re.IGNORECASE),
            chapter_only=re.compile(
                rf"(?<![\w])(?:(?:[123]|I{{1,3}}|First|Second|Third)\s?)?(?:{alternation(chapter_only_names, escape=False)})"
                r"\s+(?P<ch>\d{1,3})\b(?!\s?[:.,]\s?\d|\s?%)"),
            hadith=re.compile(rf"(?<![\w'’-])(?:{alternation(variants, escape=False)})(?![\w'’])", re.IGNORECASE),
            cue_before=re.compile(
                rf"(?:{alternation(map(_flexible, hadith['cues']), escape=False)})\s+(?:imam\s+)?$", re.IGNORECASE),
            joiner=re.compile(
                rf"\s*(?:{alternation(hadith['joiners'])})\s*$", re.IGNORECASE),
            hadith_number=re.compile(
                r"\s*,?\s*(?P<open>\(\s*)?(?P<ref>(?:vol(?:ume)?\.?\s*\d+\s*,\s*)?(?:book\s*\d+\s*,\s*)?"
                rf"(?:(?:{alternation(hadith['number_words'])})\s*)?\d{{1,5}})"
                r"(?(open)\s*\))(?![\w]|[:.,/]\d)", re.IGNORECASE),
            numbered_word=re.compile(rf"(?:{alternation(hadith['number_words'])})\s*\d", re.IGNORECASE),
            verse_worded=re.compile(rf"(?<![\w])(?P<word>{verse_words})\s*{verses}", re.IGNORECASE),
            chapter_worded=re.compile(rf"(?<![\w])(?:{chapter_words})\s*(?P<ch>\d{{1,3}})\b(?![:.,/]\d)", re.IGNORECASE),
            ordinal_surah=re.compile(
                rf"(?<![\w])(?P<n>\d{{1,3}})(?:{alternation(data['ordinal_suffixes'])})\s+"
                rf"(?:(?:{surah_words})|(?:{chapter_words})\s+of\s+the\s+(?:{quran_names}))\b", re.IGNORECASE),
            quran_name=re.compile(rf"(?<![\w'’])(?:the\s+)?(?:{quran_names})$", re.IGNORECASE),
            quran_after=re.compile(rf"(?:{quran_names})\b", re.IGNORECASE),
            lower_article=re.compile(rf"(?:{alternation(sorted(articles))})-\W?[A-Z]"),
            chapter_before=re.compile(rf"(?:(?:{chapter_words})\s*)?(?<![\w:.])(?P<ch>\d{{1,3}})$", re.IGNORECASE),
            chapter_of=re.compile(
                rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(bible['introducers'])})\s+(?:the\s+)?)?", re.IGNORECASE),
            verse_ranges=frozenset(data["verse_ranges"]),
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


@lru_cache(maxsize=1)
def rabbinic() -> tuple[dict[str, str], re.Pattern]:
    """Tractate spellings -> canonical name, and the pattern of a Mishnah or Talmud reference: the work's name
    (optional), a capitalised tractate, then chapter:mishnah or a folio with its side ("8b")."""
    data = datafiles.read(DATA / "scripture.yaml")["rabbinic"]
    names = {name_key(n): canonical for canonical, others in data["tractates"].items() for n in [canonical, *others]}
    tractates = alternation(sorted({n for canonical, others in data["tractates"].items() for n in [canonical, *others]}))
    return names, re.compile(
        rf"(?<![\w.])(?:(?P<mishnah>{alternation(data['mishnah_names'])})\s+|(?P<talmud>{alternation(data['talmud_names'])})\s+)?"
        rf"(?P<tractate>{tractates})\s+(?:(?P<ch>\d{{1,2}}):(?P<m>\d{{1,2}})|(?P<folio>\d{{1,3}}[ab]))(?![\w:]|[.,]\d)")


def _name_before(text: str, end: int, table: dict, words: int = 5) -> tuple[Optional[object], int]:
    """The longest name in `table` that ends at `end`: (value, start) or (None, end)."""
    window_start = max(0, end - 60, text.rfind("\n", 0, end) + 1)
    window = text[window_start:end]
    found = list(WORD.finditer(window))
    if not found or found[-1].end() != len(window):
        return None, end
    for k in range(min(words, len(found)), 0, -1):
        candidate = window[found[-k].start():]
        if NOT_IN_NAME.search(candidate):
            continue
        value = table.get(name_key(candidate))
        if value is not None:
            return value, window_start + found[-k].start()
    return None, end


def _name_after(text: str, start: int, table: dict, words: int = 5) -> tuple[Optional[object], int]:
    """The longest name in `table` that starts at `start`: (value, end) or (None, start)."""
    line_end = text.find("\n", start)
    window = text[start:min(start + 60, line_end if line_end >= 0 else len(text))]
    found = list(WORD.finditer(window))
    if not found or found[0].start() != 0:
        return None, start
    for k in range(min(words, len(found)), 0, -1):
        candidate = window[:found[k - 1].end()].rstrip(".")
        if NOT_IN_NAME.search(candidate):
            continue
        value = table.get(name_key(candidate))
        if value is not None:
            return value, start + len(candidate)
    return None, start


def _verses(v: Optional[str], v2: Optional[str]) -> str:
    return f"{int(v)}-{int(v2)}" if v2 else str(int(v))


def _before_comma(text: str, start: int) -> int:
    """Where the words before `start` end, a comma and spaces set aside: "Quraish, verses" -> after "Quraish"."""
    before = text[:start].rstrip()
    return len(before[:-1].rstrip() if before.endswith(",") else before)


def _joined(m: re.Match) -> str:
    """The verses a match names: "5", "5-6" (a dash, a range word, or a list of two verses that follow each other:
    "verses 5 and 6"), "3,7" (two verses apart)."""
    if m.group("v2") or not m.groupdict().get("v3"):
        return _verses(m.group("v"), m.group("v2"))
    first, second = int(m.group("v")), int(m.group("v3"))
    if m.group("joint").lower() in lexicon().verse_ranges or second == first + 1:
        return f"{first}-{second}"
    return f"{first},{second}"


def _enclosed(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to the brackets around it when they enclose exactly it, or to the
    bracket that closes one opened inside it: "Qur'an (9:5)"."""
    inside = text[start:end]
    if end < len(text) and any(inside.count(o) > inside.count(c) and text[end] == c for o, c in CLOSERS.items()):
        return start, end + 1
    before = start - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    if before >= 0 and after < len(text) and CLOSERS.get(text[before]) == text[after]:
        return before, after + 1
    return start, end


QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


def _same_sentence(text: str, start: int, end: int) -> bool:
    """No sentence ends between `start` and `end`, full stops inside quoted words set aside."""
    return SENTENCE_END.search(QUOTED.sub('""', text[start:end])) is None


@Language.factory("scripture", assigns=["doc._.dl"])
def make_scripture(nlp: Language, name: str):
    return Scripture()


class Scripture:
    """Finds scripture references and records their work and reference."""

    def __init__(self) -> None:
        self.lex = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        text = document_text(doc)  # spaCy rebuilds `doc.text` from every token on each access
        for start, end, work, reference in self.find(text):
            dl.scripture.append(ScriptureRecord(
                id=dl.new_id("s"), text=text[start:end], start=start, end=end,
                work=work, reference=reference))
        return doc

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, work, reference) of every reference in `text`, in order (the quotes component
        asks too: a verse quoted in marks has the scripture as source, not a speaker)."""
        found: list[tuple[int, int, str, str]] = []
        for finder in (self._chapter_verse, self._verse_worded, self._chapter_worded, self._ordinal_surah,
                       self._surah_named, self._colon_verse, self._comma_verse, self._bible_chapter, self._hadith, self._rabbinic):
            for start, end, work, reference in finder(text):
                if not any(s < end and start < e for s, e, _, _ in found):
                    found.append((start, end, work, reference))
        return self._bare_bracketed(text, sorted(found))

    def _bare_bracketed(self, text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A chapter and verse alone in brackets ("(2:156)") cite the Quran when a surah of that chapter was cited
        earlier in the paragraph, as sermons cite a verse after quoting it; a surah named without a verse earlier in
        the same sentence is then only the name of the verse cited ("Allah describes them in Surat al-Insan as those
        who "..." (76:8)"), not a reference of its own."""
        added, named_only = [], set()
        for m in BRACKETED_VERSE.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if any(s < m.end() and start < e for s, e, _, _ in found):
                continue
            chapter = int(m.group("ch"))
            paragraph = text.rfind("\n", 0, start) + 1
            earlier = [f for f in found if paragraph <= f[0] and f[1] <= start and f[2] == "Quran"
                       and f[3].partition(":")[0] == str(chapter)]
            if not earlier:
                continue
            added.append((start, m.end(), "Quran", f"{chapter}:{_verses(m.group('v'), m.group('v2'))}"))
            if ":" not in earlier[-1][3] and _same_sentence(text, earlier[-1][1], start):
                named_only.add(earlier[-1])
        return sorted([f for f in found if f not in named_only] + added)

    def _quran_prefix(self, text: str, start: int) -> tuple[int, bool]:
        """Where "[TMQ Surah " before `start` begins, and whether it names the Quran."""
        line_start = text.rfind("\n", 0, start) + 1
        window_start = max(line_start, start - 40)
        m = self.lex.quran_before.search(text, window_start, start)
        if m is None or m.start() == m.end():
            return start, False
        if m.group("kw"):
            return m.start("kw"), True
        if m.group("surah"):
            return m.start("surah"), True
        return start, False

    def _chapter_verse(self, text: str):
        """"Quran 2:191", "Surah Al-Anfal 8:57", "(Al-Israa 17-1)", "Matthew 5:9"."""
        lex = self.lex
        for m in CHAPTER_VERSE.finditer(text):
            chapter, sep = int(m.group("ch")), m.group("sep")
            name_end = len(text[:m.start()].rstrip(" ,"))
            surah, surah_start = _name_before(text, name_end, lex.surahs)
            if surah is not None and surah == chapter:
                begin, _ = self._quran_prefix(text, surah_start)
                start, end = _enclosed(text, begin, m.end())
                yield start, end, "Quran", f"{chapter}:{_verses(m.group('v'), m.group('v2'))}"
                continue
            book, book_start = _name_before(text, name_end, lex.books)
            if book is not None and sep in ":." and (text[book_start].isupper() or text[book_start].isdigit()):
                start, end = _enclosed(text, book_start, m.end())
                yield start, end, "Bible", f"{book[0]} {chapter}:{_verses(m.group('v'), m.group('v2'))}"
                continue
            begin, quranic = self._quran_prefix(text, m.start())
            if quranic and 1 <= chapter <= lex.chapters:
                start, end = _enclosed(text, begin, m.end())
                yield start, end, "Quran", f"{chapter}:{_verses(m.group('v'), m.group('v2'))}"

    def _verse_worded(self, text: str):
        """Verses named with a verse word: after a surah's name ("(Quraish, verses 3 and 4)", "Alam Nashrah, ayat
        5-6"), after a book and chapter ("(Luke 13, verses 1 to 9)", "Matthew, chapter 5, verse 3") or the Quran and
        a chapter ("the Quran, chapter 94, verses 5 and 6"), or before the surah they are of ("verse 5 of Surah
        al-Inshirah")."""
        lex = self.lex
        for m in lex.verse_worded.finditer(text):
            verses = _joined(m)
            of = self._surah_after_of(text, m.end())
            if of is not None:
                yield (*_enclosed(text, m.start(), of[1]), "Quran", f"{of[0]}:{verses}")
                continue
            before = text[:_before_comma(text, m.start())]
            surah, start = _name_before(text, len(before), lex.surahs)
            if surah is not None and self._capitalised(text, start):
                begin, _ = self._quran_prefix(text, start)
                yield (*_enclosed(text, begin, m.end()), "Quran", f"{surah}:{verses}")
                continue
            numbered = lex.chapter_before.search(before)
            if numbered is None:
                continue
            named = self._named_chapter(text, len(before[:numbered.start()].rstrip(" ,")), int(numbered.group("ch")))
            if named is not None:
                start, work, reference = named
                yield (*_enclosed(text, start, m.end()), work, f"{reference}:{verses}")

    def _named_chapter(self, text: str, name_end: int, chapter: int) -> Optional[tuple[int, str, str]]:
        """(start, work, reference) of a book or the Quran named right before `name_end` with `chapter`: "Luke" 13 ->
        Luke 13, "the Quran" 94 -> 94; None when neither is named there."""
        book, start = _name_before(text, name_end, self.lex.books)
        if book is not None and (text[start].isupper() or text[start].isdigit()):
            return start, "Bible", f"{book[0]} {chapter}"
        quran = self.lex.quran_name.search(text, max(0, name_end - 20), name_end)
        if quran is not None and 1 <= chapter <= self.lex.chapters:
            return quran.start(), "Quran", str(chapter)
        return None

    def _surah_after_of(self, text: str, end: int) -> Optional[tuple[int, int]]:
        """(surah, end) of "of Surah al-Inshirah", "of Surat 94", "of al-Baqara" right after `end`, else None."""
        of = re.match(r"\s+of\s+(?:the\s+)?", text[end:end + 12])
        if of is None:
            return None
        start = end + of.end()
        word = self.lex.surah_word.match(text, start)
        named = word.end() if word else start
        surah, name_end = _name_after(text, named, self.lex.surahs)
        if surah is None and word:
            number = SURAH_NUMBER.match(text, named)
            if number is not None and 1 <= int(number.group("n")) <= self.lex.chapters:
                surah, name_end = int(number.group("n")), number.end()
        if surah is None or not (word or self._capitalised(text, named)):
            return None
        return surah, name_end

    def _capitalised(self, text: str, start: int) -> bool:
        """A name written as a name: a capital first, or after a lower-case article ("al-Baqara", "an-Nisāʾ")."""
        return text[start].isupper() or bool(self.lex.lower_article.match(text, start))

    def _chapter_worded(self, text: str):
        """A chapter named with a chapter word: "the Gospel of Matthew, chapter 5" (Matthew 5), "the Quran, chapter
        94", "chapter 58 of Isaiah", "chapter 12 of the Letter to the Romans"."""
        lex = self.lex
        for m in lex.chapter_worded.finditer(text):
            chapter = int(m.group("ch"))
            of = lex.chapter_of.match(text, m.end())
            named = self._named_chapter(text, _before_comma(text, m.start()), chapter)
            if named is not None and of is None:  # (a chapter "of" something is that thing's: "Mark, chapter 3 of the report")
                yield (*_enclosed(text, named[0], m.end()), named[1], named[2])
                continue
            if of is None:
                continue
            book, end = _name_after(text, of.end(), lex.books)
            quran = lex.quran_after.match(text, of.end())
            if book is not None and text[of.end()].isupper():
                yield (*_enclosed(text, m.start(), end), "Bible", f"{book[0]} {chapter}")
            elif quran is not None and 1 <= chapter <= lex.chapters:
                yield (*_enclosed(text, m.start(), quran.end()), "Quran", str(chapter))

    def _ordinal_surah(self, text: str):
        """"the 94th surah", "the 2nd chapter of the Quran": a surah by its place in the Quran."""
        for m in self.lex.ordinal_surah.finditer(text):
            if 1 <= int(m.group("n")) <= self.lex.chapters:
                yield m.start(), m.end(), "Quran", str(int(m.group("n")))

    def _surah_named(self, text: str):
        """"Surah Al-Anfal", "Surat al-Baqarah, verse 191", "Surah Yasin (36)", "Surah Al-Hujurat
        (49:13)", "Surah 8, verse 61"."""
        lex = self.lex
        for m in lex.surah_word.finditer(text):
            surah, name_end = _name_after(text, m.end(), lex.surahs)
            if surah is None:
                number = SURAH_NUMBER.match(text, m.end())
                if number is None or not 1 <= int(number.group("n")) <= lex.chapters:
                    continue
                surah, name_end = int(number.group("n")), number.end()
            begin, _ = self._quran_prefix(text, m.start())
            end, reference = name_end, str(surah)
            cited = BRACKETED_VERSE.match(text, name_end)
            if cited and int(cited.group("ch")) == surah:  # the name, then its number in brackets
                start, end = _enclosed(text, begin if begin < m.start() else m.start(), cited.end())
                yield start, end, "Quran", f"{surah}:{_verses(cited.group('v'), cited.group('v2'))}"
                continue
            verse = lex.verse_after.match(text, name_end)
            if verse and (verse.group("word") or int(verse.group("v")) != surah):
                end, reference = verse.end(), f"{surah}:{_joined(verse)}"
            elif verse:
                end = verse.end()
            start, end = _enclosed(text, begin if begin < m.start() else m.start(), end)
            yield start, end, "Quran", reference

    def _colon_verse(self, text: str):
        """"Al-Baqarah: 191": a surah name, a colon and a verse."""
        lex = self.lex
        for m in COLON_VERSE.finditer(text):
            surah, surah_start = _name_before(text, m.start(), lex.surahs)
            if surah is None:
                continue
            begin, _ = self._quran_prefix(text, surah_start)
            start, end = _enclosed(text, begin, m.end())
            yield start, end, "Quran", f"{surah}:{_verses(m.group('v'), m.group('v2'))}"

    def _comma_verse(self, text: str):
        """"(Matthew 5, 9)": a Bible book, chapter, comma, verse, alone in brackets (outside brackets
        a comma between numbers is a list or a thousands mark)."""
        for m in COMMA_VERSE.finditer(text):
            book, book_start = _name_before(text, len(text[:m.start()].rstrip()), self.lex.books)
            if book is None or not (text[book_start].isupper() or text[book_start].isdigit()):
                continue
            opener = text[:book_start].rstrip()[-1:]
            if opener not in CLOSERS:
                continue
            start, end = _enclosed(text, book_start, m.end())
            yield start, end, "Bible", f"{book[0]} {int(m.group('ch'))}:{_verses(m.group('v'), m.group('v2'))}"

    def _bible_chapter(self, text: str):
        """"Psalm 23", "Ps. 23": a book that is cited by chapter alone."""
        for m in self.lex.chapter_only.finditer(text):
            book = self.lex.books.get(name_key(text[m.start():m.start("ch")]))
            if book is None:
                continue
            start, end = _enclosed(text, m.start(), m.end())
            yield start, end, "Bible", f"{book[0]} {int(m.group('ch'))}"

    def _hadith(self, text: str):
        """"Sahih al-Bukhari 6924", "narrated by Muslim", "(Bukhari and Muslim)"."""
        lex = self.lex
        chained_end = -1
        for m in lex.hadith.finditer(text):
            entry = lex.collections.get(name_key(m.group()))
            if entry is None:
                continue
            canonical, full, ambiguous = entry
            number = lex.hadith_number.match(text, m.end())
            if not full:
                if ambiguous and not m.group()[0].isupper():
                    continue
                before = text[max(0, m.start() - 40):m.start()]
                chained = chained_end >= 0 and lex.joiner.fullmatch(text, chained_end, m.start())
                opened = before.rstrip().endswith(("(", "["))
                worded = number is not None and lex.numbered_word.match(number.group("ref")) is not None
                if not (chained or opened or lex.cue_before.search(before) or (number and (worded or not ambiguous))):
                    continue
            end = number.end() if number else m.end()
            reference = ""
            if number:
                reference = re.sub(r"^(?:hadith\s*(?:no\.)?|no\.|number|#)\s*", "", number.group("ref"),
                                   flags=re.IGNORECASE)
            chained_end = end
            start, end = _enclosed(text, m.start(), end)
            yield start, end, canonical, reference

    def _rabbinic(self, text: str):
        """"Mishnah Sanhedrin 4:5", "(Gittin 4:6)", "Pirkei Avot 1:18", "the Talmud (Bava Batra 8b)". A bare tractate
        with chapter:mishnah is the Mishnah only in brackets, after the work's name or by a name of two words or more,
        since "Shabbat 7:15" may be a time; a folio and side is the Babylonian Talmud's way of citing."""
        names, pattern = rabbinic()
        for m in pattern.finditer(text):
            tractate = names[name_key(m.group("tractate"))]
            start, end = _enclosed(text, m.start(), m.end())
            if m.group("folio"):
                if m.group("mishnah"):
                    continue
                yield start, end, "Babylonian Talmud", f"{tractate} {m.group('folio')}"
            elif m.group("mishnah") or (start < m.start() or len(m.group("tractate").split()) > 1) \
                    and not m.group("talmud"):
                yield start, end, "Mishnah", f"{tractate} {int(m.group('ch'))}:{int(m.group('m'))}"
