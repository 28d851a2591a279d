"""The rule registry and helpers shared by the rule modules (year inference, offsets)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from .context import Context, Found
from .lexicon import MONTHS, WEEKDAYS
from .values import format_at, shift

#: a month/day this close to the publication date is taken whatever the tense says
NEAR_DAYS = 92

Handler = Callable[[re.Match, Context], Optional[Found]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handler: Handler
    #: lower-case words ("#" = any number) of which every match contains one; text windows
    #: without any of them are not scanned by this rule (speed)
    needs: frozenset = frozenset()


RULES: list[Rule] = []


def rule(name: str, pattern: str, flags: int = 0, needs=()):
    """Register ``handler`` for matches of ``pattern`` (compiled once at import); ``needs``:
    words of which every match contains one (see :attr:`Rule.needs`)."""
    compiled = re.compile(pattern, flags)
    needed = frozenset(needs)

    def register(handler: Handler) -> Handler:
        RULES.append(Rule(name, compiled, handler, needed))
        return handler

    return register


def found(m: re.Match, value: str, type_: str = "DATE", anchor: str = "absolute",
          approximate: bool = False, group: int | str = 0) -> Found:
    start, end = m.span(group)
    return Found(start, end, value, type_, anchor, approximate)


def month_number(word: str) -> int | None:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3]) if key else None


def weekday_number(word: str) -> int | None:
    key = word.lower().rstrip(".")
    return WEEKDAYS.get(key) if key in WEEKDAYS else WEEKDAYS.get(key[:3])


def infer_year(ctx: Context, start: int, end: int, month: int, day: int | None = None,
               direction: str | None = None) -> int | None:
    """Year of a month(/day) given without one: of the occurrences around the publication date,
    the nearest one on the side the clause's tense (or ``direction``) points to."""
    if ctx.dct is None:
        return None
    ref = ctx.dct
    tense = direction or ctx.tense(start, end)
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            first = dt.date(year, month, day or 1)
            last = dt.date(year, month, day or calendar.monthrange(year, month)[1])
        except ValueError:
            continue
        distance = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
        fits = not (tense == "past" and first > ref or tense == "future" and last < ref)
        options.append((distance, not fits, year))
    if not options:
        return ref.year
    nearest = min(options)
    if nearest[0] <= NEAR_DAYS:  # tense is unreliable evidence against a date this close
        return nearest[2]
    best = min(options, key=lambda o: (o[1], o[0]))
    return best[2]


def weekday_date(ref: dt.date, weekday: int, direction: str | None) -> dt.date:
    diff = weekday - ref.weekday()
    if direction == "past":
        if diff > 0:
            diff -= 7
    elif direction == "strict_past":
        if diff >= 0:
            diff -= 7
    elif direction == "future":
        if diff < 0:
            diff += 7
    elif direction == "strict_future":
        if diff <= 0:
            diff += 7
    else:  # nearest
        if diff > 3:
            diff -= 7
        elif diff < -3:
            diff += 7
    return ref + dt.timedelta(days=diff)


def relative(ctx: Context, amount: float, unit: str, granularity: str,
             base: dt.date | None = None) -> str | None:
    ref = base or ctx.dct
    if ref is None:
        return None
    return format_at(shift(ref, amount, unit), granularity)


def _words(text: str) -> frozenset:
    return frozenset(text.split())


NUMBER = "#"
MONTH_NEEDS = _words("jan january feb february mar march apr april may jun june jul july aug "
                     "august sep sept september oct october nov november dec december")
WEEKDAY_NEEDS = frozenset(d + s for d in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                          "saturday", "sunday") for s in ("", "s"))
UNIT_NEEDS = frozenset(u + s for u in ("second", "minute", "hour", "day", "night", "week",
                                       "weekend", "fortnight", "month", "quarter", "year",
                                       "decade") for s in ("", "s")) | {"century", "centuries"}

UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
           "quarter": "XXXX-QX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXXX",
           "century": "XXXX"}
