"""Rules for expressions resolved against the publication date or an earlier date of the
text: weekdays, today/yesterday, last/next/this week…, "6 years ago", "two days later",
"the next day", times of day."""
from __future__ import annotations

import datetime as dt
import re

from .grammar import APPROX, MON, NUM, PART, UNIT, VAGUE, WDAY, WORD_END, YEAR4, is_inexact
from .lexicon import PARTS_OF_DAY, SEASONS, UNIT_GRANULARITY, number_value
from .rulebase import MONTH_NEEDS, NUMBER, UNIT_NEEDS, WEEKDAY_NEEDS, _words, UNKNOWN, found, relative, rule, weekday_date, weekday_number
from .values import format_at, shift, value_range

I = re.I


#: parts of the day kept after a weekday ("Friday night" → …TNI, TIMEX3 guidelines)
_DAY_PARTS = {"evening", "afternoon"}


def _part_suffix(part: str | None) -> str:
    code = PARTS_OF_DAY.get((part or "").lower())
    return f"T{code}" if code else ""


@rule("weekday", rf"(?<![\w-])(?:(?i:(?P<rel>last|next|this|coming|past|early|late|earlier|later|"
                 rf"the\s+previous|the\s+following|the\s+next|the\s+preceding)\s+))?"
                 rf"({WDAY})(?:\s+(?i:(?P<part>{PART})))?{WORD_END}", needs=WEEKDAY_NEEDS)
def weekday(m, ctx):
    num = weekday_number(m.group(2))
    rel = " ".join((m.group("rel") or "").lower().split())
    if rel.startswith("the ") and ctx.last_date is not None:  # "the following Monday"
        back = rel in ("the previous", "the preceding")
        day = weekday_date(ctx.last_date, num, "strict_past" if back else "strict_future")
        return found(m, day.isoformat(), anchor="event")
    part = _part_suffix(m.group("part")) if (m.group("part") or "").lower() in _DAY_PARTS else ""
    type_ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return found(m, f"XXXX-WXX-{num + 1}", type_, anchor="published")
    if rel in ("last", "past", "the previous", "the preceding"):
        direction = "strict_past"
    elif rel in ("next", "coming", "the following", "the next"):
        direction = "strict_future"
    else:
        tense = ctx.tense(m.start(), m.end())
        direction = {"future": "future", "present": None}.get(tense, "past")
    day = weekday_date(ctx.dct, num, direction)
    return found(m, day.isoformat() + part, type_, anchor="published")


_RELDAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": -1,
           "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
           "this morning": 0, "this afternoon": 0, "this evening": 0}


@rule("relative_day", rf"(?<![\w-])(?:(earlier|later|late|early)\s+)?(today|yesterday|tomorrow|"
                      rf"tonight|overnight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                      rf"last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+({PART}))?"
                      rf"(?![\w-])", I, needs=_words("today yesterday tomorrow tonight overnight night morning afternoon evening day"))
def relative_day(m, ctx):
    key = " ".join(m.group(2).lower().split())
    part = m.group(3) or (key.split()[-1] if key.startswith(("this ", "last ")) else None)
    if key == "overnight":
        part = "night"
    elif key == "tonight" or m.group(3):
        part = None  # "tonight", "yesterday morning": dated to the day
    suffix = _part_suffix(part)
    type_ = "TIME" if suffix else "DATE"
    value = relative(ctx, _RELDAY[key], "day", "day")
    if value is None:
        value = "PRESENT_REF" if _RELDAY[key] == 0 and not suffix else "XXXX-XX-XX"
        return found(m, value, type_, anchor="published")
    return found(m, value + suffix, type_, anchor="published")


_UNIT_WORDS = r"(week(?:end)?|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"


