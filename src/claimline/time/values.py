"""TIMEX3 values: date arithmetic at a granularity, and value → event-date range/precision.

Granularities: ``day`` (2017-04-25), ``week`` (2017-W17), ``month`` (2017-04), ``quarter``
(2017-Q2), ``season`` (2017-SU), ``year`` (2017), ``decade`` (201X), ``century`` (20XX).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def parse_iso(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` → date, else None (never raises)."""
    if not value:
        return None
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def shift(day: dt.date, amount: float, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (negative = back); clamps to the valid date range."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=round(amount))
        if unit == "week":
            return day + dt.timedelta(weeks=round(amount))
        if unit == "weekend":
            return day + dt.timedelta(weeks=round(amount))
        if unit == "month":
            return add_months(day, round(amount))
        if unit == "quarter":
            return add_months(day, round(3 * amount))
        if unit == "year":
            return add_years(day, round(amount))
        if unit == "decade":
            return add_years(day, round(10 * amount))
        if unit == "century":
            return add_years(day, round(100 * amount))
    except (OverflowError, ValueError):
        return dt.date.min if amount < 0 else dt.date.max
    return day


def format_at(day: dt.date, granularity: str) -> str:
    """The TIMEX3 value of ``day`` at ``granularity``."""
    if granularity == "day":
        return day.isoformat()
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "season":
        return f"{day.year:04d}-{season_of(day.month)}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        # the record contract writes decades as 191X (TimeML's bare "191" is accepted on input)
        return f"{day.year // 10:03d}X"
    if granularity == "century":
        return f"{day.year // 100:02d}XX"
    return day.isoformat()


def season_of(month: int) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU"}.get(month, "FA")


def value_range(value: str) -> tuple[dt.date, dt.date, str] | None:
    """First day, last day and event-date precision of a TIMEX3 date value, or None for
    values that name no calendar range (PAST_REF, P6Y, XXXX-04 …)."""
    try:
        return _value_range(value)
    except (ValueError, OverflowError):
        return None


def _value_range(value: str):
    m = _DAY.match(value)
    if m:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return day, day, "day"
    m = _WEEK.match(value)
    if m:
        start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return start, start + dt.timedelta(days=6), "week"
    m = _MONTH.match(value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        return (dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]),
                "month")
    m = _QUARTER.match(value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        end_month = 3 * q
        return (dt.date(year, end_month - 2, 1),
                dt.date(year, end_month, calendar.monthrange(year, end_month)[1]), "month")
    m = _HALF.match(value)
    if m:
        year, h = int(m.group(1)), int(m.group(2))
        return dt.date(year, 6 * h - 5, 1), dt.date(year, 6 * h, 30 if h == 1 else 31), "month"
    m = _SEASON.match(value)
    if m:
        year = int(m.group(1))
        first, last = _SEASON_MONTHS[m.group(2)]
        end_year = year + 1 if last < first else year
        return (dt.date(year, first, 1),
                dt.date(end_year, last, calendar.monthrange(end_year, last)[1]), "month")
    m = _YEAR.match(value)
    if m:
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    m = _DECADE.match(value)
    if m:
        year = int(m.group(1)) * 10
        return dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31), "decade"
    m = _CENTURY.match(value)
    if m:
        year = int(m.group(1)) * 100
        return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31), "century"
    return None


def start_end(value: str) -> tuple[str | None, str | None, str]:
    """EventDate-style ``(start, end, precision)`` for a TIMEX3 value; day precision keeps
    ISO days, coarser ones give the first/last ISO day of the range, decades/centuries the
    first/last year."""
    rng = value_range(value)
    if rng is None:
        return None, None, "unknown"
    start, end, precision = rng
    if precision == "day":
        return start.isoformat(), end.isoformat(), precision
    if precision in ("decade", "century", "year"):
        return f"{start.year:04d}", f"{end.year:04d}", precision
    return start.isoformat(), end.isoformat(), precision
