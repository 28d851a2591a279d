"""Build records by hand for the claims/framing/summary unit tests (no other stage needed)."""
from __future__ import annotations

import re

from claimline.record import Actor, Document, Event, Published, Record, document_id


def mentions(text: str, *surfaces: str) -> list[tuple[int, int]]:
    spans = []
    for surface in surfaces:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]
    return sorted(spans)


def make_record(text: str, actors=(), events=(), published: str | None = "2023-04-25") -> Record:
    """``actors``: (id, name, kind, [surfaces]); ``events``: Event objects."""
    doc = Document(id=document_id(text), text=text,
                   published=Published(date=published, source="user" if published else "none"))
    built = [Actor(id=i, name=n, kind=k, mentions=mentions(text, *s)) for i, n, k, s in actors]
    return Record(document=doc, actors=built, events=list(events))


def span_of(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return (start, start + len(fragment))


def claims_run(nlp, record: Record) -> Record:
    from claimline.claims import attribute_claims
    return attribute_claims(record, nlp(record.document.text))


def content(record: Record, claim) -> str:
    return record.document.text[claim.content[0]:claim.content[1]]


__all__ = ["make_record", "mentions", "span_of", "claims_run", "content", "Event"]
