"""The `quotes` component: direct and indirect speech with speaker, cue and date.

Two sources of evidence meet here: quotation marks (`marks.pair`) and the grammar of
reported speech (`speech.frames`). A marked stretch is a direct quote when a cue claims
it (its content lies inside the marks, or a cue verb stands next to the marks) or when
it is a full clause of its own; a short marked stretch with no cue (a scare quote, a
quoted name) is not a quote. A frame whose content holds a marked stretch and more is a
mixed quote; one with no marks in it is indirect speech.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actors.turns import body_actor
from ..annotations import Annotations, annotations, document_text, tokens_where
from ..citations import note_citation
from ..citations.notes import marker_after, notes
from ..model import Cue, Mention, Quote
from ..timex import entry_day, entry_heads
from .claims import claim_day, claim_line, claim_lines, claim_speaker
from .marks import Marked, pair
from .speech import Frame, Lexicon, _anaphor, _names_words, _trim, antecedent, bare_object, frames, hollow, lexicon, relays
from .words import PRONOUNS, _definite, cue_words
from .speakers import (
    UNNAMED, WRITER, _agrees, _bare_title, _body_quoted_before, _bracketed_subject, _group, _joint, _local, _named, _named_before, _naming,
    _in_relative_clause, _kin_of, _national, _national_holder, _person, _person_in_apposition, _principal, _repeated_source, _salient,
    _set_off_source, _turn, _writers_clause,
)
from .dating import (
    _CALENDAR, _DAY, Said, _active, _ago, _carries_on, _cue_gap, _cut_from, _dates, _day, _document_day, _explicit, _finer,
    _goes_on, _held_day, _in_clause, _in_lead, _joined_report, _means, _modifies,
    _narrated, _occasion_day, _own_date, _parties, _past, _said_when, _same, _same_exchange, _scene_day, _sequenced,
    _shares_subject, _signature_day, _simple_past, _spoke_lately, _news_day, _when,
)
from .spans import (
    _QUOTE_BEFORE, _before_citation, _broke_off, _clause_before_colon, _colon_before, _content_end,
    _continued, _finite_clause, _fronted, _headline, _in_gap, _inside_quote, _interrupted, _introduced,
    _is_clause, _labelled, _nested, _only_marks_outside, _own_clause, _owned_clauses, _owned_words,
    Reports, _relative, _relative_start, _reopens, _reports_itself, _in_signature, _bracketed_speaker, _line_end, _signature, _signed, _within_paragraph, _without_aside,
)


ACT_AS_CUE = 0.25      # an act verb PolNeAR train marks a cue this often (its cue threshold) is read as a
                       # report of words; at 0.5 readouts lose 'thanked'/'discussed' quotes but PolNeAR dev
                       # drops 0.005 overlap F1 (README, "Quotes and citations")
NEAR = 6               # tokens between a quote's mark and a cue verb standing beside it
COLON_REACH = 24        # tokens back from a colon to the cue verb of the clause it ends
JOIN_CUE = 30           # tokens from a joined quote's first part to the cue verb in the gap
CITATION_GAP = 4        # words between a report and the bracketed source line closing its sentence
LEAD, SCENE = "lead", "scene"  # a day only the story's lead or a scene gives: the speaker's own days outweigh it
HELD = "held"  # the day of the occasion the document reports: a day the speaker was told to speak on lately outweighs it


@Language.factory("quotes", assigns=["doc._.dl"])
def make_quotes(nlp: Language, name: str):
    return Quotes(lexicon())


_BEFORE_REFERENCE = re.compile(r"[\s\"”’'.,;:—–-]*[(\[]?\s*")


def _title_case(words: list[Token]) -> bool:
    """Words written as a name or title: each capitalised but the short words a title leaves in lower case."""
    return bool(words) and words[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in cue_words("title_small_words") or not t.text[:1].isalpha() for t in words)


def _quoted_title(span: Span, words: list[Token]) -> bool:
    """'on CNN's “State of the Union”', 'a host of “The Five”': marked words in title case after a
    preposition or a possessive are the name of a show or a book, not words anyone said."""
    if len(words) < 2 or not _title_case(words):
        return False
    before = [t for t in span.doc[max(0, span.start - 3):span.start] if not t.is_space]
    while before and before[-1].is_punct and before[-1].text not in ("'s", "’s"):
        before.pop()  # the opening mark
    return bool(before) and (before[-1].dep_ == "prep" or before[-1].tag_ == "POS")


def _cited_verse(text: str, close: int, references) -> bool:
    """A quotation closed at `close` and followed right away by a scripture reference."""
    return any(start >= close and _BEFORE_REFERENCE.fullmatch(text, close, start) for start, _ in references)


_COLON_OPENING = re.compile(r":\s*[\"“‘']?\s*$")


def _verse_after_colon(text: str, content: tuple[int, int], references) -> bool:
    """'opened his sermon with Surat al-Fatiha (1:1-7): “...”', 'Quoting Matthew 5:9, she said: “...”': words a
    colon opens in a clause that gives a scripture reference (back to the sentence's start) are the verse."""
    before = text[max(0, content[0] - 4):content[0]]
    if not _COLON_OPENING.search(before):
        return False
    colon = text.rfind(":", 0, content[0])
    start = max(text.rfind(". ", 0, colon), text.rfind("\n", 0, colon)) + 1
    return any(start <= s and e <= colon for s, e in references)


_REFERENCE_THEN_VERSE = re.compile(r"[ \t]*(?:,|:|—|–|--?)?[ \t]*\(?[ \t]*[\"“‘']")


def _verse_after_reference(text: str, content: tuple[int, int], references) -> bool:
    """'read from Leviticus 19:16, “V”', 'preached on Hebrews 13:3 (“V”)', 'He read Psalm 133:1 — “V”': words
    quoted right after a scripture reference are its verse, whoever reads them."""
    return any(end <= content[0] and _REFERENCE_THEN_VERSE.fullmatch(text, end, content[0]) for _, end in references)


def _verse_of_reference(doc: Doc, content: tuple[int, int], references) -> bool:
    """'Luke 10:37 ends the parable with “V”', 'asked me to read Psalm 121 at the graveside, “V”': words in marks
    later in the sentence of a scripture reference that is a verb's subject, or the object of a verb of reading
    aloud (`cues.yaml: reciting`), in that verb's clause and with no other marks between, are that passage's
    words."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    sentence, text = span.sent, document_text(doc)
    for start, end in references:
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is None or not sentence.start_char <= start < end <= content[0] \
                or any(c in "\"“”«»" for c in text[end:content[0] - 1]):
            continue
        root, verb = words.root, words.root.head
        if not (root.dep_ == "nsubj" and verb.pos_ == "VERB"
                or root.dep_ == "dobj" and verb.lemma_.lower() in cue_words("reciting")):
            continue
        clause = {verb, verb.head} if verb.dep_ == "xcomp" else {verb}  # 'asked me to read Psalm 23, “V”'
        governing = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governing in clause or span.root.head == span.root:
            return True  # in the clause, or hung on nothing; not 'X cited Psalm 46 and told mourners that “C”'
    return False


def _verse_read_before(doc: Doc, content: tuple[int, int], references) -> bool:
    """'X read from 2 Chronicles 7:14 before the congregation. “V”': an uncued quotation opening the sentence right
    after one whose verb of reading aloud (`cues.yaml: reciting`) takes a scripture reference is the verse read."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or span.sent.start == 0 or doc[span.sent.start:span.start].text.strip("\"“‘' \n"):
        return False
    before = doc[span.sent.start - 1].sent
    for start, end in references:
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is None or not before.start_char <= start < before.end_char:
            continue
        verb = words.root.head.head if words.root.head.dep_ == "prep" else words.root.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in cue_words("reciting"):
            return True
    return False


