"""When a quote was said: a date on its cue or in the cue's own clause, the day of the occasion
the cue names, the day the narration or the story's lead has reached for the speaker, the date
of the speaker's quote before it; the helpers that read a day off a date value."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span, Token

from ..alternation import alternation
from ..annotations import Annotations, document_text, mentions_starting, sentences
from ..timex import bare_night
from ..timex.values import week_days
from ..model import Mention
from .speech import Lexicon, closing_setting
from .words import PRONOUNS, _definite, cue_words
from .speakers import WRITER, _person, _quoted_at, _sentences_before


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
    return [t for t in dl.index_of("timexes").within(start, end) if t.type in ("DATE", "TIME")
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
    if _modifier_of_thing(token):
        return False
    while token.head.i != token.i:
        if _names_thing(token) or token.lower_ in cue_words("topic_prepositions"):
            return False
        if token.head.i == verb.i:
            if _medium_participle_on_cue(token, verb):
                return True
            return token.dep_ not in CLAUSE_BOUNDS and not _aftermath(token, content) and not (
                verb.lemma_.lower() in cue_words("recalling") and _recalled(verb, timex.start))
        if _speakers_moment(token, verb) or _medium_moment(token, verb) or _issued_moment(token, verb):
            token = token.head
            continue
        if token.dep_ in CLAUSE_BOUNDS or token.dep_ == "advcl" and token.head.i != verb.i \
                and token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False
        token = token.head
    return False


def _aftermath(clause: Token, content: tuple[int, int]) -> bool:
    """'X tells me C, so this week we have two urns': a clause with its own subject after the content, not one of
    time ('when we met on Monday'), tells what followed from the words, not when they were said."""
    return clause.dep_ == "advcl" and clause.idx >= content[1] \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL for c in clause.children)


def _modifier_of_thing(token: Token) -> bool:
    """'One woman from the 2024 intake said C', 'the 2019 budget': a date set before a noun as its modifier names
    the thing, not the time of the saying; unless the noun is an occasion or a medium of words ('the Tuesday
    meeting', 'Monday's statement')."""
    noun = token.head
    return token.dep_ in ("compound", "nmod", "amod", "nummod") and noun.pos_ == "NOUN" and token.i < noun.i \
        and noun.lemma_.lower() not in _issued() | cue_words("occasions")


def _names_thing(token: Token) -> bool:
    """'Turning to the events of 6-7 May, X said C', 'the understanding of 10 May': a date after 'of' on a noun
    names that thing by its day; unless the noun is the words' medium or occasion ('In his speech of 12 May')."""
    noun = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() not in _issued() | cue_words("occasions")


def _about(token: Token) -> bool:
    """A day in a phrase after a topic preposition ('a media query regarding the address of 12 May'): the day of
    what is talked about."""
    return any(a.lower_ in cue_words("topic_prepositions") for a in token.ancestors)


def _recalled(verb: Token, start: int) -> bool:
    """'He recalled the visit to Islamabad on 9 May': a day after the object of a verb of recalling
    (`data/cues.yaml: recalling`) is the day of what is recalled, not of the recalling."""
    return any(c.dep_ == "dobj" and c.idx < start for c in verb.children)


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
    came out; so does one set off by a comma after the document's phrase, which the parser may hang on its last
    noun ('An analysis of the data by the Five Borough Project, published Sunday, found C')."""
    subject = token.head
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD"):
        return False
    while subject.dep_ in ("pobj", "prep") and token.i > 0 and token.doc[token.i - 1].text == ",":
        subject = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i and (
        subject.lemma_.lower() in _issued() or any(  # 'The ministry's green paper, published on 18 March, said'
            t.pos_ == "NOUN" and t.lemma_.lower() in _issued() and t.i < token.i for t in subject.subtree))


def _medium_participle_on_cue(token: Token, verb: Token) -> bool:
    """'In her letter to the court, dated 19 September, his partner says C': a participle with no subject, set off
    by a comma right after a phrase on the cue that names the medium of the words, tells when that medium was
    given, though the parser hangs it on the cue as a clause of its own (and the phrase on the cue or on it)."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i < 2 or doc[token.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return False
    before = doc[token.i - 2]
    return any(c.dep_ == "prep" and c.i < before.i <= c.right_edge.i and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _issued() for o in c.children)
        for c in list(verb.children) + list(token.children))


@lru_cache(maxsize=None)
def _issued() -> frozenset[str]:
    """What is issued with words in it: the lists `media_nouns` and `documents` of `data/cues.yaml`, joined once."""
    return cue_words("media_nouns") | cue_words("documents")


