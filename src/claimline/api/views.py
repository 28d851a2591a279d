"""Plain dicts describing one event (and its document) for the API and the event page:
ids resolved to actors, places, claims and framing flags, with their words in the text."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from ..record import Record
from .highlight import Mark, segments


def clean_row(row: dict) -> dict:
    """An event index row as JSON-ready values (backends may return dates or decimals)."""
    out = {}
    for key, value in row.items():
        kind = type(value)
        if value is None or kind is str:
            pass
        elif kind in (dt.date, dt.datetime):
            value = value.isoformat()
        elif key in ("lat", "lon"):
            value = float(value)
        elif key.startswith("fatalities_") or key == "geo_precision":
            value = int(value)
        out[key] = value
    return out


def event_links(document_id: str, event_id: str) -> dict:
    return {"self": f"/api/events/{document_id}/{event_id}",
            "page": f"/events/{document_id}/{event_id}",
            "document": f"/api/documents/{document_id}",
            "record": f"/api/records/{document_id}"}


def quote(text: str, span, limit: int = 600) -> str:
    start, end = span
    piece = text[start:end]
    return piece if len(piece) <= limit else piece[:limit] + "…"


def _actor(record: Record, actor_id: Optional[str]) -> Optional[dict]:
    if actor_id is None:
        return None
    actor = next((a for a in record.actors if a.id == actor_id), None)
    if actor is None:
        return {"id": actor_id, "name": actor_id, "kind": "other", "country": None}
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country}


def claim_view(record: Record, claim) -> dict:
    speaker = _actor(record, claim.speaker)
    return {"id": claim.id, "speaker": speaker,
            "speaker_name": speaker["name"] if speaker else outlet_voice(record),
            "kind": claim.kind, "cue": claim.cue, "stance": claim.stance,
            "content": list(claim.content), "quote": quote(record.document.text, claim.content),
            "targets": [_actor(record, t) for t in claim.targets], "events": list(claim.events)}


def framing_view(record: Record, flag) -> dict:
    voice = _actor(record, flag.voice)
    return {"span": list(flag.span), "text": flag.text, "technique": flag.technique,
            "neutral": flag.neutral, "voice": voice,
            "voice_name": voice["name"] if voice else outlet_voice(record)}


def outlet_voice(record: Record) -> str:
    outlet = record.document.outlet
    return f"{outlet} (the outlet's own voice)" if outlet else "the outlet's own voice"


def event_view(record: Record, event_id: str, grade: Optional[str] = None) -> Optional[dict]:
    """Everything the event page shows, as JSON-ready data; None if no such event."""
    event = next((e for e in record.events if e.id == event_id), None)
    if event is None:
        return None
    place = record.place(event.place) if event.place else None
    claimed_by = [_actor(record, a) for a in event.claimed_by]
    related = [c for c in record.claims if event.id in c.events]
    others = [c for c in record.claims if event.id not in c.events]
    return {
        "document_id": record.document.id, "event_id": event.id,
        "type": event.type, "mode": event.mode, "acled": event.acled, "status": event.status,
        "date": event.date.model_dump(mode="json"),
        "place": place.model_dump(mode="json", exclude={"mentions"}) if place else None,
        "actors": [_actor(record, a) for a in event.actor],
        "recipients": [_actor(record, a) for a in event.recipient],
        "fatalities": event.fatalities.model_dump(mode="json") if event.fatalities else None,
        "injuries": event.injuries.model_dump(mode="json")
        if getattr(event, "injuries", None) else None,
        "claimed_by": claimed_by,
        "claimed_by_names": [a["name"] for a in claimed_by] or [outlet_voice(record)],
        "evidence": [list(s) for s in event.evidence],
        "evidence_quotes": [quote(record.document.text, s) for s in event.evidence],
        "grade": grade,
        "claims": [claim_view(record, c) for c in related],
        "other_claims": [claim_view(record, c) for c in others],
        "framing": [framing_view(record, f) for f in record.framing],
        "links": event_links(record.document.id, event.id),
    }


def document_meta(record: Record) -> dict:
    d = record.document
    return {"id": d.id, "url": d.url, "title": d.title, "outlet": d.outlet, "author": d.author,
            "language": d.language, "published": d.published.model_dump(mode="json"),
            "origin": d.origin}


def event_marks(record: Record, event_id: Optional[str]) -> list[Mark]:
    """Highlights for the source text: the chosen event's evidence (other events' evidence
    fainter), every claim's content, every framing span, and the chosen event's actors and
    place where they are mentioned."""
    marks: list[Mark] = []
    for event in record.events:
        kind = "evidence" if event.id == event_id or event_id is None else "evidence-other"
        for start, end in event.evidence:
            marks.append(Mark(start, end, kind, f"evidence of {event.id} ({event.type})"))
    for claim in record.claims:
        speaker = _actor(record, claim.speaker)
        who = speaker["name"] if speaker else "the outlet"
        start, end = claim.content
        marks.append(Mark(start, end, "claim", f"claim {claim.id}: {who} ({claim.stance})"))
    for flag in record.framing:
        neutral = f" → neutral: {flag.neutral}" if flag.neutral else ""
        start, end = flag.span
        marks.append(Mark(start, end, "framing", f"{flag.technique.replace('_', ' ')}{neutral}"))
    event = next((e for e in record.events if e.id == event_id), None)
    if event is not None:
        for actor in record.actors:
            if actor.id in (*event.actor, *event.recipient):
                marks += [Mark(s, e, "actor", f"actor: {actor.name}") for s, e in actor.mentions]
        place = record.place(event.place) if event.place else None
        if place is not None:
            marks += [Mark(s, e, "place", f"place: {place.name}") for s, e in place.mentions]
    return marks


def highlighted(record: Record, event_id: Optional[str] = None):
    return segments(record.document.text, event_marks(record, event_id))
