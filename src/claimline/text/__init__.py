"""Text: clean main text (whitespace, page chrome left in plain text) and read datelines."""
from __future__ import annotations

from .clean import BOILERPLATE_LINES, clean_text
from .dateline import dateline_date

__all__ = ["clean_text", "dateline_date", "BOILERPLATE_LINES"]
