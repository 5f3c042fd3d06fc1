"""When: an event's date, from the timex that governs its clause or its sentence, else the act it refers
back to, the paragraph's latest date or the time heading above it, else the published date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Span, Token

from .. import datafiles
from ..model import EventDate, Timex
from ..timex import DAY, SEQUEL_PARTICIPLES, clause_pluperfect
from ..timex import clause_verb as timex_clause_verb
from ..timex.grammar import lexicon as timex_lexicon
from .arguments import ANAPHORA_REACH, DEFINITE, Index, TIME_PREPS, _year_of_a_thing, clause_verb, fronted_before_clause
from .triggers import VERB_TAGS, Trigger, lemma, lexicon

DATING = datafiles.read(resources.files("dateline.events") / "data" / "dating.yaml")
STORY_DAY_GAP = 2  # days before the published date a story's day must lie to date the undated past acts after it
SECTION_HEADING = re.compile(r"^#{1,6}\s", re.M)  # a heading line of a section
# a crosshead: a short line standing as a paragraph of its own, of two or more words and no digit, that does not end
# a sentence ("News from the north", "## The talks", "**What now?**" as the reader leaves it)
CROSSHEAD = re.compile(r"(?:^|(?<=\n\n))[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?[A-Z][^\d\n]{0,58}[^\d\s.,;:!\"”*](?:\*\*)?[ \t]*"
                       r"(?=\n\n|\n?$)")
# a gallery's picture counter on a line of its own: "**2 / 24**", "Photo 3 of 12", "Image 4/10"
PICTURE_COUNTER = re.compile(r"[*_#\s]*(?:(?:" + "|".join(DATING["picture_words"]) + r")\s+)?"
                             r"\d{1,3}\s*(?:/|of)\s*\d{1,3}[*_\s]*", re.I)
# a night told by the day it runs into ("overnight into Sunday", "the night of 26 to 27 January", "of 07/08 May")
NIGHT_INTO = re.compile(r"\b(?:" + "|".join(timex_lexicon("relative")["night_into"]) + r")\b|\d\s*[/–-]\s*\d", re.I)
RANGE_LINK = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*", re.I)  # between the two dates of a range
CLOSING_AFTER = re.compile(r"[\s.!\"”’)]*$")  # what may follow a sentence's closing date
SET_OFF_BEFORE = re.compile(r",\s+$")  # a comma right before it
DATED_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(DATING["dated_marks"]) + r")\s+$", re.I)  # "Letter dated "
UNREALISED = frozenset({"future", "hypothetical", "negated"})  # acts told that did not take place


def date(trigger: Trigger, sent: Span, index: Index, paragraph_start: int) -> Optional[EventDate]:
    """When: the timex governing the event's clause, else the sentence's, else the latest in the
    paragraph before it, else the published date (with no timex), else nothing."""
    token = trigger.token
    verb = clause_verb(token)
    counted = _counted_clause(token, verb, index)
    if counted is not None:  # "four days after troops crossed": counted from the main clause
        value, tid = index.dl.clause_dates[counted.idx]
        return EventDate(value=value, timex=tid)
    # "a curfew imposed on Sunday evening": the noun's participle says when
    # (not one that leads on to another act: "a week of protests culminating in a march on 7 November")
    timex = _own_timex(token, verb, index) or next(
        (index.timex_at[c.i] for c in token.children if c.dep_ == "acl" and c.i in index.timex_at
         and lemma(c) not in SEQUEL_PARTICIPLES), None)
    if timex is None and token.i != verb.i:
        earlier = _referred_act_date(trigger, sent, index)
        if earlier is not None:
            return earlier  # "Guterres condemned the attack": the attack told before, on its day
    timex = timex or _in_series(index.timex_at.get(verb.i), token, index)
    if timex is None:
        timex = _in_series(_governing_up(verb, index), token, index)
    if timex is None:
        stamp = None  # a live blog's time stamp gives way to a date the entry names ("09:40 GMT — Yesterday ...")
        bound = None  # "After the March incidents Manila summoned ...": the act is no earlier than that
        i = bisect.bisect_left(index.timex_starts, sent.start_char)
        while i < len(index.timexes) and index.timexes[i].start < sent.end_char:
            t = index.timexes[i]
            if not _of_later_conjunct(t, verb, index) and not _year_of_a_thing(t, index):
                if index.filing_date(t):
                    stamp = stamp or t  # "UPDATE 053 -- 15 JUN 24\nThe crew were evacuated on Friday": Friday
                elif _dates_clause_of(t, verb, index) or not _background(t, index):
                    timex = t  # not "09:40 GMT — Students marched despite a curfew imposed on Sunday"
                    break
                elif _time_apart(t, index) in lexicon().classes.get("lower_bound_marks", ()):
                    bound = bound or t
            i += 1
        if timex is None and stamp is None and bound is not None:
            # a date of an earlier act the sentence tells this one after: its value, but no timex governs it
            return EventDate(value=bound.value, timex=None)
        timex = timex or stamp
    if timex is None and _own_voice(token, verb, index):
        heading = _heading_date(sent, index)  # "I condemn this attack": said as the document is written
        if heading is not None:
            return EventDate(value=heading.value, timex=heading.id)
        return _dated_title(index) or _filed(sent, index)
    if timex is None:
        i = bisect.bisect_left(index.timex_starts, sent.start_char) - 1
        sequel = _sequel(sent)
        earlier = _earlier_act_date(sent, index) if sequel else None
        if earlier is not None:
            return earlier  # "Washington condemned the boarding within hours": hours after the boarding
        start = 0 if sequel else paragraph_start
        while i >= 0 and index.timexes[i].start >= start and (_not_the_story_day(index.timexes[i], index)
                                                               or _reported_flashback(index.timexes[i], index)):
            i -= 1  # "a warship that Manila grounded on the reef in 1999. They punctured ...": an aside's date
        if i >= 0 and index.timexes[i].start >= start:
            timex = index.timexes[i]  # "Protesters stormed the town hall hours later": the story's last date
        else:
            # "Tuesday, 2 April." above: the paragraphs under it; a gallery's caption: the captions' day before it
            timex = _heading_date(sent, index) or _caption_day(sent, index, paragraph_start) \
                or _story_day_before(sent, verb, index)
    if timex is not None:
        return EventDate(value=_night_end(timex), timex=timex.id)
    return _dated_title(index) or _filed(sent, index)


def _filed(sent: Span, index: Index) -> Optional[EventDate]:
    """The day the report was filed: its dispatch's dateline date in a file of dispatches, else the published date
    (with no timex), else nothing."""
    value, tid = index.filed(sent.start_char)
    return EventDate(value=value, timex=tid) if value else None


def _dated_title(index: Index) -> Optional[EventDate]:
    """The date a document's title says it bears ("Letter dated 28 August 2025 from the Permanent
    Representatives ..."): the day its own voice speaks, though an archive published it later."""
    line_end = index.text.find("\n")
    title_end = line_end if line_end >= 0 else len(index.text)
    for timex in index.timexes:
        if timex.start >= title_end:
            break
        if DATED_BEFORE.search(index.text, max(0, timex.start - 12), timex.start):
            return EventDate(value=timex.value, timex=timex.id)
    return None


