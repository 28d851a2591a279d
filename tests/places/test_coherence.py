"""Spatial coherence: ambiguous names are read where the other names of the text lie."""
from __future__ import annotations

from claimline.places.geoparse import geoparse


def _resolve(text, names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [(r.entry.name, r.entry.admin1, r.entry.country) for r in geoparse(text, None,
                                                                                spans=spans)]


def test_town_goes_to_the_county_named_beside_it():
    got = _resolve("Deputies from Paris and Henry County searched the lake.",
                   ["Paris", "Henry County"])
    assert got[0][1:] == ("Tennessee", "US") and got[1][1:] == ("Tennessee", "US")


def test_two_small_towns_share_a_state_rather_than_the_capital_reading():
    got = _resolve("The fair moved from Crestwood to Paris last year.", ["Crestwood", "Paris"])
    assert got[0][2] == got[1][2] == "US" and got[0][1] == got[1][1]


def test_famous_pairs_keep_their_famous_readings():
    got = _resolve("Talks in Paris and London ended without a deal.", ["Paris", "London"])
    assert [g[2] for g in got] == ["FR", "GB"]


def test_breakaway_region_is_in_the_gazetteer():
    got = _resolve("Russian troops stayed in South Ossetia.", ["South Ossetia"])
    assert got[0][0] == "South Ossetia" and got[0][2] == "GE"


def _resolve_all(text, name):
    """Every occurrence of ``name`` in ``text``."""
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return [(r.entry.name, r.entry.admin1, r.entry.country) for r in geoparse(text, None,
                                                                                spans=spans)]


def test_name_after_a_comma_can_be_the_country_holding_the_place():
    # "X, Y": Y is the country holding X when no state of that name holds it
    text = "TBILISI, Georgia -- Police arrested opposition members in Georgia on Monday."
    assert _resolve(text, ["TBILISI"])[0][2] == "GE"
    assert {g[2] for g in _resolve_all(text, "Georgia")} == {"GE"}


def test_name_after_a_comma_is_still_the_us_state_holding_the_town():
    text = "ATHENS, Georgia -- State lawmakers met in Georgia on Monday."
    assert _resolve(text, ["ATHENS"])[0][1:] == ("Georgia", "US")


def test_seas_and_world_regions_are_in_the_gazetteer():
    got = _resolve("Ships in the Black Sea and the Persian Gulf; talks in the Caucasus.",
                   ["Black Sea", "Persian Gulf", "Caucasus"])
    assert [g[0] for g in got] == ["Black Sea", "Persian Gulf", "Caucasus"]


def test_demonyms_of_every_country_and_their_plurals_are_known():
    from claimline.places.index import get_index

    demonyms = get_index().demonyms
    assert demonyms["Latvians"] == "LV" and demonyms["Kenyan"] == "KE"
    assert demonyms["Georgian"] == "GE" and demonyms["Indian"] == "IN"


def test_township_reads_as_its_namesake_town():
    got = _resolve("Firefighters from Jackson Township, Ohio, were called.", ["Jackson Township"])
    assert got[0] == ("Jackson", "Ohio", "US")


def test_bare_name_of_a_unit_named_after_its_chief_town_is_the_town():
    for name in ("Aleppo", "Idlib", "Kabul", "Donetsk"):
        got = _resolve(f"Shelling hit {name} on Tuesday, residents said.", [name])
        assert got[0][0].endswith(name)
    text = "Shelling hit Aleppo on Tuesday."
    from claimline.places.geoparse import geoparse

    (res,) = geoparse(text, None, spans=[(text.index("Aleppo"), text.index("Aleppo") + 6)])
    assert res.entry.feature == "city" and res.precision == 1


def test_unit_named_with_its_head_word_stays_the_unit():
    from claimline.places.geoparse import geoparse

    text = "Shelling hit Aleppo province on Tuesday."
    (res,) = geoparse(text, None, spans=[(text.index("Aleppo"), text.index("Aleppo") + 6)])
    assert res.entry.feature == "admin1" and res.precision == 4


def test_a_state_many_names_share_outweighs_a_pair_of_namesakes():
    # Montgomery and Elgin are both towns of Illinois (near each other) and of Minnesota:
    # the four other Minnesota towns must decide, not the Illinois pair's mutual support
    text = "Crews from Winona, Plainview, Elgin, Montgomery and Rochester helped."
    got = _resolve(text, ["Winona", "Plainview", "Elgin", "Montgomery", "Rochester"])
    assert {g[1] for g in got} == {"Minnesota"}


def test_support_saturates_the_first_supporter_weighs_most():
    from claimline.places import coherence

    steps = [coherence._support(n) - coherence._support(n - 1) for n in range(1, 8)]
    assert coherence._support(0) == 0.0 and steps[0] == 1.0
    assert all(a > b for a, b in zip(steps, steps[1:]))
    assert coherence._support(100) == coherence._support(coherence.COHERENCE_CAP)
