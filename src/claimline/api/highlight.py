"""Source text with spans highlighted: overlapping character spans → flat, escaped segments.

Spans of different kinds may overlap (an event's evidence holds a framing span, a claim's
content holds the evidence), so the text is cut at every span boundary and each piece carries
the set of kinds (and labels) of the spans covering it; the template wraps each marked piece in
one ``<mark>`` with all its classes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str          # css class: evidence, evidence-other, claim, framing, actor, place
    label: str = ""    # tooltip


@dataclass
class Segment:
    text: str
    start: int
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(label for label in self.labels if label))


#: drawing order when several kinds cover one piece (first = most important)
PRIORITY = ("evidence", "claim", "framing", "actor", "place", "evidence-other")


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every boundary of the valid ``marks`` (spans outside the text or empty
    are ignored) and return the pieces in order, each with the marks covering it."""
    n = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in valid), *(m.end for m in valid)})
    starting: dict[int, list[Mark]] = {}
    for m in valid:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        kinds = sorted({m.kind for m in active},
                       key=lambda k: PRIORITY.index(k) if k in PRIORITY else len(PRIORITY))
        out.append(Segment(text[start:end], start, kinds, [m.label for m in active]))
    return out
