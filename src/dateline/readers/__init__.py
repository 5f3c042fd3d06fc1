"""Readers: turn files, directories, standard input and JSONL records into `Source`s.

Readers know file formats and nothing of NLP. Each input yields either a `Source`
or a `ReadError` naming the file (and line) and what is wrong with it, so one bad
file never stops a batch.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..annotations import Source
from . import html, jsonl, markdown, text, timeml
from .decode import DEFAULT_MAX_BYTES, ReadError, decode
from .newsdateline import resolve_published

FORMATS = {
    ".txt": text, ".text": text,
    ".md": markdown, ".markdown": markdown,
    ".html": html, ".htm": html, ".xhtml": html,
    ".jsonl": jsonl, ".ndjson": jsonl,
    ".tml": timeml,
}

Item = Union[Source, ReadError]


@dataclass
class ReadOptions:
    published: Optional[str] = None
    max_bytes: int = DEFAULT_MAX_BYTES


def sniff(name: str, data: bytes):
    """The reader module for a file: by extension, else by what its content looks like."""
    module = FORMATS.get(os.path.splitext(name)[1].lower())
    if module is not None:
        return module
    head = data[:2048].lstrip().lower()
    if head.startswith(b"---"):
        return markdown
    if b"<timeml" in head:
        return timeml
    if head.startswith(b"<!doctype html") or b"<html" in head or head.startswith(b"<body"):
        return html
    if head.startswith(b"{") and b'"text"' in data[:65536]:
        return jsonl
    return text


def walk(paths: Iterable[str]) -> Iterator[Union[str, ReadError]]:
    """File paths in the order given, directories walked recursively in name order."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = False
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=unreadable.append):
                yield from (ReadError(e.filename, f"cannot read directory: {e.strerror}") for e in unreadable)
                unreadable.clear()
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        found = True
                        yield os.path.join(root, name)
            yield from (ReadError(e.filename, f"cannot read directory: {e.strerror}") for e in unreadable)
            if not found and not unreadable:
                yield ReadError(path, "directory holds no files")
        elif os.path.exists(path):
            yield path
        elif os.path.islink(path):
            yield ReadError(path, "symbolic link to nothing (or a loop of links)")
        else:
            yield ReadError(path, "no such file or directory")


def read_bytes(label: str, data: bytes, options: ReadOptions, path: Optional[str] = None) -> Iterator[Item]:
    """Sources from one file's bytes."""
    if len(data) > options.max_bytes:
        yield ReadError(label, f"file is {len(data):,} bytes, over the limit of {options.max_bytes:,} "
                               "(raise it with --max-bytes)")
        return
    module = sniff(label, data)
    try:
        content = decode(label, data)
    except ReadError as error:
        yield error
        return
    for item in module.read(label, content, path):
        yield item if isinstance(item, ReadError) else resolve_published(item, options.published)


def read_paths(paths: Iterable[str], options: Optional[ReadOptions] = None) -> Iterator[Item]:
    """Sources from files, directories and `-` (standard input), in input order. A pipe or device is read
    when named, as `<(command)` gives one; one found in a directory is reported, as reading it could wait forever."""
    options = options or ReadOptions()
    paths = list(paths)
    for path in walk(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        if path == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            yield from read_bytes("<stdin>", data, options)
            continue
        try:
            info = os.stat(path)
            if info.st_size > options.max_bytes:
                yield ReadError(path, f"file is {info.st_size:,} bytes, over the limit of {options.max_bytes:,} "
                                      "(raise it with --max-bytes)")
                continue
            if not stat.S_ISREG(info.st_mode) and path not in paths:
                yield ReadError(path, "not a regular file (a pipe, socket or device): name it to read it")
                continue
            with open(path, "rb") as handle:  # bounded: a pipe or device has no size to check first
                data = handle.read(options.max_bytes + 1)
        except OSError as error:
            yield ReadError(path, error.strerror or str(error))
            continue
        yield from read_bytes(path, data, options, path=path)


__all__ = ["ReadError", "ReadOptions", "read_paths", "read_bytes", "Source", "DEFAULT_MAX_BYTES"]
