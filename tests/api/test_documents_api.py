"""GET /api/documents (paginated), /api/documents/{id} and /api/records/{id}."""
from __future__ import annotations

from .records import KARACHOK, sample_records
from .test_events_api import assert_error


def test_documents_paginate(client):
    everything = client.get("/api/documents").json()
    assert everything["count"] == 5 and everything["next"] is None
    seen, url = [], "/api/documents?limit=2"
    while url:
        body = client.get(url).json()
        seen += [d["id"] for d in body["documents"]]
        url = body["next"]
    assert seen == [d["id"] for d in everything["documents"]] == sorted(seen)
    assert "text" not in everything["documents"][0]


def test_one_document_with_text_and_events(client):
    record = sample_records()[0]
    body = client.get(f"/api/documents/{record.document.id}").json()
    assert body["document"]["text"] == KARACHOK and body["document"]["outlet"] == "ANHA"
    assert [e["event_id"] for e in body["events"]] == ["E1"]
    assert body["links"]["record"] == f"/api/records/{record.document.id}"


def test_record_round_trips(client):
    record = sample_records()[1]
    body = client.get(f"/api/records/{record.document.id}").json()
    assert body["schema"] == "claimline.record/1"
    assert body == record.to_dict()


def test_unknown_ids_are_404(client):
    assert_error(client.get("/api/documents/doc-ffffffffffffffff"), 404, "E091")
    assert_error(client.get("/api/records/doc-ffffffffffffffff"), 404, "E091")
    assert_error(client.get("/api/documents?cursor=nope"), 422, "E090")
