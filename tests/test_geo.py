import math

from hypothesis import given, strategies as st

from claimline.geo import EARTH_RADIUS_KM, equirectangular_km, haversine_km

lat = st.floats(min_value=-90, max_value=90, allow_nan=False)
lon = st.floats(min_value=-180, max_value=180, allow_nan=False)


def test_known_distance_qamishli_to_derik():
    # al-Qamishli (37.05, 41.22) to al-Malikiyah/Derik (37.18, 42.14): about 83 km
    assert 80 < haversine_km(37.05, 41.22, 37.18, 42.14) < 86


def test_zero_on_same_point():
    assert haversine_km(37, 42, 37, 42) == 0


@given(lat, lon, lat, lon)
def test_symmetric_and_bounded(a, b, c, d):
    there, back = haversine_km(a, b, c, d), haversine_km(c, d, a, b)
    assert math.isclose(there, back, rel_tol=1e-9, abs_tol=1e-9)
    assert 0 <= there <= math.pi * EARTH_RADIUS_KM + 1e-6


@given(lat, lon, lat, lon, lat, lon)
def test_triangle_inequality(a, b, c, d, e, f):
    assert haversine_km(a, b, e, f) <= haversine_km(a, b, c, d) + haversine_km(c, d, e, f) + 1e-6


@given(st.floats(min_value=-60, max_value=60), lon,
       st.floats(min_value=-2, max_value=2), st.floats(min_value=-2, max_value=2))
def test_equirectangular_within_one_percent_at_short_range(a, b, da, db):
    exact = haversine_km(a, b, a + da, b + db)
    assert abs(equirectangular_km(a, b, a + da, b + db) - exact) <= 0.01 * exact + 1e-6
