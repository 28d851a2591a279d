"""The :class:`Mention` of a place name, and what every recognition pass shares: the cue-word
table, the words that are never places, the facility words that may follow a place name, and
the gazetteer tests of a name (prominent; a place's own name)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Optional

from .index import Index, bears_own_name
from .normalise import normalise_name

__all__ = ["Mention", "HEAD_FEATURE"]

#: generic words that, written next to a name, tell what kind of place it is
HEAD_FEATURE: Dict[str, str] = {
    "mount": "mountain", "mt": "mountain", "jabal": "mountain", "jebel": "mountain",
    "mountain": "mountain", "mountains": "mountain", "ciya": "mountain",
    "district": "admin2", "county": "admin2", "parish": "admin2", "borough": "admin2",
    "canton": "region", "region": "region", "countryside": "city", "outskirts": "city",
    "province": "admin1", "governorate": "admin1", "state": "admin1", "oblast": "admin1",
    "village": "village", "town": "city", "city": "city", "camp": "site", "base": "site",
    "airbase": "site", "dam": "site", "crossing": "site",
}

#: ", State" after a name ("Gainesville, Ga.", "Tbilisi, Georgia")
_STATE_AFTER = re.compile(r"^,\s*(?P<state>[A-Z][A-Za-z.\s]{1,20}?)(?=[\s,.;:)\"'’]|$)")
#: words spaCy or the gazetteer may offer that are never a place on their own
_NOT_PLACES = {"god", "allah", "internet", "parliament", "congress", "senate", "state",
               "city", "county", "capitol", "today", "tonight", "morning", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "north", "south",
               "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "union", "republic", "national",
               # the US presidency, not a place to geocode (GeoNames has it as another name
               # of Casablanca and of Whitehouse, Ohio)
               "white house"}
#: words that, after a place name, name a body or building of that place ("Gainesville
#: Police", "Laurel County High School")
_FACILITY = {"high", "middle", "elementary", "school", "schools", "police", "sheriff",
             "sheriff's", "fire", "department", "office", "hospital", "university", "college",
             "airport", "jail", "courthouse", "court", "council", "commission", "board",
             "county", "city", "church", "library", "museum", "memorial", "regional",
             "medical", "public", "adult", "detention", "district", "civic", "community",
             "center", "centre", "recreation"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    head: Optional[str] = None       # a feature hint from a cue word
    demonym: Optional[str] = None    # ISO alpha-2 when the mention is a demonym
    locative: bool = False
    state: Optional[str] = None      # "X, Georgia" / "X, Ga.": the admin1 written after it
    source: str = "ner"

    #: the normalised name (set once: a mention's text never changes)
    key: str = field(init=False, repr=False, default="")

    def __post_init__(self) -> None:
        self.key = normalise_name(self.text)


def _word_bounded(text: str, start: int, end: int) -> bool:
    return ((start == 0 or not text[start - 1].isalnum())
            and (end == len(text) or not text[end].isalnum()))


def _add(found: Dict[tuple, Mention], m: Mention) -> None:
    start, end = m.start, m.end
    # the overlapping mentions first (most are not), in the order they were found
    for other in [o for o in found.values() if start < o.end and o.start < end]:
        if (other.end - other.start) >= (end - start) and other.head is not None:
            return
        if (other.end - other.start) > (end - start):
            if m.head and not other.head:
                other.head = m.head
            return
        m.head = m.head or other.head
        m.demonym = m.demonym or other.demonym
        del found[(other.start, other.end)]
    found[(start, end)] = m


def _prominent(index: Index, name: str, population: int = 100_000) -> bool:
    """A name whose gazetteer entries include a big city or a curated/admin place."""
    # a pure function of the name (the index never changes): ORG names recur across texts
    return index.memoised("_prominent", (name, population),
                          lambda: _prominent_uncached(index, name, population))


def _prominent_uncached(index: Index, name: str, population: int) -> bool:
    key = normalise_name(name)
    for i in index.lookup(key):
        e = index.entries[i]
        if e[9] in ("curated", "admin1", "country"):
            return True
        # a big city by its own name, not by one of its foreign alternate names
        # ("Hamas" is a German spelling of Hamm, "White House" a translation of Casablanca)
        if e[9] != "admin2" and e[8] >= population and bears_own_name(e, key):
            return True
    return False


def _state_after(after: str) -> Optional[str]:
    """The state or country written after a name, read from ``after`` (the text right after
    it): ", Ga." gives "Ga" (the pattern stops before a final period), ", Georgia" "Georgia"."""
    # the pattern opens with a comma: most names are not followed by one
    m = _STATE_AFTER.match(after) if after[:1] == "," else None
    return m.group("state").strip() if m else None


def _state_code(index: Index, state: str) -> Optional[str]:
    """The code of a state or province written as an AP / Canadian Press abbreviation, with or
    without its final period ("Ga.", "Ga", "B.C."), or as a bare USPS code ("GA")."""
    return (index.abbreviations.get(state) or index.abbreviations.get(state + ".")
            or (state if state in index.us_states else None))


def _own_name(index: Index, key: str) -> bool:
    """Whether some gazetteer entry bears ``key`` as its own name, not an alternate one."""
    return any(bears_own_name(index.entries[i], key) for i in index.lookup(key))
