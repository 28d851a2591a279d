"""Gazetteer candidates of a mention: every entry it may name, with how the name matched
(``exact``, ``alias``, ``abbreviation``, ``demonym``, ``transliteration``, ``fuzzy``) and a match
score. Tried in order: demonyms, big-city and state/province abbreviations, the name's key,
the key without a generic head ("Mount"), a county under its bare name, the transliteration
skeleton, and rapidfuzz against country/admin1/curated names as the last resort."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import Dict, List, Optional, Tuple

from rapidfuzz import fuzz, process

from . import gazetteer
from .index import Index, bears_own_name
from .match_kinds import native_latin_countries
from .mention import Mention
from .normalise import normalise_name, skeleton_of_key, strip_generic

__all__ = ["candidates", "EXACT_SOURCES", "FUZZY_CUTOFF"]

#: gazetteer names repeat across candidates and documents: normalise each once
_admin_key = lru_cache(maxsize=65536)(normalise_name)


@lru_cache(maxsize=4)
def _strong_keys(index_id: int, index: Index) -> Tuple[str, ...]:
    """Keys of countries, admin1 units and curated places: the only ones matched fuzzily."""
    keep = []
    for key, ids in index.names.items():
        if len(key) >= 5 and any(index.entries[i][9] in ("curated", "country", "admin1", "continent")
                                 for i in ids):
            keep.append(key)
    return tuple(keep)


#: fuzz.ratio a misspelt name needs against a strong key
FUZZY_CUTOFF = 88


@lru_cache(maxsize=4)
def _strong_key_lengths(index_id: int, index: Index) -> Tuple[int, ...]:
    return tuple(map(len, _strong_keys(index_id, index)))


@lru_cache(maxsize=64)
def _strong_keys_near(index_id: int, index: Index, length: int) -> Tuple[str, ...]:
    """The strong keys a key of ``length`` characters can reach ``FUZZY_CUTOFF`` against, in
    their order: fuzz.ratio is 100·(1 − indel distance / (a + b)) and the distance is at least
    |a − b|, so the ratio is at most 200·min(a, b) / (a + b) (a margin of one point kept)."""
    lengths = _strong_key_lengths(index_id, index)
    # the test depends on a key's length only: decided once per length, the keys picked in C
    near = {n for n in set(lengths)
            if 200 * min(n, length) >= (FUZZY_CUTOFF - 1) * (n + length)}
    return tuple(compress(_strong_keys(index_id, index), map(near.__contains__, lengths)))


@lru_cache(maxsize=4096)
def _strong_keys_near_initial(index_id: int, index: Index, length: int,
                              initial: str) -> Tuple[str, ...]:
    """The keys of :func:`_strong_keys_near` that start with ``initial``: a misspelling keeps
    its first letter far more often than not (Pollock & Zamora, 1984: about 7% of spelling
    errors touch it), and a transliteration variant that changes it (Q/K) is the skeleton
    step's to find."""
    return tuple(k for k in _strong_keys_near(index_id, index, length) if k[0] == initial)


@lru_cache(maxsize=1)
def _region_demonyms() -> Dict[str, Tuple[str, str]]:
    return gazetteer.region_demonyms()


@lru_cache(maxsize=1)
def _city_abbreviations() -> Dict[str, Tuple[str, str, str]]:
    return gazetteer.city_abbreviations()


def _country_ids(index: Index) -> Dict[str, int]:
    cached = getattr(index, "_country_ids", None)
    if cached is None:
        cached = {e[3]: i for i, e in enumerate(index.entries) if e[9] == "country"}
        index._country_ids = cached
    return cached


#: sources all of whose names count as the entry's own
EXACT_SOURCES = ("curated", "country")


def candidates(index: Index, mention: Mention) -> List[Tuple[int, str, float]]:
    """``(entry id, match kind, match score 0..1)`` for every entry the mention may name."""
    key = (mention.key, mention.demonym, mention.text.isupper(),
           (_state_abbreviation(index, mention.text) or mention.text in _city_abbreviations())
           and mention.text)
    return index.memoised("_candidates", key, lambda: _candidates(index, mention))


