"""The time stage: every date expression of the text, normalised TIMEX3-style.

``tag_times(record, doc)`` fills ``record.times`` with :class:`~claimline.record.TimeExpression`
items (text, span, value, anchor, approximate, type), resolving relative expressions against
``record.document.published.date`` (when that is None they keep TIMEX3 unknown forms such as
``XXXX-XX-XX`` or ``PRESENT_REF``). Event dating and recalled-vs-reported helpers for the
events stage live in :mod:`claimline.time.dating` and :mod:`claimline.time.status`.
"""
from __future__ import annotations

from ..pipeline import stage
from ..record import Record, TimeExpression
from .tagger import tag_text
from .values import parse_iso

__all__ = ["tag_times", "tag_text", "time_expressions"]


def time_expressions(text: str, published: str | None = None, doc=None) -> list[TimeExpression]:
    """The :class:`TimeExpression` list for ``text`` published on ``published`` (YYYY-MM-DD)."""
    found = tag_text(text, parse_iso(published), doc)
    return [TimeExpression(text=text[f.start:f.end], span=(f.start, f.end), value=f.value,
                           anchor=f.anchor, approximate=f.approximate, type=f.type)
            for f in found]


@stage("time", version="1")
def tag_times(record: Record, doc) -> Record:
    text = record.document.text
    if doc is not None and getattr(doc, "text", None) != text:
        doc = None  # offsets must point into document.text
    record.times = time_expressions(text, record.document.published.date, doc)
    return record