def _night_end(timex: Timex) -> str:
    """The date of an act told in a night that runs into the next day: the day it ends ("Overnight into Saturday
    Russia launched drones" is Saturday's, as reports of the night are dated), not the evening it began."""
    day = _day(timex.value)
    if day is None or not timex.value.endswith("TNI") or NIGHT_INTO.search(timex.text) is None:
        return timex.value
    return (day + dt.timedelta(days=1)).isoformat()


def _counted_clause(token: Token, verb: Token, index: Index) -> Optional[Token]:
    """The verb of a clause whose date is counted from its main clause's ("a day after a missile struck the
    carrier and killed three of its crew"): the verb itself, or the verb its clause is coordinated after; or the
    event noun counted from ("a day after the first missile attack")."""
    if token.idx in index.dl.clause_dates:
        return token  # "a day after the first missile attack": the noun counted from
    if verb.idx in index.dl.clause_dates:
        return verb
    if verb.dep_ == "conj" and verb.head.idx in index.dl.clause_dates and verb.head.i < verb.i:
        return verb.head
    return None


def _not_the_story_day(timex: Timex, index: Index) -> bool:
    """Whether a date before an undated sentence tells no day the story has reached: an aside's or a clause's of
    another time ("the 1960 treaty", "since 2018"), but not a day or hour a phrase bounds ("By nightfall the rebels
    had overrun", "a little after three in the morning of 17 September"): the story stands on that day."""
    if _year_of_a_thing(timex, index):
        return True
    mark = _time_apart(timex, index)
    return mark is not None and not (mark in lexicon().classes.get("day_bound_marks", ()) and _on_a_day(timex)
                                     and _bounds_directly(timex, index) and _told_as_past(timex, index))


