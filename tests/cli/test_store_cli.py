"""ingest → events: idempotent storage, filters, formats, and resume after an interruption."""
from __future__ import annotations

import csv
import io
import json

import pytest

from claimline.cli import main
from claimline.store import open_store
from tests.conftest import SEED_TEXT

DOCS = {
    "a.txt": "Turkish warplanes struck Mount Karachok near Derik on 25 April 2017, killing 20 "
             "fighters, the SDF said.",
    "b.txt": "Protesters gathered in Baghdad on 3 May 2019 to demand jobs.",
    "c.txt": "Syrian government forces shelled Idlib on 12 June 2020, killing 5 civilians.",
    "d.txt": "Police arrested 30 activists in Khartoum on 2 January 2022.",
    "e.txt": "Al-Shabaab fighters attacked a base in Lower Shabelle on 7 July 2021.",
}


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ingest_is_idempotent(capsys, tmp_path):
    db = str(tmp_path / "x.db")
    assert run(capsys, "ingest", str(SEED_TEXT), "-p", "2023-04-25", "--db", db)[0] == 0
    code, _, err = run(capsys, "ingest", str(SEED_TEXT), "-p", "2023-04-25", "--db", db)
    assert code == 0 and "0 stored, 1 already present" in err
    with open_store(db) as store:
        assert store.count_documents() == 1


def test_events_filters_and_formats(capsys, tmp_path):
    db = str(tmp_path / "x.db")
    run(capsys, "ingest", str(SEED_TEXT), "-p", "2023-04-25", "--db", db)
    code, out, _ = run(capsys, "events", "--db", db, "-f", "json")
    rows = json.loads(out)
    assert code == 0 and rows
    strike = [r for r in rows if r["acled"] == "Air/drone strike"]
    assert strike and strike[0]["date_start"] == "2017-04-25"
    _, out, _ = run(capsys, "events", "--db", db, "-f", "json", "--since", "2017-04",
                    "--until", "2017", "--actor", "turk", "--type", "air/drone strike")
    assert [r["event_id"] for r in json.loads(out)] == [strike[0]["event_id"]]
    _, out, _ = run(capsys, "events", "--db", db, "-f", "json", "--until", "2016")
    early = json.loads(out)
    assert strike[0]["event_id"] not in {r["event_id"] for r in early}
    assert all(r["day_first"] <= "2016-12-31" for r in early)
    _, out, _ = run(capsys, "events", "--db", db, "-f", "csv", "--place", "karachok")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert "Air/drone strike" in {r["acled"] for r in rows}
    assert all("karachok" in r["place_name"].lower() for r in rows)
    _, out, _ = run(capsys, "events", "--db", db)
    assert "events" in out


def test_bad_since_is_a_coded_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "events", "--db", str(tmp_path / "x.db"), "--since", "April")
    assert code == 3 and "[E012]" in err


def test_interrupted_ingest_leaves_a_consistent_store_and_resumes(capsys, tmp_path, corpus,
                                                                  monkeypatch):
    from claimline.store.sqlite import SQLiteStore

    db = str(tmp_path / "x.db")
    calls = {"n": 0}
    real_after_put = SQLiteStore.after_put

    def interrupt_third(self, record):
        calls["n"] += 1
        if calls["n"] == 3:       # mid-write of the third document: rows inserted, not committed
            raise KeyboardInterrupt
        return real_after_put(self, record)

    monkeypatch.setattr(SQLiteStore, "after_put", interrupt_third)
    assert main(["ingest", str(corpus), "--db", db]) == 130      # Ctrl-C
    monkeypatch.setattr(SQLiteStore, "after_put", real_after_put)
    with open_store(db) as store:
        assert store.count_documents() == 2
        orphans = store.query("SELECT COUNT(*) AS n FROM events WHERE document_id NOT IN "
                              "(SELECT id FROM documents)")
        assert orphans[0]["n"] == 0
    code, _, err = run(capsys, "ingest", str(corpus), "--db", db)
    assert code == 0 and "3 stored, 2 already present" in err
    with open_store(db) as store:
        assert store.count_documents() == 5


def test_a_failing_write_is_reported_and_the_rest_is_stored(capsys, tmp_path, corpus,
                                                            monkeypatch):
    import sqlite3

    from claimline.store.sqlite import SQLiteStore

    db = str(tmp_path / "x.db")
    real_after_put = SQLiteStore.after_put

    def fail_on_police(self, record):
        if "Police" in record.document.text:
            raise sqlite3.OperationalError("database or disk is full")
        return real_after_put(self, record)

    monkeypatch.setattr(SQLiteStore, "after_put", fail_on_police)
    code, _, err = run(capsys, "ingest", str(corpus), "--db", db)
    assert code == 1 and "[E018]" in err and "d.txt" in err and "disk is full" in err
    with open_store(db) as store:
        assert store.count_documents() == 4
