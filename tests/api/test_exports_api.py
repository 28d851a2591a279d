"""GET /api/export/{fmt}: the exports of claimline.export, streamed with their media types."""
from __future__ import annotations

import csv
import io
import json

import pytest

from .test_events_api import assert_error

export = pytest.importorskip("claimline.export")


def test_every_format_streams(client):
    for fmt in export.FORMATS:
        resp = client.get(f"/api/export/{fmt}")
        assert resp.status_code == 200, (fmt, resp.text)
        assert resp.headers["content-type"].split(";")[0] == export.media_type(fmt).split(";")[0]
        assert "attachment" in resp.headers["content-disposition"]
        assert resp.text.strip()


def test_geojson_and_csv_follow_the_filters(client):
    geo = json.loads(client.get("/api/export/geojson?country=SY").text)
    assert len(geo["features"]) == 2
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled-csv?country=IQ").text)))
    assert len(rows) == 2 and {r["event_date"] for r in rows} == {"2019-05-03"}
    lines = client.get("/api/export/jsonl?q=khartoum").text.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["schema"] == "claimline.record/1"


def test_unknown_format_and_bad_filter(client):
    assert_error(client.get("/api/export/xlsx"), 404, "E010")
    assert_error(client.get("/api/export/geojson?since=2017-13"), 422, "E012")
