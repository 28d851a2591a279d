"""`claimline link` and `claimline events --canonical` on a store filled with built records."""
from __future__ import annotations

import json

from claimline.cli import main
from claimline.store import open_store
from tests.link.test_linker import aleppo, anha, reuters


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def filled(tmp_path) -> str:
    db = str(tmp_path / "c.db")
    with open_store(db) as store:
        for rec in (reuters(), anha(), aleppo()):
            store.put(rec)
    return db


def test_link_prints_counts_and_grades(capsys, tmp_path):
    db = filled(tmp_path)
    code, out, _ = run(capsys, "link", "--db", db)
    assert code == 0
    assert "3 new report(s) of 3" in out and "1 opened" not in out
    assert "2 canonical events" in out and "fair 1" in out and "weak 1" in out
    code, out, _ = run(capsys, "link", "--db", db, "-f", "json")
    stats = json.loads(out)
    assert code == 0 and stats["new_reports"] == 0 and stats["canonical_events"] == 2


def test_events_canonical_formats(capsys, tmp_path):
    db = filled(tmp_path)
    run(capsys, "link", "--db", db)
    code, out, _ = run(capsys, "events", "--db", db, "--canonical", "-f", "json")
    events = json.loads(out)
    assert code == 0 and len(events) == 2
    assert {e["grade"] for e in events} == {"fair", "weak"}
    code, out, _ = run(capsys, "events", "--db", db, "--canonical", "-f", "jsonl",
                       "--place", "Karachok")
    (line,) = out.strip().splitlines()
    assert len(json.loads(line)["reports"]) == 2
    code, out, _ = run(capsys, "events", "--db", db, "--canonical")
    assert code == 0 and "2 canonical events" in out and "fair" in out


def test_events_canonical_before_linking_and_bad_format(capsys, tmp_path):
    db = filled(tmp_path)
    code, out, err = run(capsys, "events", "--db", db, "--canonical", "-f", "json")
    assert code == 0 and json.loads(out) == [] and "claimline link" in err
    code, _, err = run(capsys, "events", "--db", db, "--canonical", "-f", "csv")
    assert code == 2 and "E010" in err
    code, _, err = run(capsys, "link", "--db", db, "-f", "xml")
    assert code == 2 and "E010" in err