@rule("relative_unit", rf"(?<![\w-])(?:(?P<mod>earlier|later|early|late|mid|the\s+(?:end|beginning|"
                       rf"start|middle|turn)\s+of)(?:\s+|-))?"
                       rf"(?P<rel>this|last|next|the\s+coming|the\s+previous|the\s+following|"
                       rf"the\s+current|the\s+past|past|the\s+same|that|the\s+last|the\s+next|the)\s+"
                       rf"(?:fiscal\s+|calendar\s+)?{_UNIT_WORDS}(?![\w-])", I, needs=_words("week weekend month year quarter decade century spring summer fall autumn winter"))
def relative_unit(m, ctx):
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group(3).lower()
    if rel == "the" and not (m.group("mod") or "").lower().startswith("the"):
        return None
    if rel in ("the past", "past", "the last", "the next", "the coming") and unit not in SEASONS:
        if m.group("mod"):
            return None
        code = {"week": "P1W", "weekend": "P1WE", "month": "P1M", "year": "P1Y",
                "quarter": "P1Q", "decade": "P10Y", "century": "P100Y"}[unit]
        return found(m, code, "DURATION")
    offset = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
    anchored = rel in ("the previous", "the following", "the same", "that")
    base = ctx.last_date if anchored and ctx.last_date else ctx.dct
    anchor = "event" if anchored and ctx.last_date else "published"
    if base is None:
        return found(m, UNKNOWN.get(unit, "XXXX"), anchor=anchor)
    if unit in SEASONS:
        return _season(m, base, SEASONS[unit], offset, anchor)
    granularity = UNIT_GRANULARITY[unit]
    if unit == "weekend":
        return found(m, format_at(shift(base, offset, "week"), "weekend"), anchor=anchor)
    return found(m, format_at(shift(base, offset, unit), granularity), anchor=anchor)


@rule("full_year", r"(?<![\w-])the\s+full\s+(?:fiscal\s+|calendar\s+)?year"
                   r"(?![\w-])(?!\s+(?:of\s+)?\d{4})", I, needs=_words("year"))
def full_year(m, ctx):
    """Financial news: "profit for the full year" is the year of publication."""
    if ctx.dct is None:
        return found(m, "XXXX", anchor="published")
    return found(m, f"{ctx.dct.year:04d}", anchor="published")


