"""Reported speech from the dependency parse: a cue, the source who speaks, the content said.

"X said (that) C", "C, X said", "C1, X said, C2", "X told reporters C", "X, saying C",
"according to X, C", "X urged Y to C", "X pointed to C" (verb + preposition pairs learned from
PolNeAR train). The grammar is spaCy's: the cue's clausal complement (ccomp) is the
content, its subject the source; a cue parsed as an aside of the content's own verb
("C, he said") takes the content from the clause it hangs on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .. import datafiles, phrases
from ..annotations import document_text, sentences, tokens_where
from .words import cue_words

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENTS = {"ccomp"}
OBJECT_COMPLEMENTS = {"dobj", "xcomp", "ccomp", "oprd", "attr", "acomp"}
ASIDE = {"ccomp", "parataxis", "advcl", "conj", "dep"}
CLAUSE_GOES_ON = frozenset({"conj"})
OBJECT_GOES_ON = frozenset({"prep", "oprd", "xcomp", "dative", "acomp", "attr", "ccomp"})
ADDRESSEE_PREPOSITIONS = frozenset({"on", "upon", "to"})  # 'called on X to C', 'appealed to X to C'
OBJECT_PREPOSITIONS = frozenset({"for", "as", "of", "about", "against", "over"})  # 'accused X of C'; not time or place
INHERIT = {"advcl", "xcomp", "conj", "pcomp", "acl"}
FRONTED = frozenset({"advmod", "nsubj", "npadvmod"})  # fronted words an interposed cue may take from its content
CONCESSIVE = cue_words("concessives")
CONDITIONAL = cue_words("conditionals")
_QUOTE_CHARS = "\"'“”‘’«»`„"


@dataclass
class Lexicon:
    speech: frozenset[str]
    infinitival: frozenset[str]
    learned: dict[str, float]
    source_prepositions: tuple[tuple[str, ...], ...]
    relaying: frozenset[tuple[str, ...]]
    source_nouns: frozenset[str]
    clausal: frozenset[str]
    prepositional: dict[tuple[str, str], float] = field(default_factory=dict)
    threshold: float = 0.25
    raising: frozenset[str] = frozenset()
    scripture_nouns: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()
    joining: frozenset[str] = frozenset()
    extensions: dict[str, float] = field(default_factory=dict)
    topics: dict[str, float] = field(default_factory=dict)
    extension_threshold: float = 0.5
    that_share: float = 0.25  # chosen on PolNeAR train by fifths: 0.5 and 0.25 both raise exact F1, 0.25 more
    group_nouns: frozenset[str] = frozenset()
    sequence_prepositions: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    aspectual: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    contrasts: frozenset[str] = frozenset()
    stance: frozenset[tuple[str, str]] = frozenset()
    views: frozenset[str] = frozenset()
    findings: frozenset[str] = frozenset()
    addressing: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    leader_nouns: frozenset[str] = frozenset()
    leaders: frozenset[str] = frozenset()
    as_reports: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    voicing: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    regarding: frozenset[str] = frozenset()
    predicating: frozenset[str] = frozenset()
    predicating_on_object: frozenset[str] = frozenset()

    @property
    def prepositional_verbs(self) -> frozenset[str]:
        return self._verbs

    def __post_init__(self) -> None:
        self._verbs = frozenset(v for (v, _), r in self.prepositional.items() if r >= self.threshold)

    def takes_preposition(self, token: Token, prep: Token) -> bool:
        """'pointed to X', 'railed against X': a verb and preposition PolNeAR train shows as a cue."""
        return self.prepositional.get((token.lemma_.lower(), prep.lower_), 0.0) >= self.threshold

    def is_cue(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in self.speech or self.learned.get(lemma, 0.0) >= self.threshold or (
            lemma in self.infinitival and self.learned.get(lemma, 0.0) >= self.threshold / 2
            and any(c.dep_ == "xcomp" for c in token.children))

    def says(self, token: Token) -> bool:
        """A verb of saying beyond doubt: a hand-listed one, or one PolNeAR train marks as a cue
        at least half the times it occurs."""
        lemma = token.lemma_.lower()
        return lemma in self.speech or self.learned.get(lemma, 0.0) >= 0.5 and lemma not in self.raising

    def takes_clause(self, token: Token) -> bool:
        """A verb whose clause is reported: a cue, a verb of knowing, or a verb PolNeAR train marks a cue
        now and then (`that_share` of the threshold) with a clause it opens with 'that' ('noticed that
        C': the complementiser marks a proposition, not a bare event)."""
        lemma = token.lemma_.lower()
        if lemma in self.clausal or self.is_cue(token):
            return True
        return self.learned.get(lemma, 0.0) >= self.threshold * self.that_share and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children)

    def judgement(self, token: Token) -> Optional[tuple[Token, Token]]:
        """'see X as Y', 'X is seen as Y': a verb of regarding (cues.yaml `regarding`) with the one judged (its
        object, or its passive subject) and the 'as' phrase after it that judges; the parser may hang the phrase
        on the object ('see black votes as key')."""
        if token.lemma_.lower() not in self.regarding:
            return None
        judged = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i
                       or c.dep_ == "nsubjpass" and c.i < token.i), None)
        if judged is None:
            return None
        holders = (token, judged) if judged.dep_ == "dobj" else (token,)
        phrase = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                       and c.i > max(token.i, judged.i) and any(p.dep_ in ("pobj", "pcomp", "amod", "acomp")
                                                                for p in c.children)), None)
        return (judged, phrase) if phrase is not None else None

    def takes_object(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in self.infinitival or self.learned.get(lemma, 0.0) >= self.threshold


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = resources.files("dateline.quotes") / "data"
    cues = datafiles.read(data / "cues.yaml")
    learned = _learned(data / "learned.tsv")
    prepositional = {tuple(pair.split(" ", 1)): ratio for pair, ratio in _learned(data / "learned_prepositions.tsv").items()}
    return Lexicon(
        speech=frozenset(cues["speech"]),
        infinitival=frozenset(cues["infinitival"]),
        learned=learned,
        source_prepositions=tuple(tuple(p.split()) for p in cues["source_preposition"]),
        relaying=frozenset(tuple(p.split()) for p in cues["relaying"]),
        source_nouns=frozenset(cues["source_nouns"]),
        clausal=frozenset(cues["clausal"]),
        prepositional=prepositional,
        raising=frozenset(cues.get("raising", ())),
        scripture_nouns=frozenset(cues.get("scripture_nouns", ())),
        refusals=frozenset(cues.get("refusals", ())),
        joining=frozenset(cues.get("joining", ())),
        extensions=_learned(data / "learned_extensions.tsv"),
        topics=_learned(data / "learned_topics.tsv"),
        group_nouns=frozenset(cues.get("group_nouns", ())),
        leader_nouns=frozenset(cues.get("leader_nouns", ())),
        leaders=frozenset(cues.get("leaders", ())),
        sequence_prepositions=frozenset(cues.get("sequence_prepositions", ())),
        connectives=frozenset(cues.get("connectives", ())),
        aspectual=frozenset(cues.get("aspectual", ())),
        media_nouns=frozenset(cues.get("media_nouns", ())),
        acts=frozenset(cues.get("acts", ())),
        contrasts=frozenset(cues.get("contrasts", ())),
        stance=frozenset(tuple(p.split(" ", 1)) for p in cues.get("stance", ())),
        views=frozenset(cues.get("views", ())),
        findings=frozenset(cues.get("findings", ())),
        addressing=frozenset(cues.get("addressing", ())),
        asking=frozenset(cues.get("asking", ())),
        settings=frozenset(cues.get("settings", ())) | frozenset(cues.get("media_nouns", ())),
        setting_prepositions=frozenset(cues.get("setting_prepositions", ())),
        claims=frozenset(cues.get("claims", ())),
        voicing=frozenset(cues.get("voicing", ())),
        as_reports=frozenset(cues.get("as_reports", ())),
        regarding=frozenset(cues.get("regarding", ())),
        predicating=frozenset(cues.get("predicating", ())),
        predicating_on_object=frozenset(cues.get("predicating_on_object", ())),
    )


def _learned(path) -> dict[str, float]:
    """A learned table: key and ratio from the first and last tab-separated columns."""
    out: dict[str, float] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, _cue, _seen, ratio = line.split("\t")
                out[key] = float(ratio)
    return out


@dataclass
class Frame:
    """One attribution: character spans of cue, source (if any) and content."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: Optional[tuple[int, int]] = None
    source_head: Optional[Token] = None
    sentence: Optional[Span] = None


def _trim(doc: Doc, first: int, last: int) -> Optional[tuple[int, int]]:
    """Token range [first, last] as a char span, edge punctuation and unbalanced marks dropped."""
    while first <= last and _loose(doc[first]) and not _opens(doc[first]):
        first += 1
    while last >= first and (_loose(doc[last]) and not _closes(doc[last]) or doc[last].pos_ == "CCONJ"):
        last -= 1  # a dangling 'and' goes too ('said C and warned D' parsed with 'and' in C)
    if first > last:
        return None
    last = _word_end(doc, last)
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    text = document_text(doc)[start:end]
    if text[:1] in _QUOTE_CHARS and _marks(text) % 2:
        start += 1
    elif text[-1:] in _QUOTE_CHARS and _marks(text) % 2:
        end -= 1
    while start < end and document_text(doc)[end - 1] in ",;:— " and document_text(doc)[end - 1] not in _QUOTE_CHARS:
        end -= 1
    text = document_text(doc)
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # 'Linda Thomas-Greenfield (United States) said': the bracket the parse left off closes
    return (start, end) if start < end else None


def _word_end(doc: Doc, last: int) -> int:
    """A span never ends inside a hyphenated word: the tokenizer splits 'de-escalation' in three, and
    the parse may hang only its first part on the cue ('Asked about de-escalation')."""
    while last + 2 < len(doc) and not doc[last].whitespace_ and doc[last + 1].text == "-" \
            and not doc[last + 1].whitespace_ and doc[last].is_alpha and doc[last + 2].is_alpha:
        last += 2
    return last


def _loose(token: Token) -> bool:
    """Punctuation or space at a content's edge, which falls away ('39%' keeps its sign)."""
    return token.is_space or token.is_punct and token.text != "%"


def _marks(text: str) -> int:
    return sum(text.count(c) for c in "\"“”«»„")


def _opens(token: Token) -> bool:
    return token.text[:1] in "\"“«„`" or token.text == "'"


def _closes(token: Token) -> bool:
    return token.text[-1:] in "\"”»'" or token.text in {".", "?", "!"} and token.i + 1 < len(token.doc) and _closes_next(token)


def _closes_next(token: Token) -> bool:
    nxt = token.doc[token.i + 1]
    return nxt.text[:1] in "\"”»'"


def _subject(verb: Token, depth: int = 0) -> Optional[Token]:
    """The verb's subject; of two ('KYIV, Aug. 9 (Wire) — Ukraine said'), the one nearest the verb."""
    if _set_off_participle(verb):
        return None  # 'X, asked whether C, said D': X was asked; who asked is not said
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ == "csubj" and child.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",":
            continue  # 'Reading the opinion, the president, X, said': a participle set off, no subject
        if child.dep_ == "advcl" and _set_off_participle(child):  # the parser hung the subject on the participle
            return next(c for c in child.children if c.dep_ == "nsubj")
        if child.dep_ in SUBJECTS:
            if child.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return pobj
            return child  # "officials, who said C": "who", resolved through the noun it stands for
    aside = _after_aside(verb)
    if aside is not None:
        return aside
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None and verb.tag_ == "VBN" and verb.dep_ == "advcl":
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if by is not None:
            return by  # 'Asked by X of Y whether C, Z said D': X asked C
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "a report showing that C"
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        holder = verb.head.head  # "X ... for criticizing C", "the one impassioned in blasting C"
        quoted = next((c for c in holder.children if c.dep_ in ("nsubjpass", "dobj")), None) \
            if verb.head.lower_ == "as" else None
        if quoted is not None and holder.pos_ == "VERB":
            return quoted  # "X was quoted as saying C", "the office quoted him as saying C": the one quoted speaks
        return holder if holder.pos_ in ("NOUN", "PROPN", "PRON") else _subject(holder, depth + 1)
    if depth < 3 and verb.head.i != verb.i and (verb.dep_ in INHERIT or _coordinated(verb)):
        return _subject(verb.head, depth + 1)
    return _stranded(verb) or _inverted(verb) or _fronted_apposition(verb)


def _fronted_apposition(verb: Token) -> Optional[Token]:
    """'In its ruling in Smith v Jones, the Supreme Court, dealing with wages, said C': a cue left with no subject
    after a fronted phrase whose last noun phrase, set off by commas, the parser hung there as an apposition; that
    noun phrase is the subject. Not when it hangs on the preposition's own object ('On Thursday Rik Peeperkorn,
    the WHO's representative, said C'), which then holds the subject's name itself."""
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        last = prep.right_edge
        appos = next((t for t in prep.subtree if t.dep_ == "appos" and t.right_edge.i == last.i), None)
        if appos is None or appos.head.head.i == prep.i or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != "," \
                or last.i + 1 >= verb.i or doc[last.i + 1].text != ",":
            continue
        between = [c for c in verb.children if last.i < c.i < verb.i]
        if all(c.dep_ in ("punct", "advcl", "advmod", "npadvmod") for c in between):
            return appos
    return None


def _after_aside(verb: Token) -> Optional[Token]:
    """'The Times of Israel, citing officials, reported C': a verb after a participle set off by commas, which
    the parser hung on the participle's object; the participle's noun is its subject."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.head.dep_ != "dobj":
        return None
    participle = verb.head.head
    holder = participle.head
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl") or holder.pos_ not in ("NOUN", "PROPN") \
            or holder.i > participle.i or participle.doc[participle.i - 1].text != ",":
        return None
    return holder


def _set_off_participle(verb: Token) -> bool:
    """'X, asked on Tuesday whether C, said D': a past participle set off by commas after a subject the parser
    gave it, which is the main verb's subject, and the one the participle's act was done to."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.head.i < verb.i or verb.i == 0 \
            or verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ in SUBJECTS for c in verb.head.children)


def _inverted(verb: Token) -> Optional[Token]:
    """'“C. D,” reads one post on X', '“C,” read the statement': a verb right after a closing
    quotation mark, its source set after it where the parser (misled by a quote of two sentences)
    took it for the object."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ('"', "”", "»") or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    source = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i), None)
    return source if source is not None and source.pos_ in ("NOUN", "PROPN") and source.left_edge.i == verb.i + 1 \
        else None


def _stranded(verb: Token) -> Optional[Token]:
    """'Reading the opinion in The Hague, the court's president, Nawaf Salam, said C': a main verb
    the parser left without a subject, the name set off just before it (parsed as an apposition
    to something else) being the one who speaks."""
    if verb.dep_ != "ROOT" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    name = verb.doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") or name.dep_ != "appos":
        return None
    return name


def _coordinated(verb: Token) -> bool:
    """'said C and warned that D', parsed as a second complement of 'said': a conjunct in fact."""
    return verb.dep_ == "ccomp" and verb.i > verb.head.i and verb.left_edge.i > 0 \
        and verb.doc[verb.left_edge.i - 1].dep_ == "cc"


def antecedent(token: Token) -> Optional[Token]:
    """The noun a relative pronoun stands for: 'officials, who said' → officials."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        noun = token.head.head
        if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ in ("NOUN", "PROPN"):
            return noun.head.head  # 'its report of 6 September, which called for X': the report, not its date
        return noun
    return None


def _source_span(doc: Doc, head: Token, content: tuple[int, int], cue: Optional[Token] = None,
                 within: Optional[tuple[int, int]] = None) -> Optional[tuple[int, int]]:
    """The source's words: its subtree, less the content and any clause holding the cue
    (and, for a cue between two parts of a quote, only what stands `within` that gap)."""
    skip = {t.i for t in cue.subtree} if cue is not None and head.is_ancestor(cue) else set()
    skip |= {w.i for t in head.subtree if t.i > head.i and _no_part_of_source(t) for w in t.subtree}
    tokens = [t for t in head.subtree if t.i not in skip and (
        within[0] <= t.idx < within[1] if within else not (content[0] <= t.idx < content[1]))]
    if cue is not None and _after_aside(cue) == head:  # 'The Times of Israel, citing officials, reported': the name
        tokens = [t for t in tokens if t.i < cue.head.head.i]
    dashes = [t.i for t in tokens if t.i < head.i and (t.text in ("—", "–", "--") or "\n" in t.text)]
    if dashes:  # 'MOSCOW, Aug. 9 (Wire) — Russia said': the dateline before the dash is no part of it
        tokens = [t for t in tokens if t.i > dashes[-1]]
    if not tokens:
        return None
    return _trim(doc, tokens[0].i, tokens[-1].i)


def relays(token: Token) -> bool:
    """The participle of a relaying phrase ('quoted' of 'as quoted by', 'reported' of 'as reported by')."""
    return any(len(phrase) > 1 and token.lower_ == phrase[1] for phrase in lexicon().relaying)


def _no_part_of_source(token: Token) -> bool:
    """Words set after a source that tell where its words were read or when they were given, not who gave
    them: 'X, quoted by Al Jazeera, said', '"C," said X, on Monday'."""
    if token.dep_ == "acl" and relays(token):
        return True
    return token.dep_ in ("prep", "npadvmod") and token.doc[token.i - 1].text == "," \
        and any(w.ent_type_ in ("DATE", "TIME") for w in token.subtree)


def _prepositional(verb: Token):
    """(preposition, object) pairs to the verb's right: 'pointed to X', 'complained about X'."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                yield prep, pobj


def _raised(doc: Doc, verb: Token, lex: Lexicon) -> Optional[Frame]:
    """'Washington appears weak', 'the plan seemed to falter': an impression of a clause, which is
    the content whole from its subject on (a conjoined verb without a subject of its own takes its
    first conjunct's)."""
    if verb.lemma_.lower() not in lex.raising or not lex.is_cue(verb):
        return None
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd") and c.i > verb.i]
    holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) else verb
    subject = next((c for c in holder.children if c.dep_ in SUBJECTS and c.i < holder.i), None)
    if not complements or subject is None:
        return None  # 'It seems likely that C' (an expletive subject) is read as any cue's complement
    last = _extend(verb, max(c.right_edge.i for c in complements), OBJECT_GOES_ON, lex)
    first = subject.left_edge.i
    if subject.lower_ == "it" and not any(c.dep_ == "xcomp" for c in complements):
        first = min(c.left_edge.i for c in complements)  # 'it seems (that) C', 'it seems unlikely that C': a dummy 'it'
    content = _trim(doc, first, last)
    if content is None:
        return None
    return Frame(cue=(verb.idx, verb.idx + len(verb)), content=content, sentence=verb.sent)


def _verb_frame(doc: Doc, verb: Token, lex: Lexicon) -> Optional[Frame]:
    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pcomp" and lex.says(p) for p in c.children)
            for c in verb.children):
        return None  # 'the office quoted him as saying C': he says C, in the frame of 'saying'
    if _nothing_said(verb, lex) and verb.head.lemma_.lower() in lex.refusals:
        return None  # 'declined to comment on the raid' reports no words
    if verb.lemma_.lower() in lex.aspectual and any(c.dep_ == "xcomp" for c in verb.children):
        return None  # 'the lead continues to grow': how long it goes on, no words given
    raised = _raised(doc, verb, lex)
    if raised is not None:
        return raised
    content = _judged(doc, verb, lex)
    complements = [] if content is not None else _one_side(verb, [c for c in verb.children if c.dep_ in COMPLEMENTS or _that_clause(c)
                                      or _asked_clause(c, lex)]) \
        or _in_medium(verb, lex) or _on_time_phrase(verb)
    if complements and lex.takes_clause(verb) and (lex.is_cue(verb) or any(c.dep_ == "ccomp" for c in complements)):
        last = _extend(verb, max(c.right_edge.i for c in complements), CLAUSE_GOES_ON, lex)
        for c in complements:
            second = _second_report(c, lex)
            if second is not None:  # 'said C and urged Y to Z': C ends before the second report
                last = min(last, second.left_edge.i - 1)
        last = _before_own_report(doc, complements, last, lex)
        last = min([last] + [prep.i - 1 for c in complements for prep in [closing_setting(c, lex)] if prep is not None])
        content = _trim(doc, _past_time(doc, min(_clause_start(c) for c in complements), last), last)
    elif content is None and lex.is_cue(verb) and lex.takes_object(verb) and not _puts_to(verb, lex):
        objects = [c for c in verb.children if c.dep_ in OBJECT_COMPLEMENTS and c.i > verb.i]
        refused = verb.lemma_.lower() in lex.refusals
        last = _extend(verb, max(c.right_edge.i for c in objects), OBJECT_GOES_ON, lex) if objects else -1
        if objects and (last > max(c.right_edge.i for c in objects) or not all(  # 'described him as C' says C
                o.lemma_.lower() in lex.source_nouns or _bare_pronoun(o) or _anaphor(o) or _names_words(o)
                or refused and _nothing_said(o, lex)
                for o in objects)):
            first = min(c.left_edge.i for c in objects)
            raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if raised is not None and any(o.dep_ == "xcomp" for o in objects) \
                    and not any(t.dep_ == "agent" or t.lower_ == "by" for t in verb.subtree):
                first = raised.left_edge.i  # 'Russia was expected to respond': the subject is part of it
            addressee = _addressee(verb, objects)
            if addressee is not None:
                first = addressee.left_edge.i  # 'called on X to C': the one asked is part of what was asked
            said = _noun_complement(min(objects, key=lambda o: o.i))
            if said is not None and said.left_edge.i <= last:
                first = said.left_edge.i  # 'expressed doubt that C': the noun is part of the cue
            topic = _topic(min(objects, key=lambda o: o.i), lex)
            if said is None and topic is not None and topic.left_edge.i <= last and first == objects[0].left_edge.i:
                first = topic.left_edge.i  # 'voiced concerns about C': the noun is part of the cue
            content = _trim(doc, first, _before_setting(verb, objects, last, lex))
        elif not objects:
            content = _judged_relative(doc, verb)
    if content is None and not complements:
        for prep, pobj in _prepositional(verb):
            if lex.takes_preposition(verb, prep) and pobj.ent_type_ not in ("DATE", "TIME") \
                    and pobj.lower_ not in PERSONS:  # 'agrees with him': a person, not what was said
                last = _extend(verb, pobj.right_edge.i, OBJECT_GOES_ON, lex)
                content = _trim(doc, pobj.left_edge.i, _before_setting(verb, [pobj], last, lex))
                break
        clause = _for_clause(verb, lex) if content is None else None
        if clause is not None:
            content = _trim(doc, clause.left_edge.i + 1, clause.right_edge.i)
    if content is None and lex.is_cue(verb):
        content = _aside(doc, verb, lex)
    if content is None and lex.is_cue(verb) and not complements:
        content = _passive_subject(doc, verb)
    if content is None:
        return None
    outer = _second_report_of(verb, lex)
    if outer is None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" \
            and doc[verb.i - 1].text == "," and lex.is_cue(verb.head.head):
        outer = verb.head.head  # 'X said C, adding D': X adds D, not C's subject
    subject = _subject(outer if outer is not None else verb)
    fronted = _fronted(doc, verb, subject, content, lex)
    if fronted is not None:
        content = (doc[fronted].idx, content[1])
    elif content[0] > verb.idx:
        content = (content[0], _before_participle_report(doc, content, lex))
        pronoun = relative_pronoun(verb)
        if pronoun is not None:
            content = (pronoun.idx, content[1])
    frame = Frame(cue=(verb.idx, verb.idx + len(verb)), content=content, sentence=verb.sent)
    if subject is not None:
        inside = content[0] <= subject.idx < content[1]  # a parenthetical: the source within the content
        own = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)) if inside else None
        frame.source = _source_span(doc, subject, content, verb, within=own)
        frame.source_head = subject
    return frame


