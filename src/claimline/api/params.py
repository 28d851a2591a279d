"""Query parameters shared by the event endpoints and pages: filters and opaque cursors."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Literal, Optional

from fastapi import Query

from ..errors import ClaimlineError
from ..store import EventFilter
from ..store.filters import parse_bound
from .problems import ApiError

DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"   # empty = no filter (HTML forms send it)
Status = Literal["reported", "recalled", "claimed", "denied", "threatened", "hypothetical", ""]
Grade = Literal["confirmed", "fair", "weak", "contested", "discounted", ""]


@dataclass
class Filters:
    """The event filters of a request: what the store filters on, plus the linking grade
    (applied after the query, since grades live in the linking tables)."""

    flt: EventFilter
    grade: Optional[str] = None

    def as_query(self) -> dict:
        """The filters as query parameters (for links that keep them)."""
        flt = self.flt
        pairs = {"since": self.raw_since, "until": self.raw_until, "actor": flt.actor,
                 "place": flt.place, "country": flt.country, "admin1": flt.admin1,
                 "type": flt.type, "status": flt.status, "q": flt.text, "grade": self.grade,
                 "document": flt.document}
        return {k: v for k, v in pairs.items() if v}

    raw_since: Optional[str] = None
    raw_until: Optional[str] = None


def filters(
    since: Optional[str] = Query(None, pattern=DATE_PATTERN, max_length=10,
                                 description="Events on or after this day: YYYY, YYYY-MM or "
                                             "YYYY-MM-DD (a partial date means its first day)."),
    until: Optional[str] = Query(None, pattern=DATE_PATTERN, max_length=10,
                                 description="Events on or before this day (a partial date "
                                             "means its last day)."),
    actor: Optional[str] = Query(None, max_length=200,
                                 description="Actor or recipient name contains (any case)."),
    place: Optional[str] = Query(None, max_length=200,
                                 description="Place name, admin1 or admin2 contains, or "
                                             "country code equals."),
    country: Optional[str] = Query(None, pattern=r"^([A-Za-z]{2})?$",
                                   description="ISO 3166-1 alpha-2 country code."),
    admin1: Optional[str] = Query(None, max_length=200,
                                  description="First-level region, exact (any case)."),
    type: Optional[str] = Query(None, max_length=100,
                                description="PLOVER type (ASSAULT) or ACLED sub-event type "
                                            "(Air/drone strike), any case."),
    status: Optional[Status] = Query(None, description="How the source presents the event."),
    grade: Optional[Grade] = Query(None, description="Grade of the linked canonical event "
                                                     "(needs cross-document linking)."),
    q: Optional[str] = Query(None, max_length=500,
                             description="Full-text search in the document title and text "
                                         "(words ANDed, \"quoted phrases\", prefix*)."),
    document: Optional[str] = Query(None, max_length=200,
                                    description="Only events of this document id."),
) -> Filters:
    try:
        since, until = _clean(since), _clean(until)
        flt = EventFilter(since=parse_bound(since, "since"),
                          until=parse_bound(until, "until", last=True),
                          actor=_clean(actor), place=_clean(place),
                          country=country.upper() if country else None,
                          admin1=_clean(admin1), type=_clean(type), status=status or None,
                          document=_clean(document), text=_clean(q))
    except ClaimlineError as error:
        raise ApiError(error, 422) from error
    return Filters(flt=flt, grade=grade or None, raw_since=since, raw_until=until)


def _clean(value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    return value or None


def encode_cursor(key) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: Optional[str], parts: int) -> Optional[tuple]:
    """The sort key hidden in an opaque cursor; E090 (422) for anything that is not one."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
        if isinstance(key, list) and len(key) == parts and all(isinstance(k, str) for k in key):
            return tuple(key)
    except (ValueError, UnicodeDecodeError):
        pass
    raise ApiError(ClaimlineError("E090", value=cursor[:100], param="cursor",
                                  reason="not a cursor given by this API (use the 'next' URL)"),
                   422)


def event_key(row: dict) -> tuple[str, str, str]:
    """The store's sort key of an event row (what ``Store.events(after=…)`` continues from)."""
    return (row.get("day_first") or "", row["document_id"], row["event_id"])


CURSOR = Query(None, max_length=2000, description="Opaque cursor from a previous page's "
                                                  "'next' URL.")


def limit_param(default: int, maximum: int):
    return Query(default, ge=1, le=maximum, description=f"Page size (1–{maximum}).")
