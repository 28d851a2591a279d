"""End to end: the real pipeline ingests the seed statement and a republished copy of it; linking
puts the twin reports (the recalled 2017 strike among them) into one canonical event each, graded
as a single source."""
from __future__ import annotations

import json

from claimline.cli import main
from claimline.store import open_store
from tests.conftest import SEED_PUBLISHED, SEED_TEXT


def test_ingest_link_and_list_canonical(tmp_path, capsys):
    text = SEED_TEXT.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    # a republished copy with one word changed (a different document, the same text in effect)
    copy.write_text(text.replace("comrades", "fighters", 1), encoding="utf-8")
    db = str(tmp_path / "e2e.db")
    assert main(["ingest", str(SEED_TEXT), str(copy), "--db", db, "-p", SEED_PUBLISHED]) == 0
    assert main(["link", "--db", db]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--canonical", "-f", "json"]) == 0
    canonical = json.loads(capsys.readouterr().out)
    with open_store(db) as store:
        events = store.events()
        linked = store.query("SELECT COUNT(*) AS n FROM canonical_reports")[0]["n"]
    assert events and linked == len(events)           # every report is in one canonical event
    assert sum(len(c["reports"]) for c in canonical) == len(events)
    # the copy yields the same events: each dated one links to its twin, and the pair counts
    # as one source (one text), however many documents carry it
    by_report = {(r["document"], r["event"]): c for c in canonical for r in c["reports"]}
    docs = sorted({d for d, _ in by_report})
    assert len(docs) == 2
    dated = [e for e in events if e["document_id"] == docs[0] and e["precision"] == "day"
             and e["status"] in ("reported", "recalled")]
    assert any(e["date_start"] == "2017-04-25" and e["status"] == "recalled" for e in dated)
    for e in dated:
        twin = by_report.get((docs[1], e["event_id"]))
        mine = by_report[(docs[0], e["event_id"])]
        assert twin is not None and twin["id"] == mine["id"], e
        assert mine["grade"] == "weak" and "copies of one text" in mine["grade_reason"]
