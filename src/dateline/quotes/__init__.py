"""The `quotes` component: direct and indirect speech with speaker, cue and date.

Two sources of evidence meet here: quotation marks (`marks.pair`) and the grammar of
reported speech (`speech.frames`). A marked stretch is a direct quote when a cue claims
it (its content lies inside the marks, or a cue verb stands next to the marks) or when
it is a full clause of its own; a short marked stretch with no cue (a scare quote, a
quoted name) is not a quote. A frame whose content holds a marked stretch and more is a
mixed quote; one with no marks in it is indirect speech.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import datafiles
from ..alternation import alternation
from ..annotations import Annotations, annotations, document_text
from ..timex import bare_night
from ..citations import note_citation
from ..citations.notes import marker_after, notes
from ..model import Cue, Mention, Quote
from .marks import Marked, pair
from .speech import _QUOTE_CHARS, Frame, Lexicon, _trim, antecedent, frames, lexicon, relative_pronoun, relays

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
WRITER = {"i", "we"}   # outside quotation marks, the writer speaking for themselves
ACT_AS_CUE = 0.25      # an act verb PolNeAR train marks a cue this often (its cue threshold) is read as a
                       # report of words; at 0.5 readouts lose 'thanked'/'discussed' quotes but PolNeAR dev
                       # drops 0.005 overlap F1 (README, "Quotes and citations")
MIN_UNCUED_WORDS = 6   # a marked stretch with no cue must be at least a clause this long
NEAR = 6               # tokens between a quote's mark and a cue verb standing beside it
COLON_REACH = 24        # tokens back from a colon to the cue verb of the clause it ends
JOIN_CUE = 30           # tokens from a joined quote's first part to the cue verb in the gap
CITATION_GAP = 4        # words between a report and the bracketed source line closing its sentence
JOIN_GAP = 250          # longest cue clause between two parts of one quote ("“A,” X said at ... . “B”")


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


class Quotes:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        text = document_text(doc)
        references = [(ref.start, ref.end) for ref in dl.scripture]  # the scripture component runs first
        found = [f for f in self.attributions(doc, references) if not self._spurious(doc, dl, *f)]
        contents = [content for content, _, _ in found]
        last_actor: Optional[str] = None
        last_speaker: Optional[Mention] = None
        previous = None  # the last quote's speaker, date, whether the text dated it, and end
        dated = None  # the date of the last quote that a time phrase of its own (or its occasion) gave
        for content, direct, frame in found:
            speaker = None
            if frame is not None and frame.source is None:
                frame = _set_off_source(doc, frame) or _bracketed_subject(doc, frame) or frame
            if frame is not None and frame.source is not None:
                speaker, last_actor = self._speaker(doc, dl, frame, last_actor)
            elif direct and last_speaker is not None:
                speaker = last_speaker
            scriptural = self._scriptural(text, content, frame, references)
            if scriptural:
                speaker = None
            elif speaker is not None and frame is not None and _named(frame, speaker):
                last_speaker = speaker
            citation = self._citation(text, dl, frame, contents)
            date, told = self._date(doc, dl, content, frame, citation, contents, speaker, self.lex, dated)
            dated = date if told else None
            if not told and _goes_on(text, previous, speaker, content):
                date = previous[1]
            if not scriptural:
                previous = (speaker, date, told or previous is not None and date == previous[1], content[1])
            dl.quotes.append(Quote(
                id=dl.new_id("q"), text=text[content[0]:content[1]], start=content[0], end=content[1],
                direct=direct, speaker=speaker,
                cue=Cue(text=text[frame.cue[0]:frame.cue[1]], start=frame.cue[0], end=frame.cue[1]) if frame else None,
                date=None if scriptural else date,
                citation=citation,
            ))
        return doc

    def _spurious(self, doc: Doc, dl: Annotations, content: tuple[int, int], direct: bool,
                  frame: Optional[Frame]) -> bool:
        """Not a report of what someone said: the headline (the writer's summary); the writer's own
        voice ('We call on all parties'); a quoted name ('Israel'); a title in a note naming a source."""
        text = document_text(doc)
        title = dl.source.title
        if title and text.startswith(title) and content[0] < len(title) \
                and text[len(title):len(title) + 1] in ("\n", ""):
            return True
        head = frame.source_head if frame is not None else None
        if not direct and head is not None and head.lower_ in WRITER and _turn(dl, head.idx) is None:
            return True
        if not direct and frame is not None and head is None and _turn(dl, frame.cue[0]) is None \
                and _writers_clause(doc, frame):
            return True  # 'we stand ready to support any credible investigation': the writer's own stance
        if head is not None and any(start <= head.idx < end for start, end, _ in dl.turns):
            return True  # 'THE PRESIDENT: Thank you all': a turn's label, parsed as the subject, says nothing
        if any(start <= content[0] < end for start, end in notes(text).values()):
            return True  # a quoted title in a note that lists a source
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        if not direct and frame is not None and span.root.pos_ in ("NOUN", "PROPN", "PRON") \
                and self._audience(doc, frame, content):
            return True
        if not direct and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in cue_words("messages") \
                and not any(t.pos_ in ("VERB", "AUX") for t in span):
            return True  # 'posted a short message of thanks', 'wrote a single line': the words' vessel, not words
        words = [t for t in span if not t.is_punct and not t.is_space]
        if direct and frame is not None and _naming(doc, frame) and _title_case(words):
            return True  # 'a report titled "Nowhere Safe"': the marks hold a name the act gave, not words said
        if direct and words and all(t.pos_ == "PROPN" for t in words) and len(words) <= 3 \
                and words[0].ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC"):
            return True
        return direct and _quoted_title(span, words)

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
    def _addressed(doc: Doc, frame: Frame) -> bool:
        """'Asked whether C, X answered': a participle of saying with no subject of its own tells what
        was put to the subject of the clause it hangs on, by someone the text does not name: a
        report with no speaker."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
        verb = cue.root if cue is not None else None
        return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)

    def _scriptural(self, text: str, content: tuple[int, int], frame: Optional[Frame], references) -> bool:
        """A verse quoted with its reference right after it ('“...” [Quran 2:185]') or said by a
        scripture ('the same chapter continues: “...”'): its source is the scripture, no speaker."""
        reported = frame is not None and frame.source is not None and frame.source_head is not None \
            and frame.source_head.pos_ == "PROPN" and not self._quoted(text, content)
        for start, _ in references:
            if start >= content[1] and _BEFORE_REFERENCE.fullmatch(text, content[1], start) and not reported:
                return True  # (not 'the Prophet said that C (Sahih Muslim 2586)': a named speaker's words)
        if frame is None or frame.source is None:
            return False
        if any(s < frame.source[1] and frame.source[0] < e for s, e in references):
            return True
        head = frame.source_head
        return head is not None and head.lemma_.lower() in self.lex.scripture_nouns

    @staticmethod
    def _quoted(text: str, content: tuple[int, int]) -> bool:
        """Whether the content quotes words in quotation marks (a verse quoted, not a saying reported)."""
        return any(m in text[max(0, content[0] - 2):content[1]] for m in "\"“”")

    def attributions(self, doc: Doc, references=()) -> list[tuple[tuple[int, int], bool, Optional[Frame]]]:
        """(content span, direct?, frame) for each quote, in text order; `references` are the
        scripture references' (start, end), which end the content before them."""
        text = document_text(doc)  # read once: each call looks up the annotations again
        marked, gaps = self._joined(doc, [m for m in pair(text) if m.depth == 0 and m.start < m.end])
        found: dict[tuple[int, int], tuple[bool, Optional[Frame]]] = {}
        claimed: set[int] = set()
        spoken = [replace(f, source=None, source_head=None) if self._addressed(doc, f) else f
                  for f in frames(doc, self.lex) if not self._act(doc, f) and not self._no_words(doc, f)] \
            + self._as_reports(doc) + self._estimates(doc) + _owned_clauses(doc)
        headline = _headline(doc)
        if headline is not None and not (_labelled(annotations(doc), headline) and any(
                f.source is not None and headline.content[0] <= f.cue[0] < headline.content[1] for f in spoken)):
            spoken = [headline] + [f for f in spoken if f.cue[0] >= headline.content[1] or f.cue[0] < headline.cue[0]]
        spoken = self._parallel(self._through_source(spoken, doc), doc)
        starts = [c.start for c in annotations(doc).citations] + [start for start, _ in references]
        cuts = [start for start in starts if text[start] in "(["]
        comments = cue_words("comments")
        for frame in spoken:
            if _inside_quote(frame.cue, marked, gaps) or _nested(frame, spoken) and not _relative(doc, frame):
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
            if frame is None and not _is_clause(doc, m) and not _cited_verse(text, m.close, references):
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
        for verb in doc:
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
        for verb in doc:
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
        for outer in spoken:
            for inner in spoken:
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

    def _joined(self, doc: Doc, marked: list[Marked]) -> tuple[list[Marked], list[tuple[int, int]]]:
        """Quotes interrupted by their cue ('“A,” he said. “B.”') joined into one; the gaps returned."""
        out: list[Marked] = []
        gaps: list[tuple[int, int]] = []
        held: list[Marked] = []  # titles inside a cue clause ('X said on “Meet the Press.” “B”')
        text = document_text(doc)
        for m in marked:
            prev = out[-1] if out else None
            between = text[prev.close:m.open] if prev else ""
            if prev and _interrupted(text, prev, between) and self._has_cue(doc, prev.close, m.open):
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
        if turn is not None:  # 'MR. MILLER: ... we have urged both sides to step back': the turn's speaker
            return Mention(text=document_text(doc)[start:end], start=start, end=end, actor=turn[2]), last_actor
        mention = dl.mention_at(start, noun.idx + len(noun) if noun is not None else end)
        if noun is None and head is not None and head.pos_ == "NOUN" and mention is not None and mention.start > head.idx:
            # "Iran's mission to the United Nations": the body the head belongs to, not one its modifier names
            mention = dl.mention_at(start, head.idx + len(head)) or mention
        elif noun is None and head is not None and head.pos_ == "PROPN" and mention is not None \
                and not mention.start <= head.idx < mention.end:
            # 'Josep Borrell, in a speech to the European Parliament, said': the name that heads it, not a longer one after
            mention = dl.mention_at(head.left_edge.idx, head.idx + len(head)) or mention
        appositive = _person_in_apposition(dl, head) if noun is None and head is not None else None
        mention = appositive or mention
        actor = _principal(doc, dl, mention) if mention is not None else None
        if head is not None and head.lower_ in ("he", "she"):
            actor = _salient(doc, dl, head, frame.content) or actor
        elif head is not None and (head.lower_ == "they" and self._after_group(head)
                                   or self._group_noun(head)):
            actor = _group(doc, dl, head) or actor
        elif head is not None and _definite(head) and appositive is None \
                and (actor is None or _local(actor) or _bare_title(head, start, end)):
            actor = _named_before(dl, head, start) or actor  # not 'the trade minister, X': the name says who
        elif head is not None and _definite(head) and not _person(dl, actor) and _national(dl, head, mention):
            actor = _national_holder(dl, head, mention, self.lex) or actor
        if actor is None and head is not None and (
                head.lower_ in PRONOUNS or head.lemma_.lower() in self.lex.source_nouns and _definite(head)):
            actor = last_actor
        speaker = Mention(text=document_text(doc)[start:end], start=start, end=end, actor=actor)
        if actor is None and head is not None and head.pos_ in ("NOUN", "PROPN") \
                and head.lemma_.lower() not in self.lex.source_nouns:
            return speaker, None  # 'The joint statement said ... It said': a new speaker no actor stands for
        return speaker, actor or last_actor

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
              told_before: Optional[str] = None) -> tuple[Optional[str], bool]:
        """When it was said, and whether the text says so: a date on the cue or in the cue's own
        clause ('said on Monday', 'On Monday, X said', 'X said a day after ...'), never one inside
        what anyone is reported to say ('said the plan Biden set out on 31 May'); else the cited
        report's; else, for a cue in the past tense, the date the paragraph's narration has reached
        when the speaker took part in it ('X met Y a day earlier. X said afterwards ...'); else the
        day the story was filed (its dateline's, which a syndicated copy keeps), else the published date."""
        cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand") if frame is not None else None
        verb = cue.root if cue is not None else None
        cited = next((c.date for c in dl.citations if c.id == citation and c.date), None) if citation else None
        if verb is not None and verb.idx in dl.clause_dates:
            return dl.clause_dates[verb.idx][0], True
        if verb is not None:
            sentence = frame.sentence or verb.sent
            inside = (content, *contents)
            gap = _cue_gap(document_text(doc), content, verb)
            dates = [t for t in _dates(dl, sentence.start_char, sentence.end_char)
                     if gap[0] <= t.start < gap[1] or not any(c[0] <= t.start < c[1] for c in inside)]
            on_cue = [t for t in dates if _modifies(doc, t, verb) is not None]
            own = [t for t in dates if _in_clause(doc, t, verb, content)
                   or _shares_subject(verb) and _in_clause(doc, t, verb.head, content)
                   and (t.end <= verb.head.idx or _active(verb) and _active(verb.head))]
            if on_cue or own:  # a day before a longer span ('The plan for 2024, launched on 12 January, says')
                timex = sorted(on_cue or own, key=lambda t: not _DAY.match(t.value))[0]
                if told_before is not None and _DAY.match(told_before) and _same(timex.text):
                    return told_before, True  # 'X told the summit C. The same evening Y said D'
                return _ago(timex.text, dl.published) or _finer(_day(timex.value), cited), True
            when = _when(doc, dl, verb, dates) or _said_when(doc, verb, dates) \
                or _occasion_day(doc, dl, verb, content, contents) or _same_exchange(dl, verb, lex)
            if when is not None:
                return when, True
        if cited is not None:
            return cited, True
        responds = verb is not None and verb.lemma_.lower() in cue_words("responses")
        if verb is not None and _past(verb) and speaker is not None and (speaker.actor is not None or responds) \
                and not _sequenced(verb, lex):
            parties = None if responds else _parties(doc, dl, speaker)
            told = _narrated(doc, dl, verb, contents, parties, lex) or _in_lead(doc, dl, verb, parties)
            if told is not None:
                return told, True
        written = dl.source.dateline.date if dl.source.dateline is not None else None
        if written and _DAY.fullmatch(written):
            return written, False
        return dl.published or _own_date(doc, dl, content[0]), False


