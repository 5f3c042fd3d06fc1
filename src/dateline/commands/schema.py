"""`dateline schema`: the dateline/1 JSON Schema generated from the models."""

from __future__ import annotations

import json


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    from ..model import json_schema

    print(json.dumps(json_schema(), indent=1))
    return 0
