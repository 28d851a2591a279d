"""The geoparser: recognition + resolution on one text, and conversion to record places."""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Sequence

import pycountry

from ..record import Place
from .index import Index, get_index
from .recognise import mentions_from_spans, recognise
from .resolve import Resolution, resolve

__all__ = ["geoparse", "to_places", "is_actor_metonymy"]

_STRONG_LOCATIVE = re.compile(r"\b(?:in|into|inside|across|from|to|throughout|within|near|at|"
                              r"on|entered|invaded|occupied)\s+(?:the\s+)?$", re.I)
_AGENT_DEPS = {"nsubj", "nsubjpass", "agent"}


def _alpha2(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    if len(code) == 2:
        return code.upper()
    country = pycountry.countries.get(alpha_3=code.upper())
    return country.alpha_2 if country else None


def geoparse(text: str, doc=None, *, spans: Optional[Sequence[Sequence[int]]] = None,
             demonyms: bool = True, actor_countries: Iterable[str] = (),
             index: Optional[Index] = None) -> List[Resolution]:
    """Find (or take the given ``spans`` of) toponyms in ``text`` and resolve each one.

    ``doc`` is the spaCy ``Doc`` of ``text`` (its entities are used for recognition);
    ``actor_countries`` (ISO alpha-2 or alpha-3) add weight to those countries as focus.
    """
    index = index or get_index()
    if spans is not None:
        mentions = mentions_from_spans(text, spans, index)
    else:
        mentions = recognise(text, doc, index, demonyms=demonyms)
    focus = [c for c in (_alpha2(c) for c in actor_countries) if c]
    return resolve(index, mentions, focus)


def is_actor_metonymy(text: str, res: Resolution, actor_spans: Sequence[Sequence[int]],
                      doc=None) -> bool:
    """True when a country mention stands for the state acting ("cooperation between Turkey
    and ISIS"), not for a location: it overlaps an actor mention or is a clause subject, and
    no locative word ("in", "into", "across" …) introduces it."""
    m = res.mention
    if m.demonym:
        return True
    if res.entry is None or res.entry.feature != "country":
        return False
    if _STRONG_LOCATIVE.search(text[max(0, m.start - 30):m.start]):
        return False
    if any(s < m.end and m.start < e for s, e in actor_spans):
        return True
    if doc is not None:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in _AGENT_DEPS:
            return True
    return False


def to_places(results: Sequence[Resolution]) -> List[Place]:
    """Group resolutions into record places (one per gazetteer entry; unresolved names one per
    normalised name, with ``lat``/``lon`` ``None``), ids P1.. in order of first mention."""
    groups: dict = {}
    for r in results:
        key = ("entry", r.entry_id) if r.entry is not None else ("name", r.mention.key)
        groups.setdefault(key, []).append(r)
    places: List[Place] = []
    for n, group in enumerate(sorted(groups.values(), key=lambda g: g[0].mention.start), 1):
        first = max(group, key=lambda r: r.score)
        spans = sorted({(r.mention.start, r.mention.end) for r in group})
        e = first.entry
        if e is None:
            places.append(Place(id=f"P{n}", name=first.mention.text, mentions=spans,
                                feature=first.mention.head if first.mention.head in
                                ("mountain", "admin2", "admin1", "region", "site", "city",
                                 "village") else "other",
                                precision=4, match=None, score=0.0))
            continue
        places.append(Place(
            id=f"P{n}", name=e.name, lat=round(e.lat, 5), lon=round(e.lon, 5),
            country=e.country or None, admin1=(e.admin1 or None) if e.feature != "country"
            else None, admin2=e.admin2 or None,
            feature="other" if e.feature == "water" else e.feature,  # record.md has no "water"
            geonameid=e.geonameid or None, precision=min(r.precision for r in group),
            mentions=spans, match=first.match, score=first.score))
    return places
