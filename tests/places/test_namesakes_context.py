"""Namesake rules that read the rest of the text: a foreign first-level unit nothing else points
to ("Delta" next to "Vancouver"), regional demonyms ("Abkhaz"), big-city abbreviations ("L.A.")."""
from __future__ import annotations

from tests.places.named_spans import resolve_names as _resolve


def test_town_of_the_country_other_names_point_to_beats_a_foreign_unit():
    text = "A Delta police officer told the inquiry what happened near Vancouver that night."
    delta, _ = _resolve(text, ["Delta", "Vancouver"])
    assert delta.country == "CA" and delta.feature == "city"


def test_the_unit_keeps_its_reading_when_another_name_points_to_its_country():
    text = "Oil output in Delta fell again, officials in Lagos said."
    delta, _ = _resolve(text, ["Delta", "Lagos"])
    assert delta.country == "NG" and delta.feature == "admin1"


def test_a_state_named_with_its_country_is_not_penalised():
    text = "Flooding hit Punjab, and Pakistan asked for help; Lahore was spared."
    punjab = _resolve(text, ["Punjab", "Pakistan", "Lahore"])[0]
    assert punjab.feature == "admin1" and punjab.country == "PK"


def test_a_regional_demonym_reads_as_its_region_not_its_country():
    text = "Abkhaz separatists and South Ossetian militias clashed with Georgian troops."
    abkhaz, ossetian, georgian = _resolve(text, ["Abkhaz", "South Ossetian", "Georgian"])
    assert abkhaz.name == "Abkhazia" and abs(abkhaz.lon - 41.0) < 1.0
    assert ossetian.name == "South Ossetia"
    assert georgian.feature == "country" and georgian.country == "GE"


def test_dotted_abbreviations_of_big_cities_read_as_the_city():
    text = "Traffic in L.A. was bad; he then spoke in NYC and flew to S.F. on Monday."
    la, nyc, sf = _resolve(text, ["L.A.", "NYC", "S.F."])
    assert (la.name, la.admin1) == ("Los Angeles", "California")
    assert nyc.name == "New York City" and sf.name == "San Francisco"


def test_a_bare_la_is_not_los_angeles():
    text = "La Paz and LA Fitness were named."
    got = _resolve(text, ["LA"])[0]
    assert got is None or got.name != "Los Angeles"
