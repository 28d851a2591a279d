from __future__ import annotations

from typing import Literal, Optional

from .base import Model, Span

Anchor = Literal["absolute", "published", "event"]


class TimeExpression(Model):
    text: str
    span: Span
    value: str  # TIMEX3-style: 2017-04-25, 2017-04, 2017, 191X, P6Y, PRESENT_REF ...
    anchor: Anchor = "absolute"
    approximate: bool = False
    #: TIMEX3 type: DATE, TIME, DURATION or SET
    type: str = "DATE"