def _active(verb: Token) -> bool:
    """A verb in the active voice: its subject is who acted, so a time on it is the act's."""
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """'On Monday X stood before a map and told them C': a verb conjoined to the one before with no
    subject of its own, or an errand's infinitive (`_errand`), is part of its clause, and takes a time phrase
    set before both, or one after the first when both are active ('went on radio on Monday and said C'; not
    'were abducted on 7 October and were reported to be C')."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or _errand(verb)


def _errand(verb: Token) -> bool:
    """'Tom wrote on Monday to say that C', 'she went on radio on Sunday to say C': an infinitive of saying on a
    verb of an errand run to say it (`data/cues.yaml: errands`) is said on that errand, with its subject."""
    return verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and verb.head.pos_ == "VERB" \
        and verb.head.lemma_.lower() in cue_words("errands") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _means(verb: Token) -> Optional[Token]:
    """'opened Sunday's circle by telling us C', 'resigned on 25 May, saying C': a participle of saying with no
    subject of its own, the means of a verb in the simple past it hangs on (after `data/cues.yaml:
    means_prepositions`) or set after it by a comma, tells what was said in doing it; the verb whose time it
    shares (not 'have been firing since November, saying C', a span)."""
    head = verb.head
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in cue_words("means_prepositions") \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head if _simple_past(head.head) else None
    if verb.dep_ == "advcl" and _simple_past(head) and head.i < verb.i and verb.doc[verb.i - 1].text == ",":
        return head
    return None


def _joined_report(doc: Doc, verb: Token, dates, lex: Optional[Lexicon]):
    """'The office said on Tuesday that C, and its chief called for D': a report joined to a dated verb of saying
    before it, with a subject of its own and no time of its own, was made on that day (the time phrase on the
    first verb, not one inside what it reports). So is one joined to any verb whose time phrase opens the sentence,
    before that verb's subject, and so sets the time of both clauses ('On Tuesday the army began a raid, and the
    ministry said C'; not 'The army began a raid on Tuesday, and the ministry said C', nor a report in the present
    tense, which is of now: 'After prayers last Friday you gave £900, and Amina tells me C')."""
    first = verb.head
    if lex is None or verb.dep_ != "conj" or first.i >= verb.i \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return next((t for t in dates if _DAY.match(t.value) and _modifies(doc, t, first) is not None and (
        lex.says(first) or verb.tag_ == "VBD" and subject is not None and t.end <= subject.left_edge.idx)), None)


def _past(verb: Token) -> bool:
    """A cue in the past tense ('said', 'had said'), which may tell of a day the text has moved to; not the
    present perfect ('has repeatedly said'), which tells of no day."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _parties(doc: Doc, dl: Annotations, speaker: Mention) -> set[str]:
    """The speaker's actor and those its phrase names it by ('the court's president, X', 'a Hamas
    official'): what the speaker is part of took part through them. A person is part of no other person
    ('Brandvold's son, Kyle' took no part in what his father did)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    start, end = speaker.start, speaker.end
    if span is not None:
        head = span.root.head if span.root.dep_ == "appos" else span.root
        start, end = min(start, head.left_edge.idx), max(end, head.right_edge.idx + len(head.right_edge))
    person = _person(dl, speaker.actor)
    return {speaker.actor} | {m.actor for m in mentions_starting(dl, start, end) if m.end <= end and m.actor
                              and document_text(doc)[m.start:m.end].lower() not in PRONOUNS
                              and not (person and m.actor != speaker.actor and _person(dl, m.actor))}


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
    for t in _explicit(doc, _dates(dl, paragraph, sentence.start_char)):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not _DAY.match(t.value) or any(c[0] <= t.start < c[1] for c in contents) or _kind(span.root) \
                or dl.published and _day(t.value) > dl.published:  # (words in the past were said by the paper's day)
            continue
        root = span.root.sent.root
        verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if _dated_occasion(span.root) is not None and verb.dep_ in ("dobj", "pobj"):
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head  # 'opened Sunday's circle'
        if verb.lemma_.lower() in cue_words("recalling") and _recalled(verb, t.start) or _about(span.root):
            continue
        if (verb.i == root.i or verb.dep_ in ("ccomp", "conj") and verb.head.i == root.i) and (
                span.end <= verb.i or not any(w.lower_ in lex.sequence_prepositions for w in doc[verb.i:span.start])):
            found = (t, span.root.sent)
    if found is None:
        return None
    t, told = found
    if parties is not None and not _reaction_after(doc, told, cue) and not any(m.actor in parties for m in mentions_starting(dl, told.start_char, told.end_char)) \
            and not _spoke_at_meeting(told, cue):
        return None
    return _day(t.value)


def _explicit(doc: Doc, dates: list) -> list:
    """'The next morning, Friday 9 May', 'On Sunday 11 May, the Fourth Sunday of Easter': of two time phrases
    set side by side with a comma or in apposition, which name one time, the one written with a number is the
    calendar's; the other, worked out from words alone, is left out where the two disagree."""
    text = document_text(doc)
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in dates]

    def restates(a: int, b: int) -> bool:
        first, second = sorted((a, b), key=lambda k: dates[k].start)
        if re.fullmatch(r",\s*", text[dates[first].end:dates[second].start]):
            return True
        sa, sb = spans[a], spans[b]
        return sa is not None and sb is not None and (sa.root.dep_ == "appos" and sa.root.head in sb
                                                      or sb.root.dep_ == "appos" and sb.root.head in sa)

    numbered = [any(c.isdigit() for c in t.text) for t in dates]  # read once: every pair of dates asks
    days = [_day(t.value) for t in dates]
    dropped = {j for i in range(len(dates)) if numbered[i] for j in range(len(dates)) if i != j
               and not numbered[j] and days[i] != days[j] and restates(i, j)}
    return [t for k, t in enumerate(dates) if k not in dropped]


def _kind(token: Token) -> bool:
    """'has held 98 Thursday vigils', 'a Thursday vigil': a day's name on a plural noun or one with 'a' names a
    kind of thing that recurs, no day."""
    noun = token.head
    return token.dep_ in ("compound", "nmod", "npadvmod", "amod") and noun.pos_ == "NOUN" and (
        noun.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children))


