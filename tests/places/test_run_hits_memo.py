"""The memo of gazetteer hits per capitalised run gives what scanning the run gives."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.index import get_index
from claimline.places.recognise import _CAPITALISED_RUN, _lower_in_place, recognise

_PIECES = ["The", "Gainesville", "Georgia", "Ga.", "New York City", "St. Louis", "Syrian",
           " ", ", ", ". ", "in ", "said ", "Monday", "North Texas", "ΣΑΜΟΣ", "Çiya",
           "İstanbul", "İ"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_memoised_runs_give_the_scanned_hits(pieces):
    index = get_index()
    text = "".join(pieces)
    index.__dict__.pop("_run_hits", None)
    cold = [(m.start, m.end, m.text, m.source) for m in recognise(text, None, index)]
    warm = [(m.start, m.end, m.text, m.source) for m in recognise(text, None, index)]
    assert cold == warm
    memo = index.__dict__["_run_hits"]
    for seg in _CAPITALISED_RUN.finditer(text):
        assert memo[seg.group()] == tuple(index.automaton.iter(_lower_in_place(seg.group())))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_mention_spans_are_spans_of_the_text(pieces):
    # "İ" lowercases to two characters: the scan's offsets must still be the text's
    text = "".join(pieces)
    for m in recognise(text, None, get_index()):
        assert text[m.start:m.end] == m.text


def test_a_dotted_capital_i_keeps_offsets():
    got = recognise("Ga.İstanbul and Protesters in İstanbul", None, get_index())
    assert [m.text for m in got] == ["İstanbul", "İstanbul"]
