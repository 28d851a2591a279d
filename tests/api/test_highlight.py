"""Highlight segments: overlapping spans become flat pieces that rebuild the text exactly."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimline.api.highlight import Mark, segments


def test_overlaps_and_nesting():
    out = segments("abcdefghij", [Mark(2, 6, "evidence", "ev"), Mark(4, 8, "claim", "c")])
    assert [(s.text, s.kinds) for s in out] == [
        ("ab", []), ("cd", ["evidence"]), ("ef", ["evidence", "claim"]), ("gh", ["claim"]),
        ("ij", [])]
    assert out[2].css == "hl-evidence hl-claim" and out[2].title == "ev; c"


def test_invalid_spans_are_ignored():
    out = segments("abc", [Mark(2, 9, "claim"), Mark(1, 1, "claim"), Mark(-1, 2, "claim")])
    assert [(s.text, s.kinds) for s in out] == [("abc", [])]


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45),
                                                st.sampled_from(["evidence", "claim", "x"])),
                                      max_size=8))
def test_segments_rebuild_text_and_cover_exactly(text, raw):
    marks = [Mark(a, b, k) for a, b, k in raw]
    out = segments(text, marks)
    assert "".join(s.text for s in out) == text
    for s in out:
        end = s.start + len(s.text)
        expected = {m.kind for m in marks if 0 <= m.start < m.end <= len(text)
                    and m.start <= s.start and end <= m.end}
        assert set(s.kinds) == expected
