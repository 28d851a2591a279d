"""The shortcuts of the person-title and place-cue tests give exactly what the plain regex
searches give."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.discourse import (_PLACE_CUE, _TITLE_BEFORE, _place_cue_before,
                                        _titled)

_PIECES = ["in", "In", "IN", "ın", "near", "from", "throughout", "Throughout", "at", "into",
           "around", "outside", "x", "said", "the", " ", "  ", "\t", "\n", "\u00a0", ".", ",",
           "Coach", "coach", "Mr", "Mrs", "Dr", "Sen", "Lt", "Judge", "Sheriff", "Sheriff's",
           "ſ", "é", "Aleppo", "Ford", "Capt", "xMr", "Prof", "Officer"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 60))
def test_place_cue_shortcut_agrees_with_the_plain_search(pieces, cut):
    text = "".join(pieces)
    start = min(cut, len(text))
    plain = bool(_PLACE_CUE.search(text, max(0, start - 25), start))
    assert _place_cue_before(text, start) == plain


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 60))
def test_title_shortcut_agrees_with_the_plain_search(pieces, cut):
    text = "".join(pieces)
    start = min(cut, len(text))
    plain = start > 2 and text[start - 1] in " \t" and bool(
        _TITLE_BEFORE.search(text, max(0, start - 10), start))
    assert _titled(text, start) == plain


def test_examples():
    text = "police in  Aleppo said coach Ripley and Sen. Ford met"
    assert _place_cue_before(text, text.index("Aleppo"))
    assert not _place_cue_before(text, text.index("coach"))
    assert _titled(text, text.index("Ripley")) and _titled(text, text.index("Ford"))
    assert not _titled(text, text.index("Aleppo"))
