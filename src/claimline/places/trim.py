"""Span repair: a recognised name the gazetteer does not know is cut to the part it knows
("Laurel County High School" -> "Laurel County", "North Texas" -> Texas as a region of it,
"City of Norfolk" -> Norfolk, "Dublin Arts Stroll" -> Dublin), and a name spaCy split is
grown back to the longer name the gazetteer knows ("Gun" + "Barrel City")."""
from __future__ import annotations

import re
from typing import Collection, Dict, Optional

from .index import Index
from .mention import _FACILITY, _NOT_PLACES, HEAD_FEATURE, Mention, _add, _own_name, _prominent
from .normalise import _ARTICLE, normalise_name

_WORD = re.compile(r"\S+")
_COMPASS = re.compile(r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                      r"upstate|downstate|downtown|greater|coastal|rural|mid)(?:-?(?:east|west|"
                      r"ern))?\s+)", re.I)
_UNIT_HEADS = ("state", "governorate", "province")
#: the last word of a name that makes it a place name whatever follows ("Lamar County
#: Commissioners", "Guernsey County Common Pleas Court")
_PLACE_LAST_WORDS = {"county", "parish", "borough", "township", "city"}
#: "City of Norfolk", "State of Illinois", "Province of Ontario": the unit is the place named
_UNIT_OF = re.compile(r"(?:City|Town|Village|Borough|Township|State|Province|Commonwealth)"
                      r" of (?=[A-Z])")
#: first words that qualify a place without being part of its name ("Historic Dublin",
#: "Metro Nashville", "Former Hall County official")
_MODIFIERS = frozenset({"historic", "metro", "metropolitan", "former"})
#: words that make a name a feature of its own, named after a place but not that place
#: ("Washington Avenue", "Sacramento River", "Lincoln Park", "Jefferson Memorial"): an unknown
#: name is never cut to its place part when one of these follows it (plurals included)
_FEATURE_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd drive dr lane ln way highway hwy parkway pkwy "
    "pike trail court ct place pl square circle terrace plaza bridge tunnel river creek lake bay "
    "harbor harbour island isle valley mountain mount hill park forest beach canyon falls "
    "spring point national state gulf sea ocean coast shore canal dam pond reservoir swamp cove "
    "glen ridge heights woods memorial monument day".split())
#: a street word after a name: the name is the street's ("Wichita Street", "Lancaster Ave.");
#: not "Road", "Highway" or "Court", which follow states and counties in route, patrol and
#: court names ("Platte County Road 2", "Florida Highway Patrol", "Meigs County Court")
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Lane|Ln|"
                           r"Terrace|Circle)\b")
#: a capitalised word after a name on the same line (recognise._CAPITAL_NEXT looks across a
#: line break as well)
_CAPITAL_NEXT_ON_LINE = re.compile(r"[ \t]+[A-Z]")
#: one or two capitalised words right after a name (also after a period: "ST. JOHN'S")
_NEXT_CAPITALS = re.compile(r"(\.?[ \t]+[A-Z][\w'’\-]*)([ \t]+[A-Z][\w'’\-]*)?")


def _trim(m: Mention, index: Index, known: Collection[str] = ()) -> Mention:
    """Shrink a mention the gazetteer does not know to the part it knows: "North Texas" ->
    "Texas" (a region of it), "Laurel County High School" -> "Laurel County", then "Historic
    Dublin", "Paris-Henry County" and "Dublin Singers" -> Dublin, Paris, Dublin. "City of X"
    is X whether or not the gazetteer knows the phrase. ``known`` are the texts of the
    document's place mentions the gazetteer knows."""
    if m.demonym:
        return m
    unit = _UNIT_OF.match(m.text)
    if unit:  # "City of Richmond" is Richmond, even where GeoNames lists the phrase itself
        named = _part(m, unit.end(), len(m.text), index)
        if named is not None:
            return named
    if m.key in index.names or m.text in index.abbreviations:
        return m
    cut = _known_part(m, index)
    if cut is not None or m.key in index.postal_names:
        return cut or m
    return (_after_modifier(m, index) or _first_of_pair(m, index) or _named_after(m, index, known)
            or m)


def _part(m: Mention, start: int, end: int, index: Index,
          keep_head: bool = True) -> Optional[Mention]:
    """The mention of ``m.text[start:end]`` (a final possessive dropped) when the gazetteer
    knows it as a place's own name, else None; it keeps ``m``'s head word if ``keep_head``."""
    sub = m.text[start:end]
    if sub.endswith(("'s", "’s")):
        sub = sub[:-2]
    key = normalise_name(sub)
    if not sub or key not in index.names or key in _NOT_PLACES or not _own_name(index, key):
        return None
    return Mention(m.start + start, m.start + start + len(sub), sub,
                   head=m.head if keep_head else None, locative=m.locative, source=m.source)


