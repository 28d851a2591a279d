"""Recalled vs reported, for the events stage.

``is_recalled(record, doc, span) -> bool``

True when the event whose evidence/trigger is at character ``span`` of
``record.document.text`` is background, anniversary or memory rather than news: its sentence
speaks of an anniversary, "X years ago", remembering/commemorating/recalling, "ever since" /
"since <an old date>"; or the date governing it (see :func:`claimline.time.dating.event_date`)
lies more than a year before the publication date, or its own expression dates it only to a
month that ended more than a month before publication ("In May 2016" in a 2017 report); or its
verb is in the past perfect ("had attacked"). An event dated within the last month before
publication by its own expression is reported. Pure and fast: no I/O.
"""
from __future__ import annotations

import datetime as dt
import re

from ..record import Record
from .dating import event_date
from .scope import doc_matches, sentence_bounds
from .values import parse_iso

__all__ = ["is_recalled"]

_CUES = re.compile(r"\b(anniversar(?:y|ies)|\w+\s+years?\s+ago|decades?\s+ago|centur(?:y|ies)\s+ago|"
                   r"remember\w*|commemorat\w*|recall(?:s|ed|ing)?|in\s+memory\s+of|memorial|"
                   r"ever\s+since|since\s+then|marks?\s+the\s+\w+\s+anniversary|on\s+this\s+(?:day|date))\b",
                   re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?(\d{4})\b", re.I)
RECENT_DAYS = 31
OLD_DAYS = 365


def is_recalled(record: Record, doc, span) -> bool:
    text = record.document.text
    if not text:
        return False
    pos = max(0, min(int(span[0]), len(text) - 1))
    pub = parse_iso(record.document.published.date)
    date, index = event_date(record, doc, span)
    end = _last_day(date.end)
    if pub is not None and end is not None:
        age = (pub - end).days
        if age > OLD_DAYS:
            return True
        if index is not None and date.precision == "month" and age > RECENT_DAYS:
            return True  # a past month, whatever the tense
        if index is not None and 0 <= age <= RECENT_DAYS and date.precision == "day" \
                and not _anniversary_date(record, index, date):
            return False
    s_start, s_end = sentence_bounds(text, doc, pos)
    sentence = text[s_start:s_end]
    if _CUES.search(sentence):
        return True
    since = _SINCE.search(sentence)
    if since and pub is not None and int(since.group(1)) < pub.year:
        return True
    return _past_perfect(doc, text, span)


def _last_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    day = parse_iso(value)
    if day is not None:
        return day
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 12, 31)
    return None


def _anniversary_date(record, index, date) -> bool:
    return record.times[index].value[:10] != (date.start or "")


def _past_perfect(doc, text, span) -> bool:
    if not doc_matches(doc, text):
        return False
    chunk = doc.char_span(int(span[0]), int(span[1]), alignment_mode="expand")
    if chunk is None or not len(chunk):
        return False
    token = chunk.root
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and "had" in auxes
