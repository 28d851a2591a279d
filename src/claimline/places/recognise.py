"""Toponym recognition: spaCy entities, gazetteer names (Aho–Corasick) and cue patterns.

A :class:`Mention` is a span of ``document.text`` that names a place, with hints for the resolver:
``head`` (a generic word the text attached: "district", "countryside", "mount" …),
``demonym`` (an adjective like "Syrian", which names a country only by metonymy) and
``locative`` (a locative preposition stands before it: "in/near/at/into X").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .index import Index
from .water import WATER_FEATURE, reads_as_water
from .normalise import normalise_name

__all__ = ["Mention", "recognise", "mentions_from_spans", "HEAD_FEATURE"]

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

#: (possessive ``*+``: what follows a word is a space or nothing, so giving characters back
#: never makes a match and only costs time)
_NAME = r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’\-]*+(?:\s+(?:al-|el-|de\s)?[A-ZÀ-ÖØ-Þ][\w'’\-]*+){0,3}"
#: cue words before a name ("Mount X", "the village of X") and after it ("X district")
_TITLES = ("Mount", "Mt.", "Jabal", "Jebel", "Çiya")
_OF_WORDS = ("village", "town", "city", "district", "region", "province", "governorate",
             "countryside", "outskirts")
_POST_WORDS = ("district", "canton", "region", "countryside", "province", "governorate",
               "outskirts", "camp", "mountain", "County", "Parish", "Province", "District",
               "Canton", "Region", "Governorate", "Camp", "Mountain")
#: the first letters of the pre-cue words: a lookahead on them lets the scan skip the other
#: positions before trying every cue word
_PRE_FIRST = "".join(sorted({t[0] for t in _TITLES} | {"T", "t"}))
_PRE_CUES = re.compile(
    r"(?=[" + _PRE_FIRST + r"])\b(?P<head>" + "|".join(map(re.escape, _TITLES))
    + r"|[Tt]he (?:" + "|".join(_OF_WORDS) + r") of)\s+(?P<name>" + _NAME + ")")
_POST_CUES = re.compile(
    r"(?P<name>" + _NAME + r")\s+(?P<head>"
    + "|".join(w + "s?" if w.lower() == "mountain" else w for w in _POST_WORDS) + r")\b")
#: literal parts that every match of _PRE_CUES / _POST_CUES contains
_PRE_HEADS = _TITLES + tuple(f"he {w} of" for w in _OF_WORDS)
_POST_HEADS = _POST_WORDS
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|into|inside|outside|across|around|towards?|from|to|throughout|"
    r"within|over|via|between|of|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|northern|southern|eastern|western)\s+(?:the\s+)?$", re.I)
#: the longest word of _LOCATIVE_BEFORE ("throughout")
_LOCATIVE_LONGEST = 10


#: the words of _LOCATIVE_BEFORE
_LOCATIVE_WORDS = frozenset(
    "in on at near into inside outside across around toward towards from to throughout within "
    "over via between of north south east west northeast northwest southeast southwest "
    "northern southern eastern western".split())
_LOCATIVE_ENDINGS = tuple(_LOCATIVE_WORDS)


def _locative_before(text: str, start: int) -> bool:
    """Whether a locative word (and maybe "the") ends the 40 characters before ``start``.
    The search starts where the last word before an optional final "the" could begin: the
    pattern is anchored at the end, so no match starts earlier."""
    before = text[max(0, start - 40):start]
    if not before[-1:].isspace():
        return False  # the pattern ends in whitespace
    tail = whole = before.rstrip()
    if tail[-3:].lower() == "the":
        tail = tail[:-3].rstrip()
    # the cheap verdicts: the last word (after a separate "the" is dropped) is a whole
    # locative word, or no locative word ends it at all; the pattern decides the rest
    # ("(in", "inthe", "ın" under re.I)
    word = tail[tail.rfind(" ") + 1:]
    if word.isascii() and (tail is whole or len(tail) < len(whole) - 3):
        word = word.lower()
        if not word.endswith(_LOCATIVE_ENDINGS):
            return False
        if word in _LOCATIVE_WORDS:
            return True
    return bool(_LOCATIVE_BEFORE.search(before, max(0, len(tail) - _LOCATIVE_LONGEST - 1)))


#: a news dateline: a place name in capitals opening the text, a line or the body after the
#: headline, then an optional ", State" and agency, then a dash ("TORRINGTON —",
#: "COLUMBUS, Ohio (AP) —", "BEIRUT (Reuters) -")
_DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s)\s*(?P<name>[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\s*"
    r"(?:\((?:AP|Reuters|AFP|UPI|dpa|Xinhua|CNN|IANS|PTI)\)\s*)?(?:—|–|-{1,3})(?=\s|[A-Z])")
_STATE_AFTER = re.compile(r"^,\s*(?P<state>[A-Z][A-Za-z.\s]{1,20}?)(?=[\s,.;:)\"'’]|$)")
_SPACY_LABELS = {"GPE", "LOC", "FAC"}
#: era abbreviations after a year, which spaCy's small model tags GPE ("753 B.C.")
_ERAS = frozenset(("B.C.", "BC", "A.D.", "AD", "BCE", "CE"))
_NUMBER_BEFORE = re.compile(r"\d\s*$")
#: a run of capitalised words, with the small words names contain ("Bab al-Hawa", "Isle of Man")
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.\-]*(?:[ \t]+(?:(?:al|el|ar|as|ash|at|ath|ad|adh|az|an|"
    r"er|es|esh|et|ez|en|ed|ul|de|du|la|le|of|the|and|upon|on|in|y)[ \t-]+)*"
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.\-]*)*")
_NOT_PLACES = {"god", "allah", "internet", "parliament", "congress", "senate", "state",
               "city", "county", "capitol", "today", "tonight", "morning", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "north", "south",
               "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "union", "republic", "national"}


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


def _annotate(text: str, m: Mention, index: Index) -> Mention:
    m.locative = m.locative or _locative_before(text, m.start)
    if m.head is None and not m.demonym and reads_as_water(text, m.start, m.end, m.key, index):
        m.head = WATER_FEATURE
    # the pattern opens with a comma: most mentions are not followed by one
    after = _STATE_AFTER.match(text[m.end:m.end + 30]) if text[m.end:m.end + 1] == "," else None
    if after:
        state = after.group("state").strip()
        # the pattern stops before a final period: "Gainesville, Ga." gives "Ga"
        code = (index.abbreviations.get(state) or index.abbreviations.get(state + ".")
                or (state if state in index.us_states else None))
        if code:
            m.state = index.us_states.get(code, state)
        elif normalise_name(state) in index.names:
            m.state = state
    return m


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
        if e[9] != "admin2" and e[8] >= population and key in (normalise_name(e[0]), e[10]):
            return True
    return False


_CAPITALISED_NEIGHBOUR = re.compile(r"[A-Z][\w'’\-]*\s+$")
#: (compiled once: re.match with a pattern string looks the pattern up in re's cache per call)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’.\-]*)")
_WORD = re.compile(r"\S+")


def _plausible_city(text: str, start: int, end: int, other_ents) -> bool:
    """A big-city name spaCy did not tag: accept it unless it is part of another entity or of
    a longer capitalised name, or opens a sentence without a locative cue. ``other_ents``
    are (start, end) in text order (spaCy's entities are)."""
    for s, e in other_ents:
        if s >= end:
            break  # this and every later entity start after the name
        if start < e:
            return False
    if _CAPITALISED_NEIGHBOUR.search(text[max(0, start - 30):start]) or _CAPITAL_NEXT.match(
            text[end:end + 2]):
        return False
    before = text[max(0, start - 40):start]
    if not before.strip() or before.rstrip()[-1:] in ".!?\"“:":
        return _locative_before(text, start)
    return True


def recognise(text: str, doc, index: Index, demonyms: bool = True) -> List[Mention]:
    """All place mentions in ``text`` (sorted by position, non-overlapping)."""
    found: Dict[tuple, Mention] = {}
    # words of person names ("Paul", "Nelson", "Saakashvili") are not places elsewhere either
    # (label, start, end, text) once: Span.text walks the tokens each time it is read
    ents = [(e.label_, e.start_char, e.end_char, text[e.start_char:e.end_char])
            for e in doc.ents] if doc is not None else []
    person_words = {w for label, _, _, t in ents if label == "PERSON" for w in t.split()}
    if ents:
        for label, ent_start, ent_end, ent_text in ents:
            if label in _SPACY_LABELS:
                s, e = ent_start, ent_end
                if text[s:s + 4].lower() == "the ":
                    s += 4
                if text[e - 2:e] in ("'s", "’s"):
                    e -= 2
                surface = text[s:e]
                if e <= s or surface.lower() in _NOT_PLACES:
                    continue
                if surface in _ERAS and _NUMBER_BEFORE.search(text, max(0, s - 8), s):
                    continue  # "300 B.C." is a year, not British Columbia
                if surface in person_words and normalise_name(surface) not in index.names:
                    continue
                _add(found, Mention(s, e, surface))
            elif label == "NORP":
                cc = index.demonyms.get(ent_text)
                if cc and demonyms:
                    _add(found, Mention(ent_start, ent_end, ent_text, demonym=cc,
                                        source="demonym"))
            elif label == "ORG" and _prominent(index, ent_text):
                # spaCy's small model often labels foreign city names as ORG or PERSON
                _add(found, Mention(ent_start, ent_end, ent_text, source="ner-other"))
    hits = []
    for seg in _CAPITALISED_RUN.finditer(text):  # names start capitalised: scan only those runs
        base = seg.start()
        for end, value in index.automaton.iter(seg.group().lower()):
            hits.append((base + end, value))
    other_ents = [(s, e) for label, s, e, _ in ents if label not in _SPACY_LABELS]
    person_spans = [(s, e) for label, s, e, _ in ents if label == "PERSON"]
    for end, (key, tier) in hits:
        start = end - len(key) + 1
        surface = text[start:end + 1]
        if not surface[0].isupper() or not _word_bounded(text, start, end + 1):
            continue
        if _SAINT_BEFORE.search(text, max(0, start - 7), start):
            continue  # "St. Paul", "San Antonio": the saint's name is not the place
        longer = _LONGER_NAME.match(text, end + 1)
        if longer:  # "Tennessee Colony" (a hamlet), not the state in it
            whole = text[start:longer.end()]
            wkey = normalise_name(whole)
            if wkey in index.names or wkey in index.postal_names:
                _add(found, Mention(start, longer.end(), whole, source="gazetteer"))
                continue
        if key in _NOT_PLACES:
            continue
        if tier == "admin1" and (surface in person_words or any(
                s < end + 1 and start < e for s, e in person_spans)):
            continue
        if tier == "city" and (surface in person_words or not _plausible_city(
                text, start, end + 1, other_ents)):
            continue
        cc = index.demonyms.get(surface)
        if cc is not None:
            if demonyms:
                _add(found, Mention(start, end + 1, surface, demonym=cc, source="demonym"))
            continue
        if surface in index.abbreviations:
            _add(found, Mention(start, end + 1, surface, source="gazetteer"))
            continue
        if surface.isupper() and len(surface) > 4:
            continue  # acronyms in capitals are organisations more often than places
        _add(found, Mention(start, end + 1, surface, source="gazetteer"))
    for pattern, name_group, heads in ((_PRE_CUES, "name", _PRE_HEADS),
                                       (_POST_CUES, "name", _POST_HEADS)):
        if not any(h in text for h in heads):
            continue  # no cue word at all: skip the costlier scan of the full pattern
        for m in pattern.finditer(text):
            head_word = m.group("head").split()[-2 if m.group("head").endswith(" of") else 0]
            head = HEAD_FEATURE.get(head_word.lower().rstrip("."))
            name = m.group(name_group)
            s = m.start(name_group)
            if pattern is _POST_CUES and normalise_name(m.group(0)) in index.names:
                name, head = m.group(0), None  # a gazetteer name of its own ("Afrin Region")
            elif pattern is _PRE_CUES:
                own = _named_with_head(text, m, index)
                if own:  # "Mount Pleasant (High School)": the town, not a mountain "Pleasant"
                    s, name, head = m.start(), own, None
            if normalise_name(name) in index.names or head in ("mountain", "admin2", "region"):
                _add(found, Mention(s, s + len(name), name, head=head, source="cue"))
    _datelines(text, found, index)
    _reclassify(text, found, ents, index)
    _propagate(text, found, ents, index)
    return [_annotate(text, _trim(m, index), index)
            for m in sorted(found.values(), key=lambda m: m.start)]


def _named_with_head(text: str, m, index: Index) -> Optional[str]:
    """The longest run of a cue match, from its head word through some of the name's words,
    that is a gazetteer name of its own ("Mount Pleasant" in "Mount Pleasant High School")."""
    if not m.group("head")[:1].isupper():
        return None
    ends = [w.end() for w in re.finditer(r"\S+", m.group("name"))]
    for end in reversed(ends):
        whole = text[m.start():m.start("name") + end]
        if normalise_name(whole) in index.names:
            return whole
    return None


#: where a dateline match can start: the text's start, a newline or sentence punctuation,
#: then (after spaces) a capital that no lowercase letter follows (a name in capitals, or one
#: letter before a space, comma, bracket or dash): sentences opening "The ..." are not tried
_DATELINE_START = re.compile(r"[\n.!?](?=\s*[A-Z][^a-z])")


def _dateline_matches(text: str) -> list:
    """What ``_DATELINE.finditer(text)`` finds, trying the pattern only where a match can
    start (a plain scan for those characters is cheaper than the pattern's own)."""
    out, last = [], 0
    first = _DATELINE.match(text, 0)
    if first:
        out.append(first)
        last = first.end()
    for start in _DATELINE_START.finditer(text):
        p = start.start()
        if p < last or not p:
            continue
        m = _DATELINE.match(text, p)
        if m:
            out.append(m)
            last = m.end()
    return out


def _datelines(text: str, found: Dict[tuple, Mention], index: Index) -> None:
    """Datelines name where a story was filed; spaCy rarely tags names in capitals."""
    if "—" not in text and "-" not in text and "–" not in text:
        return
    for m in _dateline_matches(text):
        name = m.group("name").rstrip(".-'’")
        if len(name) >= 3 and normalise_name(name) in index.names:
            s = m.start("name")
            _add(found, Mention(s, s + len(name), name, source="dateline"))


#: capitalised words that may stand before a place name without making it part of a longer name
_OPENERS = {"in", "at", "from", "to", "of", "the", "and", "near", "for", "on", "by", "into",
            "outside", "around", "across", "with", "between", "downtown", "greater", "north",
            "south", "east", "west", "central", "both", "all", "but", "while", "when", "after"}
_PREVIOUS_WORD = re.compile(r"(^|[.!?\n\"“”]\s*)?([A-Z][\w'’.\-]*)\s+$")


#: a locative word just before a name: what makes a PERSON/ORG tag of a place name doubtful
#: (narrower than _LOCATIVE_BEFORE: "of" and "to" precede people and bodies as often)
_PLACE_CUE = re.compile(r"\b(?:in|near|from|outside|at|into|across|throughout|around)\s+$",
                        re.I)
_NAME_GOES_ON = re.compile(r"\s*(?:[A-Z]|'s|’s)")


def _reclassify(text: str, found: Dict[tuple, Mention], ents, index: Index) -> None:
    """A name spaCy tagged PERSON or ORG that the gazetteer knows as a place's own name is a
    place where the text writes it as one: followed by ", State" ("Sioux Falls, S.D.") or
    after a locative word and not going on as a longer name ("in Glen Allen.", not "in
    Anderson's office"; not after "the": "from the Assads administration"). Words of multi-word
    person names stay people ("John Kent ... Kent")."""
    people = None
    for label, s, e, t in ents:
        if label not in ("PERSON", "ORG") or (s, e) in found or t[:4].lower() == "the ":
            continue
        after = text[e:e + 30]
        # the context first: it is cheaper than the name's key, and most entities fail it
        if not ((_PLACE_CUE.search(text, max(0, s - 25), s) and not _NAME_GOES_ON.match(after))
                or _state_follows(after, index)):
            continue
        key = normalise_name(t)
        if key not in index.names or key in _NOT_PLACES or (t.isupper() and len(t) <= 4):
            continue
        if not _own_name(index, key):
            continue  # "Hamas" is only a German spelling of Hamm
        if people is None:
            people = {w for lab, _, _, name in ents if lab == "PERSON" and " " in name.strip()
                      for w in name.split()}
        if t in people:
            continue
        _add(found, Mention(s, e, t, source="reclassified"))


def _state_follows(after: str, index: Index) -> bool:
    """Whether ``after`` opens with ", State" naming a US state, Canadian province, another
    first-level unit or a country."""
    m = _STATE_AFTER.match(after) if after[:1] == "," else None
    if not m:
        return False
    state = m.group("state").strip()
    if state in index.abbreviations or state + "." in index.abbreviations or (
            state in index.us_states):
        return True
    return any(index.entries[i][6] in ("admin1", "country")
               for i in index.lookup(normalise_name(state)))


def _own_name(index: Index, key: str) -> bool:
    """Whether some gazetteer entry bears ``key`` as its own name, not an alternate one."""
    return any(key in (normalise_name(index.entries[i][0]), index.entries[i][10])
               for i in index.lookup(key))


def _propagate(text: str, found: Dict[tuple, Mention], ents, index: Index) -> None:
    """One sense per discourse for recognition: a name read as a place once is a place at its
    other occurrences too, where spaCy tagged it PERSON or ORG or missed it ("Gainesville"
    after "Gainesville, Ga.", "Gainesville Police"), unless it is part of a longer name."""
    people = [(s, e, t) for label, s, e, t in ents if label == "PERSON" and " " in t.strip()]
    # the surname of a person the text names in full ("David Hopkins ... Hopkins said") is
    # that person, unless it is a big or curated place (spaCy's PERSON spans over "Aleppo")
    surnames = {t.split()[-1] for _, _, t in people}
    names = {m.text for m in found.values() if not m.demonym and len(m.text) >= 4
             and m.text[0].isupper() and not m.text.isupper() and m.key in index.names
             and (m.text not in surnames or _prominent(index, m.text))}
    if not names:
        return
    people = [(s, e) for s, e, _ in people]
    for s, e in _occurrences(text, names):
        if (s, e) in found or any(s < pe and ps < e for ps, pe in people):
            continue
        prev = _PREVIOUS_WORD.search(text[max(0, s - 30):s])
        if prev and prev.group(1) is None and prev.group(2).lower() not in _OPENERS:
            continue  # "George Washington", "Another Gainesville business"
        nxt = _NEXT_WORD.match(text[e:e + 30])
        if nxt and nxt.group(1).lower().rstrip(".") not in _FACILITY:
            continue  # "Paris Hilton", "Gainesville VFW"; but "Gainesville Police"
        _add(found, Mention(s, e, text[s:e], source="propagated"))


def _occurrences(text: str, names) -> List[tuple]:
    """Non-overlapping whole-word occurrences of ``names`` in ``text``, leftmost first and the
    longest at a position (what one alternation regex of the names finds, without compiling a
    pattern per document): not after a word character, apostrophe or hyphen, not before a
    word character or hyphen."""
    spans = []
    for name in names:
        n, i = len(name), text.find(name)
        while i != -1:
            j = i + n
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "_'’-")) and not (
                    j < len(text) and (text[j].isalnum() or text[j] in "_-")):
                spans.append((i, j))
            i = text.find(name, i + 1)
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    out, last = [], 0
    for s, e in spans:
        if s >= last:
            out.append((s, e))
            last = e
    return out


