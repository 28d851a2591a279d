"""``claimline export``: formats, filters, --out, and coded errors with exit codes."""
from __future__ import annotations

import csv
import json

import pytest

from claimline.cli import main
from claimline.export import COLUMNS
from claimline.store import open_store
from tests.store.factory import corpus


@pytest.fixture
def db(store_url):
    with open_store(store_url) as store:
        store.put_many(corpus())
    return store_url


def test_export_to_stdout_with_filters(db, capsys):
    assert main(["export", "--db", db, "--format", "plover", "--actor", "police",
                 "--since", "2021"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["actor"]["name"], e["event_date"]) for e in events] == [("Police", "2021-03-02")]


def test_export_to_a_file(db, tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert main(["export", "--db", db, "-f", "acled-csv", "--out", str(out),
                 "--country", "sy"]) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == COLUMNS
    assert sorted(r["location"] for r in rows) == ["Karachok", "Qamishli"]
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("fmt", ["jsonl", "geojson"])
def test_every_format_from_the_cli(db, capsys, fmt):
    assert main(["export", "--db", db, "-f", fmt, "--type", "protest"]) == 0
    text = capsys.readouterr().out
    if fmt == "jsonl":
        assert len(text.splitlines()) == 1
    else:
        assert len(json.loads(text)["features"]) == 1


def test_unknown_format_is_a_usage_error(db, capsys):
    assert main(["export", "--db", db, "-f", "xml"]) == 2
    assert "[E010]" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(db, capsys):
    assert main(["export", "--db", db, "--since", "April"]) == 2
    assert "[E012]" in capsys.readouterr().err


def test_unwritable_out_file(db, tmp_path, capsys):
    assert main(["export", "--db", db, "--out", str(tmp_path / "no" / "such" / "dir.csv")]) == 3
    assert "[E001]" in capsys.readouterr().err


def test_ingest_then_export(store_url, tmp_path, capsys, nlp, monkeypatch):
    """What `ingest` stores is what `export` writes back. The analysis stages are left out
    (an empty pipeline), so this test depends on neither their quality nor their speed."""
    import claimline.extraction
    from claimline.pipeline import Pipeline
    monkeypatch.setattr(claimline.extraction, "get_pipeline", lambda *a: Pipeline((), nlp=nlp))
    src = tmp_path / "report.txt"
    src.write_text("Turkish warplanes bombed positions near Derik in northeast Syria on "
                   "Tuesday, killing 12 fighters, the SDF said in a statement.", encoding="utf-8")
    assert main(["ingest", str(src), "--db", store_url, "-p", "2023-04-25"]) == 0
    assert main(["ingest", str(src), "--db", store_url, "-p", "2023-04-25"]) == 0  # no-op
    capsys.readouterr()
    assert main(["export", "--db", store_url, "-f", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    with open_store(store_url) as store:
        (stored,) = list(store.iter_records())
    assert json.loads(line) == stored.to_dict()
    assert stored.document.text.startswith("Turkish warplanes")
    assert stored.document.published.date == "2023-04-25"
    assert stored.document.origin == str(src)
