"""Towns named after famous places (a country, a national capital, a world region) cluster —
settlers named neighbouring towns after the same far-away places — so in the coherence term
such namesakes lend no support to one another. Invented sentences."""
from __future__ import annotations

from tests.places.named_spans import resolve_names as _resolve


def test_two_country_names_do_not_pull_each_other_to_namesake_villages():
    # China and Italy are both villages of Texas, near each other and near Waxahachie
    text = "Exports from China and Italy rose, a dealer in Waxahachie, Texas said."
    china = _resolve(text, ["China", "Italy", "Waxahachie", "Texas"])[0]
    assert china.feature == "country" and china.country == "CN"


def test_a_namesake_still_draws_on_an_ordinary_name():
    # Paris, Tennessee is the seat of Henry County: that support is kept
    paris, county = _resolve("Paris police and the Henry County sheriff searched the lake.",
                             ["Paris", "Henry County"])
    assert (paris.admin1, county.admin1) == ("Tennessee", "Tennessee")