def _season(m, base, code, offset, anchor):
    order = ["WI", "SP", "SU", "FA"]
    current = order[(base.month % 12) // 3]
    year = base.year
    if offset < 0:
        year = year if order.index(code) < order.index(current) else year - 1
    elif offset > 0:
        year = year if order.index(code) > order.index(current) else year + 1
    return found(m, f"{year:04d}-{code}", anchor=anchor)


_SEASON_PREP = re.compile(r"\b(?:in|into|of|from|to|during|over|through|throughout|until|till|"
                          r"by|since|before|after|for)\s+$", re.I)


@rule("season", rf"(?<![\w-])(?:the\s+)?(?:(?:early|late|mid)(?:\s+|-))?(?P<season>spring|summer|"
                rf"fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?(?![\w-])", I,
      needs=_words("spring summer fall autumn winter"))
def season(m, ctx):
    """"the summer of 1994" → 1994-SU; "in the (early) summer" → that season of the
    publication year. A bare season needs a preposition and "the" ("the fall of Aleppo" and
    "Arab Spring" are no dates)."""
    code = SEASONS[m.group("season").lower()]
    if m.group("year"):
        return found(m, f"{m.group('year')}-{code}")
    text = m.group(0).lower()
    if not text.startswith("the") or code == "FA" \
            or not _SEASON_PREP.search(ctx.text, max(0, m.start() - 12), m.start()) \
            or re.match(r"\s+(?:of|offensive|session|olympics|games|camp|school|term)\b",
                        ctx.text[m.end():m.end() + 12], re.I):
        return None
    if ctx.dct is None:
        return found(m, f"XXXX-{code}", anchor="published")
    year = ctx.dct.year
    first, last, _ = value_range(f"{year:04d}-{code}")
    tense = ctx.tense(m.start(), m.end())
    if tense == "past" and first > ctx.dct:
        year -= 1
    elif tense == "future" and last < ctx.dct:
        year += 1
    return found(m, f"{year:04d}-{code}", anchor="published")


@rule("ago", rf"(?<![\w-]){APPROX}(?P<num>{NUM}|{VAGUE})\s+(?:more\s+)?(?P<unit>{UNIT})s?"
             rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|(?:before|after)"
             rf"(?=\s*[,.;:]|\s*$))(?![\w-])", I, needs=_words("ago earlier later before after now hence back"))
def ago(m, ctx):
    unit = m.group("unit").lower()
    if unit in ("second", "minute", "hour"):
        return None
    direction = " ".join(m.group("dir").lower().split())
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    approximate = is_inexact(m.group("approx")) or "or so" in m.group(0).lower()
    anchored = direction in ("earlier", "later", "before", "after")
    base = ctx.last_date if anchored and ctx.last_date else ctx.dct
    anchor = "event" if anchored and ctx.last_date else "published"
    amount = number_value(m.group("num"))
    if amount is None:  # "several years ago"
        return found(m, "FUTURE_REF" if sign > 0 and not anchored else "PAST_REF",
                     anchor=anchor, approximate=True)
    granularity = UNIT_GRANULARITY.get(unit, "day")
    if unit == "century":
        granularity = "decade"
    elif unit == "decade":
        granularity = "year"
    elif unit == "year" and amount == 1 and _financial(ctx, m.start()):
        # financial news: "a year ago/earlier" is the same quarter of the year before
        return found(m, _year_ago_quarter(ctx, m.start()), anchor="published")
    value = relative(ctx, sign * amount, unit, granularity, base)
    if value is None:
        value = UNKNOWN.get(granularity, "XXXX")
    return found(m, value, anchor=anchor, approximate=approximate)


def _financial(ctx, start) -> bool:
    return bool(re.search(r"\bquarter|\bfiscal\b", ctx.text[max(0, start - 300):start + 100], re.I))


def _year_ago_quarter(ctx, start) -> str:
    if ctx.dct is None:
        return "XXXX-QX"
    s, _ = ctx.sentence_bounds(start)
    if ctx.last_quarter is not None and ctx.last_quarter[1] >= s - 300:
        year, q = ctx.last_quarter[0].split("-Q")
        behind = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 - (int(year) * 4 + int(q) - 1)
        if behind >= 4:  # the quarter just named is already the year-ago one
            return ctx.last_quarter[0]
        return f"{int(year) - 1:04d}-Q{q}"
    return format_at(shift(shift(ctx.dct, -1, "quarter"), -1, "year"), "quarter")


def _sentence(ctx, start):
    s, e = ctx.sentence_bounds(start)
    return ctx.text[s:e].lower()


@rule("anchored_day", r"(?<![\w-])(?:(?:the\s+)?(?P<rel>next|following|previous|preceding|same)|"
                      r"(?P<that>that))\s+(?P<unit>day|morning|afternoon|evening|night)(?![\w-])"
                      r"|(?<![\w-])the\s+day\s+(?P<ba>before|after)(?=\s*[,.;]|\s+that\b)", I, needs=_words("day morning afternoon evening night"))
def anchored_day(m, ctx):
    rel = (m.group("rel") or m.group("that") or "").lower()
    ba = (m.group("ba") or "").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    if ba:
        offset = -1 if ba == "before" else 1
    unit = (m.group("unit") or "day").lower()
    suffix = _part_suffix(unit if unit != "day" else None)
    base = ctx.last_date or ctx.dct
    if base is None:
        return found(m, "XXXX-XX-XX", anchor="event")
    anchor = "event" if ctx.last_date else "published"
    value = relative(ctx, offset, "day", "day", base)
    return found(m, value + suffix, "TIME" if suffix else "DATE", anchor=anchor)


@rule("year_ago", r"(?<![\w-])(?:the\s+)?year-(?:ago|earlier)(?:\s+(quarter|period))?(?![\w-])", I, needs=_words("year"))
def year_ago(m, ctx):
    if ctx.dct is None:
        return found(m, "XXXX", anchor="published")
    if m.group(1) or _financial(ctx, m.start()):
        return found(m, _year_ago_quarter(ctx, m.start()), anchor="published")
    return found(m, f"{ctx.dct.year - 1:04d}", anchor="published")


@rule("the_quarter", rf"(?<![\w-])the\s+(?:(latest|current|most\s+recent|recent|same|latest\s+fiscal|"
                     r"fiscal|(?P<year>(?:19|20)\d\d))\s+)?(quarter|period)(?![\w-])(?:(?=\s+(?:ended|"
                     rf"ending)\s+(?:on\s+)?(?P<mon>{MON}))|(?!\s+(?:of|ended|ending|before)\b))", I,
      needs=_words("quarter period"))
def the_quarter(m, ctx):
    if m.group(3).lower() == "period" and not m.group(1):
        return None
    if m.group("mon") and m.group(3).lower() == "quarter" and not m.group("year"):
        return _quarter_ended(m, ctx)
    if not _money_sentence(ctx, m.start()):
        return None
    if ctx.dct is None:
        return found(m, "XXXX-QX", anchor="published")
    offset = 0 if (m.group(1) or "").lower() == "current" else -1
    value = format_at(shift(ctx.dct, offset, "quarter"), "quarter")
    if m.group("year"):  # "the 1988 quarter": the reported quarter of that year
        value = m.group("year") + value[4:]
    return found(m, value, anchor="published")


def _quarter_ended(m, ctx):
    """"the quarter ended July 31": the calendar quarter of the period's middle month (June)."""
    from .rulebase import infer_year, month_number
    end_month = month_number(m.group("mon"))
    if end_month is None:
        return None
    middle = (end_month - 2) % 12 + 1
    if ctx.dct is None:
        return found(m, f"XXXX-Q{(middle - 1) // 3 + 1}", anchor="published")
    year = infer_year(ctx, m.start(), m.end(), end_month, None)
    if middle > end_month:
        year -= 1
    return found(m, f"{year:04d}-Q{(middle - 1) // 3 + 1}", anchor="published")


_CLOCK = (r"(?:(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)"
          r"(?![\w])|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?=\s*(?:GMT|UTC|local|hours|hrs|"
          r"EDT|EST|CET|CEST|BST)))(?:\s+(?:GMT|UTC|EDT|EST|CET|CEST|BST|PST|PDT|local\s+time))?"
          r"|(?<![\w-])(?P<word>noon|midnight|midday)(?![\w-]))"
          rf"(?:,?\s+(?:on\s+)?(?P<day>{WDAY}|today|yesterday|tomorrow)(?![\w-])|"
          rf"(?=\s*\([^()\n]{{1,24}}\),?\s+(?:on\s+)?(?P<pday>{WDAY}|today|yesterday|tomorrow)(?![\w-]))|"
          rf",?\s+(?:on\s+)?(?P<mon>{MON})\s+(?P<dom>[12]\d|3[01]|0?[1-9])(?!\d))?")


@rule("clock", _CLOCK, I, needs=_words("# noon midnight midday"))
def clock(m, ctx):
    if m.group("word"):
        hh, mm = (24, 0) if m.group("word").lower() == "midnight" else (12, 0)
    elif m.group("h"):
        hh, mm = int(m.group("h")), int(m.group("min") or 0)
        if hh > 12:
            return None
        pm = m.group("ampm").lower().startswith("p")
        hh = hh % 12 + (12 if pm else 0)
    else:
        hh, mm = int(m.group("h2")), int(m.group("min2"))
    base = ctx.dct
    if ctx.last_date is not None and ctx.last_date_at is not None and \
            ctx.sentence_bounds(m.start())[0] <= ctx.last_date_at:
        base = ctx.last_date  # "on Tuesday … at 10 p.m." in one sentence
    if m.group("mon") and ctx.dct is not None:
        from .rulebase import infer_year, month_number
        month, dom = month_number(m.group("mon")), int(m.group("dom"))
        year = infer_year(ctx, m.start(), m.end(), month, dom)
        try:
            base = dt.date(year, month, dom)
        except (TypeError, ValueError):
            return None
    day_word = (m.group("day") or m.group("pday") or "").lower()  # "10 a.m. (0700 GMT) Friday"
    if day_word and ctx.dct is not None:
        if day_word in ("today", "yesterday", "tomorrow"):
            base = ctx.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[day_word])
        else:
            tense = ctx.tense(m.start(), m.end())
            base = weekday_date(ctx.dct, weekday_number(day_word),
                                {"future": "future", "present": None}.get(tense, "past"))
    day = base.isoformat() if base else "XXXX-XX-XX"
    return found(m, f"{day}T{hh:02d}:{mm:02d}", "TIME", anchor="published")


