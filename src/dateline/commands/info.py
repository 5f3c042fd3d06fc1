"""`dateline info`: versions of dateline, spaCy and the model."""

from __future__ import annotations

import platform


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    import spacy

    from .. import __version__
    from ..pipeline import BASE_COMPONENTS, COMPONENT_NAMES, MODEL

    nlp = spacy.load(MODEL)
    print(f"dateline {__version__}")
    print(f"spaCy    {spacy.__version__}")
    print(f"model    {MODEL} {nlp.meta.get('version')} ({nlp.meta.get('lang')}_{nlp.meta.get('name')})")
    print(f"python   {platform.python_version()}")
    base = list(nlp.pipe_names)
    for name, _, before in BASE_COMPONENTS:
        base.insert(base.index(before) if before else len(base), name)
    print(f"pipeline {' > '.join(base + list(COMPONENT_NAMES))}")
    return 0
