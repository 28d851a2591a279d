"""SQLite full-text search (migration 0002, FTS5): stemming, phrases, safe queries, and an
index kept in sync with every write."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimline.record import Document, Event, Record, document_id
from claimline.store import EventFilter, open_store
from claimline.store.sqlite import fts5_query


def record(text: str, title: str = "t") -> Record:
    return Record(document=Document(id=document_id(text), text=text, title=title),
                  events=[Event(id="E1", type="ASSAULT")])


@pytest.fixture()
def db(tmp_path):
    with open_store(str(tmp_path / "fts.db")) as store:
        store.put(record("Warplanes struck villages near Derik, killing civilians.", "Derik"))
        store.put(record("Protesters marched through Baghdad demanding jobs.", "Baghdad"))
        yield store


def found(store, text: str) -> int:
    return len(store.events(EventFilter(text=text)))


def test_words_stems_phrases_prefixes_and_titles(db):
    assert found(db, "village") == 1             # porter stemming: villages
    assert found(db, "KILLED") == 1              # killing ~ killed, any case
    assert found(db, '"marched through"') == 1
    assert found(db, '"through marched"') == 0
    assert found(db, "bagh*") == 1
    assert found(db, "struck baghdad") == 0      # words are ANDed
    assert found(db, "derik") == 1


@pytest.mark.parametrize("text", ['"', "AND", "a OR b", "NOT x", "(", "x:y", "^", "NEAR(a)"])
def test_operator_characters_never_break_the_query(db, text):
    assert found(db, text) >= 0


@given(st.text(max_size=30))
def test_fts5_query_is_always_valid(text):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    query = fts5_query(text)
    if query:
        con.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_index_follows_replace_and_delete(db):
    text = "Warplanes struck villages near Derik, killing civilians."
    db.put(record(text, "replaced title zeppelin"), replace=True)
    assert found(db, "zeppelin") == 1 and found(db, "derik") == 1
    with db.transaction():
        db.delete_document(document_id(text))
    assert found(db, "village") == 0
    assert db.query("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH "
                    "'warplanes'")[0]["n"] == 0


def test_migration_indexes_documents_stored_before_it(tmp_path, monkeypatch):
    from claimline.store import sql
    path = str(tmp_path / "old.db")
    only_first = [m for m in sql.migrations("sqlite") if m[0] == 1]
    monkeypatch.setattr(sql, "migrations", lambda dialect: only_first)
    with open_store(path) as store:
        assert store.schema_version() == 1
        store.put(record("Shelling hit the market in Ariha on Sunday."))
    monkeypatch.undo()
    with open_store(path) as store:
        assert store.schema_version() >= 2 and found(store, "market") == 1
