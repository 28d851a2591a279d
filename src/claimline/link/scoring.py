"""Similarity of two reports: structured fields (date, place, type, participants, toll) plus text.

Each part is in [0, 1]; the total is their weighted mean. Hard incompatibilities (types that
cannot describe one event, places too far apart, dates that cannot overlap) give no score at all.
Who is blamed is deliberately *not* a hard constraint: outlets on different sides blame different
actors for the same strike, which is what makes an event contested.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from ..events.incident import day_gap
from ..geo import haversine_km
from .reports import Report

#: PLOVER types that different outlets use for one incident (an air raid reported as an assault
#: by one side and as coercion/a security operation by the other)
_TYPE_GROUPS = ({"ASSAULT", "COERCE"}, {"PROTEST", "MOBILIZE"}, {"ACCUSE", "REJECT"})

#: how far apart (km) two reports' places may be and still be one event, by UCDP precision
_PLACE_TOLERANCE_KM = {1: 15.0, 2: 30.0, 3: 60.0, 4: 120.0, 5: 150.0, 6: 400.0, 7: 400.0}

#: UCDP precision from which a place is coarse (a region or a country): it is blocked and
#: compared by country only, and a mismatch of regions costs score instead of ruling a link out
COARSE = 4
#: place score of two places that agree only at region level (one or both coarse)
COARSE_MATCH = 0.6

WEIGHTS = {"date": 0.20, "place": 0.20, "type": 0.10, "participants": 0.15,
           "fatalities": 0.10, "text": 0.25}
#: a report joins a canonical event when its mean score with the event's reports reaches this
#: (weights and threshold: the best of 3 weightings x 4 thresholds on FA-KES dev, see docs)
THRESHOLD = 0.65


#: ACLED sub-event types that outlets use for one attack (an air raid told as shelling, a car bomb
#: as an IED or a suicide bombing, a strike told just as an attack)
_ACLED_FAMILIES = (
    {"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon", "Attack",
     "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
    {"Armed clash", "Attack", "Government regains territory",
     "Non-state actor overtakes territory"},
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
     "Violent demonstration", "Mob violence"},
)


def same_acled_family(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b or a == b:
        return True
    return any(a in fam and b in fam for fam in _ACLED_FAMILIES)


def compatible_types(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    return any(a in group and b in group for group in _TYPE_GROUPS)


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
            if max(pa, pb) >= COARSE:
                # a region-level place only says the other lies in its region: one governorate
                # holds many events on one day, so it is not evidence of the same place
                return COARSE_MATCH
            return 1.0 - 0.6 * km / tol
        if max(pa, pb) >= COARSE:
            # a region-level place (or a wrong one: a dateline city, a factbox) on one side
            return 0.5 if same_region else 0.0
        return None
    if a.admin1 and b.admin1:
        return COARSE_MATCH if same_region else 0.0
    return 0.4


def type_score(a: Report, b: Report) -> float:
    score = 1.0 if a.type == b.type else 0.6
    if a.acled and b.acled and a.acled != b.acled:
        score -= 0.1 if same_acled_family(a.acled, b.acled) else 0.3
    return score


def same_incident(a: Report, b: Report) -> bool:
    """Two events of one document that tell the same incident (a text that splits one attack
    into several events): compatible types, overlapping own days, compatible places. Such
    siblings may share a canonical event; other events of one document never do. (Days: the
    same gap as events.incident.same_incident, the reading of one incident within a report.)"""
    if not compatible_types(a.type, b.type) or not same_acled_family(a.acled, b.acled):
        return False
    if a.first is None or b.first is None:
        return False
    if day_gap(_day_range(a), _day_range(b)) > 1:
        return False
    if not (a.country and b.country):
        return True
    return place_score(a, b) is not None


_WORD = re.compile(r"[^\W_]+")


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name.lower()))


def same_participant(x: str, y: str) -> bool:
    """One name is the other or contains all its words: outlets name one side more or less
    fully ("Assad" / "Assad's air force", "civilians" / "Syrian civilians")."""
    wx, wy = _words(x), _words(y)
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def participants_score(a: Report, b: Report) -> float:
    pa, pb = a.participants, b.participants
    if not pa or not pb:
        return 0.4
    small, large = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    shared = sum(any(same_participant(x, y) for y in large) for x in sorted(small))
    return 0.2 + 0.8 * shared / (len(pa) + len(pb) - shared)


def fatalities_score(a: Report, b: Report) -> float:
    if a.fatalities is None or b.fatalities is None:
        return 0.4
    x, y = a.fatalities[1], b.fatalities[1]
    if a.fatalities[0] <= y <= a.fatalities[2] or b.fatalities[0] <= x <= b.fatalities[2]:
        return 1.0
    # tolls rise as bodies are found and differ by who counts: the square root of the ratio
    # keeps 30 vs 43 close (0.84) and 12 vs 65 apart (0.44)
    return math.sqrt((min(x, y) + 1) / (max(x, y) + 1))


@dataclass
class Score:
    total: float
    parts: dict


def text_score(event_cosine: float, lead_cosine: float = 0.0) -> float:
    """Text evidence: the event's own sentences, or the two documents' leads when they are
    closer (two news items about one incident share most of their words; the event sentences
    of a text that split the incident into several events may share few)."""
    return min(1.0, max(1.5 * float(event_cosine), LEAD_FACTOR * float(lead_cosine)))


#: weight of the lead cosine against the event-sentence cosine
LEAD_FACTOR = 1.5


def score_pair(a: Report, b: Report, text_cosine: float,
               lead_cosine: float = 0.0) -> Optional[Score]:
    """The similarity of two reports, or None when they cannot be one event."""
    if not compatible_types(a.type, b.type):
        return None
    d = date_score(a, b)
    p = place_score(a, b)
    if d is None or p is None:
        return None
    parts = {"date": d, "place": p, "type": type_score(a, b),
             "participants": participants_score(a, b), "fatalities": fatalities_score(a, b),
             "text": text_score(text_cosine, lead_cosine)}
    total = sum(WEIGHTS[k] * v for k, v in parts.items())
    return Score(round(total, 4), {k: round(v, 3) for k, v in parts.items()})
