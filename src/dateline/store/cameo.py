"""CAMEO root codes for PLOVER events, through PLOVER's own crosswalk (data/cameo.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import yaml

from . import DATA


@lru_cache(maxsize=1)
def table() -> dict:
    with open(DATA / "cameo.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def cameo_root(plover_type: str, mode: Optional[str] = None) -> Optional[str]:
    """The CAMEO root code ("18") of a PLOVER type and mode, or None for an unknown type."""
    data = table()
    return data["modes"].get(plover_type, {}).get(mode) or data["types"].get(plover_type)


def cameo_name(root: Optional[str]) -> Optional[str]:
    return table()["names"].get(root) if root else None