def _judged(doc: Doc, verb: Token, lex: Lexicon) -> Optional[tuple[int, int]]:
    """'Democrats see the senator as a liability': what a verb of regarding judges, the object through the 'as'
    phrase; 'Rubio is seen as the favourite' is the whole clause from its subject on, cue included (the agent,
    if any, holds the view)."""
    found = lex.judgement(verb)
    if found is None:
        return None
    judged, phrase = found
    last = _extend(verb, phrase.right_edge.i, OBJECT_GOES_ON, lex)
    return _trim(doc, judged.left_edge.i, _before_setting(verb, [judged], last, lex))


def _for_clause(verb: Token, lex: Lexicon) -> Optional[Token]:
    """'called for the state to raise the wage', 'pushed for X to resign': a clause with 'for' as its
    complementiser after a verb that takes 'for' as a cue ('called for X'); the clause after 'for' is
    what was called for. An infinitive ('the duty to call for the guns to fall silent') is a call still to
    be made, not one reported."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i > verb.i:
            mark = clause.left_edge
            if mark.dep_ == "mark" and mark.head.i == clause.i and mark.lower_ == "for" \
                    and lex.takes_preposition(verb, mark):
                return clause
    return None


def _passive_subject(doc: Doc, verb: Token) -> Optional[tuple[int, int]]:
    """'The plan was denounced by the mayor', 'a bill that was endorsed by unions': a cue in the
    passive with nothing after it to report, and its agent named, says its words about its subject,
    which is the content (the agent the source). With no agent ('the plan was denounced') the one
    who spoke is not said."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.lower_ == "as" and c.i > verb.i for c in verb.children):
        return None  # 'X is quoted by Y as saying C': the subject speaks C, it is not what was said
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or _names_words(subject):
        return None  # 'their remarks are attributed by role': words named, none given
    return _trim(doc, subject.left_edge.i, subject.right_edge.i)