def _reported_flashback(timex: Timex, index: Index) -> bool:
    """The timex dates a clause in the past perfect inside another, in a sentence whose own clause tells a later
    day ("Tonight the general said his commanders had pulled out on Sunday. He vowed revenge."): a day before the
    one the story stands on, which the next sentence does not go on from. (Alone, "said the army had called at
    15:35" still tells the story's day.)"""
    if not _embedded_pluperfect(timex, index):
        return False
    day = _day(timex.value)
    sent = index.doc.char_span(timex.start, timex.end, alignment_mode="expand").sent
    return day is not None and any(
        sent.start_char <= t.start < sent.end_char and t is not timex and _day(t.value) is not None
        and _day(t.value) > day and not _embedded_pluperfect(t, index) and not _background(t, index)
        for t in index.timexes)


def _embedded_pluperfect(timex: Timex, index: Index) -> bool:
    """The timex dates a clause in the past perfect that hangs on another ("said his commanders had pulled out on
    Sunday")."""
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span) or not clause_pluperfect(index.doc, timex.start, timex.end):
        return False
    verb = timex_clause_verb(span.root)
    return verb.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "acl") and verb.i != verb.sent.root.i


def _told_as_past(timex: Timex, index: Index) -> bool:
    """The timex's clause tells what happened ("By nightfall they had overrun"), not what is due or planned ("would
    be back at their posts by 26 January": a deadline dates no later sentence)."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.pos_ != "AUX" and token.head.i != token.i:
        token = token.head
    return token is not None and token.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in token.children)


def _on_a_day(timex: Timex) -> bool:
    """The value names a day or a time within one ("2024-11-27", "2024-11-27TEV", "2024-09-17T03:00")."""
    return DAY.fullmatch(timex.value[:10]) is not None


def _bounds_directly(timex: Timex, index: Index) -> bool:
    """The timex (or the clock time it follows: "after three in the morning of 17 September") is the object of
    its preposition of time, not a date inside an event noun or clause after it ("after the talks on Monday")."""
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token, steps = span.root, 0
    while token.head.i != token.i and steps < 3:
        if token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS:
            return True
        if token.dep_ not in ("pobj", "prep", "appos") and not (token.like_num or token.lower_ in lexicon().classes.get("times_of_day", ())):
            return False
        token, steps = token.head, steps + 1
    return False


def _caption_day(sent: Span, index: Index, paragraph_start: int) -> Optional[Timex]:
    """In a gallery, whose captions stand under a picture counter ("**2 / 24**", "Photo 3 of 12"), an undated
    caption shows the day of the captions before it: the last day they told in a main clause, not an aside's ("who
    died in police custody on June 8")."""
    if not _under_counter(index.text, paragraph_start):
        return None
    i = bisect.bisect_left(index.timex_starts, sent.start_char) - 1
    while i >= 0:
        t = index.timexes[i]
        if DAY.fullmatch(t.value[:10]) and not _not_the_story_day(t, index) and not _background(t, index):
            return t
        i -= 1
    return None


