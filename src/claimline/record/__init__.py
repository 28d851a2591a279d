"""The claimline record (contract ``claimline.record/1``): pydantic models for every part.

See ``shared/design/record.md`` / the README for the meaning of each field.
"""
from __future__ import annotations

from typing import List

from pydantic import Field

from .actors import Actor, ActorKind
from .base import Model, Span
from .claims import Claim, Framing
from .document import Document, Published, document_id
from .events import Event, EventDate, Fatalities
from .places import Place
from .times import TimeExpression

SCHEMA = "claimline.record/1"

__all__ = ["Record", "Document", "Published", "Actor", "ActorKind", "Place", "TimeExpression",
           "Event", "EventDate", "Fatalities", "Claim", "Framing", "Span", "SCHEMA",
           "document_id"]


class Record(Model):
    schema_: str = Field(SCHEMA, alias="schema")
    document: Document
    actors: List[Actor] = Field(default_factory=list)
    places: List[Place] = Field(default_factory=list)
    times: List[TimeExpression] = Field(default_factory=list)
    events: List[Event] = Field(default_factory=list)
    claims: List[Claim] = Field(default_factory=list)
    framing: List[Framing] = Field(default_factory=list)
    summary: str = ""
    #: name -> version of every stage that produced this record
    pipeline: dict = Field(default_factory=dict)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Record":
        return cls.model_validate_json(data)

    # small lookups used by several stages
    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def event(self, event_id: str | None) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)