def _fronted(doc: Doc, verb: Token, subject: Optional[Token], content: tuple[int, int], lex: Lexicon) -> Optional[int]:
    """'Sooner or later, the mayor said, the plan will pay off', 'Of course, she said, "C"', 'Voters,
    she said, need not worry': a cue set into the sentence between commas, after an adverb or a noun
    phrase it governs in the parse; those fronted words open what was said (the first token). Not a
    phrase or clause of circumstance ('Asked about it, X said, "C"', 'In a statement, X said, C'),
    a time ('On Monday') or the writer's connective ('However, X said, C')."""
    if subject is None or subject.head.i != verb.i or not subject.i < verb.i < doc[verb.i].sent.end:
        return None
    opening = subject.left_edge.i
    begins = doc.char_span(content[0], content[1], alignment_mode="expand")
    if begins is None or begins.start <= verb.i or opening < 2 or doc[opening - 1].text != ",":
        return None
    after = [t for t in doc[verb.i + 1:begins.start] if t.is_punct]
    if not after or after[-1].text not in (",",) + tuple(_QUOTE_CHARS) or "," not in (t.text for t in after):
        return None
    left = [c for c in verb.children if c.i < opening - 1 and c.dep_ not in ("punct", "cc")]
    if not left:
        return None
    first = min(c.left_edge.i for c in left)
    if any(not t.is_punct and t.dep_ != "cc" and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in left)
           for t in doc[verb.sent.start:opening - 1]):
        return None  # the sentence holds more than the fronted words before the source
    if any(c.dep_ not in FRONTED or _when(c) or c.lower_ in lex.connectives for c in left):
        return None
    return first


