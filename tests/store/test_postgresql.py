"""What is particular to the PostgreSQL backend: its coded errors, and behaviour under
concurrent writers. Tests that need a server are marked ``postgres``."""
from __future__ import annotations

import sys

import pytest

from claimline.errors import ClaimlineError
from claimline.store import EventFilter, open_store
from claimline.store.postgresql import redact

from .factory import corpus


def test_missing_psycopg_is_E016(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` fail
    with pytest.raises(ClaimlineError) as info:
        open_store("postgresql://u:p@127.0.0.1:5432/db")
    assert info.value.code == "E016"
    assert "claimline[postgresql]" in str(info.value)


def test_unreachable_server_is_E007_without_the_password():
    pytest.importorskip("psycopg")
    # port 9 (discard) on loopback: nothing listens there, the connection is refused at once
    with pytest.raises(ClaimlineError) as info:
        open_store("postgresql://alice:s3cret@127.0.0.1:9/nodb?connect_timeout=3")
    assert info.value.code == "E007"
    assert "s3cret" not in str(info.value)
    assert "alice:***@127.0.0.1:9" in str(info.value)


@pytest.mark.parametrize("url, shown", [
    ("postgresql://alice:s3cret@db:5432/x", "postgresql://alice:***@db:5432/x"),
    ("postgres://alice:p%40ss@db/x?sslmode=require", "postgres://alice:***@db/x?sslmode=require"),
    ("postgresql://alice@db/x", "postgresql://alice@db/x"),
    ("postgresql:///x", "postgresql:///x"),
])
def test_redact(url, shown):
    assert redact(url) == shown


@pytest.mark.postgres
def test_concurrent_insert_of_the_same_document_is_not_an_error(pg_url, monkeypatch):
    record = corpus()[0]
    with open_store(pg_url) as store:
        assert store.put(record)
        # simulate the race: another writer stored it after our existence check
        monkeypatch.setattr(store, "has_document", lambda doc_id: False)
        assert store.put(record) is False
        monkeypatch.undo()
        assert store.count_documents() == 1
        assert len(store.events()) == 2


@pytest.mark.postgres
def test_two_connections_see_each_others_writes(pg_url):
    with open_store(pg_url) as a, open_store(pg_url) as b:
        a.put(corpus()[0])
        assert b.count_documents() == 1
        b.put(corpus()[1])
        assert len(a.events()) == 4


@pytest.mark.postgres
def test_web_search_syntax(pg_url):
    with open_store(pg_url) as store:
        records = corpus()
        store.put_many(records)

        def docs(query):
            return {r["document_id"] for r in store.events(EventFilter(text=query))}

        assert docs("strikes") == set()                      # "struck" is another word
        assert docs("killed") == docs("killing") == {records[0].document.id}  # stemmed
        assert docs('"tear gas"') == {records[1].document.id}
        assert docs("jets or shelling") == {records[0].document.id, records[2].document.id}
        assert docs("fighters -jets") == set()
        assert docs("anniversary") == {records[0].document.id}  # the title is indexed too
        store.execute("SET enable_seqscan = off")  # a tiny table: make the planner show the index
        clause, params = store.text_search_clause("jets")
        plan = "\n".join(r["QUERY PLAN"] for r in store.query(
            f"EXPLAIN SELECT e.document_id FROM events e WHERE {clause}", params))
        assert "documents_fts" in plan


@pytest.mark.postgres
def test_both_backends_answer_alike(tmp_path, pg_url):
    """The same records give the same event rows (values and order) on SQLite and PostgreSQL."""
    with open_store(str(tmp_path / "a.db")) as lite, open_store(pg_url) as pg:
        for store in (lite, pg):
            store.put_many(corpus())
        for flt in (None, EventFilter(actor="turkey"), EventFilter(since="2019-06"),
                    EventFilter(place="lagos", status="claimed")):
            assert lite.events(flt) == pg.events(flt)
            assert lite.events(flt, limit=2) == pg.events(flt, limit=2)
        assert [r.to_json() for r in lite.iter_records()] == \
            [r.to_json() for r in pg.iter_records()]


@pytest.mark.postgres
def test_the_race_is_handled_whichever_statement_reports_it(pg_url, monkeypatch):
    # in pipeline mode the duplicate is reported by the failing INSERT or, later, as
    # "pipeline aborted" by a following statement: both must end the same way
    record = corpus()[0]
    with open_store(pg_url) as store:
        store.put(record)
        monkeypatch.setattr(store, "has_document", lambda doc_id: False)
        for _ in range(30):
            assert store.put(record) is False
        monkeypatch.undo()
        assert store.count_documents() == 1


@pytest.mark.postgres
def test_a_real_write_error_is_raised_and_the_connection_recovers(pg_url):
    import psycopg
    record, other = corpus()[:2]
    broken = record.model_copy(deep=True)
    broken.document.text = "NUL \x00 bytes cannot be stored in PostgreSQL text"
    broken.document.id = "doc-broken"
    with open_store(pg_url) as store:
        with pytest.raises(psycopg.Error):
            store.put(broken)
        assert not store.has_document("doc-broken")
        assert store.put(other) is True
