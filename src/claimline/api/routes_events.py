"""Event endpoints: the filtered, paginated list; one event; map points; the timeline."""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Iterator, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import ClaimlineError
from ..store import Store
from . import linking
from .deps import store as get_store
from .models import EventDetail, EventPage, Points, Timeline
from .params import CURSOR, Filters, decode_cursor, encode_cursor, event_key, filters, \
    limit_param
from .problems import ERROR_RESPONSES, ApiError
from .views import clean_row, document_meta, event_links, event_view

router = APIRouter(prefix="/api", tags=["events"], responses=ERROR_RESPONSES)

ID = r"^[\w.:-]{1,200}$"
POINTS_MAX = 20000


def page_of_events(store: Store, f: Filters, limit: int, after,
                   with_grade: bool = True) -> tuple[list[dict], bool]:
    rows, more = linking.rows_with_grade(
        store, lambda n, a: store.events(f.flt, limit=n, after=a), limit, after, f.grade,
        event_key, with_grade)
    out = []
    for row in rows:
        row = clean_row(row)
        row["links"] = event_links(row["document_id"], row["event_id"])
        out.append(row)
    return out, more


def iter_rows(store: Store, f: Filters, page: int = 1000) -> Iterator[dict]:
    """Every matching row, raw (no links, no grades unless filtering by grade)."""
    after = None
    while True:
        if f.grade:
            rows, more = linking.rows_with_grade(
                store, lambda n, a: store.events(f.flt, limit=n, after=a), page, after,
                f.grade, event_key)
        else:
            rows = store.events(f.flt, limit=page, after=after)
            more = len(rows) == page
        yield from rows
        if not more or not rows:
            return
        after = event_key(rows[-1])


def next_url(request: Request, cursor: str) -> str:
    url = request.url.include_query_params(cursor=cursor)
    return f"{url.path}?{url.query}"


@router.get("/events", response_model=EventPage, summary="List events (filtered, paginated)")
def list_events(request: Request, f: Filters = Depends(filters),
                limit: int = limit_param(100, 1000), cursor: Optional[str] = CURSOR,
                store: Store = Depends(get_store)):
    """Events of every stored document matching the filters, ordered by first day, document
    and event id. Follow ``next`` (null on the last page) for the following page."""
    rows, more = page_of_events(store, f, limit, decode_cursor(cursor, 3))
    nxt = next_url(request, encode_cursor(event_key(rows[-1]))) if more and rows else None
    return {"ok": True, "count": len(rows), "events": rows, "next": nxt}


@router.get("/events/{document_id}/{event_id}", response_model=EventDetail,
            summary="One event with its actors, place, claims and framing")
def get_event(document_id: str = Path(..., pattern=ID), event_id: str = Path(..., pattern=ID),
              store: Store = Depends(get_store)):
    record = store.get_record(document_id)
    grade = linking.grader(store)(document_id, event_id) if record else None
    view = event_view(record, event_id, grade) if record else None
    if view is None:
        raise ApiError(ClaimlineError("E091", what="event", id=f"{document_id}/{event_id}",
                                      listing="/api/events"))
    view["canonical"] = linking.canonical_for(store, document_id, event_id)
    return {"ok": True, "event": view, "document": document_meta(record)}


@router.get("/points", response_model=Points, summary="Map points of the filtered events")
def points(f: Filters = Depends(filters),
           limit: int = Query(5000, ge=1, le=POINTS_MAX, description="At most this many."),
           store: Store = Depends(get_store)):
    """Compact coordinates of the matching events that have a place with coordinates."""
    out, truncated = [], False
    for row in iter_rows(store, f):
        if row["lat"] is None or row["lon"] is None:
            continue
        if len(out) >= limit:
            truncated = True
            break
        best = row["fatalities_best"]
        out.append({"document_id": row["document_id"], "event_id": row["event_id"],
                    "lat": float(row["lat"]), "lon": float(row["lon"]), "type": row["type"],
                    "date": _text(row["date_start"]), "place": row["place_name"],
                    "fatalities": None if best is None else int(best), "status": row["status"]})
    return {"ok": True, "count": len(out), "truncated": truncated, "points": out}


@router.get("/timeline", response_model=Timeline, summary="Histogram of events by date")
def timeline(f: Filters = Depends(filters),
             bucket: Literal["auto", "day", "month", "year"] = Query(
                 "auto", description="Bin width; auto picks by the span of dates."),
             store: Store = Depends(get_store)):
    """Counts of the matching events by first day, in contiguous bins (empty ones included)."""
    days, undated = [], 0
    for row in iter_rows(store, f):
        if row["day_first"]:
            days.append(_text(row["day_first"]))
        else:
            undated += 1
    parsed = [d for d in (_day(x) for x in days) if d is not None]
    undated += len(days) - len(parsed)
    chosen = _bucket(parsed) if bucket == "auto" else bucket
    return {"ok": True, "bucket": chosen, "total": len(parsed) + undated, "undated": undated,
            "bins": _bins(parsed, chosen)}


def _text(value) -> Optional[str]:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _day(value: str) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _bucket(days: list[dt.date]) -> str:
    if not days:
        return "month"
    span = (max(days) - min(days)).days
    return "day" if span <= 92 else "month" if span <= 366 * 8 else "year"


def _start(day: dt.date, bucket: str) -> dt.date:
    if bucket == "year":
        return day.replace(month=1, day=1)
    if bucket == "month":
        return day.replace(day=1)
    return day


def _end(start: dt.date, bucket: str) -> dt.date:
    if bucket == "year":
        return start.replace(month=12, day=31)
    if bucket == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def _bins(days: list[dt.date], bucket: str) -> list[dict]:
    if not days:
        return []
    counts: dict[dt.date, int] = {}
    for day in days:
        key = _start(day, bucket)
        counts[key] = counts.get(key, 0) + 1
    out, current, last = [], _start(min(days), bucket), _start(max(days), bucket)
    while current <= last and len(out) < 5000:
        end = _end(current, bucket)
        out.append({"start": current.isoformat(), "end": end.isoformat(),
                    "count": counts.get(current, 0)})
        current = end + dt.timedelta(days=1)
    return out
