"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return dateline.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the full pipeline on a text: `extract(text, published="2024-08-21")`."""
    return nlp