def relative_pronoun(verb: Token) -> Optional[Token]:
    """The relative pronoun opening a cue's clause when it stands for a part of what was said, so the
    report starts there: the subject of the reported clause ('the tax, which critics say will hurt
    shops'), or a pronoun the parser hung on the cue that the content lacks ('which she said was a
    mistake', 'what he calls waste', 'which he said the city would pay for'); not one the reported
    clause does without ('X, whom officials say he fled abroad')."""
    pronoun = verb.left_edge
    if pronoun.tag_ not in ("WDT", "WP") or pronoun.i >= verb.i:
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "dobj") and c.i > verb.i]
    if pronoun.head.i in {c.i for c in clauses}:
        clause = pronoun.head
        return pronoun if not any(s.dep_ in SUBJECTS for s in clause.children if s.i != pronoun.i) else None
    if pronoun.head.i != verb.i or not any(s.dep_ in SUBJECTS and s.i != pronoun.i for s in verb.children):
        return None
    for c in clauses:
        subject = any(s.dep_ in SUBJECTS for s in c.children)
        stranded = any(t.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in t.children) for t in c.subtree)
        if c.dep_ != "ccomp" or not subject or stranded:
            return pronoun
    return None


def _before_participle_report(doc: Doc, content: tuple[int, int], lex: Lexicon) -> int:
    """'said the tunnel would open in May, adding that the cost had doubled': a participle of saying
    set off by a comma and running to the content's end is a report of its own; the content ends
    before its comma."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    text = document_text(doc)
    for token in span[1:] if span is not None else ():
        if token.tag_ == "VBG" and doc[token.i - 1].text == "," and lex.says(token) \
                and _marks(text[content[0]:token.idx]) % 2 == 0 \
                and not text[token.right_edge.idx + len(token.right_edge):content[1]].strip(" ,.\"”'’"):
            return doc[token.i - 1].idx
    return content[1]


def _judged_relative(doc: Doc, verb: Token) -> Optional[tuple[int, int]]:
    """'the farm, which he describes as his second home', 'whom the senator views as a peer': a cue whose object
    is the relative pronoun before it says the predicate after it of what the pronoun stands for; the
    report runs from the pronoun, as with 'what he calls waste'."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < verb.i), None)
    predicate = [c for c in verb.children if c.i > verb.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")]
    if pronoun is None or not predicate or not any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return _trim(doc, pronoun.i, max(c.right_edge.i for c in predicate))


def _addressee(verb: Token, objects: list[Token]) -> Optional[Token]:
    """'called on X to C', 'appealed to X to C': the object of a preposition between the cue and its
    infinitive, which names who is to do C (the parser hangs both on the verb)."""
    xcomp = next((o for o in objects if o.dep_ == "xcomp"), None)
    if xcomp is None or len(objects) > 1:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i == verb.i + 1 and prep.lower_ in ADDRESSEE_PREPOSITIONS:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.right_edge.i + 1 == xcomp.left_edge.i:
                return pobj
    return None


def _one_side(verb: Token, complements: list[Token]) -> list[Token]:
    """What was said lies on one side of its cue: with a complement before the verb ('"C," X said'),
    one after it with no subject of its own is a participle the parser hung there ('X said in
    remarks read in Italian'), not a second report."""
    if not any(c.i < verb.i for c in complements):
        return complements
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") and c.i > verb.i for c in verb.children):
        complements = [c for c in complements if c.i > verb.i or not (_set_apart(c) or _that_after(verb))]
    return [c for c in complements if c.i < verb.i or any(s.dep_ in SUBJECTS for s in c.children)]


def _that_after(verb: Token) -> bool:
    """'We are alarmed by the attacks since 20 October, the day X announced that he had defected': a cue
    whose clause follows it with 'that' says that clause; one the parser hung before it is another sentence's."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def _set_apart(clause: Token) -> bool:
    """A clause before the cue that ends at a semicolon, colon or dash ('Leaders decried it; editorials
    railed against it', 'The vote was close: most members opposed X'): a sentence of its own the
    parser hung on the cue, not what it says (which follows the cue)."""
    after = clause.doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(clause.doc) else None
    return after is not None and after.text in (";", ":", "—", "–", "--")


def _before_own_report(doc: Doc, complements: list[Token], last: int, lex: Lexicon) -> int:
    """Reports `_second_report` leaves: a verb of saying parsed as a second complement of the cue
    ('said C and warned that D') or conjoined to the reported clause with a subject of its own
    ('said C, and he singled out D'); the first content ends before it."""
    first = min(complements, key=lambda c: c.i)
    later = [c for c in complements if c.i != first.i and not any(s.dep_ in SUBJECTS for s in c.children)]
    for conj in later + [c for clause in complements for c in clause.children
                         if c.dep_ == "conj" and any(s.dep_ in SUBJECTS for s in c.children)]:
        if conj.pos_ == "VERB" and first.i < conj.i <= last and lex.says(conj) \
                and any(c.dep_ in COMPLEMENTS or c.dep_ == "dobj" for c in conj.children):
            end = conj.left_edge.i - 1
            while end > first.i and (doc[end].dep_ == "cc" or _loose(doc[end])):
                end -= 1
            last = min(last, end)
    return last


def topic_key(noun: Token) -> Optional[tuple[str, Token]]:
    """The key ('concern about') and object of a noun object's preposition: 'raised concerns about C'."""
    if noun.pos_ != "NOUN":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.i > noun.i:
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return f"{noun.lemma_.lower()} {prep.lower_}", pobj
            return None
    return None


def _topic(noun: Token, lex: Lexicon) -> Optional[Token]:
    """The topic a noun of saying or feeling is about ('voiced concerns about C', 'a forecast of C',
    'requests for C'): the preposition's object, when PolNeAR train (learned_topics.tsv) mostly starts
    the content there for that noun and preposition, or, for a noun it has not seen, that preposition."""
    found = topic_key(noun)
    if found is None:
        return None
    key, pobj = found
    share = lex.topics.get(key, lex.topics.get("* " + key.split(" ", 1)[1]))
    return pobj if share is not None and share >= lex.extension_threshold else None


def _noun_complement(noun: Token) -> Optional[Token]:
    """The 'that' clause of a bare noun object ('voiced doubt that C', 'expressed confidence that
    C'): what was felt, with the noun (an attitude) part of the cue; 'the idea that C' stays whole."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _second_report(clause: Token, lex: Lexicon) -> Optional[Token]:
    """'X said the ruling was historic and urged states to act': a cue verb with no subject of its
    own, conjoined to the reported clause's verb, is a second report by X, which the parser hung on
    the content ('urged' as a conjunct of 'was'); the first token of that conjunct (its 'and')."""
    for conj in clause.children:
        if conj.dep_ == "conj" and conj.i > clause.i and conj.pos_ == "VERB" and lex.says(conj) \
                and not any(c.dep_ in SUBJECTS for c in conj.children):
            cc = [c for c in clause.children if c.dep_ == "cc" and c.i < conj.i]
            return cc[-1] if cc else conj
    return None


def _second_report_of(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The cue whose report `verb` continues, if `verb` is such a second report."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or not lex.is_cue(clause.head):
        return None
    second = _second_report(clause, lex)
    return clause.head if second is not None and second.i <= verb.i else None


def _past_time(doc: Doc, first: int, last: int) -> int:
    """'said on Friday he would run': a time phrase opening the complement tells when it was said."""
    i = first
    if i < last and doc[i].lower_ in ("on", "last", "this") and doc[i + 1].ent_type_ in ("DATE", "TIME"):
        i += 1
    while i < last and doc[i].ent_type_ in ("DATE", "TIME") and doc[i].pos_ != "VERB":
        i += 1
    roots = [t for t in doc[first:i] if not first <= t.head.i < i]
    adverbial = bool(roots) and all(t.dep_ in ("npadvmod", "prep", "advmod") for t in roots)
    subject_left = any(t.dep_ in SUBJECTS for t in doc[i:last + 1])
    return i if i > first and adverbial and subject_left and doc[i].pos_ != "PUNCT" else first


def _nothing_said(token: Token, lex: Lexicon) -> bool:
    """'declined to comment (on the killing)': a verb of saying with nothing it says."""
    return token.dep_ == "xcomp" and lex.is_cue(token) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children)


def _puts_to(verb: Token, lex: Lexicon) -> bool:
    """'The detour adds 3,500 miles to the voyage': a verb of adding with an object and a 'to'
    phrase puts one thing to another; it says nothing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in lex.joining and bool(objects) and (
        any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)
        or any(n.like_num and n.dep_ in ("nummod", "quantmod") for o in objects for n in o.children))
    # (nor does one that adds a figure: "the detour adds about 3,500 miles")


def bare_object(verb: Token, content: Span, lex: Lexicon) -> bool:
    """'supported the change', 'pleaded guilty to violent disorder', 'thanked the board for the invitation': content
    that is only the object of a verb of acting or taking a stance (not a verb of saying beyond doubt, `Lexicon.says`,
    whose object names the message: 'announced a ceasefire'), with no clause (no verb in it), no marked words and no
    predicate set on the object ('called it a disgrace', 'described X as C', 'accused X of C'; `cues.yaml:
    predicating`, on the verb or the object), names a deed, not words a reader could check against the speaker: no
    quote (eval/CONVENTIONS.md, quotes rule 1)."""
    root = content.root
    if root.head != verb or root.dep_ not in ("dobj", "acomp") or verb.i >= content.start:
        return False
    if verb.lemma_.lower() in lex.addressing:
        return False  # 'told the crowd: “...”', 'asked the Commission for a pause': the one addressed, the words near
    if lex.says(verb):
        return False  # 'announced a ceasefire', 'denied the report', 'endorsed Clinton': a speech act, its object the message
    reasons = {w.i for t in content if _reason_gerund(t) for w in t.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in reasons or t.text in _QUOTE_CHARS for t in content):
        return False
    return not any(c.dep_ in ("oprd", "xcomp", "ccomp", "dative") for c in verb.children) and not any(
        c.dep_ == "prep" and c.i > root.i and c.lower_ in (lex.predicating if c.head == verb else lex.predicating_on_object)
        and not any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)  # 'on Friday', 'at 6 p.m.' set a time
        for c in list(verb.children) + list(root.children))  # the parser hangs 'of genocide' on either


