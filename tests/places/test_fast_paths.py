"""The places stage's fast paths give exactly what the plain versions they replace give."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places.coherence import _where
from claimline.places.index import get_index
from claimline.places.discourse import _occurrences
from claimline.places.recognise import Mention
from claimline.places.resolve import resolve


def _by_regex(text, names):
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    return [m.span() for m in pattern.finditer(text)]


_PIECES = ["Gaines", "Gainesville", "Ville", "Paris", "Paris Texas", "Texas", " ", "-", "'",
           "’", "_", ",", ".", "é", "x", "1", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14),
       st.sets(st.sampled_from(["Gaines", "Gainesville", "Paris", "Paris Texas", "Texas",
                                "Ville"]), min_size=1))
def test_occurrences_match_the_alternation_regex(pieces, names):
    text = "".join(pieces)
    assert _occurrences(text, names) == _by_regex(text, names)


def test_occurrences_whole_words_leftmost_longest():
    text = "Paris Texas, not Parisian; Paris-based. Paris"
    assert _occurrences(text, {"Paris", "Paris Texas", "Texas"}) == [(0, 11), (len(text) - 5, len(text))]


def test_resolution_is_the_same_from_a_warm_memo():
    index = get_index()
    text = "Flooding hit Paris, Texas and Springfield; Springfield residents fled to Dallas."
    def mentions():
        return [Mention(m.start(), m.end(), m.group()) for m in
                re.finditer(r"Paris|Texas|Springfield|Dallas", text)]
    for memo in ("_options", "_digests", "_coherence_where"):
        index.__dict__.pop(memo, None)
    cold = [(r.entry_id, r.match, r.score) for r in resolve(index, mentions())]
    warm = [(r.entry_id, r.match, r.score) for r in resolve(index, mentions())]
    assert cold == warm
    assert any(e is not None for e, _, _ in cold)
    # a repeated name resolves the same at each mention
    assert cold[2] == cold[3]


def test_where_of_a_point_and_of_an_area():
    town = ("Derik", 37.06, 42.19, "TR", "Mardin", "Derik", "city", 1, 20000, "geonames", "")
    unit, cell, county = _where(town)
    assert unit == ("TR", "Mardin") and cell == (37, 42) and county == ("TR", "Mardin", "Derik")
    country = ("Turkey", 39.0, 35.0, "TR", "", "", "country", 2, 80_000_000, "country", "")
    assert _where(country) == (None, None, None)


_CUE_PIECES = ["Mount ", "Mt. ", "Jabal ", "Jebel ", "Çiya ", "the village of ", "The town of ",
               "Derik", " district", " County", " Province", " mountains", " camp", " Camp",
               "Afrin", " ", ", ", "the ", "of ", "Region", " region"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=8))
def test_cue_prefilters_never_hide_a_cue_match(pieces):
    from claimline.places.recognise import _POST_CUES, _POST_HEADS, _PRE_CUES, _PRE_HEADS
    text = "".join(pieces)
    for pattern, heads in ((_PRE_CUES, _PRE_HEADS), (_POST_CUES, _POST_HEADS)):
        for m in pattern.finditer(text):
            assert any(h in m.group("head") or h in m.group(0) for h in heads)
