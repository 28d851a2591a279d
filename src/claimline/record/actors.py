from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import Field

from .base import Model, Span

ActorKind = Literal["state", "armed_group", "political_group", "organization", "person",
                    "population", "other"]


class Actor(Model):
    id: str
    name: str
    kind: ActorKind = "other"
    country: Optional[str] = None  # ISO 3166-1 alpha-3
    mentions: List[Span] = Field(default_factory=list)
    wikidata: Optional[str] = None
    #: canonical names of the groups this actor belongs to (YPG -> SDF)
    affiliations: List[str] = Field(default_factory=list)