def _story_day_before(sent: Span, verb: Token, index: Index) -> Optional[Timex]:
    """A sentence told in the past in a paragraph with no date goes on from the last day the text told in a main
    clause before it (or a day a phrase bounds: "shortly after dawn on Thursday"), within its section (no heading line
    between), when that day lies at least STORY_DAY_GAP days before the published date: "On Friday the two leaders met in Anchorage. [paragraph] Putin said they had reached an
    understanding" is Friday's, in a Sunday paper. A day just before the page (a wire's "last night") and acts in the
    present (a communique's "The Authority urges") keep the published date."""
    published = _day(index.filed(sent.start_char)[0])
    if published is None or not _told_in_past(verb):
        return None
    heading = max((h.start() for h in SECTION_HEADING.finditer(index.text, 0, sent.start_char)), default=0)
    heading = max([heading] + [start for start, end, _ in index.dispatches if start <= sent.start_char < end])
    i = bisect.bisect_left(index.timex_starts, sent.start_char) - 1
    while i >= 0 and index.timexes[i].start >= heading:
        t = index.timexes[i]
        day = _day(t.value)
        if day is not None and not _not_the_story_day(t, index):
            return t if STORY_DAY_GAP <= (published - day).days else None
        i -= 1
    return None


def _day(value: Optional[str]) -> Optional[dt.date]:
    """The day a value names ("2025-08-15", "2025-08-15TEV"), or None."""
    return dt.date.fromisoformat(value[:10]) if value and DAY.fullmatch(value[:10]) else None


def _told_in_past(verb: Token) -> bool:
    """The clause, or the clause of saying it is reported in, tells a past: a verb in the simple past or a
    participle with "had", "was" or "were"."""
    token, steps = verb, 0
    while True:
        if token.tag_ == "VBD" or token.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were") for c in token.children):
            return True
        if token.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj") \
                or token.head.i == token.i or steps > 6:
            return False
        token, steps = token.head, steps + 1


def _under_counter(text: str, paragraph_start: int) -> bool:
    """The paragraph opens with a gallery's picture counter, on its first line or on the line just above it."""
    line_end = text.find("\n", paragraph_start)
    first = text[paragraph_start:line_end if line_end >= 0 else len(text)]
    above = text[:paragraph_start].rstrip().rsplit("\n", 1)[-1]
    return any(PICTURE_COUNTER.fullmatch(line.strip()) for line in (first, above))


def _heading_date(sent: Span, index: Index) -> Optional[Timex]:
    """The timex of the last time heading before the sentence, if no crosshead ("News from the north", "## The
    talks") opened a section of its own between them: "Sunday in the capital" dates the paragraphs under it, not
    those of the next section."""
    before = [(start, timex) for start, timex in index.headings if start < sent.start_char]
    if not before:
        return None
    start, timex = before[-1]
    after = index.text.find("\n", start)
    if after >= 0 and crosshead_between(index.text, after, sent.start_char):
        return None
    return timex


def crosshead_between(text: str, start: int, end: int) -> bool:
    """Whether a crosshead of two words or more opens a paragraph in text[start:end] (what `CROSSHEAD.finditer(text,
    start, end)` finds), without reading the text again for each sentence. A crosshead is one line after a blank
    line, so each paragraph matches on its own, and up to the last blank line before `end` as in the whole text:
    those are read off the document's matches, and only the paragraph after that line is matched again."""
    starts, spaced = _crossheads(text)
    last_break = text.rfind("\n\n", start, end)
    if last_break < 0:
        return any(" " in m.group().strip() for m in _unbroken_crossheads(text, start, end))
    first, stop = bisect.bisect_left(starts, start), bisect.bisect_right(starts, last_break)
    return spaced[stop] > spaced[first] or any(" " in m.group().strip()
                                               for m in _unbroken_crossheads(text, max(start, last_break + 2), end))