def _dated_occasion(token: Token) -> Optional[Token]:
    """The occasion (`data/cues.yaml: occasions`) a day phrase whose root is `token` dates: 'Sunday's circle',
    'the Sunday circle', 'a rally on Saturday'."""
    noun = token.head
    if token.dep_ == "pobj" and noun.lower_ == "on":
        noun = noun.head
    elif token.dep_ not in ("poss", "compound", "npadvmod", "nmod", "amod"):
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in cue_words("occasions") else None


def _scene_day(doc: Doc, dl: Annotations, verb: Token, contents, lex: Lexicon,
               parties: set[str] = frozenset()) -> Optional[str]:
    """The day of the scene a cue in the simple past is narrated in. Features and notes set an occasion with
    a day (a day fronted before the subject, 'On Saturday afternoon, in a union hall, X stuck to ...',
    'Riding the train on Saturday night, X said'; an occasion with a day, 'opened Sunday's circle') and tell
    in the past what was said there in the sentences and paragraphs after it: by anyone when the scene names
    a place of speaking (`data/cues.yaml: occasions`, `settings`), else by those who took part in it
    (`parties`). A fronted day on a verb in the past perfect is a flashback, no scene ('In an interview last
    Tuesday, X had said'). The scene ends where another day is set on a main verb, where a sentence fronts
    another place ('On Staten Island, X said'), and where a paragraph opens in the present ('The campaign
    says', 'X has threatened'), which turns from the scene to background. Failing a scene, the occasion the
    head lines or the lead name with a day ('Notes from the Sunday circle'). Not for words said before it
    ('had said'), nor for a document's or a statement's words."""
    if not _simple_past(verb) or _not_at_occasion(verb) or _fronted_place(verb.sent):
        return None
    text = document_text(doc)
    head, lead = _lead_span(text)  # the head lines end where the lead starts
    occasion = scene = None
    listed = sentences(doc)
    before = listed[:bisect.bisect_left(listed, verb.sent.start, key=lambda s: s.start)]
    for sentence in before:  # the first occasion the head lines or the lead date
        if sentence.start_char >= lead:
            break
        subject = _subject(sentence)
        if subject is not None and _writers_group(subject):
            continue  # (the writer's group's own meeting is the scene of its members' words, not everyone's occasion)
        days = _sentence_scene(doc, dl, sentence, contents, lex, text, lead)[0]
        occasion = next((day for dated, day in days if dated and day), None)
        if occasion is not None:
            break
    moved = None
    after = verb.idx  # (a sentence may open with the heading above it)
    for sentence in reversed(before):  # the scene is what the last sentence that sets or ends one leaves
        if sentence.start_char < head or _section_between(text, sentence.end_char, after):
            break
        after = sentence.end_char
        days, resets, setting, moves_on = _sentence_scene(doc, dl, sentence, contents, lex, text, lead)
        if days:  # (an occasion named again with no day is the story's: the one the head lines or lead date)
            scene = days[-1][1] or occasion or _lead_day(doc, dl, sentence.start_char) \
                if setting or days[-1][0] or _took_part(dl, sentence, parties) else None
        if moves_on and moved in (None, moves_on):
            moved = moves_on  # 'X said on Monday night C' in Monday night's scene goes on with it
            continue
        if days or resets or moves_on:
            break
    if moved is not None:
        return scene if scene == moved else None
    return scene or occasion


HEADING_WORDS = 10  # a line standing as a paragraph of its own, this short and with no closing stop, heads a section
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _section_between(text: str, start: int, end: int) -> bool:
    """Whether a heading that names an occasion (`data/cues.yaml: occasions`) opens a paragraph in text[start:end]
    ('Session 2: Paying for it', 'The hearing'): a short line after a blank line, with a blank line after it, that
    starts with a capital and ends with no stop. A new session sets its own scene, so none runs across it; a
    heading of a story's theme ('The inauguration') does not end the scene."""
    base = max(0, start - 4)
    for m in _PARAGRAPH_BREAK.finditer(text, base, end):
        at = m.end()
        if not start <= at < end:
            continue
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if line[:1].isupper() and len(line.split()) <= HEADING_WORDS and line[-1] not in ".!?,;:\"”'’)" \
                and _PARAGRAPH_BREAK.match(text, stop) is not None \
                and cue_words("occasions") & set(re.findall(r"[a-z]+", line.lower())):
            return True
    return False


def _held_day(doc: Doc, dl: Annotations, contents) -> Optional[str]:
    """The day of the occasion a document reports, said in its head lines or its lead ('Roundtable held in London on
    Thursday 3 July', 'The hearing took place on 3 July', 'The committee met on 3 July'; `data/cues.yaml: held_verbs`):
    the day its participants spoke when no scene of another day is open. Meeting someone ('met Trump on 24 June')
    holds no occasion of the document's own."""
    cache = doc.user_data.get("quotes.held")
    if cache is not None and cache[0] is contents:
        return cache[1]
    found = _held_before(doc, dl, contents, _lead_span(document_text(doc))[1])
    doc.user_data["quotes.held"] = (contents, found)
    return found


