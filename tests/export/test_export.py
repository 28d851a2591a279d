"""Exports of a store, on every backend: JSON Lines, ACLED CSV, GeoJSON and PLOVER JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest

from claimline import export
from claimline.errors import ClaimlineError
from claimline.export import paging
from claimline.record import Record
from claimline.store import EventFilter
from tests.store.factory import corpus, make_record


@pytest.fixture
def filled(store):
    records = corpus()
    store.put_many(records)
    return store, records


def text_of(fmt, store, flt=None) -> str:
    chunks = list(export.stream(fmt, store, flt))
    assert all(isinstance(c, str) for c in chunks)
    return "".join(chunks)


def test_formats_and_media_types():
    assert set(export.FORMATS) == {"jsonl", "acled-csv", "geojson", "plover"}
    assert export.media_type("geojson") == "application/geo+json"
    assert export.media_type("acled-csv").startswith("text/csv")
    assert export.media_type("jsonl") == "application/x-ndjson"
    assert export.media_type("plover") == "application/json"
    for bad in ("xml", "", "JSONL"):
        with pytest.raises(ClaimlineError) as info:
            export.stream(bad, None, None)
        assert info.value.code == "E010"
        with pytest.raises(ClaimlineError):
            export.media_type(bad)


def test_jsonl_holds_every_record(filled):
    store, records = filled
    lines = text_of("jsonl", store).splitlines()
    got = [Record.from_json(line) for line in lines]
    assert sorted(got, key=lambda r: r.document.id) == sorted(records, key=lambda r: r.document.id)


def test_jsonl_with_a_filter_holds_the_records_with_a_matching_event(filled):
    store, records = filled
    lines = text_of("jsonl", store, EventFilter(place="lagos")).splitlines()
    assert [Record.from_json(line) for line in lines] == [records[1]]
    # a record with two matching events is written once
    lines = text_of("jsonl", store, EventFilter(actor="turkey")).splitlines()
    assert [json.loads(line)["document"]["id"] for line in lines] == [records[0].document.id]
    assert text_of("jsonl", store, EventFilter(actor="nobody")) == ""


def test_acled_csv(filled):
    store, records = filled
    rows = list(csv.DictReader(io.StringIO(text_of("acled-csv", store))))
    assert len(rows) == 5
    assert list(rows[0]) == export.COLUMNS
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_type"] == "Explosions/Remote violence"
    assert (strike["event_date"], strike["year"], strike["time_precision"]) == (
        "2017-04-25", "2017", "1")
    assert (strike["actor1"], strike["actor2"]) == ("Turkey", "YPG")
    assert (strike["country"], strike["iso"], strike["admin1"]) == (
        "Syrian Arab Republic", "760", "Al-Hasakah")
    assert (strike["location"], float(strike["latitude"]), float(strike["longitude"])) == (
        "Karachok", 37.08, 42.20)
    assert (strike["fatalities"], strike["status"], strike["claimed_by"]) == (
        "20", "recalled", "SDF")
    assert strike["source"] == "ANHA" and strike["document_id"] == records[0].document.id
    yearly = next(r for r in rows if r["event_date"] == "2019")
    assert yearly["time_precision"] == "3" and yearly["status"] == "denied"
    # events come in the store's date order
    assert [r["event_date"] for r in rows] == ["2017-04-25", "2019", "2021-03",
                                               "2021-03-02", "2023-04-25"]


def test_acled_csv_filtered_and_empty(filled):
    store, _ = filled
    rows = list(csv.DictReader(io.StringIO(text_of("acled-csv", store,
                                                   EventFilter(status="claimed")))))
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Police", "Protesters", "1")]
    empty = text_of("acled-csv", store, EventFilter(type="AGREE"))
    assert empty.splitlines() == [",".join(export.COLUMNS)]


def test_geojson(filled):
    store, records = filled
    store.put(make_record("A clash somewhere unnamed.", [
        {"type": "FIGHT", "actor": ["SDF"], "place": "Nowhere", "start": "2020-05-05"}]))
    data = json.loads(text_of("geojson", store))
    assert data["type"] == "FeatureCollection"
    features = data["features"]
    assert len(features) == 6
    strike = next(f for f in features if f["properties"]["acled"] == "Air/drone strike")
    assert strike["type"] == "Feature"
    assert strike["geometry"] == {"type": "Point", "coordinates": [42.20, 37.08]}  # lon, lat
    props = strike["properties"]
    assert props["type"] == "ASSAULT" and props["mode"] == "aerial"
    assert props["date"] == "2017-04-25" and props["precision"] == "day"
    assert props["actors"] == ["Turkey"] and props["recipients"] == ["YPG"]
    assert props["fatalities"] == 20 and props["status"] == "recalled"
    assert props["claimed_by"] == ["SDF"] and props["outlet"] == "ANHA"
    assert props["document"] == records[0].document.id and props["event"] == "E1"
    assert strike["id"] == f"{records[0].document.id}/E1"
    unlocated = next(f for f in features if f["properties"]["place"] == "Nowhere")
    assert unlocated["geometry"] is None
    undated_accuse = next(f for f in features if f["properties"]["type"] == "ACCUSE")
    assert undated_accuse["geometry"] is None and undated_accuse["properties"]["place"] is None


def test_geojson_empty_is_valid(filled):
    store, _ = filled
    assert json.loads(text_of("geojson", store, EventFilter(actor="nobody"))) == {
        "type": "FeatureCollection", "features": []}


def test_plover(filled):
    store, records = filled
    events = json.loads(text_of("plover", store))
    assert len(events) == 5
    strike = next(e for e in events if e["mode"] == "aerial")
    assert strike["event_type"] == "ASSAULT" and strike["event_date"] == "2017-04-25"
    assert strike["actor"]["name"] == "Turkey" and strike["actor"]["country"] == "TUR"
    assert strike["recipient"]["name"] == "YPG" and strike["recipient"]["country"] == "SYR"
    assert strike["location"]["name"] == "Karachok" and strike["location"]["country"] == "SY"
    assert (strike["location"]["lat"], strike["location"]["lon"]) == (37.08, 42.20)
    assert strike["fatalities"] == {"low": 20, "best": 20, "high": 20}
    assert strike["context"] == []
    assert strike["source"] == "ANHA" and strike["story_date"] == "2023-04-25"
    assert strike["event_text"] == records[0].document.text[:20]
    assert strike["claimline"]["status"] == "recalled"
    assert strike["claimline"]["claimed_by"] == ["SDF"]
    denied = next(e for e in events if e["claimline"]["status"] == "denied")
    assert denied["recipient"] is None and denied["fatalities"] is None


def test_plover_keeps_extra_actors_as_associated(store):
    store.put(make_record("Turkey and ISIS attacked the SDF and the YPG.", [
        {"type": "ASSAULT", "actor": ["Turkey", "ISIS"], "recipient": ["SDF", "YPG"],
         "start": "2017-04-25", "context": ["military"]}]))
    (event,) = json.loads(text_of("plover", store))
    assert event["actor"]["name"] == "Turkey"
    assert [a["name"] for a in event["assoc_actor"]] == ["ISIS"]
    assert [a["name"] for a in event["assoc_recipient"]] == ["YPG"]
    assert event["context"] == ["military"]  # carried from an extra field of the event


def test_exports_walk_the_store_page_by_page(filled, monkeypatch):
    store, _ = filled
    calls = []
    original = store.events

    def spy(*args, **kwargs):
        calls.append(kwargs.get("limit"))
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "events", spy)
    monkeypatch.setattr(paging, "PAGE", 2)
    for fmt in ("acled-csv", "geojson", "plover"):
        calls.clear()
        out = text_of(fmt, store)
        assert calls == [2, 2, 2]  # 5 events: 2 + 2 + 1
        if fmt != "acled-csv":
            assert len(json.loads(out)["features"] if fmt == "geojson" else
                       json.loads(out)) == 5
    calls.clear()
    assert len(text_of("jsonl", store, EventFilter(type="assault")).splitlines()) == 3
    assert calls == [2, 2]


def test_stream_is_lazy(filled, monkeypatch):
    store, _ = filled
    monkeypatch.setattr(store, "events", lambda *a, **k: pytest.fail("read too early"))
    export.stream("geojson", store, None)  # nothing read until iterated
