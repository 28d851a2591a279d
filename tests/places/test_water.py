"""Seas, gulfs, straits and lakes: a water body written as one wins over a same-named land
unit ("the Red Sea" vs Sudan's Red Sea State), gets no country, feature "other" and UCDP
where_prec 7 (water/air); "X State", "X governorate", "X coast" stay land."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from claimline.places.geoparse import geoparse, to_places
from tests.conftest import run_stages


def _place(nlp, text, surface):
    found = [r for r in geoparse(text, nlp(text)) if r.mention.text == surface]
    assert found, f"{surface!r} not recognised"
    return to_places(found)[0]


@pytest.mark.parametrize("text, surface", [
    ("Houthi forces attacked a cargo ship in the Red Sea on Tuesday, the US military said.",
     "Red Sea"),
    ("A drone struck a tanker in the southern Red Sea, the rebels said.", "Red Sea"),
    ("Iran seized a tanker in the Strait of Hormuz, state media said.", "Strait of Hormuz"),
    ("Pirates boarded a vessel in the Gulf of Aden on Sunday.", "Gulf of Aden"),
    ("Russian warships fired missiles from the Black Sea at Odesa.", "Black Sea"),
])
def test_a_water_body_written_as_one_is_at_sea(nlp, text, surface):
    place = _place(nlp, text, surface)
    assert place.feature == "other" and place.precision == 7
    assert place.country is None and place.admin1 is None


@pytest.mark.parametrize("text, country", [
    ("Floods hit Red Sea State in eastern Sudan, officials said.", "SD"),
    ("Clashes erupted in the Red Sea governorate of Egypt near Hurghada.", "EG"),
    ("Fighting spread along the Red Sea coast of Sudan near Port Sudan.", "SD"),
])
def test_a_land_word_keeps_the_administrative_unit(nlp, text, country):
    place = _place(nlp, text, "Red Sea")
    assert place.feature == "admin1" and place.country == country and place.precision == 4


def test_a_unit_word_after_a_known_name_is_that_unit(nlp):
    text = "Militias attacked villages in Blue Nile State on Friday."
    place = _place(nlp, text, "Blue Nile")
    assert place.feature == "admin1" and place.country == "SD"
    assert place.mentions == [(text.index("Blue Nile"), text.index(" State"))]


def test_an_event_at_sea_is_not_placed_in_a_country():
    record = run_stages("Houthi forces attacked a cargo ship in the Red Sea on Tuesday, the "
                        "US military said.", ["time", "actors", "places", "events"],
                        published="2024-01-10")
    places = {p.id: p for p in record.places}
    located = [places[e.place] for e in record.events if e.place]
    assert located and all(p.country is None and p.precision == 7 for p in located)


def test_curated_water_bodies_cover_conflict_seas_and_have_no_land_feature():
    path = resources.files("claimline.places") / "data" / "curated.csv"
    with path.open(encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    for name in ("Red Sea", "Black Sea", "Gulf of Aden", "Persian Gulf", "Mediterranean",
                 "Strait of Hormuz", "Bab el-Mandeb", "Sea of Azov", "Kerch Strait",
                 "Gulf of Guinea", "Lake Chad", "South China Sea", "Taiwan Strait"):
        row = rows[name]
        assert row["feature"] == "water", name
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["source"], name