HEAD_WORDS = 25  # a paragraph this short before the body may be the document's date line ("Issued on ...")


def _own_date(doc: Doc, dl: Annotations, before: int) -> Optional[str]:
    """The date of a document that came with none: a full date in a short line at its head, before
    the first paragraph of body text ('Issued on 18 Ramadan 1445'); else the last full date told
    before the quote, the reference its relative dates count from."""
    text = document_text(doc)
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if len(paragraph.split()) > HEAD_WORDS:
            break
        head = [t for t in _dates(dl, start, end) if _DAY.match(t.value)]
        if head:
            return _day(head[0].value)
        start = end + 1
    told = [t for t in _dates(dl, 0, before) if _DAY.match(t.value)]
    return _day(told[-1].value) if told else None


def _dates(dl: Annotations, start: int, end: int) -> list:
    """The calendar dates and times (not spans, sets or vague references, nor a bare "overnight") within
    [start, end)."""
    return [t for t in dl.timexes if start <= t.start and t.end <= end and t.type in ("DATE", "TIME")
            and t.value and t.value[:1].isdigit() and not bare_night(t)]


CLAUSE_BOUNDS = frozenset({"relcl", "ccomp", "csubj", "parataxis", "conj", "xcomp", "acl", "pcomp"})


def _in_clause(doc: Doc, timex, verb: Token, content: tuple[int, int]) -> bool:
    """A time phrase of the cue's own clause: right after the cue, before the content ('said on
    Friday he would run'), or hanging on the cue through no other clause ('On Monday, in Doha, X said';
    not 'X, which met on Monday, said', nor 'said the plan Biden set out on 31 May')."""
    if verb.idx + len(verb) <= timex.start and timex.end <= content[0] \
            and len(document_text(doc)[verb.idx + len(verb):timex.start].split()) <= 2:
        return True
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ not in CLAUSE_BOUNDS
        if _speakers_moment(token, verb) or _medium_moment(token, verb) or _issued_moment(token, verb):
            token = token.head
            continue
        if token.dep_ in CLAUSE_BOUNDS or token.dep_ == "advcl" and token.head.i != verb.i \
                and token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False
        token = token.head
    return False


def _speakers_moment(token: Token, verb: Token) -> bool:
    """'X, conceding defeat early that morning, said C': a participle set off by commas on the cue's
    subject tells what the speaker was doing as they spoke, so its time is the cue's."""
    subject = token.head
    return token.dep_ == "acl" and token.tag_ == "VBG" and subject.dep_ in ("nsubj", "nsubjpass") \
        and subject.head.i == verb.i and token.i > 0 and token.doc[token.i - 1].text == ","


def _medium_moment(token: Token, verb: Token) -> bool:
    """'In remarks broadcast on Thursday, X said C', 'said in an interview aired on Sunday', 'In a letter to the
    Council dated 24 January' (a participle the tagger may read as a past tense): a participle on the medium
    the words were given in, itself in a phrase on the cue, tells when they were given."""
    medium = token.head
    media = cue_words("media_nouns")
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") \
        and (medium.lemma_.lower() in media or medium.lower_ in media) \
        and medium.dep_ == "pobj" and medium.head.dep_ == "prep" and medium.head.head.i == verb.i


