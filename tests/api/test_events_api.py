"""GET /api/events (filters, cursor pagination), one event, map points and the timeline."""
from __future__ import annotations

import pytest

from claimline.api import linking


def ids(resp) -> list[tuple[str, str]]:
    return [(e["document_id"], e["event_id"]) for e in resp.json()["events"]]


def assert_error(resp, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"ok", "status", "error"}
    assert body["ok"] is False and body["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith(f"[{code}] ")
    return body


def test_lists_every_event_in_store_order(client):
    resp = client.get("/api/events")
    body = resp.json()
    assert resp.status_code == 200 and body["ok"] is True
    assert body["count"] == 6 and body["next"] is None
    days = [e["day_first"] or "" for e in body["events"]]
    assert days == sorted(days)
    first = body["events"][1]
    assert first["acled"] == "Air/drone strike" and first["fatalities_best"] == 20
    assert first["links"]["page"] == f"/events/{first['document_id']}/{first['event_id']}"


def test_cursor_pagination_walks_everything_once(client):
    everything = ids(client.get("/api/events"))
    seen, url, pages = [], "/api/events?limit=2&country=", 0
    while url:
        resp = client.get(url)
        assert resp.status_code == 200
        body = resp.json()
        assert body["count"] <= 2
        seen += ids(resp)
        url, pages = body["next"], pages + 1
    assert seen == everything and pages == 3


def test_next_url_keeps_the_filters(client):
    body = client.get("/api/events?limit=1&type=assault").json()
    assert "type=assault" in body["next"] and "cursor=" in body["next"]
    rest = client.get(body["next"]).json()
    assert all(e["type"] == "ASSAULT" for e in rest["events"])


@pytest.mark.parametrize("cursor", ["garbage", "W10", "eyJhIjoxfQ", "%%%"])
def test_bad_cursor_is_a_coded_422(client, cursor):
    assert_error(client.get(f"/api/events?cursor={cursor}"), 422, "E090")


@pytest.mark.parametrize("query, expected", [
    ("since=2019&until=2020-06", {"PROTEST", "ASSAULT"}),
    ("since=2022-01-15", {"COERCE"}),          # a month-precision event overlaps the range
    ("until=2017", {"ASSAULT"}),
    ("actor=TURK", {"ASSAULT"}),
    ("place=idlib", {"ASSAULT"}),
    ("country=sy", {"ASSAULT"}),
    ("admin1=BAGHDAD", {"PROTEST", "ASSAULT"}),
    ("type=air/drone%20strike", {"ASSAULT"}),
    ("type=protest", {"PROTEST"}),
    ("status=recalled", {"ASSAULT"}),
    ("q=tear%20gas", {"PROTEST", "ASSAULT"}),
    ("q=%22army%20base%22", {"ASSAULT"}),
])
def test_filters(client, query, expected):
    resp = client.get(f"/api/events?{query}")
    assert resp.status_code == 200, resp.text
    events = resp.json()["events"]
    assert events and {e["type"] for e in events} == expected


def test_filter_counts(client):
    assert client.get("/api/events?country=SY").json()["count"] == 2
    assert client.get("/api/events?status=claimed").json()["count"] == 2
    assert client.get("/api/events?q=khartoum").json()["count"] == 1
    assert client.get("/api/events?q=nothingmatchesthis").json()["count"] == 0
    assert client.get("/api/events?since=2017-04-26&until=2019-05-02").json()["count"] == 0


def test_empty_parameters_mean_no_filter(client):
    resp = client.get("/api/events?q=&since=&until=&status=&country=&grade=")
    assert resp.status_code == 200 and resp.json()["count"] == 6


@pytest.mark.parametrize("text", ['"unbalanced', "AND OR NOT", "(x", "*", "a:b", "NEAR(a b)"])
def test_full_text_query_syntax_never_errors(client, text):
    assert client.get("/api/events", params={"q": text}).status_code == 200


@pytest.mark.parametrize("query, code", [
    ("since=2017-13", "E012"), ("until=2019-02-30", "E012"), ("since=yesterday", "E090"),
    ("status=rumoured", "E090"), ("limit=0", "E090"), ("limit=1001", "E090"),
    ("country=SYR", "E090"),
])
def test_bad_parameters_are_coded_422(client, query, code):
    assert_error(client.get(f"/api/events?{query}"), 422, code)


def test_grade_filter_needs_linking(client):
    resp = client.get("/api/events?grade=confirmed")
    if linking.available():
        assert resp.status_code == 200 and resp.json()["count"] == 0   # nothing linked yet
        assert all(e["grade"] is None for e in client.get("/api/events").json()["events"])
    else:
        assert_error(resp, 501, "E096")


def test_one_event(client):
    row = client.get("/api/events?acled=&type=air/drone%20strike").json()["events"][0]
    resp = client.get(row["links"]["self"])
    assert resp.status_code == 200
    ev = resp.json()["event"]
    assert [a["name"] for a in ev["actors"]] == ["Turkey"]
    assert ev["place"]["name"] == "Karachok" and ev["place"]["admin1"] == "Al-Hasakah"
    assert ev["fatalities"] == {"low": 20, "best": 20, "high": 20}
    assert ev["claimed_by_names"] == ["Syrian Democratic Forces"]
    assert ev["date"] == {"start": "2017-04-25", "end": "2017-04-25", "precision": "day"}
    assert {(c["speaker_name"], c["stance"]) for c in ev["claims"]} == {
        ("Syrian Democratic Forces", "assert"), ("Turkey", "deny")}
    assert {f["neutral"] for f in ev["framing"]} == {"Turkey", "fighters"}
    assert ev["evidence_quotes"][0].startswith("Turkish warplanes struck Mount Karachok")
    assert resp.json()["document"]["outlet"] == "ANHA"


def test_unknown_event_and_document_are_404(client):
    doc = client.get("/api/events").json()["events"][0]["document_id"]
    assert_error(client.get(f"/api/events/{doc}/E99"), 404, "E091")
    assert_error(client.get("/api/events/doc-0000000000000000/E1"), 404, "E091")


def test_points_have_coordinates(client):
    body = client.get("/api/points").json()
    assert body["count"] == 6 and body["truncated"] is False
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in body["points"])
    assert client.get("/api/points?country=IQ").json()["count"] == 2
    limited = client.get("/api/points?limit=2").json()
    assert limited["count"] == 2 and limited["truncated"] is True


def test_timeline_bins(client):
    body = client.get("/api/timeline").json()
    assert body["total"] == 6 and body["undated"] == 1 and body["bucket"] == "month"
    assert sum(b["count"] for b in body["bins"]) == 5
    assert body["bins"][0]["start"] == "2017-04-01" and body["bins"][-1]["end"] == "2022-01-31"
    years = client.get("/api/timeline?bucket=year").json()["bins"]
    assert [b["start"][:4] for b in years] == ["2017", "2018", "2019", "2020", "2021", "2022"]
    assert [b["count"] for b in years] == [1, 0, 2, 1, 0, 1]
    days = client.get("/api/timeline?country=IQ").json()
    assert days["bucket"] == "day" and days["bins"] == [
        {"start": "2019-05-03", "end": "2019-05-03", "count": 2}]
    assert_error(client.get("/api/timeline?bucket=week"), 422, "E090")
