"""Dating citations: the day a report, statement or reckoning was given, read from the timexes around it."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from . import notes as numbered
from ..annotations import Annotations, tokens_within
from ..model import Citation
from .grammar import _end, _issuing_clause, _says
from .lexicon import words
from ..timex.values import WEEK, week_days


def _dated_end(dl: Annotations, head: Token) -> int:
    """The head's end, stretched over a date that hangs on it ('reported on 20 August 2024')
    or that follows it after a preposition however the parser attached it ('a report on 21 April
    described ...'), or straight after it up to the comma that closes 'according to' or 'by' ('the BBC's count this
    morning, C')."""
    end = head.idx + len(head)
    for child in head.children:
        if child.i < head.i or child.dep_ not in ("prep", "npadvmod", "advmod", "acl"):
            continue
        if child.dep_ == "acl":  # "a report published on Monday": up to the participle's date, not its clause
            dated = _dated_end(dl, child) if child.tag_ == "VBN" else end  # (an undated participle adds nothing)
            end = max(end, dated) if dated > _end(child) else end
            continue

        last = _edge_before_clause(child)
        s, e = child.left_edge.idx, last.idx + len(last)
        if any(s <= t.start and t.end <= e and t.type in ("DATE", "TIME") for t in dl.timexes):
            end = max(end, e)
        # ('on Monday, 2 September': a date the parser split, its day in the phrase and its rest hung elsewhere)
        end = max([end] + [t.end for t in dl.timexes if s <= t.start < e < t.end and t.type in ("DATE", "TIME")
                           and "." not in dl.source.text[e:t.end]])
    clause = _issuing_clause(head) if head.pos_ == "NOUN" else None
    if clause is not None and _dated_end(dl, clause[1]) > _end(clause[1]):
        end = max(end, _dated_end(dl, clause[1]))  # "figures the ministry released on Sunday": the day its issuer put them out
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].dep_ == "prep" and doc[head.i + 1].head.i == head.i:
        after = doc[head.i + 2].idx
        timex = next((t for t in dl.timexes if t.start == after and t.type in ("DATE", "TIME")), None)
        if timex is not None:
            end = max(end, timex.end)
    # "According to the BBC's count this morning, C", "By the ministry's tally on Sunday, C": a date closing the
    # phrase that names the source at its comma, however the parser hung it
    nxt = head.i + 2 if head.i + 2 < len(doc) and doc[head.i + 1].tag_ == "IN" else head.i + 1
    if nxt < len(doc) and head.dep_ == "pobj" and head.head.lower_ in ("to", "by"):
        timex = next((t for t in dl.timexes if t.start == doc[nxt].idx and t.type in ("DATE", "TIME")), None)
        if timex is not None and dl.source.text[timex.end:timex.end + 1] == ",":
            end = max(end, timex.end)
    return end


def _dated_next(dl: Annotations, verb: Token, noun: Token) -> int:
    """The end of a date the parser hung on the verb right after the noun's phrase ('X said in a position paper
    last month', 'said in a blog post on Monday': the document's day), also past undated phrases on the same verb
    that name whom the document went to ('X, in a note to clients in late October, kept C'); the noun's end when
    none."""
    end, edge = _end(noun), noun.right_edge.i
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.dep_ not in ("prep", "npadvmod") or child.left_edge.i != edge + 1:
            continue
        last = _edge_before_clause(child)
        if any(child.left_edge.idx <= t.start and t.end <= _end(last) and t.type in ("DATE", "TIME")
               for t in dl.timexes):
            return max(end, _end(last))
        if child.dep_ != "prep" or child.lower_ not in words().addressee_prepositions:
            break
        edge = child.right_edge.i
    return end


def _edge_before_clause(phrase: Token) -> Token:
    """The phrase's last word before a relative clause it carries: "of 6 September, which called for X"
    ends at September (what the clause says is no part of the date)."""
    last = phrase
    for token in phrase.subtree:
        if token.i > last.i and not any(a.dep_ == "relcl" and a.i > phrase.i for a in _ancestors_to(token, phrase)):
            last = token
    while last.i > phrase.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last


def _ancestors_to(token: Token, top: Token) -> list[Token]:
    """`token` and its heads up to (not including) `top`."""
    out = []
    while token.i != top.i and token.head is not token:
        out.append(token)
        token = token.head
    return out


