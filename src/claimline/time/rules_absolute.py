"""Rules for calendar expressions: full dates, months, years, decades, centuries, quarters,
holidays ("25 April 2017", "Sept. 30", "August 1988", "mid-2016", "the 1990s")."""
from __future__ import annotations

import datetime as dt
import re

from .context import Context
from .grammar import DAYNUM, MOD, MON, WDAY_ANY, WORD_END, WORD_START, YEAR4
from .lexicon import HOLIDAYS, ORDINALS, SEASONS
from .rulebase import MONTH_NEEDS, NUMBER, UNIT_NEEDS, WEEKDAY_NEEDS, _words, found, infer_year, month_number, rule

I = re.I


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        dt.date(year or 2000, month, day or 1)
    except ValueError:
        return False
    return True


def _day_value(ctx: Context, m, year: int | None, month: int, day: int | None):
    if not _valid(year, month, day):
        return None
    anchor = "absolute"
    if year is None:
        year = infer_year(ctx, m.start(), m.end(), month, day)
        anchor = "published"
    y = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return found(m, f"{y}-{month:02d}", anchor=anchor)
    return found(m, f"{y}-{month:02d}-{day:02d}", anchor=anchor)


@rule("iso", rf"{WORD_START}(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[T ](\d{{2}}):(\d{{2}})(?::\d{{2}})?)?(?!\d)", needs={NUMBER})
def iso(m, ctx):
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid(year, month, day):
        return None
    if m.group(4):
        return found(m, f"{year:04d}-{month:02d}-{day:02d}T{m.group(4)}:{m.group(5)}", "TIME")
    return found(m, f"{year:04d}-{month:02d}-{day:02d}")


@rule("numeric", r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])", needs={NUMBER})
def numeric(m, ctx):
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    if m.group(0).count(".") and b <= 12:
        month, day = b, a  # 25.04.2017 is day-first
    if not _valid(y, month, day):
        return None
    return found(m, f"{y:04d}-{month:02d}-{day:02d}")


@rule("day_month_year",
      rf"{WORD_START}(?:{WDAY_ANY},?\s+)?(?:the\s+)?({DAYNUM})(?:\s+of)?\s+({MON}),?(?:\s+({YEAR4}))?{WORD_END}", needs=MONTH_NEEDS)
def day_month_year(m, ctx):
    day = int(re.match(r"\d+", m.group(1)).group())
    year = int(m.group(3)) if m.group(3) else None
    return _day_value(ctx, m, year, month_number(m.group(2)), day)


@rule("month_day_year",
      rf"{WORD_START}(?:{WDAY_ANY},?\s+)?({MON})\s+({DAYNUM})(?:,?\s+({YEAR4}))?(?![\w-]|[:.,]?\d)", needs=MONTH_NEEDS)
def month_day_year(m, ctx):
    day = int(re.match(r"\d+", m.group(2)).group())
    year = int(m.group(3)) if m.group(3) else None
    return _day_value(ctx, m, year, month_number(m.group(1)), day)


@rule("month_year", rf"{WORD_START}{MOD}({MON}),?\s+(?:of\s+)?({YEAR4}){WORD_END}", I, needs=MONTH_NEEDS)
def month_year(m, ctx):
    month = month_number(m.group(2))
    if month is None or not m.group(2)[0].isupper():
        return None
    return found(m, f"{int(m.group(3)):04d}-{month:02d}")


_MONTH_PREFIX = (r"(?:(?P<rel>last|next|this|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|"
                 r"the\s+middle\s+of|the\s+start\s+of|end|beginning|start|middle)(?:\s+|-)(?:of\s+)?)?")


@rule("month", rf"{WORD_START}(?i:{_MONTH_PREFIX})({MON}){WORD_END}(?!\s+\d)", needs=MONTH_NEEDS)
def month(m, ctx):
    word = m.group(2)
    num = month_number(word)
    if num is None or word.endswith(".") or len(word.rstrip(".")) <= 3 and word.lower() != "may":
        return None
    rel = (m.group("rel") or "").lower()
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if word in ("May", "MAY", "March", "MARCH") and not rel and not re.search(
            r"\b(in|of|since|until|by|from|through|during|before|after|last|next|this|early|"
            r"late|mid|between|and|to)\s+$", before):
        return None  # the modal verb "May", the verb/noun "march"
    direction = {"last": "past", "next": "future"}.get(rel)
    if ctx.dct is None:
        return found(m, f"XXXX-{num:02d}", anchor="published")
    year = ctx.dct.year if rel == "this" else infer_year(ctx, m.start(), m.end(), num, None,
                                                         direction)
    if rel == "last" and num >= ctx.dct.month:
        year = ctx.dct.year - 1
    if rel == "next" and num <= ctx.dct.month:
        year = ctx.dct.year + 1
    return found(m, f"{year:04d}-{num:02d}", anchor="published")


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|civilians|soldiers|troops|fighters|members|"
    r"dollars|euros|pounds|tons|tonnes|km|kilomet|miles|meters|metres|feet|hours|GMT|UTC|"
    r"families|homes|houses|cases|deaths|dead|killed|wounded|injured|refugees|men|women|"
    r"children|residents|militants|rebels|prisoners|votes|shares|barrels|units|points|[-–]\d|"
    r"[.,]\d|:\d|\s*\$)", re.I)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|during|before|after|between|and|through|"
    r"early|late|mid|fiscal|FY|year|summer|spring|autumn|fall|winter|end|the|around|circa|"
    r"until|throughout)\s*-?$|[(,]\s*$|^\s*$|\n\s*$)", re.I)