def _issued_moment(token: Token, verb: Token) -> bool:
    """'a ministry statement issued on 12 January accused X of C', 'The plan, launched in Geneva on 17 February,
    says C': a participle on a document that is the cue's subject tells when the document, and so its words,
    came out."""
    subject = token.head
    documents = cue_words("media_nouns") | cue_words("documents")
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and subject.dep_ in ("nsubj", "nsubjpass") \
        and subject.head.i == verb.i and subject.lemma_.lower() in documents


def _active(verb: Token) -> bool:
    """A verb in the active voice: its subject is who acted, so a time on it is the act's."""
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """'On Monday X stood before a map and told them C': a verb conjoined to the one before with no
    subject of its own is part of its clause, and takes a time phrase set before both, or one after the
    first when both are active ('went on radio on Monday and said C'; not 'were abducted on 7 October and
    were reported to be C')."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _past(verb: Token) -> bool:
    """A cue in the past tense ('said', 'had said'), which may tell of a day the text has moved to; not the
    present perfect ('has repeatedly said'), which tells of no day."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _parties(doc: Doc, dl: Annotations, speaker: Mention) -> set[str]:
    """The speaker's actor and those its phrase names it by ('the court's president, X', 'a Hamas
    official'): what the speaker is part of took part through them."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    start, end = speaker.start, speaker.end
    if span is not None:
        head = span.root.head if span.root.dep_ == "appos" else span.root
        start, end = min(start, head.left_edge.idx), max(end, head.right_edge.idx + len(head.right_edge))
    return {speaker.actor} | {m.actor for m in dl.mentions if start <= m.start and m.end <= end and m.actor
                              and document_text(doc)[m.start:m.end].lower() not in PRONOUNS}


def _sequenced(verb: Token, lex: Lexicon) -> bool:
    """A cue in a clause set before or after another event ('a day after Hamas said C'): said on a
    day of its own, not the one the narration has reached."""
    for token in (verb, *verb.ancestors):
        if token.dep_ in ("prep", "mark") and token.lower_ in lex.sequence_prepositions \
                or any(c.dep_ == "mark" and c.lower_ in lex.sequence_prepositions for c in token.children):
            return True
    return False


def _narrated(doc: Doc, dl: Annotations, verb: Token, contents, parties: Optional[set[str]],
              lex: Lexicon) -> Optional[str]:
    """The day the paragraph's narration has reached before the cue's sentence, if the speaker
    took part in it (`parties`; None for a reply, which follows what it answers whoever spoke): the last day set on the main verb of an earlier sentence of the paragraph, or
    of the paragraph before for a paragraph's first sentence ('On Friday the court ruled. Its
    president said ...'); not a day inside a quote, nor one after
    a phrase of another event, whose day it may be ('briefed him following the attack on Saturday')."""
    text = document_text(doc)
    sentence, cue = verb.sent, verb
    paragraph = text.rfind("\n", 0, sentence.start_char) + 1
    if not text[paragraph:sentence.start_char].strip():  # it opens its paragraph: the one before sets the scene
        paragraph = text.rfind("\n", 0, max(0, text[:paragraph].rstrip().rfind("\n"))) + 1
    found = None
    for t in _dates(dl, paragraph, sentence.start_char):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not _DAY.match(t.value) or any(c[0] <= t.start < c[1] for c in contents):
            continue
        root = span.root.sent.root
        verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if (verb.i == root.i or verb.dep_ in ("ccomp", "conj") and verb.head.i == root.i) and (
                span.end <= verb.i or not any(w.lower_ in lex.sequence_prepositions for w in doc[verb.i:span.start])):
            found = (t, span.root.sent)
    if found is None:
        return None
    t, told = found
    if parties is not None and not _reaction_after(doc, told, cue) and not any(m.actor in parties for m in dl.mentions if told.start_char <= m.start < told.end_char) \
            and not _spoke_at_meeting(told, cue):
        return None
    return _day(t.value)


def _reaction_after(doc: Doc, told: Span, cue: Token) -> bool:
    """Whether a sentence of the paragraph after the one that set the day, up to the cue's, opens with a phrase
    that follows on from it (`data/cues.yaml: following`): 'Within hours, Brussels said C. Von der Leyen said D'
    reacts on that day, whoever took part in it."""
    text = document_text(doc)
    if "\n" in text[told.end_char:cue.sent.start_char]:
        return False
    phrases = _following()
    for sentence in doc[told.end:cue.sent.end].sents:
        opening = text[sentence.start_char:(cue.idx if sentence.start == cue.sent.start else sentence.root.idx)]
        if phrases.search(opening.lower()):
            return True
    return False


@lru_cache(maxsize=None)
def _following() -> re.Pattern:
    """The phrases of `data/cues.yaml: following` as one pattern, longest first."""
    return re.compile(r"\b(?:%s)\b" % alternation(cue_words("following")))


def _spoke_at_meeting(told: Span, cue: Token) -> bool:
    """'The Security Council met on Tuesday ... The representative of France said C', 'Briefing the
    Council, X said C': a body's meeting told before is the occasion of what a delegate (`cues.yaml:
    delegates`) or one who addresses that body says after it, whether or not the body counts them."""
    if told.root.lemma_.lower() not in cue_words("convening"):
        return False
    body = next((c for c in told.root.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    if body is None:
        return False
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in cue_words("delegates") \
        or any(t.lower_ == body.lower_ and t.i != body.i for t in cue.sent)


def _when(doc: Doc, dl: Annotations, verb: Token, dates) -> Optional[str]:
    """'the plan Biden announced on 31 May, when he called on Hamas to accept it': a cue in a
    'when' clause was said on the date of the clause it hangs on."""
    if verb.dep_ not in ("advcl", "relcl") or not any(c.lower_ in ("when", "as") and c.dep_ == "advmod"
                                                    for c in verb.children):
        return None
    head = verb.head
    for t in dates:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and (head in span or head in (span.root.head, span.root.head.head)):
            return _day(t.value)
    return None


def _same_exchange(dl: Annotations, verb: Token, lex: Optional[Lexicon]) -> Optional[str]:
    """'"C," the judge told the lawyer, after the witness questioned D': a cue in a bare 'after' or 'before'
    clause (no span of time before it: not 'a day after') on another quote's cue was said in the same
    exchange, on that quote's day."""
    if lex is None or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in lex.sequence_prepositions), None)
    if mark is None or any(c.dep_ == "npadvmod" for c in (*mark.children, *verb.head.children)):
        return None
    head = verb.head
    return next((q.date for q in dl.quotes if q.cue is not None and q.cue.start <= head.idx < q.cue.end
                 and q.date and _DAY.fullmatch(q.date)), None)


def _same(text: str) -> bool:
    """'the same evening', 'that same day': a time told by the one before it, the day of the words quoted last."""
    return "same" in text.lower().split()


def _occasion_day(doc: Doc, dl: Annotations, verb: Token, content, contents=()) -> Optional[str]:
    """'Guterres told the Cairo summit C', 'In a post an hour after the meeting, X said C': a cue set at or
    against an occasion the text names definitely (`data/cues.yaml: occasions`) was said on that occasion's
    day: the day of the nearest sentence before that names it with a date or a dated report, else, for the
    occasion the story is about, the day its lead gives."""
    text = document_text(doc)
    occasions = cue_words("occasions")
    for token in verb.subtree:
        if token.lemma_.lower() not in occasions or token.pos_ != "NOUN" or not _definite(token) \
                or content[0] <= token.idx < content[1] or _to_verb(token, verb) is None:
            continue
        day = _day_named(doc, dl, token, contents)
        if day is not None:
            return day
        return _lead_day(doc, dl, verb.idx)
    return None


def _to_verb(token: Token, verb: Token) -> Optional[Token]:
    """The phrase on `verb` that holds `token` through adjuncts or as its object ('told the summit', 'in a post
    an hour after the meeting'), if it hangs on the verb so."""
    while token.head.i != token.i and (token.dep_ in ADJUNCT or token.dep_ in ("dobj", "dative", "acl")):
        if token.head.i == verb.i:
            return token
        token = token.head
    return None


def _day_named(doc: Doc, dl: Annotations, noun: Token, contents) -> Optional[str]:
    """The day of the nearest sentence before `noun`'s that names the same occasion with a day: a date in it
    or the date of a report it cites ('The Arab summit in Cairo endorsed the plan (Al Jazeera, 04/03/2025)')."""
    for sentence in _sentences_before(doc, noun.sent):
        if not any(t.lemma_.lower() == noun.lemma_.lower() for t in sentence):
            continue
        days = [_day(t.value) for t in _dates(dl, sentence.start_char, sentence.end_char)
                if _DAY.match(t.value) and not any(c[0] <= t.start < c[1] for c in contents)]
        days += [c.date for c in dl.citations if sentence.start_char <= c.start < sentence.end_char
                 and c.date and _DAY.fullmatch(c.date)]
        if days:
            return days[0]
    return None


