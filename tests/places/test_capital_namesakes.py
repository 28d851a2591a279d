"""A bare name shared by a national capital and towns of its country reads as the capital
(AP style qualifies the others: "Washington, Ga."). Invented sentences."""
from __future__ import annotations

import pytest

from tests.places.named_spans import resolve_names as _resolve


@pytest.mark.parametrize("text, names", [
    ("WASHINGTON (AP) — Vermont and Maine senators met on Monday.",
     ["WASHINGTON", "Vermont", "Maine"]),
    ("Congress in Washington cut aid to Georgia towns such as Macon.",
     ["Washington", "Georgia", "Macon"]),
    ("Farm aid from Washington reached Iowa and Nebraska.", ["Washington", "Iowa", "Nebraska"]),
])
def test_the_capital_over_a_town_of_a_state_the_text_names(text, names):
    got = _resolve(text, names)[0]
    assert got.name == "Washington, D.C."


def test_a_town_written_with_its_state_keeps_its_reading():
    got = _resolve("The mayor of Washington, Ga., met Athens officials.",
                   ["Washington", "Athens"])[0]
    assert (got.name, got.admin1) == ("Washington", "Georgia")


@pytest.mark.parametrize("text, name, admin1", [
    ("Police in Gainesville, Fla., said the road reopened.", "Gainesville", "Florida"),
    ("The plant in Elkins, W.Va., closed.", "Elkins", "West Virginia"),
    ("A fire near Paris, Tenn., burned a barn.", "Paris", "Tennessee"),
])
def test_a_dotted_state_abbreviation_after_the_name_is_its_state(text, name, admin1):
    # the state pattern stops before the abbreviation's final period ("Fla"): it is looked
    # up with the period too
    got = _resolve(text, [name])[0]
    assert (got.name, got.admin1) == (name, admin1)
