from hypothesis import given, settings, strategies as st

from claimline.claims.quotes import find_quotes


def texts(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_straight_and_guillemet_quotes():
    text = ('He said: “We will stay.” She said "they left at dawn" and '
            'the minister added « nothing changed here ».')
    assert texts(text) == ["We will stay.", "they left at dawn", "nothing changed here"]


def test_single_quotes_but_not_apostrophes():
    text = "The people’s council said 'the road is open now' and the forces' positions held."
    assert texts(text) == ["the road is open now"]


def test_multi_paragraph_quote_is_one_span():
    text = ('The statement reads: "First paragraph of the text.\n\n'
            '"Second paragraph goes on here."\n\nThe outlet added more.')
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start:quotes[0].end].endswith("goes on here.")
    assert "First paragraph" in text[quotes[0].start:quotes[0].end]


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'He said: "we were attacked at night\n\nNext paragraph without quotes.'
    assert texts(text) == ["we were attacked at night"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "“”«»\'’‘\n.,:')), max_size=80))
def test_quotes_never_fail_and_stay_inside_the_text(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.open_mark < q.start
