"""Bytes → text: BOMs, UTF-16, cp1252, latin-1, declared charsets; binary refused."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings, strategies as st

from claimline.errors import ClaimlineError
from claimline.ingest.encoding import decode, is_binary

TEXT = "The \u201cceasefire\u201d collapsed \u2014 caf\u00e9 owners fled, 5\u20ac a loaf."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
    ("cp1252", b""), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_decodes_common_encodings(encoding, prefix):
    assert decode(prefix + TEXT.encode(encoding), "x") == TEXT


def test_latin1_bytes_that_cp1252_leaves_undefined():
    data = "caf\u00e9 \x81 na\u00efve".encode("latin-1")
    assert decode(data, "x") == "caf\u00e9 \x81 na\u00efve"


def test_declared_charset_is_used_when_utf8_fails():
    html = '<meta charset="koi8-r"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>'
    assert "\u041f\u0440\u0438\u0432\u0435\u0442" in decode(html.encode("koi8-r"), "x")
    assert decode("\u0416".encode("cp1251"), "x", declared="cp1251") == "\u0416"


def test_utf8_cut_inside_a_character_at_the_end():
    data = "Caf\u00e9 \u2014 end".encode("utf-8")[:-5]
    assert decode(data, "x") == "Caf\u00e9 "
    assert decode("plain caf\u00e9".encode("cp1252"), "x") == "plain caf\u00e9"


def test_a_stray_byte_in_utf8_text_does_not_turn_it_into_mojibake():
    data = ("\u201cQuoted\u201d text \u2014 " * 20).encode("utf-8") + b"\x92 end"
    out = decode(data, "x")
    assert out.startswith("\u201cQuoted\u201d") and "\u00e2\u20ac" not in out


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary" * 10, bytes(range(256)) * 4,
                                  b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_is_refused(data):
    assert is_binary(data)
    with pytest.raises(ClaimlineError) as info:
        decode(data, "image.png")
    assert info.value.code == "E014" and info.value.input == "image.png"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_give_a_coded_error(data):
    try:
        assert isinstance(decode(data, "x"), str)
    except ClaimlineError as err:
        assert err.code == "E014"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_utf8_text_round_trips(text):
    data = text.encode("utf-8")
    if not is_binary(data):
        assert decode(data, "x") == text
