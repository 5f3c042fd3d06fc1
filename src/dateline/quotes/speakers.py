"""Who said it: the speaker of a quote resolved from its cue. A source set off by commas or
brackets, a person in apposition to a title, the salient person a pronoun stands for, the holder
of a title or national office on the day, a person named before with the same title, the pair a
plural source stands for."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .. import datafiles
from ..annotations import Annotations, document_text, entity_of
from ..model import Mention
from .marks import OPEN
from .speech import Frame, Lexicon
from .words import PRONOUNS, _definite, cue_words


WRITER = cue_words("writer")   # outside quotation marks, the writer speaking for themselves
UNNAMED = ""  # what 'he' or 'she' stands for when it is a person the text never names ('a reserve officer')


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
    entity = entity_of(name)
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
    return dl.turn_before(offset)


QUOTE_MARKS = {'"'} | {m for pair in OPEN.items() for m in pair if m not in ("‘", "’")}  # double marks only
SALIENT_BACK = 3  # sentences back through subjects that are themselves 'he' or 'she'


def _salient(doc: Doc, dl: Annotations, pronoun: Token, content: tuple[int, int] = (0, 0)) -> Optional[str]:
    """'X met Y. ... he said': a 'he' or 'she' with no person named before it in its sentence is the
    person the sentences before are about (the nearest subject that is a person, over a few sentences
    about something else: 'The heart of the sermon was unity.'), not the person named last; names inside
    the words quoted ('"... business with Zelensky again," he said') are what was said, not who is telling,
    and a subject that is 'he' itself ('He recited: ... . The verse, he said, ...') carries on a run of
    sentences about one person, however long."""
    if pronoun.sent.start == 0 or _person_before(dl, pronoun, content):
        return None
    back = SALIENT_BACK
    for previous in _sentences_before(doc, pronoun.sent):
        subject = _lead_subject(previous)
        if _recited(dl, previous, subject):
            continue
        if subject is None:  # a heading, a fragment: about no one
            quoted = _quoted_person(dl, previous)
            if quoted is not None and _agrees(doc, dl, quoted, pronoun):
                return quoted
            continue
        if subject.lower_ == pronoun.lower_:
            if previous.start == 0 or _person_before(dl, subject):
                break  # 'X met Y, and he said': whom the resolver took it for
            back = SALIENT_BACK
            continue
        if subject.i > subject.head.i and any(c.dep_ == "conj" for c in subject.children):
            back -= 1  # 'Among those present were X, Y and Z': a list, no one person the text is about
            continue
        if _owned_by(subject, pronoun):
            back = SALIENT_BACK  # 'His homily turned on C. He said D': about the same person
            continue
        if back <= 0:
            break
        back -= 1
        if subject.lower_ in _other_pronouns(pronoun.lower_):
            continue  # 'she said. He told reporters': about someone else
        if subject.lower_ in WRITER:
            addressed = _addressed_person(doc, dl, previous, pronoun)
            if addressed is not None:
                return addressed
            continue
        actor = _subject_person(doc, dl, subject) or _introduced_person(doc, dl, previous) or _quoted_person(dl, previous)
        if actor is not None and _agrees(doc, dl, actor, pronoun):
            return actor
        if actor is None and _unnamed_speaker(dl, subject) and not _told_as_other(subject, pronoun):
            return UNNAMED
        if actor is None and subject.lemma_.lower() in cue_words("delegates"):
            return _represented(dl, subject)
    return _last_quoted_as(doc, dl, pronoun)


def _unnamed_speaker(dl: Annotations, subject: Token) -> bool:
    """'A reserve officer who served there told us C': a subject that is a person the text does not name (a
    noun of people, `data/cues.yaml: people_nouns`, or any noun a 'who' clause describes: 'A solicitor who acts
    for two families'), quoted in its sentence with no actor."""
    if subject.pos_ not in ("NOUN", "NUM", "PRON") or subject.lemma_.lower() not in cue_words("people_nouns") \
            and not _described_by_who(subject):
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return any(q.speaker is not None and q.speaker.actor is None and (q.speaker.start <= subject.idx < q.speaker.end
                                                                     or first <= q.speaker.start < last)
               for q in dl.quotes)


def _told_as_other(subject: Token, pronoun: Token) -> bool:
    """'A caller who lost her home said C': an unnamed person whose own phrase calls them by the other pronoun
    ('her' for a 'he') is not whom the pronoun stands for."""
    others = _other_pronouns(pronoun.lower_)
    words = others | {w for other in others for w in _possessives().get(other, ())}
    return any(t.lower_ in words for t in subject.subtree if t.i != subject.i)


def _described_by_who(noun: Token) -> bool:
    """'a schoolteacher who has cooked there every day': a noun a relative clause with 'who' describes is a person."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
               for c in noun.children)


def _in_relative_clause(doc: Doc, head: Token, mention: Mention) -> bool:
    """Whether a pronoun after a source's head noun lies in a relative clause on it ('A caller from Houston who lost
    her home'): there it stands for the source itself, which the resolver cannot know ('A caller who gave his name as
    Don Eusebio' still names him)."""
    token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if token is None or token.root.pos_ != "PRON":
        return False
    node = token.root
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.i == head.i:
            return True
        node = node.head
    return False


def _kin_of(head: Optional[Token], mention: Mention) -> bool:
    """'her husband', 'his youth pastor', 'their adviser': a person a possessive pronoun relates to someone is not
    that someone (`data/cues.yaml: people_nouns`, actors' `references.yaml: person_nouns`)."""
    if head is None or head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.idx == mention.start for c in head.children) \
        and head.lemma_.lower() in cue_words("people_nouns") | _person_nouns()


