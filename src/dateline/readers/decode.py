"""Bytes to text: the checks every file passes before its format is read."""

from __future__ import annotations

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class ReadError(Exception):
    """An input that cannot be read, with the file (and line) it concerns."""

    def __init__(self, label: str, reason: str):
        super().__init__(f"{label}: {reason}")
        self.label = label
        self.reason = reason


def decode(label: str, data: bytes) -> str:
    """UTF-8 text with line endings normalised to `\\n`; ReadError for binary, undecodable or empty input."""
    if b"\x00" in data[:8192]:
        raise ReadError(label, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(label, f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:8192]) // 20):
        raise ReadError(label, "binary file (mostly control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(label, "empty file: no text to read")
    return text