def _known_part(m: Mention, index: Index) -> Optional[Mention]:
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
            if first and words[j - 1].group().lower().rstrip(".") in _FEATURE_WORDS:
                continue  # "North Street" is a street, not a region of Street, England
            sub_key = normalise_name(sub)
            if sub_key in index.names and sub_key not in _NOT_PLACES:  # not "City" (Hall)
                if (first, j) == (0, len(words)):
                    return m
                if j > 1 and words[j - 1].group() == "City" and rest and not _own_name(
                        index, sub_key):
                    continue  # "Las Vegas City Council": the city Las Vegas ("Las Vegas City"
                    # is only another name of Las Vegas, Nevada); "Kansas City Council" keeps it
                return Mention(m.start + sub_start, m.start + sub_end, sub,
                               head="region" if first else HEAD_FEATURE[unit] if unit
                               else m.head, locative=m.locative, source=m.source)
            if first and sub in index.abbreviations and j == len(words):
                # "Western Mass.": a region of the state the abbreviation names
                return Mention(m.start + sub_start, m.start + sub_end, sub, head="region",
                               locative=m.locative, source=m.source)
    return None


def _after_modifier(m: Mention, index: Index) -> Optional[Mention]:
    """"Historic Dublin" -> Dublin, "Metro Nashville" -> Nashville."""
    first = _WORD.match(m.text)
    if first is None or first.end() == len(m.text) or first.group().lower() not in _MODIFIERS:
        return None
    return _part(m, first.end() + 1, len(m.text), index)


def _first_of_pair(m: Mention, index: Index) -> Optional[Mention]:
    """"Paris-Henry County", "Springfield-Greene County": two places joined by a hyphen (the
    town and its county, twin towns); the first is the one the span starts with. Both parts
    are words of four letters or more."""
    first = _WORD.match(m.text)
    left, dash, right = first.group().partition("-") if first else ("", "", "")
    if (not dash or len(left) < 4 or len(right) < 4 or not left[:1].isupper()
            or not right[:1].isupper() or _ARTICLE.match(left.lower() + "-" + right)):
        return None  # not "Al-Boulil", "Ash-Shaddadi": an article and a name
    return _part(m, 0, len(left), index, keep_head=False)  # "County" is Henry's


def _named_after(m: Mention, index: Index, known: Collection[str]) -> Optional[Mention]:
    """A name made of a place and more words that is not a feature of its own ("Dublin Arts
    Stroll", "Newark Live Bait", "Ludlow Town Hall") is read as that place, where the text
    names the place elsewhere too or it is a big one. Not before a street, water or landform
    word ("Washington Avenue", "Sacramento River"), nor before another big place's name
    ("St. Joseph London": which one is meant is not clear)."""
    words = list(_WORD.finditer(m.text))
    for j in range(len(words) - 1, 0, -1):
        rest = [w.group().lower().strip(".,'’") for w in words[j:]]
        if any(r in _FEATURE_WORDS or r[:-1] in _FEATURE_WORDS for r in rest):
            continue
        if _prominent(index, m.text[words[j].start():]):
            return None
        if j == 1 and (words[0].group().lower() in HEAD_FEATURE
                       or words[0].group().lower() in _FEATURE_WORDS):
            continue  # "Lake", "Camp", "Village" alone are no place
        prefix = m.text[:words[j - 1].end()]
        bare = prefix[:-2] if prefix.endswith(("'s", "’s")) else prefix  # "North Carolina's"
        if bare not in known and not _prominent(index, bare):
            continue
        named = _part(m, 0, words[j - 1].end(), index)
        if named is not None:
            return named
    return None


def _drop_street_names(text: str, found: Dict[tuple, Mention]) -> None:
    """A place name right before a street word names the street ("Wichita Street",
    "Lancaster Ave."), not the place."""
    for span in [span for span, m in found.items() if _STREET_AFTER.match(text, m.end)]:
        del found[span]


def _cut_city_aliases(text: str, found: Dict[tuple, Mention], index: Index) -> None:
    """"Dublin City Council", "San Fernando City Councilwoman": where "X City" is only another
    name of one place (Dublin, Ireland) and a name goes on after it, the body is X's."""
    for m in [m for m in found.values() if m.text.endswith(" City")]:
        if not _CAPITAL_NEXT_ON_LINE.match(text, m.end) or _own_name(index, m.key):
            continue
        named = _part(m, 0, len(m.text) - 5, index, keep_head=False)
        if named is not None:
            del found[(m.start, m.end)]
            _add(found, named)


def _grow(text: str, found: Dict[tuple, Mention], index: Index) -> None:
    """A mention that the next one or two capitalised words continue into a longer name the
    gazetteer knows as a place's own name becomes that name: spaCy splits "Gun Barrel City"
    into "Gun" and "Barrel City", and "ST. JOHN'S" into "ST" and "JOHN'S"."""
    for m in list(found.values()):
        if m.demonym or found.get((m.start, m.end)) is not m:
            continue
        nxt = _NEXT_CAPITALS.match(text, m.end)
        if nxt is None:
            continue
        for end in (nxt.end(), nxt.end(1)) if nxt.group(2) else (nxt.end(),):
            whole = text[m.start:end]
            key = normalise_name(whole)
            if key != m.key and key in index.names and _own_name(index, key):
                _add(found, Mention(m.start, end, whole, head=m.head, source=m.source))
                break
