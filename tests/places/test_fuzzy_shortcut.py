"""The fuzzy-match shortcut of candidate search keeps exactly the keys the plain filter keeps."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.candidates import FUZZY_CUTOFF, _strong_keys, _strong_keys_near
from claimline.places.index import get_index


def _plain(index, length):
    return tuple(k for k in _strong_keys(id(index), index)
                 if 200 * min(len(k), length) >= (FUZZY_CUTOFF - 1) * (len(k) + length))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 120))
def test_keys_near_a_length_are_the_plain_filter(length):
    index = get_index()
    assert _strong_keys_near(id(index), index, length) == _plain(index, length)


def test_examples():
    index = get_index()
    near = _strong_keys_near(id(index), index, 9)
    assert "kumamoto" in near and "virginia" in near
    assert all(7 <= len(k) <= 11 for k in near)


@settings(max_examples=40, deadline=None)
@given(st.integers(5, 40), st.sampled_from("abkmnqsz"))
def test_keys_near_an_initial_are_the_near_keys_with_that_first_letter(length, initial):
    from claimline.places.candidates import _strong_keys_near_initial
    index = get_index()
    near = _strong_keys_near(id(index), index, length)
    assert _strong_keys_near_initial(id(index), index, length, initial) == tuple(
        k for k in near if k.startswith(initial))


def test_a_misspelling_that_keeps_its_first_letter_matches_fuzzily():
    from claimline.places.geoparse import geoparse
    # (names whose consonant skeleton finds nothing: "Kurdistann" is a transliteration hit)
    for text, span, name in (("Troops left Argentinas.", "Argentinas", "Argentina"),
                             ("Fighting reached North Ossetian villages.", "North Ossetian",
                              "North Ossetia")):
        start = text.index(span)
        res = geoparse(text, None, spans=[(start, start + len(span))])
        assert res[0].match == "fuzzy" and name in res[0].entry.name