def _dated_start(dl: Annotations, verb: Token) -> int:
    """The verb's start, stretched back over a date that opens its clause ('On Thursday, Al Arabiya
    reported'), so the report takes its day; a date that starts in the phrase counts whole, where the parser split it
    ('On Friday, March 21, the university answered')."""
    start = verb.idx
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        s, e = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        if any(s <= t.start < e and t.end <= verb.idx and t.type in ("DATE", "TIME") for t in dl.timexes):
            start = min(start, s)
    return start


def _date(dl: Annotations, start: int, end: int, last: bool = False, skip=frozenset(),
          titles=frozenset()) -> Optional[str]:
    """The first date inside [start, end), or the last one (a note ends with its report's date): a day, as a
    report is dated ("in an interview on Friday night" is Friday's); `skip`, the (start, end) of date words that are
    part of a name ('The Sunday Ensign'); `titles`, those of years that close a document's title ('the World Press
    Freedom Index 2025'), which date it only when no other date does ('..., published in May')."""
    timexes = [t for t in dl.timexes if start <= t.start and t.end <= end and t.type in ("DATE", "TIME")
               and (t.start, t.end) not in skip]
    if any((t.start, t.end) not in titles for t in timexes):
        timexes = [t for t in timexes if (t.start, t.end) not in titles]
    text = dl.source.text
    dated = [t for t in timexes if not re.search(r"\bfor\s+$", text[max(start, t.start - 5):t.start])]
    dates = [t.value.split("T")[0] for t in dated]  # (a date after 'for' is the period a document covers: 'plan for 2025')
    return (dates[-1] if last else dates[0]) if dates else None


def _days_in_names(doc: Doc, dl: Annotations) -> set[tuple[int, int]]:
    """(start, end) of the date words that open a name ('The Sunday Ensign', 'the Weekend Lantern'): every word of
    them a compound on a proper noun after the date, which is the name's head, not a day."""
    out = set()
    for timex in dl.timexes:
        words = [t for t in tokens_within(doc, timex.start, timex.end) if t.pos_ != "DET"]
        if words and all(t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.idx >= timex.end
                         and not any(x.start <= t.head.idx < x.end for x in dl.timexes) for t in words):
            out.add((timex.start, timex.end))
    return out


def _periods_covered(doc: Doc, dl: Annotations) -> set[tuple[int, int]]:
    """(start, end) of the dates set before a document noun they describe ('our fourth-quarter report', 'the 2024
    annual report'): the period the document covers, not the day it came out, which dates it only when nothing else
    does ('... report in February')."""
    out = set()
    documents = words().owned_documents
    for timex in dl.timexes:
        inside = tokens_within(doc, timex.start, timex.end)
        heads = {t.head.i for t in inside if not t.is_punct} - {t.i for t in inside}
        if inside and len(heads) == 1:
            head = doc[heads.pop()]
            if head.idx >= timex.end and head.pos_ == "NOUN" and head.lemma_.lower() in documents \
                    and all(t.dep_ in ("amod", "compound", "nmod", "nummod", "npadvmod", "punct") for t in inside
                            if t.head.i == head.i):
                out.add((timex.start, timex.end))
    return out


def _years_in_titles(doc: Doc, dl: Annotations) -> set[tuple[int, int]]:
    """(start, end) of the years written in figures after a capitalised name they hang on ('the Global Peace Index
    2024', 'World Watch List 2025', whatever the tagger called the name's head): the edition a title names, not the day
    its document came out."""
    out = set()
    for timex in dl.timexes:
        words = tokens_within(doc, timex.start, timex.end)
        if len(words) == 1 and re.fullmatch(r"\d{4}", words[0].text) and words[0].i > 0 \
                and doc[words[0].i - 1].text[:1].isupper() and words[0].head.pos_ in ("NOUN", "PROPN") \
                and words[0].head.text[:1].isupper() and words[0].head.i < words[0].i:
            out.add((timex.start, timex.end))
    return out


RANGE = re.compile(r"\s*(?:to|through|until|-|–|—)\s*")
BETWEEN = re.compile(r"\s*and\s*")


