"""Recognition from the whole text, after the entity and gazetteer passes: a name read as a
place once is a place at its other occurrences too (one sense per discourse), and a place name
spaCy tagged PERSON or ORG is a place where the text writes it as one."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List

from . import gazetteer
from .index import Index
from .mention import (_FACILITY, _NOT_PLACES, Mention, _add, _own_name, _prominent,
                      _state_after, _state_code)
from .normalise import normalise_name

#: capitalised words that may stand before a place name without making it part of a longer name
_OPENERS = {"in", "at", "from", "to", "of", "the", "and", "near", "for", "on", "by", "into",
            "outside", "around", "across", "with", "between", "downtown", "greater", "north",
            "south", "east", "west", "central", "both", "all", "but", "while", "when", "after"}
_PREVIOUS_WORD = re.compile(r"(^|[.!?\n\"“”]\s*)?([A-Z][\w'’.\-]*)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’.\-]*)")


#: a locative word just before a name: what makes a PERSON/ORG tag of a place name doubtful
#: (narrower than _LOCATIVE_BEFORE: "of" and "to" precede people and bodies as often)
_PLACE_CUE = re.compile(r"\b(?:in|near|from|outside|at|into|across|throughout|around)\s+$",
                        re.I)
#: its words (a match ends in one of them, in any case, before the final spaces)
_PLACE_CUE_WORDS = ("in", "near", "from", "outside", "at", "into", "across", "throughout",
                    "around")
_NAME_GOES_ON = re.compile(r"\s*(?:[A-Z]|'s|’s)")
#: a common noun after a name that makes it a place's ("Alexandria woman charged", "Winona
#: police"): people and residents of a place, its officials. Not "area": "the X area" names
#: zones the gazetteer often lacks (farms, quarters), and a same-named village elsewhere is
#: read instead ("the Malah area" of Aleppo -> Malah, Suwayda, on FA-KES)
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:woman|man|women|men|resident|residents|native|"
                               r"officials?|police|mayor|spokes(?:man|woman)|council|"
                               r"commission|sheriff|firefighters|city)\b")
#: a title or honorific right before a name makes it a person's ("coach Ripley", "Sen. Ford")
_TITLE_BEFORE = re.compile(
    r"\b(?:[Cc]oach|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Maj|Sgt|Capt|Lt|Det|Cpl|Pvt|Rev|Prof)\.?"
    r"[ \t]+$|\b(?:Judge|Officer|Deputy|Trooper|Pastor|Sheriff)[ \t]+$")
_TITLE_WORDS = ("Coach", "coach", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col",
                "Maj", "Sgt", "Capt", "Lt", "Det", "Cpl", "Pvt", "Rev", "Prof", "Judge",
                "Officer", "Deputy", "Trooper", "Pastor", "Sheriff")
#: what a match of _TITLE_BEFORE ends in before its final spaces and tabs
_TITLE_ENDINGS = _TITLE_WORDS + tuple(w + "." for w in _TITLE_WORDS)


def _reclassify(text: str, found: Dict[tuple, Mention], ents, index: Index) -> None:
    """A name spaCy tagged PERSON or ORG that the gazetteer knows as a place's own name is a
    place where the text writes it as one: followed by ", State" ("Sioux Falls, S.D.") or by
    a lowercase noun of its people or officials ("Alexandria woman", "Winona police"), or
    after a locative word and not going on as a longer name ("in Glen Allen.", not "in
    Anderson's office"; not after "the": "from the Assads administration"). Words of multi-word
    person names stay people ("John Kent ... Kent")."""
    people = None
    for label, s, e, t in ents:
        if label not in ("PERSON", "ORG") or (s, e) in found or t[:4].lower() == "the ":
            continue
        after = text[e:e + 30]
        # the context first: it is cheaper than the name's key, and most entities fail it
        if not ((_place_cue_before(text, s) and not _NAME_GOES_ON.match(after))
                or _PLACE_NOUN_AFTER.match(after) or _state_follows(after, index)):
            continue
        key = normalise_name(t)
        if key not in index.names or key in _NOT_PLACES or (t.isupper() and len(t) <= 4):
            continue
        if not _own_name(index, key):
            continue  # "Hamas" is only a German spelling of Hamm
        if people is None:
            people = _full_name_words(ents)
        if t in people:
            continue
        _add(found, Mention(s, e, t, source="reclassified"))


@lru_cache(maxsize=1)
def _person_names() -> frozenset:
    return gazetteer.person_names()


def _lone_places(text: str, ents, index: Index) -> list:
    """spaCy's entities (label, start, end, text), with a one-word PERSON entity read as GPE
    where it is a big or curated place's own name and no common personal name (1990 US Census
    lists), the text names no person in full with it, and no title stands before it: spaCy's
    small model tags lone city names PERSON ("Alexandria parents charged", "Gainesville
    Mayor"), while "Madison", "Warren" or "Kent" alone are as often people."""
    full = None
    out = []
    for ent in ents:
        label, s, e, t = ent
        if (label == "PERSON" and " " not in t and t[:1].isupper() and not t.isupper()
                and t not in _person_names() and _prominent(index, t)
                and not _titled(text, s)):
            if full is None:
                full = _full_name_words(ents)
            if t not in full:
                ent = ("GPE", s, e, t)
        out.append(ent)
    return out


def _full_names(ents) -> List[tuple]:
    """(start, end, text) of spaCy's PERSON entities of more than one word ("David Hopkins")."""
    return [(s, e, t) for label, s, e, t in ents if label == "PERSON" and " " in t.strip()]


def _full_name_words(ents) -> set:
    """Every word of spaCy's PERSON entities of more than one word ("David", "Hopkins")."""
    return {w for _, _, name in _full_names(ents) for w in name.split()}


def _state_follows(after: str, index: Index) -> bool:
    """Whether ``after`` opens with ", State" naming a US state, Canadian province, another
    first-level unit or a country."""
    state = _state_after(after)
    if state is None:
        return False
    if _state_code(index, state):
        return True
    return any(index.entries[i][6] in ("admin1", "country")
               for i in index.lookup(normalise_name(state)))


def _place_cue_before(text: str, start: int) -> bool:
    """Whether _PLACE_CUE ends the 25 characters before ``start``. The pattern is tried only
    where the last word before the final whitespace could end in a cue word: where those
    characters are ASCII and do not, it cannot match (non-ASCII letters may match ASCII ones
    under re.I: "ı", "ſ")."""
    before = text[max(0, start - 25):start]
    tail = before.rstrip()  # (str whitespace is what \s matches)
    if len(tail) == len(before):
        return False
    end = tail[-10:]  # (the longest cue word, "throughout")
    if end.isascii() and not end.lower().endswith(_PLACE_CUE_WORDS):
        return False
    return bool(_PLACE_CUE.search(text, max(0, start - 25), start))


def _titled(text: str, start: int) -> bool:
    if start <= 2 or text[start - 1] not in " \t":
        return False
    # (a match ends in a title word, maybe a period, then spaces and tabs: tried only there)
    if not text[max(0, start - 10):start].rstrip(" \t").endswith(_TITLE_ENDINGS):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, start - 10), start))


def _drop_titled(text: str, found: Dict[tuple, Mention]) -> None:
    """Names after a title are people's, not places ("coach Ripley", "Dr. Hamilton")."""
    for span in [span for span, m in found.items() if _titled(text, m.start)]:
        del found[span]


def _propagate(text: str, found: Dict[tuple, Mention], ents, index: Index) -> None:
    """One sense per discourse for recognition: a name read as a place once is a place at its
    other occurrences too, where spaCy tagged it PERSON or ORG or missed it ("Gainesville"
    after "Gainesville, Ga.", "Gainesville Police"), unless it is part of a longer name."""
    people = _full_names(ents)
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
        if (s, e) in found or any(s < pe and ps < e for ps, pe in people) or _titled(text, s):
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