def _lead(doc: Doc, dl: Annotations, before: int) -> Optional[tuple[str, int, int]]:
    """The day the story's lead gives its event, and the lead's span: the first day in the first paragraph of
    body text, when it is before the day of publication ('Zelensky came to Washington on Friday ...' in
    Saturday's paper)."""
    text = document_text(doc)
    start = 0
    for paragraph in text[:before].split("\n"):
        end = start + len(paragraph)
        if len(paragraph.split()) > HEAD_WORDS:
            days = [_day(t.value) for t in _dates(dl, start, end) if _DAY.match(t.value)]
            return (days[0], start, end) if days and dl.published and days[0] < dl.published else None
        start = end + 1
    return None


def _lead_day(doc: Doc, dl: Annotations, before: int) -> Optional[str]:
    lead = _lead(doc, dl, before)
    return lead[0] if lead is not None else None


def _in_lead(doc: Doc, dl: Annotations, verb: Token, parties: Optional[set[str]]) -> Optional[str]:
    """'Zelensky came to Washington on Friday ... a shouting match with Trump and Vance.' (Saturday's lead)
    ... 'the vice president told Zelensky C': a person the lead names as taking part in its event, speaking
    in the past after it with no time of their own, spoke on the lead's day."""
    lead = _lead(doc, dl, verb.idx)
    if lead is None or not parties or verb.idx < lead[2]:
        return None
    named = {m.actor for m in dl.mentions if lead[1] <= m.start < lead[2] and _person(dl, m.actor)
             and not _quoted_at(dl, m.start)}
    return lead[0] if parties & named else None


MARKS = "\"“”"


def _cue_gap(text: str, content: tuple[int, int], verb: Token) -> tuple[int, int]:
    """The stretch between the two parts of a quote joined over its cue ('"A," he said on Monday. "B"'),
    where the cue's own words, and its date, stand: from the mark closing the first part to the mark
    opening the next; empty when the cue stands outside the content."""
    if not content[0] < verb.idx < content[1]:
        return 0, 0
    before = max(text.rfind(m, content[0], verb.idx) for m in MARKS)
    after = [i for i in (text.find(m, verb.idx, content[1]) for m in MARKS) if i >= 0]
    return (before, min(after) if after else content[1]) if before >= 0 else (0, 0)


TEMPORAL = frozenset({"when", "while", "as"})


def _said_when(doc: Doc, verb: Token, dates) -> Optional[str]:
    """'"A," he said when we met in Copenhagen in early June': a time clause on the cue tells when it
    was said, and the date that hangs on that clause's verb dates the saying."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
               and any(w.lower_ in TEMPORAL and w.dep_ in ("advmod", "mark") and w.i < c.i for w in c.children)]
    for clause in clauses:
        for t in dates:
            if _modifies(doc, t, clause) is not None:
                return _day(t.value)
    return None


ADJUNCT = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "nummod", "compound", "amod", "det",
                     "quantmod", "nmod", "appos"})


def _modifies(doc: Doc, timex, verb: Token) -> Optional[Token]:
    """The adjunct of `verb` that holds the time phrase, if it hangs on the verb through adjuncts
    only ('said on Monday', 'said late on 20 August')."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.head.i != token.i and token.dep_ in ADJUNCT:
        if token.head.i == verb.i:
            return token
        token = token.head
    return None


def _set_off_source(doc: Doc, frame: Frame) -> Optional[Frame]:
    """'On Thursday Rik Peeperkorn, the agency's representative, said C': a cue left without a subject,
    right after a person's name and its apposition that the parser hung on a preposition; the name speaks."""
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    verb = cue.root if cue is not None else None
    if verb is None or verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    apposition = doc[verb.i - 2]
    while apposition.dep_ != "appos" and apposition.head.i != apposition.i and apposition.head.i < verb.i:
        apposition = apposition.head
    name = apposition.head
    if apposition.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    entity = next(e for e in doc.ents if e.start <= name.i < e.end)
    end = apposition.right_edge
    return replace(frame, source=(entity.start_char, end.idx + len(end)), source_head=name)


