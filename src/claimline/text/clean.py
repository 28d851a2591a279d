"""Cleaning of main text. Offsets in the record point into the text this returns."""
from __future__ import annotations

import re
import unicodedata

#: lines that are page chrome, not article text, when they stand alone on a line (case-insensitive,
#: trailing punctuation/dashes ignored). Everything from the first such line that is followed only
#: by short lines (link lists) to the end is dropped.
BOILERPLATE_LINES = (
    "other news", "related news", "related articles", "related posts", "related", "read more",
    "read also", "see also", "more news", "latest news", "most read", "recommended",
    "you may also like", "share this", "share", "share on facebook", "share on twitter",
    "tweet", "print", "email", "tags", "advertisement", "comments", "leave a comment",
    "subscribe", "follow us", "cookie policy", "accept cookies", "trending",
)

_BOILER_RE = re.compile(r"^\W*(" + "|".join(re.escape(b) for b in BOILERPLATE_LINES)
                        + r")\W*$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def is_boilerplate_line(line: str) -> bool:
    return bool(_BOILER_RE.match(line.strip()))


def clean_text(text: str) -> str:
    """Normalise Unicode (NFC), line ends and runs of spaces; drop control characters and
    trailing chrome such as "Other news----" link lists."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = _drop_trailing_chrome(lines)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _drop_trailing_chrome(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if is_boilerplate_line(line):
            rest = [ln for ln in lines[i + 1:] if ln]
            # chrome is followed by nothing or by a list of short link-like lines
            if all(len(ln) < 120 for ln in rest) and len(rest) <= 40:
                return lines[:i]
    return lines
