"""Spans of place names inside longer names: the known part is kept whole ("Lamar County
Commissioners" -> "Lamar County", "West Virginia Democratic Party" -> "West Virginia",
"Mount Pleasant High School" -> the town Mount Pleasant), and a saint's name is not the place
("St. Paul" is not "Paul")."""
from __future__ import annotations

import pytest

from claimline.places.index import get_index
from claimline.places.recognise import recognise
from tests.places.test_reclassify import _doc


def _mentions(nlp, text, tagged):
    return [(m.text, m.head) for m in recognise(text, _doc(nlp, text, tagged), get_index())]


@pytest.mark.parametrize("text, entity, label, want", [
    ("Richard Harper told Lamar County Commissioners on Monday.",
     "Lamar County Commissioners", "GPE", "Lamar County"),
    ("Records of the Guernsey County Common Pleas Court show it.",
     "Guernsey County Common Pleas Court", "GPE", "Guernsey County"),
    ("It was a loss to our West Virginia Democratic Party and to us.",
     "West Virginia Democratic Party", "GPE", "West Virginia"),
    ("They met at the Mount Pleasant Civic Center on Friday.",
     "Mount Pleasant Civic Center", "FAC", "Mount Pleasant"),
    ("Flights left Vancouver International Airport late.",
     "Vancouver International Airport", "FAC", "Vancouver"),
    ("The Kansas City Council voted on Tuesday.", "Kansas City Council", "GPE", "Kansas City"),
    # "Las Vegas City" is only another name of Las Vegas, Nevada: the council is the city's
    ("The Las Vegas City Council met in New Mexico.", "Las Vegas City Council", "GPE",
     "Las Vegas"),
])
def test_the_known_part_of_a_longer_name_is_kept_whole(nlp, text, entity, label, want):
    got = [t for t, _ in _mentions(nlp, text, [(entity, label)])]
    assert want in got


def test_a_longer_name_without_a_facility_word_is_not_cut(nlp):
    text = "He wrote a book on the Battle of Richmond last year."
    got = [t for t, _ in _mentions(nlp, text, [("Battle of Richmond", "LOC")])]
    assert "Battle" not in got


def test_a_compass_word_is_still_dropped_where_the_whole_is_unknown(nlp):
    text = "Storms hit North Texas overnight."
    assert ("Texas", "region") in _mentions(nlp, text, [("North Texas", "LOC")])


def test_a_compass_word_alone_is_no_name(nlp):
    # "North" is also a town (South Carolina): the compass word alone is never the kept part
    text = "Flooding closed North Zzyqx Road on Monday."
    assert "North" not in [t for t, _ in _mentions(nlp, text, [("North Zzyqx Road", "FAC")])]


def test_mount_before_a_town_name_is_the_town(nlp):
    text = "She is a graduate of Mount Pleasant High School."
    got = _mentions(nlp, text, [("Mount Pleasant High School", "ORG")])
    assert ("Mount Pleasant", None) in got and not any(t == "Pleasant" for t, _ in got)


def test_mount_before_an_unknown_name_keeps_the_mountain_cue(nlp):
    text = "Jets struck Mount Qarachokh near Derik."
    assert ("Qarachokh", "mountain") in _mentions(nlp, text, []) or \
        ("Mount Qarachokh", "mountain") in _mentions(nlp, text, [])


@pytest.mark.parametrize("text, saint", [
    ("Morris told the St. Paul Pioneer Press he was there.", "Paul"),
    ("He grew up on St. George Street near the river.", "George"),
    ("Tourists flocked to the St. Petersburg Museum of Fine Arts.", "Petersburg"),
])
def test_a_saints_name_is_not_the_place(nlp, text, saint):
    assert saint not in [t for t, _ in _mentions(nlp, text, [])]


def test_a_longer_gazetteer_name_wins_over_the_state_in_it(nlp):
    # "Tennessee Colony", Texas is a postal hamlet: the hit on "Tennessee" grows to it
    text = "Bond was raised for a suspect in the murder of a Tennessee Colony man."
    got = [t for t, _ in _mentions(nlp, text, [])]
    assert "Tennessee Colony" in got and "Tennessee" not in got


def test_a_state_before_a_word_that_makes_no_place_stays_the_state(nlp):
    text = "Crews from Tennessee Valley Authority restored power."
    assert "Tennessee Valley Authority" not in [t for t, _ in _mentions(nlp, text, [])]
