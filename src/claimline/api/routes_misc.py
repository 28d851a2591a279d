"""Health, exports (``claimline.export``) and canonical events (``claimline.link.canonical``)."""
from __future__ import annotations

import importlib
from typing import Optional

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import StreamingResponse

from .. import __version__
from ..errors import ClaimlineError
from ..store import Store
from . import linking
from .deps import store as get_store
from .models import CanonicalPage, Health
from .params import CURSOR, Filters, decode_cursor, encode_cursor, filters, limit_param
from .problems import ERROR_RESPONSES, ApiError, ErrorBody
from .routes_events import next_url

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
NOT_AVAILABLE = {501: {"model": ErrorBody, "description": "Not in this installation (E096)"}}


def export_module():
    try:
        module = importlib.import_module("claimline.export")
    except ImportError:
        return None
    return module if all(hasattr(module, n) for n in ("stream", "FORMATS", "media_type")) \
        else None


@router.get("/health", response_model=Health, tags=["meta"], summary="Server and store status")
def health(request: Request, store: Store = Depends(get_store)):
    exports = export_module()
    return {"ok": True, "version": __version__, "schema_version": store.schema_version(),
            "documents": store.count_documents(),
            "writes": request.app.state.settings.writes_enabled,
            "linking": linking.available(),
            "exports": list(exports.FORMATS) if exports else []}


@router.get("/export/{fmt}", tags=["export"], responses=NOT_AVAILABLE,
            summary="Export the filtered events or records",
            response_description="jsonl: records as JSON Lines; acled-csv: ACLED-style CSV; "
                                 "geojson: GeoJSON points; plover: PLOVER JSON")
def export(request: Request, fmt: str = Path(..., pattern=r"^[a-z-]{1,20}$"),
           f: Filters = Depends(filters)):
    """Streams the export (the same as ``claimline export``) of the events matching the
    filters; ``jsonl`` gives the full records of the documents holding them."""
    module = export_module()
    if module is None:
        raise ApiError(ClaimlineError("E096", feature="exports", module="claimline.export"), 501)
    if fmt not in module.FORMATS:
        raise ApiError(ClaimlineError("E010", value=fmt, known=", ".join(module.FORMATS)), 404)
    if f.grade:
        raise ApiError(ClaimlineError("E090", value=f.grade, param="grade",
                                      reason="exports do not filter by grade"), 422)
    pool = request.app.state.pool
    store = pool.fresh()   # the stream outlives this thread: it gets its own connection
    try:
        chunks = module.stream(fmt, store, f.flt)
    except Exception:
        store.close()
        raise

    def body():
        try:
            yield from chunks
        finally:
            store.close()

    extension = getattr(module.FORMATS[fmt], "extension", fmt)
    return StreamingResponse(body(), media_type=module.media_type(fmt), headers={
        "Content-Disposition": f'attachment; filename="claimline-events.{extension}"'})


@router.get("/canonical-events", response_model=CanonicalPage, tags=["events"],
            responses=NOT_AVAILABLE,
            summary="Canonical events: reports of one real-world event linked across documents")
def canonical_events(request: Request, f: Filters = Depends(filters),
                     limit: int = limit_param(100, 1000), cursor: Optional[str] = CURSOR,
                     store: Store = Depends(get_store)):
    """Each with its grade, grade reason and the reports (document, event, outlet, who claims
    it, fatalities). Needs cross-document linking; ``grade`` filters by grade."""
    module = linking.require()
    after = decode_cursor(cursor, 2)
    found: list[dict] = []
    while len(found) <= limit:
        batch = module.list_canonical(store, f.flt, limit + 1, after)
        found += [e for e in batch if not f.grade or e.get("grade") == f.grade]
        if len(batch) < limit + 1:
            break
        after = _canonical_key(batch[-1])
    more = len(found) > limit
    found = found[:limit]
    nxt = next_url(request, encode_cursor(_canonical_key(found[-1]))) if more and found else None
    return {"ok": True, "count": len(found), "events": found, "next": nxt}


def _canonical_key(obj: dict) -> tuple[str, str]:
    return (obj.get("day_first") or "", obj["id"])
