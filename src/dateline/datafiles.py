"""Reading dateline's own YAML data files, all through one loader so a word list means its words.

YAML 1.1, which PyYAML follows, reads `on`, `off`, `yes` and `no` as booleans: a list of prepositions
`[in, on, off]` became `["in", True, False]`. The loader here keeps YAML 1.2's booleans (`true` and `false`
only) and is otherwise PyYAML's safe loader.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class Loader(_BASE):
    """The safe loader with YAML 1.2 booleans."""


Loader.yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
                                  for first, resolvers in _BASE.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(text):
    """The data of a YAML text."""
    return yaml.load(text, Loader=Loader)


def read(path) -> object:
    """The data of a YAML file."""
    return load(Path(path).read_text(encoding="utf-8"))
