from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import Field

from .base import Model, Span

ClaimKind = Literal["direct", "indirect", "statement"]
Stance = Literal["accuse", "deny", "assert", "threaten", "demand", "praise", "other"]


class Claim(Model):
    id: str
    speaker: Optional[str] = None  # actor id; None = the outlet itself
    kind: ClaimKind = "indirect"
    cue: Optional[str] = None
    content: Span
    stance: Stance = "assert"
    targets: List[str] = Field(default_factory=list)
    events: List[str] = Field(default_factory=list)
    #: provenance of the attribution: where the speaker is named and where the cue stands
    speaker_span: Optional[Span] = None
    cue_span: Optional[Span] = None


class Framing(Model):
    span: Span
    text: str
    technique: str = "loaded_language"
    neutral: Optional[str] = None
    voice: Optional[str] = None  # actor id of the quote it stands in; None = the outlet's voice
