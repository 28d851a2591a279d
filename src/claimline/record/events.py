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