def _reason_gerund(token: Token) -> bool:
    """'thanked the mayor for hosting the summit', 'thank you for coming': a gerund in a preposition's phrase
    gives the reason for the act or its manner, not a clause stating words."""
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.dep_ == "prep"


def hollow(content: Span) -> bool:
    """'What do your donors ask you for?': content of only pronouns and a preposition left without its object
    (fronted as the question's wh-word) holds no words at all; the question asks what was said."""
    words = [t for t in content if not t.is_punct and not t.is_space]
    return bool(words) and any(t.pos_ == "ADP" for t in words) and all(
        t.pos_ == "PRON" and t.tag_ != "PRP$" or t.pos_ == "ADP" and all(c.i < t.i for c in t.children)
        for t in words)


def _bare_pronoun(token: Token) -> bool:
    """'denied it', 'praised him': a lone pronoun object carries nothing a reader could check."""
    return token.pos_ == "PRON" and len(list(token.subtree)) == 1


WORD_NOUNS = cue_words("word_nouns")
PERSONS = cue_words("person_pronouns")


def _names_words(token: Token) -> bool:
    """'offered an answer', 'asked questions', 'their remarks are attributed by role': a noun that
    names words, with no more than a determiner or an owner, tells that words were given, not what."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in WORD_NOUNS \
        and all(c.dep_ in ("det", "poss") for c in token.children)


DEMONSTRATIVES = cue_words("demonstratives")
BACK_POINTING = cue_words("back_pointing")


def _anaphor(token: Token) -> bool:
    """'rejected that finding', 'denied those claims', 'said the same': a noun with only a demonstrative, or a
    word that points back by itself, refers to what the text told before; like a lone pronoun it holds no words
    of the speaker's own."""
    children = list(token.children)
    if token.lower_ in BACK_POINTING:  # 'said the same', 'said the same on Friday' (the parser may hang the day on it)
        return all(c.dep_ == "det" or c.dep_ == "prep" and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
                   for c in children)
    return token.pos_ == "NOUN" and len(children) == 1 and children[0].dep_ == "det" \
        and children[0].lower_ in DEMONSTRATIVES


