"""The places stage's fast paths give what the plain patterns give (property tests): the
locative test from the last word, the dateline scan from its possible starts, and the
coherence codes of an entry."""
from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from claimline.places.coherence import _CELL_OFFSET, _CELL_ROW, _where, _where_coded
from claimline.places.recognise import (_DATELINE, _LOCATIVE_BEFORE, _dateline_matches,
                                        _locative_before)

_PIECES = ["2517", "x1in", "1in", "Of", "oF", "In", "IN", "the", "The", "THE", "inthe", " ",
           "  ", "\n", "\t", "x", "(", "-", "to", "towards", "ın", "ſ", "north", "West", "of",
           "lathe", "bathe", "within", "xin", "é", " the ", ",", ".", "Paris"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_locative_before_agrees_with_its_pattern(pieces):
    text = "".join(pieces) + "Derik"
    start = len(text) - 5
    plain = bool(_LOCATIVE_BEFORE.search(text[max(0, start - 40):start]))
    assert _locative_before(text, start) == plain


_DATELINE_PIECES = ["BEIRUT", "TORRINGTON", " ", "\n", ". ", "— ", "-", "--", "(AP)", "(Reuters)",
                    ", Ohio", "Officials said", "The", "A", "St. JOHN'S", "x", "!", "?", "Q"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=14))
def test_dateline_scan_finds_what_the_pattern_finds(pieces):
    text = "".join(pieces)
    fast = [(m.start(), m.end()) for m in _dateline_matches(text)]
    plain = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    assert fast == plain


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
