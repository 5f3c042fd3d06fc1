"""Evaluations: each module scores one component against a gold set (`dateline evaluate KIND`)."""
from __future__ import annotations

import yaml

from ..errors import UserError


def read_gold(path, key: str, fields: tuple[str, ...] = ()):
    """A YAML gold file's records under `key` (or the whole file when it is a list), each a mapping that holds
    `fields`; a user error naming the file (and record) if unreadable or of another shape."""
    try:
        with open(path, encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{path}: not valid UTF-8 (byte at offset {error.start})") from None
    except yaml.YAMLError as error:
        raise UserError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    except ValueError as error:  # a date YAML reads that cannot be ("2025-02-30")
        raise UserError(f"{path}: not valid YAML ({error})") from None
    records = gold.get(key) if isinstance(gold, dict) else gold
    if not isinstance(records, list):
        raise UserError(f"{path}: expected a list of {key} or a mapping with a '{key}' list")
    for number, record in enumerate(records, 1):
        missing = [field for field in fields if field not in record] if isinstance(record, dict) else fields
        if not isinstance(record, dict) or missing:
            raise UserError(f"{path}: {key} record {number} is not a mapping with {', '.join(fields)}"
                            + (f" (no {', '.join(missing)})" if isinstance(record, dict) else ""))
    return records