def extension(verb: Token, child: Token, goes_on: frozenset[str]) -> str:
    """The kind of a later dependent of the cue that may carry the content on: the content's kind,
    a comma if one sets it off, its dependency and its word (a preposition, adverb) or tag."""
    kind = "clause" if "conj" in goes_on else "object"
    comma = "," if verb.doc[child.left_edge.i - 1].text in (",", "—", "–", "(") else ""
    if child.dep_ == "conj":  # 'said C and wanted D' (bare) against 'said C, and D followed' (subject)
        word = "subject" if any(c.dep_ in SUBJECTS for c in child.children) else "bare"
    else:
        word = child.lower_ if child.dep_ in ("prep", "advmod", "agent", "dative") else child.tag_
    return f"{kind} {comma}{child.dep_} {word}"


def _extend(verb: Token, last: int, goes_on: frozenset[str], lex: Lexicon) -> int:
    """The content's last token, carried over what the cue's later dependents add to it:
    '... said C1, but C2' (a conjoined clause with its own subject, not itself a report),
    '... blasted X for C', '... described X as C'; a dependent of a kind PolNeAR train mostly
    keeps in (or leaves out) of the content goes by that ('laid off X at its plant')."""
    for child in verb.children:
        if child.i <= last or child.dep_ in ("punct", "cc"):
            continue
        if _when(child) or child.dep_ == "conj" and (lex.is_cue(child) or _reported_as(child, lex)):
            break  # 'on Monday' tells when it was said; 'and warned D', 'and as X reported, D' are reports of their own
        if _condition(child):
            last = child.right_edge.i
            continue
        learned = lex.extensions.get(extension(verb, child, goes_on))
        if learned is not None:
            if learned < lex.extension_threshold:
                break
        elif "conj" not in goes_on and verb.doc[child.left_edge.i - 1].text in (",", "—", "–", "("):
            break  # set off by a comma: the writer's aside, not part of what was said
        elif child.dep_ == "conj" and "conj" in goes_on:
            if not any(c.dep_ in SUBJECTS for c in child.children):
                break
        elif child.dep_ not in goes_on or child.dep_ == "prep" and child.lower_ not in OBJECT_PREPOSITIONS:
            break
        last = child.right_edge.i
    return last


def _condition(clause: Token) -> bool:
    """'pledged to make X treasury secretary if he wins': a condition right after the content (no comma) is
    what was said on that condition; the parser hangs it on the cue."""
    return clause.dep_ == "advcl" and clause.doc[clause.left_edge.i - 1].text != "," and any(
        m.dep_ == "mark" and m.lower_ in CONDITIONAL and m.i == clause.left_edge.i for m in clause.children)


def _reported_as(clause: Token, lex: Lexicon) -> bool:
    """'..., and as the BBC reported on Saturday, soldiers were filmed': a clause an 'as X reported' clause
    hangs on is X's report, no part of what an earlier cue's speaker said."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in lex.as_reports
               and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               and any(m.dep_ in SUBJECTS for m in c.children) for c in clause.children)


def _setting(prep: Token, lex: Lexicon, places: bool) -> bool:
    """'at a rally', 'on Twitter' (and with `places`, 'in Ohio'): where or through what words were given."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.setting_prepositions:
        return False
    places = places and prep.lower_ in ("in", "at")  # 'asylum from Spain' tells whence, not where said
    return any(c.dep_ == "pobj" and (c.lemma_.lower() in lex.settings
                                      or places and c.ent_type_ in ("GPE", "LOC", "FAC")) for c in prep.children)


def closing_setting(clause: Token, lex: Lexicon) -> Optional[Token]:
    """'said the leadership had “lost control of the streets” at a heated meeting on Tuesday': a phrase of
    setting right after the quoted words' closing mark, with at most time phrases and an aside after it, tells
    where the words were said; the parser hangs it on the reported clause, but it is the cue's."""
    doc = clause.doc
    for prep in clause.children:
        if prep.i <= clause.i or prep.dep_ != "prep" or prep.lower_ == "from" or not _closes(doc[prep.i - 1]) \
                or not _setting(prep, lex, False):
            continue
        later = [c for c in clause.children if c.i > prep.i and c.dep_ != "punct"]
        if all(c.dep_ in ("prep", "npadvmod") and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
               or c.dep_ == "advcl" and doc[c.left_edge.i - 1].text == "," for c in later):
            return prep
    return None


