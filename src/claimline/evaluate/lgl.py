"""Score the geoparser on LGL (Lieberman et al., packaged by Gritta et al.): ``geo/lgl.xml``.

Two settings: **end-to-end** (our recognition, then resolution) and **gold toponyms** (the
annotated spans are given; only resolution is scored).

- Recognition: a system toponym matches a gold one when their spans overlap (one-to-one, in
  text order); precision / recall / F1 over all gold toponyms.
- Resolution, over the matched gold toponyms that carry coordinates: accuracy within 161 km
  (100 miles), mean and median error in km. A matched toponym we leave unresolved counts as
  an error of 20,039 km (half the Earth's circumference), as in Gritta et al. (2018).
- Ceiling (gold-toponym setting): the share of those toponyms with at least one gazetteer
  reading within 161 km, i.e. the accuracy a perfect choice among our readings would reach.

LGL annotates demonyms ("Russian", "Palestinians") as toponyms of their country; the geoparser
is run with demonyms on to follow that convention (the places stage leaves them out).
"""
from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from ..errors import ClaimlineError

__all__ = ["Article", "GoldToponym", "Scores", "load_lgl", "evaluate", "MAX_ERROR_KM"]

MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: Optional[float]
    lon: Optional[float]


@dataclass
class Article:
    docid: str
    text: str
    toponyms: List[GoldToponym]


@dataclass
class Scores:
    setting: str
    documents: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    errors_km: List[float] = field(default_factory=list)
    #: gold toponyms (with coordinates) that have some reading within 161 km: the most a
    #: perfect choice among the gazetteer's readings could get right (gold-toponym setting)
    reachable: Optional[int] = None
    misses: List[Tuple[str, str, float]] = field(default_factory=list)

    def figures(self) -> dict:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        errs = self.errors_km
        return {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "precision": p, "recall": r, "f1": f1, "geocoded": len(errs),
            "accuracy_161km": sum(e <= ACCURACY_KM for e in errs) / len(errs) if errs else 0.0,
            "mean_km": statistics.fmean(errs) if errs else 0.0,
            "median_km": statistics.median(errs) if errs else 0.0,
            "ceiling_161km": (self.reachable / len(errs) if errs and self.reachable is not None
                              else None),
        }


def load_lgl(path: Path) -> List[Article]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ClaimlineError("E009", path=str(path), reason=str(exc)) from exc
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.find("toponyms") if art.find("toponyms") is not None else []:
            gaz = t.find("gaztag")
            lat = lon = None
            if gaz is not None and gaz.findtext("lat") and gaz.findtext("lon"):
                lat, lon = float(gaz.findtext("lat")), float(gaz.findtext("lon"))
            tops.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")),
                                    t.findtext("phrase") or "", lat, lon))
        articles.append(Article(art.get("docid", ""), text, tops))
    return articles


def _match(gold: Sequence[GoldToponym], system: Sequence) -> List[Tuple[GoldToponym, object]]:
    """One-to-one overlap matching of spans, both lists in text order."""
    pairs, j = [], 0
    system = sorted(system, key=lambda r: r.mention.start)
    used = set()
    for g in sorted(gold, key=lambda g: g.start):
        while j < len(system) and system[j].mention.end <= g.start:
            j += 1
        k = j
        while k < len(system) and system[k].mention.start < g.end:
            if k not in used:
                used.add(k)
                pairs.append((g, system[k]))
                break
            k += 1
    return pairs


def _score_article(scores: Scores, art: Article, results, keep_misses: bool,
                   index=None) -> None:
    """Add one article's figures; with ``index`` (gold-toponym setting) also count the gold
    toponyms that have some reading within 161 km (``Scores.reachable``)."""
    from ..geo import haversine_km
    from ..places.resolve import readings

    scores.documents += 1
    scores.gold += len(art.toponyms)
    scores.system += len(results)
    pairs = _match(art.toponyms, results)
    scores.matched += len(pairs)
    for g, r in pairs:
        if g.lat is None:
            continue
        if r.entry is None:
            err = MAX_ERROR_KM
        else:
            err = haversine_km(g.lat, g.lon, r.entry.lat, r.entry.lon)
        scores.errors_km.append(err)
        if keep_misses and err > ACCURACY_KM:
            got = f"{r.entry.name}, {r.entry.admin1}, {r.entry.country}" if r.entry else "—"
            scores.misses.append((g.phrase, got, round(err)))
        if index is not None and any(haversine_km(g.lat, g.lon, e.lat, e.lon) <= ACCURACY_KM
                                     for e in readings(index, r.mention)):
            scores.reachable += 1


def evaluate(path: Path, nlp=None, *, gold_toponyms: bool = False, limit: Optional[int] = None,
             keep_misses: bool = False) -> Scores:
    """Score end-to-end (default) or with the gold toponym spans given."""
    from ..places.geoparse import geoparse
    from ..places.index import get_index

    articles = load_lgl(path)[:limit]
    index = get_index()
    scores = Scores("gold toponyms" if gold_toponyms else "end-to-end")
    if gold_toponyms:
        scores.reachable = 0
        for art in articles:
            spans = [(t.start, t.end) for t in art.toponyms]
            results = geoparse(art.text, None, spans=spans, index=index)
            _score_article(scores, art, results, keep_misses, index)
        return scores
    if nlp is None:
        from ..nlp import load_nlp
        nlp = load_nlp()
    for art, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=32)):
        results = geoparse(art.text, doc, index=index)
        _score_article(scores, art, results, keep_misses)
    return scores
