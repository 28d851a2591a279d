"""Document endpoints: the paginated list, one document (text and events), one record."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Path, Request

from ..errors import ClaimlineError
from ..store import EventFilter, Store
from .deps import store as get_store
from .models import DocumentDetail, DocumentPage
from .params import CURSOR, decode_cursor, encode_cursor, limit_param
from .problems import ERROR_RESPONSES, ApiError
from .routes_events import ID, next_url, page_of_events
from .params import Filters
from .views import clean_row

router = APIRouter(prefix="/api", tags=["documents"], responses=ERROR_RESPONSES)


def not_found(document_id: str) -> ApiError:
    return ApiError(ClaimlineError("E091", what="document", id=document_id,
                                   listing="/api/documents"))


@router.get("/documents", response_model=DocumentPage, summary="List stored documents")
def list_documents(request: Request, limit: int = limit_param(100, 1000),
                   cursor: Optional[str] = CURSOR, store: Store = Depends(get_store)):
    """Documents ordered by id (metadata only; the text is in ``/api/documents/{id}``)."""
    after = decode_cursor(cursor, 1)
    rows = [clean_row(r) for r in store.documents(limit=limit + 1,
                                                  after=after[0] if after else None)]
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = next_url(request, encode_cursor([rows[-1]["id"]])) if more else None
    return {"ok": True, "count": len(rows), "documents": rows, "next": nxt}


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            summary="One document: metadata, cleaned text and its events")
def get_document(document_id: str = Path(..., pattern=ID), store: Store = Depends(get_store)):
    doc = store.get_document(document_id)
    if doc is None:
        raise not_found(document_id)
    events, _ = page_of_events(store, Filters(flt=EventFilter(document=document_id)), 10000,
                               None)
    return {"ok": True, "document": clean_row(doc), "events": events,
            "links": {"record": f"/api/records/{document_id}",
                      "page": f"/documents/{document_id}"}}


@router.get("/records/{document_id}", summary="The full record of a document",
            response_description="The claimline record (contract claimline.record/1)")
def get_record(document_id: str = Path(..., pattern=ID), store: Store = Depends(get_store)):
    record = store.get_record(document_id)
    if record is None:
        raise not_found(document_id)
    return record.to_dict()
