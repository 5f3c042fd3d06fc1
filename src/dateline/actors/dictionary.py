"""The actor dictionary: states, governments, militaries, people, groups, bodies and media.

Knowledge lives in `data/*.yaml`; this module only reads it and derives what grammar
gives for free: every pycountry state becomes an actor, a state with demonyms gets a
government and a military ("Israeli government", "Israeli forces"), a capital names the
government ("Washington announced"), a person's surname names the person. A user file
adds entries or overrides them by id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pycountry
import yaml

from .. import datafiles
from ..alternation import alternation
from ..errors import UserError
from ..model import Actor

DATA = Path(__file__).parent / "data"
KINDS = ("state", "government", "military", "armed_group", "organization", "person", "media", "other")
DATA_FILES = ("people.yaml", "groups.yaml", "organizations.yaml", "media.yaml")
DEFAULT_KIND = {"people.yaml": "person", "media.yaml": "media", "organizations.yaml": "organization",
                "groups.yaml": "armed_group"}
CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*")
OFFICE_DATE = re.compile(r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?)?")
FIELDS = {"id", "name", "code", "sector", "kind", "country", "aliases", "offices", "part_of",
          "member", "surname", "metonyms"}


@dataclass(frozen=True)
class Office:
    title: str          # canonical key of offices.yaml
    of: str             # actor id: a state (ISR), its government (ISRGOV) or a body (hamas)
    start: str = ""     # YYYY or YYYY-MM-DD; empty = unknown
    end: str = ""       # empty = still in office

    def held_on(self, date: Optional[str]) -> bool:
        if not date:
            return not self.end
        return (not self.start or self.start <= date[:len(self.start)]) and \
            (not self.end or date[:len(self.end)] < self.end or
             (len(self.end) == 4 and date[:4] == self.end))


@dataclass
class Entry:
    id: str
    name: str
    kind: str = "other"
    code: Optional[str] = None
    sector: Optional[str] = None
    country: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    """Names of a place that stand for the actor ("Washington"): not when the text means the place."""
    offices: list[Office] = field(default_factory=list)
    part_of: Optional[str] = None
    member: Optional[str] = None
    surname: Optional[str] = None

    def actor(self) -> Actor:
        names = [a for a in dict.fromkeys(self.aliases + self.metonyms) if a != self.name]
        return Actor(id=self.id, name=self.name, code=self.code, kind=self.kind,
                     country=self.country, aliases=names)

    def names(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases


_QUOTES = re.compile(r"[’‘`ʿʾ]")
_SPACES = re.compile(r"[\s\-‐–]+")


def fold(text: str) -> str:
    """A lookup key: no accents, no apostrophes or leading article, lower case, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = _QUOTES.sub("'", "".join(c for c in text if not unicodedata.combining(c)))
    text = _SPACES.sub(" ", text.casefold()).strip(" .,;:")
    return text[4:] if text.startswith("the ") else text


def _date(value) -> str:
    return "" if value is None else str(value)


def _data(name: str):
    return datafiles.read(DATA / name)


def _yaml(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return datafiles.load(handle)
    except FileNotFoundError:
        raise UserError(f"{path}: no such actors file") from None
    except OSError as error:
        raise UserError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{path}: not valid UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start})") from None
    except ValueError as error:  # a date YAML reads that cannot be ("2025-02-30")
        raise UserError(f"{path}: not valid YAML: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise UserError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', None) or error}") from None


class Readings:
    """Names that stand for more than one actor (data/ambiguous.yaml) and the cues that choose one:
    a bare "Congo" beside Goma and Kinshasa is the DR Congo, beside Brazzaville its neighbour."""

    def __init__(self, data: dict):
        self.ids: dict[str, list[str]] = {}
        self.cues: dict[str, dict[str, str]] = {}
        self.patterns: dict[str, re.Pattern] = {}
        for name, readings in (data or {}).items():
            key = fold(str(name))
            self.ids[key] = [str(actor) for actor in readings]
            cues = {fold(str(cue)): str(actor) for actor, names in readings.items() for cue in names or ()}
            self.cues[key] = cues
            self.patterns[key] = re.compile(rf"(?<!\w)(?:{alternation(cues)})(?!\w)")

    def __contains__(self, key: str) -> bool:
        return key in self.ids

    def choose(self, key: str, folded_text: str) -> str:
        """The reading of `key` whose cues the (folded) text names most often; the first on a tie."""
        counts = Counter(self.cues[key][m.group()] for m in self.patterns[key].finditer(folded_text))
        return max(self.ids[key], key=lambda actor: counts[actor])  # max keeps the first of equals


