"""Namesake rule of the prior: a national capital over a same-named first-level unit of its
country ("Washington")."""
from __future__ import annotations

from claimline.places.geoparse import geoparse


def _resolve(text, names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [r.entry for r in geoparse(text, None, spans=spans)]


def test_bare_washington_is_the_capital_not_the_state():
    got = _resolve("Officials in Washington said the sanctions would stay.", ["Washington"])[0]
    assert got.country == "US" and got.feature == "city" and abs(got.lon + 77.0) < 0.5


def test_washington_state_keeps_the_state():
    text = "Wildfires spread across Washington state on Monday."
    got = _resolve(text, ["Washington"])[0]
    assert got.feature == "admin1" and got.admin1 == "Washington"


def test_a_state_without_a_same_named_capital_still_wins_over_its_namesake_towns():
    got = _resolve("Voters in Kansas approved the measure.", ["Kansas"])[0]
    assert got.feature == "admin1" and got.admin1 == "Kansas"