_COMPASS = re.compile(r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                      r"upstate|downstate|downtown|greater|coastal|rural|mid)(?:-?(?:east|west|"
                      r"ern))?\s+)", re.I)


_FACILITY = {"high", "middle", "elementary", "school", "schools", "police", "sheriff",
             "sheriff's", "fire", "department", "office", "hospital", "university", "college",
             "airport", "jail", "courthouse", "court", "council", "commission", "board",
             "county", "city", "church", "library", "museum", "memorial", "regional",
             "medical", "public", "adult", "detention", "district", "civic", "community",
             "center", "centre", "recreation"}


_UNIT_HEADS = ("state", "governorate", "province")


_LONGER_NAME = re.compile(r"[ \t]+[A-Z][\w'’\-]*")
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|San|Santa|Sao|São)\.?[ \t]$")


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


def mentions_from_spans(text: str, spans, index: Index) -> List[Mention]:
    """Mentions for given (gold) spans, with the same cue annotations as recognised ones."""
    out = []
    for s, e in spans:
        m = Mention(s, e, text[s:e], source="given")
        m.demonym = index.demonyms.get(m.text)
        before = text[max(0, s - 12):s].split()
        if before and before[-1].lower().rstrip(".") in HEAD_FEATURE:
            m.head = HEAD_FEATURE[before[-1].lower().rstrip(".")]
        after = text[e:e + 15].split()
        if after and after[0].lower() in HEAD_FEATURE:
            m.head = HEAD_FEATURE[after[0].lower()]
        out.append(_annotate(text, m, index))
    return out
