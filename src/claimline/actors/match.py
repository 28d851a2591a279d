"""Finding actor mentions: knowledge-base aliases (Aho-Corasick, leftmost-longest, with force-noun
tails such as "Turkish occupation state") and spaCy entities the knowledge base does not know."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .kb import ADJ, KnowledgeBase, fold_case, load_kb, normalise

#: a role that marks a sponsor modifier ("Turkey-backed"): a mention, but not the doer
BACKER = "backer"


@dataclass
class Mention:
    start: int
    end: int
    key: str
    role: str = "name"
    source: str = "kb"


_FORCE_NOUN = (r"(?:state|army|armies|forces?|troops|military|soldiers|government|regime|"
               r"authorities|air ?force|warplanes?|jets?|aircraft|helicopters?|drones?|navy|"
               r"police|gendarmerie|militias?|mercenaries|terrorists?|militants?|fighters?|"
               r"gangs?|members|elements|cells|jihadists|rebels|units?|power|occupation|"
               r"artillery|tanks?|intelligence|officials?|ministry|president|media|"
               r"group|organi[sz]ation|movement)")
_TAIL = re.compile(r"(?:\s+(?:occupation|occupying|armed|security|government|regime|state|"
                   r"military|air|special|naval|ground|coalition|terrorist|proxy|backed|"
                   r"allied|puppet))*\s+" + _FORCE_NOUN + r"\b", re.I)
#: irregular fighters: "Syrian militants", "Iraqi rebels" are not the state's forces
_IRREGULAR = re.compile(r"(?:militants?|rebels?|jihadists?|insurgents?|gangs?|group|"
                        r"organi[sz]ation|movement)$", re.I)
_PEOPLE_NOUN = re.compile(r"\s+(?:civilians?|people|citizens?|children|refugees|nationals|"
                          r"women|men|journalists?|activists?|residents|villagers|families|"
                          r"workers|migrants|students|doctors|Kurds|Arabs|border|city|town|"
                          r"village|province|capital|territory|territories|coast|side)\b", re.I)
_BACKED = re.compile(r"-(?:backed|led|allied|aligned|affiliated|supported|sponsored|funded)\b",
                     re.I)
_BRIDGE = re.compile(r"^\s*\(?\s*$")
#: "the Britain-based monitor": where an organisation sits, not an actor
_BASED = re.compile(r"-(?i:based)\b|\s+based\s+[A-Z]")
_NER_LABELS = {"ORG": "other", "NORP": "other", "PERSON": "person"}
#: organisations named after a place unit are places, not actors ("Qamishlo Canton")
_PLACE_UNIT = re.compile(r"\b(?:Canton|Province|Governorate|District|Region|County|Countryside|"
                         r"Village|City|Town|Mount|Mountain|Valley|Street|Square|Camp)$")
_SENTENCE_START = set(".!?:\"“”'\n")


def _is_word_edge(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not text[i].isalnum()


def _raw(kb: KnowledgeBase, norm: str, low: str) -> list[Mention]:
    found = []
    for auto, hay in ((kb.case_insensitive, low), (kb.case_sensitive, norm)):
        if len(auto) == 0:
            continue
        for last, (length, values) in auto.iter(hay):
            start, end = last - length + 1, last + 1
            if not (_is_word_edge(hay, start - 1) and _is_word_edge(hay, end)):
                continue
            key, role = values[0]
            found.append(Mention(start, end, key, role))
    return found


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_START


def _refine(kb: KnowledgeBase, norm: str, m: Mention) -> Mention | None:
    entry = kb.entries[m.key]
    after = norm[m.end:m.end + 80]
    if _BASED.match(after):
        return None
    if _BACKED.match(after):
        return Mention(m.start, m.end, m.key, BACKER)
    if entry.generic and norm[m.start].isupper() and not _sentence_initial(norm, m.start):
        return None  # part of a longer proper name ("Military Operations Command")
    tail = _TAIL.match(after)
    if tail and entry.kind == "state" and _IRREGULAR.search(tail.group(0)):
        return None
    if tail and entry.kind in ("state", "armed_group", "political_group", "organization"):
        return Mention(m.start, m.end + tail.end(), m.key, "name")
    if m.role == ADJ and _PEOPLE_NOUN.match(after):
        return None
    return m


def _select(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def _merge_restatements(norm: str, mentions: list[Mention]) -> list[Mention]:
    """"People's Protection Units YPG", "Syrian Democratic Forces (SDF)" -> one mention."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and prev.key == m.key and _BRIDGE.match(norm[prev.end:m.start]):
            end = m.end + 1 if norm[m.end:m.end + 1] == ")" else m.end
            out[-1] = Mention(prev.start, end, m.key, prev.role, prev.source)
        else:
            out.append(m)
    return out


def kb_mentions(text: str, kb: KnowledgeBase | None = None) -> list[Mention]:
    kb = kb or load_kb()
    norm = normalise(text)
    low = fold_case(norm)
    refined = [r for m in _raw(kb, norm, low) if (r := _refine(kb, norm, m))]
    return _merge_restatements(norm, _select(refined))


def _clean_entity(text: str) -> str:
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    text = re.sub(r"(?:'s|’s)$", "", text)
    return text.strip(" -–—,.;:\"'“”")


def entity_mentions(doc, taken: list[Mention]) -> list[tuple[Mention, str, str]]:
    """spaCy ORG/NORP/PERSON entities not covered by the knowledge base, as (mention, name,
    kind); the mention key groups identical names and person surnames."""
    covered = [(m.start, m.end) for m in taken]
    out = []
    persons: dict[str, str] = {}
    for ent in doc.ents:
        kind = _NER_LABELS.get(ent.label_)
        if kind is None:
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < ce and cs < e for cs, ce in covered):
            continue
        name = _clean_entity(ent.text)
        if (len(name) < 2 or not any(c.isupper() for c in name) or "\n" in name
                or _PLACE_UNIT.search(name)):
            continue
        offset = ent.text.find(name)
        s, e = s + max(offset, 0), s + max(offset, 0) + len(name)
        if kind == "person":
            key = persons.get(name)
            if key is None:
                key = f"ner:person:{name}"
                for part in name.split()[1:]:
                    persons.setdefault(part, key)  # later "Assad" -> "Bashar al-Assad"
                persons[name] = key
        else:
            key = f"ner:{kind}:{fold_case(name)}"
        out.append((Mention(s, e, key, "name", "ner"), name, kind))
    return out