class Quotes:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        text = document_text(doc)
        references = [(ref.start, ref.end) for ref in dl.scripture]  # the scripture component runs first
        marked = [m for m in pair(text) if m.depth == 0 and m.start < m.end]
        found = [f for f in self.attributions(doc, references) if not self._spurious(doc, dl, *f, marked=marked)]
        contents = [content for content, _, _ in found]
        last_actor: Optional[str] = None
        last_speaker: Optional[Mention] = None
        previous: Optional[Said] = None  # the quote before, as the rules that carry its day on need it
        dated = None  # the date of the last quote that a time phrase of its own (or its occasion) gave
        spoken_on: dict[str, tuple] = {}  # per speaker's actor, the last day the text told they spoke on, and where
        signer = None  # the speaker, day and line end of the last quote signed with a dash
        entries = entry_heads(text, dl.timexes)  # an update's or a post's head dates what is said under it
        for content, direct, frame in found:
            speaker = None
            if frame is not None and frame.source is None:
                frame = _set_off_source(doc, frame) or _bracketed_subject(doc, frame) or frame
            if frame is not None and frame.source is not None:
                speaker, last_actor = self._speaker(doc, dl, frame, last_actor)
            elif direct and last_speaker is not None:
                speaker = last_speaker
            scriptural = self._scriptural(doc, text, content, frame, references)
            told_by_scripture = speaker is not None and self._told_by_scripture(dl, frame, speaker, references)
            if scriptural or direct and told_by_scripture:
                speaker, scriptural = None, True
            elif told_by_scripture:  # 'The next ayah reminds us that C': the scripture speaks, no actor, no day
                speaker, scriptural = speaker.model_copy(update={"actor": None}), True
            elif speaker is not None and frame is not None and _named(frame, speaker):
                last_speaker = speaker
            citation = self._citation(text, dl, frame, contents)
            date, told, weak = self._date(doc, dl, content, frame, citation, contents, speaker, self.lex, dated, entries)
            if claim_line(doc.user_data.get("quotes.claims", []), frame):
                speaker = claim_speaker(dl, frame, speaker)
                date, told, weak = claim_day(doc, dl, frame, contents) or date, True, HELD
            dated = date if told else None
            if (not told or weak == SCENE) and _goes_on(text, previous, speaker, content):
                date = previous.date  # the day the speaker's words just before were dated beats the scene's
            elif not told and _carries_on(doc, dl, previous, frame.cue if frame is not None else None, content):
                date = previous.date  # the paragraph's day, told for the words before, carries on
            last = spoken_on.get(speaker.actor) if speaker is not None else None
            if last is not None and (weak == LEAD or (not told or weak == HELD)
                                     and _spoke_lately(doc, frame, last, content[0])):
                date, told = last[0], True  # the day the text told the speaker spoke on beats the lead's or the paper's
            elif told and weak not in (LEAD, HELD) and speaker is not None and speaker.actor is not None:
                spoken_on[speaker.actor] = (date, content[1])
            if _signed(text, frame):
                signer = (speaker, date, _line_end(text, frame.cue[0]))
            elif signer is not None and frame is not None and frame.cue[0] < signer[2]:
                speaker, date, told = self._under_signature(text, speaker, date, told, signer)
                dated = date if told else dated
            if not scriptural:
                previous = Said(speaker, date, told or previous is not None and date == previous.date, content[1],
                                frame.cue if frame is not None else None)
            dl.quotes.append(Quote(
                id=dl.new_id("q"), text=text[content[0]:content[1]], start=content[0], end=content[1],
                direct=direct, speaker=speaker,
                cue=Cue(text=text[frame.cue[0]:frame.cue[1]], start=frame.cue[0], end=frame.cue[1]) if frame else None,
                date=None if scriptural else date,
                citation=citation,
            ))
        return doc

    @staticmethod
    def _under_signature(text: str, speaker: Optional[Mention], date: Optional[str], told: bool, signer):
        """'— Jane Doe, resigning on Sunday. In her letter she said C': words reported later on a signature's
        line are the signer's ('he', 'she') and of the signature's day unless a day of their own is told."""
        if speaker is not None and signer[0] is not None and text[speaker.start:speaker.end].lower() in ("he", "she"):
            speaker = speaker.model_copy(update={"actor": signer[0].actor})
        if not told and signer[1] is not None:
            date, told = signer[1], True
        return speaker, date, told

    def _spurious(self, doc: Doc, dl: Annotations, content: tuple[int, int], direct: bool,
                  frame: Optional[Frame], marked=()) -> bool:
        """Not a report of what someone said: the headline (the writer's summary); the writer's own
        voice ('We call on all parties'; not the 'I told them C' a quoted speaker tells inside the `marked`
        stretches); a quoted name ('Israel'); a title in a note naming a source."""
        text = document_text(doc)
        title = dl.source.title
        if title and text.startswith(title) and content[0] < len(title) \
                and text[len(title):len(title) + 1] in ("\n", ""):
            return True
        head = frame.source_head if frame is not None else None
        if not direct and head is not None and head.lower_ in WRITER and _turn(dl, head.idx) is None \
                and not self._reported_within(doc, frame, marked):
            return True
        if not direct and frame is not None and head is None and _turn(dl, frame.cue[0]) is None \
                and _writers_clause(doc, frame):
            return True  # 'we stand ready to support any credible investigation': the writer's own stance
        if head is not None and dl.in_turn_label(head.idx) \
                and not claim_line(doc.user_data.get("quotes.claims", []), frame):
            # 'THE PRESIDENT: Thank you all': a turn's label, parsed as the subject, says nothing (looked up in the
            # offsets the labels cover, not by a scan of a briefing's hundreds of turns for every report)
            return True
        if any(start <= content[0] < end for start, end in notes(text).values()):
            return True  # a quoted title in a note that lists a source
        if frame is not None and not _signed(text, frame) and _in_signature(text, frame.cue[0]):
            return True
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        if not direct and hollow(span):
            return True
        if not direct and frame is not None and span.root.pos_ in ("NOUN", "PROPN", "PRON") \
                and self._audience(doc, frame, content):
            return True
        if not direct and (span.root.pos_ == "NOUN" and span.root.lemma_.lower() in cue_words("messages")
                           or _names_words(span.root) or _anaphor(span.root)) \
                and not any(t.pos_ in ("VERB", "AUX") for t in span):
            return True  # 'posted a short message of thanks', 'quoted Scripture', 'said the same on Friday': the
            # words' vessel or kind, or what the text told before, not words
        if not direct and frame is not None and self._source_recited(doc, dl, frame, span):
            return True
        words = [t for t in span if not t.is_punct and not t.is_space]
        if direct and frame is not None and _naming(doc, frame) and _title_case(words):
            return True  # 'a report titled "Nowhere Safe"': the marks hold a name the act gave, not words said
        if direct and words and all(t.pos_ == "PROPN" for t in words) and len(words) <= 3 \
                and words[0].ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC"):
            return True
        return direct and _quoted_title(span, words)

    @staticmethod
    def _source_recited(doc: Doc, dl: Annotations, frame: Frame, span: Span) -> bool:
        """'He quoted the Secretary of State, Marco Rubio, who ...', 'cited Psalm 122:6', 'read Romans 12:15 to
        us': the object of a verb of reciting (`cues.yaml: reciting`) that is a scripture reference or a person
        names whose words follow, and with no verb of its own holds none."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        if cue is None or cue.root.lemma_.lower() not in cue_words("reciting") \
                or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        if any(ref.start < span.end_char and span.start_char < ref.end for ref in dl.scripture):
            return True
        mention = dl.mention_at(span.start_char, span.end_char)
        return mention is not None and _person(dl, mention.actor)

    def _audience(self, doc: Doc, frame: Frame, content: tuple[int, int]) -> bool:
        """'“C,” Trump told a rally in Ohio': right after the quote it reports, the object of a verb of
        addressing (`cues.yaml: addressing`) is whom the words were said to, not what was said."""
        text = document_text(doc)
        if frame.source is None or not frame.source[1] <= frame.cue[0] <= content[0] \
                or text[frame.source[1]:frame.cue[0]].strip() \
                or not _QUOTE_BEFORE.search(text, max(0, frame.source[0] - 8), frame.source[0]):
            return False
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        return cue is not None and cue.root.lemma_.lower() in self.lex.addressing

    def _act(self, doc: Doc, frame: Frame) -> bool:
        """A verb that reports an act with no words in it ('thanked him for ...', 'discussed X',
        'demanded a ceasefire'), as against what it says was said ('agreed that C'); unless PolNeAR
        train marks the verb a cue often enough (`ACT_AS_CUE`): its convention counts them. Done by
        a pair or group ('The two ministers discussed X', 'They agreed to stay in contact') it is a
        meeting's act under either convention: no one of them is its source."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        lemma = cue.root.lemma_.lower() if cue is not None else ""
        if lemma not in self.lex.acts:
            return False
        span = doc.char_span(frame.content[0], frame.content[1], alignment_mode="expand")
        if span is None or span[0].text[:1] in "\"“'‘" or _finite_clause(span):
            return False
        return self.lex.learned.get(lemma, 0.0) < ACT_AS_CUE or _joint(frame.source_head, self.lex)

    def _bare(self, doc: Doc, frame: Frame) -> bool:
        """The frame's content is its cue's bare object, an act or a stance rather than words (`speech.bare_object`)."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        span = doc.char_span(frame.content[0], frame.content[1], alignment_mode="expand")
        return cue is not None and span is not None and bare_object(cue.root, span, self.lex)

    def _says(self, doc: Doc, frame: Frame) -> bool:
        """The frame's cue is a verb of saying beyond doubt ('said', not 'remember')."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        return cue is not None and self.lex.says(cue.root)

    def _no_words(self, doc: Doc, frame: Frame) -> bool:
        """No report at all: the writer's hedge 'X, it seems, did Y' (an appearance verb set in
        with an empty 'it'), which tells the writer's doubt, not anyone's words."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        verb = cue.root if cue is not None else None
        return verb is not None and verb.lemma_.lower() in self.lex.raising and verb.dep_ == "parataxis" \
            and frame.source_head is not None and frame.source_head.lower_ == "it"

    @staticmethod
    def _own_view(doc: Doc, frame: Frame) -> bool:
        """'PRIYA: ..., which I think said everything': in a transcript's turn, 'I' or 'we' with a verb of believing
        or promising (`cues.yaml: own_views`) is the turn's speaker giving a view as they speak, not words reported;
        set aside before nesting, so 'I remember you said C' still reports C as the other's. An intention the verb
        takes as an infinitive is told, not a view ('A: I expect to announce it soon'). So is a verb of saying under
        a modal of the moment (`cues.yaml: speaking_now`: 'I would remind you that C', 'I should say that C', 'I
        would ask the Government to C'): the turn's own words as they are spoken, where 'we urge both sides to C' or
        'I told him C' report a stance or an exchange."""
        head = frame.source_head
        if head is None or head.lower_ not in ("i", "we") or _turn(annotations(doc), frame.cue[0]) is None:
            return False
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        if cue is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in cue_words("speaking_now") for c in cue.root.children):
            return True
        return cue.root.lemma_.lower() in cue_words("own_views") and not any(c.dep_ == "xcomp" for c in cue.root.children)

    @staticmethod
    def _addressed(doc: Doc, frame: Frame) -> bool:
        """'Asked whether C, X answered': a participle of saying with no subject of its own tells what
        was put to the subject of the clause it hangs on, by someone the text does not name: a
        report with no speaker (with 'by Y', Y is its speaker)."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        verb = cue.root if cue is not None else None
        return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children)  # ('Asked by X': X asks)

    def _scriptural(self, doc: Doc, text: str, content: tuple[int, int], frame: Optional[Frame], references) -> bool:
        """A verse quoted with its reference right after it ('“...” [Quran 2:185]'), after a colon or a reference
        that cites it, or read aloud right after one: its source is the scripture, no speaker (a scripture that
        speaks in the quote's own frame is `_told_by_scripture`)."""
        reported = frame is not None and frame.source is not None and frame.source_head is not None \
            and frame.source_head.pos_ == "PROPN" and not self._quoted(text, content)
        for start, _ in references:
            if start >= content[1] and _BEFORE_REFERENCE.fullmatch(text, content[1], start) and not reported:
                return True  # (not 'the Prophet said that C (Sahih Muslim 2586)': a named speaker's words)
        if _verse_after_colon(text, content, references) or _verse_after_reference(text, content, references) \
                or self._quoted(text, content) and _verse_of_reference(doc, content, references):
            return True
        if frame is None and _verse_read_before(doc, content, references):
            return True
        return False

    def _told_by_scripture(self, dl: Annotations, frame: Frame, speaker: Mention, references) -> bool:
        """Words a scripture or a figure of scripture tells: a source that holds a reference ('The next ayah,
        Al-Hujurat: 10, reminds us'), a scripture noun ('the same chapter continues'), a figure ('The Prophet ﷺ
        said', `cues.yaml: scripture_figures`), or a pronoun that stands for one. In marks they are a verse or a
        hadith quoted, with no speaker; told in indirect speech the scripture or figure speaks, with no actor."""
        if frame is None or frame.source is None:
            return False
        if any(s < frame.source[1] and frame.source[0] < e for s, e in references):
            return True
        head, figures = frame.source_head, cue_words("scripture_figures")
        if head is not None and (head.lemma_.lower() in self.lex.scripture_nouns or head.lower_ in figures):
            return True
        actor = dl.actors.get(speaker.actor) if speaker.actor is not None and _local(speaker.actor) else None
        words = set(re.findall(r"[a-z]+", actor.name.lower())) - {"the"} if actor is not None else set()
        return bool(words) and words <= figures

    @staticmethod
    def _quoted(text: str, content: tuple[int, int]) -> bool:
        """Whether the content quotes words in quotation marks (a verse quoted, not a saying reported)."""
        return any(m in text[max(0, content[0] - 2):content[1]] for m in "\"“”")

    def attributions(self, doc: Doc, references=()) -> list[tuple[tuple[int, int], bool, Optional[Frame]]]:
        """(content span, direct?, frame) for each quote, in text order; `references` are the
        scripture references' (start, end), which end the content before them."""
        text = document_text(doc)  # read once: each call looks up the annotations again
        marked, gaps = self._joined(doc, [m for m in pair(text) if m.depth == 0 and m.start < m.end], references)
        found: dict[tuple[int, int], tuple[bool, Optional[Frame]]] = {}
        claimed: set[int] = set()
        every = frames(doc, self.lex)
        # the turn's own 'I' or 'we' of a view, with any verb it also heads ('I would ask the Government to propose C')
        own = {f.source_head.i for f in every if self._own_view(doc, f)}
        spoken = [replace(f, source=None, source_head=None) if self._addressed(doc, f) else f
                  for f in every if not self._act(doc, f) and not self._no_words(doc, f)
                  and not (f.source_head is not None and f.source_head.i in own) and not self._bare(doc, f)] \
            + self._as_reports(doc) + self._estimates(doc) + _owned_clauses(doc)
        headline = _headline(doc)
        if headline is not None and not (_labelled(annotations(doc), headline) and any(
                f.source is not None and headline.content[0] <= f.cue[0] < headline.content[1] for f in spoken)):
            spoken = [headline] + [f for f in spoken if f.cue[0] >= headline.content[1] or f.cue[0] < headline.cue[0]]
        spoken = self._parallel(self._through_source(spoken, doc), doc)
        starts = [c.start for c in annotations(doc).citations] + [start for start, _ in references]
        cuts = [start for start in starts if text[start] in "(["]
        comments = cue_words("comments")
        claims = claim_lines(doc)
        doc.user_data["quotes.claims"] = claims
        for frame in claims:  # 'The claim (Trump): “C”': whole in marks, direct; else the line, marks inside
            inside = [m for m in marked if frame.content[0] <= m.open < frame.content[1]]
            whole = next((m for m in inside if m.open <= frame.content[0] and frame.content[1] <= m.close), None)
            claimed.update(m.open for m in inside)
            found[(whole.start, _content_end(text, whole)) if whole else frame.content] = (whole is not None, frame)
        reports = Reports(spoken)
        for frame in spoken:
            if any(c.content[0] <= frame.cue[0] < c.content[1] for c in claims):
                continue  # the claim line is the bracketed speaker's, not a report inside it
            if _inside_quote(frame.cue, marked, gaps) and self._reported_within(doc, frame, marked):
                content = _before_citation(text, _without_aside(doc, frame.content, frame, comments), cuts)
                if content[0] < content[1]:
                    found.setdefault(content, (False, frame))
                continue
            if _inside_quote(frame.cue, marked, gaps) or _nested(frame, reports) and not _relative(doc, frame) \
                    and not self._asked_within(doc, frame, spoken):
                continue
            content = _without_aside(doc, _within_paragraph(text, frame), frame, comments)
            if frame.source is not None and content[0] < frame.source[0] < frame.cue[1] < content[1] \
                    and _relative(doc, frame):  # 'whom Israel says it killed': the relative pronoun is the noun's
                content = (_relative_start(doc, frame, content), content[1])
            content, direct = _before_citation(text, content, cuts), False
            if content[0] >= content[1]:
                continue
            content = self._through_marks(doc, content, frame, marked, gaps)
            for m in marked:
                if m.end <= content[0] or m.start >= content[1] or _in_gap(content, m, gaps):
                    continue
                if m.open <= content[0] and content[1] <= m.close:
                    content, direct = (m.start, _content_end(text, m)), True
                    claimed.add(m.open)
                elif frame.source is not None and frame.cue[1] <= content[0] and self._says(doc, frame) \
                        and _colon_before(text, content[0], m.open):
                    # 'said C: “Q”': the clause and the quotation after its colon are two reports
                    claimed.add(m.open)
                    before = text[content[0]:m.open].rstrip()[:-1].rstrip()
                    found.setdefault((content[0], content[0] + len(before)), (False, frame))
                    content, direct = (m.start, _content_end(text, m)), True
                else:  # a mixed quote: the marked words are part of a larger content
                    claimed.add(m.open)
                    content = (min(content[0], m.open), max(content[1], m.close))
                    direct = _only_marks_outside(text, content, m)
                    if direct:
                        content = (m.start, _content_end(text, m))
                if direct and frame.source is None:
                    frame = self._beside(doc, m, gaps) or frame
            if content not in found:
                found[content] = (direct, frame)
        for m in marked:
            if m.open in claimed:
                continue
            frame = self._beside(doc, m, gaps)
            if frame is None and not _is_clause(doc, m) and not _cited_verse(text, m.close, references) \
                    and not _verse_of_reference(doc, (m.start, m.end), references):
                continue  # a verse is quoted whole, clause or not: '“Glory to God in the highest” (Luke 2:14)'
            content = (m.start, _content_end(text, m))
            if content not in found:
                found[content] = (True, frame)
        for m in pair(text):  # 'X said: “As Isaiah says, ‘V’ (Isaiah 56:7), ...”': the verse is its own
            if m.depth > 0 and m.start < m.end and _cited_verse(text, m.close, references):
                found.setdefault((m.start, _content_end(text, m)), (True, None))
        return _continued(text, sorted(found.items()))

    def _as_reports(self, doc: Doc) -> list[Frame]:
        """'As X reported on Monday, C' and 'C, as X said': the clause the `as` clause hangs on is what X
        says (the parser makes the report a bare adverbial, so no cue claims C); only for verbs that
        pass words on (`data/cues.yaml: as_reports`), not 'as X promised', 'as X feared'."""
        out = []
        verbs = cue_words("as_reports")
        for verb in tokens_where(doc, "DEP", "advcl".__eq__):
            if verb.dep_ != "advcl" or verb.lemma_.lower() not in verbs:
                continue  # the cheap tests first: most tokens fail them
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
                continue
            host, aside = verb.head, (verb.left_edge.i, verb.right_edge.i)
            if _reports_itself(self.lex, host):
                continue  # 'As we reported earlier, the Pentagon says C': the host reports its clause itself
            if aside[0] > host.i:
                first, last = host.left_edge.i, aside[0] - 1
            else:
                first, last = aside[1] + 1, host.right_edge.i
            content = _trim(doc, first, last)
            if content is None or content[0] >= content[1]:
                continue
            out.append(_verb_frame(verb, subject, content))
        return out

    def _estimates(self, doc: Doc) -> list[Frame]:
        """'The ministry put the toll at 41,118': a source giving a figure for a toll or count
        (`data/cues.yaml: estimates`; toll nouns from the quantities lexicon) with a verb that is
        no cue of its own; the content runs from the toll over its figures, not a time phrase after."""
        from ..quantities import lexicon as quantities_lexicon

        tolls, verbs, out = quantities_lexicon().toll_nouns, cue_words("estimates"), []
        for verb in tokens_where(doc, "LEMMA", lambda word: word.lower() in verbs):
            if verb.lemma_.lower() not in verbs:
                continue  # the cheap test first: most tokens fail it
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in tolls), None)
            at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            if subject is None or toll is None or at is None or self.lex.is_cue(verb):
                continue
            end = at.right_edge.i  # on over a second figure ('at 41,118 dead and 95,125 wounded'), not a date
            for child in (c for c in verb.children if c.i > end):
                if child.dep_ not in ("cc", "conj") or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
                    break
                end = child.right_edge.i
            content = _trim(doc, toll.left_edge.i, end)
            if content is not None:
                out.append(_verb_frame(verb, subject, content))
        return out

    def _through_source(self, spoken: list[Frame], doc: Doc) -> list[Frame]:
        """'X confirmed C, as reported by PTI': a speaker named with a verb of saying before a phrase
        that relays a report (cues.yaml `relaying`) says C himself; the phrase names where the writer read
        it, not a second speaker. 'According to Yahoo News, X said C' and 'X reports C, according to Y' stay
        the outer report's: PolNeAR marks them so (dev exact F1 and speaker accuracy fall otherwise)."""
        text = document_text(doc)
        cited = {c.start for c in annotations(doc).citations}
        dropped = set()
        for outer in spoken:
            if outer.cue[0] not in cited or tuple(text[outer.cue[0]:outer.cue[1]].lower().split()) not in self.lex.relaying:
                continue
            for inner in spoken:
                if inner is outer or inner.source is None or id(inner) in dropped or inner.cue[1] > outer.cue[0] \
                        or not outer.content[0] <= inner.source[0] < inner.cue[1] <= outer.content[1]:
                    continue
                verb = doc.char_span(inner.cue[0], inner.cue[1], alignment_mode="expand")
                if verb is None or verb.root.lemma_.lower() not in self.lex.speech:
                    continue
                dropped.add(id(outer))
                if inner.content[0] < outer.cue[0] < inner.content[1]:
                    end = outer.cue[0]
                    while end > inner.content[0] and text[end - 1] in " ,;":
                        end -= 1
                    inner.content = (inner.content[0], end)
                break
        return [f for f in spoken if id(f) not in dropped]

    def _parallel(self, spoken: list[Frame], doc: Doc) -> list[Frame]:
        """'X says C, while Y says D', 'X says C, and Y found D', 'Y says D; X says C': a report with its
        own speaker set beside another by a contrast, a coordination or a semicolon is no part of the
        other's content, which stops at it."""
        text = document_text(doc)
        # only a report whose source or cue starts inside the other's content can be set beside it: the reports
        # by that start, to take those of each content, in the order of `spoken` (a content only shrinks on the way,
        # or moves its start back to its cue)
        starts = sorted((min(f.source[0], f.cue[0]), k) for k, f in enumerate(spoken) if f.source is not None)
        keys = [start for start, _ in starts]
        for outer in spoken:
            first = bisect.bisect_left(keys, min(outer.content[0], outer.cue[1]))
            within = starts[first:bisect.bisect_left(keys, outer.content[1])]
            for inner in (spoken[k] for k in sorted(k for _, k in within)):
                if inner is outer or inner.source is None or outer.source is None \
                        or not outer.content[0] <= min(inner.source[0], inner.cue[0]) < max(inner.cue[1], inner.content[1]) <= outer.content[1]:
                    continue
                verb = doc.char_span(inner.cue[0], inner.cue[1], alignment_mode="expand")
                if verb is None:
                    continue
                verb = verb.root
                if verb.lemma_.lower() not in self.lex.speech:
                    continue
                clause = (verb.left_edge.idx, max(inner.content[1], inner.cue[1]))
                if clause[0] >= outer.cue[1] and (self._set_against(verb, outer)
                                                  or ";" in text[outer.cue[1]:clause[0]].rstrip()[-1:]):
                    end = clause[0]
                    while end > outer.content[0] and text[end - 1] in " ,;":
                        end -= 1
                    if end > outer.content[0]:
                        outer.content = (outer.content[0], end)
                elif clause[1] <= outer.source[0] and ";" in text[clause[1]:outer.source[0]]:
                    start = outer.cue[1]
                    while start < outer.content[1] and text[start] in " ,:":
                        start += 1
                    if start < outer.content[1]:
                        outer.content = (start, outer.content[1])
        return spoken

    def _set_against(self, verb: Token, outer: Frame) -> bool:
        """A report after what another reports, joined to it by a contrast ('while Y says') or as a
        clause of its own (', and Y said')."""
        if verb.head.i >= verb.i:
            return False
        if verb.dep_ == "conj" and verb.head.idx >= outer.content[0] and _own_clause(verb):
            return True
        return any(c.dep_ in ("mark", "cc") and c.lower_ in self.lex.contrasts and c.i < verb.i for c in verb.children)

    def _through_marks(self, doc: Doc, content: tuple[int, int], frame: Frame, marked: list[Marked],
                       gaps: list[tuple[int, int]]) -> tuple[int, int]:
        """'called X “very weak”': marked words right after a content, in its sentence and with no cue
        of their own, finish it (the parser often hangs them elsewhere)."""
        text = document_text(doc)
        if frame.cue[0] > content[0] or frame.sentence is None:
            return content
        for m in marked:
            if m.open >= content[1]:
                if not text[content[1]:m.open].strip() and m.close <= frame.sentence.end_char + 2 \
                        and self._beside(doc, m, gaps) is None:
                    return content[0], m.close
                break
        return content

    def _joined(self, doc: Doc, marked: list[Marked], references=()) -> tuple[list[Marked], list[tuple[int, int]]]:
        """Quotes interrupted by their cue ('“A,” he said. “B.”') joined into one; the gaps returned. A gap
        that gives a scripture reference ('“A”, citing Surah Al-Ma'idah (5:32): “V”') joins nothing: V is the verse."""
        out: list[Marked] = []
        gaps: list[tuple[int, int]] = []
        held: list[Marked] = []  # titles inside a cue clause ('X said on “Meet the Press.” “B”')
        text = document_text(doc)
        for m in marked:
            prev = out[-1] if out else None
            between = text[prev.close:m.open] if prev else ""
            if prev and _interrupted(text, prev, between) and self._has_cue(doc, prev.close, m.open) \
                    and not any(prev.close <= start < m.open for start, _ in references):
                if _reopens(between):
                    out[-1] = Marked(prev.open, prev.start, m.end, m.close, 0, prev.paragraphs + m.paragraphs - 1)
                    gaps.append((prev.close, m.open))
                    held.clear()
                else:
                    held.append(m)
                continue
            out.extend(held)
            held.clear()
            out.append(m)
        out.extend(held)
        return out, gaps

    def _has_cue(self, doc: Doc, start: int, end: int) -> bool:
        """A cue verb near the start of the gap: the clause naming who spoke the first part."""
        span = doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") and self.lex.is_cue(t) for t in span[:JOIN_CUE])

    def _beside(self, doc: Doc, m: Marked, gaps: list[tuple[int, int]] = ()) -> Optional[Frame]:
        """A cue verb in the gap of a joined quote ('“A,” he said. “B”'), right after the closing
        mark (', he said') or before the opening (he said: '...')."""
        signature = _signature(doc, m) or _bracketed_speaker(doc, m)
        if signature is not None:
            return signature
        for start, end in gaps:
            if m.open < start and end < m.close:
                gap = doc.char_span(start, end, alignment_mode="contract")
                for token in gap or ():
                    if token.pos_ in ("VERB", "AUX") and self.lex.is_cue(token):
                        return self._frame(doc, token, m, gaps)
        after = doc.char_span(m.close, len(document_text(doc)), alignment_mode="expand")
        if after is not None and _broke_off(document_text(doc), m):
            for token in after[:NEAR]:
                if token.is_sent_start and token.idx > m.close:
                    break
                if token.pos_ in ("VERB", "AUX") and self.lex.is_cue(token):
                    return self._frame(doc, token, m, gaps)
        before = doc.char_span(0, m.open, alignment_mode="expand")
        if before is not None and len(before):
            window = _lead_in(before)
            verb = window[-1].head if window and window[-1].lower_ == "as" else (window[-1] if window else None)
            if verb is not None and verb.dep_ == "relcl" and verb.pos_ == "VERB" and self.lex.is_cue(verb) \
                    and any(c.dep_ == "nsubj" for c in verb.children) and verb.i >= window[-1].i - 1 \
                    and not all(w[:1].isupper() for w in document_text(doc)[m.start:m.end].split()):  # (a nickname)
                return self._frame(doc, verb, m, gaps)  # 'a figure it called “A”', 'which X described as “A”'
            if window and window[-1].text in (":", ","):
                for token in reversed(window):
                    if token.pos_ in ("VERB", "AUX") and self.lex.is_cue(token):
                        return self._frame(doc, token, m, gaps)
                if window[-1].text == ":":
                    return _owned_words(doc, window[-1], m) or _introduced(doc, window[-1], m) \
                        or _clause_before_colon(doc, window[-1], m)
        return None

    def _frame(self, doc: Doc, verb: Token, m: Marked, gaps: list[tuple[int, int]] = ()) -> Frame:
        from .speech import _source_span, _subject

        subject = _subject(verb)
        frame = Frame(cue=(verb.idx, verb.idx + len(verb)), content=(m.start, m.end), sentence=verb.sent)
        if subject is not None and not _inside_quote((subject.idx, subject.idx + 1), [m], gaps):
            gap = next((g for g in gaps if m.open < g[0] <= subject.idx < g[1] < m.close), None)
            frame.source = _source_span(doc, subject, (m.open, m.close), verb, within=gap)
            frame.source_head = subject
        return frame

    def _speaker(self, doc: Doc, dl: Annotations, frame: Frame, last_actor: Optional[str]):
        start, end = frame.source
        head = frame.source_head
        noun = antecedent(head) if head is not None else None
        if noun is not None:  # 'The minister, who said C': the noun with its pronoun speaks
            start, head = noun.left_edge.idx, noun
        turn = _turn(dl, head.idx) if head is not None and head.lower_ in WRITER else None
        if turn is not None:  # 'MR. MILLER: ... we have urged both sides to step back': the turn's speaker, and a
            # 'we' the body a list of participants gives for the speaker ('INGRID SOLBERG: ... we will not')
            body = body_actor(dl, head.idx) if head.lower_ == "we" else None
            return Mention(text=document_text(doc)[start:end], start=start, end=end, actor=body or turn[2]), last_actor
        mention = dl.mention_at(start, noun.idx + len(noun) if noun is not None else end)
        if noun is None and head is not None and head.pos_ == "NOUN" and mention is not None and mention.start > head.idx:
            # "Iran's mission to the United Nations": the body the head belongs to, not one its modifier names;
            # nor a pronoun in a relative clause on it ('A caller who lost her home said'), which is the source
            mention = dl.mention_at(start, head.idx + len(head)) or (None if _in_relative_clause(doc, head, mention) else mention)
        elif noun is None and head is not None and head.pos_ == "PROPN" and mention is not None \
                and not mention.start <= head.idx < mention.end:
            # 'Josep Borrell, in a speech to the European Parliament, said': the name that heads it, not a longer one after
            mention = dl.mention_at(head.left_edge.idx, head.idx + len(head)) or mention
        if noun is None and mention is not None and _kin_of(head, mention):
            mention = None  # 'his youth pastor had asked him C': the pastor, whom no actor names, not 'his'
        appositive = _person_in_apposition(dl, head) if noun is None and head is not None else None
        mention = appositive or mention
        actor = _principal(doc, dl, mention) if mention is not None else None
        if head is not None and head.lower_ in ("he", "she"):
            salient = _salient(doc, dl, head, frame.content)
            if salient == UNNAMED:  # 'A reserve officer told us C. "D," he said': the officer, whom no actor names
                return Mention(text=document_text(doc)[start:end], start=start, end=end, actor=None), None
            # 'he' is no state, nor a person quoted as 'she' before
            actor = salient or (actor if _person(dl, actor) and _agrees(doc, dl, actor, head) else None)
        elif head is not None and head.lower_ == "it" and _body_quoted_before(doc, dl, head, actor) is not None:
            actor = _body_quoted_before(doc, dl, head, actor)  # 'X said C. Most, it said, D': X, not a name in C
        elif head is not None and (head.lower_ == "they" and self._after_group(head)
                                   or self._group_noun(head)):
            actor = _group(doc, dl, head) or actor
        elif head is not None and _definite(head) and appositive is None and _repeated_source(doc, dl, head) is not None:
            actor = _repeated_source(doc, dl, head).actor  # 'a GHF spokesperson said C. The spokesperson added D'
        elif head is not None and _definite(head) and appositive is None \
                and (actor is None or _local(actor) or _bare_title(head, start, end)):
            actor = _named_before(dl, head, start) or actor  # not 'the trade minister, X': the name says who
        elif head is not None and _definite(head) and not _person(dl, actor) and _national(dl, head, mention):
            actor = _national_holder(dl, head, mention, self.lex) or actor
        if actor is None and head is not None and (
                head.lower_ in PRONOUNS or head.lemma_.lower() in self.lex.source_nouns and _definite(head)):
            actor = last_actor
            if head.lower_ in ("he", "she") and not (_person(dl, actor) and _agrees(doc, dl, actor, head)):
                return Mention(text=document_text(doc)[start:end], start=start, end=end, actor=None), last_actor
        speaker = Mention(text=document_text(doc)[start:end], start=start, end=end, actor=actor)
        if actor is None and head is not None and head.pos_ in ("NOUN", "PROPN") \
                and head.lemma_.lower() not in self.lex.source_nouns:
            return speaker, None  # 'The joint statement said ... It said': a new speaker no actor stands for
        return speaker, actor or last_actor

    def _reported_within(self, doc: Doc, frame: Frame, marked: list[Marked]) -> bool:
        """'"My sister says the roads are closed," she wrote': someone of the speaker's own ('my sister', 'our
        imam'), or the speaker's own 'I' telling someone in a past exchange ('"I told them it was," she said';
        a verb of `addressing`, not 'I thought that C' or 'I notified X that C', which PolNeAR keeps as one
        report), saying a clause within the speaker's quoted words, reports it too (the quote still stands); not
        the speaker's own 'I say' of the moment, nor a third party the speaker relays ('the minister says C': PolNeAR's one
        report), nor words quoted within the quote ('She keeps saying ‘I will not resign’': one quote)."""
        head = frame.source_head
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        own = head is not None and (any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children)
                                    or head.lower_ == "i" and cue is not None and cue.root.tag_ == "VBD"
                                    and cue.root.lemma_.lower() in self.lex.addressing)
        if not own or frame.source is None:
            return False
        content = doc.char_span(*frame.content, alignment_mode="expand")
        inside = any(m.start <= frame.source[0] and frame.content[1] <= m.end for m in marked)
        quoted = any(mark in document_text(doc)[frame.cue[1]:frame.content[1] + 1] for mark in "\"‘’“”")
        return inside and not quoted and content is not None and self._says(doc, frame) \
            and any(t.pos_ in ("VERB", "AUX") for t in content)

    def _asked_within(self, doc: Doc, frame: Frame, spoken: list[Frame]) -> bool:
        """'She said the sisters had asked the families to stay inside': a question or request someone named put,
        told inside another's words, is a report of its own (the outer report still stands), when what was asked is a
        clause ('whether C', 'how C', 'X to C'), not a thing ('asked the ministry for the documents'). A verb of
        telling with an infinitive (`cues.yaml: bidding`: 'his doctor had told him to rest') is a request too."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        content = doc.char_span(*frame.content, alignment_mode="expand")
        head = frame.source_head
        if cue is None or content is None or head is None or head.pos_ not in ("NOUN", "PROPN") or head.lower_ in PRONOUNS:
            return False
        lemma = cue.root.lemma_.lower()
        bids = lemma in cue_words("bidding") and any(
            t.dep_ == "xcomp" and t.head == cue.root and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and not any(c.tag_ in ("WP", "WRB", "WDT") for c in t.children) for t in content)  # not 'told them what to say'
        if lemma not in self.lex.asking and not bids:
            return False
        clause = any(t.pos_ in ("VERB", "AUX") and (not content.start <= t.head.i < content.end or t.dep_ in ("xcomp", "ccomp"))
                     for t in content)
        return clause and not any(o.source is not None and o.source[0] <= frame.cue[0] < o.source[1] for o in spoken)

    def _group_noun(self, token: Token) -> bool:
        """'the two leaders', 'the leaders': the parties to a meeting."""
        return token.tag_ == "NNS" and _definite(token) and token.lemma_.lower() in self.lex.group_nouns

    def _after_group(self, pronoun: Token) -> bool:
        """'They' right after a sentence about a pair ('X and Y agreed ...', 'The leaders ...')."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return False
        previous = pronoun.doc[sentence.start - 1].sent
        subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (self._group_noun(subject) or any(c.dep_ == "conj" for c in subject.children))

    @staticmethod
    def _citation(text: str, dl: Annotations, frame: Optional[Frame], contents=()) -> Optional[str]:
        """The cited report on the cue or speaker, or a bracketed source line closing the sentence
        unless another report or clause stands between ('X says C, and a report found D (IPC, 18/03/2024)')."""
        if frame is None:
            return None
        spans = [frame.cue] + ([frame.source] if frame.source else [])
        noun = antecedent(frame.source_head) if frame.source_head is not None else None
        if noun is not None:  # 'its report of 6 September, which called for X': the report the pronoun stands for
            spans.append((noun.left_edge.idx, noun.idx + len(noun)))
        if frame.source_head is not None:  # 'X, quoted by Al Jazeera on Monday, said': where the words were read
            spans += [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in frame.source_head.children
                      if c.dep_ == "acl" and c.i > frame.source_head.i and relays(c)]
        for citation in dl.citations:
            if any(citation.start < e and s < citation.end for s, e in spans + _fronted(frame)):
                return citation.id
        for _, end in [frame.content] + spans:  # 'X estimated that C [1].', 'C, X said [1].': the report note 1 names
            number = marker_after(text, end)
            if number is not None and note_citation(text, dl, number) is not None:
                return note_citation(text, dl, number)
        head = frame.source_head
        if head is not None and head.pos_ == "NOUN" and _definite(head) and head.lemma_.lower() in cue_words("documents") \
                and any(c.lower_ == "same" for c in head.children):
            # 'The same assessment found C' after 'a February 2025 assessment by the World Bank': that report
            named = [c for c in dl.citations if c.end <= head.idx
                     and re.search(rf"\b{re.escape(head.lemma_.lower())}\b", c.text.lower())]
            if named:
                return named[-1].id
        if frame.sentence is not None:  # a source line in brackets closing the sentence
            for citation in dl.citations:
                if frame.sentence.start_char <= citation.start < frame.sentence.end_char and citation.text[:1] == "(" \
                        and len(text[max(e for _, e in spans + [frame.content]):citation.start].split()) <= CITATION_GAP \
                        and not any(frame.content[1] <= c[0] < citation.start for c in contents):
                    return citation.id
        return None

    @staticmethod
    def _date(doc: Doc, dl: Annotations, content, frame: Optional[Frame], citation: Optional[str],
              contents=(), speaker: Optional[Mention] = None, lex: Optional[Lexicon] = None,
              told_before: Optional[str] = None, entries: tuple = ((), ())
              ) -> tuple[Optional[str], bool, Optional[str]]:
        """When it was said, whether the text says so, and whether the day is only the lead's (LEAD: a day the
        speaker was quoted on since outweighs it) or a scene's (SCENE: the day of the speaker's words just before
        in the paragraph outweighs it): a date on the cue or in the cue's own
        clause ('said on Monday', 'On Monday, X said', 'X said a day after ...'), never one inside
        what anyone is reported to say ('said the plan Biden set out on 31 May'); else the cited
        report's; else, for a cue in the past tense, the date the paragraph's narration has reached
        when the speaker took part in it ('X met Y a day earlier. X said afterwards ...'); else the
        day the story was filed (its dateline's, which a syndicated copy keeps), else the published date."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand") if frame is not None else None
        verb = cue.root if cue is not None else None
        cited = next((c.date for c in dl.citations if c.id == citation and c.date and _CALENDAR.fullmatch(c.date)),
                     None) if citation else None
        if _signed(document_text(doc), frame):
            signed = _signature_day(doc, dl, frame.cue[0], told_before)
            if signed is not None:
                return signed, True, None
        if verb is not None and verb.idx in dl.clause_dates and _CALENDAR.fullmatch(dl.clause_dates[verb.idx][0]):
            return dl.clause_dates[verb.idx][0], True, None
        if verb is not None:
            sentence = frame.sentence or verb.sent
            inside = (content, *contents)
            gap = _cue_gap(document_text(doc), content, verb)
            dates = _explicit(doc, [t for t in _dates(dl, sentence.start_char, sentence.end_char)
                                    if _CALENDAR.fullmatch(t.value)  # no season ('this autumn'), no 'XX'
                                    and (gap[0] <= t.start < gap[1] or not any(c[0] <= t.start < c[1] for c in inside))])
            on_cue = [t for t in dates if _modifies(doc, t, verb) is not None or _cut_from(doc, t, verb, inside, lex)]
            means = _means(verb)
            own = [t for t in dates if _in_clause(doc, t, verb, content)
                   or _shares_subject(verb) and _in_clause(doc, t, verb.head, content)
                   and (t.end <= verb.head.idx or _active(verb) and _active(verb.head))
                   or means is not None and t.end <= verb.idx and _in_clause(doc, t, means, content)]
            if on_cue or own:  # a day before a longer span ('The plan for 2024, launched on 12 January, says')
                # a day written out beats a weekday beside it ('On the Wednesday before last, 15 January')
                timex = sorted(on_cue or own, key=lambda t: (not _DAY.match(t.value), not any(c.isdigit() for c in t.text)))[0]
                if told_before is not None and _DAY.match(told_before) and _same(timex.text):
                    return told_before, True, None  # 'X told the summit C. The same evening Y said D'
                return _ago(timex.text, dl.published) or _finer(_day(timex.value), cited), True, None
            joined = _joined_report(doc, verb, dates, lex)
            if joined is not None:
                return _day(joined.value), True, None
            when = _when(doc, dl, verb, dates) or _said_when(doc, verb, dates) \
                or _occasion_day(doc, dl, verb, content, contents) or _same_exchange(dl, verb, lex) \
                or _document_day(doc, dl, verb, contents)
            if when is not None:
                return when, True, None
        if cited is not None:
            return cited, True, None
        responds = verb is not None and verb.lemma_.lower() in cue_words("responses")
        if verb is not None and _past(verb) and speaker is not None and (speaker.actor is not None or responds) \
                and not _sequenced(verb, lex):
            parties = None if responds or _put_to_one_told_of(verb, lex) else _parties(doc, dl, speaker)
            told = _narrated(doc, dl, verb, contents, parties, lex)
            if told is not None:
                return told, True, None
            lead = _in_lead(doc, dl, verb, parties)
            if lead is not None:
                return lead, True, LEAD
        if verb is not None and speaker is not None and not _sequenced(verb, lex):
            asked = verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
            scene = _scene_day(doc, dl, verb.head if asked else verb, contents, lex, _parties(doc, dl, speaker))
            # ('Asked by X whether C, Y said D': X asked in the scene Y answered in)
            if scene is not None:
                return scene, True, SCENE
        if verb is not None and speaker is not None and _simple_past(verb) and not _sequenced(verb, lex):
            news = _news_day(doc, dl, verb, contents, lex)
            if news is not None:
                return news, True, None
            held = _held_day(doc, dl, contents)
            if held is not None:  # (the day the speaker was told to speak on outweighs the occasion's)
                return held, True, HELD
        written = dl.source.dateline.date if dl.source.dateline is not None else None
        if written and _DAY.fullmatch(written):
            return written, False, None
        entry = entry_day(entries, content[0])  # said in a post or an update: its day
        return entry or dl.published or _own_date(doc, dl, content[0]), False, None


def _lead_in(before) -> list[Token]:
    """The words just before a quote: its last NEAR, or after a colon the whole clause the colon
    ends ('X said in a statement on Monday: “...”'), back to the previous stop or line break."""
    tokens = list(before[-COLON_REACH:])
    while tokens and tokens[-1].is_space:
        tokens.pop()
    if not tokens or tokens[-1].text != ":":
        return [t for t in tokens if not t.is_space][-NEAR:]
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i].text in (".", "!", "?", ":") or "\n" in tokens[i].text + tokens[i].whitespace_:
            return [t for t in tokens[i + 1:] if not t.is_space]
    return [t for t in tokens if not t.is_space]


def _verb_frame(verb: Token, subject: Token, content: tuple[int, int]) -> Frame:
    """A report by a verb's subject (its whole phrase) of `content`."""
    return Frame(cue=(verb.idx, verb.idx + len(verb)), content=content,
                 source=(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)),
                 source_head=subject, sentence=verb.sent)


def _put_to_one_told_of(verb: Token, lex: Lexicon) -> bool:
    """'Dr X said on 30 October that C. I asked him whether D': a question or an answer put to 'him' or 'her'
    (`cues.yaml: scene_objects`), someone the paragraph has just told of, is part of the exchange the narration
    has reached, whoever puts it."""
    return verb.lemma_.lower() in lex.addressing and any(
        c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in cue_words("scene_objects") for c in verb.children)
