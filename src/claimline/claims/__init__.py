"""The claims stage (first version: filled in by its issue)."""
from __future__ import annotations

from ..pipeline import stage
from ..record import Record


@stage("claims", version="0")
def attribute_claims(record: Record, doc) -> Record:
    return record
