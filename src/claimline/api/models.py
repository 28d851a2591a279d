"""Response models: they document the API in its OpenAPI spec (and check what it answers)."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional

from pydantic import BaseModel, ConfigDict


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventLinks(BaseModel):
    self: str
    page: str
    document: str
    record: str


class EventRow(Open):
    """One event of one document, as indexed in the store."""
    document_id: str
    event_id: str
    type: str
    mode: Optional[str] = None
    acled: Optional[str] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    precision: Optional[str] = None
    day_first: Optional[str] = None
    day_last: Optional[str] = None
    status: Optional[str] = None
    place_name: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geo_precision: Optional[int] = None
    fatalities_low: Optional[int] = None
    fatalities_best: Optional[int] = None
    fatalities_high: Optional[int] = None
    actor: Optional[str] = None
    recipient: Optional[str] = None
    claimed_by: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    grade: Optional[str] = None
    links: EventLinks


class EventPage(BaseModel):
    ok: Literal[True] = True
    count: int
    events: List[EventRow]
    next: Optional[str] = None


class EventDetail(BaseModel):
    ok: Literal[True] = True
    event: Dict[str, Any]
    document: Dict[str, Any]


class Point(BaseModel):
    document_id: str
    event_id: str
    lat: float
    lon: float
    type: str
    date: Optional[str] = None
    place: Optional[str] = None
    fatalities: Optional[int] = None
    status: Optional[str] = None


class Points(BaseModel):
    ok: Literal[True] = True
    count: int
    truncated: bool
    points: List[Point]


class Bin(BaseModel):
    start: str
    end: str
    count: int


class Timeline(BaseModel):
    ok: Literal[True] = True
    bucket: Literal["day", "month", "year"]
    total: int
    undated: int
    bins: List[Bin]


class DocumentSummary(Open):
    id: str
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None
    origin: Optional[str] = None
    ingested_at: Optional[str] = None


class DocumentPage(BaseModel):
    ok: Literal[True] = True
    count: int
    documents: List[DocumentSummary]
    next: Optional[str] = None


class DocumentDetail(BaseModel):
    ok: Literal[True] = True
    document: Dict[str, Any]
    events: List[EventRow]
    links: Dict[str, str]


class CanonicalPage(BaseModel):
    ok: Literal[True] = True
    count: int
    events: List[Dict[str, Any]]
    next: Optional[str] = None


class IngestResult(BaseModel):
    document_id: str
    stored: bool
    events: int
    links: Dict[str, str]


class IngestResponse(BaseModel):
    ok: Literal[True] = True
    documents: List[IngestResult]
    errors: List[Dict[str, Any]]


class Health(BaseModel):
    ok: Literal[True] = True
    version: str
    schema_version: int
    documents: int
    writes: bool
    linking: bool
    exports: List[str]
