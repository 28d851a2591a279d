"""The framing stage (first version: filled in by its issue)."""
from __future__ import annotations

from ..pipeline import stage
from ..record import Record


@stage("framing", version="0")
def flag_framing(record: Record, doc) -> Record:
    return record
