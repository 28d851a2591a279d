"""The web pages (Jinja2, no build step): the map/timeline/list page, an event page and a
document page, both showing the source text with the evidence highlighted."""
from __future__ import annotations

from pathlib import Path as FilePath
from typing import Optional

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import ClaimlineError
from ..store import EventFilter, Store
from . import linking
from .deps import store as get_store
from .params import CURSOR, Filters, decode_cursor, encode_cursor, event_key, filters
from .problems import ApiError
from .routes_events import ID, page_of_events
from .views import document_meta, event_view, highlighted

HERE = FilePath(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)

STATUSES = ("reported", "recalled", "claimed", "denied", "threatened", "hypothetical")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
PAGE = 50


def context(request: Request, **values) -> dict:
    settings = request.app.state.settings
    return {"request": request, "tile_url": settings.tile_url or "",
            "tile_attribution": settings.tile_attribution or "", **values}


@router.get("/", response_class=HTMLResponse)
def index(request: Request, f: Filters = Depends(filters), cursor: Optional[str] = CURSOR,
          store: Store = Depends(get_store)):
    rows, more = page_of_events(store, f, PAGE, decode_cursor(cursor, 3))
    query = f.as_query()
    next_link = None
    if more and rows:
        url = request.url.include_query_params(cursor=encode_cursor(event_key(rows[-1])))
        next_link = f"{url.path}?{url.query}"
    return templates.TemplateResponse(request, "index.html", context(
        request, rows=rows, next_link=next_link, query=query, statuses=STATUSES,
        grades=GRADES if linking.available() else (), total=store.count_documents(),
        paged=bool(cursor)))


@router.get("/events/{document_id}/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, document_id: str = Path(..., pattern=ID),
               event_id: str = Path(..., pattern=ID), store: Store = Depends(get_store)):
    record = store.get_record(document_id)
    view = None
    if record is not None:
        view = event_view(record, event_id, linking.grader(store)(document_id, event_id))
    if view is None:
        raise ApiError(ClaimlineError("E091", what="event", id=f"{document_id}/{event_id}",
                                      listing="/"))
    view["canonical"] = linking.canonical_for(store, document_id, event_id)
    return templates.TemplateResponse(request, "event.html", context(
        request, ev=view, doc=document_meta(record), segments=highlighted(record, event_id),
        siblings=[e.id for e in record.events], framing_groups=framing_groups(view["framing"])))


def framing_groups(flags: list[dict]) -> list[dict]:
    """The same words flagged the same way in the same voice, once, with a count."""
    groups: dict[tuple, dict] = {}
    for flag in flags:
        key = (flag["text"].lower(), flag["technique"], flag["neutral"], flag["voice_name"])
        if key in groups:
            groups[key]["count"] += 1
        else:
            groups[key] = {**flag, "count": 1}
    return list(groups.values())


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str = Path(..., pattern=ID),
                  store: Store = Depends(get_store)):
    record = store.get_record(document_id)
    if record is None:
        raise ApiError(ClaimlineError("E091", what="document", id=document_id, listing="/"))
    rows, _ = page_of_events(store, Filters(flt=EventFilter(document=document_id)), 10000, None)
    return templates.TemplateResponse(request, "document.html", context(
        request, doc=document_meta(record), rows=rows, segments=highlighted(record, None),
        record=record))


def render_error(request: Request, status: int, body: dict, headers: Optional[dict]):
    return templates.TemplateResponse(request, "error.html", context(request, body=body),
                                      status_code=status, headers=headers)
