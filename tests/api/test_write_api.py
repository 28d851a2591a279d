"""POST /api/extract and POST /api/documents: off without a token, bearer auth, input checks,
the private-address refusal for URLs, and real analysis and storage."""
from __future__ import annotations

import pytest

from .conftest import AUTH
from .test_events_api import assert_error

TEXT = ("Police arrested 30 activists in Khartoum on 2 January 2022, a rights group said. "
        "Authorities did not comment.")


@pytest.mark.parametrize("path", ["/api/extract", "/api/documents"])
def test_writes_are_off_without_a_token(client, path):
    resp = client.post(path, json={"text": TEXT}, headers=AUTH)
    assert_error(resp, 403, "E092")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic dGVzdDp0ZXN0"},
                                     {"Authorization": "Bearer "}])
def test_wrong_or_missing_token_is_401(writer, headers):
    resp = writer.post("/api/extract", json={"text": TEXT}, headers=headers)
    assert_error(resp, 401, "E093")
    assert resp.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("body", [{}, {"text": "a", "url": "https://example.org/"},
                                  {"published": "2023-01-01"}])
def test_exactly_one_input(writer, body):
    assert_error(writer.post("/api/extract", json=body, headers=AUTH), 422, "E097")


def test_invalid_body_is_coded_422(writer):
    assert_error(writer.post("/api/extract", json={"text": TEXT, "published": "25/04/2017"},
                             headers=AUTH), 422, "E090")
    assert_error(writer.post("/api/extract", content=b"not json", headers={
        **AUTH, "Content-Type": "application/json"}), 422, "E090")
    assert_error(writer.post("/api/extract", json={"text": "   \n "}, headers=AUTH), 422, "E003")


@pytest.mark.parametrize("url, status, code", [
    ("file:///etc/passwd", 422, "E025"),
    ("/etc/passwd", 422, "E025"),
    ("http://127.0.0.1:9/private", 403, "E021"),
    ("http://localhost/", 403, "E021"),
    ("http://[::1]:8000/", 403, "E021"),
    ("http://169.254.169.254/latest/meta-data/", 403, "E021"),
    ("http://10.0.0.1/", 403, "E021"),
])
def test_urls_never_reach_files_or_private_addresses(writer, url, status, code):
    for path in ("/api/extract", "/api/documents"):
        assert_error(writer.post(path, json={"url": url}, headers=AUTH), status, code)


def test_extract_runs_the_pipeline(writer):
    resp = writer.post("/api/extract", json={"text": TEXT, "published": "2022-01-03",
                                             "outlet": "Example Wire"}, headers=AUTH)
    assert resp.status_code == 200, resp.text
    record = resp.json()
    assert record["schema"] == "claimline.record/1"
    assert record["document"]["text"].startswith("Police arrested 30 activists")
    assert record["document"]["published"] == {"date": "2022-01-03", "source": "user"}
    assert record["document"]["outlet"] == "Example Wire"
    assert set(record["pipeline"]) >= {"time", "actors", "places", "events"}
    # nothing stored by extract
    assert writer.get("/api/documents").json()["count"] == 0


def test_extract_html(writer):
    html = ("<html><head><title>Arrests in Khartoum</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Arrests in Khartoum</h1><p>{TEXT}</p><p>{TEXT.replace('30', '12')}"
            "</p></article><footer>Copyright</footer></body></html>")
    resp = writer.post("/api/extract", json={"html": html}, headers=AUTH)
    assert resp.status_code == 200, resp.text
    text = resp.json()["document"]["text"]
    assert "Police arrested 30 activists" in text and "Copyright" not in text


def test_ingest_is_idempotent_and_readable(writer):
    first = writer.post("/api/documents", json={"text": TEXT, "published": "2022-01-03"},
                        headers=AUTH)
    assert first.status_code == 201, first.text
    doc = first.json()["documents"][0]
    assert doc["stored"] is True and first.json()["errors"] == []
    again = writer.post("/api/documents", json={"text": TEXT, "published": "2022-01-03"},
                        headers=AUTH)
    assert again.status_code == 200 and again.json()["documents"][0]["stored"] is False
    assert again.json()["documents"][0]["events"] == doc["events"]
    stored = writer.get(doc["links"]["document"]).json()["document"]
    assert stored["text"].startswith("Police arrested") and stored["published"] == "2022-01-03"
    assert writer.get(doc["links"]["record"]).status_code == 200
    replaced = writer.post("/api/documents", json={"text": TEXT, "published": "2022-01-04",
                                                   "replace": True}, headers=AUTH)
    assert replaced.status_code == 201
    assert writer.get(doc["links"]["document"]).json()["document"]["published"] == "2022-01-04"
    assert writer.get("/api/documents").json()["count"] == 1