@rule("year", rf"{WORD_START}{MOD}(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?({YEAR4})(?!\s*[-–/]\s*\d|\d|[\w]|'s\b)", I, needs={NUMBER})
def year(m, ctx):
    value = int(m.group(3))
    if value < 1000 or value > 2100:
        return None
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if re.search(r"[$£€#№]\s*$|\b(?:no|nos|number|room|resolution|article|route|flight|unit|"
                 r"highway|model|code|page|section|brigade|division|regiment|battalion|"
                 r"apartment|building|bus|channel|item|law|decree|order)\.?\s*$", before, re.I):
        return None
    if _NOT_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    if not (m.group("mod") or m.group("fiscal")) and not _YEAR_BEFORE.search(before):
        # a bare number in running text: accept plausible news years only
        if not 1900 <= value <= 2099:
            return None
    return found(m, f"{value:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule("decade", r"(?<![\w-])(?:the\s+)?(?:(early|mid|late)(?:\s+|-))?(?:(1[0-9]|20)(\d)0'?s|'(\d)0s|"
                r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])", I, needs=_words("# twenties thirties forties fifties sixties seventies eighties nineties"))
def decade(m, ctx):
    if m.group(2):
        return found(m, f"{m.group(2)}{m.group(3)}X")
    digit = m.group(4) or str(_DECADE_WORDS[m.group(5).lower()])
    century = "19" if ctx.dct is None or digit != "0" else f"{ctx.dct.year // 100:02d}"
    if m.group(5) and not m.group(0).lower().startswith("the"):
        return None  # "in his sixties" is an age
    return found(m, f"{century}{digit}X", anchor="published" if ctx.dct else "absolute")


@rule("century", rf"(?<![\w-])(?:the\s+)?(?:(early|mid|late)(?:\s+|-))?({'|'.join(k for k in ORDINALS if k != 'last')}|\d{{1,2}}(?:st|nd|rd|th))\s+century(?![\w-])", I, needs=_words("century"))
def century(m, ctx):
    word = m.group(2).lower()
    num = ORDINALS.get(word) or int(re.match(r"\d+", word).group())
    if not 1 <= num <= 22:
        return None
    return found(m, f"{num - 1:02d}")  # TIMEX3 century: the first two digits


_ORDQ = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


@rule("quarter", rf"(?<![\w-])(?:the\s+)?(?:(?P<whose>(?:last|this|next)\s+year's|{YEAR4}(?:'s)?|fiscal|year-(?:ago|earlier))\s+)?"
                 rf"(?:fiscal\s+)?(?P<ord>{_ORDQ}|last)(?:-|\s+)(?:fiscal\s+)?(?P<kind>quarter|half|period)"
                 rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR4}))?(?![\w-])", I, needs=_words("quarter half"))
def quarter(m, ctx):
    kind = m.group("kind").lower()
    if m.group("ord").lower() == "last":
        if not m.group("year"):
            return None  # "last quarter" is the previous one (relative_unit)
        index = 2 if kind == "half" else 4  # "the last half of 1989"
    else:
        index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                 "4th": 4}[m.group("ord").lower()]
    if kind == "period":
        return None
    if kind == "half" and index > 2:
        return None
    whose = (m.group("whose") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    elif whose[:4].isdigit():
        year = int(whose[:4])
    elif ctx.dct is None:
        year = None
    elif whose.startswith(("last", "next")):
        year = ctx.dct.year + (-1 if whose.startswith("last") else 1)
    elif whose.startswith("year-") and kind == "quarter":  # "the year-ago third quarter"
        year = infer_year(ctx, m.start(), m.end(), 3 * index - 1, None, direction="any") - 1
    elif kind == "quarter":  # the nearest such quarter; tense says little about results
        year = infer_year(ctx, m.start(), m.end(), 3 * index - 1, None, direction="any")
    else:
        year = ctx.dct.year
    label = f"Q{index}" if kind == "quarter" else f"H{index}"
    anchor = "absolute" if m.group("year") or whose[:4].isdigit() else "published"
    return found(m, f"{year:04d}-{label}" if year else f"XXXX-{label}", anchor=anchor)


_HOLIDAY_RE = "|".join(re.escape(h).replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True))


