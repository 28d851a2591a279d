from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import Field

from .base import Model, Span

Feature = Literal["country", "admin1", "admin2", "city", "village", "mountain", "region", "site",
                  "other"]


class Place(Model):
    id: str
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None  # ISO 3166-1 alpha-2
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    feature: Feature = "other"
    geonameid: Optional[int] = None
    precision: int = 4  # UCDP where_prec 1..7
    mentions: List[Span] = Field(default_factory=list)
    #: how the name was matched (exact, normalised, fuzzy) and its score 0..1
    match: Optional[str] = None
    score: Optional[float] = None