@rule("weekend", r"(?<![\w-])(?:(?P<rel>last|next|this|the\s+coming|the\s+past|the)\s+)weekend(?![\w-])", I, needs=_words("weekend"))
def weekend(m, ctx):
    rel = " ".join(m.group("rel").lower().split())
    if rel not in ("the", "this"):
        return None  # handled by relative_unit
    if ctx.dct is None:
        return found(m, "XXXX-WXX-WE", anchor="published")
    tense = ctx.tense(m.start(), m.end())
    saturday = weekday_date(ctx.dct, 5, {"future": "future", "present": None}.get(tense, "past"))
    return found(m, format_at(saturday, "weekend"), anchor="published")


@rule("weekday_set", rf"(?<![\w-])(?:(?i:every|each)\s+({WDAY})|({WDAY})s)(?![\w-])", needs=WEEKDAY_NEEDS)
def weekday_set(m, ctx):
    num = weekday_number(m.group(1) or m.group(2))
    return found(m, f"XXXX-WXX-{num + 1}", "SET")


@rule("within_current", r"(?<![\w-])(?:(?:earlier|later)\s+in\s+the\s+(week|month|year)|"
                        r"(?:the\s+|around\s+)?(?:year[- ]end|year['’]s\s+end))(?![\w-])", I,
      needs=_words("week month year end"))