def _month_holding(first: str, last: str) -> Optional[str]:
    """The month that holds both days of a span ('2025-03-03' .. '2025-03-09' -> '2025-03'), or None when the span
    runs over two months: a report dated by a span is dated by the month it lies in, or not at all."""
    return first[:7] if first[:7] == last[:7] else None


def _range_as_month(dl: Annotations) -> None:
    """A report dated by a span of days ('a survey carried out between October 27 and 30', 'fieldwork from 3 to 9
    March', 'a poll conducted Feb. 24 to March 2', 'its bulletin for 3–9 March') is dated by the month that holds
    them, or not at all when they run over two months, as a week is; 'and' joins a span only after 'between' ('its
    reports of 3 and 7 March' are two)."""
    text = dl.source.text
    for citation in dl.citations:
        if citation.date is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", citation.date):
            continue
        days = sorted((t for t in dl.timexes if citation.start <= t.start and t.end <= citation.end
                       and t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)), key=lambda t: t.start)
        for first, second in zip(days, days[1:]):
            joint = text[first.end:second.start]
            spanned = RANGE.fullmatch(joint) or BETWEEN.fullmatch(joint) and re.search(
                r"\bbetween\s+$", text[max(citation.start, first.start - 10):first.start])
            if citation.date in (first.value, second.value) and spanned:
                citation.date = _month_holding(first.value, second.value)
                break


def _date_by_marker(text: str, dl: Annotations, notes: dict[int, tuple[int, int]]) -> None:
    """An undated citation of one source marked with one note's number ('according to the
    authority [4]') takes the date of the report that note names."""
    dated = {n: c.date for c in dl.citations for n, span in notes.items() if (c.start, c.end) == span}
    named = {n: c.outlets for c in dl.citations for n, span in notes.items() if (c.start, c.end) == span}
    for citation in dl.citations:
        if citation.date is not None or len(citation.outlets) != 1:
            continue
        marked = set(numbered.markers(text, citation.start, citation.end))
        after = numbered.marker_after(text, citation.end)
        marked |= {after} if after is not None else set()
        if not marked:  # ('According to the Red Cross, C [4].': the sentence's one marker, where its note names that source)
            closing = set(numbered.markers(text, citation.end, _sentence_end(text, citation.end)))
            if len(closing) == 1 and [_bare(o) for o in named.get(next(iter(closing)), ())] == [_bare(citation.outlets[0])]:
                marked = closing
        if len(marked) == 1 and dated.get(next(iter(marked))):
            citation.date = dated[next(iter(marked))]


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that runs on at `start` ends: its closing stop (a note marker before it kept) or its line's
    end."""
    stop = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n").search(text, start)
    return stop.end() if stop else len(text)


def _bare(name: str) -> str:
    """An outlet's name without its article, for comparing names as written ('the Red Cross' and 'Red Cross')."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower()


