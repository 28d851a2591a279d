"""Speed shortcuts (round 3) give exactly what the plain forms give."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.index import get_index
from claimline.places.mention import _STATE_AFTER, _prominent, _prominent_uncached
from claimline.places.recognise import _plausible_city

_TEXT = "Officials said on Monday that the convoy reached Aleppo from Homs after dark."


@st.composite
def _entities(draw):
    """Non-overlapping (start, end) spans in text order, as spaCy gives its entities."""
    cuts = sorted(draw(st.sets(st.integers(0, len(_TEXT)), max_size=10)))
    spans = list(zip(cuts[::2], cuts[1::2]))
    return [(s, e) for s, e in spans if s < e]


@settings(max_examples=300, deadline=None)
@given(_entities(), st.integers(0, len(_TEXT) - 1), st.integers(1, 12))
def test_entity_overlap_early_exit_agrees_with_any(ents, start, width):
    end = min(len(_TEXT), start + width)
    overlaps = any(s < end and start < e for s, e in ents)
    expected = False if overlaps else _plausible_city(_TEXT, start, end, [])
    assert _plausible_city(_TEXT, start, end, ents) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=", .ABGaegio\n", max_size=24))
def test_state_pattern_needs_a_comma_first(tail):
    if not tail.startswith(","):
        assert _STATE_AFTER.match(tail) is None


def test_prominent_memo_gives_the_uncached_answer():
    index = get_index()
    names = ["Aleppo", "Hamas", "White House", "Texas", "Reuters", "Police", "Paris", "Qwxz"]
    for _ in range(2):  # the second pass reads the memo
        for name in names:
            assert _prominent(index, name) == _prominent_uncached(index, name, 100_000)
    assert _prominent(index, "Aleppo") and not _prominent(index, "Qwxz")