class Dictionary:
    """Every actor dateline knows, indexed by the folded form of each of its names."""

    def __init__(self, entries: Iterable[Entry], offices: dict[str, list[str]], readings: Optional[Readings] = None):
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        self.titles = offices
        """Canonical office title -> the phrases that name it."""
        self.readings = readings or Readings({})
        self.index: dict[str, list[str]] = {}
        self.surnames: dict[str, list[str]] = {}
        self.metonyms: set[str] = set()
        for entry in self.entries.values():
            for name in entry.names():
                self._add(self.index, fold(name), entry.id)
            for name in entry.metonyms:
                self._add(self.index, fold(name), entry.id)
                self.metonyms.add(fold(name))
            if entry.kind == "person" and entry.surname:
                self._add(self.surnames, fold(entry.surname), entry.id)
        for key, ids in self.readings.ids.items():  # the usual reading first: what a bare name means
            if key in self.index:
                self.index[key].sort(key=lambda i: ids.index(i) if i in ids else len(ids))

    @staticmethod
    def _add(index: dict[str, list[str]], key: str, entry_id: str) -> None:
        ids = index.setdefault(key, [])
        if entry_id not in ids:
            ids.append(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def get(self, entry_id: Optional[str]) -> Optional[Entry]:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, text: str) -> Optional[Entry]:
        """The entry a name or surname stands for ("the Zionist entity" -> Israel), or None."""
        key = fold(text)
        ids = self.index.get(key) or self.surnames.get(key)
        return self.entries[ids[0]] if ids else None

    def outlet(self, text: str) -> Optional[str]:
        """The canonical name of a media outlet ("AFP" -> "Agence France-Presse"), or None."""
        for entry_id in self.index.get(fold(text), ()):
            if self.entries[entry_id].kind == "media":
                return self.entries[entry_id].name
        return None

    def government(self, entry: Entry) -> Entry:
        """A state's government (ISR -> ISRGOV); any other actor stands for itself."""
        if entry.kind == "state":
            return self.entries.get(f"{entry.id}GOV", entry)
        return entry

    def military(self, entry: Entry) -> Entry:
        """The military of a state or of its government; any other actor stands for itself."""
        if entry.kind in ("state", "government") and entry.country:
            return self.entries.get(f"{entry.country}MIL", entry)
        return entry

    def holder(self, title: str, of: Entry, date: Optional[str]) -> Optional[Entry]:
        """The person who held office `title` of `of` (a state, its government or a body) on `date`."""
        owners = {of.id}
        if of.kind in ("state", "government", "military") and of.country:
            owners |= {of.country, f"{of.country}GOV", f"{of.country}MIL"}
        for entry in self._holders.get(title, ()):
            for office in entry.offices:
                if office.title == title and office.of in owners and office.held_on(date):
                    return entry
        return None

    @property
    def _holders(self) -> dict[str, list[Entry]]:
        if not hasattr(self, "_holders_cache"):
            cache: dict[str, list[Entry]] = {}
            for entry in self.entries.values():
                for title in {office.title for office in entry.offices}:
                    cache.setdefault(title, []).append(entry)
            self._holders_cache = cache
        return self._holders_cache

    def size(self) -> tuple[int, int]:
        """(entries, distinct folded names)."""
        return len(self.entries), len(self.index) + len(self.surnames)


def _states(data: dict) -> Iterator[Entry]:
    """A state per pycountry country (plus the extra ones data names), with government and military."""
    known = {c.alpha_3: c for c in pycountry.countries}
    bodies = _data("state_bodies.yaml")
    for code in list(known) + [c for c in data if c not in known]:
        country = known.get(code)
        extra = data.get(code) or {}
        official = [getattr(country, "official_name", None), getattr(country, "common_name", None),
                    getattr(country, "name", None)] if country else []
        names = [n for n in official if n and "," not in n and "(" not in n]
        name = extra.get("name") or (names[-1] if names else code)
        aliases = [n for n in dict.fromkeys(names + extra.get("names", []) + extra.get("demonyms", [])
                                             + extra.get("pejorative", [])) if n != name]
        yield Entry(id=code, name=name, kind="state", code=code, country=code, aliases=aliases)
        demonyms = extra.get("demonyms") or []
        if not demonyms:
            continue
        base = list(dict.fromkeys(demonyms + [name]))
        for kind, body in bodies.items():
            yield Entry(
                id=f"{code}{body['sector']}", name=f"{demonyms[0]} {kind}", kind=kind, code=f"{code}{body['sector']}",
                sector=body["sector"], country=code,
                aliases=[f"{d} {noun}" for d in base for noun in body["nouns"]]
                + [phrase.format(name=name) for phrase in body["possessive"]]
                + extra.get(kind, []) + extra.get(f"pejorative_{kind}", []),
                metonyms=[m for key in body["metonyms"] for m in extra.get(key, [])],
            )


