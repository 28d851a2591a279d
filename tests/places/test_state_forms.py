"""Ways news writes a US state or Canadian province without its name: demonyms ("Ohioans"),
AP / Canadian Press abbreviations with or without their final period ("D-Calif", "N.Y,",
"B.C."), county names with their generic word ("Bronx County") and compass initials
("W. Columbia")."""
from __future__ import annotations

import pytest

from claimline.places.geoparse import geoparse
from claimline.places.normalise import normalise_name
from tests.places.named_spans import resolve_names


@pytest.mark.parametrize("text, name, admin1, country", [
    ("The drill is meant to prepare Ohioans for tornado season.", "Ohioans", "Ohio", "US"),
    ("Starting in July, Ontarians will receive a rebate.", "Ontarians", "Ontario", "CA"),
    ("A Texan was among the passengers.", "Texan", "Texas", "US"),
    ("Stressed Gazans turn to meditation.", "Gazans", "Gaza Strip", "PS"),
])
def test_a_state_or_province_demonym_reads_as_the_unit(text, name, admin1, country):
    got = resolve_names(text, [name])[0]
    assert got is not None and got.admin1 == admin1 and got.country == country
    assert got.feature in ("admin1", "region")


def test_a_country_keeps_a_demonym_a_state_would_share():
    got = resolve_names("Georgian troops withdrew from the border.", ["Georgian"])[0]
    assert got.country == "GE" and got.feature == "country"


@pytest.mark.parametrize("text, name, admin1", [
    ("House Speaker Nancy Pelosi, D-Calif, told colleagues.", "Calif", "California"),
    ("He sold drugs in Bronx County, N.Y, which makes him liable.", "N.Y", "New York"),
    ("Gov. Smith of Tenn said so.", "Tenn", "Tennessee"),
])
def test_a_state_abbreviation_without_its_final_period(text, name, admin1):
    got = resolve_names(text, [name])[0]
    assert got is not None and got.feature == "admin1" and got.admin1 == admin1


def test_a_bare_two_letter_word_is_no_abbreviation_without_its_period():
    got = resolve_names("The meeting in Pa was short.", ["Pa"])[0]
    assert got is None or got.feature != "admin1" or got.admin1 != "Pennsylvania"


def test_canadian_press_province_abbreviations():
    assert resolve_names("He noted B.C. experienced many of these storms.",
                         ["B.C."])[0].admin1 == "British Columbia"
    text = "ST. JOHN'S, N.L. - The 17 victims were named."
    town, province = resolve_names(text, ["ST. JOHN'S", "N.L."])
    assert province.admin1 == "Newfoundland and Labrador" and province.country == "CA"
    assert town.country == "CA" and town.admin1 == "Newfoundland and Labrador"


def test_a_year_before_christ_is_no_province(nlp):
    text = "The city was founded around 300 B.C. by traders from the coast."
    assert not [r for r in geoparse(text, nlp(text)) if r.mention.text == "B.C."]


def test_a_county_written_with_its_generic_word():
    got = resolve_names("He sold drugs in Bronx County, N.Y, last year.", ["Bronx County"])[0]
    assert got is not None and got.feature == "admin2" and got.admin1 == "New York"


@pytest.mark.parametrize("written, spelled", [("W. Columbia", "West Columbia"),
                                              ("S. Korea", "South Korea"),
                                              ("E. Tawas", "East Tawas")])
def test_a_compass_initial_is_its_direction_word(written, spelled):
    assert normalise_name(written) == normalise_name(spelled)


def test_a_compass_initial_town_resolves():
    got = resolve_names("Two held, third sought in W. Columbia slaying.", ["W. Columbia"])[0]
    assert got is not None and got.name == "West Columbia"


@pytest.mark.parametrize("one, other", [("De Soto Parish", "DeSoto Parish"),
                                        ("La Salle", "LaSalle"), ("Mc Lean", "McLean"),
                                        ("Da Nang", "Danang"), ("De Kalb", "DeKalb")])
def test_a_name_particle_is_written_with_or_without_its_space(one, other):
    assert normalise_name(one) == normalise_name(other)


def test_a_particle_before_a_short_word_is_kept_apart():
    assert normalise_name("Van Ek") == "van ek" and normalise_name("Lake Van") == "lake van"


def test_desoto_parish_reads_as_the_louisiana_parish():
    got = resolve_names("He served on the DeSoto Parish Police Jury near Mansfield.",
                        ["DeSoto Parish"])[0]
    assert got is not None and got.admin1 == "Louisiana" and got.feature == "admin2"
