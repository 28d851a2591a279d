"""Counts of people in words or digits, with ACLED's conventions for vague quantities.

``parse_count("at least 20")`` -> ``(20, 20, 20)``; ranges give ``(low, low, high)`` (ACLED codes
the lowest reported figure); "dozens" = 12, "tens" = 10, "hundreds" = 100, "several"/"many" = 10
(ACLED codebook); "scores" = 20 and "a few" = 3 are claimline's own conventions.
"""
from __future__ import annotations

import re

_UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "dozen": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
#: vague plurals -> (best) following ACLED where it has a rule
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "scores": 20,
         "several": 10, "many": 10, "numerous": 10, "multiple": 10, "a few": 3, "few": 3,
         "a number": 10, "millions": 1_000_000, "a handful": 3, "some": None}

_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "and", "half"], key=len,
                               reverse=True))
_NUMBER = (r"\b(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,]\w)"
           r"(?:\s*(?:hundred|thousand|million|billion)\b)?"
           rf"|(?:(?:{_NUMBER_WORD})(?:[\s-]+|$))+)")
_RANGE = re.compile(rf"(?:between\s+)?({_NUMBER})\s*(?:-|–|to|and|or)\s*({_NUMBER})")
_LOWER = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|no fewer than|"
                    r"no less than|not less than|a minimum of)\s*$")
_UPPER = re.compile(r"\b(?:up to|as many as|at most|fewer than|less than|nearly|almost|"
                    r"under|no more than)\s*$")
_VAGUE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in VAGUE), key=len,
                                                reverse=True)) + r")\b")


class Vague(tuple):
    """(low, best, high) read from a vague quantity ("hundreds"): ACLED codes it only where the
    report gives no figure."""


def words_to_int(text: str) -> int | None:
    """"twenty-five" -> 25, "a million and a half" -> 1500000, "1,400" -> 1400, "2.5 million"."""
    text = text.strip().lower().replace("-", " ")
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?",
                     text)
    if m:
        value = float(m.group(1).replace(",", ""))
        return int(round(value * (_SCALES[m.group(2)] if m.group(2) else 1)))
    total, current, seen, half, last_scale = 0, 0, False, False, 1
    words = [w for w in text.split() if w]
    for i, w in enumerate(words):
        if w in ("a", "an") and i + 1 < len(words) and words[i + 1] == "half":
            continue
        if w == "half":
            half = True
            continue
        if w == "and":
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            scale = _SCALES[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
                last_scale = scale
        else:
            return None
        seen = True
    if not seen:
        return None
    total += current
    if half:  # "a million and a half"
        total += last_scale // 2 if last_scale > 1 else 0
    return total


def parse_count(text: str) -> tuple[int, int, int] | None:
    """(low, best, high) for a count phrase, or None when it holds no count."""
    low_text = text.lower().strip()
    m = _RANGE.search(low_text)
    if m and (" and " not in m.group(0) or m.group(0).startswith("between")):
        a, b = words_to_int(m.group(1)), words_to_int(m.group(2))
        if a is not None and b is not None and a < b:
            return a, a, b
    m = re.search(_NUMBER, low_text)
    while m and not m.group(0).strip(" -"):
        m = re.search(_NUMBER, low_text[m.end():])
    if m:
        value = words_to_int(m.group(0))
        if value is not None and m.group(0).strip() not in ("a", "an"):
            before = low_text[:m.start()]
            if _UPPER.search(before):
                return min(1, value), value, value
            return value, value, value
    m = _VAGUE_RE.search(low_text)
    if m and VAGUE[m.group(1)]:
        value = VAGUE[m.group(1)]
        return Vague((value, value, value))
    return None
