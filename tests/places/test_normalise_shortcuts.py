"""The shortcuts of name normalisation give exactly what the plain regex steps give."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.places import normalise as N


def _plain_strip_heads(key):
    if " " not in key and not key.startswith("ال"):
        return key
    previous = None
    while previous != key:
        previous = key
        key = N._ARTICLE.sub("", key).strip()
        key = N._ARABIC_ARTICLE.sub("", key).strip()
    return key


def _plain_expand(key):
    if "st" in key or "sain" in key:
        key = N._SAINT.sub("saint", key)
    if " " in key:
        if N._ABBREVIATED.search(key):
            key = N._ABBREVIATED.sub(N._expanded, key)
        while N._PARTICLE.search(key):
            key = N._PARTICLE.sub(N._joined, key)
    return key


#: the ASCII path's punctuation table as a str table (the code uses a bytes one)
_PLAIN_PUNCT = str.maketrans({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~"} | {"'": ""})


def _plain_ascii(text):
    key = N._SPACE.sub(" ", text.lower().translate(_PLAIN_PUNCT)).strip()
    return _plain_strip_heads(_plain_expand(key))


_PIECES = ["al", "el", "the", "ash", "ال", "a", "t", "e", "mt", "ft", "pt", "co", "n", "s",
           "w", "de", "la", "mc", "st", "saint", "paz", "soto", "hawa", "x", " ", "  ", "-",
           "\t", "\n", "\x1c", "\x0b", ".", "'", "Al", "MT", "Co", "N", "\u00a0", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_steps_agree_with_the_plain_regexes(pieces):
    key = "".join(pieces)
    assert N._strip_heads(key) == _plain_strip_heads(key)
    assert N._expand(key) == _plain_expand(key)
    if key.isascii():
        assert N._normalise(key) == _plain_ascii(key)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20))
def test_ascii_path_agrees_on_any_text(text):
    text = text.encode("ascii", "ignore").decode()
    assert N._normalise(text) == _plain_ascii(text)
