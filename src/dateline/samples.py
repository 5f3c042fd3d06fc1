"""Where the sample documents that ship with the project live."""

from __future__ import annotations

from pathlib import Path


def samples_dir() -> str:
    """The `samples/` folder of the source tree dateline runs from."""
    return str(Path(__file__).resolve().parents[2] / "samples")
