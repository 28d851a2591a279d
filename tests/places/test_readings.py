"""``readings``: the entries the resolver chooses among, and the LGL ceiling built on them."""
from __future__ import annotations

import pytest

from claimline.places.index import get_index
from claimline.places.resolve import readings
from tests.places.named_spans import resolutions


def test_readings_of_an_ambiguous_name_span_countries_and_include_the_pick():
    res = resolutions("Turkish jets struck Mount Qarachokh near Derik.", ["Derik"])[0]
    got = readings(get_index(), res.mention)
    assert {e.country for e in got} >= {"SY", "TR"}
    assert res.entry in got


def test_a_name_with_no_gazetteer_entry_has_no_readings():
    res = resolutions("They met in Zzyqxville yesterday.", ["Zzyqxville"])[0]
    assert res.entry is None and readings(get_index(), res.mention) == ()


@pytest.mark.shared
def test_lgl_ceiling_bounds_the_accuracy(shared_data):
    from claimline.evaluate.lgl import evaluate

    f = evaluate(shared_data / "geo" / "lgl.xml", gold_toponyms=True, limit=40).figures()
    assert f["accuracy_161km"] <= f["ceiling_161km"] <= 1.0, f
    # measured 2026-11-25: 0.950 on all 588 articles, 0.958 on the first 50
    assert f["ceiling_161km"] >= 0.93, f