def _before_setting(verb: Token, objects: list[Token], last: int, lex: Lexicon) -> int:
    """The object content's last token before a phrase of its setting that hangs on the cue
    ('beat the senator in Ohio', 'mocked the governor on Twitter') or on the object's noun
    ('praised the plan in a radio interview', 'railed against the merger in a speech'); a place on the noun ('a win in Ohio') or a phrase
    deeper in ('workers at its plant in Ohio', 'urged X to campaign in Ohio') is content, and so
    is the setting when a verb follows it ('urged voters in Ohio to vote')."""
    nouns = [o for o in objects if o.dep_ in ("dobj", "pobj")]
    doc = verb.doc
    for token in doc[min(o.i for o in objects) + 1:last + 1]:
        if token.head == verb and _setting(token, lex, True) or token.head in nouns and _setting(token, lex, False):
            if any(t.pos_ in ("VERB", "AUX") for t in doc[token.right_edge.i + 1:last + 1]):
                return last  # 'urged voters in Ohio to vote': what was said comes after the setting
            if any(t.text in _QUOTE_CHARS or t.pos_ == "VERB" and lex.is_cue(t) and not _describes_noun(t)
                   for t in doc[token.i:last + 1]):
                return last  # marked words or a report of its own inside: left whole ('in a debate, telling X C')
            return token.i - 1
    return last


def _describes_noun(verb: Token) -> bool:
    """A passive participle on a noun ('a forum viewed by millions', 'a ruling released Thursday') tells
    of the noun; it reports nothing."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _when(token: Token) -> bool:
    """A time phrase: 'on Monday', 'last week', 'Tuesday'."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _in_medium(verb: Token, lex: Lexicon) -> list[Token]:
    """'said in a statement that "C"': the 'that' clause the parser hung on the noun of the medium the
    words were given in, after the cue's preposition; it is the cue's complement."""
    for prep, pobj in _prepositional(verb):
        if pobj.lemma_.lower() in lex.media_nouns:
            return [c for c in pobj.children if c.dep_ in ("acl", "ccomp") and c.i > pobj.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return []


def _on_time_phrase(verb: Token) -> list[Token]:
    """'reported the same day that C', 'said in a statement that evening that C': the 'that' clause (with
    'that' its mark, not its subject) the parser hung on a bare time phrase after the cue, as if a relative
    clause or complement of the day; it is the cue's complement. (A bare noun phrase used as an adverb
    takes no clause of its own, whether or not the tagger saw a date in it.)"""
    return [c for t in verb.children if t.i > verb.i and (
                t.dep_ == "npadvmod" or t.dep_ == "dobj" and t.ent_type_ in ("DATE", "TIME"))
            for c in t.children if c.dep_ in ("relcl", "acl", "ccomp") and c.i > t.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _that_clause(child: Token) -> bool:
    """A 'that' clause the parser hung on the cue as a conjunct: '..., citing officials, that C'."""
    return child.dep_ in ("conj", "dep", "advcl") and child.i > child.head.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def _asked_clause(child: Token, lex: Lexicon) -> bool:
    """An embedded question the parser hung on a verb of asking as an adverbial clause ('asked the
    minister if C', 'Asked whether C, she said D'): what was asked, the one asked no part of it."""
    return child.dep_ == "advcl" and child.i > child.head.i and child.head.lemma_.lower() in lex.asking and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children)


def _clause_start(clause: Token) -> int:
    """Where a complement clause begins: its 'that' when an aside precedes it, else its left edge."""
    if clause.dep_ != "ccomp":
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None:
            return mark.i
    return clause.left_edge.i


OPENERS = frozenset({"prep", "advmod", "npadvmod"})  # a phrase opening the sentence that a parser may hang on an aside


def _aside(doc: Doc, verb: Token, lex: Lexicon) -> Optional[tuple[int, int]]:
    """'C, he said' and 'C1, he said, C2': a cue hanging on the content's verb, set off by
    punctuation; the content is what that verb governs (the cue stays inside a parenthetical)."""
    words = [t for t in verb.subtree if not t.is_punct]
    if verb.dep_ not in ASIDE or not words or not any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    first, last = words[0].i, words[-1].i
    subject = next(c for c in verb.children if c.dep_ in SUBJECTS)
    if first < subject.left_edge.i and doc[subject.left_edge.i - 1].text == "," and all(
            c.dep_ in OPENERS for c in verb.children if c.i < subject.i and not c.is_punct) \
            and last + 2 < verb.sent.end and doc[last + 1].text == "," and not _opens(doc[last + 2]):
        first = subject.left_edge.i  # 'For a year, she told members, C': the opening phrase is the clause's
    if first == 0 or not doc[first - 1].is_punct:
        return None
    sent = verb.sent
    start = max(verb.head.left_edge.i, sent.start)
    closed = last + 2 < sent.end and doc[last + 1].text in (",", "—", "–") and not _opens(doc[last + 2])
    # 'C, he said' on a cue verb reports nothing here; 'C1, X said, she thought C2' reports the cue's clause
    # too, but an adverbial clause set in ('while the crowd booed,') is no cue of it
    if lex.is_cue(verb.head) and not (closed and verb.head.i > last and not any(c.dep_ == "mark" for c in verb.children)):
        return None
    end = min(verb.head.right_edge.i, sent.end - 1)
    if start + 1 < first and doc[start].lower_ in lex.connectives and doc[start + 1].text == ",":
        start += 2  # 'However, the mayor said, C': the writer's link to what came before
        if closed and start == first and end > last + 1:
            return _trim(doc, last + 2, end)
    if closed and end > last + 1 and start < first:
        return _trim(doc, start, end)  # 'The plan, the mayor said, will cost millions.'
    if verb.head.i < verb.i and start < first:
        return _trim(doc, start, first - 1)
    return None


def _clause_opening(doc: Doc, first: int, last: int) -> int:
    """Where what 'according to X' reports begins in tokens [first, last]: after a dateline
    ('TALLAHASSEE — C') and after an opening concessive clause set off by a comma ('Though he has
    no path, C'), the writer's framing of the report rather than part of it."""
    for k in range(first, min(first + 6, last)):
        if doc[k].text in ("—", "–", "--") and all(t.is_upper or t.is_punct for t in doc[first:k]):
            first = k + 1
            break
    opener = doc[first]
    if opener.lower_ in CONCESSIVE and opener.dep_ == "mark" and opener.head.dep_ == "advcl":
        end = opener.head.right_edge.i
        if end + 1 < last and doc[end + 1].text == ",":
            return end + 2
    return first


def _preposition_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """'according to X, C' and 'C, according to X'."""
    out = []
    for phrase in phrases.find(doc, lex.source_prepositions):
        i, n = phrase.start, len(phrase)
        last = doc[i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        content = _around(doc, i, max(pobj.right_edge.i, last.i))
        if content is not None:
            out.append(Frame(
                cue=(doc[i].idx, last.idx + len(last)), content=content,
                source=_trim(doc, pobj.left_edge.i, _before_aside(pobj)), source_head=pobj, sentence=doc[i].sent,
            ))
    return out


def _before_aside(noun: Token) -> int:
    """The last token of a source before a relative clause set off by a comma: 'according to the air
    force, which said C' names the air force; what the clause says is a report of its own."""
    aside = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i
                  and noun.doc[c.left_edge.i - 1].text == ","), None)
    return aside.left_edge.i - 2 if aside is not None else noun.right_edge.i


