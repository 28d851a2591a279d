"""Representative points of countries and provinces, and which town is a capital."""
from __future__ import annotations

import csv

from claimline.places.gazetteer import DATA_DIR
from claimline.places.index import get_index
from claimline.places.resolve import haversine_km


def _entries(name, feature, country):
    index = get_index()
    return [index.entry(i) for i in index.lookup(name.lower())
            if index.entries[i][6] == feature and index.entries[i][3] == country]


def test_country_centres_table_is_well_formed():
    with open(DATA_DIR / "country_centres.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 200 and len({r["iso"] for r in rows}) == len(rows)
    for r in rows:
        assert len(r["iso"]) == 2 and -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180


def test_country_point_is_its_centre_not_its_town_cloud():
    # Kenya's towns crowd in the south-west; the country's centre is far from that crowd
    (kenya,) = _entries("kenya", "country", "KE")
    assert haversine_km(kenya.lat, kenya.lon, 1.0, 38.0) < 50


def test_sparse_north_provinces_use_their_territory_centre():
    # nearly all of Ontario's towns lie along its southern edge
    (ontario,) = _entries("ontario", "admin1", "CA")
    assert ontario.lat > 48.5
    (alaska,) = _entries("alaska", "admin1", "US")
    assert alaska.lat > 62


def test_only_the_biggest_namesake_is_the_capital():
    index = get_index()
    capitals = [index.entry(i) for i in index.lookup("washington")
                if index.entries[i][9] == "capital"]
    assert [(e.admin1, e.country) for e in capitals] == [("Washington, D.C.", "US")]