def _entry(raw, where: str, kind: str, base: Optional[Entry] = None) -> Entry:
    """An entry from a YAML mapping, over `base` when it overrides a known one."""
    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected a mapping with at least `id` and `name`")
    unknown = set(raw) - FIELDS
    if unknown:
        raise UserError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    if not raw.get("id"):
        raise UserError(f"{where}: missing `id`")
    if base is None and not raw.get("name"):
        raise UserError(f"{where}: missing `name` for new actor {raw['id']!r}")
    for key in ("aliases", "metonyms", "offices"):
        if key in raw and not isinstance(raw[key], list):
            raise UserError(f"{where}: `{key}` must be a list")
    for key in FIELDS - {"aliases", "metonyms", "offices"}:
        if raw.get(key) is not None and not isinstance(raw[key], (str, int)):
            raise UserError(f"{where}: `{key}` must be text, not {type(raw[key]).__name__}")
    for key in ("aliases", "metonyms"):
        if not all(isinstance(name, (str, int)) for name in raw.get(key) or ()):
            raise UserError(f"{where}: `{key}` must be a list of names")
    if raw.get("name") is not None and not str(raw["name"]).strip():
        raise UserError(f"{where}: `name` is blank")
    if raw.get("code") is not None and not CODE.fullmatch(str(raw["code"])):
        raise UserError(f"{where}: code {raw['code']!r} is not a CAMEO actor code (capitals and digits, e.g. ISRGOV)")
    entry_kind = raw.get("kind") or (base.kind if base else kind)
    if entry_kind not in KINDS:
        raise UserError(f"{where}: kind {entry_kind!r} is not one of {', '.join(KINDS)}")
    country = raw.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise UserError(f"{where}: country {country!r} is not an ISO 3166 alpha-3 code (e.g. ISR)")
    offices = []
    for office in raw.get("offices") or []:
        if not isinstance(office, list) or len(office) not in (2, 3, 4):
            raise UserError(f"{where}: an office is [title, of, from, to], not {office!r}")
        title, of, start, end = (list(office) + [None, None])[:4]
        if not all(OFFICE_DATE.fullmatch(_date(day)) for day in (start, end)):
            raise UserError(f"{where}: an office's dates are YYYY or YYYY-MM-DD, not {start!r} and {end!r}")
        offices.append(Office(str(title), str(of), _date(start), _date(end)))
    entry = replace(base) if base else Entry(id=str(raw["id"]), name=str(raw["name"]))
    entry.kind = entry_kind
    for key in ("name", "code", "sector", "country", "part_of", "member"):
        if raw.get(key) is not None:
            setattr(entry, key, str(raw[key]))
    entry.aliases = list(dict.fromkeys((base.aliases if base else []) + [str(a) for a in raw.get("aliases") or []]))
    entry.metonyms = list(dict.fromkeys((base.metonyms if base else []) + [str(a) for a in raw.get("metonyms") or []]))
    if offices:
        entry.offices = offices
    if entry.kind == "person":
        surname = raw.get("surname", base.surname if base else None)
        if surname is None:
            surname = entry.name.split()[-1]
        entry.surname = str(surname) if surname else None
    return entry


def _entries(raws, where: str, kind: str, known: dict[str, Entry]) -> Iterator[Entry]:
    if not isinstance(raws, list):
        raise UserError(f"{where}: expected a list of actor entries")
    for i, raw in enumerate(raws, 1):
        label = f"{where}: entry {i}" + (f" ({raw['id']})" if isinstance(raw, dict) and raw.get("id") else "")
        base = known.get(str(raw.get("id"))) if isinstance(raw, dict) else None
        yield _entry(raw, label, kind, base)


def _resolve_codes(entries: dict[str, Entry]) -> None:
    """People carry the code of what they serve: their body's, else country + sector (USAGOV);
    media are country + MED."""
    for entry in entries.values():
        if entry.code or entry.kind not in ("person", "media"):
            continue
        if entry.kind == "media":
            entry.code = f"{entry.country or ''}MED"
            continue
        body = entries.get(entry.member) if entry.member else None
        if body is not None:
            entry.code = body.code
        elif entry.country:
            entry.code = f"{entry.country}{entry.sector or 'GOV'}"


@lru_cache(maxsize=8)
def _load(user_file: Optional[str], stamp: float) -> Dictionary:
    entries: dict[str, Entry] = {}
    for entry in _states(_data("states.yaml")):
        entries[entry.id] = entry
    for name in DATA_FILES:
        raws = _data(name)
        for entry in _entries(raws, name, DEFAULT_KIND[name], {}):
            entries[entry.id] = entry
    if user_file:
        raws = _yaml(Path(user_file))
        if isinstance(raws, dict) and "actors" in raws:
            raws = raws["actors"]
        for entry in _entries(raws, user_file, "other", entries):
            entries[entry.id] = entry
    _resolve_codes(entries)
    offices = _data("offices.yaml")
    return Dictionary(entries.values(), offices, Readings(_data("ambiguous.yaml")))


def load(user_file: Optional[str] = None) -> Dictionary:
    """The dictionary (shipped data plus `user_file`), loaded once per process and file version."""
    stamp = 0.0
    if user_file:
        try:
            stamp = Path(user_file).stat().st_mtime
        except OSError:
            raise UserError(f"{user_file}: no such actors file") from None
    return _load(str(user_file) if user_file else None, stamp)


@lru_cache(maxsize=1)
def references() -> dict:
    """Pronouns, definite descriptions and locative prepositions (data/references.yaml)."""
    return _data("references.yaml")


@lru_cache(maxsize=1)
def office_words() -> frozenset:
    """The one-word titles of offices.yaml ("chancellor", "premier", "emir"), lower-cased: a noun that names a post."""
    return frozenset(form.lower() for forms in _data("offices.yaml").values() for form in forms
                     if " " not in form and form.isalpha() and not form.isupper())
