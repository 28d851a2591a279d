"""Words of English temporal expressions (months, weekdays, numbers, units, parts of day)."""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
            "sat": 5, "sunday": 6, "sun": 6}

UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
         "weekend": "WE", "fortnight": "W2", "month": "M", "quarter": "Q", "year": "Y",
         "decade": "DE", "century": "CE", "centurie": "CE", "semester": "M6"}
#: granularity used when a span of time is counted back from a date ("6 years ago" → year)
UNIT_GRANULARITY = {"day": "day", "night": "day", "week": "week", "weekend": "week",
                    "fortnight": "day", "month": "month", "quarter": "quarter", "year": "year",
                    "decade": "decade", "century": "century", "centurie": "century"}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "half a": 0.5,
    "a half": 0.5, "a couple of": 2, "a couple": 2, "couple of": 2, "dozen": 12, "a dozen": 12,
}
#: quantities that give an unspecified count ("several years" → PXY)
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous",
                 "dozens of", "hundreds of", "a couple of", "recent", "the last few",
                 "the past few", "countless")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
            "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "hundredth": 100, "last": -1}
APPROXIMATORS = ("nearly", "almost", "about", "around", "some", "roughly", "approximately",
                 "more than", "less than", "over", "under", "at least", "up to", "close to",
                 "just over", "just under", "barely", "only", "fewer than", "no more than",
                 "no less than", "well over", "upwards of", "the better part of")
#: approximators that make a value inexact (not "only", "up to" …)
INEXACT = ("nearly", "almost", "about", "around", "some", "roughly", "approximately",
           "more than", "less than", "over", "under", "close to", "just over", "just under",
           "well over", "upwards of", "the better part of", "or so")

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "noon": "12:00", "midday": "12:00", "midnight": "24:00", "dawn": "MO",
                "daybreak": "MO", "overnight": "NI", "tonight": "NI", "mid-morning": "MO",
                "mid-afternoon": "AF", "dusk": "EV"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: fixed-date holidays (month, day)
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
            "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
            "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
            "boxing day": (12, 26), "labour day": (5, 1), "may day": (5, 1),
            "nowruz": (3, 21), "newroz": (3, 21)}

# Only words that are time references in (nearly) every use: "soon", "previously", "recent"
# or "future" (as in "future plans") are usually aspect or modality, not a time to resolve.
PRESENT_WORDS = ("now", "right now", "currently", "at present", "nowadays", "the present",
                 "these days", "current", "at the moment", "at this time")
PAST_WORDS = ("recently", "lately", "in the past", "the past", "the past years", "past years",
              "recent years", "long ago", "in former times", "the old days", "years ago")
FUTURE_WORDS = ("the future", "in the future", "the coming years", "coming years",
                "the near future", "the years ahead", "the coming months", "coming months",
                "the days ahead", "the near term", "the short term", "the long term",
                "the medium term")


def number_value(word: str) -> float | None:
    """Numeric value of a count word or digits ("six" → 6, "twenty-one" → 21, "2.5" → 2.5)."""
    w = " ".join(word.lower().replace(",", "").split())
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    if w in NUMBERS:
        return float(NUMBERS[w])
    half = re.fullmatch(r"(\d+)\s+1/2", w)
    if half:
        return float(half.group(1)) + 0.5
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        a, b = NUMBERS[parts[0]], NUMBERS[parts[1]]
        if a >= 20 and b < 10:
            return float(a + b)
        if b == 100:
            return float(a * 100)
    return None