@lru_cache(maxsize=None)
def _person_nouns() -> frozenset[str]:
    """Nouns of people by what they do or are to someone (actors' `references.yaml: person_nouns`)."""
    from ..actors.dictionary import references
    return frozenset(references().get("person_nouns", ()))


def _addressed_person(doc: Doc, dl: Annotations, sentence: Span, pronoun: Token) -> Optional[str]:
    """'I put the complaints to our editor, Daniel Mistry. He said C': where the writer is the subject, the
    sentence is about the one person it names outside quoted words (the writer is no 'he' or 'she')."""
    named = {m.actor for m in dl.mentions if sentence.start_char <= m.start < sentence.end_char and _person(dl, m.actor)
             and m.text.lower() not in PRONOUNS and not _quoted_at(dl, m.start)}
    if len(named) != 1:
        return None
    actor = next(iter(named))
    return actor if _agrees(doc, dl, actor, pronoun) else None


def _body_quoted_before(doc: Doc, dl: Annotations, pronoun: Token, actor: Optional[str]) -> Optional[str]:
    """'The UN rights office said it had recorded 1,373 Palestinians killed. Most, it said, were shot': an 'it'
    that speaks right after a body's report stands for that body, not for a name inside its words (which may
    come before the body: 'X must leave the lodge, the palace said. It said D')."""
    before = [q for q in dl.quotes if q.speaker is not None and q.end <= pronoun.idx]
    if not before or before[-1].speaker.actor in (None, actor) or _person(dl, before[-1].speaker.actor):
        return None
    last = before[-1]
    if doc.char_span(last.speaker.start, last.speaker.end, alignment_mode="expand") is None \
            or last.speaker.start < pronoun.sent.start_char and doc[pronoun.sent.start - 1].sent.start_char > last.speaker.start:
        return None  # only the sentence before or this one
    named = [m for m in dl.mentions if m.actor == actor and min(last.start, last.speaker.end) <= m.start < pronoun.idx]
    return last.speaker.actor if actor is None or named and all(last.start <= m.start < last.end for m in named) else None


def _lead_subject(sentence: Span) -> Optional[Token]:
    """The subject of a sentence's main verb; where the parser took a verb inside quotation marks for the root
    ('Delgado folded her chair, put on her "I Voted" sticker'), the first subject outside them."""
    def quoted(token: Token) -> bool:
        return sum(t.text in QUOTE_MARKS for t in sentence[:token.i - sentence.start]) % 2 == 1
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")]
    if not quoted(sentence.root):
        # of two subjects the parser hung on one verb ('At the gathering, 400 people by one count, the rabbi
        # spoke'), the one nearest the verb is who acts
        on_root = [t for t in subjects if t.head.i == sentence.root.i]
        before = [t for t in on_root if t.i < sentence.root.i]
        if not on_root and sentence.root.pos_ == "NOUN" and sentence.root.left_edge.i == sentence.start \
                and _described_by_who(sentence.root):
            return sentence.root  # 'A schoolteacher who has cooked there since the flood said C': the parser made her the root
        return before[-1] if before else next(iter(on_root), None)
    return next((t for t in subjects if not quoted(t) and not quoted(t.head)), None)


def _person_before(dl: Annotations, pronoun: Token, content: tuple[int, int] = (0, 0)) -> bool:
    """Whether a person is named before the pronoun in its sentence, outside the words quoted."""
    sentence = pronoun.sent
    return any(_person(dl, m.actor) for m in dl.mentions if sentence.start_char <= m.start < pronoun.idx
               and not content[0] <= m.start < content[1] and not _quoted_at(dl, m.start))


