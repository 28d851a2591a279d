"""Publication dates from a dateline on the first line ("Wed 05 Apr 2017 …")."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DAYNAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_PATTERNS = (
    re.compile(rf"^\s*(?:{_DAYNAME})?(\d{{1,2}})\s+{_MON},?\s+(\d{{4}})\b", re.I),   # 05 Apr 2017
    re.compile(rf"^\s*(?:{_DAYNAME})?{_MON}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I),   # Apr 5, 2017
    re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\b"),                                   # 2017-04-05
)


def dateline_date(text: str) -> str | None:
    """ISO date of a dateline at the very start of ``text``, or None."""
    head = text.lstrip()[:80]
    for i, pattern in enumerate(_PATTERNS):
        m = pattern.match(head)
        if not m:
            continue
        try:
            if i == 0:
                day, mon, year = int(m.group(1)), _MONTHS[m.group(2).lower()[:3]], int(m.group(3))
            elif i == 1:
                mon, day, year = _MONTHS[m.group(1).lower()[:3]], int(m.group(2)), int(m.group(3))
            else:
                year, mon, day = (int(g) for g in m.groups())
            return dt.date(year, mon, day).isoformat()
        except ValueError:
            return None
    return None
