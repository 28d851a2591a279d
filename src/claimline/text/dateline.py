"""Publication dates from a dateline at the very start of a text: "Wed 05 Apr 2017 …",
"Fri 07 Apr 2017 at 0914", "Published July 4 2015", "Posted on April 19 2017 by …",
"Date of publication 7 July 2016", "Last updated at Apr 23 2017", "2017-04-05",
"24.08.2013".

Only the start of the text is read: a date further on is an event date, not the publication's."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
#: words that introduce a publication date (not an event date)
_LABEL = (r"(?:(?:published|posted|updated|last\s+updated|first\s+published|date\s+of\s+"
          r"publication|publication\s+date|date)(?:\s+(?:on|at))?\s*:?\s*)?")
_DAYNAME = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"
_MON = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_END = r"(?![\d])"
_PATTERNS = (
    # 05 Apr 2017 · 7 July 2016 · 5th April, 2017
    ("dmy", re.compile(rf"^{_LABEL}{_DAYNAME}(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+"
                       rf"(\d{{4}}){_END}", re.I)),
    # Apr 5, 2017 · April 19 2017 · Apr 232017 (punctuation-stripped corpora glue day and year)
    ("mdy", re.compile(rf"^{_LABEL}{_DAYNAME}{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|,?)"
                       rf"(\d{{4}}){_END}", re.I)),
    # 2017-04-05 · 2017/04/05
    ("ymd", re.compile(rf"^{_LABEL}(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_END}", re.I)),
    # 24.08.2013 · 17-08-2013: day first, the convention of these separators outside the US
    ("dmy-num", re.compile(rf"^{_LABEL}(\d{{1,2}})[-.](\d{{1,2}})[-.](\d{{4}}){_END}", re.I)),
    # 4/23/2017 or 23/4/2017: only when one number cannot be a month
    ("slash", re.compile(rf"^{_LABEL}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}){_END}", re.I)),
)


def dateline_date(text: str) -> str | None:
    """ISO date of a dateline at the very start of ``text``, or None."""
    head = " ".join(text.lstrip()[:120].split())
    for order, pattern in _PATTERNS:
        m = pattern.match(head)
        if not m:
            continue
        try:
            if order == "dmy":
                day, mon, year = int(m.group(1)), _MONTHS[m.group(2).lower()[:3]], int(m.group(3))
            elif order == "mdy":
                mon, day, year = _MONTHS[m.group(1).lower()[:3]], int(m.group(2)), int(m.group(3))
            elif order == "ymd":
                year, mon, day = (int(g) for g in m.groups())
            elif order == "dmy-num":
                day, mon, year = (int(g) for g in m.groups())
            else:
                first, second, year = (int(g) for g in m.groups())
                if first > 12 >= second:
                    day, mon = first, second
                elif second > 12 >= first:
                    mon, day = first, second
                else:
                    return None
            if not 1900 <= year <= 2100:
                return None
            return dt.date(year, mon, day).isoformat()
        except ValueError:
            return None
    return None
