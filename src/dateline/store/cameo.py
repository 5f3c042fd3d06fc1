"""CAMEO root codes for PLOVER events, read from the events component's PLOVER table
(events/data/plover.yaml, itself from PLOVER's CAMEO crosswalk), so there is one copy.

A mode with its own CAMEO code gives that code's root; otherwise the type's root is the
one most of its modes' codes fall under (ASSAULT → 18, ACCUSE → 11), else its first code.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .. import datafiles

PLOVER = Path(__file__).resolve().parents[1] / "events" / "data" / "plover.yaml"


@lru_cache(maxsize=1)
def roots() -> dict[str, tuple[Optional[str], dict[str, str]]]:
    """PLOVER type -> (root for the type, {mode: root})."""
    with open(PLOVER, encoding="utf-8") as handle:
        types = datafiles.load(handle)["types"]
    out = {}
    for name, entry in types.items():
        modes = {mode: str(code)[:2] for mode, code in (entry.get("cameo_modes") or {}).items()}
        common = Counter(modes.values()).most_common()
        codes = [str(c) for c in entry.get("cameo") or []]
        default = common[0][0] if common and (len(common) == 1 or common[0][1] > common[1][1]) else (
            codes[0][:2] if codes else None)
        out[name] = (default, modes)
    return out


def cameo_root(plover_type: str, mode: Optional[str] = None) -> Optional[str]:
    """The CAMEO root code ("18") of a PLOVER type and mode, or None for an unknown type."""
    default, modes = roots().get(plover_type, (None, {}))
    return modes.get(mode) or default
