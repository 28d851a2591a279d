"""Cleaning of main text. Offsets in the record point into the text this returns.

Page chrome that survives main-text extraction (or comes with plain text copied from a page) is
removed line by line: share buttons and widget labels standing alone on a line, cookie notices,
a trailing block such as "Other news" followed by a list of link titles, and keyword lists
("Tags Aleppo Syria airstrikes", text/tags.py)."""
from __future__ import annotations

import re
import unicodedata

from .tags import drop_tag_lists

#: lines that are page chrome, not article text, when they stand alone on a line (case-insensitive,
#: surrounding punctuation ignored)
BOILERPLATE_LINES = (
    "other news", "related news", "related articles", "related posts", "related stories",
    "related", "read more", "read also", "read next", "see also", "more news", "more stories",
    "latest news", "latest", "most read", "most popular", "popular", "recommended",
    "recommended for you", "you may also like", "you might also like", "also read",
    "share this", "share this article", "share this story", "share", "share on facebook",
    "share on twitter", "share on whatsapp", "share on linkedin", "share via email", "tweet",
    "print", "print this article", "email", "whatsapp", "telegram", "facebook", "twitter",
    "linkedin", "copy link", "tags", "topics", "advertisement", "sponsored", "comments",
    "leave a comment", "leave a reply", "subscribe", "subscribe to our newsletter",
    "sign up for our newsletter", "follow us", "follow us on", "cookie policy",
    "accept cookies", "accept all cookies", "trending", "trending now", "get short url",
    "skip to content", "skip to main content", "back to top", "click here", "home", "menu",
    "search", "log in", "login", "sign in", "sign up", "register", "next", "previous",
    "next article", "previous article", "close",
)
#: headings after which the rest of the page is link lists, not article
TRAILING_HEADINGS = (
    "other news", "related news", "related articles", "related posts", "related stories",
    "related", "read more", "read also", "read next", "see also", "more news", "more stories",
    "latest news", "most read", "most popular", "recommended", "recommended for you",
    "you may also like", "you might also like", "also read", "trending", "trending now",
    "tags", "topics",
)


def _line_re(words) -> re.Pattern:
    return re.compile(r"^[\W_]*(?:" + "|".join(re.escape(w) for w in words) + r")[\W_]*$",
                      re.IGNORECASE)


_BOILER_RE = _line_re(BOILERPLATE_LINES)
_TRAILING_RE = _line_re(TRAILING_HEADINGS)
_COOKIES = re.compile(
    r"\b(?:(?:we|this (?:web)?site|our (?:web)?site)s?\s+uses?\s+cookies|accept (?:all )?cookies|"
    r"cookie (?:policy|settings|preferences|consent)|by (?:continuing|using) (?:to (?:use|browse) )?"
    r"(?:this|our) (?:web)?site,? you (?:agree|consent|accept))", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_BLANKS = re.compile(r"\n{3,}")


def is_boilerplate_line(line: str) -> bool:
    line = line.strip()
    if _BOILER_RE.match(line):
        return True
    return len(line) < 400 and bool(_COOKIES.search(line))


def clean_text(text: str) -> str:
    """Normalise Unicode (NFC), line ends and runs of spaces; drop control and invisible
    characters, chrome lines and trailing link lists such as "Other news----"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace(
        "\u2029", "\n\n").replace("\x0c", "\n")
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = _drop_trailing_chrome(lines)
    lines = [line for line in lines if not is_boilerplate_line(line)]
    return _BLANKS.sub("\n\n", drop_tag_lists("\n".join(lines))).strip()


def _drop_trailing_chrome(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if i and _TRAILING_RE.match(line):
            rest = [ln for ln in lines[i + 1:] if ln]
            # chrome is followed by nothing or by a list of short link-like lines
            if all(len(ln) < 160 for ln in rest) and len(rest) <= 40:
                return lines[:i]
    return lines
