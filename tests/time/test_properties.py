"""Property tests: the tagger never raises and always returns valid spans."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.time import time_expressions
from claimline.time.fallback import parse

WORDS = st.sampled_from(["today", "the", "6th", "anniversary", "of", "April", "25", "2017",
                         "years", "ago", "nearly", "a", "century", "last", "Friday", "May",
                         "two", "days", "later", "-", "/", ".", ",", "week", "1/2", "quarter",
                         "third", "every", "noon", "10:35", "a.m.", "mid", "1990s", "since"])
PHRASES = st.lists(WORDS, max_size=12).map(" ".join)
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=200), PHRASES), published=DATES)
def test_never_raises_and_spans_are_valid(text, published):
    for t in time_expressions(text, published):
        s, e = t.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == t.text
        assert t.value
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=50, deadline=None)
@given(text=PHRASES)
def test_dateparser_fallback_never_raises(text):
    import datetime as dt
    result = parse(text, dt.date(2023, 4, 25))
    assert result is None or len(result) == 2
