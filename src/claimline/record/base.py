"""Shared building blocks of the record: spans and the model base class."""
from __future__ import annotations

from typing import Tuple

from pydantic import BaseModel, ConfigDict

#: A character span ``[start, end)`` into ``document.text``; serialised as a two-item list.
Span = Tuple[int, int]


class Model(BaseModel):
    """Base of every record model: strict field names, but extra fields survive a round-trip
    so records written by a newer claimline can be read by an older one."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)
