"""Cleaning keeps the article and drops page chrome, and is stable."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from claimline.text import clean_text
from claimline.text.clean import is_boilerplate_line

ARTICLE = ("Shelling hit the town on Sunday, killing four civilians.\n\n"
           "The army denied firing on residential areas.")


def test_whitespace_and_line_ends():
    assert clean_text("  A\u00a0 b\t\tc \r\n\r\n\r\n\r\nD\u200b e ") == "A b c\n\nD e"
    assert clean_text("e\u0301") == "\u00e9"  # NFC


def test_trailing_other_news_block_is_dropped():
    text = ARTICLE + "\n\nOther news----\nFootball club wins cup\nBank holds rates\n"
    assert clean_text(text) == ARTICLE


def test_share_buttons_and_cookie_notes_are_dropped_anywhere():
    text = ("We use cookies to give you the best experience on our website.\n" + ARTICLE
            + "\nShare on Facebook\nTweet\n\nBy continuing to use this site, you agree to our "
            "use of cookies.")
    assert clean_text(text) == ARTICLE


def test_article_lines_that_mention_chrome_words_stay():
    text = ("Officials said they would share the findings with the committee.\n"
            "Related talks were held in Geneva.\nThe minister will print a report.")
    assert clean_text(text) == text


def test_a_heading_at_the_top_does_not_erase_the_article():
    text = "Related\n" + ARTICLE
    assert clean_text(text) == ARTICLE


def test_long_lines_after_a_heading_are_article_text():
    long = "The council met for a second day of talks on the ceasefire " * 4
    text = ARTICLE + "\n\nRead more\n" + long
    assert long.strip() in clean_text(text)


def test_is_boilerplate_line():
    assert is_boilerplate_line("— Share this article —")
    assert is_boilerplate_line("ACCEPT ALL COOKIES")
    assert not is_boilerplate_line("Share prices fell sharply on Monday.")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_idempotent_and_no_control_characters(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert not any(ord(c) < 32 and c not in "\n\t" for c in once)
    assert "\n\n\n" not in once and once == once.strip()