def _held_before(doc: Doc, dl: Annotations, contents, end: int, on_occasion: bool = False) -> Optional[str]:
    """The first day before `end` on which the text says an occasion was held, outside the quotes' `contents`;
    with `on_occasion`, also a day set on the occasion noun ('met for their debate on Tuesday night'), which as
    the lead's day would date the readers who wrote in after it."""
    for t in _dates(dl, 0, end):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not _DAY.match(t.value) or any(c[0] <= t.start < c[1] for c in contents):
            continue
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
        if on_occasion and verb.lemma_.lower() in cue_words("occasions"):  # 'met for their debate on Tuesday': the occasion's verb
            verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb.head
        if verb.pos_ == "VERB" and _holds_occasion(verb):
            return _day(t.value)
    return None


def _holds_occasion(verb: Token) -> bool:
    """'held' on an occasion noun ('Roundtable held', 'the hearing was held'), 'took place', or 'met' with no
    one met."""
    lemma = verb.lemma_.lower()
    if lemma not in cue_words("held_verbs"):
        return False
    occasions = cue_words("occasions")
    if lemma == "hold":
        named = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        named += [verb.head] if verb.dep_ == "acl" else []
        named += [verb.doc[verb.i - 1]] if verb.i > 0 and verb.tag_ == "VBN" else []
        return any(n.lemma_.lower() in occasions or _recorded(n) in occasions for n in named)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return not any(c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "with") for c in verb.children)


def _recorded(noun: Token) -> Optional[str]:
    """The occasion a record names ('Minutes of the debate', 'the transcript of the hearing'; `data/cues.yaml:
    records`), by its head word's lemma: what was held is the occasion, not its record."""
    if noun.lemma_.lower() not in cue_words("records") and noun.lower_ not in cue_words("records"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    occasion = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return occasion.lemma_.lower() if occasion is not None else None


def _sentence_scene(doc: Doc, dl: Annotations, sentence: Span, contents, lex: Lexicon, text: str,
                    lead: int) -> tuple:
    """What a sentence does to the scene, whoever is quoted after it: the days it sets, whether it ends the
    scene (a paragraph opening in the present, a fronted place), whether it names a setting, whether it moves
    on to another day. Kept per document, so that each quote's walk back over the sentences before it reads
    them once."""
    cache = doc.user_data.get("quotes.scenes")
    if cache is None or cache[0] is not contents:
        cache = (contents, {})
        doc.user_data["quotes.scenes"] = cache
    if sentence.start not in cache[1]:
        opens = not text[text.rfind("\n", 0, sentence.start_char) + 1:sentence.start_char].strip()
        resets = opens and sentence.start_char >= lead and _background(sentence) or _fronted_place(sentence)
        days = _scene_days(doc, dl, sentence, contents, lex)
        cache[1][sentence.start] = (days, resets, _setting(sentence, contents),
                                    not days and _moves_on(doc, dl, sentence, contents))
    return cache[1][sentence.start]


def _took_part(dl: Annotations, sentence: Span, parties: set[str]) -> bool:
    """Whether one of `parties` is named in the sentence or speaks in it."""
    parties = set(parties) - {None}
    within = range(sentence.start_char, sentence.end_char)
    return any(m.actor in parties for m in mentions_starting(dl, sentence.start_char, sentence.end_char)) or any(
        q.speaker is not None and q.speaker.actor in parties for q in dl.quotes if q.cue and q.cue.start in within)


def _setting(sentence: Span, contents) -> bool:
    """Whether a sentence names a place or occasion of speaking ('in a union hall', 'opened Sunday's circle')
    outside what anyone is reported to say."""
    words = cue_words("occasions") | cue_words("settings")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words and not any(c[0] <= t.idx < c[1] for c in contents)
               for t in sentence)


@lru_cache(maxsize=8)
def _lead_span(text: str) -> tuple[int, int]:
    """Where the story's lead, its first paragraph of body text, starts and ends ((0, 0) when there is none);
    kept for the last few texts, as every quote asks."""
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if len(paragraph.split()) > HEAD_WORDS:
            return start, end
        start = end + 1
    return 0, 0


def _scene_days(doc: Doc, dl: Annotations, sentence: Span, contents, lex: Lexicon) -> list[tuple[bool, str]]:
    """The days a sentence sets a scene on, in order, each with whether it dates an occasion: a day on a
    named occasion or the main clause's subject, or one fronted before that subject and not after a phrase of another
    event."""
    subject = _subject(sentence)
    found = []
    for t in _explicit(doc, _dates(dl, sentence.start_char, sentence.end_char)):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not _DAY.match(t.value) or any(c[0] <= t.start < c[1] for c in contents) \
                or any(c.start <= t.start < c.end for c in dl.citations) or _about(span.root) \
                or any(a.dep_ == "relcl" for a in span.root.ancestors) or _kind(span.root):
            continue  # (a relative clause tells about someone: 'X, who has not missed a Thursday vigil, stood')
        if _dated_occasion(span.root) is not None or span.root.head.i == sentence.root.i and (
                span.root.dep_ in ("nsubj", "nsubjpass") or subject is None and sentence.root.pos_ in ("VERB", "AUX")) \
                or _reporting_visit(span, sentence, subject, lex):
            # ('Wednesday was worse.', 'Then came Tuesday.': the story turns to that day)
            found.append((True, _day(t.value)))
        elif subject is not None and span.end <= subject.left_edge.i and not _flashback(subject) and not any(
                w.lower_ in lex.sequence_prepositions for w in doc[sentence.start:span.start]):
            found.append((False, _day(t.value)))
    again = _occasion_again(sentence, contents, dl) if not found else None
    if again is not None:
        found.append((True, _occasion_dated_before(doc, dl, again, contents) or _day_named(doc, dl, again, contents)))
    return found


