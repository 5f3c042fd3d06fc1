"""Turns an annotated spaCy Doc into a dateline/1 `Document`: the only place that
assembles the output format."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .annotations import SpanIndex, annotations, document_text
from .model import Document, DocumentMeta, Entity, Sentence


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_document(doc: Doc) -> Document:
    dl = annotations(doc)
    src = dl.source
    text = document_text(doc)  # spaCy rebuilds `doc.text` from every token on each access
    meta = DocumentMeta(
        id=src.id or document_id(text),
        path=src.path,
        url=src.url,
        title=src.title,
        published=src.published,
        published_from=src.published_from if src.published else None,
        dateline=src.dateline,
    )
    sentences = [
        Sentence(start=s.start_char, end=s.end_char, role=dl.roles.get(s.start_char, "other"))
        for s in doc.sents
    ] if doc.has_annotation("SENT_START") else []
    entities = []
    mention_at, location_at = SpanIndex(dl.mentions).longest_within, SpanIndex(dl.locations).longest_within
    for i, ent in enumerate(doc.ents, 1):
        mention = mention_at(ent.start_char, ent.end_char)
        location = location_at(ent.start_char, ent.end_char)
        entities.append(Entity(
            id=f"ent{i}", text=ent.text, start=ent.start_char, end=ent.end_char, label=ent.label_,
            actor=mention.actor if mention else None,
            place=location.place if location else None,
        ))
    return Document(
        document=meta,
        text=text,
        sentences=sentences,
        entities=entities,
        actors=list(dl.actors.values()),
        places=list(dl.places.values()),
        timexes=dl.timexes,
        events=dl.events,
        quotes=dl.quotes,
        quantities=dl.quantities,
        citations=dl.citations,
        scripture=dl.scripture,
    )

