"""Pieces of an exported event that several formats share."""
from __future__ import annotations

from typing import Optional

from ..record import Event, Record


def names(record: Record, ids: list[str]) -> list[str]:
    return [a.name for i in ids if (a := record.actor(i)) is not None]


def fatalities(event: Event) -> Optional[dict]:
    f = event.fatalities
    return {"low": f.low, "best": f.best, "high": f.high} if f else None


def evidence_text(record: Record, event: Event) -> Optional[str]:
    """The text of the event's evidence spans (joined with ' … '), for readers of exports."""
    text = record.document.text
    parts = [text[s:e] for s, e in event.evidence if 0 <= s < e <= len(text)]
    return " … ".join(parts) or None