def _unbroken_crossheads(text: str, start: int, end: int) -> list[re.Match]:
    """What `CROSSHEAD.finditer(text, start, end)` finds where no blank line lies inside text[start:end]: a crosshead
    opens the text or follows a blank line, so it can begin only where the stretch begins or one character after
    (a blank line astride its start), and only there is it tried, not at every character of a long stretch."""
    found, resume = [], start
    for at in (start, start + 1):
        if resume <= at < end:
            match = CROSSHEAD.match(text, at, end)
            if match is not None:
                found.append(match)
                resume = match.end()
    return found


@lru_cache(maxsize=1)
def _crossheads(text: str) -> tuple[list[int], list[int]]:
    """The starts of the text's crossheads, and before each (and after the last) how many of them have two words
    or more."""
    starts, spaced = [], [0]
    for m in CROSSHEAD.finditer(text):
        starts.append(m.start())
        spaced.append(spaced[-1] + (" " in m.group().strip()))
    return starts, spaced


def _own_voice(token: Token, verb: Token, index: Index) -> bool:
    """The document acts in its own first person, outside quotation marks, in the present or the future ("I
    condemn this attack in the strongest terms", "We recommend that ministers ...", "we will keep patrolling"): an act done as
    the document is written, on its date, not on the day the paragraph last told."""
    if token.i != verb.i:
        return False
    head, steps = verb, 0
    while head.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in head.children) and steps < 4:
        head, steps = head.head, steps + 1
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in DATING["first_person"]:
        return False
    modals = [c.lower_ for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    now = head.tag_ in ("VBP", "VBZ") and not modals or head.tag_ == "VB" and any(m in DATING["future_modals"]
                                                                                   for m in modals)
    return now and not any(q.start <= token.idx < q.end for q in index.dl.quotes if q.direct)


def _earlier_act_date(sent: Span, index: Index) -> Optional[EventDate]:
    """The date of the act a definite event noun of the sentence refers back to ("the boarding" after
    "boarded"), when that act's date was written."""
    doc = sent.doc
    for noun in sent:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            continue
        word = lemma(noun)
        for event in reversed(index.dl.events):
            if event.trigger.start >= sent.start_char or sent.start_char - event.trigger.start > ANAPHORA_REACH:
                continue
            root = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            stem = lemma(root.root) if root is not None and len(root) else ""
            if len(stem) > 3 and word.startswith(stem) and event.date is not None and event.date.timex:
                return EventDate(value=event.date.value, timex=event.date.timex)
    return None


def _own_timex(token: Token, verb: Token, index: Index) -> Optional[Timex]:
    """The timex that dates the trigger itself: any on a verb's path, but on an event noun only one that modifies
    it ("Monday's vote", "the attack on Wednesday"), not one that dates a noun after it ("claimed the attack in a
    statement the next day": the statement's day)."""
    timex = index.timex_at.get(token.i)
    if timex is None or token.i == verb.i:
        return timex
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    return timex if head.i == token.i or head.dep_ == "prep" and head.head.i == token.i else None


def _referred_act_date(trigger: Trigger, sent: Span, index: Index) -> Optional[EventDate]:
    """The date of the act a definite or possessed event noun names again ("6 June: the UN condemned the
    attack" after "5 June: fighters attacked the village", "claimed the attack the next day", "Iran's attack"):
    the latest act of its type told in an earlier sentence within reach, when a timex dated it."""
    noun = trigger.token
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                                      for c in noun.children):
        return None
    if noun.dep_ == "dobj" and lemma(noun.head) in lexicon().classes.get("act_making_verbs", ()):
        return None  # "the rebels resumed their offensive", "ordered the closure": done now
    if noun.dep_ == "dobj" and lemma(noun.head) in lexicon().classes.get("expression_verbs", ()):
        return None  # "expressed his gratitude", "affirmed its support": said now, not named again
    if noun.dep_ == "nsubj" and lemma(noun.head) in lexicon().classes.get("act_going_on_verbs", ()):
        return None  # "On Friday the fighting spread to the coast": the fighting of Friday
    own = index.timex_at.get(noun.head.i) if noun.dep_ == "nsubj" else None
    if own is not None and not _of_later_conjunct(own, noun.head, index) \
            and not any(c.dep_ == "cc" and c.idx < own.start for c in noun.head.children):
        # "The fighting broke out at dawn on Thursday": its own clause tells the act's day (not "His killing
        # brought thousands out, and the following year ...": the next clause's)
        return None
    for event in reversed(index.dl.events):
        if event.trigger.start >= sent.start_char or sent.start_char - event.trigger.start > ANAPHORA_REACH:
            continue
        if event.modality in UNREALISED:
            continue  # "would meet again on October 25. [...] welcomed the agreement": the plan is no agreement made
        if event.type == trigger.entry.type:
            if event.date is not None and event.date.timex:
                return EventDate(value=event.date.value, timex=event.date.timex)
            return None
    return None


