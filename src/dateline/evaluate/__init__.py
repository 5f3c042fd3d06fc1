"""Evaluations: each module scores one component against a gold set (`dateline evaluate KIND`)."""
from __future__ import annotations

import yaml

from ..errors import UserError


def read_gold(path, key: str):
    """A YAML gold file's records under `key` (or the whole file when it is a list); a user error if unreadable."""
    try:
        with open(path, encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise UserError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    if isinstance(gold, dict) and key in gold:
        return gold[key]
    if isinstance(gold, list):
        return gold
    raise UserError(f"{path}: expected a list of {key} or a mapping with a '{key}' list")
