"""Regular-expression building blocks of English date expressions (compiled once, lazily)."""
from __future__ import annotations

import functools
import re

from .lexicon import INEXACT, APPROXIMATORS, NUMBERS, ORDINALS, VAGUE_NUMBERS


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _cap(words) -> str:
    """Alternatives in Capitalised or UPPER case only (month and day names are proper nouns)."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return _alt(forms)


MONTH_FULL = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
MONTH_ABBR = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBR = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

MON = rf"(?:(?:{_cap(MONTH_ABBR)})\.?(?=[\s,\d])|{_cap(MONTH_FULL)})"
WDAY = rf"(?:{_cap(WEEKDAY_FULL)})"
WDAY_ANY = rf"(?:{_cap(WEEKDAY_FULL)}|(?:{_cap(WEEKDAY_ABBR)})\.?)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
_NUMWORDS = [w for w in NUMBERS if " " not in w] + ["a", "an"]
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS1 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUM = (rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|(?:{_alt(_TENS)})[- ](?:{_alt(_UNITS1)})|"
       rf"{_alt(['a couple of', 'couple of', 'a half', 'half a', 'a dozen', 'one and a half'])}|"
       rf"{_alt(_NUMWORDS)})")
VAGUE = _alt(VAGUE_NUMBERS)
UNIT = (r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|"
        r"centur(?:y|ie))")
ORD = rf"(?:{_alt(ORDINALS)}|\d+(?:st|nd|rd|th))"
APPROX = rf"(?:(?P<approx>{_alt(APPROXIMATORS)})\s+)?"
MOD = (r"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
       r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end|beginning|"
       r"start|middle)(?:\s+|-)(?:of\s+)?)?")
PART = r"(?:morning|afternoon|evening|night)"
WORD_END = r"(?![\w-])"
WORD_START = r"(?<![\w-])"


def is_inexact(approx: str | None) -> bool:
    return bool(approx) and " ".join(approx.lower().split()) in INEXACT


@functools.lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)
