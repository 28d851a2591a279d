"""The places stage on the seed example and on ambiguity cases (real gazetteer, real spaCy)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimline.places import geoparse
from claimline.places.resolve import haversine_km
from tests.conftest import run_stages


def _near(place, lat, lon, km):
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def _by_surface(record, surface):
    text = record.document.text
    for p in record.places:
        if any(text[s:e] == surface for s, e in p.mentions):
            return p
    return None


@pytest.fixture(scope="module")
def seed_places(seed_text):
    return run_stages(seed_text, ["time", "actors", "places"])


def test_seed_gold_places_are_found_and_geocoded(seed_places, seed_gold):
    for gold in seed_gold["places"]:
        hits = [p for p in seed_places.places
                if _near(p, gold["lat"], gold["lon"], gold["km"]) and p.country == gold["country"]]
        assert hits, f"no place within {gold['km']} km of {gold['names'][0]}"


def test_seed_places_carry_features_and_spans(seed_places):
    text = seed_places.document.text
    karachok = _by_surface(seed_places, "Qarachokh")
    assert karachok.feature == "mountain" and karachok.country == "SY"
    assert karachok.precision <= 2
    derik = _by_surface(seed_places, "Derik")
    assert derik.country == "SY" and _near(derik, 37.17, 42.14, 15)
    assert derik.admin1 == "Al-Hasakah"
    for p in seed_places.places:
        assert p.id.startswith("P")
        for s, e in p.mentions:
            assert 0 <= s < e <= len(text)
        assert 1 <= p.precision <= 7


def test_state_actor_turkey_is_not_an_event_place(seed_places):
    assert not any(p.country == "TR" for p in seed_places.places)
    assert _by_surface(seed_places, "Turkey") is None
    assert _by_surface(seed_places, "Turkish") is None


def test_derik_in_turkey_by_context(nlp):
    text = "Police detained 12 people in Derik, a district of Mardin province in Turkey."
    res = [r for r in geoparse(text, nlp(text)) if r.mention.text == "Derik"]
    assert res and res[0].entry.country == "TR"


def test_derik_in_syria_by_context(nlp):
    text = "Clashes were reported in Derik and Qamishli, in Syria's Hasakah governorate."
    res = [r for r in geoparse(text, nlp(text)) if r.mention.text == "Derik"]
    assert res and res[0].entry.country == "SY"


@pytest.mark.parametrize("text,surface,lat,lon", [
    ("A fire broke out in Gainesville, Ga., on Monday, officials in Hall County said.",
     "Gainesville", 34.30, -83.82),
    ("A fire broke out in Gainesville, Fla., near the University of Florida.",
     "Gainesville", 29.65, -82.32),
    ("Russian troops moved from Tbilisi deeper into Georgia on Friday.", "Georgia", 42.3, 43.4),
    ("The governor of Georgia spoke in Atlanta and Savannah on Friday.", "Georgia", 32.7, -83.5),
])
def test_ambiguous_names_resolved_by_context(nlp, text, surface, lat, lon):
    res = [r for r in geoparse(text, nlp(text)) if r.mention.text == surface]
    assert res and res[0].entry is not None
    assert haversine_km(res[0].entry.lat, res[0].entry.lon, lat, lon) < 161


@pytest.mark.parametrize("name", ["Qarachokh", "Karachok", "Qereçox", "Qarachok"])
def test_karachok_spellings(nlp, name):
    text = f"Turkish jets bombed Mount {name} near the border on Tuesday."
    res = [r for r in geoparse(text, nlp(text)) if name in r.mention.text]
    assert res and res[0].entry.name == "Karachok"


@pytest.mark.parametrize("name,lat,lon", [
    ("Qamishlo", 37.05, 41.23), ("Qamishli", 37.05, 41.23), ("al-Qamishli", 37.05, 41.23),
    ("Derik", 37.17, 42.14), ("al-Malikiyah", 37.17, 42.14), ("Al Malikiyah", 37.17, 42.14),
    ("القامشلي", 37.05, 41.23),
])
def test_transliterations_resolve(name, lat, lon):
    text = f"Drone strikes hit {name} and Hasakah in northeast Syria."
    start = text.index(name)
    res = geoparse(text, None, spans=[(start, start + len(name))])
    assert res[0].entry is not None and res[0].entry.country == "SY"
    assert haversine_km(res[0].entry.lat, res[0].entry.lon, lat, lon) < 15


def test_unresolvable_name_is_kept_without_coordinates(nlp):
    text = "Fighters withdrew from Mount Zzyqorvakh and from Raqqa on Monday."
    rec = run_stages(text, ["places"])
    unknown = [p for p in rec.places if p.lat is None]
    assert unknown and "Zzyqorvakh" in unknown[0].name and unknown[0].lon is None
    assert unknown[0].feature == "mountain"
    assert any(p.name == "Ar Raqqah" for p in rec.places)


def test_misspelt_name_matches_fuzzily():
    text = "Protesters gathered in Northeast Syrja."
    start = text.index("Northeast Syrja")
    res = geoparse(text, None, spans=[(start, start + len("Northeast Syrja"))])
    assert res[0].entry is not None and res[0].entry.name == "Northeast Syria"
    assert res[0].match == "fuzzy" and 0 < res[0].score <= 1


def test_no_index_is_built_at_import(tmp_path):
    env = dict(os.environ, CLAIMLINE_CACHE_DIR=str(tmp_path))
    code = ("import claimline.places, claimline.places.index as ix; "
            "assert ix._INDEX is None")
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert not any(tmp_path.iterdir())
