"""The text's own publisher, and its earlier issues cited in the writer's voice.

A paper, newsletter or bulletin cites what it printed before: "As we reported last week", "As this paper reported
on 14 June", "As Bulletin No. 12 reported on August 17", "As our Briefing No. 1 reported on 10 January", "the Rag's
own online poll last weekend". The source is the publisher, named as the text names it ("The Witton Lane Rag" on
its masthead) where the letters of that name are the first part of the text's web address
(wittonlanerag.example.co.uk). An aside with no date of its own ("As we reported earlier") is the same broadcast,
not an earlier issue, and cites nothing.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlparse

from spacy.tokens import Token

from ..annotations import Annotations
from .dating import _date, _dated_end
from .grammar import _end

_NAME = re.compile(r"(?:\b[Tt]he\s+)?[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*")


def squashed(words: str) -> str:
    """A name as the letters and digits of an address write it ('The Witton Lane Rag' -> 'wittonlanerag')."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", words.lower()))


def source_host(dl: Annotations) -> Optional[str]:
    """The host of the text's address, or None when it has none or the address is malformed ('http://[oops'): the
    address comes from the user's front matter, so a bad one names no publisher and fails nothing."""
    try:
        return urlparse(dl.source.url).hostname if dl.source.url else None
    except ValueError:
        return None


def publisher_name(dl: Annotations) -> Optional[str]:
    """The publisher's name as the text first writes it in full: the longest run of capitalised words whose letters
    open the first label of the text's address ('The Jumpseat' at jumpseat-bulletin.example.org, 'Rea Valley
    Mercury' at reavalleymercury.example.co.uk), with 'The' when the text writes it so; None without an address."""
    host = source_host(dl)
    labels = [label for label in (host or "").split(".") if label not in ("www", "m")]
    label = squashed(labels[0]) if labels else ""
    if len(label) < 5:
        return None
    for run in _NAME.finditer(dl.source.text):
        words = run.group().split()
        article = words[0] if words[0].lower() == "the" else None
        words = words[1:] if article else words
        spans = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                 if len(squashed(" ".join(words[i:j]))) >= 5 and label.startswith(squashed(" ".join(words[i:j])))]
        if spans:
            i, j = max(spans, key=lambda s: (s[1] - s[0], -s[0]))
            name = " ".join(words[i:j])
            return f"The {name}" if i == 0 and article == "The" else name
    return None


def is_own_name(name: str, publisher: Optional[str]) -> bool:
    """The words name the publisher, in full or by the last words of its name ('the Mercury' for the Rea Valley
    Mercury, 'the Rag' for The Witton Lane Rag)."""
    if not publisher:
        return False
    key, own = squashed(name), squashed(publisher)
    return len(key) >= 3 and own.endswith(key) or len(key) >= 5 and own.startswith(key)


def own_voice(words: list[Token], issue_nouns: frozenset[str]) -> bool:
    """The words name the publication in the writer's voice: 'we', 'this paper', 'our Briefing No. 1', or a numbered
    issue named with a capital ('Bulletin No. 12', 'Issue 211')."""
    if [t.lower_ for t in words] == ["we"]:
        return True
    for k, noun in enumerate(words):
        if noun.lemma_.lower() not in issue_nouns and noun.lower_ not in issue_nouns:
            continue
        if k > 0 and words[k - 1].lower_ in ("this", "our"):
            return True
        after = [t for t in words[k + 1:] if t.lower_ not in ("no", "no.", ".")]
        if noun.text[:1].isupper() and len(after) == 1 and after[0].like_num:
            return True
    return False


def earlier_issue(dl: Annotations, verb: Token, publisher: Optional[str],
                  issue_nouns: frozenset[str]) -> list[tuple[int, int, list[str]]]:
    """'As we reported last week, C', 'As we said in Issue 211 on 18 October, C': the writer's dated 'as' aside in
    the publication's own voice cites the publisher's earlier issue, from 'As' to the date. The words between 'as'
    and the verb are read as they stand, for the parser often breaks 'As Bulletin No. 12 reported' at its point."""
    if publisher is None or verb.tag_ not in ("VBD", "VBN"):
        return []
    mark = next((t for t in reversed(verb.doc[max(verb.sent.start, verb.i - 6):verb.i]) if t.lower_ == "as"), None)
    if mark is None or any(t.is_punct and t.text != "." for t in verb.doc[mark.i + 1:verb.i]):
        return []
    if not own_voice(list(verb.doc[mark.i + 1:verb.i]), issue_nouns):
        return []
    before = dl.source.text[verb.sent.start_char:mark.idx]
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2:
        return []  # (someone's 'we' inside a quotation speaks for them, not for the publication)
    end = _dated_end(dl, verb)
    for child in verb.children:  # ('in Issue 211 on 18 October': the issue named after the verb, with its day)
        if child.i > verb.i and child.dep_ == "prep":
            end = max(end, _end(child.right_edge))
    if _date(dl, mark.idx, end) is None:
        return []
    return [(mark.idx, end, [publisher])]


def own_document(dl: Annotations, noun: Token, publisher: Optional[str]) -> list[tuple[int, int, list[str]]]:
    """'the Rag's own online poll last weekend', 'the Lamplighter's own survey': a document the publisher owns,
    named by a possessive that names it (not its own website or page, which is the publication itself and no report:
    the caller passes no media kind)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.text[:1].isupper() and c.i > c.sent.start), None)
    if owner is None:
        return []
    start = owner.left_edge.idx
    if not is_own_name(dl.source.text[start:_end(owner)], publisher):
        return []
    end = max(_end(noun), _dated_end(dl, noun))
    after = [t for t in dl.timexes if t.type in ("DATE", "TIME") and end < t.start <= end + 1]
    return [(start, after[0].end if after else end, [publisher])]  # ('poll last weekend', however it was parsed)


def officers_body(noun: Token, publisher: Optional[str], officers: frozenset[str], body_heads: frozenset[str]) -> Optional[str]:
    """'According to the treasurer's written report' in a body's own minutes: a document its officer owns, named by
    office alone ('the treasurer', not 'the club's treasurer' nor 'the treasurer of the union'), is the publisher's
    when the publisher is a body by its name ('Lorain Harvest Network', not a paper's 'The Pennine Clarion')."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None or publisher is None or owner.lemma_.lower() not in officers or owner.pos_ != "NOUN" \
            or publisher.split()[-1].lower() not in body_heads:
        return None
    if any(c.dep_ in ("poss", "prep", "compound") for c in owner.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return None
    return publisher
