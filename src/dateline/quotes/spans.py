"""Where a quote's words lie: quotes owned across a colon ('His words: “...”') or given in a
headline ('X: C'), a quote that a paragraph continues, and the end of reported content
before the writer's aside, comment or cited source; the tests that tell a quote's own words
from the gap where its speaker is named."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span, Token

from ..annotations import Annotations, SpanIndex, annotations, document_text, tokens_where
from ..signatures import SIGNATURE_DASHES, UNDER_QUOTE, line_start, signer_start
from ..signatures import line_end as _line_end
from .marks import Marked
from .speakers import _person
from .speech import _QUOTE_CHARS, Frame, _trim, lexicon, relative_pronoun
from .words import cue_words


MIN_UNCUED_WORDS = 6   # a marked stretch with no cue must be at least a clause this long
JOIN_GAP = 250          # longest cue clause between two parts of one quote ("“A,” X said at ... . “B”")


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
    for colon in tokens_where(doc, "ORTH", ":".__eq__):
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
# Slots of a noun: a word the tagger calls a verb there ('results conference call') heads no clause.
NOUN_SLOTS = frozenset({"appos", "compound", "dobj", "pobj", "npadvmod", "nmod"})


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
    proper noun or a source noun ('Poll:', 'Officials:'), not 'The Latest:', a verb phrase or a place; what
    follows says something (has a verb), not the occasion a title names ('Acme Corp: Q1 results call')."""
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
    said = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if said is None or not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_SLOTS for t in said):
        return None  # 'Acme Corp: Q1 results conference call': a title naming an occasion, no words said
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


def _finite_clause(span: Span) -> bool:
    """Content that says something: a clause with its own subject and a finite verb ('that the
    talks will resume'), not a noun phrase ('the partnership', 'a warrant for X, whom ...') or an
    infinitive ('Israel to halt the offensive', 'to stay in contact')."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
    return not infinitive and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _content_end(text: str, m: Marked) -> int:
    """The content's end inside the marks, a trailing comma left out (“We will stay,” he said)."""
    end = m.end
    while end > m.start and text[end - 1] in ", ":
        end -= 1
    return end


_ASIDE = re.compile(r";\s|,\s+(?:which|who)\b|\s\((?=(?:which|who|whom)\b)|\s(?:—|–|--)\s")


def _without_aside(doc: Doc, content: tuple[int, int], frame: Frame, comments: frozenset[str]) -> tuple[int, int]:
    """Reported content ends before the writer's own aside: '; ...', ', which ...' or '(which ...)' outside quotes,
    when the aside runs to the end (not 'said the talks, which began in May, remained C'), and
    before a closing comment on it (', a charge she denies')."""
    text = document_text(doc)
    start, end = content[0], _before_comment(doc, content, comments)
    content = (start, end)
    if start < frame.cue[0]:
        if end <= frame.cue[1]:
            return content
        start = frame.cue[1]  # 'which the probe said were C, who ...': the aside after the cue ends it
    for m in _ASIDE.finditer(text, start, end):
        if _marks_before(text, start, m.start()) % 2 == 0 and _runs_to_end(doc, m, end, comments):
            return content[0], m.start()
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


def _runs_to_end(doc: Doc, m: re.Match, end: int, articles: frozenset[str]) -> bool:
    """A relative clause after the comma (or a comment after a dash) reaches the content's end: nothing of
    the main clause follows."""
    if m.group().startswith(";"):
        return True
    if m.group().strip() in ("—", "–", "--"):
        return _dash_tail(doc, m, end, articles)
    if m.group().endswith("("):  # 'raised taxes on savings (which she also backs)': the bracket closes at the end
        close = document_text(doc).find(")", m.end(), end + 1)
        return close >= 0 and not document_text(doc)[close + 1:end].strip(" ,.\"”'’")
    span = doc.char_span(m.end() - len(m.group().split()[-1]), m.end(), alignment_mode="expand")
    if span is None:
        return True
    last = span[0].head.right_edge
    while last.i + 1 < len(doc) and doc[last.i + 1].idx < end and doc[last.i + 1].is_punct:
        last = doc[last.i + 1]
    if last.text == "," and last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "VBG":
        last = doc[last.i + 1].right_edge  # '..., who held a rally, drawing 2,000 people': the aside goes on
    return last.idx + len(last) >= end or not document_text(doc)[last.idx + len(last):end].strip(" ,.\"”'’")


_DASH = re.compile(r"—|–|--")


def _dash_tail(doc: Doc, m: re.Match, end: int, articles: frozenset[str]) -> bool:
    """'said C — a move that may anger D', 'C — lambasting D': one dash, the paragraph's only one, before a
    comment on the content (an indefinite noun phrase, as after a comma, or a participle) with no list in it
    ends what was said. A dash pair sets off words inside it ('members — typically loyal partisans — to
    cast'); a list ('— roads, schools and clinics'), a clause ('— and that D', '— only that D') or an
    adverb ('— at least not soon') after one dash goes on with it."""
    text = document_text(doc)
    start = text.rfind("\n", 0, m.start()) + 1
    first = doc.char_span(m.end(), end, alignment_mode="contract")
    return len(_DASH.findall(text, start, end)) == 1 and "," not in text[m.end():end] and first is not None \
        and (first[0].lower_ in articles or first[0].tag_ == "VBG")


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