def _reporting_visit(span: Span, sentence: Span, subject: Optional[Token], lex: Lexicon) -> bool:
    """'I went round the concourse on Tuesday night', 'Our reporter X spent Tuesday at a church in Y': a day on the
    main verb of the writer's own day out, or the paper's reporter's (`data/cues.yaml: writer, reporters`), told in
    the simple past with no verb of saying, is the scene of what the people met there say after it, whoever they are.
    So is the writer's own group's gathering ('Fourteen of us met last Wednesday', 'Our text last Wednesday was
    Luke 10'): what its members said is told from that day. Not the writer's own report or question ('As we reported
    on Monday'), nor a day in a flashback."""
    root = sentence.root
    if subject is None or subject.head.i != root.i or not _simple_past(root) or root.lemma_.lower() in lex.speech:
        return False
    head = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
    if head.i != root.i:
        return False
    staff = cue_words("reporters")
    return subject.lower_ in WRITER or _writers_group(subject) or any(
        t.lemma_.lower() in staff and _ours(t) for t in subject.subtree)


def _ours(noun: Token) -> bool:
    """'our reporter', 'our text': a noun the writer's side owns."""
    return any(c.dep_ == "poss" and c.lower_ in cue_words("writer_possessives") for c in noun.children)


def _writers_group(subject: Token) -> bool:
    """'Fourteen of us', 'Our text': a subject that is some of the writer's own group, or a thing of the group's
    own, not a person of the writer's ('our editor', 'my husband', who are people of their own)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in cue_words("writer_objects")
                                                         for g in c.children) for c in subject.children):
        return True
    return subject.pos_ == "NOUN" and _ours(subject) and subject.lemma_.lower() not in cue_words("people_nouns") \
        and subject.lemma_.lower() not in cue_words("reporters")


def _occasion_dated_before(doc: Doc, dl: Annotations, noun: Token, contents) -> Optional[str]:
    """The day the text set on the same occasion before (`At the gathering on Monday night`, `Sunday's circle`), over
    another day its sentence may give first ('Then on Friday X confirmed C, and Y opened Sunday's circle')."""
    days = [t for t in _dates(dl, 0, noun.sent.start_char) if _DAY.match(t.value)
            and not any(c[0] <= t.start < c[1] for c in contents)]
    for t in reversed(days):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        occasion = _dated_occasion(span.root) if span is not None else None
        if occasion is not None and occasion.lemma_.lower() == noun.lemma_.lower():
            return _day(t.value)
    return None


def _occasion_again(sentence: Span, contents, dl: Annotations) -> Optional[Token]:
    """'On the call, the chief financial officer said C', 'X ended the call by saying C': an occasion (`data/cues.yaml:
    occasions`) a sentence names with 'the' and no day as the setting or object of a verb, outside anyone's words
    and any cited document ('the notes for the ceremony' names no scene); it sets the scene on the day the text
    gave that occasion before, else on the day of the occasion the story is about. An occasion the sentence's
    act comes before or after ('We asked you to write in after the vote') is not where it is set
    (`data/cues.yaml: outside_occasion`)."""
    def on_verb(t: Token) -> bool:
        if t.dep_ == "pobj" and t.head.lower_ in cue_words("outside_occasion"):
            return False
        head = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
        return head is not None and head.pos_ in ("VERB", "AUX")
    return next((t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in cue_words("occasions")
                 and _definite(t) and on_verb(t) and not any(c[0] <= t.idx < c[1] for c in contents)
                 and not any(c.start <= t.idx < c.end for c in dl.citations)), None)


def _flashback(subject: Token) -> bool:
    """'In a television interview last Tuesday, X had said C': a clause in the past perfect tells of a time
    before the scene, and sets none."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in subject.head.children)


def _subject(sentence: Span) -> Optional[Token]:
    """The sentence's first subject: what is before it is fronted, the scene its clauses are set in."""
    return next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")), None)


def _moves_on(doc: Doc, dl: Annotations, sentence: Span, contents) -> Optional[str]:
    """The day a sentence tells of on its main verb ('The committee found on 22 August that C'): unless it is
    the scene's own, the narration has left the scene."""
    for t in _dates(dl, sentence.start_char, sentence.end_char):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not _DAY.match(t.value) or any(c[0] <= t.start < c[1] for c in contents):
            continue
        head = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if head.i == sentence.root.i:
            return _day(t.value)
    return None


def _background(sentence: Span) -> bool:
    """A sentence whose main verb is in the present or the present perfect ('The campaign says C', 'X has
    threatened Y'): background to the scene, not its narration."""
    root = sentence.root
    return root.pos_ in ("VERB", "AUX") and (root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children))


def _fronted_place(sentence: Span) -> bool:
    """'On Staten Island, where ..., X said C': a place's name fronted before the main clause's subject sets a
    new scene."""
    subject = _subject(sentence)
    if subject is None:
        return False
    front = sentence.doc[sentence.start:subject.left_edge.i]
    return len(front) > 1 and front[0].lower_ in cue_words("place_prepositions") and front[0].dep_ == "prep" \
        and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in front)


