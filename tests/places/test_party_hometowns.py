"""A US legislator's party-hometown tag names a place: "Rep. Wendell Gilliard, D-Charleston"."""
from __future__ import annotations

import pytest

from claimline.places.index import get_index
from claimline.places.recognise import recognise


def _places(nlp, text):
    return [(m.text, m.source) for m in recognise(text, nlp(text), get_index())]


@pytest.mark.parametrize("text, name", [
    ("Rep. Wendell Gilliard, D-Charleston, tried to restore the funding.", "Charleston"),
    ("The bill's author, Sen. Torrey Westrom (R-Elbow Lake), said it would pass.", "Elbow Lake"),
    ("Del. Sam Argento, D-Braxton, spoke first.", "Braxton"),
    ("Rep. Dave Loebsack, D-Iowa City. He voted no.", "Iowa City"),
])
def test_the_hometown_after_the_party_letter_is_a_place(nlp, text, name):
    assert name in [t for t, _ in _places(nlp, text)]


def test_a_state_abbreviation_after_the_party_letter(nlp):
    text = "Sen. Dianne Feinstein, D-Calif., voted for it."
    assert any(t.startswith("Calif") for t, _ in _places(nlp, text))


def test_the_party_letter_is_no_part_of_the_name(nlp):
    text = "Rep. Dave Loebsack, D-Iowa City, voted no."
    assert not any(t.startswith("D-") for t, _ in _places(nlp, text))


def test_an_unknown_name_after_a_party_letter_is_left_alone(nlp):
    text = "The measure passed, D-Zzyqorvakh said nothing."
    assert not any(src == "party" for _, src in _places(nlp, text))


def test_a_state_abbreviation_without_its_period(nlp):
    text = "The amendment by Sen. Barbara Boxer, D-Calif, failed."
    assert "Calif" in [t for t, _ in _places(nlp, text)]
