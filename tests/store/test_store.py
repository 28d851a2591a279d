"""The storage interface, run against every backend (see backends.py)."""
from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.store import EventFilter, open_store
from claimline.store.sql import migrations

from .factory import corpus, make_record


def keys(rows):
    return {(r["document_id"], r["event_id"]) for r in rows}


@pytest.fixture
def filled(store):
    records = corpus()
    for record in records:
        assert store.put(record) is True
    return store, records


def ids(records, *pairs):
    """(document index, event id) pairs -> (document id, event id) keys."""
    return {(records[i].document.id, e) for i, e in pairs}


def dialect_of(store):
    return "postgresql" if store.url.startswith("postgres") else "sqlite"


# --- schema -------------------------------------------------------------------------------------
def test_fresh_store_has_every_migration(store):
    known = migrations(dialect_of(store))
    assert known and store.schema_version() == max(v for v, _, _ in known)
    applied = store.query("SELECT version FROM schema_migrations ORDER BY version")
    assert [r["version"] for r in applied] == [v for v, _, _ in known]


def test_migrations_are_idempotent(store_url, store):
    store.put(corpus()[0])
    version = store.schema_version()
    store.close()
    for _ in range(2):
        with open_store(store_url) as again:
            assert again.schema_version() == version
            assert again.count_documents() == 1
            rows = again.query("SELECT COUNT(*) AS n FROM schema_migrations")
            assert rows[0]["n"] == len(migrations(dialect_of(again)))


def test_newer_schema_is_refused_with_E008(store_url, store):
    with store.transaction():
        store.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                      "VALUES (?, ?, ?)", (9999, "from_the_future", "2030-01-01T00:00:00"))
    store.close()
    with pytest.raises(ClaimlineError) as info:
        open_store(store_url)
    assert info.value.code == "E008"
    assert info.value.fields["found"] == 9999
    assert ":claimline@" not in str(info.value)  # no password in messages


# --- writes -------------------------------------------------------------------------------------
def test_put_is_idempotent(store):
    record = corpus()[0]
    assert store.put(record) is True
    assert store.put(record) is False
    assert store.has_document(record.document.id)
    assert store.count_documents() == 1
    assert len(store.events()) == len(record.events)
    assert len(store.events(EventFilter(actor="turkey"))) == 2  # links not duplicated


def test_replace_rewrites_document_events_and_links(store):
    record = corpus()[0]
    store.put(record)
    changed = record.model_copy(deep=True)
    changed.events = changed.events[:1]
    changed.events[0].fatalities.best = 25
    changed.events[0].fatalities.high = 30
    assert store.put(changed) is False
    assert store.put(changed, replace=True) is True
    rows = store.events()
    assert [(r["event_id"], r["fatalities_best"], r["fatalities_high"]) for r in rows] == [
        ("E1", 25, 30)]
    assert store.get_record(record.document.id) == changed
    assert len(store.query("SELECT * FROM event_actors")) == 3  # actor, recipient, claimed_by
    assert store.count_documents() == 1


def test_a_failed_write_leaves_nothing_behind(store, monkeypatch):
    record = corpus()[1]

    def explode(rec):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "after_put", explode)
    with pytest.raises(RuntimeError):
        store.put(record)
    assert not store.has_document(record.document.id)
    assert store.events() == []
    assert store.query("SELECT COUNT(*) AS n FROM event_actors")[0]["n"] == 0
    assert store.query("SELECT COUNT(*) AS n FROM records")[0]["n"] == 0
    monkeypatch.undo()
    assert store.put(record) is True  # the connection is usable again
    assert len(store.events()) == 2


def test_put_many_counts_new_records(store):
    records = corpus()
    assert store.put_many(records) == 3
    assert store.put_many(records) == 0


# --- reads --------------------------------------------------------------------------------------
def test_get_record_document_and_documents(filled):
    store, records = filled
    first = records[0]
    assert store.get_record(first.document.id) == first
    assert store.get_record("doc-missing") is None
    doc = store.get_document(first.document.id)
    assert doc["text"] == first.document.text and doc["outlet"] == "ANHA"
    assert doc["title"] == "Anniversary statement" and doc["published"] == "2023-04-25"
    assert store.get_document("doc-missing") is None
    all_ids = sorted(r.document.id for r in records)
    assert [d["id"] for d in store.documents()] == all_ids
    page1 = store.documents(limit=2)
    page2 = store.documents(limit=2, after=page1[-1]["id"])
    assert [d["id"] for d in page1 + page2] == all_ids


