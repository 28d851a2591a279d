"""How a name matched weighs on its reading: a town's former name loses to a town that bears the
name as its own, and a consonant-skeleton ("transliteration") match is not made in countries
whose place names are written natively in Latin letters. Invented sentences."""
from __future__ import annotations

import pytest

from claimline.places import match_kinds
from tests.places.named_spans import resolutions as _resolve


@pytest.mark.parametrize("text, names, expected", [
    # Bloomfield, Indiana lists "Bloomington" among its alternate names; Linton and Worthington
    # lie next to Bloomfield, but Bloomington is a town's own name in the same state
    ("Students from Bloomington joined volunteers in Linton and Worthington.",
     ["Bloomington", "Linton", "Worthington"], ("Bloomington", "Indiana")),
    ("The Wilson council met Selma and Smithfield officials.",
     ["Wilson", "Selma", "Smithfield"], ("Wilson", "North Carolina")),
    ("Crews from Liberty and Festus worked through the night.",
     ["Liberty", "Festus"], ("Liberty", "Missouri")),
])
def test_a_town_bearing_the_name_beats_a_town_formerly_so_named(text, names, expected):
    got = _resolve(text, names)[0]
    assert (got.entry.name, got.entry.admin1) == expected and got.match == "exact"


@pytest.mark.parametrize("key, own, other", [
    ("oxford", "Ashley", True),           # a former name
    ("hillsboro", "Hillsborough", False),  # a spelling of the own name
    ("manhattan", "Manhattan Beach", False),  # a part of it
    ("petersburg", "Saint Petersburg", False),
    ("derik", "Al Malikiyah", True),
])
def test_another_name_or_a_spelling(key, own, other):
    assert match_kinds.another_name(key, (own,)) is other


def test_a_spelling_variant_alias_keeps_its_reading():
    got = _resolve("The river flooded Hillsboro and Concord, New Hampshire.",
                   ["Hillsboro", "Concord", "New Hampshire"])[0]
    assert (got.entry.name, got.entry.admin1) == ("Hillsborough", "New Hampshire")


def test_an_alias_in_another_country_than_the_owner_is_untouched():
    # Derik is al-Malikiyah's Kurdish name; Derik, Turkey bears it as its own, but in Turkey
    derik, _ = _resolve("Clashes near Derik and Qamishlo left two dead.", ["Derik", "Qamishlo"])
    assert derik.entry.country == "SY" and derik.entry.name == "Al Malikiyah"


@pytest.mark.parametrize("name", ["Readington Township", "Shawnee Park"])
def test_no_skeleton_match_in_a_latin_script_country(name):
    # before: Ruddington, England and Shavano Park, Texas by consonant skeleton
    got = _resolve(f"The {name} committee met on Monday.", [name])[0]
    assert got.entry is None or got.match != "transliteration"


@pytest.mark.parametrize("text, name, expected", [
    ("Shelling hit Deir Ezzor overnight.", "Deir Ezzor", ("Deir ez-Zor", "SY")),
    ("Dagestani officials met the envoy.", "Dagestani", ("Dagestan", "RU")),
])
def test_skeleton_matches_elsewhere_still_work(text, name, expected):
    got = _resolve(text, [name])[0]
    assert (got.entry.name, got.entry.country) == expected and got.match == "transliteration"


def test_the_latin_script_countries_are_the_americas_oceania_and_latin_europe():
    latin = match_kinds.native_latin_countries()
    assert {"US", "GB", "FR", "BR", "AU", "AW", "PL"} <= latin
    assert not latin & {"SY", "IQ", "TR", "RU", "UA", "GR", "IR", "SO", "GE"}
