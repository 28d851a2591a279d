"""Common English names of countries that GeoNames and pycountry spell otherwise ("Palestine",
"Burma", "UAE", "Bosnia") read as the country, and every name of a country row counts as its
own name, so a village abroad that lists "Palestine" among its alternate names does not win.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.places.named_spans import resolutions as _resolve


@pytest.mark.parametrize("name, iso", [
    ("Palestine", "PS"), ("Burma", "MM"), ("UAE", "AE"), ("Bosnia", "BA"),
    ("Swaziland", "SZ"), ("East Timor", "TL"), ("Cape Verde", "CV"),
])
def test_common_country_names(name, iso):
    got = _resolve(f"Aid officials said {name} needed help.", [name])[0]
    assert got.entry is not None and got.entry.feature == "country" and got.entry.country == iso
    assert got.match == "exact"


def test_a_country_name_is_not_a_village_abroad_that_lists_it():
    # Filestan, a village of Tehran province, has "Palestine" among its alternate names
    text = "Tehran said it backed Palestine, while Cairo and Amman called for talks."
    palestine = _resolve(text, ["Tehran", "Palestine", "Cairo", "Amman"])[1]
    assert palestine.entry.country == "PS" and palestine.entry.feature == "country"
