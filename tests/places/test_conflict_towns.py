"""Towns of conflict reporting that GeoNames lists with no population, so the small model's
PERSON tag ("Ras al-Ayn") or a bigger namesake abroad (Rosh Ha'Ayin) won before the curated rows."""
from __future__ import annotations

import pytest

from tests.conftest import run_stages


@pytest.mark.parametrize("text, name, admin1", [
    ("Turkish shelling hit Ras al-Ayn on Monday.", "Ras al-Ayn", "Al-Hasakah"),
    ("Clashes near Serêkaniyê left four fighters dead.", "Ras al-Ayn", "Al-Hasakah"),
    ("Turkish shelling hit Tal Abyad on Monday.", "Tell Abyad", "Ar-Raqqah"),
    ("Residents fled Girê Spî as the offensive began.", "Tell Abyad", "Ar-Raqqah"),
])
def test_offensive_towns_and_their_kurdish_names_are_in_syria(nlp, text, name, admin1):
    record = run_stages(text, ["time", "actors", "places"], "2019-10-10")
    found = [p for p in record.places if p.name == name]
    assert found, [p.name for p in record.places]
    assert found[0].country == "SY" and found[0].admin1 == admin1
