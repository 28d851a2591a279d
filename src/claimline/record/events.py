from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import Field

from .base import Model, Span

Precision = Literal["day", "week", "month", "year", "decade", "century", "unknown"]
Status = Literal["reported", "recalled", "claimed", "denied", "threatened", "hypothetical"]


class EventDate(Model):
    start: Optional[str] = None
    end: Optional[str] = None
    precision: Precision = "unknown"


class Fatalities(Model):
    low: int
    best: int
    high: int


class Inferred(Model):
    """A value of an event not read from its own mentions: lent by another event of the same
    incident (``source`` is that event's id, ``evidence`` and ``claimed_by`` say where that event
    tells it and who gives it), or set by a coding convention (``source`` "convention", ``rule``
    which)."""
    field: str
    source: str
    rule: Optional[str] = None
    evidence: List[Span] = Field(default_factory=list)
    claimed_by: List[str] = Field(default_factory=list)


class Event(Model):
    id: str
    type: str  # PLOVER category
    mode: Optional[str] = None  # PLOVER mode
    acled: Optional[str] = None  # ACLED sub_event_type
    actor: List[str] = Field(default_factory=list)
    recipient: List[str] = Field(default_factory=list)
    place: Optional[str] = None
    date: EventDate = Field(default_factory=EventDate)
    fatalities: Optional[Fatalities] = None
    injuries: Optional[Fatalities] = None
    #: the part of ``fatalities`` said to be civilians, where the text says so
    civilian_fatalities: Optional[Fatalities] = None
    #: the part of ``fatalities`` said to be fighters/soldiers, where the text says so
    combatant_fatalities: Optional[Fatalities] = None
    #: where the parse gives no doer: the armed actor the event's sentence names (a weaker guess,
    #: kept out of ``actor``)
    likely_actor: List[str] = Field(default_factory=list)
    status: Status = "reported"
    claimed_by: List[str] = Field(default_factory=list)
    evidence: List[Span] = Field(default_factory=list)
    trigger: Optional[str] = None
    #: the other events of the document that tell the same incident (violent news with the same
    #: way of killing on a compatible day)
    incident: List[str] = Field(default_factory=list)
    #: the values above not read from this event's own mentions, with their provenance
    inferred: List[Inferred] = Field(default_factory=list)
