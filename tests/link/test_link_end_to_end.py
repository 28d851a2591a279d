"""End to end: the real pipeline ingests the seed statement and a republished copy of it; linking
puts each report of the 2017 strike into one canonical event, graded as a single source."""
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
    strike = [c for c in canonical
              if c["date"]["start"] == "2017-04-25" and c["type"] == "ASSAULT"]
    assert len(strike) == 1, "the 2017 strike of both copies is one canonical event"
    (strike,) = strike
    assert len({r["document"] for r in strike["reports"]}) == 2
    assert {r["status"] for r in strike["reports"]} == {"recalled"}
    # both copies are one text: one source, whatever the number of documents
    assert strike["grade"] == "weak" and "copies of one text" in strike["grade_reason"]
