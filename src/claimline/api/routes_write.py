"""Compute and write endpoints: ``POST /api/extract`` (a record, nothing stored) and
``POST /api/documents`` (analyse and store). Both need the server's bearer token and are off
without one. URLs are fetched by the ingest URL reader, which refuses private, loopback and
link-local targets: a client cannot make the server reach its own network."""
from __future__ import annotations

import threading
from typing import Iterator, Optional

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..errors import ClaimlineError
from ..ingest import RawDocument, ReadOptions, to_record
from ..record import Record
from ..store import EventFilter, Store
from .deps import require_token, store as get_store
from .models import IngestResponse
from .problems import WRITE_RESPONSES, ApiError

router = APIRouter(prefix="/api", tags=["write"], responses=WRITE_RESPONSES,
                   dependencies=[Depends(require_token)])

MAX_TEXT = 5_000_000
_PIPELINE_LOCK = threading.Lock()   # the spaCy pipeline is shared by all worker threads


class DocumentIn(BaseModel):
    """Exactly one of ``text``, ``html`` or ``url``."""
    text: Optional[str] = Field(None, max_length=MAX_TEXT, description="Plain text.")
    html: Optional[str] = Field(None, max_length=MAX_TEXT,
                                description="A web page; its main text is extracted.")
    url: Optional[str] = Field(None, max_length=2000,
                               description="An http(s) URL to fetch (public addresses only).")
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                     description="Publication date (wins over metadata).")
    title: Optional[str] = Field(None, max_length=1000)
    outlet: Optional[str] = Field(None, max_length=200)
    source_url: Optional[str] = Field(None, max_length=2000,
                                      description="Where a given text or HTML came from "
                                                  "(recorded, never fetched).")


class IngestIn(DocumentIn):
    replace: bool = Field(False, description="Re-analyse and replace a stored document.")


def raw_documents(body: DocumentIn) -> Iterator[RawDocument | ClaimlineError]:
    given = [k for k in ("text", "html", "url") if getattr(body, k) is not None]
    if len(given) != 1:
        raise ApiError(ClaimlineError("E097", given=", ".join(given) or "none"), 422)
    meta = {"url": body.source_url, "title": body.title, "outlet": body.outlet}
    if body.text is not None:
        yield RawDocument(origin="<request text>", data=body.text, **meta)
    elif body.html is not None:
        yield RawDocument(origin="<request html>", data=body.html, media_type="text/html", **meta)
    else:
        url = body.url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise ApiError(ClaimlineError("E025", input=url), 422)
        from ..ingest.url import read_url
        options = ReadOptions(allow_private=False, timeout=15.0, max_bytes=MAX_TEXT)
        for item in read_url(url, options):
            if isinstance(item, RawDocument):
                item.title = body.title or item.title
                item.outlet = body.outlet or item.outlet
            yield item


def analyse(record: Record) -> Record:
    from ..extraction import get_pipeline
    with _PIPELINE_LOCK:
        return get_pipeline().analyse(record)


@router.post("/extract", summary="Extract a record from text, HTML or a URL (nothing stored)",
             response_description="The claimline record (contract claimline.record/1)")
def extract(body: DocumentIn):
    """Run the pipeline on one document and return its record. A feed URL gives its first
    entry; use ``POST /api/documents`` to store every entry."""
    for item in raw_documents(body):
        if isinstance(item, ClaimlineError):
            raise item
        return analyse(to_record(item, published=body.published)).to_dict()
    raise ApiError(ClaimlineError("E003", input=body.url or "<request>"), 422)


@router.post("/documents", response_model=IngestResponse, status_code=201,
             summary="Analyse and store documents (idempotent)")
def ingest(body: IngestIn, store: Store = Depends(get_store)):
    """Store the record of the document (every entry of a feed URL). A document already
    stored is left as it is (``stored: false``, status 200) unless ``replace`` is true.
    Entries that fail are listed under ``errors``; if all fail, the first error is the
    answer."""
    results, failures = [], []
    for item in raw_documents(body):
        try:
            if isinstance(item, ClaimlineError):
                raise item
            record = to_record(item, published=body.published)
        except ClaimlineError as error:
            failures.append(error)
            continue
        doc_id = record.document.id
        if store.has_document(doc_id) and not body.replace:
            stored = False
            n_events = len(store.events(EventFilter(document=doc_id)))
        else:
            record = analyse(record)
            stored, n_events = store.put(record, replace=body.replace), len(record.events)
        results.append({"document_id": doc_id, "stored": stored, "events": n_events,
                        "links": {"document": f"/api/documents/{doc_id}",
                                  "record": f"/api/records/{doc_id}",
                                  "page": f"/documents/{doc_id}"}})
    if not results:
        raise failures[0] if failures else ApiError(ClaimlineError("E003", input="<request>"))
    status = 201 if any(r["stored"] for r in results) else 200
    return JSONResponse({"ok": True, "documents": results,
                         "errors": [e.to_dict() for e in failures]}, status_code=status)