def _last_quoted_as(doc: Doc, dl: Annotations, pronoun: Token) -> Optional[str]:
    """'"...," she said. He told reporters': where the person the resolver took a 'he' for cannot be one (a quote
    of theirs was said by 'she'), the last person quoted as 'he' before it."""
    mention = dl.mention_at(pronoun.idx, pronoun.idx + len(pronoun))
    if mention is None or not _person(dl, mention.actor) or _agrees(doc, dl, mention.actor, pronoun):
        return None
    return next((q.speaker.actor for q in reversed(dl.quotes) if q.speaker is not None and q.start < pronoun.idx
                 and q.speaker.text.lower() == pronoun.lower_ and _person(dl, q.speaker.actor)), None)


def _represented(dl: Annotations, subject: Token) -> Optional[str]:
    """'The representative of Norway said C. He questioned D': a delegate the text names only by the state or
    body they speak for is that state or body, which 'he' or 'she' then stands for (not a person named before)."""
    mention = dl.mention_at(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    return mention.actor if mention is not None else None


def _agrees(doc: Doc, dl: Annotations, actor: str, pronoun: Token) -> bool:
    """Whether 'he' or 'she' can stand for the person: no title the text gives them says otherwise
    (`data/cues.yaml: gendered_titles`; 'Sister Amina Rauf' is no 'he'), nor a quote of theirs before, whose
    speaker was the other pronoun ('"...," she said' makes her no 'he')."""
    other = _gendered_titles(pronoun.lower_)
    if any(q.speaker is not None and q.speaker.actor == actor and q.speaker.text.lower() in _other_pronouns(pronoun.lower_)
           for q in dl.quotes):
        return False
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
    if mention is not None and _in_relative_clause(doc, subject, mention):
        return None  # 'Another member, who asked us not to print her name, wrote C': 'her' is the member
    if mention is not None and any(o.left_edge.idx <= mention.start and mention.end <= o.right_edge.idx + len(o.right_edge)
                                   for o in subject.children if o.dep_ == "poss") and subject.pos_ == "NOUN":
        return None  # "Peter's ministry is C": about the ministry, not its owner
    actor = _principal(doc, dl, mention) if mention is not None else None
    if mention is None and _definite(subject):  # 'X met Y. The Secretary underscored C. He also stressed D'
        actor = _named_before(dl, subject, subject.left_edge.idx)
    return actor if _person(dl, actor) else None


def _introduced_person(doc: Doc, dl: Annotations, sentence: Span) -> Optional[str]:
    """'Our guest this month was Mrs Helen Carter, who ...': the person a sentence with 'be' introduces as its
    complement is whom it is about; not one of a list ('Among those present were X, Y and Z')."""
    if sentence.root.lemma_ != "be":
        return None
    return next((actor for a in sentence.root.children if a.dep_ == "attr" and not any(c.dep_ == "conj" for c in a.children)
                 for actor in [_subject_person(doc, dl, a)] if actor is not None), None)


def _owned_by(subject: Token, pronoun: Token) -> bool:
    """'His homily', 'Her reply': a subject owned by the pronoun's possessive (`data/cues.yaml:
    possessives`), which tells of the same person as 'he' or 'she'."""
    owners = _possessives().get(pronoun.lower_, ())
    return any(c.dep_ == "poss" and c.lower_ in owners for c in subject.children)


def _recited(dl: Annotations, sentence: Span, subject: Optional[Token]) -> bool:
    """A sentence that tells of no one speaking now: one inside words quoted, or one whose scripture (a quote
    with neither speaker nor date) its author speaks ('The Prophet said: "..." (Sahih Muslim 2564)'; not
    'He recited: "..."', where 'he' is the one who speaks now, nor 'The imam recited: "..."' or 'The pope
    preached on the Gospel: "..."', whose verb is one of reading aloud or no verb of saying at all)."""
    return any(q.start < sentence.start_char < q.end or sentence.start_char <= q.start < sentence.end_char
               and q.speaker is None and q.date is None and (subject is None or subject.lower_ not in ("he", "she"))
               and _authored(sentence.doc, q) for q in dl.quotes)


def _authored(doc: Doc, quote) -> bool:
    """Whether a quote's cue is a verb of saying its subject is the author of the words by ('said', 'taught'),
    not one of reading them aloud (`data/cues.yaml: reciting`), nor a verb that says nothing ('celebrated')."""
    if quote.cue is None:
        return True
    from .speech import lexicon
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    verb = cue.root if cue is not None else None
    return verb is None or lexicon().says(verb) and verb.lemma_.lower() not in cue_words("reciting")


_TITLE_NAME = re.compile(r"(?:the\s+)?(.+?)\s+[A-Z]")


def _principal(doc: Doc, dl: Annotations, mention: Mention) -> Optional[str]:
    """'The President' after 'President Biden met President Zelenskyy': a bare title of several
    people named with it is the first the body names, the one the text is about; the others are
    named again each time. But when only one of them is named in its paragraph or the one before
    ('President Tinubu said C. ¶ "D," the President said'), the title is that one's."""
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
        if titled and _person(dl, m.actor):
            holders.append((m.actor, m.start))
    first = list(dict.fromkeys(actor for actor, _ in holders))
    if len(first) <= 1 or mention.actor not in first:
        return mention.actor
    near = {actor for actor, start in holders if start >= _paragraph_before(text, mention.start)}
    return near.pop() if len(near) == 1 else first[0]


def _paragraph_before(text: str, offset: int) -> int:
    """Where the paragraph before the one holding `offset` starts."""
    own = text.rfind("\n\n", 0, offset)
    return 0 if own < 0 else text.rfind("\n\n", 0, own) + 2 if text.rfind("\n\n", 0, own) >= 0 else 0


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
    index = _naming_index(head.doc, dl)
    lemma = head.lemma_.lower()
    for k in sorted({*index.by_word.get(word, ()), *index.by_lemma.get(lemma, ())}, reverse=True):
        m = dl.mentions[k]
        if m.end > start:
            continue
        names, title, roles, titles = index.naming[k]
        if word in names:
            return m.actor
        if title is not None and (_holds_title(head, title) or lemma in roles
                                  or any(_holds_title(head, t) for t in titles)):
            return m.actor
    # a title the text never wrote with a name: the last person named who held it, outside the words quoted;
    # 'the Deputy Prime Minister' is not the prime minister
    return next((dl.mentions[k].actor for k in reversed(index.by_office.get(word, ())) if dl.mentions[k].end <= start
                 and not _quoted_at(dl, dl.mentions[k].start) and _ranks(head) <= index.offices[dl.mentions[k].actor]),
                None)


@dataclass
class _NamingIndex:
    """What `_named_before` asks of each earlier mention, read once per document: the words of its actor's names,
    and for a person the title written with the name, the role nouns and titles set in apposition to it, and the
    words of the offices held; with the mentions (by position in `dl.mentions`) each word or lemma can match."""

    naming: dict[int, tuple] = field(default_factory=dict)
    offices: dict[str, frozenset[str]] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_lemma: dict[str, list[int]] = field(default_factory=dict)
    by_office: dict[str, list[int]] = field(default_factory=dict)


def _naming_index(doc: Doc, dl: Annotations) -> _NamingIndex:
    """The document's `_NamingIndex`, built on first use (mentions and actors are settled before quotes)."""
    cached = doc.user_data.get("quotes.naming")
    if cached is not None and cached[0] is dl.mentions and cached[1] == len(dl.mentions):
        return cached[2]
    index, text = _NamingIndex(), document_text(doc)
    for k, m in enumerate(dl.mentions):
        if m.actor not in dl.actors:
            continue
        actor = dl.actors[m.actor]
        names = {w for name in (actor.name, *actor.aliases) for w in name.lower().split()}
        title = roles = titles = None
        keys = set(names)
        if _person(dl, m.actor):
            title, roles, titles = _title_words(text, m), _role_words(doc, m), _appositive_titles(doc, m)
            keys.update(title, *titles)
            for lemma in roles:
                index.by_lemma.setdefault(lemma, []).append(k)
            if m.actor not in index.offices:
                index.offices[m.actor] = _office_words(m.actor, dl.published)
            for w in index.offices[m.actor]:
                index.by_office.setdefault(w, []).append(k)
        index.naming[k] = (names, title, roles, titles)
        for w in keys:
            index.by_word.setdefault(w, []).append(k)
    doc.user_data["quotes.naming"] = (dl.mentions, len(dl.mentions), index)
    return index


def _repeated_source(doc: Doc, dl: Annotations, head: Token) -> Optional[Mention]:
    """'In a statement, a GHF spokesperson said C. The spokesperson added D': a bare definite noun that
    repeats the head noun of the last speaker quoted, in its paragraph or the one before, is that speaker."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    text = document_text(doc)
    paragraph = text[:text.rfind("\n", 0, head.idx) + 1].rstrip().rfind("\n") + 1  # the paragraph before's start
    for q in reversed(dl.quotes):
        if q.speaker is None or q.speaker.start >= head.idx:
            continue
        if q.speaker.start < paragraph:
            return None
        span = doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.i == head.i:
            continue
        return q.speaker if root.lemma_.lower() == head.lemma_.lower() and q.speaker.actor is not None else None
    return None


def _holds_title(head: Token, title: list[str]) -> bool:
    """Whether a title written with a name (its words nearest the name first) is the one `head` names: 'the
    president' is not 'Vice President JD Vance', unless it says 'the vice president' (actors' `references.yaml:
    title_ranks`)."""
    word = head.lower_
    if word not in title or _ranks(head) - set(title):
        return False  # 'the Deputy Prime Minister' is not 'Prime Minister Shehbaz Sharif'
    before = title[title.index(word) + 1:]
    said = _modifiers(head)
    return not any(w in _title_ranks() and w not in said for w in before)


def _modifiers(head: Token) -> set[str]:
    """The words a title noun is written with ('the Deputy Prime Minister': 'deputy', 'prime')."""
    return {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}


def _ranks(head: Token) -> set[str]:
    """The rank words a title is written with ('Deputy', 'Vice', 'former'; actors' `references.yaml: title_ranks`)."""
    return _modifiers(head) & _title_ranks()


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


def _appositive_titles(doc: Doc, mention: Mention) -> list[list[str]]:
    """The titles a name is set in apposition to, each as its words nearest the noun first ('The Deputy Prime
    Minister and Foreign Minister, Senator X': ['minister', 'prime', 'deputy'] and ['minister', 'foreign']): 'the
    Deputy Prime Minister' later stands for X, 'the Prime Minister' does not."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "appos" or span.root.head.pos_ not in ("NOUN", "PROPN"):
        return []
    before = span.start - 1
    while before > 0 and doc[before].lower_ in _honorifics():
        before -= 1
    if doc[before].text != ",":
        return []  # set off by a comma, as an apposition is written (not a parse that hangs an object there)
    nouns = [span.root.head] + [c for c in span.root.head.children if c.dep_ == "conj"]
    return [[n.lower_] + [c.lower_ for c in sorted(n.children, key=lambda c: -c.i)
                          if c.dep_ in ("compound", "amod") and c.i < n.i] for n in nouns]


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


def _joint(head: Optional[Token], lex: Lexicon) -> bool:
    """A source that is several parties at once: 'X and Y', 'They', 'the leaders', 'the two mayors'."""
    if head is None:
        return False
    if head.lower_ == "they" or any(c.dep_ == "conj" for c in head.children):
        return True
    return head.tag_ == "NNS" and (head.lemma_.lower() in lex.group_nouns
                                   or any(c.dep_ == "nummod" and c.lower_ != "one" for c in head.children))


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    """Forms of address and titles written before a name ('Senator', 'Ambassador'; actors' `references.yaml`)."""
    from ..actors.dictionary import references
    return frozenset(references()["honorifics"])


@lru_cache(maxsize=None)
def _title_ranks() -> frozenset[str]:
    """Rank words that make a title another office ('Deputy', 'Vice'; actors' `references.yaml: title_ranks`)."""
    from ..actors.dictionary import references
    return frozenset(references()["title_ranks"])


@lru_cache(maxsize=None)
def _possessives() -> dict:
    """Per personal pronoun, its possessives ('his' for 'he'): `data/cues.yaml: possessives`."""
    return datafiles.read(resources.files("dateline.quotes") / "data" / "cues.yaml").get("possessives", {})


@lru_cache(maxsize=None)
def _other_pronouns(pronoun: str) -> frozenset[str]:
    """The pronouns of the other gender ('she' for 'he'): the keys of `data/cues.yaml: gendered_titles`."""
    titles = datafiles.read(resources.files("dateline.quotes") / "data" / "cues.yaml").get("gendered_titles", {})
    return frozenset(key for key in titles if key != pronoun)


@lru_cache(maxsize=None)
def _gendered_titles(pronoun: str) -> frozenset[str]:
    """The titles that 'he' (or 'she') cannot stand for: those of the other pronoun."""
    titles = datafiles.read(resources.files("dateline.quotes") / "data" / "cues.yaml").get("gendered_titles", {})
    return frozenset(w for key, words in titles.items() if key != pronoun for w in words)


def _named(frame: Frame, speaker: Mention) -> bool:
    """A speaker later quotes can fall back on: a name, a resolved actor or a personal pronoun."""
    head = frame.source_head
    return speaker.actor is not None or head is not None and (head.pos_ == "PROPN" or head.lower_ in ("he", "she"))