def within_current(m, ctx):
    """"earlier in the year", "year-end": the publication's own week/month/year."""
    unit = (m.group(1) or "year").lower()
    if ctx.dct is None:
        return found(m, UNKNOWN[unit], anchor="published")
    return found(m, format_at(ctx.dct, unit), anchor="published")


_YEAR_END_DATE = rf"(?:on\s+)?(?:{MON}|\d|today|yesterday|tomorrow|last|next|this)(?![a-z])"


@rule("the_year", rf"(?<![\w-])the\s+(?:fiscal\s+)?year(?![\w-])(?:(?=\s+(?P<end>ended|ending)\s+"
                  rf"{_YEAR_END_DATE})|(?!\s+(?:before|after|earlier|later|ago|ended|ending|when|"
                  r"in\s+which|of\s+the|\d|two|nineteen|twenty)\b))", I, needs=_words("year"))
def the_year(m, ctx):
    """Financial news: "sales in the year ended March 31" is a year-long period (P1Y);
    "profit for the year", "a high for the year" the year of publication."""
    if m.group("end"):
        return found(m, "P1Y", "DURATION")
    before = ctx.text[max(0, m.start() - 5):m.start()].lower()
    if not re.search(r"\b(?:for|of)\s+$", before) or not _money_sentence(ctx, m.start()):
        return None
    if ctx.dct is None:
        return found(m, "XXXX", anchor="published")
    return found(m, f"{ctx.dct.year:04d}", anchor="published")


_MONEY = re.compile(r"\b(?:quarter|fiscal|earnings|profit|revenue|sales|loss|net|income|"
                    r"share|volume|dividend)s?\b|[$£€¥#]\s?\d", re.I)


def _money_sentence(ctx, start) -> bool:
    s, e = ctx.sentence_bounds(start)
    return bool(_MONEY.search(ctx.text, s, e))