def _simple_past(verb: Token) -> bool:
    """A cue in the simple past ('said'; not 'had said', told of an earlier day, nor 'has said')."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


def _not_at_occasion(verb: Token) -> bool:
    """Words not said at the scene: a document's ('An analysis found C'), given in a medium ('said in a
    statement'), or told to the writer's own paper ('residents told this paper')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in _issued():
        return True
    if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in cue_words("occasions") | cue_words("settings")
           and any(d.dep_ == "det" and d.lower_ == "this" for d in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and any(g.lemma_.lower() in cue_words("media_nouns") for g in c.children)
               for c in verb.children)


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
    """'Guterres told the Cairo summit C', 'In a post an hour after the meeting, X said C', 'X ended the call by
    saying C': a cue (or the verb it tells the means of) set at or against an occasion the text names definitely
    (`data/cues.yaml: occasions`), or addressed to its audience ('told the congregation C', 'asked the crowd to
    C', where the one asked opens the content; `audiences`), was said on that occasion's day: the day of the
    nearest sentence before that names it with a date or a dated report, else, for the occasion the story is
    about, the day its lead gives."""
    occasions = cue_words("occasions") | cue_words("audiences")
    means = _means(verb)  # 'X ended the call by saying C'
    gap = _cue_gap(document_text(doc), content, verb)  # the cue between two parts of one quote
    for token in (means or verb).subtree:
        if token.lemma_.lower() not in occasions or token.pos_ != "NOUN" or not _definite(token) \
                or content[0] <= token.idx < content[1] and not gap[0] <= token.idx < gap[1] \
                and not (token.head.i == verb.i and token.dep_ in ("dobj", "dative")) \
                or _to_verb(token, verb) is None \
                and (means is None or _to_verb(token, means) is None):
            continue
        day = _day_named(doc, dl, token, contents)
        if day is not None:
            return day
        return _lead_day(doc, dl, verb.idx)
    return None


DOCUMENT_LOOKBACK = 4  # sentences back to the one that names the document a bare 'The brief' speaks for


def _document_day(doc: Doc, dl: Annotations, verb: Token, contents) -> Optional[str]:
    """'In its opening brief, filed in September, the government argued C. The brief warned D': a document
    or medium (`data/cues.yaml: documents, media_nouns`) named again with 'the' as the cue's subject is the
    one a sentence just before named with a date, and its words bear that date (a month will do)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _issued() \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or any(c.dep_ in ("poss", "amod", "compound") for c in subject.children):
        return None
    for back, sentence in enumerate(_sentences_before(doc, verb.sent)):
        if back >= DOCUMENT_LOOKBACK:
            break
        if not any(t.lemma_.lower() == subject.lemma_.lower() and t.pos_ == "NOUN" for t in sentence):
            continue
        values = [_day(t.value) for t in _dates(dl, sentence.start_char, sentence.end_char)
                  if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", _day(t.value))
                  and not any(c[0] <= t.start < c[1] for c in contents)]
        return values[0] if len(values) == 1 else None
    return None


def _to_verb(token: Token, verb: Token) -> Optional[Token]:
    """The phrase on `verb` that holds `token` through adjuncts or as its object ('told the summit', 'in a post
    an hour after the meeting'), if it hangs on the verb so."""
    while token.head.i != token.i and (token.dep_ in ADJUNCT or token.dep_ in ("dobj", "dative", "acl")):
        if token.lower_ in cue_words("topic_prepositions"):
            return None  # 'a query regarding the address': what the words are about
        if token.head.i == verb.i:
            return token
        token = token.head
    return None


def _day_named(doc: Doc, dl: Annotations, noun: Token, contents) -> Optional[str]:
    """The day of the nearest sentence before `noun`'s that names the same occasion with a day: a date in it
    or the date of a report it cites ('The Arab summit in Cairo endorsed the plan (Al Jazeera, 04/03/2025)').
    An audience (`data/cues.yaml: audiences`) is named by any audience noun or a verb of gathering ('On
    Wednesday evening about 300 people gathered at the mosque ... he told the audience'). Not a day after the
    paper's own, nor a weekday a date set beside it corrects."""
    audience = noun.lemma_.lower() in cue_words("audiences")

    def names(t: Token) -> bool:
        return t.lemma_.lower() == noun.lemma_.lower() or audience and (
            t.lemma_.lower() in cue_words("audiences") or t.pos_ == "VERB" and t.lemma_.lower() in cue_words("convening"))
    for sentence in _sentences_before(doc, noun.sent):
        if not any(names(t) for t in sentence):
            continue
        days = [_day(t.value) for t in _explicit(doc, _dates(dl, sentence.start_char, sentence.end_char))
                if _DAY.match(t.value) and not any(c[0] <= t.start < c[1] for c in contents)
                and not (dl.published and _day(t.value) > dl.published)]
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
    start, end = _lead_span(text)  # the first paragraph of body text before `before`, cut there if it runs on
    if end == 0 or start >= before or end > before and len(text[start:before].split()) <= HEAD_WORDS:
        return None
    end = min(end, before)
    days = [_day(t.value) for t in _lead_dates(doc, dl, start, end)]
    return (days[0], start, end) if days and dl.published and days[0] < dl.published else None


def _lead_dates(doc: Doc, dl: Annotations, start: int, end: int) -> list:
    """The lead's days, in order: none after the paper's own date ('Sixty years to the day after X signed',
    read as tomorrow, tells no news day), and of a weekday and a date in apposition only the date ('on
    Wednesday evening, August 6')."""
    return [t for t in _explicit(doc, _dates(dl, start, end)) if _DAY.match(t.value)
            and not (dl.published and _day(t.value) > dl.published)]


def _lead_day(doc: Doc, dl: Annotations, before: int) -> Optional[str]:
    lead = _lead(doc, dl, before)
    return lead[0] if lead is not None else None


def _news_day(doc: Doc, dl: Annotations, verb: Token, contents, lex: Optional[Lexicon] = None) -> Optional[str]:
    """'By the time the marshal called the courtroom to order on Wednesday morning, ...' (Thursday's report) ...
    'Justice X asked C': when the lead sets its event on a day (`_lead_event`) and names a place or occasion of
    speaking (`data/cues.yaml: occasions, settings`), that day is the news day while the story tells of no later
    day; a cue in the simple past with no day of its own, told before the story moves on, was said then; not
    words given in a medium or told to the writer's own paper (`_not_at_occasion`)."""
    if _not_at_occasion(verb):
        return None
    lead = _lead(doc, dl, verb.idx)
    if lead is None or not _lead_event(doc, dl, lead, contents, lex) \
            or not _setting(doc.char_span(lead[1], lead[2], alignment_mode="expand") or (), _marked(doc, lead)):
        return None
    told = [_day(t.value) for t in _dates(dl, lead[1], verb.idx) if _DAY.match(t.value)
            and not any(c[0] <= t.start < c[1] for c in contents)]
    return lead[0] if max(told, default=lead[0]) <= lead[0] else None


def _marked(doc: Doc, lead: tuple[str, int, int]) -> list[tuple[int, int]]:
    """The stretches of the lead inside quotation marks: a place named in someone's words ('had “won the vote”') is
    not where the story is set."""
    text = document_text(doc)
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text[:lead[2]]) if m.end() > lead[1]]