def _around(doc: Doc, i: int, phrase_end: int) -> Optional[tuple[int, int]]:
    """What a phrase of attribution in tokens [i, phrase_end] reports: the longer side of its
    sentence, or both sides when commas set it in the middle ('C1, according to X, C2')."""
    sent = doc[i].sent
    before = _trim(doc, _clause_opening(doc, sent.start, i - 1), i - 1) if i > sent.start else None
    after = _trim(doc, phrase_end + 1, sent.end - 1) if phrase_end + 1 < sent.end else None
    candidates = [c for c in (before, after) if c]
    if not candidates:
        return None
    if before and after and doc[i - 1].text == "," and doc[phrase_end + 1].text == ",":
        return before[0], after[1]
    return max(candidates, key=lambda c: c[1] - c[0])


def _view_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """'In her view, C', 'in the view of X, C': a noun of opinion (cues.yaml `views`) after 'in',
    its possessor or its 'of' object the source, the rest of the sentence the content."""
    out = []
    for token in tokens_where(doc, "DEP", "pobj".__eq__):
        prep = token.head
        if token.dep_ != "pobj" or lex.views.isdisjoint((token.lemma_.lower(), token.lower_)) or prep.lower_ != "in":
            continue
        source = next((c for c in token.children if c.dep_ == "poss"), None)
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if source is None and of is not None:
            source = next((c for c in of.children if c.dep_ == "pobj"), None)
        if source is None or source.lower_ in ("my", "our"):
            continue  # 'in my view': the writer's own
        end = max(token.right_edge.i, source.right_edge.i)
        content = _around(doc, prep.i, end)
        if content is not None:
            out.append(Frame(cue=(prep.idx, token.idx + len(token)), content=content,
                             source=_trim(doc, source.left_edge.i, source.right_edge.i), source_head=source,
                             sentence=token.sent))
    return out


def _finding_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """'In a survey released Monday, 40 percent of voters backed X': a poll or study (cues.yaml `findings`)
    named in a phrase opening its sentence and set off by a comma reports the clause after it; the
    phrase's noun with what it governs is the source."""
    out = []
    for sent in sentences(doc):
        prep = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if prep is None or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in lex.findings:
            continue
        end = prep.right_edge.i
        if end + 2 >= sent.end or doc[end + 1].text != ",":
            continue
        if _names_its_reporter(sent.root, lex):
            continue  # 'In a 2016 study, the institute found that C': the clause names its own reporter
        content = _trim(doc, end + 2, sent.end - 1)
        if content is not None:
            out.append(Frame(cue=(prep.idx, prep.idx + len(prep)), content=content, sentence=sent,
                             source=_trim(doc, noun.left_edge.i, noun.right_edge.i), source_head=noun))
    return out


def _names_its_reporter(verb: Token, lex: Lexicon) -> bool:
    """A clause whose verb reports with a subject that is a reporter, not a count of those asked ('the
    institute found that C', 'they estimated that C'; not '40 percent of voters said C')."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and lex.takes_clause(verb) and not any(
        t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL") for t in subject.subtree)


def _stance_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """'X was critical of C', 'her denunciation of C': a word of stance and its preposition (cues.yaml
    `stance`) take the preposition's object as content; the source is the noun's possessor or the
    subject the adjective is said of."""
    out = []
    for token in tokens_where(doc, "POS", ("NOUN", "ADJ").__contains__):
        if token.pos_ not in ("NOUN", "ADJ") or token.i + 1 >= len(doc):
            continue
        prep = doc[token.i + 1]
        if prep.head.i != token.i or prep.dep_ != "prep" or (token.lemma_.lower(), prep.lower_) not in lex.stance \
                and (token.lower_, prep.lower_) not in lex.stance:
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
            continue
        content = _trim(doc, pobj.left_edge.i, pobj.right_edge.i)
        if content is None:
            continue
        holder = next((c for c in token.children if c.dep_ == "poss"), None)
        if holder is None and token.dep_ in ("acomp", "oprd", "dobj", "attr"):
            holder = _subject(token.head)  # 'X was critical of C', 'X voiced praise for C'
        elif holder is None and token.dep_ == "appos":
            holder = token.head  # 'X, a fierce critic of C'
        if holder is None:
            continue  # 'support for C grew': whose stance is not said
        source = _trim(doc, holder.left_edge.i, token.left_edge.i - 1) if holder.is_ancestor(token) \
            else _source_span(doc, holder, content)  # 'X, a critic of C': the name before the apposition
        out.append(Frame(cue=(token.idx, prep.idx + len(prep)), content=content, sentence=token.sent,
                         source=source, source_head=holder))
    return out


def _claim_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """'his claim that C', 'the warning by the agency that C', 'X made the claim that C', 'X's view is that
    C': a noun of saying (cues.yaml `claims`) with a 'that' clause, its own or the one a copula gives it,
    reports the clause, its possessor, its 'by' object or the subject of a verb of voicing it the source;
    a claim nobody is said to hold ('the claim that C is false') makes no quote."""
    out = []
    for token in tokens_where(doc, "POS", "NOUN".__eq__):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.claims:
            continue
        clause = _that_clause_of(token)
        if clause is None:
            continue
        holder = next((c for c in token.children if c.dep_ == "poss"), None)
        if holder is None:
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < clause.i), None)
            holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if holder is None and token.dep_ == "dobj" and token.head.lemma_.lower() in lex.voicing:
            holder = _subject(token.head)  # 'X made the claim that C'
        if holder is None or holder.lower_ in ("my", "our"):
            continue
        content = _trim(doc, _clause_start(clause), clause.right_edge.i)
        if content is not None:
            out.append(Frame(cue=(token.idx, token.idx + len(token)), content=content, sentence=token.sent,
                             source=_trim(doc, holder.left_edge.i, holder.right_edge.i), source_head=holder))
    return out


def _that_clause_of(noun: Token) -> Optional[Token]:
    """The 'that' clause a noun states: its own ('his claim that C') or, as the subject of 'be', the
    copula's ('his view is that C', 'their fear was that C')."""
    def stated(head: Token) -> Optional[Token]:
        return next((c for c in head.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    clause = stated(noun)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = stated(noun.head)
    return clause


def _chained(verb: Token, lex: Lexicon) -> Optional[Token]:
    """'kept insisting C', 'continued to insist C', 'refused to acknowledge that C': a verb whose
    infinitive (with no object before it) is itself a cue with a clause of its own; that cue reports
    the clause, with this verb's subject, and this verb is only part of the cue."""
    if any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children):
        return None
    for x in verb.children:
        if x.dep_ == "xcomp" and x.i > verb.i and x.pos_ == "VERB" and lex.takes_clause(x) \
                and any(c.dep_ in COMPLEMENTS for c in x.children):
            return x
    return None


def frames(doc: Doc, lex: Optional[Lexicon] = None) -> list[Frame]:
    """Every attribution the parse shows, in text order."""
    lex = lex or lexicon()
    out = []
    for token in tokens_where(doc, "POS", ("VERB", "AUX").__contains__):
        if token.pos_ in ("VERB", "AUX") and (lex.takes_clause(token) or token.lemma_.lower() in lex.prepositional_verbs
                                              or lex.judgement(token) is not None) \
                and _chained(token, lex) is None:
            frame = _verb_frame(doc, token, lex)
            if frame is not None:
                out.append(frame)
    out.extend(_preposition_frames(doc, lex))
    out.extend(_view_frames(doc, lex))
    out.extend(_finding_frames(doc, lex))
    out.extend(_stance_frames(doc, lex))
    out.extend(_claim_frames(doc, lex))
    out.sort(key=lambda f: f.content)
    return out
