"""Canonical events: one object per real-world event, every report kept side by side.

``build_canonical`` merges the reports of one cluster (shape of record.md, "Canonical events");
``list_canonical`` and ``grade_of`` read what ``claimline link`` stored, for the CLI and the API.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Optional

from ..store.filters import ACTOR_CONDITION, EventFilter, place_time_type_conditions
from .grade import ASSERTING, IsCopy, grade
from .reports import Report

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "century": 5,
                   "unknown": 6}


def canonical_id(document_id: str, event_id: str) -> str:
    """Stable id of the canonical event opened by this report."""
    digest = hashlib.sha256(f"{document_id}#{event_id}".encode("utf-8")).hexdigest()
    return "ce-" + digest[:16]


def canonical_fatalities(reports: list[Report]) -> Optional[dict]:
    """low = lowest low, high = highest high, best = the lowest best figure reported — ACLED's
    conservative rule (when sources disagree, code the most conservative count)."""
    figures = [r.fatalities for r in reports if r.fatalities is not None]
    if not figures:
        return None
    return {"low": min(f[0] for f in figures), "best": min(f[1] for f in figures),
            "high": max(f[2] for f in figures)}


def _most_common(values: list, order: list) -> object:
    """Most frequent value; ties go to the one seen first in ``order`` (deterministic)."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in order if counts[v] == best)


def _ref(r: Report) -> str:
    return f"{r.document_id}#{r.event_id}"


def _disagreements(reports: list[Report]) -> dict:
    fields = {
        "type": lambda r: r.type,
        "acled": lambda r: r.acled,
        "date": lambda r: r.date_start,
        "place": lambda r: r.place_name,
        "actor": lambda r: "; ".join(sorted(r.actor)) or None,
        "recipient": lambda r: "; ".join(sorted(r.recipient)) or None,
        "fatalities": lambda r: r.fatalities[1] if r.fatalities else None,
        "status": lambda r: r.status,
    }
    out = {}
    for name, get in fields.items():
        seen: dict = {}
        for r in reports:
            value = get(r)
            if value is not None:
                seen.setdefault(value, []).append(_ref(r))
        if len(seen) > 1:
            out[name] = [{"value": v, "reports": refs} for v, refs in seen.items()]
    return out


def _report_view(r: Report, score: Optional[float]) -> dict:
    fat = None if r.fatalities is None else dict(zip(("low", "best", "high"), r.fatalities))
    return {"document": r.document_id, "event": r.event_id, "outlet": r.outlet,
            "published": r.published, "claimed_by": list(r.claimed_by), "fatalities": fat,
            "status": r.status, "actor": list(r.actor), "recipient": list(r.recipient),
            "type": r.type, "acled": r.acled,
            "date": {"start": r.date_start, "end": r.date_end, "precision": r.precision},
            "place": r.place_name, "score": score}


def build_canonical(cid: str, reports: list[Report], scores: Optional[dict] = None,
                    is_copy: Optional[IsCopy] = None) -> dict:
    """The canonical event object (record.md shape plus ``disagreements`` and counts)."""
    reports = sorted(reports, key=Report.sort_key)
    scores = scores or {}
    basis = [r for r in reports if r.status in ASSERTING] or reports
    type_ = _most_common([r.type for r in basis], [r.type for r in basis])
    typed = [r for r in basis if r.type == type_]
    acleds = [r.acled for r in typed if r.acled]
    modes = [r.mode for r in typed if r.mode]
    finest = min(_PRECISION_RANK.get(r.precision, 6) for r in basis)
    dated = [r for r in basis if _PRECISION_RANK.get(r.precision, 6) == finest and r.date_start]
    date = {"start": None, "end": None, "precision": "unknown"}
    if dated:
        start = _most_common([r.date_start for r in dated], [r.date_start for r in dated])
        ref = next(r for r in dated if r.date_start == start)
        date = {"start": ref.date_start, "end": ref.date_end, "precision": ref.precision}
    placed = [r for r in basis if r.place_name]
    place = None
    if placed:
        top = min(r.geo_precision or 7 for r in placed)
        ref = next(r for r in placed if (r.geo_precision or 7) == top)
        place = {"name": ref.place_name, "lat": ref.lat, "lon": ref.lon, "country": ref.country,
                 "admin1": ref.admin1, "admin2": ref.admin2, "precision": ref.geo_precision}
    grade_, reason = grade(reports, is_copy)
    outlets = sorted({r.outlet for r in reports if r.outlet})
    return {
        "id": cid, "type": type_,
        "mode": _most_common(modes, modes) if modes else None,
        "acled": _most_common(acleds, acleds) if acleds else None,
        "date": date, "place": place, "fatalities": canonical_fatalities(basis),
        "grade": grade_, "grade_reason": reason,
        "reports": [_report_view(r, scores.get(r.key)) for r in reports],
        "disagreements": _disagreements(reports),
        "n_reports": len(reports), "outlets": outlets,
    }


# --- reading what `claimline link` stored ----------------------------------------------------

def _filter_sql(store, flt: EventFilter) -> tuple[list[str], list]:
    where, params = [], []
    member = ("c.id IN (SELECT cr.canonical_id FROM canonical_reports cr JOIN events e "
              "ON e.document_id = cr.document_id AND e.event_id = cr.event_id WHERE {})")
    if flt.actor:
        where.append(member.format(ACTOR_CONDITION))
        params.append(f"%{flt.actor.lower()}%")
    shared, shared_params = place_time_type_conditions(flt, "c")
    where += shared
    params += shared_params
    if flt.status:
        where.append(member.format("e.status = ?"))
        params.append(flt.status)
    if flt.document:
        where.append("c.id IN (SELECT canonical_id FROM canonical_reports WHERE document_id = ?)")
        params.append(flt.document)
    if flt.text:
        clause, extra = store.text_search_clause(flt.text)
        where.append(member.format(clause))
        params += extra
    return where, params


def list_canonical(store, flt: EventFilter | None = None, limit: int | None = None,
                   after: tuple[str, str] | None = None) -> list[dict]:
    """Stored canonical events matching ``flt`` (a report matching is enough for actor, status,
    document and text filters), ordered by (first day, id); ``after`` is the (day_first, id) of
    the last object of the previous page."""
    where, params = _filter_sql(store, flt or EventFilter())
    if after:
        where.append("(COALESCE(c.day_first, ''), c.id) > (?, ?)")
        params += [after[0] or "", after[1]]
    sql = (f"SELECT c.data, c.day_first FROM canonical_events c "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY COALESCE(c.day_first, ''), c.id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for row in store.query(sql, params):
        obj = json.loads(row["data"])
        obj["day_first"] = row["day_first"]
        out.append(obj)
    return out


def canonical_of(store, document_id: str, event_id: str) -> Optional[str]:
    rows = store.query("SELECT canonical_id FROM canonical_reports WHERE document_id = ? AND "
                       "event_id = ?", (document_id, event_id))
    return rows[0]["canonical_id"] if rows else None


def grade_of(store, document_id: str, event_id: str) -> Optional[str]:
    """Grade of the canonical event this report was linked into (None if not linked yet)."""
    rows = store.query("SELECT c.grade FROM canonical_reports cr JOIN canonical_events c "
                       "ON c.id = cr.canonical_id WHERE cr.document_id = ? AND cr.event_id = ?",
                       (document_id, event_id))
    return rows[0]["grade"] if rows else None