@rule("holiday", rf"(?<![\w-])({_HOLIDAY_RE}|thanksgiving(?:\s+day)?)(?:\s+({YEAR4}))?(?![\w-])", I, needs=_words("christmas new independence valentine halloween boxing labour may nowruz newroz thanksgiving"))
def holiday(m, ctx):
    name = m.group(1)
    if not name[0].isupper():
        return None
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    year = int(m.group(2)) if m.group(2) else (ctx.dct.year if ctx.dct else None)
    if key.startswith("thanksgiving"):
        if not m.group(2) and ctx.dct is not None:
            year = infer_year(ctx, m.start(), m.end(), 11, 25)
        if year is None:
            return found(m, "XXXX-11-XX", anchor="published")
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return found(m, day.isoformat(), anchor="absolute" if m.group(2) else "published")
    month_, day_ = HOLIDAYS[key]
    if not m.group(2) and ctx.dct is not None:
        year = infer_year(ctx, m.start(), m.end(), month_, day_)
    y = f"{year:04d}" if year else "XXXX"
    return found(m, f"{y}-{month_:02d}-{day_:02d}", anchor="absolute" if m.group(2) else "published")


@rule("month_relative_year", rf"{WORD_START}({MON})(?:\s+of)?\s+(this|last|next)\s+year{WORD_END}", needs=MONTH_NEEDS)
def month_relative_year(m, ctx):
    num = month_number(m.group(1))
    if num is None:
        return None
    if ctx.dct is None:
        return found(m, f"XXXX-{num:02d}", anchor="published")
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group(2).lower()]
    return found(m, f"{year:04d}-{num:02d}", anchor="published")


_SPOKEN_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90}
_SPOKEN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9}
_TENS_RE = "|".join(sorted(_SPOKEN_TENS, key=len, reverse=True))
_UNITS_RE = "|".join(_SPOKEN_UNITS)


_SPOKEN_YEAR = (rf"(?:the\s+year\s+)?(?:(nineteen|eighteen)\s+(?:({_TENS_RE})(?:[- ]({_UNITS_RE}))?|"
                rf"oh[- ]({_UNITS_RE}))|(two\s+thousand)(?:\s+(?:and\s+)?({_UNITS_RE}|{_TENS_RE}))?)")


@rule("spoken_month_year", rf"(?<![\w-])(?:the\s+)?(?P<name>{MON}|spring|summer|fall|autumn|winter)"
                           rf"\s+(?:of\s+)?(?P<spoken>{_SPOKEN_YEAR})(?![\w-])", I,
      needs=_words("nineteen eighteen thousand"))
def spoken_month_year(m, ctx):
    """"January nineteen ninety-seven", "the winter of nineteen ninety-four"."""
    inner = re.fullmatch(_SPOKEN_YEAR, m.group("spoken"), I)
    year = spoken_year(inner, ctx) if inner else None
    if year is None:
        return None
    name = m.group("name").lower()
    if name in SEASONS:
        return found(m, f"{year.value}-{SEASONS[name]}")
    num = month_number(m.group("name"))
    return found(m, f"{year.value}-{num:02d}") if num else None


@rule("spoken_year", rf"(?<![\w-]){_SPOKEN_YEAR}(?![\w-])", I, needs=_words("nineteen eighteen thousand"))
def spoken_year(m, ctx):
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m.group(5):
        if not m.group(0).lower().startswith("the year") and not m.group(6):
            return None  # "two thousand people"
        rest = m.group(6)
        year = 2000 + (_SPOKEN_TENS.get(rest.lower(), 0) + _SPOKEN_UNITS.get(rest.lower(), 0) if rest else 0)
        return found(m, f"{year:04d}")
    century = 1900 if m.group(1).lower() == "nineteen" else 1800
    if m.group(4):
        return found(m, f"{century + _SPOKEN_UNITS[m.group(4).lower()]:04d}")
    tens = _SPOKEN_TENS[m.group(2).lower()]
    if tens < 10:
        return None
    return found(m, f"{century + tens + (_SPOKEN_UNITS[m.group(3).lower()] if m.group(3) else 0):04d}")


@rule("week_of", rf"{WORD_START}(?i:the\s+week\s+of)\s+({MON})\s+({DAYNUM})(?:,?\s+({YEAR4}))?(?![\w-]|[:.,]?\d)",
      needs=_words("week"))
def week_of(m, ctx):
    """"the week of March 6" is the (ISO) week holding that day."""
    month, day = month_number(m.group(1)), int(re.match(r"\d+", m.group(2)).group())
    if month is None or not _valid(int(m.group(3)) if m.group(3) else None, month, day):
        return None
    anchor = "absolute"
    year = int(m.group(3)) if m.group(3) else None
    if year is None:
        year, anchor = infer_year(ctx, m.start(), m.end(), month, day), "published"
    if year is None:
        return found(m, "XXXX-WXX", anchor=anchor)
    iso_year, week, _ = dt.date(year, month, day).isocalendar()
    return found(m, f"{iso_year:04d}-W{week:02d}", anchor=anchor)