def _sequel(sent: Span) -> bool:
    """The sentence tells its act as following closely on the last one told ("hours later", "within hours")."""
    text = " " + " ".join(t.lower_ for t in sent) + " "
    return any(f" {cue} " in text for cue in lexicon().classes.get("narrative_sequels", ()))


def _of_later_conjunct(timex: Timex, verb: Token, index: Index) -> bool:
    """Whether a timex dates a clause coordinated after the verb's ("closed the crossing and ordered
    them to leave the next day": the next day is the order's, not the closure's), or after a clause the verb
    is said in ("have not said why the man attacked her, and are expected to give details tomorrow")."""
    at = index.timex_head.get(timex.id)
    if at is None:
        return False
    token, steps = verb.doc[at], 0
    while token.i != verb.i and token.head.i != token.i and steps < 8:
        # not the conjunct the verb itself is in ("a complaint accusing her was lodged on 14 August"); the parser
        # may hang the conjunct on the verb's infinitive ("agreed to swap prisoners and carried them out on 25 May")
        if token.dep_ == "conj" and token.i > verb.i and (token.head.i == verb.i or token.head in verb.ancestors
                                                          or token.head.dep_ == "xcomp" and token.head.head.i == verb.i) \
                and token not in verb.ancestors:
            return not _attribution(token)
        token, steps = token.head, steps + 1
    return False


def _attribution(conjunct: Token) -> bool:
    """A verb of saying the parser coordinated after the act it attributes, with no "and" between ("The rebels
    agreed to a truce, the mediators said on Wednesday"): the date of the saying is the act's best date."""
    return lemma(conjunct) in lexicon().modality["reporting_verbs"] \
        and not any(c.dep_ == "cc" and c.i < conjunct.i for c in conjunct.head.children)