def _lead_event(doc: Doc, dl: Annotations, lead: tuple[str, int, int], contents=(),
                lex: Optional[Lexicon] = None) -> bool:
    """Whether the lead's first day dates the event its sentence tells: set before the main clause's subject or
    on its main verb ('The council on Monday adopted X'); not a day that names a thing ('Yesterday's
    readings', 'the plan adopted last Tuesday'), a cited report's, a flashback's, or an item of a list."""
    if document_text(doc)[lead[1]:lead[1] + 2] in ("- ", "* "):
        return False
    first = _lead_dates(doc, dl, lead[1], lead[2])[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.root.dep_ == "poss" or any(c.start <= first.start < c.end for c in dl.citations):
        return False
    root = span.root.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), root)
    if subject is not None and _flashback(subject) and verb.i == root.i:
        return False  # 'In an interview last Monday, she had said C' (not 'By the time X sat on Monday, Y had')
    return subject is not None and span.end <= subject.left_edge.i or _modifies(doc, first, root) is not None \
        or _cut_from(doc, first, root, contents, lex)


def _in_lead(doc: Doc, dl: Annotations, verb: Token, parties: Optional[set[str]]) -> Optional[str]:
    """'Zelensky came to Washington on Friday ... a shouting match with Trump and Vance.' (Saturday's lead)
    ... 'the vice president told Zelensky C': a person the lead names as taking part in its event, speaking
    in the past after it with no time of their own, spoke on the lead's day; not when the lead's day is a possessive
    that names a thing ('Thursday's game has been on the front pages')."""
    lead = _lead(doc, dl, verb.idx)
    if lead is None or not parties or verb.idx < lead[2] or _possessive_day(doc, _lead_dates(doc, dl, lead[1], lead[2])[0]):
        return None
    named = {m.actor for m in mentions_starting(dl, lead[1], lead[2]) if _person(dl, m.actor)
             and not _quoted_at(dl, m.start)}
    return lead[0] if parties & named else None


def _possessive_day(doc: Doc, timex) -> bool:
    """'Thursday's game': a day that names what belongs to it, not when anything happened."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


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


TEMPORAL = cue_words("temporal")


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


def _cut_from(doc: Doc, timex, verb: Token, contents, lex: Optional[Lexicon]) -> bool:
    """'said X had “lost control” at a meeting on Tuesday': a time phrase the parser hangs on the reported clause
    but left out of every content (`speech.closing_setting`) tells when the cue's words were said."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if lex is None or span is None or any(c[0] <= timex.start < c[1] for c in contents):
        return False
    token = span.root
    while token.head.i != token.i and token.dep_ in ADJUNCT:
        token = token.head
        if token.dep_ == "ccomp" and token.head.i == verb.i:
            setting = closing_setting(token, lex)
            return setting is not None and setting.idx < timex.start
    return False


def _modifies(doc: Doc, timex, verb: Token) -> Optional[Token]:
    """The adjunct of `verb` that holds the time phrase, if it hangs on the verb through adjuncts
    only ('said on Monday', 'said late on 20 August')."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.head.i != token.i and token.dep_ in ADJUNCT:
        if token.lower_ in cue_words("topic_prepositions"):
            return None  # 'in response to a query regarding the address last evening': what was asked about
        if token.head.i == verb.i:
            return None if verb.lemma_.lower() in cue_words("recalling") and _recalled(verb, timex.start) else token
        token = token.head
    return None


_DAY_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2}(T.*)?)?|-W\d{2})?")  # a year, month, week or day; no season, no 'XX'



def _finer(value: str, day: Optional[str]) -> str:
    """The cited report's day when it falls in the week or month the text gives ('Two weeks
    earlier X announced C (Reuters, 19/08/2024)' → 2024-08-19, not 2024-W34)."""
    if day is None or _DAY.fullmatch(value) or not _DAY.fullmatch(day):
        return value
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        days = week_days(value)
        return day if days and days[0] <= dt.date.fromisoformat(day) <= days[1] else value
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


