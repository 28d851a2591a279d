"""Whether a mention names a water body (sea, gulf, strait, lake) or a land unit of that name.

"The Red Sea" is the sea; "Red Sea State", "the Red Sea governorate" and "the Red Sea coast"
are land (Sudan's and Egypt's first-level units share the name). A water reading of the
curated table wins when the text writes the name as a water body: after "the" (optionally
with a compass adjective: "the southern Red Sea"), or as a name made of a water word ("Sea",
"Gulf", "Strait" …) that is not the second half of an "X, Y" place pair, and never when a
land word follows ("coast", "state", "port" …).
"""
from __future__ import annotations

import re

from .index import Index

__all__ = ["reads_as_water", "WATER_FEATURE"]

#: the gazetteer feature of seas, gulfs, straits, lakes (record.md: feature "other",
#: UCDP where_prec 7 "water/air")
WATER_FEATURE = "water"

_WATER_WORD = re.compile(r"\b(?:sea|gulf|strait|straits|ocean|lake|bay|channel|sound|canal)\b",
                         re.I)
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:north|south|east|west|northern|southern|eastern|"
                         r"western|central|upper|lower)(?:[ -]\w+)?\s+)?$", re.I)
_PAIR_BEFORE = re.compile(r"[A-Za-z.)]\s*,\s*$")
_LAND_AFTER = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:state|governorate|province|region|coast|coastal|"
                         r"coastline|littoral|port|ports|city|town|district|county|hills?|"
                         r"mountains?|resort|shore|shores|beach|beaches)\b", re.I)


def reads_as_water(text: str, start: int, end: int, key: str, index: Index) -> bool:
    """Whether ``text[start:end]`` (normalised ``key``) is written as a water body and the
    gazetteer has a water reading of it."""
    if not index.memoised("_water_keys", key, lambda: any(
            index.entries[i][6] == WATER_FEATURE for i in index.lookup(key))):
        return False
    if _LAND_AFTER.match(text, end):
        return False
    before = text[max(0, start - 30):start]
    if _THE_BEFORE.search(before):
        return True
    return bool(_WATER_WORD.search(text[start:end])) and not _PAIR_BEFORE.search(before)
