"""One error shape for every failure: unknown routes, wrong methods, crashes, HTML pages."""
from __future__ import annotations

from fastapi.testclient import TestClient

from claimline.api import create_app

from .test_events_api import assert_error


def test_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "E094")
    body = assert_error(client.delete("/api/events"), 405, "E094")
    assert "method not allowed" in body["error"]["message"]
    assert_error(client.get("/static/no-such-file.js"), 404, "E094")


def test_crash_is_a_coded_500_without_traceback(api_db):
    app = create_app(api_db)

    def boom():
        raise RuntimeError("secret internal detail")

    app.add_api_route("/api/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        resp = c.get("/api/boom")
    body = assert_error(resp, 500, "E095")
    assert "secret internal detail" not in resp.text and "Traceback" not in resp.text
    assert "RuntimeError" in body["error"]["message"]


def test_validation_errors_carry_details(client):
    body = assert_error(client.get("/api/events?limit=abc"), 422, "E090")
    assert body["error"]["details"][0]["loc"] == ["query", "limit"]
    assert "limit" in body["error"]["message"]


def test_pages_answer_errors_as_html(client):
    resp = client.get("/events/doc-ffffffffffffffff/E1")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "E091" in resp.text
    resp = client.get("/no/such/page")
    assert resp.status_code == 404 and "E094" in resp.text
    resp = client.get("/?since=2017-13")
    assert resp.status_code == 422 and "E012" in resp.text


def test_bad_database_fails_at_start(tmp_path):
    import pytest

    from claimline.errors import ClaimlineError
    folder = tmp_path / "not-a-db"
    folder.mkdir()
    with pytest.raises(ClaimlineError) as info:
        create_app(str(folder))
    assert info.value.code == "E007"
