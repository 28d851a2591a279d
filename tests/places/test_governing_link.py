"""The governing-place rules keep cross-document linking of FA-KES above its aim."""
from __future__ import annotations

import pytest


@pytest.mark.shared
def test_linking_with_governing_cues_stays_above_aim(shared_data):
    from claimline.evaluate.linking import evaluate, gold_units, load_units
    confusable = [u for u in load_units(shared_data) if u.unit_id in gold_units()]
    scores = evaluate(shared_data, source="pipeline", units=confusable)
    # measured 2026-11-25 03:50 UTC on the 71 articles the gold decides about: pairwise
    # P 1.000 F1 0.897, B-cubed F1 0.940 (0.800 / 0.926 without the cues of
    # places/governing_cues.py; the whole set, `claimline eval link`, gives the same pairwise
    # figures); the aim of issue 6 is pairwise F1 0.85
    assert scores.pairwise["precision"] >= 0.95
    assert scores.pairwise["f1"] >= 0.85
