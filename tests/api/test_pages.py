"""The web pages: map/timeline/list page, event page with highlighted evidence, documents,
static assets served by the app (no CDN), security headers."""
from __future__ import annotations

import json
import re

from .records import sample_records


def test_index_lists_events_and_filters(client):
    resp = client.get("/")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    html = resp.text
    assert html.count('class="event-link"') == 6
    assert 'id="map"' in html and 'id="timeline"' in html and 'id="filters"' in html
    filtered = client.get("/?q=tear+gas&status=reported").text
    assert filtered.count('class="event-link"') == 2 and 'value="tear gas"' in filtered
    assert "No events match" in client.get("/?actor=nobody-at-all").text


def test_index_pages_with_a_cursor(client, monkeypatch):
    from claimline.api import pages
    monkeypatch.setattr(pages, "PAGE", 4)
    first = client.get("/").text
    link = re.search(r'id="next-page" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = client.get(link).text
    assert first.count('class="event-link"') == 4 and second.count('class="event-link"') == 2


def test_no_external_scripts_or_styles(client):
    html = client.get("/").text
    for src in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not src.startswith(("http:", "https:", "//")), src
    assert '/static/leaflet/leaflet.js' in html
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_event_page_highlights_evidence_claims_and_framing(client):
    record = sample_records()[0]
    html = client.get(f"/events/{record.document.id}/E1").text
    evidence = re.findall(r'<mark class="([^"]*)"[^>]*>([^<]*)</mark>', html)
    marked = "".join(text for css, text in evidence if "hl-evidence" in css.split())
    assert "struck Mount Karachok near Derik on 25 April 2017, killing 20 fighters" in marked
    assert any("hl-framing" in css and text == "mercenaries" for css, text in evidence)
    assert any("hl-claim" in css for css, _ in evidence)
    assert "low <b>20</b> · best <b>20</b> · high <b>20</b>" in html
    assert "according to Syrian Democratic Forces" in html
    assert "Air/drone strike" in html and "recalled" in html and "precision: day" in html
    assert "Neutral wording" in html and "<td>fighters</td>" in html
    assert 'stance-deny">deny' in html and 'stance-accuse">accuse' in html


def test_event_page_escapes_the_source(client, tmp_path):
    from fastapi.testclient import TestClient

    from claimline.api import create_app
    from claimline.store import open_store

    from .records import build
    text = "Gunmen <script>alert(1)</script> attacked a checkpoint in Kabul on 1 May 2021."
    record = build(text, "2021-05-02", "<b>Outlet</b>", url="javascript:alert(2)",
                   events=[{"type": "ASSAULT", "start": "2021-05-01",
                            "evidence": ["Gunmen <script>alert(1)</script> attacked"]}])
    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        store.put(record)
    with TestClient(create_app(db)) as c:
        html = c.get(f"/events/{record.document.id}/E1").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html
    assert "<b>Outlet</b>" not in html
    assert 'href="javascript:' not in html


def test_document_page(client):
    record = sample_records()[2]
    html = client.get(f"/documents/{record.document.id}").text
    assert html.count('class="event-link"') == 2 and "hl-evidence" in html


def test_static_assets(client):
    world = client.get("/static/world-110m.geojson")
    assert world.status_code == 200
    geo = json.loads(world.text)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) > 150
    for path in ("/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css", "/static/map.js",
                 "/static/timeline.js", "/static/style.css"):
        assert client.get(path).status_code == 200, path


def test_api_docs_are_served_locally(client):
    html = client.get("/api/docs").text
    assert "/api/openapi.json" in html and "cdn" not in html.lower()
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{document_id}/{event_id}", "/api/documents",
            "/api/documents/{document_id}", "/api/records/{document_id}", "/api/extract",
            "/api/export/{fmt}", "/api/canonical-events", "/api/points",
            "/api/timeline"} <= set(spec["paths"])
