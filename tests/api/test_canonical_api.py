"""Canonical events and grades through the API, once the store has been linked
(``claimline.link``): the listing, its pagination and grade filter, and grades on events."""
from __future__ import annotations

import pytest

from .records import build, sample_records
from .test_events_api import assert_error

link = pytest.importorskip("claimline.link")
if not hasattr(link, "link_store"):
    pytest.skip("claimline.link has no link_store yet", allow_module_level=True)

SECOND = ("Turkish jets bombed Mount Karachok near Derik on 25 April 2017, killing 20 YPG "
          "fighters, a Kurdish official told reporters.")


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    from fastapi.testclient import TestClient

    from claimline.api import create_app
    from claimline.store import open_store
    db = str(tmp_path_factory.mktemp("linked") / "l.db")
    records = sample_records()
    records.append(build(
        SECOND, "2017-04-26", "Other Wire",
        actors=[{"name": "Turkey", "kind": "state", "country": "TUR", "mentions": ["Turkish jets"]},
                {"name": "Syrian Democratic Forces", "kind": "armed_group", "mentions": ["YPG"]}],
        places=[{"name": "Karachok", "lat": 37.0186, "lon": 42.1836, "country": "SY",
                 "admin1": "Al-Hasakah", "feature": "mountain", "mentions": ["Mount Karachok"]}],
        events=[{"type": "ASSAULT", "mode": "aerial", "acled": "Air/drone strike",
                 "actor": ["Turkey"], "recipient": ["Syrian Democratic Forces"],
                 "place": "Karachok", "start": "2017-04-25", "fatalities": (20, 20, 20),
                 "evidence": ["Turkish jets bombed Mount Karachok"]}]))
    with open_store(db) as store:
        for record in records:
            store.put(record)
        link.link_store(store)
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        yield client


def test_canonical_events_listed_with_grades_and_reports(linked):
    body = linked.get("/api/canonical-events").json()
    assert body["ok"] is True and body["count"] >= 1
    for event in body["events"]:
        assert event["grade"] in ("confirmed", "fair", "weak", "contested", "discounted")
        assert event["reports"] and {"document", "event"} <= set(event["reports"][0])
    strikes = [e for e in body["events"] if e.get("acled") == "Air/drone strike"]
    assert any(len(e["reports"]) == 2 for e in strikes)    # two outlets, one strike


def test_canonical_pagination_and_grade_filter(linked):
    everything = [e["id"] for e in linked.get("/api/canonical-events").json()["events"]]
    seen, url = [], "/api/canonical-events?limit=2"
    while url:
        body = linked.get(url).json()
        seen += [e["id"] for e in body["events"]]
        url = body["next"]
    assert seen == everything
    grades = {e["grade"] for e in linked.get("/api/canonical-events").json()["events"]}
    for grade in grades:
        only = linked.get(f"/api/canonical-events?grade={grade}").json()["events"]
        assert only and all(e["grade"] == grade for e in only)
    assert_error(linked.get("/api/canonical-events?cursor=zzz"), 422, "E090")


def test_events_carry_grades_and_filter_by_them(linked):
    events = linked.get("/api/events").json()["events"]
    assert all(e["grade"] for e in events)
    grade = events[0]["grade"]
    only = linked.get(f"/api/events?grade={grade}").json()["events"]
    assert only and all(e["grade"] == grade for e in only)
    detail = linked.get(events[0]["links"]["self"]).json()["event"]
    assert detail["grade"] == grade
    assert f'grade-{grade}' in linked.get(events[0]["links"]["page"]).text


def test_event_page_lists_the_other_reports(linked):
    strike = linked.get("/api/events?type=air/drone%20strike").json()["events"][0]
    detail = linked.get(strike["links"]["self"]).json()["event"]
    assert detail["canonical"] and len(detail["canonical"]["reports"]) == 2
    html = linked.get(strike["links"]["page"]).text
    assert 'id="reports"' in html and "Other Wire" in html and "ANHA" in html
