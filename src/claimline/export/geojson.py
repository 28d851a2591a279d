"""GeoJSON (RFC 7946) export: a FeatureCollection with one Point feature per event.

Coordinates are the event place's [lon, lat]; events without a located place keep
``"geometry": null`` (allowed by RFC 7946) so that the export stays complete.
"""
from __future__ import annotations

import json
from typing import Iterator

from ..record import Event, Record
from .acled import ACLED_EVENT_TYPE
from .common import fatalities, names
from .paging import iter_events


def feature(record: Record, event: Event) -> dict:
    place = record.place(event.place)
    geometry = None
    if place is not None and place.lat is not None and place.lon is not None:
        geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
    doc = record.document
    fat = fatalities(event)
    return {
        "type": "Feature",
        "id": f"{doc.id}/{event.id}",
        "geometry": geometry,
        "properties": {
            "document": doc.id, "event": event.id,
            "type": event.type, "mode": event.mode, "acled": event.acled,
            "acled_event_type": ACLED_EVENT_TYPE.get(event.acled) if event.acled else None,
            "date": event.date.start, "date_end": event.date.end,
            "precision": event.date.precision,
            "actors": names(record, event.actor), "recipients": names(record, event.recipient),
            "place": place.name if place else None,
            "country": place.country if place else None,
            "admin1": place.admin1 if place else None, "admin2": place.admin2 if place else None,
            "geo_precision": place.precision if place else None,
            "fatalities": fat["best"] if fat else None,
            "fatalities_low": fat["low"] if fat else None,
            "fatalities_high": fat["high"] if fat else None,
            "status": event.status, "claimed_by": names(record, event.claimed_by),
            "outlet": doc.outlet, "title": doc.title, "url": doc.url,
            "published": doc.published.date,
        },
    }


def stream_geojson(store, flt=None) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    sep = "\n"
    for record, event, _ in iter_events(store, flt):
        yield sep + json.dumps(feature(record, event), ensure_ascii=False)
        sep = ",\n"
    yield "\n]}\n"