def _candidates(index: Index, mention: Mention) -> List[Tuple[int, str, float]]:
    if mention.demonym:
        region = _region_demonyms().get(mention.text)
        if region and region[0] == mention.demonym:
            # "Abkhaz": the region of the country the demonym names, not the country's centre
            ids = [i for i in index.lookup(_admin_key(region[1]))
                   if index.entries[i][3] == region[0] and index.entries[i][6] in ("admin1", "region")]
            if ids:
                return [(i, "demonym", 1.0) for i in ids]
        cid = _country_ids(index).get(mention.demonym)
        return [(cid, "demonym", 1.0)] if cid is not None else []
    city = _city_abbreviations().get(mention.text)
    if city:  # "L.A.", "NYC": the city itself (its initials are no gazetteer name)
        ids = [i for i in index.lookup(_admin_key(city[2])) if index.entries[i][3] == city[0]
               and index.entries[i][6] == "city" and _admin_key(index.entries[i][4]) == _admin_key(city[1])]
        if ids:
            return [(i, "abbreviation", 1.0) for i in ids]
    key = mention.key
    if not key:
        return []
    abbreviation = _state_abbreviation(index, mention.text)
    if abbreviation:  # "Ga.", "W.Va.", "B.C.": the US state or Canadian province only
        code = index.abbreviations[abbreviation]
        country = code.split("-")[0] if "-" in code else "US"
        state = normalise_name(index.us_states.get(code, ""))
        ids = [i for i in index.lookup(state) if index.entries[i][3] == country]
        states = [i for i in ids if index.entries[i][6] == "admin1"]
        return [(i, "abbreviation", 1.0) for i in (states or ids)]
    ids = index.lookup(key)
    if not ids and strip_generic(key) != key:  # "Mount Qarachokh" -> "qarachokh"
        key = strip_generic(key)
        ids = index.lookup(key)
    if not ids and _UNIT_SUFFIX.search(key):
        # "Bronx County", "Mayo County": the county (or, in Ireland, the first-level county)
        # that the gazetteer lists under its bare name
        ids = tuple(i for i in index.lookup(_UNIT_SUFFIX.sub("", key))
                    if index.entries[i][6] in ("admin2", "admin1"))
    if ids and mention.text.isupper() and len(key) <= 4:
        # "EU", "UN", "GOP": short capitals name a country or state (US, UK) or nothing
        ids = tuple(i for i in ids if index.entries[i][9] in ("country", "admin1", "curated"))
    if ids:
        # every name of a country row is its own (short, official, English: "Palestine",
        # "Burma"); other places' alternate names include translations and former names
        return [(i, "exact" if index.entries[i][9] in EXACT_SOURCES
                 or bears_own_name(index.entries[i], key) else "alias", 1.0)
                for i in ids]
    sk = skeleton_of_key(key)
    if len(sk) >= 4:
        out = []
        native_latin = native_latin_countries()
        for i in index.lookup_skeleton(sk):
            if index.entries[i][9] != "curated" and index.entries[i][3] in native_latin:
                continue  # "Readington" is no transliteration of Ruddington, England
            ratio = fuzz.ratio(key, index.entries[i][11]) / 100
            if ratio >= (0.5 if index.entries[i][9] == "curated" else 0.75):
                out.append((i, "transliteration", round(0.6 + 0.4 * ratio, 3)))
        if out:
            return out
    if len(key) >= 5:
        hit = process.extractOne(key, _strong_keys_near_initial(id(index), index, len(key),
                                                                key[0]),
                                 scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit:
            return [(i, "fuzzy", round(hit[1] / 100, 3)) for i in index.lookup(hit[0])]
    return []


#: the generic word of a county-level unit written after its name
_UNIT_SUFFIX = re.compile(r"(?<=\w) (?:county|parish|borough)$")


def _state_abbreviation(index: Index, text: str) -> Optional[str]:
    """The state/province abbreviation ``text`` is, if any. Its final period may be missing:
    at the end of a sentence it doubles as the full stop, and some outlets drop it ("N.Y,",
    "D-Calif"); a bare two-letter word ("Pa", "Ga") is too common for that."""
    if text in index.abbreviations:
        return text
    dotted = text + "."
    if dotted in index.abbreviations and ("." in text or len(text) >= 4):
        return dotted
    return None
