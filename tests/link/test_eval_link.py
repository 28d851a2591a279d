"""Linking metrics (pure) and the FA-KES floors (shared data)."""
import json

import pytest

from claimline.evaluate.linking import bcubed, load_gold, main_event, pairwise
from tests.link.factory import make_record


def test_pairwise_and_bcubed_on_a_small_example():
    gold = {"a": "x", "b": "x", "c": "y", "d": "z"}
    pred = {"a": "1", "b": "1", "c": "1", "d": "2"}
    pw = pairwise(pred, gold)
    assert (pw["system_pairs"], pw["gold_pairs"], pw["true_pairs"]) == (3, 1, 1)
    assert pw["precision"] == pytest.approx(1 / 3) and pw["recall"] == 1.0
    b3 = bcubed(pred, gold)
    assert b3["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert b3["recall"] == 1.0
    perfect = pairwise(gold, gold)
    assert perfect["f1"] == 1.0 and bcubed(gold, gold)["f1"] == 1.0


def test_gold_clusters_are_connected_components(tmp_path):
    path = tmp_path / "g.jsonl"
    lines = [{"a": "1", "b": "2", "same": True}, {"a": "2", "b": "3", "same": True},
             {"a": "4", "b": "5", "same": False}]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    gold = load_gold(path)
    assert gold["1"] == gold["2"] == gold["3"] and "4" not in gold


def test_shipped_gold_has_reasons_for_every_decision():
    from claimline.evaluate.linking import GOLD
    rows = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert sum(r["same"] for r in rows) >= 20 and sum(not r["same"] for r in rows) >= 20
    assert all(r["reason"] and r["a"] != r["b"] for r in rows)


def test_main_event_prefers_the_reported_toll():
    rec = make_record("x" * 300, events=[
        dict(type="ACCUSE", date="2017-04-25"),
        dict(date="2015-01-01", fatalities=3, status="recalled"),
        dict(date="2017-04-25", fatalities=18)])
    assert main_event(rec).id == "E3"


@pytest.mark.shared
def test_fakes_linking_floors(shared_data):
    from claimline.evaluate.linking import evaluate, gold_units, load_units
    units = load_units(shared_data)
    labels = evaluate(shared_data, source="labels", units=units)
    # measured 2026-11-24 on all 184 articles: pairwise P 0.80 R 0.33 F1 0.47, B-cubed F1 0.95;
    # 2026-11-25 02:25 UTC: P 0.84 R 0.33 F1 0.48, B-cubed F1 0.955
    assert labels.pairwise["f1"] >= 0.40 and labels.bcubed["f1"] >= 0.94
    # the full pipeline on the 71 articles the gold decides about (the confusable ones; the
    # whole set is `claimline eval link`), to keep the suite quick
    confusable = [u for u in units if u.unit_id in gold_units()]
    pipeline = evaluate(shared_data, source="pipeline", units=confusable)
    # measured 2026-11-24 with the stages of that day: pairwise P 1.00 / 0.93, F1 0.52 / 0.42,
    # B-cubed F1 0.88 / 0.87 (00:15 / 01:05 UTC; other stages were changing); 2026-11-25
    # 01:36 UTC after the linker's robustness work: P 0.93, F1 0.68, B-cubed F1 0.90; 02:25 UTC
    # after the accuracy round (region-level places, displaced siblings): P 1.00, F1 0.90 /
    # 0.91, B-cubed F1 0.94 / 0.95 (records of 02:10 / 02:20 UTC); 03:20 UTC, records of 03:18:
    # P 1.00, F1 0.80, B-cubed F1 0.93 (one Ghouta article's sibling fell just below the
    # threshold: the figure moves by ~0.1 with upstream changes, hence the slack)
    assert pipeline.pairwise["precision"] >= 0.90
    assert pipeline.pairwise["f1"] >= 0.70 and pipeline.bcubed["f1"] >= 0.90
