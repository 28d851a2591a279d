"""Event dating for the events stage.

``event_date(record, doc, span) -> tuple[EventDate, int | None]``

Returns the date of the time expression that governs the event whose evidence/trigger is at
character ``span`` of ``record.document.text`` and the index into ``record.times`` used (None
when no expression was used). Search order: the same sentence (closest in the dependency tree,
else in characters; a past date beats "today" in a sentence of remembrance), then the nearest
earlier expression of the same paragraph; an event told after "a day after" / "two days before"
takes that expression's day minus (plus) those days ("shelled on Tuesday a day after strikes
killed 24": the strikes on Monday). Anniversaries: "Today marks the 6th anniversary of X"
and "X … 6 years ago … on this date" put X on the publication date minus 6 years with day
precision. Without an expression of its own an event gets the publication date (precision "day")
only when its sentence says it happened today/yesterday; else precision "unknown" with start
None. Pure and fast: reads the record and the spaCy ``doc`` (may be None), writes nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from ..record import EventDate, Record
from .lexicon import ORDINALS, number_value
from .scope import paragraph_bounds, sentence_bounds, tree_distance
from .values import parse_iso, shift, start_end, value_range

__all__ = ["event_date", "anniversary_years", "date_of_value"]

_ORDINAL_WORDS = "|".join(sorted((k for k in ORDINALS if k != "last"), key=len, reverse=True))
_ANNIVERSARY = re.compile(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|({_ORDINAL_WORDS}))\s+anniversary\b",
                          re.I)
_THIS_DATE = re.compile(r"\b(?:on\s+this\s+(?:date|day|occasion)|on\s+the\s+same\s+(?:date|day)|"
                        r"today\s+marks|this\s+day\s+marks|anniversary)\b", re.I)
_TODAY = re.compile(r"\b(today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|"
                    r"last\s+night)\b", re.I)
_REMEMBRANCE = re.compile(r"\b(anniversar\w*|remember\w*|recall\w*|commemorat\w*|memor\w+|ago)\b",
                          re.I)
_AGO_YEARS = re.compile(r"(\d+|\w+)\s+years?\s+ago", re.I)


def date_of_value(value: str) -> EventDate:
    start, end, precision = start_end(value)
    return EventDate(start=start, end=end, precision=precision)


def anniversary_years(sentence: str) -> int | None:
    """N of "the Nth anniversary" in ``sentence``."""
    m = _ANNIVERSARY.search(sentence)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1) else ORDINALS.get(m.group(2).lower())
    return n if n and n > 0 else None


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|as|when|where)\b|;|:|\.\s")


def _anniversary_in_scope(sentence: str, offset: int) -> int | None:
    """N when the event at ``offset`` of ``sentence`` is what "the Nth anniversary of …" names
    (it stands after the phrase, before the clause ends)."""
    m = _ANNIVERSARY.search(sentence)
    if not m or offset < m.start():
        return None
    stop = _CLAUSE_BREAK.search(sentence, m.end())
    if stop and offset >= stop.start():
        return None
    return anniversary_years(sentence)


def _published(record: Record) -> dt.date | None:
    return parse_iso(record.document.published.date)


def _datable(t) -> bool:
    return t.type in ("DATE", "TIME") and value_range(t.value) is not None


def _day(day: dt.date) -> EventDate:
    iso = day.isoformat()
    return EventDate(start=iso, end=iso, precision="day")


def event_date(record: Record, doc, span) -> tuple[EventDate, int | None]:
    text = record.document.text
    if not text:
        return EventDate(), None
    pos = max(0, min(int(span[0]), len(text) - 1))
    end = max(pos + 1, min(int(span[1]), len(text)))
    pub = _published(record)
    s_start, s_end = sentence_bounds(text, doc, pos)
    sentence = text[s_start:s_end]
    in_sentence = [i for i, t in enumerate(record.times)
                   if s_start <= t.span[0] < s_end and _datable(t)]

    years = _anniversary_in_scope(sentence, pos - s_start)
    if years and pub is not None:
        today = next((i for i in in_sentence if record.times[i].value[:10] == pub.isoformat()), None)
        return _day(shift(pub, -years, "year")), today

    if in_sentence:
        best = _closest(record, doc, (pos, end), in_sentence, sentence, pub)
        return _days_apart(record, s_start, pos, best, _day_month_order(
            record.times[best], _with_anniversary(record, best, text, pos, pub), pub)), best

    p_start, p_end = paragraph_bounds(text, pos)
    earlier = [i for i, t in enumerate(record.times)
               if p_start <= t.span[0] < pos and _datable(t)]
    if earlier:
        best = earlier[-1]
        return _days_apart(record, s_start, pos, best, _day_month_order(
            record.times[best], _with_anniversary(record, best, text, pos, pub), pub)), best

    if pub is not None:
        m = _TODAY.search(sentence)
        if m:
            word = m.group(1).lower()
            return _day(pub - dt.timedelta(days=1) if word.startswith(("yesterday", "last")) else pub), None
    return EventDate(), None


_DAYS_APART = re.compile(r"\b(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?|the\s+day)"
                         r"\s+(after|before)\s", re.I)


def _days_apart(record: Record, s_start: int, pos: int, index: int, date: EventDate) -> EventDate:
    """"X on Tuesday a day after <event>": the event told after the signal happened N days
    before (after) the day of the clause before it, the day ``date`` read from expression
    ``index``. Only when that expression stands before the signal and no clause break
    separates the signal from the event."""
    text = record.document.text
    if date.precision != "day" or not date.start:
        return date
    last = None
    for m in _DAYS_APART.finditer(text, s_start, pos):
        last = m
    if last is None or not text[s_start:last.start()].strip() or \
            record.times[index].span[0] >= last.start() or \
            _CLAUSE_BREAK.search(text, last.end(), pos):
        return date
    n = number_value(last.group(1)) if last.group(1) else 1
    if not n or n != int(n):
        return date
    day = parse_iso(date.start)
    sign = -1 if last.group(2).lower() == "after" else 1
    return _day(day + dt.timedelta(days=sign * int(n))) if day else date


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$")


def _day_month_order(t, date: EventDate, pub: dt.date | None) -> EventDate:
    """"07-08-2014" reads as 8 July or 7 August: when the other reading is the publication day
    (the dateline, read by the text stage), it is that day."""
    m = _NUMERIC_DATE.match(t.text)
    if pub is None or not m or date.precision != "day":
        return date
    try:
        other = dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        read = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return date
    for swapped, as_read in ((other, read), (read, other)):
        if swapped == pub and date.start == as_read.isoformat():
            return _day(pub)
    return date


def _closest(record, doc, span, candidates, sentence, pub) -> int:
    remembrance = bool(_REMEMBRANCE.search(sentence))

    def cost(i):
        t = record.times[i]
        distance = tree_distance(doc, span, t.span)
        chars = min(abs(t.span[0] - span[1]), abs(span[0] - t.span[1]))
        score = (distance if distance is not None else 6) * 40 + chars
        if remembrance and pub is not None and t.value[:10] == pub.isoformat():
            score += 1000  # "Today we remember X … 6 years ago": today governs the remembering
        return score

    return min(candidates, key=cost)


def _with_anniversary(record, index, text, pos, pub) -> EventDate:
    """"6 years ago … on this date" fixes month and day too."""
    t = record.times[index]
    date = date_of_value(t.value)
    if pub is None or date.precision not in ("year", "month"):
        return date
    m = _AGO_YEARS.search(t.text)
    if not m:
        return date
    p_start, p_end = paragraph_bounds(text, pos)
    if not _THIS_DATE.search(text[p_start:p_end]):
        return date
    n = number_value(m.group(1))
    if not n or n != int(n):
        return date
    return _day(shift(pub, -int(n), "year"))
