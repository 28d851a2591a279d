"""Which place governs an event: the most specific place in the event's clause or paragraph."""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence, Tuple

from ..record import Record
from .governing_cues import not_a_site

__all__ = ["event_place", "SPECIFICITY"]

#: lower is more specific; an event happens at the most specific place that governs it
SPECIFICITY = {"site": 0, "mountain": 0, "village": 0, "city": 1, "admin2": 2, "other": 2,
               "region": 3, "admin1": 3, "country": 4}

#: a locative preposition right before a mention ("on Mount X", "in X", "near X", "at X")
_LOCATIVE = re.compile(r"\b(?:in|on|at|near|into|outside|inside|around|across|over|"
                       r"towards?|from|of|against|targeting|hit|struck|shelled|bombed)\s+"
                       r"(?:the\s+)?(?:(?:village|town|city|area|region|district|"
                       r"countryside|outskirts|vicinity)\s+of\s+)?$", re.I)
_COUNTRYSIDE = re.compile(r"^\s*(?:'s\s+)?(?:countryside|outskirts|district|area|region|"
                          r"province|governorate|village|town)\b", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


def _bounds(text: str, pos: int, pattern: re.Pattern) -> Tuple[int, int]:
    start, end = 0, len(text)
    for m in pattern.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _sentence_bounds(text: str, doc, pos: int) -> Tuple[int, int]:
    if doc is not None and getattr(doc, "has_annotation", None) and (
            doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        for sent in doc.sents:
            if sent.start_char <= pos < max(sent.end_char, sent.start_char + 1):
                return sent.start_char, sent.end_char
    return _bounds(text, pos, _SENTENCE)


def _cue(text: str, span: Sequence[int]) -> bool:
    before = text[max(0, span[0] - 60):span[0]]
    before = re.sub(r"(?:Mount|Mt\.?|Jabal|Jebel)\s+$", "", before)
    return bool(_LOCATIVE.search(before) or _COUNTRYSIDE.match(text[span[1]:span[1] + 30]))


def _best(text: str, doc, places, lo: int, hi: int, anchor: Sequence[int]) -> Optional[str]:
    ranked = []
    for order, place in enumerate(places):
        for m in place.mentions:
            if lo <= m[0] and m[1] <= hi:
                key = (SPECIFICITY.get(place.feature, 2),
                       0 if place.lat is not None else 1,
                       0 if _cue(text, m) else 1,
                       min(abs(m[0] - anchor[1]), abs(anchor[0] - m[1])), order)
                ranked.append((key, place.id, m))
    ranked.sort(key=lambda item: item[0])
    # the cues need the parse: check them only down the ranking, until a mention passes
    for _, place_id, m in ranked:
        if not_a_site(text, doc, m) is None:
            return place_id
    return None


def event_place(record: Record, doc, span: Sequence[int] | Iterable[int]) -> Optional[str]:
    """Return the id of the most specific place governing an event at ``span``, or ``None``.

    ``span`` is the ``[start, end)`` character span of the event's trigger or evidence in
    ``record.document.text``. Places are looked for first in the sentence (clause) holding
    the span, then in its paragraph. Within that window the most specific place wins
    (mountain/village/site over city over district over region/province over country); ties go
    to resolved places, then to a mention introduced by a locative cue ("on/in/near/at X",
    "the village of X", "X countryside"), then to the mention nearest the span. ``doc`` (the
    spaCy ``Doc`` of the text) gives sentence bounds; with ``None`` a punctuation rule is
    used. Pure: reads ``record.places`` (filled by the places stage), changes nothing.
    """
    span = tuple(span)
    places = record.places or []
    if not places or len(span) != 2:
        return None
    text = record.document.text
    lo, hi = _sentence_bounds(text, doc, span[0])
    found = _best(text, doc, places, lo, max(hi, span[1]), span)
    if found is None:
        lo, hi = _bounds(text, span[0], _PARAGRAPH)
        found = _best(text, doc, places, lo, max(hi, span[1]), span)
    return found
