"""Similarity of two reports: structured fields (date, place, type, participants, toll) plus text.

Each part is in [0, 1]; the total is their weighted mean. Hard incompatibilities (types that
cannot describe one event, places too far apart, dates that cannot overlap) give no score at all.
Who is blamed is deliberately *not* a hard constraint: outlets on different sides blame different
actors for the same strike, which is what makes an event contested.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from .reports import Report

#: PLOVER types that different outlets use for one incident (an air raid reported as an assault
#: by one side and as coercion/a security operation by the other)
_TYPE_GROUPS = ({"ASSAULT", "COERCE"}, {"PROTEST", "MOBILIZE"}, {"ACCUSE", "REJECT"})

#: how far apart (km) two reports' places may be and still be one event, by UCDP precision
_PLACE_TOLERANCE_KM = {1: 15.0, 2: 30.0, 3: 60.0, 4: 120.0, 5: 150.0, 6: 400.0, 7: 400.0}

WEIGHTS = {"date": 0.20, "place": 0.20, "type": 0.10, "participants": 0.15,
           "fatalities": 0.10, "text": 0.25}
#: a report joins a canonical event when its mean score with the event's reports reaches this
#: (weights and threshold: the best of 3 weightings x 4 thresholds on FA-KES dev, see docs)
THRESHOLD = 0.65


def compatible_types(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    return any(a in group and b in group for group in _TYPE_GROUPS)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _day_range(r: Report) -> tuple[int, int]:
    """The report's own days (its window without the slack blocking added)."""
    from .reports import DATE_SLACK
    slack = DATE_SLACK.get(r.precision, 0) if r.date_start else 0
    return r.first + slack, r.last - slack


def date_score(a: Report, b: Report) -> Optional[float]:
    """1 for the same day, less for each day between the two dates; coarse dates score
    moderately whatever they are (they cannot tell events apart)."""
    if a.first is None or b.first is None:
        return None
    if a.first > b.last or b.first > a.last:
        return None                                     # windows do not even touch
    (a0, a1), (b0, b1) = _day_range(a), _day_range(b)
    gap = max(0, max(a0, b0) - min(a1, b1))
    if a.precision == "day" and b.precision == "day" and a.date_start and b.date_start:
        return {0: 1.0, 1: 0.6, 2: 0.25}.get(gap, 0.0)
    return 0.6 if gap == 0 else 0.4


def place_score(a: Report, b: Report) -> Optional[float]:
    """Near places score high; a place known only as a country or region (UCDP precision 5+)
    is compared by containment, since its coordinates are just a centroid."""
    if a.country and b.country and a.country != b.country:
        return None
    pa, pb = a.geo_precision or 4, b.geo_precision or 4
    same_region = bool(a.admin1 and b.admin1 and a.admin1 == b.admin1)
    have_coords = None not in (a.lat, a.lon, b.lat, b.lon)
    if max(pa, pb) < 5 and have_coords:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        tol = max(_PLACE_TOLERANCE_KM.get(pa, 120.0), _PLACE_TOLERANCE_KM.get(pb, 120.0))
        if km <= tol:
            return 1.0 - 0.6 * km / tol
        return 0.5 if same_region and max(pa, pb) >= 4 else None
    if a.admin1 and b.admin1:
        if same_region:
            return 0.6
        return None if max(pa, pb) >= 5 else 0.1
    return 0.4


def type_score(a: Report, b: Report) -> float:
    score = 1.0 if a.type == b.type else 0.6
    if a.acled and b.acled and a.acled != b.acled:
        score -= 0.3
    return score


def participants_score(a: Report, b: Report) -> float:
    pa, pb = a.participants, b.participants
    if not pa or not pb:
        return 0.4
    return 0.2 + 0.8 * len(pa & pb) / len(pa | pb)


def fatalities_score(a: Report, b: Report) -> float:
    if a.fatalities is None or b.fatalities is None:
        return 0.4
    x, y = a.fatalities[1], b.fatalities[1]
    if a.fatalities[0] <= y <= a.fatalities[2] or b.fatalities[0] <= x <= b.fatalities[2]:
        return 1.0
    return (min(x, y) + 1) / (max(x, y) + 1)


@dataclass
class Score:
    total: float
    parts: dict


def score_pair(a: Report, b: Report, text_cosine: float) -> Optional[Score]:
    """The similarity of two reports, or None when they cannot be one event."""
    if not compatible_types(a.type, b.type):
        return None
    d = date_score(a, b)
    p = place_score(a, b)
    if d is None or p is None:
        return None
    parts = {"date": d, "place": p, "type": type_score(a, b),
             "participants": participants_score(a, b), "fatalities": fatalities_score(a, b),
             "text": min(1.0, 1.5 * float(text_cosine))}
    total = sum(WEIGHTS[k] * v for k, v in parts.items())
    return Score(round(total, 4), {k: round(v, 3) for k, v in parts.items()})
