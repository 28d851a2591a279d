"""The coherence codes of a gazetteer entry (the fast path of the speed round) give what the
plain (state, cell, county) reading gives (property test)."""
from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from claimline.places.coherence import _CELL_OFFSET, _CELL_ROW, _where, _where_coded

_FEATURES = ["city", "village", "admin2", "site", "mountain", "admin1", "country", "region"]


@settings(max_examples=300, deadline=None)
@given(st.floats(-89.9, 89.9), st.floats(-179.9, 179.9), st.sampled_from(_FEATURES),
       st.sampled_from(["", "Idaho"]), st.sampled_from(["", "Ada County"]))
def test_coherence_codes_match_the_plain_reading(lat, lon, feature, admin1, admin2):
    entry = ("Boise", lat, lon, "US", admin1, admin2, feature, 1, 1000, "geonames", ())
    unit, cell, county = _where(entry)
    codes: dict = {}
    c_unit, c_cell, c_county, around = _where_coded(entry, codes)
    assert (c_unit is None) == (unit is None) and (c_county is None) == (county is None)
    if unit is not None:
        assert codes[unit] == c_unit
    if county is not None:
        assert codes[county] == c_county
    if cell is None:
        assert c_cell is None and around is None
    else:
        assert c_cell == (cell[0] + _CELL_OFFSET) * _CELL_ROW + cell[1] + _CELL_OFFSET
        assert c_cell in around and len(around) == 9
        assert (math.floor(lat), math.floor(lon)) == cell
