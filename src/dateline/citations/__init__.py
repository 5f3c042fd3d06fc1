"""The `citations` component: reports the text cites as its source.

Six shapes: a bracketed source line "(Reuters, 19/08/2024)", "(whitehouse.gov; Monte Carlo
22/08/2024)" (not the story's own dateline "DOHA, Aug. 20 (Meridian Wire) —", nor a bracketed
scripture reference); an outlet as the subject of a reporting verb "as Al Arabiya reported on
September 3, 2024" (not a habit: "the Review publishes opinion"); a report noun owned by an
outlet "an Anadolu Agency report", "a report by Reuters"; and a source preposition before an
institution, a document or a data set "according to the health ministry", "according to
shipping data"; a numbered note at the end of a brief "[1] UNCTAD, "Title", 22 February 2024",
whose date a claim marked "[1]" takes; and a source line under a table "Sources: IMF PortWatch [2];
the trade press [3]" (see notes.py), or a list of documents under a label of a few words "Sources we lean on: the
joint statement issued on Tuesday; the Post's reporting on the review", each item on its own. A named body's
dated statement ("X said in a statement on Tuesday", "a government statement issued on 27 January"), a document
it puts out ("UNICEF published its findings on 4 March") or says a clause through ("The UN's plan for 2025
says C"), and a finding it made on a given date ("In December, the committee found that C") cite that body; so
do a poll, analysis or estimate of a body the dictionary lacks ("A Gotham Civic Institute poll released Thursday",
"according to figures the county Board of Elections released Sunday night", "by his campaign's estimate"), a named
person's dated statement ("In a statement that day, Jane Doe said"), and a named body's words in the writer's "as"
aside ("As the OIC stated on 7 May, C").
Outlets are normalised through the actor dictionary's media entries (the text as
written when it has none); the date is the value of a timex inside the citation.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import phrases
from . import notes as numbered
from ..alternation import alternation
from ..annotations import Annotations, annotations, document_text, tokens_where, tokens_within
from ..model import Citation
from ..signatures import signer_start
from .dating import (_as_reported, _aside, _date, _date_as_of, _date_by_clause, _date_by_marker, _dated_end,
                     _dated_next, _dated_start, _days_in_names, _periods_covered, _quoted, _range_as_month,
                     _week_as_month, _years_in_titles)
from .grammar import _end, _issuing_clause, _says
from .lexicon import Words, words
from ..actors.turns import body_of_turn, voice
from .publisher import earlier_issue, is_own_name, officers_body, own_document, publisher_name, source_host, squashed

_PAREN = re.compile(r"\(([^()\n]{2,160})\)")
_DASHED = re.compile(r"[ \t]+[—–-]{1,2}[ \t]*([A-Z][^\n—–()]{1,60}?)[ \t.]*$", re.MULTILINE)
_EDGE = " ,;:-–—.\u00a0"
PERSONAL = {"PRON"}
BODIES = ("organization", "government", "media")
"""The actor kinds that issue documents in their own name (a state's or a person's words are no such source)."""


def _speakers_own(dl: Annotations) -> None:
    """In a transcript, a report owned by 'our' or 'your' ('According to our own booking data') is that of the body
    the speaker, or the one addressed, stands for (`actors.turns`)."""
    if not dl.turns:
        return
    for citation in dl.citations:
        person = voice(citation.outlets[0]) if len(citation.outlets) == 1 \
            and not re.search(r"\s[A-Z]", citation.outlets[0]) else None  # (not 'our broker Halvorsen Marine')
        body = body_of_turn(dl, citation.start, person) if person else None
        if body:
            citation.outlets = [body]


def _dictionary():
    """The actor dictionary, for outlet names; None while the actors package is absent."""
    try:
        from ..actors.dictionary import load
    except ImportError:
        return None
    return load()


@Language.factory("citations", assigns=["doc._.dl"])
def make_citations(nlp: Language, name: str):
    return Citations(words(), _dictionary())


class Citations:
    def __init__(self, words: Words, dictionary=None):
        self.words = words
        self.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        text = document_text(doc)
        found: list[tuple[int, int, list[str]]] = []
        found += self._bracketed(doc, dl)
        put_out = self.words.publish_verbs | self.words.finding_verbs
        sources = self.words.source_nouns | self.words.document_nouns
        publisher = publisher_name(dl)
        for token in tokens_where(doc, "POS", ("VERB", "NOUN", "PROPN").__contains__):  # every rule below asks one
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in put_out:
                found += self._put_out(dl, token)
            if token.pos_ == "VERB" and lemma in self.words.printed_verbs:
                found += self._published_in(dl, token)
            if token.pos_ == "VERB" and (lemma in self.words.report_verbs or _aside(token) and _says(token)):
                found += self._by_verb(doc, dl, token)
            elif token.pos_ == "VERB" and (lemma in self.words.told_verbs or lemma in self.words.spoke_verbs):
                found += self._told(doc, dl, token)
            elif token.pos_ == "VERB" and _says(token):
                found += self._its_writers(dl, token)
            elif token.pos_ in ("NOUN", "PROPN") and (lemma in self.words.report_nouns or lemma in self.words.issued_nouns
                                                      or lemma in self.words.statement_nouns
                                                      or lemma in self.words.client_nouns) and (
                    lemma not in self.words.court_nouns or _owned_dated(dl, token)):
                found += self._attribution_line(dl, token) or self._by_noun(doc, dl, token) or (
                    self._source_subject(dl, token) if token.pos_ == "NOUN" and lemma in sources else [])
            elif token.pos_ == "NOUN" and lemma in sources:
                found += self._source_subject(dl, token) or self._issued_in(dl, token)
            if token.pos_ == "VERB" and lemma in self.words.report_verbs:
                own = body_of_turn(dl, token.idx, "our") if dl.turns else None  # (a speaker's 'we', not the site's)
                found += earlier_issue(dl, token, own or publisher, self.words.own_issue_nouns)
            if token.pos_ == "NOUN" and lemma in self.words.owned_documents and lemma not in self.words.media_kinds:
                found += own_document(dl, token, publisher)
            if token.pos_ == "NOUN" and lemma in self.words.reckoning_nouns:
                found += self._by_reckoning(dl, token)
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj":
                found += self._owned_issued(dl, token)
            if token.pos_ == "NOUN" and token.dep_ == "pobj" and lemma in self.words.dated_documents:
                found += self._named_by_date(dl, token)
        found += self._by_preposition(doc, dl)
        notes = numbered.notes(text)
        noted = self._noted(dl, text, notes)
        found += noted + self._source_lines(doc, dl, text)
        taken: list[tuple[int, int]] = []
        names, titles = _days_in_names(doc, dl), _years_in_titles(doc, dl) | _periods_covered(doc, dl)
        in_notes = {(s, e) for s, e, _ in noted}
        # (a numbered note is one source of its own: no phrase inside it that another rule read wins over it)
        for start, end, outlets in sorted(found, key=lambda f: ((f[0], f[1]) not in in_notes, f[0], -f[1])):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            dl.citations.append(Citation(
                id=dl.new_id("c"), text=text[start:end], start=start, end=end,
                outlets=[_spelled_out(dl, o) or o for o in outlets],
                date=_date(dl, start, end, last=(start, end) in in_notes, skip=names, titles=titles),
            ))
        dl.citations.sort(key=lambda c: c.start)
        _speakers_own(dl)
        _date_by_marker(text, dl, notes)
        _date_by_clause(doc, dl)
        self._date_by_earlier(doc, dl)
        self._named_again(dl)
        self._document_again(doc, dl)
        _date_as_of(doc, dl)
        self._date_by_act(doc, dl)
        _week_as_month(dl)
        _range_as_month(dl)
        return doc

    def _named_again(self, dl: Annotations) -> None:
        """A body named again by a definite noun alone ('the committee's tally' after 'according to the relief
        committee of the X Mosque') is the last body cited before whose name has that noun for its head, else the body
        named before so (`_body_named_before`); a body named again by the first words of its name ('the Aldwick
        tally' after 'the Aldwick Energy Monitor's tally') is that body."""
        for citation in dl.citations:
            words = [re.sub(r"^[Tt]he\s+", "", o) for o in citation.outlets]
            short = [c for c in dl.citations if c.end <= citation.start and len(c.outlets) == 1
                     and len(words) == 1 and re.sub(r"^[Tt]he\s+", "", c.outlets[0]).startswith(words[0] + " ")]
            if short and re.fullmatch(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?", words[0]):
                # ('According to the Aldwick tally' after 'the Aldwick Energy Monitor's tally published on 14 October':
                # that body's, of that day)
                if re.search(rf"\b[Tt]he\s+{re.escape(words[0])}\s+[a-z]", citation.text):  # (the name on the document)
                    citation.date = citation.date or short[-1].date
                citation.outlets = list(short[-1].outlets)
                continue
            if len(words) != 1 or words[0] == citation.outlets[0] or words[0].lower() not in self.words.body_heads:
                continue
            earlier = [c.outlets[0] for c in dl.citations if c.end <= citation.start and len(c.outlets) == 1
                       and c.outlets[0] != citation.outlets[0] and _head_word(c.outlets[0]) == words[0].lower()]
            body = earlier[-1] if earlier else _body_named_before(dl, citation.start, words[0].lower(), named=True)
            if body:  # (else a body the text named before: 'the company' in a story about one firm)
                citation.outlets = [body]

    def _document_again(self, doc: Doc, dl: Annotations) -> None:
        """'The statement said C', 'According to the letter, C', 'In that statement, he said C': a document named again
        by 'the', 'that' or 'this' with no owner of its own is the last one cited before it in its paragraph with that
        noun (and the same words before it: 'the joint statement' after 'a joint statement'), and takes its owner and date; where it
        speaks and nothing cites it yet it is a citation of its own, where it was cited under its own words it gets
        the owner."""
        documents = self.words.owned_documents | self.words.statement_nouns | self.words.client_nouns
        text = document_text(doc)
        for noun in tokens_where(doc, "POS", "NOUN".__eq__):
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in documents:
                continue
            start = _named_again_at(noun, self._vouches)
            if start is None:
                continue
            paragraph = text.rfind("\n\n", 0, noun.idx)  # (further back, 'the report' may be the one the story is about)
            earlier = [c for c in dl.citations if paragraph < c.start and c.end <= noun.idx and c.outlets
                       and _names_document(doc, c, noun)
                       and not any(re.search(rf"\b{re.escape(noun.lower_)}\b", o.lower()) for o in c.outlets)]
            # (not one cited under its own words, 'a cabinet report published on Friday': no owner to give)
            if not earlier:
                continue
            source = earlier[-1]
            own = next((c for c in dl.citations if c.start < _end(noun) and noun.idx < c.end), None)
            if own is None:
                dl.citations.append(Citation(id=dl.new_id("c"), text=text[start:_end(noun)], start=start,
                                             end=_end(noun), outlets=list(source.outlets), date=source.date))
            elif [re.sub(r"^(?:the|that|this)\s+", "", o, flags=re.IGNORECASE).lower() for o in own.outlets] \
                    == [noun.lower_]:  # ('according to the letter': cited under its own words, no owner)
                own.outlets, own.date = list(source.outlets), own.date or source.date
        dl.citations.sort(key=lambda c: c.start)

    def _date_by_act(self, doc: Doc, dl: Annotations) -> None:
        """An undated definite document named for an act ('the ministry's declaration', 'that announcement',
        `document_verbs`) takes the day of that act told before it in its paragraph or the one before ('On Thursday 4
        September, the minister declared an outbreak')."""
        for citation in dl.citations:
            if citation.date is not None:
                continue
            nouns = [t for t in tokens_within(doc, citation.start, citation.end) if t.pos_ == "NOUN"
                     and t.lemma_.lower() in self.words.document_verbs
                     and any(c.dep_ == "poss" or c.lower_ in AGAIN and c.dep_ == "det"
                             for c in [*t.children, *(t.head.children if t.dep_ == "compound" else ())])]
            verb = self._act_before(dl, nouns[0], citation.start) if nouns else None
            if verb is not None:  # ('the ministry's declaration', 'her resignation letter')
                citation.date = _date(dl, _dated_start(dl, verb), _dated_end(dl, verb))

    def _act_before(self, dl: Annotations, noun: Token, start: int) -> Optional[Token]:
        """The last dated verb of the act a document is named for ('announced on March 6' for 'that announcement'),
        told before `start` in its paragraph or the one before, or None."""
        acts = self.words.document_verbs.get(noun.lemma_.lower(), ())
        acts = {acts} if isinstance(acts, str) else set(acts)
        text = dl.source.text
        own = text.rfind("\n\n", 0, start)
        paragraph = max(text.rfind("\n\n", 0, own), 0) if own > 0 else 0
        verbs = [t for t in tokens_where(tokens_within(noun.doc, paragraph, start), "POS", "VERB".__eq__)
                 if t.lemma_.lower() in acts and (_dated_start(dl, t) < t.idx or _dated_end(dl, t) > _end(t))]
        return verbs[-1] if verbs else None

    def _date_by_earlier(self, doc: Doc, dl: Annotations) -> None:
        """An undated document named again with 'the' ('In the Gotham Institute poll, ...' after 'A Gotham Institute
        poll released Thursday') is the one cited before with the same owner and noun, and takes its date."""
        documents = self.words.owned_documents
        nouns = {}
        for citation in dl.citations:
            nouns[citation.id] = {t.lemma_.lower() for t in tokens_within(doc, citation.start, citation.end)
                                  if t.pos_ == "NOUN" and t.lemma_.lower() in documents}
        for citation in dl.citations:
            if citation.date is not None:
                continue
            definite = {t.lemma_.lower() for t in tokens_within(doc, citation.start, citation.end) if t.pos_ == "NOUN"
                        and t.lemma_.lower() in documents and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)}
            earlier = [c for c in dl.citations if c.end <= citation.start and c.date is not None
                       and c.outlets == citation.outlets and definite & nouns[c.id]]
            if earlier:
                citation.date = earlier[-1].date

    def _noted(self, dl: Annotations, text: str, notes: dict[int, tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
        """'[1] UNCTAD, "Title", 22 February 2024.': the source is the note's first part that is
        neither a quoted title nor a date (author or publisher first, as notes are written)."""
        out = []
        for start, end in (part for span in notes.values() for part in _sources_of_note(dl, text, *span)):
            timexes = [t for t in dl.timexes if start <= t.start and t.end <= end]
            for piece in re.finditer(r"[^,]+", _without(text, start, end, timexes)):
                name = piece.group().strip(_EDGE)
                if name and name[0] not in "\"“‘'" and not _date_like(name):
                    ps = start + piece.start() + piece.group().find(name)
                    name = self._owner_of_document(name)
                    out.append((start, end, [self.outlet(dl, name, ps, ps + len(name))[0]]))
                    break
        return out

    def _owner_of_document(self, name: str) -> str:
        """A note's name without the lower-case document noun after it ('Sudan Liberation Army statement' -> 'Sudan
        Liberation Army'); a noun that is part of the name stays ('United States Geological Survey')."""
        words = name.split()
        nouns = self.words.statement_nouns | self.words.document_nouns | self.words.report_nouns
        if len(words) > 1 and words[-1].islower() and words[-1] in nouns and words[-2][:1].isupper():
            return name[:name.rstrip().rfind(" ")].rstrip()
        return name

    def _source_lines(self, doc: Doc, dl: Annotations, text: str) -> list[tuple[int, int, list[str]]]:
        """'Sources: IMF PortWatch [2]; freight-rate indices quoted in the trade press [3]': one citation of the
        sources a line names; a line whose every item names a document ('Sources: the joint statement issued on
        Tuesday; the Post's reporting on the review') cites each on its own."""
        out = []
        for start, end in numbered.source_lists(text, self.words.source_line_labels):
            # (only a list of documents: a label with words of its own may open a quotation, 'Sources close to X said:')
            out += self._documents(doc, dl, text, text.index(":", start) + 1, end)
        for start, end in numbered.source_lines(text, self.words.source_line_labels):
            body = text.index(":", start) + 1
            items = self._documents(doc, dl, text, body, end)
            if items:
                out += items
                continue
            outlets = []
            credit = text[start:body - 1].strip().lower() in self.words.credit_line_labels
            for part in re.finditer(r"[^;]+", text[body:end]):
                name = _undated(dl, text, body + part.start(), body + part.end())
                name = re.sub(r"\s*\[\d{1,3}\]", "", name).strip(_EDGE)
                if credit and not _name_like(name):
                    outlets = []  # ('Chart: Brent crude prices since 2020': a title, no source)
                    break
                if name:
                    ps = body + part.start() + len(part.group()) - len(part.group().lstrip(_EDGE))
                    outlets.append(self.outlet(dl, name, ps, ps + len(name), inside=True)[0])
            if outlets:
                out.append((start, end, outlets))
        return out

    def _documents(self, doc: Doc, dl: Annotations, text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
        """Each item of the list at [start, end) as a citation of its owner, when every item's head is a document
        noun; else nothing. The owner: the names before the head ('the US-Ukraine joint statement' is the United
        States' and Ukraine's, 'the Washington Post's reporting' the Post's), else the issuer after it ('figures
        from the Syrian Observatory'), else the item's words."""
        documents = self.words.document_nouns | self.words.report_nouns | self.words.source_nouns
        out = []
        for part in re.finditer(r"[^;]+", text[start:end]):
            s = start + part.start() + len(part.group()) - len(part.group().lstrip(_EDGE))
            e = start + part.start() + len(part.group().rstrip(_EDGE))
            tokens = list(tokens_within(doc, s, e))
            heads = [t for t in tokens if not s <= t.head.idx < e or t.head.i == t.i]
            head = next((t for t in heads if t.lemma_.lower() in documents or t.lower_ in documents), None)
            if head is None or s >= e:
                return []
            names, group = [], []
            for t in tokens[:tokens.index(head)] + [head]:
                if t.pos_ == "PROPN" and t.i != head.i:
                    group.append(t)
                elif group:
                    names.append((group[0].idx, _end(group[-1])))
                    group = []
            issuer = _issuer_after(head)
            if not names and issuer is not None and s <= issuer.idx < e:
                names = [(issuer.left_edge.idx, _end(_before_clause(issuer)))]
            out.append((s, e, [self._owner_name(dl, text, a, b) for a, b in names] or [text[s:e]]))
        return out

    def _owner_name(self, dl: Annotations, text: str, start: int, end: int) -> str:
        """The actor's name for the words at [start, end) when a mention covers most of them ('US' -> United
        States; 'The CDC' -> Centers for Disease Control and Prevention), else the outlet's name for them."""
        known = _known_body(dl, text, start, end)
        if known is not None:
            return known
        mention = dl.mention_at(start, end)
        if mention is not None and mention.actor in dl.actors and 2 * (mention.end - mention.start) >= end - start:
            return dl.actors[mention.actor].name
        return self.outlet(dl, text[start:end], start, end)[0]

    def outlet(self, dl: Annotations, text: str, start: int, end: int, inside: bool = False) -> tuple[str, bool]:
        """(normalised name, looks like media) for an outlet's words at [start, end); `inside`: a
        phrase that names an outlet among other words ("the state news agency IRNA", "a Reuters
        tally") stands for that outlet."""
        text = re.sub(rf"^(?:(?:{self.words.source_labels})\s*:\s*|(?:{self.words.bare_source_labels})\s+)", "",
                      text.strip(_EDGE), flags=re.IGNORECASE)
        bare = re.sub(r"^(?:the|The)\s+", "", text)
        if self.dictionary is not None and not _common_noun(bare):
            for candidate in (text, bare):
                name = self.dictionary.outlet(candidate)
                if name:
                    return name, True
        mention = dl.mention_at(start, end)
        if mention is not None and mention.actor in dl.actors and dl.actors[mention.actor].kind == "media" \
                and mention.end - mention.start >= len(bare) - 1:
            return dl.actors[mention.actor].name, True
        if self.words.domain.fullmatch(bare):
            return bare, True
        mention = _media_mention(dl, start, end) if inside else None
        if mention is not None:
            return dl.actors[mention.actor].name, True
        kind = self._after_kind(bare)
        if kind is not None:  # 'the weekly Kasai Hebdo', 'the Berlin daily Der Morgen': a name a media noun introduces
            return self.outlet(dl, kind, end - len(kind), end)[0], True
        names = bare.split()
        if len(names) == 1 and bare != text and bare[:1].isupper() and names[0].lower() in self.words.media_words:
            return _named_before(dl, start, bare) or text, True  # 'the Post' after 'the Washington Post'
        last = names[-1].lower() if names else ""
        # a media word makes a name an outlet's ('Calder Examiner', 'Radio Okapi'), but alone it names none
        # ('Press review')
        media = bare[:1].isupper() and len(names) > 1 and (
            last in self.words.media_words and names[-2].lower() not in self.words.people_nouns  # (not the 'Sudan Doctors Network')
            and (last not in self.words.shared_media_words or names[-2].lower() in self.words.media_words)
            or names[0].lower() in self.words.media_heads and names[1][:1].isupper())
        return text, media

    def _after_kind(self, words: str) -> Optional[str]:
        """The name after a lower-case media noun that says what kind of outlet it is ('weekly Kasai Hebdo' ->
        'Kasai Hebdo', 'Berlin daily Der Morgen' -> 'Der Morgen', 'journal Nature' -> 'Nature'), else None; the
        words before the noun may say where or whose ('state news agency'), the name is capitalised throughout."""
        parts = words.split()
        for i, part in enumerate(parts[:-1]):
            if part not in self.words.media_words and part not in self.words.media_kinds or i >= 4:
                continue
            after = i + 1
            while after < len(parts) - 1 and parts[after] in self.words.media_kinds:
                after += 1  # ('the news site Rio Vivo', 'the radio station X': the kind said in more words)
            name = parts[after:]
            if all(w[:1].isupper() or w[:1].isdigit() or 0 < k < len(name) - 1 and w in self.words.name_particles
                   for k, w in enumerate(name)):  # ('the Paris evening paper L'Écho du Marais')
                return " ".join(name)
        return None

    def _bracketed(self, doc: Doc, dl: Annotations) -> list[tuple[int, int, list[str]]]:
        """'(Reuters, 19/08/2024)', '(whitehouse.gov; Monte Carlo 22/08/2024)'."""
        text = document_text(doc)
        dateline = dl.source.dateline
        skip = [(s.start, s.end) for s in dl.scripture]
        if dateline is not None:
            skip.append((dateline.start, dateline.end))
        out = []
        for m in _PAREN.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in skip):
                continue
            timexes = [t for t in dl.timexes if m.start(1) <= t.start and t.end <= m.end(1)]
            outlets, any_media, plain = self._named(dl, text, m.start(1), m.end(1), timexes)
            if outlets and not any_media and _opens_paragraph(text, m.start(), m.end()):
                continue  # "(Nairobi, 14 May 2024) – C": a release's place and date, not a source
            credit = re.match(rf"\s*(?:{self.words.bare_source_labels})\s+[A-Z]", m.group(1), flags=re.IGNORECASE)
            if outlets and (any_media or (timexes or credit) and plain):  # ('(h/t Dalia at Capitol Brief)': a credit)
                out.append((m.start(), m.end(), outlets))
        for m in _DASHED.finditer(text):  # "... overnight — Reuters": a source set after a dash, ending its line
            if any(s < m.end() and m.start() < e for s, e in skip):
                continue
            timexes = [t for t in dl.timexes if m.start(1) <= t.start and t.end <= m.end(1)]
            outlets, any_media, _ = self._named(dl, text, m.start(1), m.end(1), timexes)
            if outlets and any_media and len(outlets) <= 3:
                out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(1), outlets))
        return out

    def _named(self, dl: Annotations, text: str, start: int, end: int, timexes) -> tuple[list[str], bool, bool]:
        """(outlets, any of them media, all of them name-like) of a source line's words at [start, end): parts
        split at semicolons, commas and slashes ("Reuters/AP"), dates left out."""
        outlets, any_media, plain = [], False, True
        for part in re.finditer(r"[^;]+", text[start:end]):
            s, e = start + part.start(), start + part.end()
            words = _without(text, s, e, timexes)
            # ('h/t Bloomberg': a label with a slash of its own is blanked before the slashes part outlets)
            words = re.sub(rf"^\s*(?:{self.words.bare_source_labels})\s+", lambda m: " " * len(m.group()), words,
                           flags=re.IGNORECASE)
            # ('h/t Dalia at Capitol Brief': a tipster named with the outlet she works at credits the outlet)
            words = re.sub(r"^(\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+at\s+(?:the\s+)?)(?=[A-Z])",
                           lambda m: m.group(1) + " " * len(m.group(2)), words)
            # "Reuters/AP" names two outlets; a web address keeps its slashes
            separators = r"[^,]+" if self.words.domain.search(words) else r"[^,/]+"
            for piece in re.finditer(separators, words):
                name = piece.group().strip(_EDGE)
                if not name or _date_like(name):
                    continue
                ps = s + piece.start() + piece.group().find(name)
                normal, media = self.outlet(dl, name, ps, ps + len(name))
                any_media |= media
                plain &= _name_like(name)
                outlets.append(normal)
        return outlets, any_media, plain

    def _by_verb(self, doc: Doc, dl: Annotations, verb: Token) -> list[tuple[int, int, list[str]]]:
        """'Al Arabiya reported on September 3, 2024', 'The New York Times reported ..., citing ...'."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:  # a misparsed subject: "Axios, citing two sources, reported ..."
            subjects = [c for c in verb.lefts if c.dep_ in ("advmod", "npadvmod", "dep", "nmod")
                        and _media_mention(dl, c.idx, c.idx + len(c)) is not None]
        citing = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None
        if not subjects and citing is not None and (citing.lower_,) in self.words.prepositions and citing.i < verb.i \
                and _media_mention(dl, citing.head.left_edge.idx, _end(_before_comma(citing.head))) is not None:
            subjects = [citing.head]  # "The Times of Israel, citing officials, reported": the verb hung on 'officials'
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None and verb.tag_ == "VBN":  # "was reported by Haaretz on 4 September"
            subjects = [c for c in agent.children if c.dep_ == "pobj"]
        if subjects and not _habitual(dl, verb) and (any(self._journalist(s) for s in subjects) or
                                                    verb.dep_ == "relcl" and self._journalist(verb.head)):
            return self._outlets_journalist(doc, dl, verb, subjects) or self._written_in(doc, dl, verb)
        if _habitual(dl, verb) or not self._prints_report(verb):
            return []
        if not subjects or any(s.pos_ in PERSONAL or s.pos_ == "NOUN" and s.lemma_.lower() in self.words.report_nouns
                               for s in subjects):
            return self._written_in(doc, dl, verb, media_only=True)  # (an outlet's report as subject is the noun's)
        kind = [s for s in subjects if s.pos_ == "NOUN" and s.lemma_.lower() in self.words.media_kinds]
        named = [a for s in kind for a in s.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        first = _after_dateline(dl, min((s.left_edge for s in subjects), key=lambda t: t.i))
        last = _named_after(dl, max((_before_comma(s) for s in named or subjects), key=lambda t: t.i))
        if first.i > last.i:
            return []
        text = document_text(doc)
        s = named[0].left_edge.idx if named else first.idx
        name, media = self.outlet(dl, text[s:_end(last)], s, _end(last), inside=True)
        media = media or bool(named)  # ('A Dutch fan site, Tribunepraat, wrote': the name a kind noun sets beside it)
        if not media and _as_reported(verb) and last.pos_ == "PROPN" and last.ent_type_ == "ORG":
            media = True  # 'As Kommersant reported on Thursday': a name that reports, in the writer's aside
        if not media and self._unknown_outlet(dl, verb, first, last):
            media = True  # 'The Sunday Ensign reported last Sunday that C': a title no dictionary holds
        person = any(m.start <= subjects[0].idx < m.end and dl.actors[m.actor].kind == "person"
                     for m in dl.mentions if m.actor in dl.actors)
        body = _issuer(dl, subjects[0], first.idx, _end(last)) if not media and not person and _aside(verb) and (
            subjects[0].ent_type_ == "ORG" or _body_mention(dl, subjects[0])) else None  # (not 'the Secretary')
        if body is not None:  # 'As the OIC stated on 7 May, C': a named body's words the writer adduces
            name, media = body[0], True
        if not media:  # "the former envoy wrote in the Financial Times on Monday"
            return self._written_in(doc, dl, verb, media_only=True)
        end = max(_dated_end(dl, verb), _dated_end(dl, last), self._said_in(verb))
        return [(min(first.idx, verb.idx, _dated_start(dl, verb)), end, [name])]

    def _prints_report(self, verb: Token) -> bool:
        """A verb of printing ('ran', 'carried') reports only with a report or a printed thing for its object ('The
        Ledger ran a story'), not with another ('whether the Clarion would run an advice session'); other verbs do."""
        if verb.lemma_.lower() not in self.words.printing_verbs:
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return not objects or any(o.lemma_.lower() in self.words.printed_objects or o.lower_ in self.words.printed_objects
                                  for o in objects)

    def _unknown_outlet(self, dl: Annotations, verb: Token, first: Token, last: Token) -> bool:
        """A definite capitalised name ('The Morning Wherry', 'the Weekend Lantern') as the subject of a verb only
        outlets do (`outlet_verbs`) that reports a clause or is dated: a paper's title, whatever the tagger called it;
        not a name the actors know as someone else's, a body's name ('The Harbour Trust') nor a person's or place's. The
        publication's own name needs no article ('Spudline Brief reported on 6 October', in Spudline Brief's text)."""
        if verb.lemma_.lower() not in self.words.outlet_verbs or last.pos_ != "PROPN":
            return False
        doc, text = verb.doc, document_text(verb.doc)
        words = text[first.idx:_end(last)]
        own = re.fullmatch(r"(?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*", words) and is_own_name(words, publisher_name(dl))
        if not (own or re.fullmatch(r"[Tt]he(?:\s+[A-Z][\w'’&.-]*)+", words)) or words.split()[-1].lower() in self.words.body_heads:
            return False
        if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") for t in doc[first.i:last.i + 1]):
            return False
        if any(m.start < _end(last) and first.idx < m.end and m.actor in dl.actors and dl.actors[m.actor].kind != "media"
               and not re.fullmatch(r"a\d+", m.actor) for m in dl.mentions):
            return False  # (a dictionary's body or person; a name the text alone gives, 'a1', may be the paper)
        return any(c.dep_ == "ccomp" for c in verb.children) or _dated_end(dl, verb) > _end(verb) \
            or _dated_start(dl, verb) < verb.idx

    def _said_in(self, verb: Token) -> int:
        """The end of the document a verb of saying names ('said in its readout of the call'), else the verb's."""
        documents = self.words.statement_nouns | self.words.document_nouns | self.words.report_nouns
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in documents for o in prep.children):
                return _end(prep.right_edge)
        return _end(verb)

    def _told(self, doc: Doc, dl: Annotations, verb: Token) -> list[tuple[int, int, list[str]]]:
        """'told the Kestrel Post on Sunday that C', 'Speaking to Sky News on Monday, X said C': the
        outlet the words were given to."""
        if verb.lemma_.lower() in self.words.spoke_verbs:
            listeners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                         for o in p.children if o.dep_ == "pobj"]
        else:
            listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
        for listener in listeners:
            if listener.pos_ != "PROPN" and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in listener.children):
                continue  # (a programme an outlet owns is the outlet's: "told CBS's 60 Minutes")
            last = _before_comma(listener)
            s, e = listener.left_edge.idx, last.idx + len(last)
            name, media = self.outlet(dl, document_text(doc)[s:e], s, e, inside=True)
            if media and not _publisher(dl, name):
                return [(min(verb.idx, _dated_start(dl, verb)), max(e, _dated_end(dl, verb)), [name])]
        return []

    def _its_writers(self, dl: Annotations, verb: Token) -> list[tuple[int, int, list[str]]]:
        """'The Berlin daily Die Morgenwacht is cooler. Its editorial board concludes: C': the writers 'its' owns
        (a journalist's noun, or a noun an outlet's word names: 'editorial board') write for the last outlet named
        before in the paragraph, by a media name or a kind noun ('the weekly X')."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        own = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) \
            if subject is not None else None
        if own is None or not (self._journalist(subject) or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.words.outlet_nouns for c in subject.children)):
            return []
        text = dl.source.text
        paragraph = text.rfind("\n\n", 0, own.idx) + 1
        named = [(m.start, dl.actors[m.actor].name) for m in dl.mentions if paragraph <= m.start and m.end <= own.idx
                 and m.actor in dl.actors and dl.actors[m.actor].kind == "media"]
        kinds = alternation(self.words.media_words)
        named += [(m.start(1), m.group(1)) for m in re.finditer(
            rf"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:{kinds})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text[:own.idx])
            if m.start() >= paragraph]
        if not named:
            return []
        return [(subject.left_edge.idx, _end(subject), [max(named)[1]])]

    def _outlets_journalist(self, doc: Doc, dl: Annotations, verb: Token, subjects: list[Token]) -> list[tuple[int, int, list[str]]]:
        """'The BBC's correspondent in Beirut said C', 'Al Jazeera's correspondent reported': the outlet
        a journalist's noun belongs to."""
        for subject in subjects:
            owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None or not self._journalist(subject):
                continue
            s, e = owner.left_edge.idx, owner.idx + len(owner)
            name, media = self.outlet(dl, document_text(doc)[s:e], s, e, inside=True)
            if media:
                return [(min(s, verb.idx, _dated_start(dl, verb)), max(_dated_end(dl, verb), subject.idx + len(subject)),
                         [name])]
        return []

    def _journalist(self, subject: Token) -> bool:
        """'the columnist Hélène Marchetti', 'Hélène Marchetti, a columnist': one who writes for an outlet."""
        words = [subject] + [c for c in subject.children if c.dep_ in ("compound", "appos")]
        return any(w.lemma_.lower() in self.words.journalist_nouns for w in words)

    def _written_in(self, doc: Doc, dl: Annotations, verb: Token, media_only: bool = False) -> list[tuple[int, int, list[str]]]:
        """'In Le Veilleur, the columnist X wrote on Friday that C': the outlet the phrase names (on the
        verb, or on the journalist noun where the parser took 'the columnist X wrote' for a relative clause);
        `media_only`: when no journalist writes, only a phrase that names an outlet ('Writing in the Financial
        Times on Monday, X argued C')."""
        holders = [verb] + ([verb.head] if verb.dep_ == "relcl" else [])
        prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            return []
        s, e = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
        name, media = self.outlet(dl, document_text(doc)[s:e], s, e)
        if media_only and not media:
            return []
        return [(min(prep.idx, verb.idx), max(_dated_end(dl, verb), e), [name])]

    def _by_noun(self, doc: Doc, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'an Anadolu Agency report', 'Reuters' report', 'a report by Al Jazeera'; 'its latest
        situation report' when 'its' stands for a body (a body's statement is its words, a quote)."""
        behalf, phrase = _on_behalf_of(noun)
        if behalf:  # 'The states' brief, filed in October on behalf of Oregon and 11 other states': Oregon's
            text = document_text(doc)
            return [(noun.left_edge.idx, max(_dated_end(dl, noun), _end(phrase.right_edge)),
                     [self._owner_name(dl, text, n.left_edge.idx, _end(n)) for n in behalf])]
        own = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        analysed = None
        if own is not None:
            # (a pronoun opening its sentence stands for the named subject of the sentence before: 'Pell Capital was
            # cooler. Its note ... said C')
            body = (_subject_before(dl, noun) if own.i == own.sent.start and own.lower_ == "its" else None) \
                or _body(dl, own)
            act = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in self.words.document_verbs),
                       None)
            if noun.lemma_.lower() in self.words.statement_nouns and (act is None or _dated_within(dl, noun)
                                                                      or _dated_end(dl, noun) > _end(noun)):
                return self._issued_in(dl, noun)  # 'X said in its 3 September statement / its statement on Monday
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if act is not None and noun.lemma_.lower() in self.words.statement_nouns and subject is not None \
                    and (_says(verb) or verb.lemma_.lower() in self.words.report_verbs):
                # ('X, who quit last month, wrote in her resignation letter that C': a letter named for an act, the
                # writer's, dated by that act)
                owner = self._stating(dl, subject, subject.left_edge.idx, _end(_before_comma(subject)))
                return [(noun.head.idx, _end(noun), [owner])] if owner else []
            if noun.lemma_.lower() not in self.words.issued_nouns:
                return []  # (a body's undated statement or release is its words, a quote)
            verb = noun.head
            if noun.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and not (
                    self._vouches(verb)
                    or verb.lemma_.lower() in self.words.issue_verbs | self.words.publish_verbs):
                return []  # ('had cut its estimate', 'its own orders had doubled': a thing done or had, no source)
            if body is None:  # "X reached similar findings in its report of 6 September": X's, when X is a body
                return self._issued_in(dl, noun) if own.lower_ in ("its", "their") else []
            return [(noun.left_edge.idx, max(_dated_end(dl, noun), self._issued_after(dl, noun)), [body])]
        # (a common noun before it names a kind of report, no owner: "a 64-page report", "a situation report")
        # (nor is a name hyphened to a participle: "a UN-backed report" is backed, not issued, by the UN)
        owners = [c for c in noun.children if c.i < noun.i and (c.dep_ == "poss" or c.dep_ == "compound" and (
                  c.pos_ == "PROPN" or _body_mention(dl, c, noun.left_edge.idx)))  # 'a Rwandan government statement'
                  and not (c.i + 2 < len(doc) and doc[c.i + 1].text == "-" and doc[c.i + 2].tag_ == "VBN")]
        misread = not owners and noun.dep_ == "compound" and noun.lemma_.lower() in self.words.report_verbs
        if misread:
            # "Al-Masirah broadcast footage": a verb the tagger took for a noun, its outlet a compound beside it
            owners = [c for c in noun.head.children if c.dep_ in ("compound", "poss") and c.i < noun.i]
        if owners and owners[0].pos_ == "NOUN" and owners[0].lemma_.lower() in self.words.people_nouns:
            return []  # ('the economist's estimate': a person the text describes by trade, a speaker, not a report)
        if owners:
            first = min(owners[0].left_edge.i, owners[0].i)
            last = max(o.right_edge.i for o in owners)
            while last >= first and doc[last].tag_ == "POS":
                last -= 1
            s, e = doc[first].idx, doc[last].idx + len(doc[last])
            if owners[0].pos_ == "NOUN" and _body_mention(dl, owners[0], noun.left_edge.idx):
                s = min(s, dl.mention_at(noun.left_edge.idx, e).start)  # ('Kenyan' may hang on the noun)
        else:
            authors = ("by", "from", "of") if noun.lemma_.lower() in self.words.lodged_nouns else ("by", "from", "with", "of")
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in authors]  # (not 'a filing with the SEC')
            by = next((c for c in preps if c.lower_ != "of"), preps[0] if preps else None)  # (the author before the topic)
            by = by if by is not None else self._ran_in(dl, noun)[0]  # ('a report in the Passaic Valley Herald on Friday')
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            pobj = pobj if pobj is not None else _issuer_after(noun)  # "an interview broadcast on Sunday by CBS"
            of = next((c for c in preps if c.lower_ == "of"), None)
            data = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if data is not None and self._source_noun(data) and (by is not of or _body_after(data)):
                analysed = data  # "an analysis of census data by X": X's, of the census's data
                pobj = _issuer_after(data) if by is of else pobj
            if pobj is None or pobj.lemma_.lower() in self.words.people_nouns | self.words.journalist_nouns:
                return self._issued_in(dl, noun)  # ('in a statement issued by his spokesperson': his, the verb's subject;
                # 'a report from our correspondent': the writer's own)
            last = _before_clause(pobj)  # "a report by Human Rights Watch released on Tuesday": not its participle
            s, e = pobj.left_edge.idx, last.idx + len(last)
            owners = [pobj]
        name, media = self.outlet(dl, document_text(doc)[s:e], s, e, inside=owners[0].dep_ == "pobj")
        if not media and noun.lemma_.lower() in self.words.outlet_nouns and document_text(doc)[s:s + 1].isupper():
            media = True  # 'Le Veilleur's editorial': only an outlet writes one
        topic = owners[0].dep_ == "pobj" and owners[0].head.lower_ == "of"  # 'a review of X': X may be its topic
        if not media and noun.lemma_.lower() in self.words.issued_nouns and (noun.dep_ == "nsubj" or not topic) \
                and not (noun.dep_ == "nsubj" and any(c.tag_ == "MD" for c in noun.head.children)):
            # 'the daily updates of OCHA gave C', 'detailed in Amnesty International's report': a body's
            # document (not one that 'would establish the facts')
            name, media = _issuer(dl, owners[0], s, e) or (name, False)
        if not media and noun.lemma_.lower() in self.words.statement_nouns and _dated_end(dl, noun) > _end(noun) \
                and (owners[0].i < noun.i or owners[0].head.dep_ == "agent"
                     and owners[0].head.head.lemma_.lower() in self.words.publish_verbs):  # 'issued by X', not 'carried by'
            name, media = _issuer(dl, owners[0], s, e) or (name, False)  # 'a government statement issued on 27 January'
        if not media:
            return []
        data_owner = self._data_owner(dl, analysed) if analysed is not None else None
        outlets = [name] + ([data_owner] if data_owner else [])
        start = min(noun.left_edge.idx, s)
        if misread:  # "On Sunday the channel X broadcast footage": the time phrase the sentence opens with is the verb's
            start = min([start] + [_dated_start(dl, a) for a in noun.ancestors if _dated_start(dl, a) < a.idx])
        end = max(_dated_end(dl, noun), e, _dated_end(dl, owners[0]) if owners[0].i > noun.i else e)
        verb = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and _says(verb) \
                and _dated_end(dl, verb) > verb.idx + len(verb):
            end = max(end, _dated_end(dl, verb))  # "X's editorial argued on Saturday": the report's day
        return [(start, end, outlets)]

    def _ran_in(self, dl: Annotations, noun: Token) -> tuple[Optional[Token], Optional[str]]:
        """(the 'in' phrase, the outlet's name) of a report that names the outlet it ran in ('a report in the Passaic
        Valley Herald on Friday', 'according to an article in The Atlantic'), else (None, None): a place, a date or a
        body is no outlet ('a report in Gaza', 'a report in March')."""
        if noun.lemma_.lower() not in self.words.report_nouns:
            return None, None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i):
            pobj = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if pobj is not None:
                s, e = pobj.left_edge.idx, _end(_before_clause(pobj))
                name, media = self.outlet(dl, document_text(noun.doc)[s:e], s, e, inside=True)
                if media:
                    return prep, name
        return None, None

    def _attribution_line(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'— George W. Bush, in a statement the same day': a line that gives a quotation its source, a dash, a name and
        the dated statement, message or letter the words came in, with no verb of saying; the name's, of that day
        (undated, 'In her letter', the words stay the speaker's). Read from the words: the parser hangs such a line
        on the quotation's verb."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in self.words.statement_nouns:
            return []
        doc, text = noun.doc, document_text(noun.doc)
        name = signer_start(text, prep.idx)
        if name is None or name >= prep.idx or not text[name:prep.idx].rstrip().endswith(","):
            return []
        words = [t for t in tokens_within(doc, name, prep.idx) if not t.is_punct]
        if not words or not any(t.pos_ == "PROPN" for t in words) \
                or not all(t.pos_ in ("PROPN", "DET", "NOUN") for t in words):
            return []
        s, e = words[0].idx, _end(words[-1])
        dates = [t for t in dl.timexes if _end(noun) <= t.start and t.type in ("DATE", "TIME")
                 and "\n" not in text[_end(noun):t.start]
                 and not any(w.pos_ in ("VERB", "AUX") for w in tokens_within(doc, _end(noun), t.start))]
        if not dates:
            return []
        owner = self._stating(dl, words[-1], s, e) or re.sub(r"^[Tt]he\s+", "", text[s:e])
        return [(prep.idx, dates[0].end, [owner])]

    def _vouches(self, verb: Token) -> bool:
        """A verb a cited source speaks through: one of saying, reporting or reckoning ('said', 'reported', 'puts')."""
        return _says(verb) or _reports(verb) or verb.lemma_.lower() in self.words.reckoning_verbs

    def _owned_issued(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'The Ministry of Transport's white paper, published on 4 May, said C', 'the company's annual filing, lodged on
        Tuesday, says C', 'according to the ministry's review, released the same day': whatever its noun, a thing a
        named or definite owner's possessive owns and a dated participle of issuing describes is a document, and it
        cites its owner as the subject of a verb of saying or reckoning or after a source preposition; the owner named
        again by a head noun ('the company', 'the department') is the body named before."""
        issued = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                       and c.lemma_.lower() in self.words.issue_verbs and _dated_end(dl, c) > _end(c)), None)
        if issued is None:
            return []
        doc, text = noun.doc, document_text(noun.doc)
        if noun.pos_ == "PROPN":  # 'The Department for Roads and Bridges' consultation paper, published on 2 April':
            # a plural possessive the parser read inside the name, the participle hung on the name
            mark = next((t for t in doc[noun.i:issued.i] if t.tag_ == "POS" and t.i + 1 < issued.i
                         and doc[t.i + 1].pos_ in ("NOUN", "ADJ")), None)
            if mark is None or noun.dep_ != "nsubj":
                return []
            owner = doc[mark.i - 1]
            s, e, verb = noun.left_edge.idx, _end(owner), noun.head
            if not self._vouches(verb):
                return []
            return [(s, _dated_end(dl, issued), [self._owner_name(dl, text, s, e)])]
        owner = next((c for c in noun.children if c.i < noun.i and (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                      or c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "NORP"))),
                     None)  # ('a Pollwise survey for the Lantern, conducted on Friday'; not 'a Paris survey')
        pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if owner is None and pronoun is not None and noun.dep_ == "nsubj" and _says(noun.head):
            # ('Pell Capital was cooler. Its note, published on Wednesday, said C': the body the pronoun stands for,
            # else the named subject of the sentence before)
            name = (_subject_before(dl, noun) if pronoun.i == pronoun.sent.start else None) or _body(dl, pronoun)
            return [(noun.left_edge.idx, _dated_end(dl, issued), [name])] if name else []
        if owner is None or any(c.dep_ == "det" for c in owner.children if c.lower_ in ("a", "an")):
            return []
        if owner.pos_ == "NOUN" and owner.lower_ not in self.words.body_heads | self.words.firm_nouns \
                and not _body_mention(dl, owner):
            return []  # (a body's, not 'the trial's results, published in The Lancet')
        verb = noun.head
        if verb.pos_ != "VERB" or not self._vouches(verb):
            return []  # (after 'according to' the preposition's own rule reads it)
        last = owner.right_edge if owner.dep_ == "poss" else owner
        while last.i > owner.left_edge.i and (last.is_punct or last.tag_ == "POS"):
            last = doc[last.i - 1]
        s, e = owner.left_edge.idx, _end(last)
        word = re.sub(r"^[Tt]he\s+", "", text[s:e])
        if owner.pos_ == "NOUN" and word.lower() in self.words.body_heads | self.words.firm_nouns:
            name = _body_named_before(dl, s, word.lower()) or text[s:e]
        else:
            name = self._owner_name(dl, text, s, e)
        return [(noun.left_edge.idx, _dated_end(dl, issued), [name])]

    def _data_owner(self, dl: Annotations, data: Token) -> Optional[str]:
        """The names before a data set that say whose it is ("Board of Elections data", "the bureau's figures"), or
        None."""
        names = [c for c in data.children if c.i < data.i and c.dep_ in ("compound", "nmod", "poss")
                 and c.pos_ == "PROPN"]
        if not names:
            return None
        doc = data.doc
        first, last = min(n.left_edge.i for n in names), max(n.right_edge.i for n in names)
        while last > first and doc[last].tag_ == "POS":
            last -= 1
        return self._owner_name(dl, document_text(doc), doc[first].idx, _end(doc[last]))

    def _source_subject(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'UN figures released on Friday showed that C', 'data from the ministry suggest C': a body's figures or
        data as the subject of a verb that reports a clause (not 'satellite images showed smoke': no body, no clause)."""
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and not _reports(verb):
            # ('Its appeal lists 60 motorbikes and says C': a verb of saying that shares the subject)
            verb = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _reports(c)
                         and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), verb)
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not _reports(verb):
            return []
        owner = self._document_owner(dl, noun) if self._source_noun(noun) else next(
            (_body_name(dl, c) for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
             and _body_mention(dl, c)), None)  # 'The UN's humanitarian plan for 2025 says C'
        own = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if not owner and own is not None and voice(own.text):  # ('Our written evidence estimates C' in a witness's turn)
            owner = body_of_turn(dl, noun.idx, voice(own.text))
        if not owner:
            return []
        end, issuer = _dated_end(dl, noun), _issuer_after(noun)
        if issuer is not None:  # 'Figures published on 30 January by OCHA', 'Data from the Kiel Institute': who issued them
            end = max(end, _end(_before_clause(issuer)))
            # ('A survey by the Coalition, published in October, found C': the document's participle, hung on its issuer)
            end = max([end] + [_dated_end(dl, c) for c in issuer.children if c.dep_ == "acl" and c.tag_ == "VBN"
                               and c.lemma_.lower() in self.words.issue_verbs])
        return [(noun.left_edge.idx, end, [owner])]

    def _put_out(self, dl: Annotations, verb: Token) -> list[tuple[int, int, list[str]]]:
        """'UNICEF published its findings on 4 March', 'In December, the Famine Review Committee found that C': a
        named body that puts out a document (a statement only when dated), or that found a clause on a day or in a
        month the text gives, cites that document or finding."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" and not _body_mention(dl, subject) \
                or any(c.dep_ == "poss" and c.pos_ in PERSONAL for c in subject.children):
            return []  # (a named body, not 'our Office' nor 'the review')
        last = _before_comma(subject)
        s, e = subject.left_edge.idx, _end(last)
        body = _issuer(dl, subject, s, e)
        if body is None:
            return []
        mention = dl.mention_at(s, e)
        if mention is None or not mention.start <= subject.idx < mention.end:
            body = (document_text(verb.doc)[s:e], True)  # 'the Review Committee of the IPC': the body as written
        start, end = min(s, _dated_start(dl, verb)), _dated_end(dl, verb)
        dated = start < s or end > _end(verb)
        if verb.lemma_.lower() in self.words.finding_verbs:
            if not dated or not any(c.dep_ == "ccomp" for c in verb.children):
                return []
            return [(start, max(e, end) if end > _end(verb) else e, [body[0]])]
        document = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.words.document_nouns), None)
        if document is None or document.lemma_.lower() in self.words.statement_nouns and not dated:
            return []
        return [(start, max(end, _end(document)), [body[0]])]

    def _published_in(self, dl: Annotations, verb: Token) -> list[tuple[int, int, list[str]]]:
        """'The trial's final results, published in The Lancet in December 2016, found C', 'In the X trial, run in
        Kivu and published in the journal Nature in 2019, ...': a participle of publishing with no subject of its own,
        whose 'in' phrase names a publication (not a place, a date or a language), cites that publication; the
        citation runs from the noun the participle describes to the date of the phrase."""
        if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        pobj = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj"), None)
        if pobj is None:
            return []
        doc, text = verb.doc, document_text(verb.doc)
        first, last = pobj.left_edge, _before_clause(pobj)
        words = text[first.idx:_end(last)]
        kind = self._after_kind(re.sub(r"^(?:the|The)\s+", "", words))
        if kind is None and (pobj.pos_ != "PROPN" or pobj.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "NORP",
                                                                        "LANGUAGE", "PERSON", "FAC", "EVENT")):
            return []
        name = self.outlet(dl, words, first.idx, _end(last), inside=True)[0]
        top = verb
        while top.dep_ == "conj" and top.head.tag_ == "VBN":
            top = top.head  # 'run in Kivu and published in X': the first participle
        start = verb.idx
        if top.dep_ == "acl":
            start = top.head.left_edge.idx
        elif top.i >= 2 and doc[top.i - 1].text == "," and doc[top.i - 2].pos_ in ("NOUN", "PROPN"):
            start = doc[top.i - 2].left_edge.idx  # ('the PALM trial, run in ...': a participle the parser set on the verb)
        return [(start, max(_end(last), _dated_end(dl, verb)), [name])]

    def _issued_in(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'X said in a report released today', 'In the report, X documented C', 'X, in a report to
        the Council, put the toll at N': a report named in a phrase on a verb is the report of that
        verb's subject, when the subject is a body (not a person, a state or people: 'officials'). A statement
        so named is a cited report, a body's whether dated or not ('X said in a statement that C', 'In its
        statement, X said C'), a named person's when the text dates it ('In a statement that day, Jane Doe said C',
        'in a statement issued by his spokesperson on 10 May, he welcomed X'); a person's undated one is their
        words, a quote."""
        prep, lemma = noun.head, noun.lemma_.lower()
        released = lemma in self.words.document_nouns and _dated_end(dl, noun) > _end(noun) and any(
            c.dep_ == "acl" and c.lemma_.lower() in self.words.issue_verbs for c in noun.children)
        act = self._act_before(dl, noun, noun.idx) if any(c.dep_ == "det" and c.lower_ in AGAIN for c in noun.children) \
            else None  # ('The department announced on March 6 that C. It said in that announcement that D')
        if noun.dep_ != "pobj" or prep.lower_ != "in" or lemma not in self.words.issued_nouns | self.words.statement_nouns \
                | self.words.client_nouns and not released and act is None:  # ('In figures released on 4 September, the administration put the toll at N')
            return []
        verb, participle = prep.head, None
        if _quoted(verb, prep) and verb.head.i != verb.i:  # 'In the report, "They Burned Everything", X documented C'
            verb = verb.head
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in self.words.issue_verbs \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            participle, verb = verb, verb.head  # ('In her letter to the court, dated 19 September, his sister says C':
            # the parser hung the phrase on the document's participle)
        if verb.dep_ == "nsubj" and verb.pos_ in ("NOUN", "PROPN"):  # "A panel, in a report ..., put": on the subject
            subject, verb = verb, verb.head
        else:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.lemma_.lower() in self.words.people_nouns and lemma in self.words.issued_nouns:
            return []
        last = _before_comma(subject)
        first = next(t for t in subject.subtree if not t.is_punct or t.i == subject.i)  # (not a bullet's '-')
        s, e = first.idx, last.idx + len(last)
        if lemma in self.words.issued_nouns | self.words.client_nouns or released and lemma not in self.words.statement_nouns:
            body = _issuer(dl, subject, s, e) if subject.pos_ not in PERSONAL and subject.ent_type_ != "PERSON" else None
            if body is None and subject.pos_ == "PROPN" and any(
                    c.dep_ == "appos" and c.lemma_.lower() in self.words.firm_nouns | self.words.body_heads
                    for c in subject.children):  # ('Harrow Shipping, an Oslo-listed shipowner,': a firm, whatever
                body = (document_text(subject.doc)[s:e], True)  # the tagger called the name)
            if body is None:
                return []
            # ('In a note to clients on Thursday, X said': a date the parser hung on the preposition is the note's)
            owner, end = body[0], max(_dated_end(dl, noun), self._issued_after(dl, noun), _dated_end(dl, prep),
                                      _dated_next(dl, verb, noun), _dated_next(dl, prep.head, noun))  # ('said in a position paper last month')
            head = re.sub(r"^[Tt]he\s+", "", owner).lower()
            if head in self.words.body_heads and subject.pos_ == "NOUN":
                owner = _body_named_before(dl, s, head) or owner  # ('the university' after 'Columbia University')
            undated = not any(prep.idx <= t.start and t.end <= end and t.type in ("DATE", "TIME") for t in dl.timexes)
            if undated and subject.i < prep.i and _dated_start(dl, verb) < subject.left_edge.idx:
                s = _dated_start(dl, verb)  # ('On Friday, the university answered in a memo to staff': that day's)
        else:
            if noun.tag_ == "NNS" or not any(c.dep_ in ("det", "poss") for c in noun.children):
                return []  # ('told the Post in voice messages sent in July': an exchange, no document issued; 'In
                # reply, X said': a manner, no document)
            issued = any(c.dep_ == "acl" and c.lemma_.lower() in self.words.issue_verbs for c in noun.children)
            again = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children) and not issued \
                and _dated_end(dl, noun) == _end(noun) and not _dated_within(dl, noun)
            if again and act is None:
                return []  # ('In the letter he asks C': the letter cited before, named again, no report of its own)
            owners = [self._stating(dl, subject, s, e)]
            if owners == [None]:  # (two or more who speak together: 'X and Y rejected it in a joint statement that day')
                owners = [self._stating(dl, t, a, b) for t, a, b in _conjuncts(subject)]
            if not owners or None in owners or not (issued or any(c.dep_ == "ccomp" for c in verb.children) or _says(verb)):
                return []  # ('In a statement that day, the foundation called the claims false': its words, dated)
            dated = _dated_end(dl, noun) > _end(noun) or _dated_end(dl, verb) > _end(verb) \
                or _dated_start(dl, verb) < verb.idx or _dated_within(dl, noun) \
                or participle is not None and _dated_end(dl, participle) > _end(participle)  # ('In a statement that day, X said')
            people = {actor.name for actor in dl.actors.values() if actor.kind == "person"}
            if not dated and any(o in people for o in owners):
                return []  # ('Biden said in a statement that C': a person's undated statement is his words, a quote)
            owner = owners
            end = _dated_end(dl, noun)
            if _dated_end(dl, verb) > _end(verb) or subject.i < prep.i:
                end = max(end, _dated_end(dl, verb))
            elif _dated_start(dl, verb) < verb.idx and end == _end(noun):
                end = _end(verb)  # ('In a statement that day, X said': the date the verb carries)
        if subject.i < prep.i and verb.i == noun.right_edge.i + 1 and verb.lemma_.lower() in self.words.issue_verbs:
            end = max(end, _dated_end(dl, verb))  # "in a report made public in January": a participle read as the verb
        if participle is not None:
            end = max(end, _dated_end(dl, participle))
        start = s if subject.i < prep.i else noun.left_edge.idx
        return [(start, end, owner if isinstance(owner, list) else [owner])]

    def _named_by_date(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'In his address of 29 October, X acknowledged C', 'Y called in its joint statement of 12 September for Z',
        'In its appeal for 2025 the UN said C': a document owned through a pronoun and named by the day or year of an
        'of' or 'for' phrase is a document of the subject of the verb the 'in' phrase hangs on (or of the subject it
        hangs on: 'the association's office, in its appeal of September 30, asked'); the year a 'for' names is the
        period it covers, no date (`_date`)."""
        prep = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        named = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > noun.i
                      and _is_date(dl, c)), None)
        if prep.lower_ != "in" or owner is None or owner.lower_ not in ("his", "her", "its", "their") or named is None:
            return []
        head = prep.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass"):
            subject = head
        elif head.dep_ == "acl" and head.tag_ == "VBD" and head.head.pos_ == "PROPN":
            subject = head.head  # ('The Quad, that is A, B and C, called in its statement': a past verb read as a modifier)
        else:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.pos_ in PERSONAL:
            return []
        last = _before_comma(subject)
        s, e = subject.left_edge.idx, _end(last)
        body = self._stating(dl, subject, s, e)
        if body is None and owner.lower_ in ("its", "their"):
            body = next((self._stating(dl, c, c.left_edge.idx, _end(c)) for c in subject.children
                         if c.dep_ == "poss" and c.i < subject.i), None)  # ('the association's office': its owner's)
            if body is None and subject.pos_ == "PROPN":
                body = re.sub(r"^[Tt]he\s+", "", document_text(subject.doc)[s:e])  # (a name the actors lack)
        return [(noun.left_edge.idx, _end(named.right_edge), [body])] if body else []

    def _stating(self, dl: Annotations, subject: Token, start: int, end: int) -> Optional[str]:
        """Who puts out a statement: a named body (`_issuer`), or a person the actors know, named or through a
        pronoun ('Jane Doe', 'he' for the person named before), or the body whose spokesperson speaks ('a UNICEF
        spokesperson') or that a definite noun names again ('the foundation' after 'the Harbour Relief Foundation');
        None for a state, people or an unknown word. An acronym names the body it spells ('an HRT spokesperson' after
        'the Harbour Relief Trust')."""
        spelled = _spelled_out(dl, subject.text)
        if spelled is not None:
            return spelled
        name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subject.i), None)
        if subject.pos_ == "NOUN" and name is not None:  # ('his sister, Mary Quinn,': the one the name gives)
            return self._stating(dl, name, name.left_edge.idx, _end(_before_comma(name)))
        if subject.lemma_.lower() in self.words.people_nouns:  # 'a UNICEF spokesperson', 'lawyers for the college'
            owner = next((c for c in subject.children if c.dep_ in ("compound", "poss") and c.i < subject.i), None) or next(
                (o for p in subject.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"),
                None)
            return self._stating(dl, owner, owner.left_edge.idx, _end(owner)) if owner is not None \
                and (owner.pos_ == "PROPN" or _body_mention(dl, owner) or owner.lower_ in self.words.body_heads) else None
        if subject.pos_ == "NOUN" and subject.lower_ in self.words.body_heads | self.words.firm_nouns \
                and any(c.lower_ == "the" for c in subject.children) and dl.mention_at(start, end) is None:
            # ('the airline' after 'Air Canada'; 'The Springfield police department', named by its place, as written)
            named = any(t.pos_ == "PROPN" for t in subject.doc[subject.left_edge.i:subject.i])
            return re.sub(r"^[Tt]he\s+", "", document_text(subject.doc)[start:end]) if named \
                else _body_named_before(dl, start, subject.lower_)
        if subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON" or _body_mention(dl, subject):
            body = _issuer(dl, subject, start, end)  # (a named body, not 'the mayor')
            if body is not None:
                return body[0]
        mention = dl.mention_at(start, end)
        actor = dl.actors.get(mention.actor) if mention is not None and mention.start <= subject.idx < mention.end else None
        named = subject.pos_ in PERSONAL or subject.pos_ == "PROPN"
        return actor.name if actor is not None and actor.kind == "person" and named else None

    def _by_preposition(self, doc: Doc, dl: Annotations) -> list[tuple[int, int, list[str]]]:
        """'according to the health ministry': an institution as the source (not a person)."""
        out = []
        for phrase in phrases.find(doc, self.words.prepositions):
            i, n = phrase.start, len(phrase)
            pobj = _object(doc[i:i + n])
            issued = None
            if pobj is None:  # ("according to the X Monitor's tally published on 14 October, C": the parser made the
                # document the subject of its participle)
                pobj, issued = self._subject_of_participle(doc, i + n)
            outlet = pobj is not None and _media_mention(dl, pobj.left_edge.idx, pobj.idx + len(pobj)) is not None
            person = pobj is not None and pobj.ent_type_ == "PERSON" and not _which(pobj)
            if not outlet and doc[i:i + n].text.lower() in self.words.outlet_prepositions:
                continue  # ('via the Rafah crossing': a route, not a credit)
            if pobj is None or pobj.pos_ in PERSONAL or (person or pobj.ent_type_ in ("NORP", "DATE")) and not outlet \
                    or pobj.lemma_.lower() in self.words.people_nouns:
                continue  # people are speakers, not reports: "citing US officials"
            if pobj.pos_ == "NOUN" and not (_institution(pobj) or self._source_noun(pobj)):
                continue
            # not what a clause after it says: "Ipsos, which conducted the poll", "the committee of X, which kept C"
            last = min(_before_comma(pobj), _before_clause(pobj, ("relcl",)), key=lambda t: t.i)
            s, e = pobj.left_edge.idx, last.idx + len(last)
            name, _ = self.outlet(dl, document_text(doc)[s:e], s, e, inside=True)
            verbs = [_dated_end(dl, t) for t in doc[i:i + n] if t.pos_ == "VERB"]  # "as reported by X on Tuesday"
            if issued is not None:
                verbs.append(_dated_end(dl, issued))
            owner = self._document_owner(dl, pobj) or self._ran_in(dl, pobj)[1] or self._owner_inside(dl, pobj, last) \
                or self._possessor(dl, pobj, s, e) or self._pronoun_owner(dl, pobj, i + n) \
                or _known_body(dl, document_text(doc), s, e) \
                or officers_body(pobj, publisher_name(dl), self.words.officer_nouns, self.words.body_heads) or name
            out.append((doc[i].idx, max(e, _dated_end(dl, pobj), self._issued_after(dl, pobj), *verbs), [owner]))
        return out

    def _possessor(self, dl: Annotations, pobj: Token, start: int, end: int) -> Optional[str]:
        """'according to the U.S. Geological Survey's gauge there', 'according to the union's summary of the deal':
        whatever its noun, a thing a named or known body owns cites that body (not a body of its own, 'the UN's
        tracking service', nor one the actors know by the whole phrase, 'Israel's military', nor a person's or a place's
        thing, unless the actors know the name the tagger took for one as a body: 'Ofwat's final determination')."""
        owner = next((c for c in pobj.children if c.dep_ == "poss" and c.i < pobj.i), None)
        if owner is None or pobj.lower_ in self.words.body_heads | self.words.firm_nouns or owner.tag_ == "PRP$" \
                or owner.ent_type_ in ("PERSON", "GPE", "NORP") and not _body_mention(dl, owner) or _known_body(dl, document_text(pobj.doc), start, end) \
                or not (owner.pos_ == "PROPN" or _body_mention(dl, owner)):
            return None
        last = owner
        while last.i > owner.left_edge.i and (last.is_punct or last.tag_ == "POS"):
            last = pobj.doc[last.i - 1]
        return self._owner_name(dl, document_text(pobj.doc), owner.left_edge.idx, _end(last))

    def _pronoun_owner(self, dl: Annotations, pobj: Token, after: int) -> Optional[str]:
        """'Ryanair carried 200 million passengers, according to its own figures': a source owned through 'its' or
        'their' is the body the subject of the clause it hangs on names (a definite body noun, 'the airline', the body
        named before so), or None. `after`: where the source preposition's words end ('according to' is no clause)."""
        pronoun = next((c for c in pobj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        verb = next((a for a in pobj.ancestors if a.pos_ in ("VERB", "AUX") and not after - 3 <= a.i < after), None) \
            if pronoun is not None else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subject is None or subject.pos_ in PERSONAL:
            return None
        mention = dl.mention_at(subject.left_edge.idx, _end(subject))
        actor = dl.actors.get(mention.actor) if mention is not None else None
        if actor is not None:
            return actor.name if actor.kind in BODIES else None
        if subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC"):  # (a body the actors
            # lack, as written)
            return re.sub(r"^[Tt]he\s+", "", document_text(pobj.doc)[subject.left_edge.idx:_end(_before_comma(subject))])
        word = subject.lemma_.lower()
        if subject.pos_ == "NOUN" and word in self.words.body_heads | self.words.firm_nouns:
            return _body_named_before(dl, subject.idx, word)
        return None

    def _subject_of_participle(self, doc: Doc, at: int) -> tuple[Optional[Token], Optional[Token]]:
        """(document, participle) when the words at `at` are a document the parser made the subject of a participle
        of issuing after it ('the X Monitor's tally published on 14 October'), else (None, None)."""
        documents = self.words.issued_documents
        for token in doc[at:min(len(doc), at + 8)]:
            if token.is_punct:
                break
            verb = token.head
            if token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in documents and verb.tag_ == "VBN" \
                    and verb.lemma_.lower() in self.words.issue_verbs and verb.i == token.i + 1:
                return token, verb
        return None, None

    def _owner_inside(self, dl: Annotations, pobj: Token, last: Token) -> Optional[str]:
        """The owner of a document a possessive inside the phrase names, where the parser hung the document on the
        owner's name ('according to the Council of the EU's announcement on Thursday': Council of the EU), or None."""
        doc, text = pobj.doc, document_text(pobj.doc)
        documents = self.words.owned_documents
        mark = next((t for t in doc[pobj.i:last.i] if t.tag_ == "POS" and t.i + 1 <= last.i
                     and any(d.lemma_.lower() in documents for d in doc[t.i + 1:last.i + 1] if d.pos_ == "NOUN")), None)
        if mark is None or pobj.lemma_.lower() in documents:
            return None
        return self._owner_name(dl, text, pobj.left_edge.idx, _end(doc[mark.i - 1]))

    def _by_reckoning(self, dl: Annotations, noun: Token) -> list[tuple[int, int, list[str]]]:
        """'by the ministry's count', 'by his campaign's own estimate': a reckoning its owner made, cited with 'by'
        (not 'by one estimate', nor 'by most analysts' estimates': no one named; nor 'by my count': the speaker's own
        reckoning is their claim, not a source they cite)."""
        prep = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None) or next(
            (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
             and c.ent_type_ not in ("GPE", "NORP")), None)  # ('by the Nordhavn analysis': a body's or person's name)
        if noun.dep_ != "pobj" or prep.lower_ != "by" or owner is None or owner.tag_ == "NNS" \
                or owner.lemma_.lower() in self.words.people_nouns and owner.is_lower \
                or owner.morph.get("Person") == ["1"] and owner.morph.get("Number") == ["Sing"]:
            return []
        first, last = owner.left_edge, owner
        pronoun = any(t.tag_ == "PRP$" or t.pos_ in PERSONAL for t in noun.doc[first.i:last.i + 1])
        name = _named_owner(dl, first, last) if pronoun else \
            self._owner_name(dl, document_text(noun.doc), first.idx, _end(last))
        return [(prep.idx, _dated_end(dl, noun), [name])]

    def _document_owner(self, dl: Annotations, noun: Token) -> Optional[str]:
        """'according to a UNICEF statement': the body that issued the document, when a name before the
        noun is one the actors know (an organisation, a government or an outlet)."""
        owned = noun.lemma_.lower() in self.words.document_nouns | self.words.statement_nouns and any(
            c.dep_ == "poss" for c in noun.children)  # ('according to the ministry's declaration')
        # ('the schedule the Commerce Department released': what a named body issued is its document, whatever its noun)
        owned = owned or _issuing_clause(noun) is not None
        if not self._source_noun(noun) and not owned:
            return None
        for owner in (c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i):
            s, e = owner.left_edge.idx, owner.idx + len(owner)
            mention = dl.mention_at(s, e)
            actor = dl.actors.get(mention.actor) if mention is not None else None
            if actor is not None and actor.kind in BODIES:
                return actor.name
        issuer = _issuer_after(noun)
        if _body_after(noun) and issuer.ent_type_ not in ("PERSON", "NORP", "GPE") and issuer.lemma_.lower() not in self.words.people_nouns:
            last = _before_clause(issuer)
            s, e = issuer.left_edge.idx, last.idx + len(last)
            return self.outlet(dl, document_text(noun.doc)[s:e], s, e, inside=True)[0]
        names = [c for c in noun.children if c.i < noun.i and c.pos_ == "PROPN" and c.dep_ in ("compound", "amod", "nmod")]
        if names and not any(c.dep_ == "poss" for c in noun.children):  # 'UN OCHA figures': a name the actors lack
            s, e = min(n.left_edge.idx for n in names), max(_end(n) for n in names)
            return self.outlet(dl, document_text(noun.doc)[s:e], s, e, inside=True)[0]
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i and (
            c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "NORP")
            or c.pos_ == "NOUN" and c.lower_ in self.words.body_heads)), None)
        if owner is not None:  # "the University's financial report": a body the actors lack, named again
            s, e = owner.left_edge.idx, _end(owner)
            name = document_text(noun.doc)[s:e]
            word = re.sub(r"^[Tt]he\s+", "", name)
            if word.lower() in self.words.body_heads:
                return _body_named_before(dl, s, word.lower()) or name
            return self.outlet(dl, name, s, e, inside=True)[0]
        return self._body_noun_owner(dl, noun)

    def _body_noun_owner(self, dl: Annotations, noun: Token) -> Optional[str]:
        """'According to the police log exhibited in this case': a definite document whose modifier is a body's noun
        ('police', 'council') is the body's that the text named last by a name ending in that noun ('Merseyside
        Police'), or None when it named none."""
        owner = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
                      and c.lower_ in self.words.body_heads), None)
        if owner is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        return _body_named_before(dl, owner.idx, owner.lower_)

    def _issued_after(self, dl: Annotations, noun: Token) -> int:
        """'according to a UNICEF statement issued the same day, C': a participle of issuing right after the
        document or after the phrase on it ('In its guidelines on the scope of the rules, published on 18 July'),
        which the parser may take for the sentence's verb, dates it (its end, or the noun's)."""
        doc = noun.doc
        for at in dict.fromkeys((noun.i + 1, noun.right_edge.i + 1)):
            after = doc[at] if at < len(doc) else None
            if after is not None and after.text == "," and after.i + 1 < len(doc):
                after = doc[after.i + 1]  # ('In its opening brief, filed in September, the state argued')
            if after is not None and after.lemma_.lower() in self.words.issue_verbs and after.tag_ in ("VBD", "VBN") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
                return _dated_end(dl, after)
        return noun.idx + len(noun)

    def _source_noun(self, noun: Token) -> bool:
        """A document or a data set named as the source: 'Israeli figures', 'shipping data', 'a
        statement on his website' (not bare 'reports')."""
        lemma = noun.lemma_.lower()
        if lemma not in self.words.source_nouns and noun.tag_ == "NNS" and all(
                c.dep_ == "amod" and c.ent_type_ not in ("NORP", "GPE", "ORG") for c in noun.children if c.i < noun.i):
            return False  # 'according to credible reports': reports of nobody named
        return (lemma in self.words.source_nouns or lemma in self.words.report_nouns) and (any(
            c.dep_ in ("amod", "compound", "det", "poss", "nmod") for c in noun.children) or _body_after(noun))


