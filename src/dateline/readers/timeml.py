"""TimeML `.tml`: the TEXT element is the document, the DCT its published date.

`parse` also returns the gold TIMEX3 annotations with offsets into that text, for
the evaluation of the temporal engine.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..annotations import Source
from .decode import ReadError


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    tid: str


def _walk(element, parts: list[str], gold: list[GoldTimex], offset: list[int]) -> None:
    def add(text):
        if text:
            parts.append(text)
            offset[0] += len(text)
    add(element.text)
    for child in element:
        start = offset[0]
        _walk(child, parts, gold, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset[0]]
            gold.append(GoldTimex(start, offset[0], text, child.get("type", ""), child.get("value", ""),
                                  child.get("mod"), child.get("tid", "")))
        add(child.tail)


def parse(label: str, content: str) -> tuple[str, str | None, list[GoldTimex]]:
    """The text, the DCT (YYYY-MM-DD or None) and the gold timexes of a TimeML file."""
    try:
        root = ET.fromstring(content.encode("utf-8"))
    except ET.ParseError as error:
        raise ReadError(label, f"malformed TimeML: {error}") from None
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise ReadError(label, "TimeML file has no TEXT element")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    try:
        _walk(text_el, parts, gold, [0])
    except RecursionError:
        raise ReadError(label, "malformed TimeML: elements nested too deeply") from None
    dct = None
    dct_timex = root.find(".//DCT/TIMEX3")
    if dct_timex is not None:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", dct_timex.get("value", ""))
        dct = match.group(1) if match else None
    return "".join(parts), dct, gold


def read(label, content, path=None):
    try:
        text, dct, _ = parse(label, content)
    except ReadError as error:
        yield error
        return
    if not text.strip():
        yield ReadError(label, "TimeML TEXT element is empty")
        return
    yield Source(text=text, path=path, label=label, published=dct,
                 published_from="metadata" if dct else None)