def _writers_clause(doc: Doc, frame: Frame) -> bool:
    """A cue with no subject of its own inside a clause the writer is the subject of: 'we stand ready to
    support X', 'every one of us can refuse to be silent' (the first subject up the verbs decides)."""
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    verb = cue.root if cue is not None else None
    for _ in range(4):
        if verb is None:
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.dep_ == "nsubjpass":
            return False  # 'the talks will resume, we are told': told to the writer by others
        if subject is not None:
            of = next((p for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            whole = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            return subject.lower_ in WRITER or whole is not None and whole.lower_ == "us"
        if verb.dep_ not in ("xcomp", "conj", "acomp", "advcl") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _bracketed_subject(doc: Doc, frame: Frame) -> Optional[Frame]:
    """'In another hadith, narrated by X, the Prophet (peace be upon him) warned that C': a cue left without
    a subject right after a name and a bracketed aside, which the parser hung elsewhere; the name speaks."""
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    verb = cue.root if cue is not None else None
    if verb is None or verb.i < 3 or doc[verb.i - 1].text != ")" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    opening = next((t for t in reversed(doc[max(0, verb.i - 12):verb.i - 1]) if t.text == "("), None)
    name = doc[opening.i - 1] if opening is not None and opening.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ not in ("appos", "conj", "pobj", "dobj") \
            or name.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return None
    start = next((t for t in name.subtree if t.i <= name.i), name).idx
    return replace(frame, source=(start, name.idx + len(name)), source_head=name)


def _person_in_apposition(dl: Annotations, head: Token) -> Optional[Mention]:
    """'Brigadier General Yahya Saree, the spokesman of the armed forces', 'Our envoy, Tom Perriello':
    of a source and its apposition, the person speaks, not the body a title names, nor the title's owner ('His
    defence minister, Israel Katz')."""
    owners = [c.right_edge for c in head.children if c.dep_ == "poss"]
    first = owners[-1].idx + len(owners[-1]) if owners else head.left_edge.idx
    objects = [o for p in head.children if p.dep_ == "prep" and p.i > head.i for o in p.children if o.dep_ == "pobj"]
    parts = [(first, head.idx + len(head))] + [  # ('the spokesman for the army, X': the parse may set X on 'army')
        (a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for n in (head, *objects) for a in n.children
        if a.dep_ == "appos"]
    if len(parts) < 2:
        return None
    return next((m for m in (dl.mention_at(*part) for part in parts) if m is not None and _person(dl, m.actor)), None)


def _turn(dl: Annotations, offset: int) -> Optional[tuple[int, int, Optional[str]]]:
    """The transcript turn label whose turn holds `offset` (a turn runs from its label to the next):
    there 'I' and 'we' are the one who speaks the turn, not the writer of the document."""
    before = [turn for turn in dl.turns if turn[1] <= offset]
    return before[-1] if before else None


SALIENT_BACK = 3  # sentences back through subjects that are themselves 'he' or 'she'


def _salient(doc: Doc, dl: Annotations, pronoun: Token, content: tuple[int, int] = (0, 0),
             back: int = SALIENT_BACK) -> Optional[str]:
    """'X met Y. ... he said': a 'he' or 'she' with no person named before it in its sentence is the
    person the sentences before are about (the nearest subject that is a person, over a few sentences
    about something else: 'The heart of the sermon was unity.'), not the person named last; names inside
    the words quoted ('"... business with Zelensky again," he said') are what was said, not who is telling,
    and a subject that is 'he' itself ('He recited: ... . The verse, he said, ...') stands for whom it did."""
    sentence = pronoun.sent
    if sentence.start == 0 or any(_person(dl, m.actor) for m in dl.mentions
                                  if sentence.start_char <= m.start < pronoun.idx
                                  and not content[0] <= m.start < content[1] and not _quoted_at(dl, m.start)):
        return None
    for previous in _sentences_before(doc, sentence):
        subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if _recited(dl, previous, subject):
            continue
        if subject is None:  # a heading, a fragment: about no one
            quoted = _quoted_person(dl, previous)
            if quoted is not None and _agrees(doc, dl, quoted, pronoun):
                return quoted
            continue
        if back <= 0:
            return None
        back -= 1
        if subject.lower_ in ("he", "she"):
            return _salient(doc, dl, subject, back=back)
        actor = _subject_person(doc, dl, subject) or _quoted_person(dl, previous)
        if actor is not None and _agrees(doc, dl, actor, pronoun):
            return actor
        if actor is None and subject.lemma_.lower() in cue_words("delegates"):
            return _represented(dl, subject)
    return None


def _represented(dl: Annotations, subject: Token) -> Optional[str]:
    """'The representative of Norway said C. He questioned D': a delegate the text names only by the state or
    body they speak for is that state or body, which 'he' or 'she' then stands for (not a person named before)."""
    mention = dl.mention_at(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    return mention.actor if mention is not None else None


def _agrees(doc: Doc, dl: Annotations, actor: str, pronoun: Token) -> bool:
    """Whether 'he' or 'she' can stand for the person: no title the text gives them says otherwise
    (`data/cues.yaml: gendered_titles`; 'Sister Amina Rauf' is no 'he')."""
    other = _gendered_titles(pronoun.lower_)
    text = document_text(doc)
    for m in dl.mentions:
        if m.actor == actor:
            words = text[max(0, m.start - 20):m.start].split()[-1:] + text[m.start:m.end].split()[:1]
            if any(w.lower().strip(".,") in other for w in words):
                return False
    return True


def _quoted_person(dl: Annotations, sentence: Span) -> Optional[str]:
    """The person a sentence quotes last ('"Shock is not a policy," the imam said.'): whom it is about,
    whatever the parser made its subject."""
    return next((q.speaker.actor for q in reversed(dl.quotes) if sentence.start_char <= q.start < sentence.end_char
                 and q.speaker is not None and _person(dl, q.speaker.actor)), None)


def _subject_person(doc: Doc, dl: Annotations, subject: Token) -> Optional[str]:
    """The person a sentence's subject names, if it names one."""
    # the name the subject's head word is in, not a longer one in its apposition ('Farhan Haq, the deputy
    # spokesperson for the Secretary-General')
    mention = next((m for m in dl.mentions if m.start <= subject.idx < m.end), None) or \
        dl.mention_at(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    actor = _principal(doc, dl, mention) if mention is not None else None
    if mention is None and _definite(subject):  # 'X met Y. The Secretary underscored C. He also stressed D'
        actor = _named_before(dl, subject, subject.left_edge.idx)
    return actor if _person(dl, actor) else None


def _recited(dl: Annotations, sentence: Span, subject: Optional[Token]) -> bool:
    """A sentence that tells of no one speaking now: one inside words quoted, or one whose scripture (a quote
    with neither speaker nor date) its author speaks ('The Prophet said: "..." (Sahih Muslim 2564)'; not
    'He recited: "..."', where 'he' is the one who speaks now)."""
    return any(q.start < sentence.start_char < q.end or sentence.start_char <= q.start < sentence.end_char
               and q.speaker is None and q.date is None and (subject is None or subject.lower_ not in ("he", "she"))
               for q in dl.quotes)


_TITLE_NAME = re.compile(r"(?:the\s+)?(.+?)\s+[A-Z]")


def _principal(doc: Doc, dl: Annotations, mention: Mention) -> Optional[str]:
    """'The President' after 'President Biden met President Zelenskyy': a bare title of several
    people named with it is the first the body names, the one the text is about; the others are
    named again each time."""
    text = document_text(doc)
    words = mention.text.split()
    if len(words) > 3 or words[0].lower() != "the" or not all(w[:1].isupper() for w in words[1:]) \
            or not _person(dl, mention.actor):
        return mention.actor
    title = " ".join(words[1:]).lower()
    holders = []
    body = len(dl.source.title) if dl.source.title and text.startswith(dl.source.title) else 0
    for m in dl.mentions:
        if m.start >= mention.start:
            break
        if m.start < body:
            continue  # the headline names whom it likes first; the body introduces its people
        named = _TITLE_NAME.match(text, m.start, m.end)
        titled = named is not None and named.group(1).lower() == title or \
            text[max(0, m.start - len(title) - 1):m.start].lower() == title + " "
        if titled and _person(dl, m.actor) and m.actor not in holders:
            holders.append(m.actor)
    return holders[0] if len(holders) > 1 and mention.actor in holders else mention.actor


def _naming(doc: Doc, frame: Frame) -> bool:
    """A cue that gives a name ('titled', 'dubbed', 'named'; `data/cues.yaml: naming`)."""
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    return cue is not None and cue.root.lemma_.lower() in cue_words("naming")


def _local(actor: str) -> bool:
    """A document-local actor (a name the dictionary lacks): 'a1', 'a2'."""
    return actor[:1] == "a" and actor[1:].isdigit()


def _named_before(dl: Annotations, head: Token, start: int) -> Optional[str]:
    """'the Court' after 'the International Court of Justice', 'the movement' after Hamas (the
    'Islamic Resistance Movement'): a definite noun naming a known actor mentioned before it; 'the
    Secretary' after 'Secretary of State Antony Blinken': a title the last person named with it holds."""
    word = head.lower_
    if len(word) < 4 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    text = document_text(head.doc)
    before = list(reversed([m for m in dl.mentions if m.end <= start and m.actor in dl.actors]))
    for m in before:
        actor = dl.actors[m.actor]
        if any(word in name.lower().split() for name in (actor.name, *actor.aliases)):
            return m.actor
        if _person(dl, m.actor) and (_holds_title(head, _title_words(text, m))
                                     or head.lemma_.lower() in _role_words(head.doc, m)):
            return m.actor
    # a title the text never wrote with a name: the last person named who held it, outside the words quoted;
    # 'the Deputy Prime Minister' is not the prime minister
    return next((m.actor for m in before if _person(dl, m.actor) and not _quoted_at(dl, m.start)
                 and {word, *_ranks(head)} <= _office_words(m.actor, dl.published)), None)


def _holds_title(head: Token, title: list[str]) -> bool:
    """Whether a title written with a name (its words nearest the name first) is the one `head` names: 'the
    president' is not 'Vice President JD Vance', unless it says 'the vice president' (`data/cues.yaml:
    lesser_titles`)."""
    word = head.lower_
    if word not in title or _ranks(head) - set(title):
        return False  # 'the Deputy Prime Minister' is not 'Prime Minister Shehbaz Sharif'
    before = title[title.index(word) + 1:title.index(word) + 2]
    said = _modifiers(head)
    return not any(w in cue_words("lesser_titles") and w not in said for w in before)


def _modifiers(head: Token) -> set[str]:
    """The words a title noun is written with ('the Deputy Prime Minister': 'deputy', 'prime')."""
    return {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}


def _ranks(head: Token) -> set[str]:
    """The rank words a title is written with ('Deputy', 'Vice', 'former'; `data/cues.yaml: lesser_titles`)."""
    return _modifiers(head) & set(cue_words("lesser_titles"))


def _bare_title(head: Token, start: int, end: int) -> bool:
    """'the president', 'the vice president': a title alone, which stands for the person the text named
    with it, whatever person the mention was taken for."""
    words = document_text(head.doc)[start:end].split()
    return head.pos_ == "NOUN" and 2 <= len(words) <= 3 and words[0].lower() == "the" \
        and all(w.islower() for w in words[1:])


def _quoted_at(dl: Annotations, offset: int) -> bool:
    """Whether `offset` lies inside the words of a quote found before: a name there was said, not telling."""
    return any(q.start <= offset < q.end for q in dl.quotes)


def _role_words(doc: Doc, mention: Mention) -> set[str]:
    """The nouns a person is given in apposition ('Shaykh Harun Adeyemi, the centre's imam', 'Poland's prime
    minister, Donald Tusk'): 'the imam', 'the prime minister' later stands for that person."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return set()
    name = span.root
    nouns = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    return {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"}


def _national(dl: Annotations, head: Token, mention: Optional[Mention]) -> bool:
    """'the Ukrainian leader', 'the French president': a role noun whose only name is the state's adjective."""
    return mention is not None and mention.start < head.idx and head.pos_ == "NOUN" \
        and mention.actor in dl.actors and dl.actors[mention.actor].country is not None


def _national_holder(dl: Annotations, head: Token, mention: Mention, lex: Lexicon) -> Optional[str]:
    """The person the text named last, outside the words quoted, who holds the role for that state: an office
    with the head's word, or for 'leader' one of the offices that lead a state (`data/cues.yaml: leaders`)."""
    country = dl.actors[mention.actor].country
    word = head.lemma_.lower()
    for m in reversed([m for m in dl.mentions if m.end <= mention.start and _person(dl, m.actor)]):
        if dl.actors[m.actor].country != country or _quoted_at(dl, m.start):
            continue
        offices = _offices(m.actor, dl.published)
        if offices & lex.leaders if word in lex.leader_nouns else any(word in title.split() for title in offices):
            return m.actor
    return None


def _offices(actor: str, date: Optional[str]) -> set[str]:
    """The titles a person the dictionary knows held on `date`."""
    from ..actors.dictionary import load
    entry = load().entries.get(actor)
    return {office.title for office in (entry.offices if entry is not None else ()) if office.held_on(date)}


def _office_words(actor: str, date: Optional[str]) -> frozenset[str]:
    """The words of the titles a person the dictionary knows held on `date`, in all their spellings ('the
    minister' after 'Badr Abdelatty', the foreign minister, though the text gave him no title)."""
    from ..actors.dictionary import load
    titles = load().titles
    return frozenset(word for title in _offices(actor, date)
                     for variant in (title, *titles.get(title, ())) for word in variant.split())


def _title_words(text: str, mention: Mention) -> list[str]:
    """The capitalised words of the title written with a name ('U.S. Secretary of State Antony
    Blinken', 'Secretary Blinken'): those in the mention or just before it, up to the name."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    words = text[max(line_start, mention.start - 40):mention.end].split()[:-1]
    title = []
    for word in reversed(words):  # the run of title words right before the surname
        if not (word[:1].isupper() or word == "of") or word[-1] in ",;:":
            break
        title.append(word.lower().strip("."))
    return title


GROUP_BACK = 4  # sentences back to the pair a plural speaker stands for


def _group(doc: Doc, dl: Annotations, head: Token) -> Optional[str]:
    """'They', 'the two leaders' after 'The President and the Amir ...' (a few sentences back) or
    'X spoke with Y' (the meeting or call that brought them together): the pair, given (one id
    being all a speaker holds) by its first member."""
    met = None
    for back, sentence in enumerate(_sentences_before(doc, head.sent)):
        subject = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        mention = dl.mention_at(subject.left_edge.idx, subject.idx + len(subject))
        first = _principal(doc, dl, mention) if mention is not None else None
        if not _person(dl, first):
            continue
        if back < GROUP_BACK and any(c.dep_ == "conj" for c in subject.children):
            return first
        if met is None and any(c.dep_ == "prep" and c.lower_ == "with" for c in sentence.root.children):
            met = first
    return met


def _sentences_before(doc: Doc, sentence: Span):
    """The sentences before `sentence`, nearest first."""
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        yield sentence


def _person(dl: Annotations, actor: Optional[str]) -> bool:
    return actor is not None and actor in dl.actors and dl.actors[actor].kind == "person"


_DAY_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _finer(value: str, day: Optional[str]) -> str:
    """The cited report's day when it falls in the week or month the text gives ('Two weeks
    earlier X announced C (Reuters, 19/08/2024)' → 2024-08-19, not 2024-W34)."""
    if day is None or _DAY.fullmatch(value) or not _DAY.fullmatch(day):
        return value
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        year, number, _ = dt.date.fromisoformat(day).isocalendar()
        return day if (year, number) == (int(week.group(1)), int(week.group(2))) else value
    return day if re.fullmatch(r"\d{4}(-\d{2})?", value) and day.startswith(value) else value


_AGO = re.compile(r"(?P<count>.+?)\s+(?P<unit>day|week)s?\s+ago", re.IGNORECASE)


def _ago(text: str, published: Optional[str]) -> Optional[str]:
    """'said a week ago', 'two days ago': counted back from the day of writing, a day, not the week."""
    from ..quantities import lexicon as quantities_lexicon, words_value  # quantities reads this package's cues: import late
    m = _AGO.fullmatch(text.strip())
    if m is None or published is None or not _DAY.fullmatch(published):
        return None
    count, vague = words_value(m.group("count"), quantities_lexicon()) if not m.group("count").isdigit() \
        else (float(m.group("count")), False)
    if count is None or vague or count != int(count):
        return None
    days = int(count) * (7 if m.group("unit").lower() == "week" else 1)
    return (dt.date.fromisoformat(published) - dt.timedelta(days=days)).isoformat()


def _day(value: str) -> str:
    """A quote is dated by its day: '2024-08-18TEV' (Sunday evening) → '2024-08-18'."""
    m = _DAY_TIME.match(value)
    return m.group(1) if m else value


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


def _owned_words(doc: Doc, colon: Token, m: Marked) -> Optional[Frame]:
    """'His words: “...”', 'Hamas's response was blunt: “...”': the words a possessor gave, named
    right before the colon (`cues.yaml: owned_words`), are the possessor's."""
    owned = _owner_before(doc, colon)
    if owned is None:
        return None
    noun, span = owned
    return Frame(cue=(noun.idx, noun.idx + len(noun)), content=(m.start, m.end),
                 source=(span.start_char, span.end_char), source_head=span.root, sentence=colon.sent)


def _owner_before(doc: Doc, colon: Token) -> Optional[tuple[Token, Span]]:
    """The noun of owned words before a colon in its sentence and the span of its owner ('Hamas' of
    'Hamas's response was blunt:'), when nothing but a copula and its complement stands between."""
    owned = cue_words("owned_words")
    for noun in doc[colon.sent.start:colon.i]:
        if noun.lemma_.lower() in owned or noun.lower_ in owned:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None and noun.dep_ in ("nsubj", "ROOT", "nsubjpass") \
                    and not any(t.pos_ in ("VERB", "AUX") and t.i > noun.i and t.dep_ != "ROOT" and t.head.i == noun.i
                                for t in doc[noun.i:colon.i]):
                end = owner.i if owner.i + 1 < len(doc) and doc[owner.i + 1].tag_ == "POS" else owner.right_edge.i
                return noun, doc[owner.left_edge.i:end + 1]
    return None


def _owned_clauses(doc: Doc) -> list[Frame]:
    """'Blinken's message was clear: the region could not afford a wider war': the clause after the
    colon of owned words (no quotation marks) is what the owner said."""
    out = []
    for colon in (t for t in doc if t.text == ":"):
        owned = _owner_before(doc, colon)
        after = doc[colon.i + 1:colon.sent.end]
        if owned is None or not len(after) or after[0].text in _QUOTE_CHARS \
                or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in after):
            continue
        content = _trim(doc, after.start, after.end - 1)
        if content is not None:
            noun, span = owned
            out.append(Frame(cue=(noun.idx, noun.idx + len(noun)), content=content,
                             source=(span.start_char, span.end_char), source_head=span.root, sentence=colon.sent))
    return out


def _introduced(doc: Doc, colon: Token, m: Marked) -> Optional[Frame]:
    """'Jane Doe, 25, a nurse: “...”': a name line and a colon stand for the speaker and cue."""
    line = document_text(doc).rfind("\n", 0, colon.idx) + 1
    span = doc.char_span(line, colon.idx, alignment_mode="contract")
    if span is None or not 0 < len(span) <= 12 or not span[0].text[:1].isupper() \
            or any(t.pos_ in ("VERB", "AUX") for t in span):
        span = _name_before(doc, colon)
        if span is None:
            return None
    return Frame(cue=(colon.idx, colon.idx + 1), content=(m.start, m.end), source=(span.start_char, span.end_char),
                 source_head=span.root, sentence=colon.sent)


_HEADLINE = re.compile(r"[ \t]*([A-Z][^:\n]{0,40}?):[ \t]+(\S[^\n]*?)[.!]?[ \t]*(?:\n|$)")
HEADLINE_NAME = 4   # words at most in the name before a headline's colon
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _colon_before(text: str, start: int, mark: int) -> bool:
    """Words of a clause, then a colon right before the quotation mark at `mark`."""
    before = text[start:mark].rstrip()
    return before.endswith(":") and len(before[:-1].split()) >= 3 and "\n" not in before


def _reports_itself(lex, verb: Token) -> bool:
    """A verb of saying with its own subject and a stated clause ('the Pentagon says C'; not 'does
    not answer whether C'): what an `as` clause set on it tells is where the writer had it from."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return lex.says(verb) and clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _headline(doc: Doc) -> Optional[Frame]:
    """'Trump: My plans are not set in stone' as a story's first line: the headline convention
    for what someone said, the name before the colon its source. A name is a few words with a
    proper noun or a source noun ('Poll:', 'Officials:'), not 'The Latest:', a verb phrase or a place."""
    m = _HEADLINE.match(document_text(doc))
    if m is None or len(annotations(doc).turns) > 1 and any(
            start <= m.start(1) < end for start, end, _ in annotations(doc).turns):
        return None  # 'HOST: ...' opening a transcript of several turns: a speaker's label, no headline
    if any(start <= m.start(1) < end for start, end, _ in annotations(doc).turns) and len(list(
            doc.char_span(m.start(2), m.end(2), alignment_mode="expand").sents)) > 1:
        return None  # 'HOST: X spoke on Monday. His words: ...': a turn of several sentences, no headline
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    lex = lexicon()
    if name is None or not 0 < len(name) <= HEADLINE_NAME or name[0].lower_ == "the" \
            or any(t.pos_ in ("VERB", "AUX") for t in name) or len(name) > 1 and name.text.isupper() \
            or not any(t.pos_ == "PROPN" or t.ent_type_ in NAMED or t.lemma_.lower() in lex.source_nouns | lex.findings
                       or _named_in_story(doc, t) for t in name) or all(t.ent_type_ in ("GPE", "LOC") for t in name):
        return None  # (a place alone is the topic of a title: 'Sudan: New Report Documents Killings')
    colon = m.end(1)
    return Frame(cue=(colon, colon + 1), content=(m.start(2), m.end(2)), source=(name.start_char, name.end_char),
                 source_head=name.root, sentence=name.sent)


def _labelled(dl: Annotations, headline: Frame) -> bool:
    """'HOST: Last week, X said C': a turn's label before a line that reports someone's words
    itself names who speaks the line, not the source of a headline."""
    return any(start <= headline.source[0] < end for start, end, _ in dl.turns)


def _named_in_story(doc: Doc, word: Token) -> bool:
    """'Sanders: C' where the story goes on about 'Bernie Sanders': a headline's one capitalised word,
    which the tagger alone may read as a common noun, is a name when the story names it as one."""
    return word.is_title and any(t.lower_ == word.lower_ and (t.pos_ == "PROPN" or t.ent_type_ in NAMED)
                                 for t in doc[word.i + 1:])


def _clause_before_colon(doc: Doc, colon: Token, m: Marked) -> Optional[Frame]:
    """'Poland's prime minister, Donald Tusk, addressed the Ukrainians directly: “...”': a clause whose verb
    is no verb of saying, ended by a colon before a quotation, gives it to the clause's subject."""
    verb = colon.head if colon.head.pos_ == "VERB" else colon.sent.root
    if verb.pos_ != "VERB" or verb.i > colon.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    last = subject.right_edge if subject.right_edge.text != "," else doc[subject.right_edge.i - 1]
    return Frame(cue=(verb.idx, verb.idx + len(verb)), content=(m.start, m.end),
                 source=(subject.left_edge.idx, last.idx + len(last)), source_head=subject, sentence=colon.sent)


def _name_before(doc: Doc, colon: Token) -> Optional[Span]:
    """'... the race is close - Jane Doe: “...”': a capitalised name of a few words right before the colon."""
    first = colon.i
    while first > 0 and colon.i - first < 5 and (doc[first - 1].text.istitle() or doc[first - 1].text.isupper()) \
            and doc[first - 1].pos_ in ("PROPN", "NOUN"):
        first -= 1
    if first == colon.i or not any(t.pos_ == "PROPN" for t in doc[first:colon.i]) \
            or all(t.ent_type_ in ("DATE", "TIME") for t in doc[first:colon.i]):
        return None  # ('X put it this way on Sunday: “...”': a day is no name)
    return doc[first:colon.i]


_CLOSER = r"(?:''|[\"”’'])?"   # '' is a closing mark in some news archives
_OPENER = r"(?:``|''|[\"“„«])"
_CONTINUED = re.compile(r"[,.!?…]?" + _CLOSER + r"[ \t\u00a0]*\n\s*" + _OPENER)
_CUE_THEN_PARAGRAPH = re.compile(r"[,!?…]?" + _CLOSER + r"[ \t\u00a0]*,?[^\n]{1,200}?[.:][ \t\u00a0]*\n\s*" + _OPENER)


_QUOTE_BEFORE = re.compile(r"[,!?…—-](?:''|[\"”’])[ \t\u00a0]*$")
_GOES_ON = re.compile(r"[.!?…:]?" + _CLOSER + r"[ \t\u00a0]+" + _OPENER)
_CUE_THEN_QUOTE = re.compile(r"[,!?…]?" + _CLOSER + r"[ \t\u00a0]*,?[^\n]{1,200}?[.:][ \t\u00a0]+" + _OPENER)


def _after_its_cue(text: str, previous, content: tuple[int, int]) -> bool:
    """'C, X said. “D”': reported speech whose cue clause follows it, then an uncued quote right after
    that clause (in its paragraph, or as the whole next paragraph), is one report broken by its cue, as
    '“A,” X said. “B”' is."""
    (_, end), _, was = previous
    if was.source is None or not end <= was.cue[0] < content[0]:
        return False
    between = text[end:content[0]]
    if _ends_sentence(between.split("\n")[0].rstrip().rstrip("\"“„«`'").rstrip()):
        return False  # (the mark opening the quote after the clause's stop is no second sentence)
    return bool(_CUE_THEN_QUOTE.fullmatch(between)) or bool(_CUE_THEN_PARAGRAPH.fullmatch(between)) \
        and _whole_paragraph(text, content)


def _whole_paragraph(text: str, content: tuple[int, int]) -> bool:
    """A quote that ends its paragraph (it opens one wherever it follows a line break)."""
    return text[content[1]:content[1] + 3].lstrip(" ,.!?…\"”’'")[:1] in ("\n", "")


def _continued(text: str, found) -> list[tuple[tuple[int, int], bool, Optional[Frame]]]:
    """A paragraph that is one uncued quote, right after a paragraph ending in a quote (or in the
    cue clause after one: '“A,” she said.'), continues that quote: the speaker goes on. An uncued
    quote right after reported speech in its paragraph ('X added that C. “D”') is part of it."""
    out: list[tuple[tuple[int, int], bool, Optional[Frame]]] = []
    for content, (direct, frame) in found:
        if out and direct and out[-1][1] and (frame is None or frame.source is None) and _whole_paragraph(text, content):
            (start, end), _, was = out[-1]
            between = text[end:content[0]]
            cued = was is not None and end <= was.cue[0] < content[0] and not _ends_sentence(between.split("\n")[0].rstrip())
            if _CONTINUED.fullmatch(between) or cued and _CUE_THEN_PARAGRAPH.fullmatch(between):
                out[-1] = ((start, content[1]), True, was)
                continue
        if out and direct and not out[-1][1] and frame is None and out[-1][2] is not None \
                and (out[-1][2].cue[0] < out[-1][0][0] and _GOES_ON.fullmatch(text, out[-1][0][1], content[0])
                     or _after_its_cue(text, out[-1], content)):
            (start, _), _, was = out[-1]
            end = content[1] + (text[content[1]:content[1] + 1] in ("”", '"'))
            out[-1] = ((start, end), False, was)  # 'X added that C. “D”': the quote bears C out
            continue
        out.append((content, direct, frame))
    return out


def _verb_frame(verb: Token, subject: Token, content: tuple[int, int]) -> Frame:
    """A report by a verb's subject (its whole phrase) of `content`."""
    return Frame(cue=(verb.idx, verb.idx + len(verb)), content=content,
                 source=(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)),
                 source_head=subject, sentence=verb.sent)


def _joint(head: Optional[Token], lex: Lexicon) -> bool:
    """A source that is several parties at once: 'X and Y', 'They', 'the leaders', 'the two mayors'."""
    if head is None:
        return False
    if head.lower_ == "they" or any(c.dep_ == "conj" for c in head.children):
        return True
    return head.tag_ == "NNS" and (head.lemma_.lower() in lex.group_nouns
                                   or any(c.dep_ == "nummod" and c.lower_ != "one" for c in head.children))


@lru_cache(maxsize=None)
def _gendered_titles(pronoun: str) -> frozenset[str]:
    """The titles that 'he' (or 'she') cannot stand for: those of the other pronoun."""
    titles = datafiles.read(resources.files("dateline.quotes") / "data" / "cues.yaml").get("gendered_titles", {})
    return frozenset(w for key, words in titles.items() if key != pronoun for w in words)


@lru_cache(maxsize=None)
def cue_words(key: str) -> frozenset[str]:
    """A word list of `data/cues.yaml` that only this module reads."""
    data = resources.files("dateline.quotes") / "data" / "cues.yaml"
    return frozenset(datafiles.read(data).get(key, ()))


def _finite_clause(span: Span) -> bool:
    """Content that says something: a clause with its own subject and a finite verb ('that the
    talks will resume'), not a noun phrase ('the partnership', 'a warrant for X, whom ...') or an
    infinitive ('Israel to halt the offensive', 'to stay in contact')."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
    return not infinitive and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _goes_on(text: str, previous, speaker: Optional[Mention], content: tuple[int, int]) -> bool:
    """A quote the text does not date, by the speaker of the quote before it, which the text dated,
    in the same paragraph (or the next, through the same mention or a pronoun for it): 'X said on
    Monday ... . "C," X told reporters': said then too."""
    if previous is None or speaker is None or not previous[2] or previous[0] is None \
            or not _DAY.match(previous[1] or ""):
        return False
    if speaker.actor is None or speaker.actor != previous[0].actor:
        return False
    breaks = text.count("\n", previous[3], content[0]) - text.count("\n\n", previous[3], content[0])
    again = speaker.start == previous[0].start or text[speaker.start:speaker.end].lower() in PRONOUNS
    return breaks == 0 or again and text.count("\n\n", previous[3], content[0]) <= 1


def _named(frame: Frame, speaker: Mention) -> bool:
    """A speaker later quotes can fall back on: a name, a resolved actor or a personal pronoun."""
    head = frame.source_head
    return speaker.actor is not None or head is not None and (head.pos_ == "PROPN" or head.lower_ in ("he", "she"))


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _content_end(text: str, m: Marked) -> int:
    """The content's end inside the marks, a trailing comma left out (“We will stay,” he said)."""
    end = m.end
    while end > m.start and text[end - 1] in ", ":
        end -= 1
    return end


_ASIDE = re.compile(r";\s|,\s+(?:which|who)\b")


def _without_aside(doc: Doc, content: tuple[int, int], frame: Frame, comments: frozenset[str]) -> tuple[int, int]:
    """Reported content ends before the writer's own aside: '; ...' or ', which ...' outside quotes,
    when the aside runs to the end (not 'said the talks, which began in May, remained C'), and
    before a closing comment on it (', a charge she denies')."""
    text = document_text(doc)
    start, end = content[0], _before_comment(doc, content, comments)
    content = (start, end)
    if start < frame.cue[0]:
        return content
    for m in _ASIDE.finditer(text, start, end):
        if _marks_before(text, start, m.start()) % 2 == 0 and _runs_to_end(doc, m, end):
            return start, m.start()
    return content


def _before_comment(doc: Doc, content: tuple[int, int], articles: frozenset[str]) -> int:
    """Where content ends before the writer's closing comment on it: a noun phrase opened by one of the
    `articles` (`cues.yaml: comments`), set off by a comma and running to the end ('said C, a charge
    she has always denied')."""
    text = document_text(doc)
    start, end = content
    span = doc.char_span(start, end, alignment_mode="expand")
    for comma in span if span is not None else ():
        if comma.text != "," or comma.i + 2 >= span.end or doc[comma.i + 1].lower_ not in articles:
            continue
        noun = doc[comma.i + 1].head
        last = noun.right_edge
        if noun.dep_ in ("appos", "npadvmod") and noun.left_edge.i == comma.i + 1 \
                and last.idx + len(last) >= end - 1 and _marks_before(text, start, comma.idx) % 2 == 0:
            return comma.idx
    return end


def _runs_to_end(doc: Doc, m: re.Match, end: int) -> bool:
    """A relative clause after the comma reaches the content's end: nothing of the main clause follows."""
    if m.group().startswith(";"):
        return True
    span = doc.char_span(m.end() - len(m.group().split()[-1]), m.end(), alignment_mode="expand")
    if span is None:
        return True
    last = span[0].head.right_edge
    while last.i + 1 < len(doc) and doc[last.i + 1].idx < end and doc[last.i + 1].is_punct:
        last = doc[last.i + 1]
    return last.idx + len(last) >= end or not document_text(doc)[last.idx + len(last):end].strip(" ,.\"”'’")


def _marks_before(text: str, start: int, end: int) -> int:
    return sum(text.count(c, start, end) for c in "\"“”")


def _before_citation(text: str, content: tuple[int, int], cuts: list[int]) -> tuple[int, int]:
    """Content stops where a bracketed source line or a scripture reference begins:
    'C (Reuters, 19/08/2024)', '“C” [Quran 2:185]'."""
    start, end = content
    for cut in cuts:
        if start < cut < end:
            end = cut
            while end > start and text[end - 1] in " ,.":
                end -= 1
    return start, end


def _broke_off(text: str, m: Marked) -> bool:
    """The quote ends at a comma or stop, as speech does before its cue ('“A,” he said'), also
    behind the closing mark of a quote within it ('“They said ‘no,’” he said')."""
    return text[m.start:m.end].rstrip().rstrip("’'\"”")[-1:] in ",.?!…—-" \
        or text[m.close:m.close + 2].lstrip()[:1] == ","


_SENTENCE_END = re.compile(r"(\w*)[.!?][\"”’']?\s+[A-Z“\"]")


def _ends_sentence(text: str) -> bool:
    """A full stop inside `text` that is no title's ('Gov. Kasich', 'Mr. Smith') or initial's."""
    return any(not (m.group(1)[:1].isupper() and len(m.group(1)) <= 4) for m in _SENTENCE_END.finditer(text))


def _reopens(between: str) -> bool:
    """The second part of an interrupted quote opens after punctuation ('he said, “B”', 'she said.
    “B”'); a mark right after a word ('on NBC's “Meet the Press”') opens a title in the cue clause."""
    last = between.rstrip().rstrip("’'\"”")[-1:]
    return not last or last in ",:;.!?…—–-"


def _interrupted(text: str, first: Marked, between: str) -> bool:
    """'“A,” he said, “B”', '“A?” she asked. “B”': the first part breaks off (a stop only before a
    lower-case cue, since '“A.” He added, “B”' starts a new report), one short cue clause follows."""
    said = text[first.start:first.end].rstrip().rstrip("’'\"”")[-1:]
    lead = between.lstrip(" ,")[:1]
    return (_broke_off(text, first) and (said != "." or lead.islower())
            and "\n" not in between and len(between) < JOIN_GAP and not _ends_sentence(between.rstrip()))


def _own_clause(verb: Token) -> bool:
    """A verb of saying heading a clause of its own, with its subject, after a comma (', and the army said C'), not a
    clause joined to what was said ('noted that A, and that teams said B', 'look at them and say')."""
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return cc is not None and cc.i > 0 and cc.nbor(-1).text in (",", ";") and not any(c.dep_ == "mark" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_SPACES = re.compile(r"\s*")


def _after_spaces(text: str, start: int) -> int:
    return _SPACES.match(text, start).end()


def _relative(doc: Doc, frame: Frame) -> bool:
    """'a warrant for X, whom Israel says it killed', 'urged donors to fund the plan, which, he pointed out,
    had received little': a report of a clause by a speaker of its own, in a relative clause on a noun of another
    report, is the writer's aside, a report of its own (the parser may hang the relative pronoun on the cue)."""
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    if frame.source is None or frame.source_head is None or cue is None:
        return False
    verb = cue.root
    relative = any(w.tag_ in ("WP", "WDT") and w.i < frame.source_head.i for w in verb.children)
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and frame.source_head.tag_ not in ("WP", "WDT") \
        and any(c.dep_ == "ccomp" and (relative or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                for c in verb.children)


def _relative_start(doc: Doc, frame: Frame, content: tuple[int, int]) -> int:
    """Where a report in a relative clause begins: at its relative pronoun when that pronoun is a part of
    what was said (`speech.relative_pronoun`), else after the cue ('X, whom officials say he fled')."""
    pronoun = relative_pronoun(doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand").root)
    if pronoun is not None and content[0] <= pronoun.idx:
        return pronoun.idx
    return _after_spaces(document_text(doc), frame.cue[1])


def _nested(frame: Frame, spoken: list[Frame]) -> bool:
    """A cue inside what another cue reports ('he said he expects C'): the outer report stands. A verb of
    saying with its clause in a relative clause set off on the other's source ('Podesta, who said C, said D')
    is the source's own report (not 'an official who asked not to be named')."""
    verb = frame.source_head.head if frame.source_head is not None and frame.source_head.lower_ == "who" else None
    own = verb is not None and verb.dep_ == "relcl" and lexicon().says(verb) and frame.source_head.i > 0 \
        and frame.source_head.nbor(-1).text == "," and any(c.dep_ == "ccomp" for c in verb.children)
    return any(o is not frame and (o.content[0] <= frame.cue[0] < o.content[1]
                                   or not own and o.source is not None and o.source[0] <= frame.cue[0] < o.source[1])
               for o in spoken)


def _in_gap(content: tuple[int, int], m: Marked, gaps: list[tuple[int, int]]) -> bool:
    """'“A,” said X, who noted that C. “B”': a report within the cue clause of a joined quote is its own."""
    return any(m.open < start <= content[0] and content[1] <= end < m.close for start, end in gaps)


def _inside_quote(span: tuple[int, int], marked: list[Marked], gaps: list[tuple[int, int]]) -> bool:
    """A cue within a quote's own words (not in the gap where its speaker is named)."""
    for m in marked:
        if m.start <= span[0] < m.end:
            return not any(g[0] <= span[0] < g[1] for g in gaps)
    return False


def _within_paragraph(text: str, frame: Frame) -> tuple[int, int]:
    """Indirect content stays in the cue's paragraph: the parse may run across a break."""
    start, end = frame.content
    if end <= frame.cue[0]:
        cut = text.rfind("\n", start, end)
        start = cut + 1 if cut >= 0 else start
        while start < end and text[start].isspace():
            start += 1
    else:
        cut = text.find("\n", start, end)
        end = cut if cut >= 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _only_marks_outside(text: str, content: tuple[int, int], m: Marked) -> bool:
    return not text[content[0]:m.open].strip() and not text[m.close:content[1]].strip(" .,")


def _is_clause(doc: Doc, m: Marked) -> bool:
    """Long enough and with a verb: speech, not a scare-quoted word or a title."""
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) >= MIN_UNCUED_WORDS and any(t.pos_ in ("VERB", "AUX") for t in words)


def _fronted(frame: Frame) -> list[tuple[int, int]]:
    """The phrases set before the cue on it ('In its latest report, the agency said'): a report
    named there is the one the words come from."""
    if frame.sentence is None:
        return []
    cue = frame.sentence.doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    if cue is None:
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in cue.root.children
            if c.dep_ == "prep" and c.i < cue.root.i]