class Said(NamedTuple):
    """The quote before the one being dated, as the dating rules that follow on from it need it."""
    speaker: Optional[Mention]
    date: Optional[str]
    dated: bool
    """Whether the text dated it (a time phrase of its own, or the day of the quote before it carried on)."""
    end: int
    cue: Optional[tuple[int, int]]


def _goes_on(text: str, previous: Optional[Said], speaker: Optional[Mention], content: tuple[int, int]) -> bool:
    """A quote the text does not date, by the speaker of the quote before it, which the text dated,
    in the same paragraph (or the next, through the same mention or a pronoun for it): 'X said on
    Monday ... . "C," X told reporters': said then too."""
    if previous is None or speaker is None or not previous.dated or previous.speaker is None \
            or not _DAY.match(previous.date or ""):
        return False
    if speaker.actor is None or speaker.actor != previous.speaker.actor:
        return False
    breaks = text.count("\n", previous.end, content[0]) - text.count("\n\n", previous.end, content[0])
    again = speaker.start == previous.speaker.start or text[speaker.start:speaker.end].lower() in PRONOUNS
    return breaks == 0 or again and text.count("\n\n", previous.end, content[0]) <= 1


def _carries_on(doc: Doc, dl: Annotations, previous: Optional[Said], cue: Optional[tuple[int, int]],
                content: tuple[int, int]) -> bool:
    """'CNN first reported on Tuesday that C. The press secretary called the assessment "wrong"': a cue in the
    simple past with no day of its own, in the paragraph of the quote before it, which the text dated by a day,
    was said on that day, whoever speaks: the paragraph's day carries on until another day is told. Not from the
    writer's own question ('We asked readers on Wednesday ...'), nor from a flashback ('last Monday she had said
    C'), nor to an answer ('X answered that C'): answers follow what they answer; nor to words told to the
    writer's own paper, which are not said at the scene."""
    if previous is None or cue is None or not previous.dated or not _DAY.match(previous.date or "") \
            or previous.speaker is None or previous.speaker.text.lower() in cue_words("writer") or previous.end > content[0]:
        return False
    until = min(cue[0], content[0])
    verb = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    before = doc.char_span(*previous.cue, alignment_mode="expand") if previous.cue is not None else None
    between = doc.char_span(previous.end, until, alignment_mode="contract")
    if verb is None or "\n" in document_text(doc)[previous.end:until] or not _simple_past(verb.root) \
            or verb.root.lemma_.lower() in cue_words("responses") or _not_at_occasion(verb.root) \
            or before is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in before.root.children):
        return False
    return not any(_DAY.match(t.value) and _day(t.value) != previous.date for t in _dates(dl, previous.end, until)) \
        and not (between is not None and _writer_speaks(between))


def _writer_speaks(span: Span) -> bool:
    """'I don't know, Tom.': the writer's own voice between two reports ends the scene the first one set; the next
    report is an item of its own."""
    return any(t.dep_ == "nsubj" and t.lower_ in cue_words("writer") for t in span)


def _signature_day(doc: Doc, dl: Annotations, dash: int, told_before: Optional[str]) -> Optional[str]:
    """The day of a quote signed below with a dash ('— Jane Doe, in Leeds on Tuesday'): the first day the
    signature line names; 'the same morning', 'later in the same speech' or no day at all is the day of the
    quote signed before it (a page of quotes keeps to a day until it names another)."""
    text = document_text(doc)
    end = text.find("\n", dash)
    end = len(text) if end < 0 else end
    days = [t for t in _dates(dl, dash, end) if _CALENDAR.fullmatch(t.value)]
    said = text[dash:days[0].end if days else end]
    if told_before is not None and (_same(said) or not days):
        return told_before
    return _day(days[0].value) if days else None


SPOKEN_REACH = 2  # paragraph breaks over which a speaker named again keeps the day they were last told to speak on


def _spoke_lately(doc: Doc, frame, told: tuple[str, int], start: int) -> bool:
    """'Okoh said on Sunday that C. ¶ “D,” Okoh said in a statement': a speaker named again by name (or a
    document named again: 'The statement said') in the next paragraph, with a verb in the simple past and no day of its own, spoke on the day told for their words
    before; further on the story has moved, and a title, a pronoun or 'has said' may be the paper's day."""
    head = frame.source_head if frame is not None else None
    named = head is not None and head.pos_ == "PROPN" and not any(c.dep_ == "det" for c in head.children)
    if not (named or head is not None and head.lemma_.lower() in _issued()) or not _DAY.fullmatch(told[0]):
        return False  # (not 'the Deputy Prime Minister', a title the tagger took for a name; 'the statement' is)
    cue = doc.char_span(frame.cue[0], frame.cue[1], alignment_mode="expand")
    return cue is not None and _simple_past(cue.root) \
        and document_text(doc).count("\n\n", told[1], start) <= SPOKEN_REACH - 1