FILTERS = [
    (dict(actor="TURK"), [(0, "E1"), (0, "E2")]),          # actor or recipient, any case
    (dict(actor="ypg"), [(0, "E1")]),
    (dict(actor="sdf"), [(0, "E2")]),                     # claimed_by is not an actor
    (dict(place="lagos"), [(1, "E1"), (1, "E2")]),
    (dict(place="al-hasakah"), [(0, "E1"), (2, "E1")]),   # admin1
    (dict(place="sy"), [(0, "E1"), (2, "E1")]),           # country code
    (dict(country="ng"), [(1, "E1"), (1, "E2")]),
    (dict(since="2021-03-02"), [(0, "E2"), (1, "E1"), (1, "E2")]),  # the March 2021 overlaps
    (dict(until="2019-06-30"), [(0, "E1"), (2, "E1")]),    # the year 2019 overlaps
    (dict(since="2017-04-26", until="2021-02-28"), [(2, "E1")]),
    (dict(type="assault"), [(0, "E1"), (1, "E2"), (2, "E1")]),
    (dict(type="Air/drone strike"), [(0, "E1")]),          # ACLED sub_event_type
    (dict(status="denied"), [(2, "E1")]),
    (dict(status="claimed", actor="police"), [(1, "E2")]),
    (dict(text="jets"), [(0, "E1"), (0, "E2")]),
    (dict(text="tear gas"), [(1, "E1"), (1, "E2")]),
    (dict(text="zeppelin"), []),
    (dict(text="the"), [(0, "E1"), (0, "E2")]),            # a stop word: no index, still found
]


@pytest.mark.parametrize("kwargs, expected", FILTERS, ids=[str(f[0]) for f in FILTERS])
def test_event_filters(filled, kwargs, expected):
    store, records = filled
    assert keys(store.events(EventFilter(**kwargs))) == ids(records, *expected)


def test_document_filter_and_joined_columns(filled):
    store, records = filled
    rows = store.events(EventFilter(document=records[2].document.id))
    assert len(rows) == 1
    row = rows[0]
    assert row["outlet"] == "Hawar" and row["published"] == "2019-12-30"
    assert (row["day_first"], row["day_last"]) == ("2019-01-01", "2019-12-31")
    assert row["place_name"] == "Qamishli" and row["lat"] == pytest.approx(37.05)
    assert row["actor"] == "ISIS" and row["status"] == "denied"


def test_events_are_ordered_and_paged_by_cursor(filled):
    store, records = filled
    extra = make_record("An undated report of a clash.", [
        {"type": "FIGHT", "actor": ["SDF"], "recipient": ["ISIS"]}])
    store.put(extra)
    full = store.events()
    assert len(full) == 6
    order = [(r["day_first"] or "", r["document_id"], r["event_id"]) for r in full]
    assert order == sorted(order)
    assert full[0]["day_first"] is None  # undated events sort first
    for size in (1, 2, 4):
        seen, after = [], None
        while True:
            page = store.events(limit=size, after=after)
            seen += page
            if len(page) < size:
                break
            last = page[-1]
            after = (last["day_first"] or "", last["document_id"], last["event_id"])
        assert seen == full
    flt = EventFilter(type="assault")
    first = store.events(flt, limit=2)
    last = first[-1]
    rest = store.events(flt, after=(last["day_first"] or "", last["document_id"],
                                    last["event_id"]))
    assert first + rest == store.events(flt)


def test_iter_records_walks_every_record_in_id_order(store):
    records = [make_record(f"Report number {n} of a clash near Qamishli.", [
        {"type": "FIGHT", "actor": ["SDF"], "place": "Qamishli", "start": "2020-01-01"}])
        for n in range(205)]  # more than one page of 200
    assert store.put_many(records) == 205
    seen = list(store.iter_records())
    assert [r.document.id for r in seen] == sorted(r.document.id for r in records)
    by_id = {r.document.id: r for r in records}
    assert all(r == by_id[r.document.id] for r in seen)


def test_empty_store(store):
    assert store.events() == [] and store.documents() == [] and store.count_documents() == 0
    assert list(store.iter_records()) == []


def test_get_records_reads_many_at_once(filled):
    store, records = filled
    wanted = [records[2].document.id, "doc-missing", records[0].document.id,
              records[2].document.id]
    found = store.get_records(wanted)
    assert found == {records[2].document.id: records[2], records[0].document.id: records[0]}
    assert store.get_records([]) == {}