def _as_reported(verb: Token) -> bool:
    """'as X reported', 'as X wrote': a report verb, not 'said', opening the writer's aside with 'as'."""
    return verb.lemma_.lower() != "say" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _aside(verb: Token) -> bool:
    """'as the OIC stated on 7 May', 'as the ministry said in its readout': the writer's aside with 'as', whose verb
    takes no object or clause of its own (not 'as the ministry said it would')."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _quoted(verb: Token, aside: Token) -> bool:
    """A clause wholly inside quotation marks, `aside` and commas set apart: a title the parser read as a clause
    ('In the report, "They Burned Everything", X documented')."""
    inside = {t.i for t in aside.subtree}
    words = [t for t in verb.subtree if t.i not in inside]
    while words and words[0].is_punct and not words[0].is_quote:
        words.pop(0)
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    return len(words) > 2 and words[0].is_quote and words[-1].is_quote


def _past(verb: Token) -> bool:
    """A verb in a past tense: 'confirmed', 'had confirmed', 'has reached'."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _date_as_of(doc: Doc, dl: Annotations) -> None:
    """An undated reckoning or body's account takes the day a claim it vouches for is told as of ('By Wednesday that
    number had grown to 63, according to the committee'; 'By her count, her teams had listed 943 contacts by 15
    September'): a 'by' phrase with a day on the clause the citation hangs on."""
    reckonings = words().reckoning_nouns
    for citation in dl.citations:
        if citation.date is not None:
            continue
        inside = list(tokens_within(doc, citation.start, citation.end))
        source = next((t for t in inside if t.dep_ == "pobj"), None)  # (what 'according to' or 'by' names)
        if source is None or source.lemma_.lower() not in reckonings and source.lower_ not in words().body_heads:
            continue  # (a document, an email or a report, has a day of its own the text does not give)
        heads = {t.head.i: t.head for t in inside if not citation.start <= t.head.idx < citation.end}
        for head in heads.values():
            days = [t for p in head.children if p.dep_ == "prep" and p.lower_ == "by" and p not in inside
                    for o in p.children if o.dep_ == "pobj"
                    for t in dl.timexes if t.type == "DATE" and t.start <= o.idx < t.end
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
            if days:
                citation.date = days[0].value
                break
        if citation.date is None and source.lemma_.lower() in reckonings:
            citation.date = _day_of_scene(dl, inside, heads.values()) or _day_said(doc, dl, citation)


def _day_said(doc: Doc, dl: Annotations, citation: Citation) -> Optional[str]:
    """The day a person whose reckoning is cited last spoke, dated, in the paragraph before it ('X said on Monday
    night that C. By her count, D'): the count was given then; else None."""
    people = {a for a, actor in dl.actors.items() if actor.kind == "person" and actor.name in citation.outlets}
    text = dl.source.text
    paragraph = text.rfind("\n\n", 0, citation.start) + 1
    for verb in reversed([t for t in tokens_within(doc, paragraph, citation.start) if t.pos_ == "VERB" and _says(t)]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mention = dl.mention_at(subject.left_edge.idx, _end(subject)) if subject is not None else None
        if mention is not None and mention.actor in people and (_dated_start(dl, verb) < verb.idx
                                                                 or _dated_end(dl, verb) > _end(verb)):
            return _date(dl, _dated_start(dl, verb), _dated_end(dl, verb))
    return None


def _day_of_scene(dl: Annotations, inside: list[Token], heads) -> Optional[str]:
    """The day of a scene whose figure a reckoning vouches for, told in a phrase that opens the clause ('At the vigil on
    Monday night, more than 300 people, by the committee's count, stood in the rain'), or None."""
    for head in heads:
        verb = next((a for a in [head, *head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i < inside[0].i and c not in inside):
            start, end = phrase.left_edge.idx, _end(phrase.right_edge)
            days = [t.value[:10] for t in dl.timexes if start <= t.start and t.end <= end and t.type in ("DATE", "TIME")
                    and re.match(r"\d{4}-\d{2}-\d{2}", t.value)]
            if days:
                return days[0]
    return None


def _date_by_clause(doc: Doc, dl: Annotations) -> None:
    """An undated 'as' clause of reporting takes the day of the clause it hangs on ('On Tuesday, X had confirmed
    that C, as reported by PTI': PTI's report of Tuesday), the nearest head with a date of its own."""
    for citation in dl.citations:
        if citation.date is not None:
            continue
        verb = next((t for t in tokens_within(doc, citation.start, citation.end) if t.pos_ == "VERB"
                     and (_as_reported(t) or _aside(t))), None)
        for head in (verb.ancestors if verb is not None and verb.dep_ == "advcl" else ()):
            if not _past(head):
                continue  # ('the envoy will travel on Friday, as Axios reported': what is to come is no report's day)
            dates = [t for c in head.children if c.dep_ in ("prep", "npadvmod") and c.i != verb.i
                     for t in dl.timexes if t.type == "DATE"
                     and c.left_edge.idx <= t.start and t.end <= _end(c.right_edge)]
            if dates:
                citation.date = _date(dl, dates[0].start, dates[0].end)
                break


def _week_as_month(dl: Annotations) -> None:
    """A report dated only to a week ('As we reported last week', 'in the Rag's poll last weekend') is given as the
    month the week lies in, since a citation names the issue or statement, not a span of days; a week that runs over
    two months (or a week number the year does not have) fixes no month and leaves the date null."""
    for citation in dl.citations:
        if not WEEK.fullmatch(citation.date or ""):
            continue
        days = week_days(citation.date)
        citation.date = _month_holding(days[0].isoformat(), days[1].isoformat()) if days is not None else None
