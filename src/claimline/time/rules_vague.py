"""Rules for durations ("five years", "the past two months"), sets ("every day", "weekly")
and vague references ("now", "recently", "the future", "during the past years")."""
from __future__ import annotations

import re

from .grammar import APPROX, NUM, UNIT, VAGUE, is_inexact, _alt
from .lexicon import FUTURE_WORDS, PAST_WORDS, PRESENT_WORDS, number_value
from .rulebase import MONTH_NEEDS, NUMBER, UNIT_NEEDS, WEEKDAY_NEEDS, _words, found, rule

I = re.I
_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
         "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
         "decade": "Y", "century": "Y", "centurie": "Y"}
_FACTOR = {"decade": 10, "century": 100, "centurie": 100, "fortnight": 2}  # TIMEX3 has a Q unit: P2Q


def duration_value(amount: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"
    code = _CODE.get(unit, "D")
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if amount is None:
        return f"{prefix}X{code}"
    amount *= _FACTOR.get(unit, 1)
    if amount != int(amount):
        whole, part = int(amount), amount - int(amount)
        smaller = {"Y": (12, "M"), "M": (60, "S") if prefix == "PT" else (30, "D"), "D": (24, "H"),
                   "H": (60, "M"), "W": (7, "D")}.get(code)
        if smaller and (part * smaller[0]) == int(part * smaller[0]):
            rest = int(part * smaller[0])
            if code == "D":  # days and hours: P2DT12H
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            head = f"{whole}{code}" if whole else ""
            return f"{prefix}{head}{rest}{smaller[1]}"
        return f"{prefix}{amount:g}{code}"
    return f"{prefix}{int(amount)}{code}"


_LEAD = (r"(?:(?P<det>the|a|another|an\s+additional|an\s+extra|the\s+first|the\s+last|the\s+past|"
         r"the\s+next|the\s+coming|the\s+previous|the\s+following|the\s+final|the\s+remaining|"
         r"the\s+initial|past|last|next|first)\s+)?")


@rule("duration", rf"(?<![\w-]){APPROX}{_LEAD}(?P<num>{NUM}|{VAGUE})(?P<sep>\s+|-)(?:(?:more|full|straight|"
                  rf"consecutive|long|additional|calendar|fiscal|whole|entire)\s+)?(?P<unit>{UNIT})s?"
                  rf"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?P<old>-old|\s+old|-long)?(?![\w])", I,
      needs=UNIT_NEEDS)
def duration(m, ctx):
    num = m.group("num").lower()
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    det = (m.group("det") or "").lower()
    if re.search(r"\b(once|twice|thrice|times|per|a)\s+$", before):
        return None  # a frequency ("twice a year") is a SET
    if num == "one" and m.group("unit").lower() == "day" and not det:
        return None  # "one day he left"
    if num == "some" and m.group("unit").lower() in ("day", "time"):
        return None
    if num == "recent":
        return None
    unit = m.group("unit").lower()
    if num.isdigit() and len(num) == 4 and (det == "the" or unit in ("second", "quarter")):
        return None  # "the 1988 second quarter", "the 1989 period": a year, not a count
    if m.group("unit").lower() == "quarter" and m.group(0).lower().endswith("quarters") \
            and m.group("sep") == "-":
        return None  # "three-quarters of the vote" is a fraction
    if m.group("old") and "old" in m.group("old").lower():
        return None  # an age ("a 6-year-old boy") is not a time
    if num in ("a", "an", "one") and re.match(r"\s+of\b|-", ctx.text[m.end():m.end() + 4]):
        return None
    if unit == "second" and num in ("a", "an") and re.match(
            r"\s+(?!later|earlier|ago|or|and|before|after|too|longer|more|less)[a-z]",
            ctx.text[m.end():m.end() + 12]):
        return None  # "a second attack": an ordinal
    if m.group("unit")[0].isupper() and num[0].isdigit():
        return None  # "60 Minutes": a title
    amount = number_value(num)
    if amount is not None and m.group("half"):
        amount += 0.5  # "a year and a half" → P1Y6M
    value = duration_value(amount, m.group("unit"))
    approx = (m.group("approx") or "").lower()
    if approx in ("over", "under") and det.startswith("the"):
        approx = ""  # "over the past two months": a preposition
    result = found(m, value, "DURATION", approximate=is_inexact(approx) or amount is None)
    if m.group("approx") and not approx:
        result.start = m.start("det")
    if m.group("sep") == "-" and det in ("a", "an", "the") and not m.group("approx"):
        result.start = m.start("num")  # "a 16-hour curfew": the modifier is "16-hour"
    return result


@rule("bare_units", r"\b(?:for|in|over|within|after|take|took|last|lasted|than)\s+"
                    r"((?:many\s+)?(years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])"
                    r"(?!\s+(?:of\s+)?(?:ago|earlier|later|before|after)\b)", I, needs=_words("years months weeks days decades hours minutes centuries"))
def bare_units(m, ctx):
    return found(m, duration_value(None, m.group(2)), "DURATION", approximate=True, group=1)


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
                "bimonthly": "P2M"}


