"""Span repair: a recognised name the gazetteer does not know is cut to the part it knows
("Laurel County High School" -> "Laurel County", "North Texas" -> Texas as a region of it)."""
from __future__ import annotations

import re

from .index import Index
from .mention import _FACILITY, HEAD_FEATURE, Mention, _own_name
from .normalise import normalise_name

_WORD = re.compile(r"\S+")
_COMPASS = re.compile(r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                      r"upstate|downstate|downtown|greater|coastal|rural|mid)(?:-?(?:east|west|"
                      r"ern))?\s+)", re.I)
_UNIT_HEADS = ("state", "governorate", "province")
#: the last word of a name that makes it a place name whatever follows ("Lamar County
#: Commissioners", "Guernsey County Common Pleas Court")
_PLACE_LAST_WORDS = {"county", "parish", "borough", "township", "city"}


def _trim(m: Mention, index: Index) -> Mention:
    """Shrink a mention the gazetteer does not know to the part it knows: "North Texas" ->
    "Texas" (a region of it), "Laurel County High School" -> "Laurel County"."""
    if m.demonym or m.key in index.names or m.text in index.abbreviations:
        return m
    words = list(_WORD.finditer(m.text))
    compass = _COMPASS.match(m.text)
    # a compass word is kept where it is part of a known name ("West Virginia Democratic
    # Party"), else dropped ("North Texas" is a region of Texas)
    for first in ((0, 1) if compass and len(words) > 1 else (0,)):
        # (the compass word alone is no name: "North" is also a town)
        for j in range(len(words), 1 if compass else first, -1):
            sub_start, sub_end = words[first].start(), words[j - 1].end()
            sub = m.text[sub_start:sub_end]
            rest = m.text[sub_end:].split()
            unit = rest[0].lower() if rest and len(rest) == 1 and rest[0].lower() in \
                _UNIT_HEADS else None  # "Red Sea State", "Sohag Governorate": that unit
            if not first and not unit and not (
                    compass or words[j - 1].group().lower() in _PLACE_LAST_WORDS
                    or any(w.lower() in _FACILITY for w in rest)):
                continue
            sub_key = normalise_name(sub)
            if sub_key in index.names:
                if (first, j) == (0, len(words)):
                    return m
                if j > 1 and words[j - 1].group() == "City" and rest and not _own_name(
                        index, sub_key):
                    continue  # "Las Vegas City Council": the city Las Vegas ("Las Vegas City"
                    # is only another name of Las Vegas, Nevada); "Kansas City Council" keeps it
                return Mention(m.start + sub_start, m.start + sub_end, sub,
                               head="region" if first else HEAD_FEATURE[unit] if unit
                               else m.head, locative=m.locative, source=m.source)
    return m
