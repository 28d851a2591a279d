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
