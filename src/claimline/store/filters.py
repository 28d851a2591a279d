"""Event filters shared by the CLI, the API and every storage backend."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..errors import ClaimlineError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def day_range(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """First and last day covered by a partial date: '2017' → ('2017-01-01', '2017-12-31'),
    '2017-04' → month, a full date → itself, a decade like '201X' → its decade; else (None, None)."""
    if not value:
        return None, None
    m = re.match(r"^(\d{3})X$", value)
    if m:
        return f"{m.group(1)}0-01-01", f"{m.group(1)}9-12-31"
    m = re.match(r"^(\d{2})XX$", value)
    if m:
        return f"{m.group(1)}00-01-01", f"{m.group(1)}99-12-31"
    m = _PARTIAL.match(value)
    if not m:
        return None, None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return value, value
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def parse_bound(value: Optional[str], option: str, last: bool = False) -> Optional[str]:
    """Validate a --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD) as a day."""
    if value is None:
        return None
    try:
        first_day, last_day = day_range(value) if _PARTIAL.match(value) else (None, None)
        if first_day is not None:  # a real calendar day (no month 13, no 30 February)
            dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day)
    except ValueError:
        first_day = None
    if first_day is None:
        raise ClaimlineError("E012", value=value, option=option)
    return last_day if last else first_day


@dataclass
class EventFilter:
    actor: Optional[str] = None       # case-insensitive substring of any actor/recipient name
    place: Optional[str] = None       # substring of place name, admin1 or admin2, or country code
    country: Optional[str] = None     # ISO alpha-2
    admin1: Optional[str] = None      # first-level region, exact (any case)
    since: Optional[str] = None       # events whose days overlap [since, until]
    until: Optional[str] = None
    type: Optional[str] = None        # PLOVER type or ACLED sub_event_type (exact, any case)
    status: Optional[str] = None
    document: Optional[str] = None
    text: Optional[str] = None        # full-text search in the document text (backend-specific)

    @classmethod
    def from_options(cls, since=None, until=None, **kwargs) -> "EventFilter":
        return cls(since=parse_bound(since, "--since"),
                   until=parse_bound(until, "--until", last=True), **kwargs)


#: events whose actor or recipient name contains the ``?`` pattern (table alias ``e``)
ACTOR_CONDITION = ("EXISTS (SELECT 1 FROM event_actors a WHERE a.document_id = e.document_id "
                   "AND a.event_id = e.event_id AND a.role IN ('actor', 'recipient') "
                   "AND lower(a.name) LIKE ?)")


def place_time_type_conditions(flt: EventFilter, t: str) -> tuple[list[str], list]:
    """SQL conditions (``?`` placeholders) on the place, day-range and type columns that the
    ``events`` and ``canonical_events`` tables share, for the table alias ``t``."""
    where, params = [], []
    if flt.place:
        where.append(f"(lower({t}.place_name) LIKE ? OR lower({t}.admin1) LIKE ? OR "
                     f"lower({t}.admin2) LIKE ? OR lower({t}.country) = ?)")
        like = f"%{flt.place.lower()}%"
        params += [like, like, like, flt.place.lower()]
    if flt.country:
        where.append(f"upper({t}.country) = ?")
        params.append(flt.country.upper())
    if flt.admin1:
        where.append(f"lower({t}.admin1) = ?")
        params.append(flt.admin1.lower())
    if flt.since:
        where.append(f"{t}.day_last >= ?")
        params.append(flt.since)
    if flt.until:
        where.append(f"{t}.day_first <= ?")
        params.append(flt.until)
    if flt.type:
        where.append(f"(lower({t}.type) = ? OR lower({t}.acled) = ?)")
        params += [flt.type.lower(), flt.type.lower()]
    return where, params
