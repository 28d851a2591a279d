"""dateparser as a second opinion for spaCy DATE entities that no rule of ours recognised.

dateparser is slow and over-eager ("the 6th" becomes a date), so it only sees entity texts that
name a month, weekday or year, always with ``languages=['en']`` and ``RELATIVE_BASE`` = the
publication date, and each ``(text, base)`` pair is parsed once per process.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .grammar import MON, WDAY, YEAR4

_WORTH_PARSING = re.compile(rf"{MON}|{WDAY}|\b{YEAR4}\b")
_ORDINAL_ONLY = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)?$", re.I)
_PERIOD_GRANULARITY = {"day": "day", "week": "week", "month": "month", "year": "year",
                       "time": "day"}


@functools.lru_cache(maxsize=4096)
def parse(text: str, base: dt.date | None) -> tuple[dt.date, str] | None:
    """``(date, granularity)`` for ``text`` relative to ``base``, or None when unsure."""
    text = " ".join(text.split())
    if not text or len(text) > 60 or _ORDINAL_ONLY.match(text) or not _WORTH_PARSING.search(text):
        return None
    base_iso = (base or dt.date(2000, 1, 1)).isoformat()
    try:
        data = _dated_parser(base_iso).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    granularity = _PERIOD_GRANULARITY.get(data.period or "day", "day")
    if granularity == "day" and not re.search(r"\d{1,2}(?!\d)", text) and not re.search(WDAY, text):
        granularity = "month" if re.search(MON, text) else "year"
    return data.date_obj.date(), granularity


@functools.lru_cache(maxsize=64)
def _dated_parser(base_iso: str):
    from dateparser.date import DateDataParser
    base = dt.datetime.fromisoformat(base_iso)
    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past",
                                                      "RETURN_TIME_AS_PERIOD": True,
                                                      "RELATIVE_BASE": base})