class _Stretch(NamedTuple):
    """What one report says, or where it names its speaker, as a span a `SpanIndex` can hold."""

    start: int
    end: int
    frame: Frame


class Reports:
    """The stretches a document's reports say (contents) and name their speakers in (sources), each indexed by
    where it starts: `_nested` asks of every report whether its cue lies in another's, and a scan of all of a
    briefing's reports for each of them grew with the square of their number."""

    def __init__(self, spoken: list[Frame]) -> None:
        self.contents = SpanIndex(_Stretch(*f.content, f) for f in spoken)
        self.sources = SpanIndex(_Stretch(*f.source, f) for f in spoken if f.source is not None)

    @staticmethod
    def other_covers(stretches: SpanIndex, offset: int, frame: Frame) -> bool:
        """Whether a stretch of a report other than `frame` holds the offset."""
        return any(s.frame is not frame for s in stretches.crossing(offset, offset + 1))


def _nested(frame: Frame, reports: Reports) -> bool:
    """A cue inside what another cue reports ('he said he expects C'): the outer report stands. A verb of
    saying with its clause in a relative clause set off on the other's source ('Podesta, who said C, said D')
    is the source's own report (not 'an official who asked not to be named')."""
    verb = frame.source_head.head if frame.source_head is not None and frame.source_head.lower_ == "who" else None
    own = verb is not None and verb.dep_ == "relcl" and lexicon().says(verb) and frame.source_head.i > 0 \
        and frame.source_head.nbor(-1).text == "," and any(c.dep_ == "ccomp" for c in verb.children)
    return Reports.other_covers(reports.contents, frame.cue[0], frame) \
        or not own and Reports.other_covers(reports.sources, frame.cue[0], frame)


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


def _signature(doc: Doc, m: Marked) -> Optional[Frame]:
    """'“C”' over a line '— Jane Doe, the mayor, in Leeds on Tuesday': a quotation signed on the line
    below with a dash (a page of quotes, an epigraph, a letter) is the signer's words; the signer's name
    runs from the dash to the first comma or the line's end, and the dash is the cue."""
    text = document_text(doc)
    found = UNDER_QUOTE.match(text, m.close)
    if found is None:
        return None
    line_end = _line_end(text, found.end())
    comma = text.find(",", found.end(), line_end)
    name = doc.char_span(found.end(), comma if comma > 0 else line_end, alignment_mode="contract")
    if name is None or not len(name) or not any(t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    dash = found.group(0).strip()
    cue_start = text.index(dash, m.close)
    return Frame(cue=(cue_start, cue_start + len(dash)), content=(m.start, m.end),
                 source=(name.start_char, name.end_char), source_head=name.root, sentence=name.sent)


BRACKET_AFTER = re.compile(r"[ \t\u00a0]*\(")
"""From a quotation's closing mark: the spaces and the bracket that open a credit ('“C” (Trump, on Tuesday)')."""
MAX_BRACKET_NAME = 4  # tokens of a person's name that opens a bracket after a quote


def _bracketed_speaker(doc: Doc, m: Marked) -> Optional[Frame]:
    """'Quote of the day: “C” (Trump, on the lawn, Tuesday)': a person named at the start of a bracket right
    after the quotation spoke it (a roundup's or a caption's credit); an outlet, a place or a scripture
    reference in the bracket ('(Reuters)', '(Romans 12:15)') names no speaker."""
    text = document_text(doc)
    found = BRACKET_AFTER.match(text, m.close)
    if found is None:
        return None
    stops = [i for i in (text.find(c, found.end(), _line_end(text, found.end())) for c in ",)") if i > 0]
    name = doc.char_span(found.end(), min(stops), alignment_mode="contract") if stops else None
    if name is None or not 0 < len(name) <= MAX_BRACKET_NAME or not all(t.is_title and t.is_alpha for t in name):
        return None
    mention = annotations(doc).mention_at(name.start_char, name.end_char)
    person = mention is not None and mention.start == name.start_char and mention.end == name.end_char \
        and _person(annotations(doc), mention.actor)
    if not (person or all(t.ent_type_ == "PERSON" for t in name)):
        return None
    return Frame(cue=(found.end() - 1, found.end()), content=(m.start, m.end),
                 source=(name.start_char, name.end_char), source_head=name.root, sentence=name.sent)


def _signed(text: str, frame: Optional[Frame]) -> bool:
    """Whether the frame is a dash signature (`_signature`): its cue is the dash."""
    return frame is not None and text[frame.cue[0]:frame.cue[1]] in SIGNATURE_DASHES


def _in_signature(text: str, offset: int) -> bool:
    """Whether `offset` lies in the first sentence of a dash line signing the quotation above it ('— X,
    in a statement on Tuesday announcing the death of Y'): the signature tells the occasion of the words
    above, and a verb of saying in it ('announcing', 'thanking') reports nothing of its own."""
    if signer_start(text, offset) is None:
        return False
    start = line_start(text, offset)
    stop = _SENTENCE_END.search(text, start)
    return stop is None or offset < stop.start() + len(stop.group(1)) or text.find("\n", start) < stop.start()

