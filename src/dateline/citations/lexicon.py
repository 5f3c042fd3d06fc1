"""The citations lexicon: the words of citations.yaml, read once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import datafiles
from ..alternation import alternation


@dataclass(frozen=True)
class Words:
    report_verbs: frozenset[str]
    report_nouns: frozenset[str]
    issued_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    document_nouns: frozenset[str]
    court_nouns: frozenset[str]
    lodged_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    publish_verbs: frozenset[str]
    printed_verbs: frozenset[str]
    source_nouns: frozenset[str]
    people_nouns: frozenset[str]
    reckoning_nouns: frozenset[str]
    document_verbs: dict[str, "str | list[str]"]
    body_heads: frozenset[str]
    department_heads: frozenset[str]
    source_labels: str
    bare_source_labels: str
    source_line_labels: str
    credit_line_labels: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    outlet_prepositions: frozenset[str]
    plural_bodies: frozenset[str]
    media_words: frozenset[str]
    shared_media_words: frozenset[str]
    media_heads: frozenset[str]
    outlet_nouns: frozenset[str]
    journalist_nouns: frozenset[str]
    told_verbs: frozenset[str]
    issue_verbs: frozenset[str]
    adopt_verbs: frozenset[str]
    spoke_verbs: frozenset[str]
    outlet_verbs: frozenset[str]
    printing_verbs: frozenset[str]
    officer_nouns: frozenset[str]
    printed_objects: frozenset[str]
    reckoning_verbs: frozenset[str]
    firm_nouns: frozenset[str]
    client_nouns: frozenset[str]
    addressee_prepositions: frozenset[str]
    media_kinds: frozenset[str]
    own_issue_nouns: frozenset[str]
    name_particles: frozenset[str]
    dated_documents: frozenset[str]
    domain: re.Pattern
    issued_documents: frozenset[str]
    """Every noun for a paper a body issues (source, document and issued nouns), united once at load."""
    owned_documents: frozenset[str]
    """The issued documents and the report nouns: what a possessive owner can hold."""


@lru_cache(maxsize=1)
def words() -> Words:
    raw = datafiles.read(resources.files("dateline.citations") / "data" / "citations.yaml")
    tlds = alternation(raw["domains"])
    issued = frozenset(raw["source_nouns"]) | frozenset(raw["document_nouns"]) | frozenset(raw["issued_nouns"])
    return Words(
        report_verbs=frozenset(raw["report_verbs"]),
        report_nouns=frozenset(raw["report_nouns"]),
        issued_nouns=frozenset(raw["issued_nouns"]),
        statement_nouns=frozenset(raw["statement_nouns"]),
        document_nouns=frozenset(raw["document_nouns"]),
        court_nouns=frozenset(raw["court_nouns"]),
        lodged_nouns=frozenset(raw["lodged_nouns"]),
        finding_verbs=frozenset(raw["finding_verbs"]),
        publish_verbs=frozenset(raw["publish_verbs"]),
        printed_verbs=frozenset(raw["printed_verbs"]),
        source_nouns=frozenset(raw["source_nouns"]),
        people_nouns=frozenset(raw["people_nouns"]),
        reckoning_nouns=frozenset(raw["reckoning_nouns"]),
        document_verbs=dict(raw["document_verbs"]),
        body_heads=frozenset(raw["body_heads"]),
        department_heads=frozenset(raw["department_heads"]),
        source_labels="|".join(map(re.escape, raw["source_labels"])),
        bare_source_labels="|".join(map(re.escape, raw["bare_source_labels"])),
        source_line_labels="|".join(map(re.escape, raw["source_line_labels"])),
        credit_line_labels=frozenset(raw["credit_line_labels"]),
        prepositions=tuple(tuple(p.split()) for p in raw["source_prepositions"]),
        outlet_prepositions=frozenset(raw["outlet_prepositions"]),
        plural_bodies=frozenset(raw["plural_bodies"]),
        media_words=frozenset(raw["media_words"]),
        shared_media_words=frozenset(raw["shared_media_words"]),
        media_heads=frozenset(raw["media_heads"]),
        outlet_nouns=frozenset(raw["outlet_nouns"]),
        journalist_nouns=frozenset(raw["journalist_nouns"]),
        told_verbs=frozenset(raw["told_verbs"]),
        issue_verbs=frozenset(raw["issue_verbs"]),
        adopt_verbs=frozenset(raw["adopt_verbs"]),
        spoke_verbs=frozenset(raw["spoke_verbs"]),
        outlet_verbs=frozenset(raw["outlet_verbs"]),
        printing_verbs=frozenset(raw["printing_verbs"]),
        officer_nouns=frozenset(raw["officer_nouns"]),
        printed_objects=frozenset(raw["printed_objects"]) | frozenset(raw["report_nouns"]),
        reckoning_verbs=frozenset(raw["reckoning_verbs"]),
        firm_nouns=frozenset(raw["firm_nouns"]),
        client_nouns=frozenset(raw["client_nouns"]),
        addressee_prepositions=frozenset(raw["addressee_prepositions"]),
        media_kinds=frozenset(raw["media_kinds"]),
        own_issue_nouns=frozenset(raw["own_issue_nouns"]),
        name_particles=frozenset(raw["name_particles"]),
        dated_documents=issued | frozenset(raw["statement_nouns"]) | frozenset(raw["speech_nouns"]),
        domain=re.compile(rf"\b[\w-]+(?:\.[\w-]+)*\.(?:{tlds})\b", re.IGNORECASE),
        issued_documents=issued,
        owned_documents=issued | frozenset(raw["report_nouns"]),
    )
