"""PLOVER JSON export: one object per event with the field names of the PLOVER event format
(event_id, event_date, event_type, mode, context, actor/recipient with name and country,
location, fatalities) as a JSON array. claimline's attribution and provenance, which PLOVER
has no field for, travel in a ``claimline`` object beside them.
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from ..record import Actor, Event, Record
from .common import evidence_text, fatalities
from .paging import iter_events


def _actor(actor: Optional[Actor]) -> Optional[dict]:
    if actor is None:
        return None
    return {"name": actor.name, "country": actor.country, "kind": actor.kind,
            "wikidata": actor.wikidata}


def _party(record: Record, ids: list[str]) -> tuple[Optional[dict], list[dict]]:
    """PLOVER has one actor and one recipient per event: the first is it, the rest associated."""
    found = [_actor(a) for i in ids if (a := record.actor(i)) is not None]
    return (found[0] if found else None), found[1:]


def _location(record: Record, event: Event) -> Optional[dict]:
    place = record.place(event.place)
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "admin1": place.admin1,
            "admin2": place.admin2, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "feature_type": place.feature,
            "precision": place.precision}


def _context(event: Event) -> list[str]:
    # the record has no context field yet; a stage may add one (models keep extra fields)
    value = getattr(event, "context", None)
    if isinstance(value, str):
        return [value]
    return list(value or [])


def plover_event(record: Record, event: Event) -> dict:
    doc = record.document
    actor, assoc_actor = _party(record, event.actor)
    recipient, assoc_recipient = _party(record, event.recipient)
    return {
        "event_id": f"{doc.id}/{event.id}",
        "event_date": event.date.start,
        "event_type": event.type,
        "mode": event.mode,
        "context": _context(event),
        "actor": actor, "assoc_actor": assoc_actor,
        "recipient": recipient, "assoc_recipient": assoc_recipient,
        "location": _location(record, event),
        "fatalities": fatalities(event),
        "event_text": evidence_text(record, event),
        "story_date": doc.published.date,
        "source": doc.outlet,
        "url": doc.url,
        "headline": doc.title,
        "claimline": {
            "document": doc.id, "event": event.id, "status": event.status,
            "claimed_by": [a.name for i in event.claimed_by if (a := record.actor(i))],
            "date_end": event.date.end, "date_precision": event.date.precision,
            "acled": event.acled, "evidence": [list(s) for s in event.evidence],
        },
    }


def stream_plover(store, flt=None) -> Iterator[str]:
    yield "["
    sep = "\n"
    for record, event, _ in iter_events(store, flt):
        yield sep + json.dumps(plover_event(record, event), ensure_ascii=False)
        sep = ",\n"
    yield "\n]\n"