AGAIN = ("the", "that", "this")
"""Determiners that name a document already told of."""


def _named_again_at(noun: Token, vouches) -> Optional[int]:
    """Where the phrase that names a document again begins, when `noun` is one: a definite noun with nothing of its
    own after it (no issuer, participle or clause: 'the report published on Monday' is another), no name before it,
    and set where a source speaks: the subject of a verb that `vouches` ('The memo said'), after 'according to', or
    with 'that' or 'this' in an 'in' phrase on a verb of saying ('In that statement, she said'); else None."""
    if not any(c.dep_ == "det" and c.lower_ in AGAIN for c in noun.children) or any(
            c.i > noun.i and c.dep_ in ("prep", "acl", "relcl", "appos") for c in noun.children) or any(
            c.i < noun.i and (c.pos_ == "PROPN" or c.dep_ == "poss") for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and vouches(head):
        return noun.left_edge.idx
    if noun.dep_ != "pobj":
        return None
    if head.lower_ == "to" and head.head.lower_ == "according":
        return head.head.idx
    if head.lower_ == "in" and head.head.pos_ == "VERB" and _says(head.head) \
            and any(c.lower_ in ("that", "this") for c in noun.children):
        return head.idx  # (not 'In the letter he asks C': a setting for the words, no source named again)
    return None


def _names_document(doc: Doc, citation, noun: Token) -> bool:
    """The citation names a document by `noun`'s word, with the words `noun` has before it ('joint')."""
    inside = tokens_within(doc, citation.start, citation.end)
    same = [t for t in inside if t.pos_ == "NOUN" and t.lemma_.lower() == noun.lemma_.lower()]
    before = {c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")}
    return bool(same) and before <= {t.lower_ for t in inside}


def _publisher(dl: Annotations, name: str) -> bool:
    """The outlet is the one that publishes the text, its name spelled in the host of the text's address ('the Kestrel
    Post' at kestrelpost.example.com): words told to it are its own reporting, no report it cites."""
    host, key = source_host(dl), squashed(name)
    return bool(host) and len(key) >= 4 and key in squashed(host)


def _subject_before(dl: Annotations, token: Token) -> Optional[str]:
    """The subject of the sentence before `token`'s, when it is a name that is not a place's ('Pell Capital was
    cooler.'), for the 'its' that opens `token`'s sentence ('it' is never a person, whatever the tagger called the
    name), or None."""
    sent = token.sent
    if sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("GPE", "NORP", "LOC"):
        return None
    mention = dl.mention_at(subject.left_edge.idx, _end(subject))
    actor = dl.actors.get(mention.actor) if mention is not None else None
    if actor is not None and actor.kind not in BODIES:
        return document_text(token.doc)[subject.left_edge.idx:_end(subject)] if actor.kind == "person" else None
    return actor.name if actor is not None else document_text(token.doc)[subject.left_edge.idx:_end(subject)]


def _spelled_out(dl: Annotations, name: str) -> Optional[str]:
    """The body the text names in full whose initials an acronym spells ('GHF' for the Gaza Humanitarian Foundation,
    when the text names it), or None."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return None
    bodies = [a.name for a in dl.actors.values() if a.kind in BODIES and a.name != name
              and "".join(w[0] for w in a.name.split() if w[:1].isupper()) == name]
    return bodies[0] if len(bodies) == 1 else None


def _conjuncts(subject: Token) -> list[tuple[Token, int, int]]:
    """(head, start, end) of each name a subject joins with 'and' ('Prime Minister X and Defence Minister Y'), read
    from the words, since the parser may hang the second name on the first one's title; [] for one name."""
    doc, last = subject.doc, _before_comma(subject)
    words = [t for t in doc[subject.left_edge.i:last.i + 1] if not t.is_punct]
    parts, part = [], []
    for t in words:
        if t.dep_ == "cc" and t.lower_ == "and":
            parts.append(part)
            part = []
        else:
            part.append(t)
    parts.append(part)
    if len(parts) < 2 or not all(parts):
        return []
    return [(p[-1], p[0].idx, _end(p[-1])) for p in parts]  # (a name ends in its head word)


def _on_behalf_of(noun: Token) -> tuple[list[Token], Optional[Token]]:
    """(the named parties, the 'on behalf of' phrase) a document was filed or written for ('a brief filed on behalf
    of Oregon and 11 other states' -> [Oregon]), on the noun or on its participle; ([], None) when none is named."""
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for on in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"):
        behalf = next((o for o in on.children if o.dep_ == "pobj" and o.lower_ == "behalf"), None)
        of = next((p for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"), None) if behalf is not None else None
        party = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if party is not None:
            parties = [party] + [c for c in party.conjuncts] + [c for c in behalf.children if c.dep_ == "conj"]
            return [p for p in parties if p.pos_ == "PROPN"], on
    return [], None


def _before_comma(subject: Token) -> Token:
    """The last word of a subject before a comma it carries: 'the Tasman Sentinel, which compares C'."""
    comma = next((c for c in subject.children if c.text == "," and c.i > subject.i), None)
    return subject.doc[comma.i - 1] if comma is not None else subject.right_edge


def _body_mention(dl: Annotations, token: Token, start: Optional[int] = None) -> bool:
    """A word whose phrase (from `start`, else its own first word) the actors know as an organisation, a
    government or an outlet ('Rwandan government')."""
    mention = dl.mention_at(token.left_edge.idx if start is None else start, _end(token))
    actor = dl.actors.get(mention.actor) if mention is not None and mention.start <= token.idx < mention.end else None
    return actor is not None and actor.kind in BODIES  # (not 'a UN-backed report')


def _known_body(dl: Annotations, text: str, start: int, end: int) -> Optional[str]:
    """The dictionary's name of the organisation, government or outlet a mention names that covers [start, end) but
    for an article ('the CDC' -> Centers for Disease Control and Prevention), or None (a body the dictionary lacks keeps
    its words as written)."""
    mention = dl.mention_at(start, end)
    actor = dl.actors.get(mention.actor) if mention is not None else None
    if actor is None or actor.kind not in BODIES or re.fullmatch(r"a\d+", mention.actor):
        return None
    return _issuing_name(actor, text[mention.start:mention.end]) if re.fullmatch(r"(?:[Tt]he\s+)?", text[start:mention.start]) \
        and not text[mention.end:end].strip(_EDGE) else None


def _issuing_name(actor, written: str) -> str:
    """The name a body issues its documents under: a state's government named by one of its departments ('the Home
    Office', 'the State Department', 'the Treasury') issues as that department, as the text writes it; any other body
    by the dictionary's name."""
    written = re.sub(r"^[Tt]he\s+", "", written)
    if actor.kind == "government" and written[:1].isupper() and written.split()[-1].lower() in words().department_heads:
        return written
    return actor.name


def _body_name(dl: Annotations, token: Token) -> str:
    """The actor's name for a word's phrase that `_body_mention` accepts."""
    return dl.actors[dl.mention_at(token.left_edge.idx, _end(token)).actor].name


def _named_before(dl: Annotations, start: int, word: str) -> Optional[str]:
    """The outlet a short name stands for: the last media outlet named before `start` whose name ends in that
    word ('the Post' after 'the Washington Post'), or None."""
    earlier = [m for m in dl.mentions if m.end <= start and m.actor in dl.actors and dl.actors[m.actor].kind == "media"
               and dl.actors[m.actor].name.split()[-1].lower() == word.lower()]
    return dl.actors[max(earlier, key=lambda m: m.start).actor].name if earlier else None


def _named_owner(dl: Annotations, first: Token, last: Token) -> str:
    """The owner's words from `first` to `last`, a possessive pronoun in them named by the actor it stands for ('his
    campaign' -> 'Jane Doe campaign', 'its' -> 'UNICEF'), as written when the actors do not say."""
    words = []
    for token in first.doc[first.i:last.i + 1]:
        mention = dl.mention_at(token.idx, _end(token)) if token.tag_ == "PRP$" or token.pos_ in PERSONAL else None
        actor = dl.actors.get(mention.actor) if mention is not None else _person_named_before(dl, token)
        words.append(actor.name if actor is not None else token.text)
    return " ".join(words)


def _person_named_before(dl: Annotations, pronoun: Token):
    """The person a 'his' or 'her' the actors left unresolved stands for: the last person named before it in its
    paragraph ('Lindqvist said C. By her estimate, D'), or None."""
    if pronoun.tag_ != "PRP$" or not pronoun.morph.get("Gender") or pronoun.morph.get("Person") != ["3"]:
        return None
    paragraph = dl.source.text.rfind("\n\n", 0, pronoun.idx)
    people = [m for m in dl.mentions if paragraph < m.start and m.end <= pronoun.idx and m.actor in dl.actors
              and dl.actors[m.actor].kind == "person"]
    return dl.actors[max(people, key=lambda m: m.start).actor] if people else None


def _body_named_before(dl: Annotations, start: int, word: str, named: bool = False) -> Optional[str]:
    """The body a definite noun names again ('the foundation'): the last organisation or government named before
    `start` whose name ends in that word or has it for its head ('the department' after 'the Department for Work and
    Pensions'); for a word for a firm ('the company', `firm_nouns`), the organisation named most; else None. `named`:
    by a name only, not by a mention that is the bare noun itself ('the agency', which the text itself keeps)."""
    text = dl.source.text
    bodies = [m for m in dl.mentions if m.end <= start and m.actor in dl.actors and dl.actors[m.actor].kind in BODIES
              and not (named and re.sub(r"^[Tt]he\s+", "", text[m.start:m.end]).lower() == word)]
    earlier = [m for m in bodies if text[m.start:m.end].split()[-1].lower() == word
               or _head_word(text[m.start:m.end]) == word]
    if earlier:
        return dl.actors[max(earlier, key=lambda m: m.start).actor].name
    if word not in words().firm_nouns:
        return _written_before(text, start, word)
    named = {dl.actors[m.actor].name: m.start for m in sorted(bodies, key=lambda m: m.start)
             if dl.actors[m.actor].kind == "organization" and text[m.start:m.start + 1].isupper()}
    # (the firm a business story is about is the one whose name it writes most, the latest of equals)
    return max(named, key=lambda n: (len(re.findall(rf"\b{re.escape(n)}\b", text[:start])), named[n])) if named else None


def _written_before(text: str, start: int, word: str) -> Optional[str]:
    """The last name written in capitals before `start`, in its paragraph or the one before, that ends in the body's
    word ('West Midlands Police' for 'the police', however the tagger read the name), else None."""
    own = text.rfind("\n\n", 0, start)
    paragraph = max(text.rfind("\n\n", 0, own), 0) if own > 0 else 0
    names = list(re.finditer(rf"\b[A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&-]*))*?\s+{re.escape(word.capitalize())}\b",
                             text[paragraph:start]))
    return names[-1].group() if names else None


def _dated_within(dl: Annotations, noun: Token) -> bool:
    """A date among the words before the noun in its phrase ('its 3 September statement')."""
    return any(noun.left_edge.idx <= t.start and t.end <= noun.idx and t.type in ("DATE", "TIME") for t in dl.timexes)


def _is_date(dl: Annotations, prep: Token) -> bool:
    """A preposition whose object is all a day, month or year ('of 29 October', 'for 2025')."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    start, end = objects[0].left_edge.idx, _end(objects[0].right_edge)
    return any(t.start <= start and end <= t.end and t.type == "DATE" for t in dl.timexes)


def _owned_dated(dl: Annotations, noun: Token) -> bool:
    """A noun owned through a possessive pronoun ('In its opening brief, the state argued'), or by a name with a
    date in its phrase ('the tribunal's order of 9 September'), or one in a phrase on a verb that a day in the phrase
    dates ('said in a filing to the Oslo exchange on Friday'), which makes a word of many senses a document."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    start, end = noun.left_edge.idx, _end(noun.right_edge)
    dated = any(start <= t.start and t.end <= end and t.type in ("DATE", "TIME") for t in dl.timexes)
    return any(o.pos_ == "PRON" for o in owners) or bool(owners) and dated \
        or dated and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.tag_ == "NN"


def _media_mention(dl: Annotations, start: int, end: int):
    """The longest mention of a media outlet within [start, end), or None."""
    media = [m for m in dl.mentions if start <= m.start and m.end <= end and m.actor in dl.actors
             and dl.actors[m.actor].kind == "media"]
    return max(media, key=lambda m: m.end - m.start) if media else None


def _body(dl: Annotations, pronoun: Token) -> Optional[str]:
    """The name of the organisation, government or outlet a possessive pronoun stands for: in a
    phrase set before its clause ('In its report, the agency said') the clause's subject, else the
    pronoun's antecedent."""
    owned = pronoun.head
    verb = owned.head.head if owned.dep_ == "pobj" else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if verb is not None and verb.pos_ in ("VERB", "AUX") and owned.i < verb.i else None
    if subject is not None:
        mention = dl.mention_at(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    else:
        mention = dl.mention_at(pronoun.idx, pronoun.idx + len(pronoun))
    actor = dl.actors.get(mention.actor) if mention is not None else None
    return actor.name if actor is not None and actor.kind in BODIES else None


def _which(name: Token) -> bool:
    """'Ipsos, which conducted the exit poll': a name a 'which' clause describes is no person's,
    whatever the tagger called it."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
               for c in name.children)


def _reports(verb: Token) -> bool:
    """A verb of saying, knowing or showing with a reported clause: 'says C', 'found that C'."""
    return any(c.dep_ == "ccomp" for c in verb.children) and (_says(verb) or _clausal(verb))


def _clausal(verb: Token) -> bool:
    """A verb of knowing or showing (the quotes component's lexicon): 'showed', 'found', 'suggest'."""
    from ..quotes.speech import lexicon
    return verb.lemma_.lower() in lexicon().clausal


def _issuer(dl: Annotations, owner: Token, start: int, end: int) -> Optional[tuple[str, bool]]:
    """(name, True) when what owns an issued document ('the daily updates of OCHA', 'the ministry's
    own assessment') is a body: an organisation or government the actors know, a definite
    institution noun, or a name that ends in a body's word ('the Gotham Civic Institute', whatever the tagger
    called it); None for a state, a person or a bare word ('Israel's review' is a state's act)."""
    mention = dl.mention_at(start, end)
    actor = dl.actors.get(mention.actor) if mention is not None else None
    text = document_text(owner.doc)
    article = len(re.match(r"(?:[Tt]he\s+)?", text[start:end]).group())  # ('the UN' is the UN)
    if actor is not None and actor.kind in BODIES and not re.search(r"[A-Z]", text[start + article:mention.start]) \
            and mention.end - mention.start >= (end - start - article) // 2:
        return _issuing_name(actor, text[mention.start:mention.end]), True  # (not a name the mention covers only
        # the end of: 'the Five Borough Data Project')
    if owner.pos_ == "NOUN" and owner.dep_ == "poss" and owner.lower_ not in words().body_heads \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in owner.children):
        return None  # ("a cousin's voice message": someone unnamed, a private person's words, not a body's)
    named_body = owner.pos_ == "PROPN" and owner.lower_ in words().body_heads  # ('Gotham Civic Institute', tagged a person)
    if owner.pos_ in ("NOUN", "PROPN") and (owner.ent_type_ not in ("PERSON", "NORP", "GPE") or named_body) \
            and _institution(owner):
        text = document_text(owner.doc)[start:end]
        return re.sub(r"(?:'s|’s|')$", "", text), True
    return None


def _habitual(dl: Annotations, verb: Token) -> bool:
    """A present-tense report verb with neither a reported clause nor a date says what an outlet
    does, not what it reported: 'The Review publishes opinion from across the region'."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "ccomp" for c in verb.children) \
        and _dated_end(dl, verb) == verb.idx + len(verb)


def _object(phrase: Span) -> Optional[Token]:
    for token in reversed(phrase):
        for child in token.children:
            if child.dep_ in ("pobj", "dobj") and child.i >= phrase.end:
                return child
    return None


def _institution(noun: Token) -> bool:
    """A named or definite body ('the health ministry', 'Gaza's civil defence', a state's body by its people's name:
    'Dutch police'), not 'experts'."""
    return any(c.dep_ in ("det", "poss", "compound") for c in noun.children) and (
        noun.tag_ != "NNS" or noun.lower_ in words().plural_bodies) \
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) \
        or noun.lower_ in words().body_heads and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


def _head_word(name: str) -> str:
    """The head of a body's name, its last word before a phrase on it ('the relief committee of the X Mosque in Y'
    -> 'committee')."""
    words = re.split(r"\s+(?:of|for|in|at|on)\s+", name, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _sources_of_note(dl: Annotations, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each source a note names: the note's parts set apart by semicolons when each part is dated
    ('[7] X statement, 29 March 2025; Y statement, 1 April 2025' names two documents), else the whole note (one
    document whose title or description has a semicolon of its own)."""
    parts = [(start + m.start() + len(m.group()) - len(m.group().lstrip()), start + m.start() + len(m.group().rstrip(" \t.")))
             for m in re.finditer(r"[^;]+", text[start:end])]
    dated = len(parts) > 1 and all(any(s <= t.start and t.end <= e and t.type == "DATE" for t in dl.timexes)
                                   for s, e in parts)
    return parts if dated else [(start, end)]


def note_citation(text: str, dl: Annotations, number: int) -> Optional[str]:
    """The id of the citation that note `number` names (the first, of a note that names several), or None."""
    span = numbered.notes(text).get(number)
    return next((c.id for c in dl.citations if span is not None and span[0] <= c.start and c.end <= span[1]), None)


def _without(text: str, start: int, end: int, timexes) -> str:
    """Text of [start, end) with the timexes in it blanked out (offsets kept)."""
    chars = list(text[start:end])
    for t in timexes:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    return "".join(chars)


_DATED_TAIL = re.compile(r",\s*(?:[a-z]+ed\s+)?(?:on\s+|in\s+)?$")


def _undated(dl: Annotations, text: str, start: int, end: int) -> str:
    """An item of a source line without the date set after its name ('Eurostat, 3 March 2025', 'Statistics Canada,
    released March 11', 'IMF, accessed on 2 May'): the date is the citation's, not part of the outlet's name."""
    for t in sorted((t for t in dl.timexes if start <= t.start and t.end <= end), key=lambda t: t.start):
        tail = _DATED_TAIL.search(text, start, t.start)
        if tail is not None and not text[t.end:end].strip(_EDGE):
            return text[start:tail.start()]
    return text[start:end]


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    """A bracket that opens its line and is followed by a dash: a dateline ("(Nairobi, 14 May 2024) –"),
    where a source line closes the sentence it is the source of."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and re.match(r"[ \t]*[–—-]", text[end:end + 4]) is not None


def _date_like(text: str) -> bool:
    return bool(re.fullmatch(r"[\d/.\-\s:]+", text))


def _common_noun(words: str) -> bool:
    """Lower-case words are a common noun, never an outlet's name: 'the economist' is a person, not The Economist."""
    return re.fullmatch(r"[a-z][a-z' -]*", words) is not None


def _name_like(text: str) -> bool:
    """Every word capitalised or a web address: a source line, not a remark in brackets."""
    return all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in text.split()) and len(text.split()) <= 5


def _after_dateline(dl: Annotations, token: Token) -> Token:
    """The first word after the story's own dateline when `token` lies in it: in "KYIV, Aug 21 (Wire) - Ukraine
    said", the parser may hang the dateline on the subject, but its outlet is the story's, not a source."""
    dateline = dl.source.dateline
    if dateline is None or not dateline.start <= token.idx < dateline.end:
        return token
    return next((t for t in token.doc[token.i:] if t.idx >= dateline.end and not t.is_punct), token.doc[-1])


def _named_after(dl: Annotations, token: Token) -> Token:
    """The last word of an outlet's name set right after a noun that describes it, which the parser may not join
    to it ("carried by the state news agency SANA"); the noun itself otherwise."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.pos_ != "NOUN":
        return token
    after = doc[token.i + 1]
    mention = next((m for m in dl.mentions if m.start == after.idx and m.actor in dl.actors
                    and dl.actors[m.actor].kind == "media"), None)
    if mention is None:
        return token
    return next(t for t in reversed(doc[after.i:]) if t.idx < mention.end)


def _before_clause(name: Token, clauses: tuple[str, ...] = ("acl", "relcl")) -> Token:
    """The last word of a name before a participle or relative clause on it (`clauses`): "Human Rights Watch
    released on Tuesday" ends at Watch."""
    cut = min((c.left_edge.i for c in name.children if c.i > name.i and c.dep_ in clauses), default=None)
    last = name.right_edge if cut is None else name.doc[cut - 1]
    while last.i > name.i and last.is_punct:
        last = name.doc[last.i - 1]
    return last


def _body_after(noun: Token) -> bool:
    """Who issued a document, named after it, is a body: a name or one definite institution ('figures from the
    Syrian Observatory for Human Rights', 'data from the ministry'), not places or people ('figures from the
    city's hospitals and morgues' name no source)."""
    issuer = _issuer_after(noun)
    return issuer is not None and (issuer.pos_ == "PROPN" or issuer.pos_ == "NOUN" and _institution(issuer))


def _issuer_after(noun: Token) -> Optional[Token]:
    """Who issued a document or data set, named after it: "figures from the health ministry", "a statement by the
    army", "data compiled by ACLED", "figures the county Board of Elections released on Sunday"."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        topic = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" \
            and child.lower_ == "of" else None
        by = next((c for c in topic.children if c.dep_ == "prep" and c.lower_ == "by"), None) if topic is not None else None
        if by is not None:  # 'a survey of 640 importers by the Importers Coalition': the author hung on the topic
            return next((c for c in by.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    clause = _issuing_clause(noun)
    return clause[0] if clause is not None else None


