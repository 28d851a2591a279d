"""Toponym recognition: spaCy entities, gazetteer names (Aho–Corasick) and cue patterns.

A :class:`Mention` is a span of ``document.text`` that names a place, with hints for the resolver:
``head`` (a generic word the text attached: "district", "countryside", "mount" …),
``demonym`` (an adjective like "Syrian", which names a country only by metonymy) and
``locative`` (a locative preposition stands before it: "in/near/at/into X").
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from .discourse import _drop_titled, _full_names, _lone_places, _propagate, _reclassify
from .index import MEMO_LIMIT, Index
from .mention import (_NOT_PLACES, HEAD_FEATURE, Mention, _add, _own_name, _prominent,
                      _state_after, _state_code, _word_bounded)
from .normalise import normalise_name
from .trim import _WORD, _cut_city_aliases, _drop_street_names, _grow, _trim
from .water import WATER_FEATURE, reads_as_water

__all__ = ["Mention", "recognise", "mentions_from_spans", "HEAD_FEATURE"]


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
#: "COLUMBUS, Ohio (AP) —", "BEIRUT (Reuters) -"), or a colon and a space ("BEIRUT: ")
_DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s)\s*(?P<name>[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\s*"
    r"(?:\((?:AP|Reuters|AFP|UPI|dpa|Xinhua|CNN|IANS|PTI)\)\s*)?"
    r"(?:—|–|-{1,3}|:(?=[ \t]))(?=\s|[A-Z])")
_SPACY_LABELS = {"GPE", "LOC", "FAC"}
#: era abbreviations after a year, which spaCy's small model tags GPE ("753 B.C.")
_ERAS = frozenset(("B.C.", "BC", "A.D.", "AD", "BCE", "CE"))
_NUMBER_BEFORE = re.compile(r"\d\s*$")
#: a run of capitalised words, with the small words names contain ("Bab al-Hawa", "Isle of Man")
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.\-]*(?:[ \t]+(?:(?:al|el|ar|as|ash|at|ath|ad|adh|az|an|"
    r"er|es|esh|et|ez|en|ed|ul|de|du|la|le|of|the|and|upon|on|in|y)[ \t-]+)*"
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.\-]*)*")



def _annotate(text: str, m: Mention, index: Index) -> Mention:
    m.locative = m.locative or _locative_before(text, m.start)
    if m.head is None and not m.demonym and reads_as_water(text, m.start, m.end, m.key, index):
        m.head = WATER_FEATURE
    state = _state_after(text[m.end:m.end + 30])
    if state is not None:
        code = _state_code(index, state)
        if code:
            m.state = index.us_states.get(code, state)
        elif normalise_name(state) in index.names:
            m.state = state
    return m


_CAPITALISED_NEIGHBOUR = re.compile(r"[A-Z][\w'’\-]*\s+$")
#: (compiled once: re.match with a pattern string looks the pattern up in re's cache per call)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


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
    ents = _lone_places(text, ents, index)
    person_words = {w for label, _, _, t in ents if label == "PERSON" for w in t.split()}
    # the surnames of people named in full ("Mary Welch"; spaCy's PERSON spans also hold
    # places with a title or a noun: "Dublin Mayor Marilee Chinnici-Zuercher", "Litchfield Fire")
    surnames = {t.split()[-1] for _, _, t in _full_names(ents)}
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
                if surface in surnames and not _prominent(index, surface) and not \
                        _locative_before(text, s):
                    continue  # "Welch" after "Mary Welch": the person, not Welch, W.Va.
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
    # a run's hits depend on its text only, and runs recur across texts ("The", "Monday",
    # "Gainesville"): kept on the index like ``Index.memoised`` (written out: once per run)
    run_hits = index.__dict__.setdefault("_run_hits", {})
    for seg in _CAPITALISED_RUN.finditer(text):  # names start capitalised: scan only those runs
        run = seg.group()
        in_run = run_hits.get(run)
        if in_run is None:
            if len(run_hits) > MEMO_LIMIT:
                run_hits.clear()
            in_run = run_hits[run] = tuple(index.automaton.iter(_lower_in_place(run)))
        if in_run:
            base = seg.start()
            for end, value in in_run:
                hits.append((base + end, value))
    other_ents = [(s, e) for label, s, e, _ in ents if label not in _SPACY_LABELS]
    person_spans = [(s, e) for label, s, e, _ in ents if label == "PERSON"]
    for end, (key, tier) in hits:
        start = end - len(key) + 1
        surface = text[start:end + 1]
        if not surface[0].isupper() or not _word_bounded(text, start, end + 1):
            continue
        # (each pattern only where its first characters are: most hits have neither)
        if text[start - 2:start - 1] in _SAINT_LAST and _SAINT_BEFORE.search(
                text, max(0, start - 7), start):
            continue  # "St. Paul", "San Antonio": the saint's name is not the place
        longer = _LONGER_NAME.match(text, end + 1) if text[end + 2:end + 3].isupper() else None
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
            if name.startswith("The "):  # "The Paris-Henry County Rescue Squad"
                name, s = name[4:], s + 4
            elif name in _DETERMINERS:
                continue  # "The district now has 457 employees"
            if pattern is _POST_CUES:
                name, s = _known_tail(text, name, s, m.end(), index)
            if pattern is _POST_CUES and normalise_name(text[s:m.end()]) in index.names:
                name, head = text[s:m.end()], None  # a gazetteer name ("Afrin Region")
            elif pattern is _PRE_CUES:
                own = _named_with_head(text, m, index)
                if own:  # "Mount Pleasant (High School)": the town, not a mountain "Pleasant"
                    s, name, head = m.start(), own, None
            if normalise_name(name) in index.names or head in ("mountain", "admin2", "region"):
                _add(found, Mention(s, s + len(name), name, head=head, source="cue"))
    _datelines(text, found, index)
    _party_hometowns(text, found, index)
    _reclassify(text, found, ents, index)
    _drop_titled(text, found)
    _propagate(text, found, ents, index)
    _grow(text, found, index)
    _drop_street_names(text, found)
    _cut_city_aliases(text, found, index)
    known = {m.text for m in found.values() if m.key in index.names}
    return [_annotate(text, _trim(m, index, known), index)
            for m in sorted(found.values(), key=lambda m: m.start)]


def _lower_in_place(run: str) -> str:
    """``run.lower()`` with every character one character long, so that offsets in it are
    offsets in ``run`` ("İ" lowercases to "i" and a combining dot: "Ga.İstanbul" crashed)."""
    low = run.lower()
    return low if len(low) == len(run) else "".join(c.lower()[0] for c in run)


def _known_tail(text: str, name: str, start: int, end: int, index: Index) -> tuple:
    """(name, start) of the last words of a name before a cue word that the gazetteer knows,
    with or without the cue word, where the whole is unknown: "Leadership Henry County",
    "Friday's Darke County", "Decatur McLean County" name Henry, Darke and McLean counties."""
    if normalise_name(text[start:end]) in index.names or normalise_name(name) in index.names:
        return name, start
    for w in list(_WORD.finditer(name))[1:]:
        tail = name[w.start():]
        whole, key = normalise_name(text[start + w.start():end]), normalise_name(tail)
        if whole in index.names or (key in index.names and _own_name(index, key)):
            return tail, start + w.start()
    return name, start


def _named_with_head(text: str, m, index: Index) -> Optional[str]:
    """The longest run of a cue match, from its head word through some of the name's words,
    that is a gazetteer name of its own ("Mount Pleasant" in "Mount Pleasant High School")."""
    if not m.group("head")[:1].isupper():
        return None
    ends = [w.end() for w in _WORD.finditer(m.group("name"))]
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
    if "—" not in text and "-" not in text and "–" not in text and ":" not in text:
        return
    for m in _dateline_matches(text):
        name = m.group("name").rstrip(".-'’")
        if len(name) >= 3 and normalise_name(name) in index.names:
            s = m.start("name")
            _add(found, Mention(s, s + len(name), name, source="dateline"))


#: a US legislator's party and hometown or county after the name, AP style: "Rep. Wendell
#: Gilliard, D-Charleston", "Sen. John Smith (R-Elbow Lake)", "D-Calif."
_PARTY_HOMETOWN = re.compile(
    r"(?<=[(,])[ \t]*[DRI]-(?P<name>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})")


def _party_hometowns(text: str, found: Dict[tuple, Mention], index: Index) -> None:
    """The place in a party-hometown tag: its longest first words the gazetteer knows (a
    state's abbreviation too), the party letter left out ("D-Iowa City." -> Iowa City)."""
    if "D-" not in text and "R-" not in text and "I-" not in text:
        return
    for m in _PARTY_HOMETOWN.finditer(text):
        words = m.group("name").split(" ")
        for j in range(len(words), 0, -1):
            name = " ".join(words[:j])
            if name not in index.abbreviations:
                name = name.rstrip(".")  # a sentence's full stop ("D-Iowa City.")
                key = normalise_name(name)
                if len(name) < 2 or not (_state_code(index, name) or key in index.names
                                         or key in index.postal_names):
                    continue
            s = m.start("name")
            for span in [sp for sp in found if sp[0] < s < sp[1]]:
                del found[span]  # "D-Iowa City" read whole: the party letter is no name
            _add(found, Mention(s, s + len(name), name, source="party"))
            break


#: capitalised words a cue pattern may take for a name at a sentence start
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
                          "Our", "His", "Her", "Each", "Every", "One"})
_LONGER_NAME = re.compile(r"[ \t]+[A-Z][\w'’\-]*")
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|San|Santa|Sao|São)\.?[ \t]$")
#: the last character of those words, or their period
_SAINT_LAST = frozenset(".teano")


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