def _in_relative_clause(timex: Timex, index: Index) -> bool:
    """Whether the timex dates a relative clause or a participle that modifies a noun ("a curfew imposed
    on Sunday"): background to what its sentence tells."""
    at = index.timex_head.get(timex.id)
    if at is None:
        return False
    token, steps = index.doc[at], 0
    while token.pos_ not in VERB_TAGS and token.head.i != token.i and steps < 4:
        token, steps = token.head, steps + 1
    # (a participle in a sentence with no other verb is its main verb misread: "Anger boiled over on Tuesday."; a
    # verb in the past or with its own subject is a relative clause with no "that": "the ferry the rebels seized
    # in 2022")
    return token.dep_ == "relcl" or token.dep_ == "acl" and (
        token.tag_ in ("VBN", "VBD") and token.sent.root.pos_ in VERB_TAGS | {"AUX"}
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _background(timex: Timex, index: Index) -> bool:
    """Whether the timex dates a clause set apart from what its sentence tells (see `_time_apart`)."""
    return _time_apart(timex, index) is not None


def _time_apart(timex: Timex, index: Index) -> Optional[str]:
    """How the timex's clause is set apart from what its sentence tells: "aside" for a relative clause or a
    noun's participle ("a curfew imposed on Sunday"), else the word that makes it a clause or phrase of
    another time ("After the talks on Monday collapsed, ...", "since the coup in July"); None when it is not."""
    if _in_relative_clause(timex, index):
        return None if _where_clause(timex, index) or _utterance_date(timex, index) or _closing_date(timex, index) \
            else "aside"
    at = index.timex_head.get(timex.id)
    token, steps = (index.doc[at], 0) if at is not None else (None, 0)
    marks = lexicon().classes.get("sequence_marks", frozenset())
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    while token is not None and token.head.i != token.i and steps < 8:
        mark = next((c.lower_ for c in token.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if token.dep_ == "advcl" and mark is not None and not (span is not None and fronted_before_clause(span, token)):
            return mark
        if token.dep_ == "prep" and token.lower_ in TIME_PREPS:
            return token.lower_
        token, steps = token.head, steps + 1
    return None


def _closing_date(timex: Timex, index: Index) -> bool:
    """The timex closes its sentence, set off by a comma ("Medics treat a man who was shot in the leg in Kitengela,
    July 7."): the date line of a photo caption or a brief, which dates what the sentence shows, however the parser
    hung it on the nearest noun."""
    text = index.text
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and CLOSING_AFTER.match(text, timex.end, span.sent.end_char) is not None \
        and SET_OFF_BEFORE.search(text, max(span.sent.start_char, timex.start - 3), timex.start) is not None


def _utterance_date(timex: Timex, index: Index) -> bool:
    """The timex dates a statement or speech ("In a statement issued on Friday, the office condemned"): the
    date of what was said in it."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.head.i != token.i:
        token = token.head
    return token is not None and lemma(token.head) in lexicon().classes.get("utterances", ())


def _where_clause(timex: Timex, index: Index) -> bool:
    """The timex is in a "where" clause ("flew to Manila, where on 30 July he pledged ..."): the story goes
    on there, it describes no noun."""
    at = index.timex_head.get(timex.id)
    token = index.doc[at] if at is not None else None
    while token is not None and token.pos_ not in VERB_TAGS and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "relcl" and any(lemma(c) in ("where", "when") for c in token.children)


def _dates_clause_of(timex: Timex, verb: Token, index: Index) -> bool:
    """Whether the timex belongs to the verb's clause or to one the verb is embedded in."""
    at = index.timex_head.get(timex.id)
    return at is None or at == verb.i or verb.doc[at] in verb.ancestors


def _in_series(timex: Optional[Timex], token: Token, index: Index) -> Optional[Timex]:
    """Of a series of dates the parser hung on one verb ("on the 14th a strike killed six, on the 16th a boat was
    destroyed, and on the 17th a third was hit"), the one told last before the act: each act of the list has the
    date written before it."""
    if timex is None:
        return None
    verb = _timex_verb(timex, index)
    sent = token.sent
    told = [t for t in index.timexes if sent.start_char <= t.start < sent.end_char]
    # (not the end of a range: "overnight on October 23 to 24" is one night, "between 7 and 10 May" one stretch)
    series = [t for before, t in zip([None] + told, told) if _day(t.value) is not None and verb is not None
              and _timex_verb(t, index) == verb
              and not (before is not None and RANGE_LINK.fullmatch(index.text, before.end, t.start))]
    if len(series) < 2 or timex not in series:
        return timex
    before = [t for t in series if t.end <= token.idx]
    return before[-1] if before else timex


def _timex_verb(timex: Timex, index: Index) -> Optional[int]:
    """The verb whose clause the timex dates (the first verb up from where it attaches), or None."""
    at = index.timex_head.get(timex.id)
    token, steps = (index.doc[at], 0) if at is not None else (None, 0)
    while token is not None and token.pos_ not in VERB_TAGS and token.head.i != token.i and steps < 4:
        token, steps = token.head, steps + 1
    return token.i if token is not None and token.pos_ in VERB_TAGS else None


def _governing_up(verb: Token, index: Index) -> Optional[Timex]:
    """A timex of a clause this one is embedded in ("On Monday, Israel agreed to withdraw")."""
    head, steps = verb, 0
    while head.head.i != head.i and head.dep_ in ("xcomp", "conj", "advcl", "ccomp") and steps < 4:
        head = head.head
        steps += 1
        if head.i in index.timex_at:
            return index.timex_at[head.i]
    return None

