"""Shortcuts of the recognition scans find exactly what the plain regex searches find."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.recognise import (_DATELINE, _LOCATIVE_BEFORE, _dateline_matches,
                                        _locative_before)

_PIECES = ["in", "the", "The", "THE", "throughout", "Throughout", "near", "bathe", "southwest",
           "of", "x", " ", "  ", "\n", "\t", ".", "!", "?", "—", "-", "–", "BEIRUT", "Ohio",
           "COLUMBUS", ", ", "(AP)", "(Reuters)", "Gainesville", "Ga.", "é",
           # where the last-word verdict and the pattern could part: case, glued words,
           # letters that case-fold to ASCII under re.I, a capital opening a sentence
           "inthe", "x1in", "oF", "IN", "ın", "ſ", "lathe", "within", "A", "Q", "St. JOHN'S"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 60))
def test_locative_shortcut_agrees_with_the_plain_search(pieces, cut):
    text = "".join(pieces)
    start = min(cut, len(text))
    plain = bool(_LOCATIVE_BEFORE.search(text[max(0, start - 40):start]))
    assert _locative_before(text, start) == plain


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_dateline_shortcut_agrees_with_finditer(pieces):
    text = "".join(pieces)
    assert ([(m.span(), m.groupdict()) for m in _dateline_matches(text)]
            == [(m.span(), m.groupdict()) for m in _DATELINE.finditer(text)])


def test_examples():
    assert _locative_before("fighting broke out in the ", 26)
    assert not _locative_before("he said ", 8)
    text = "COLUMBUS, Ohio (AP) — Officials said. BEIRUT (Reuters) - Shelling."
    assert [m.group("name") for m in _dateline_matches(text)] == ["COLUMBUS", "BEIRUT"]