@rule("set", r"(?<![\w-])(?:(?:every|each|per)\s+(?:(?P<other>other|single)\s+)?(?P<n>\d+|two|three|four|five|six)?\s*"
             r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade)s?"
             r"|\b(?:once|twice|thrice|times)\s+(?P<per>an?\s+(?P<unit2>second|minute|hour|day|night|week|month|year))"
             r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly))(?![\w-])", I, needs=_words("every each per daily weekly monthly annually yearly hourly nightly biweekly bimonthly once twice thrice times"))
def set_(m, ctx):
    if m.group("adv"):
        return found(m, _SET_ADVERBS[m.group("adv").lower()], "SET")
    if m.group("unit2"):
        return found(m, duration_value(1, m.group("unit2")), "SET", group="per")
    unit = m.group("unit").lower()
    amount = number_value(m.group("n") or "1") or 1
    if m.group("other"):
        amount = 2 if m.group("other").lower() == "other" else 1
    return found(m, duration_value(amount, unit), "SET")


def _vague(words):
    return _alt(w for w in words if w not in ("once",))


@rule("vague", rf"(?<![\w-])(?:(?P<present>{_vague(PRESENT_WORDS)})|(?P<past>{_vague(PAST_WORDS)})|"
               rf"(?P<future>{_vague(FUTURE_WORDS)}))(?![\w-])(?!\s+(?:of|on)\b)", I, needs=_words("now current currently present presently nowadays days moment time past recent recently lately ago former future coming ahead old term"))
def vague(m, ctx):
    text = m.group(0).lower()
    if m.group("present"):
        if text == "current" and re.match(r"\s+(?:account|affairs|events|issue|form|affairs)", ctx.text[m.end():]):
            return None
        if text in ("current", "currently") and re.search(
                r"\bthen[\s-]$", ctx.text[max(0, m.start() - 5):m.start()], re.I):
            return found(m, "PAST_REF", anchor="published")  # "the then current chairman"
        return found(m, "PRESENT_REF", anchor="published")
    if m.group("past"):
        if text == "earlier" and not re.match(r"\s*[,.;]", ctx.text[m.end():]):
            return None
        if text.startswith("in "):
            m2 = re.search(r"\S+\s+", m.group(0))
            return _shifted(m, m2.end(), "PAST_REF")
        return found(m, "PAST_REF", anchor="published", approximate=True)
    if re.search(r"\b(a|any|no|our|their|his|her|its|my|your|bright|better)\s+$",
                 ctx.text[max(0, m.start() - 10):m.start()], re.I):
        return None  # "a future for our people" is not a time
    if text.startswith("in ") and not text == "in the future":
        m2 = re.search(r"\S+\s+", m.group(0))
        return _shifted(m, m2.end(), "FUTURE_REF")
    if text == "in the future":
        return _shifted(m, 3, "FUTURE_REF")
    return found(m, "FUTURE_REF", anchor="published", approximate=True)


def _shifted(m, offset, value):
    f = found(m, value, anchor="published", approximate=True)
    f.start += offset
    return f


@rule("recent_units", r"(?<![\w-])(?:the\s+)?recent\s+(days|weeks|months)(?![\w-])", I, needs=_words("recent"))
def recent_units(m, ctx):
    return found(m, duration_value(None, m.group(1)), "DURATION", approximate=True)
