"""One *report*: an event as one document tells it, flattened for linking.

Reports are read from the store's event index (``events`` + ``documents``) through the store's
``query`` method, so linking works on every SQL backend. Texts (title plus the sentences around
the event's evidence) are loaded separately, only for the reports that need comparing.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Iterable, Optional

#: days of slack on each side of an event's date range, by date precision; None: not linkable
#: by date (too vague to tell one event from another)
DATE_SLACK = {"day": 1, "week": 2, "month": 3, "year": 7, "unknown": 2}
#: statuses of events that happened (or are said to have happened) on their date
FACTUAL = ("reported", "claimed", "recalled", "denied")


@dataclass
class Report:
    document_id: str
    event_id: str
    outlet: Optional[str] = None
    published: Optional[str] = None
    type: str = ""
    mode: Optional[str] = None
    acled: Optional[str] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    precision: str = "unknown"
    first: Optional[int] = None          # day ordinals of the range the event may lie in
    last: Optional[int] = None
    status: str = "reported"
    place_name: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geo_precision: Optional[int] = None
    fatalities: Optional[tuple[int, int, int]] = None
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    claimed_by: tuple[str, ...] = ()
    text: str = ""
    lead: str = ""                       # title and first paragraphs of the whole document
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.document_id, self.event_id)

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(n.lower() for n in self.actor + self.recipient)

    def sort_key(self) -> tuple:
        return (self.first if self.first is not None else 10 ** 7, self.document_id,
                self.event_id)


def _ordinal(day: Optional[str]) -> Optional[int]:
    if not day:
        return None
    try:
        return dt.date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def _names(value: Optional[str]) -> tuple[str, ...]:
    return tuple(n.strip() for n in value.split("; ") if n.strip()) if value else ()


def date_window(precision: str, first: Optional[int], last: Optional[int],
                published: Optional[int], status: str) -> tuple[Optional[int], Optional[int]]:
    """The day range a report is compared over: its own date range, or, for news reported
    without a date of its own, the days just before its publication."""
    if first is None and status in ("reported", "claimed") and published is not None:
        return published - 3, published
    if first is None or precision not in DATE_SLACK:
        return None, None
    slack = DATE_SLACK[precision]
    return first - slack, (last if last is not None else first) + slack


def report_from_row(row: dict) -> Report:
    fat = None
    if row.get("fatalities_best") is not None:
        best = int(row["fatalities_best"])
        fat = (int(row["fatalities_low"] if row["fatalities_low"] is not None else best), best,
               int(row["fatalities_high"] if row["fatalities_high"] is not None else best))
    first, last = date_window(row.get("precision") or "unknown", _ordinal(row.get("day_first")),
                              _ordinal(row.get("day_last")), _ordinal(row.get("published")),
                              row.get("status") or "reported")
    return Report(
        document_id=row["document_id"], event_id=row["event_id"], outlet=row.get("outlet"),
        published=row.get("published"), type=row.get("type") or "", mode=row.get("mode"),
        acled=row.get("acled"), date_start=row.get("date_start"), date_end=row.get("date_end"),
        precision=row.get("precision") or "unknown", first=first, last=last,
        status=row.get("status") or "reported", place_name=row.get("place_name"),
        country=row.get("country"), admin1=row.get("admin1"), admin2=row.get("admin2"),
        lat=row.get("lat"), lon=row.get("lon"), geo_precision=row.get("geo_precision"),
        fatalities=fat, actor=_names(row.get("actor")), recipient=_names(row.get("recipient")),
        claimed_by=_names(row.get("claimed_by")))


REPORT_SQL = ("SELECT e.*, d.outlet, d.published FROM events e "
              "JOIN documents d ON d.id = e.document_id")


def load_reports(store, where: str = "", params: Iterable = ()) -> list[Report]:
    rows = store.query(f"{REPORT_SQL} {where}", tuple(params))
    return [report_from_row(r) for r in rows]


def _chunks(items: list, size: int = 400):
    for i in range(0, len(items), size):
        yield items[i:i + size]


WINDOW = 160   # characters of context kept on each side of an evidence span
LEAD = 1200    # characters of the document's lead compared as document-level text


def event_text(record: dict, event_id: str) -> str:
    """Title plus the text around the event's evidence (the lead if it has none)."""
    doc = record.get("document") or {}
    text = doc.get("text") or ""
    ev = next((e for e in record.get("events") or [] if e.get("id") == event_id), None)
    spans = (ev or {}).get("evidence") or []
    parts = [doc.get("title") or ""]
    if spans:
        for s, e in spans[:4]:
            parts.append(text[max(0, s - WINDOW):e + WINDOW])
    else:
        parts.append(text[:2 * WINDOW])
    return " ".join(p for p in parts if p)


def attach_texts(store, reports: list[Report]) -> None:
    """Fill ``report.text`` (and the actors' affiliations) for every report that lacks it
    (one query per few hundred documents)."""
    by_doc: dict[str, list[Report]] = {}
    for r in reports:
        if not r.text:
            by_doc.setdefault(r.document_id, []).append(r)
    for chunk in _chunks(sorted(by_doc)):
        marks = ", ".join("?" * len(chunk))
        rows = store.query(f"SELECT document_id, record FROM records WHERE document_id IN "
                           f"({marks})", tuple(chunk))
        for row in rows:
            record = json.loads(row["record"])
            affiliations = {a.get("name"): a.get("affiliations") or []
                            for a in record.get("actors") or [] if a.get("affiliations")}
            for r in by_doc.get(row["document_id"], ()):
                r.text = event_text(record, r.event_id) or " "
                doc = record.get("document") or {}
                r.lead = f"{doc.get('title') or ''} {(doc.get('text') or '')[:LEAD]}".strip() \
                    or " "
                r.extra["affiliations"] = affiliations
