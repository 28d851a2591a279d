from hypothesis import given, strategies as st

from claimline.events.counts import parse_count, words_to_int


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_round_trip(n):
    assert parse_count(f"{n:,} people") == (n, n, n)
    assert parse_count(str(n)) == (n, n, n)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_ranges_keep_low_best_high(a, b):
    low, high = min(a, b), max(a, b)
    got = parse_count(f"{low}-{high} people")
    if low < high:
        assert got == (low, low, high)
        assert parse_count(f"between {low} and {high}") == (low, low, high)


@given(st.text(alphabet="abcdefghij ,.-", max_size=30))
def test_never_crashes(text):
    result = parse_count(text)
    assert result is None or result[0] <= result[1] <= result[2]


def test_number_words():
    assert words_to_int("twenty-five") == 25
    assert words_to_int("one hundred and twenty") == 120
    assert words_to_int("a million and a half") == 1_500_000
    assert words_to_int("2.5 million") == 2_500_000
    assert parse_count("the 6th anniversary") is None


def test_acled_vague_quantities():
    assert parse_count("dozens of civilians") == (12, 12, 12)
    assert parse_count("tens of fighters") == (10, 10, 10)
    assert parse_count("hundreds") == (100, 100, 100)
    assert parse_count("at least 70") == (70, 70, 70)
    assert parse_count("up to 30")[1:] == (30, 30)
