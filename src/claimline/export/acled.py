"""Events as ACLED-style rows (their column names), for CSV exports and pandas DataFrames."""
from __future__ import annotations

from typing import Iterable

from ..record import Record

#: ACLED event_type for each ACLED sub_event_type
ACLED_EVENT_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

#: ACLED time_precision: 1 exact day, 2 week or a few days, 3 month or vaguer
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "decade": 3, "century": 3,
                  "unknown": 3}

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    # claimline's own columns: provenance and attribution that ACLED keeps implicit
    "fatalities_low", "fatalities_high", "status", "claimed_by", "plover_type", "plover_mode",
    "document_id", "event_id", "published",
]


def _country(alpha2: str | None) -> tuple[str | None, str | None]:
    if not alpha2:
        return None, None
    import pycountry
    c = pycountry.countries.get(alpha_2=alpha2)
    return (c.name, c.numeric) if c else (alpha2, None)


def _geo_precision(where_prec: int | None) -> int | None:
    # ACLED geo_precision: 1 exact town, 2 near/part of a region, 3 larger region
    if where_prec is None:
        return None
    return 1 if where_prec <= 2 else 2 if where_prec <= 4 else 3


def event_rows(record: Record) -> list[dict]:
    rows = []
    names = {a.id: a.name for a in record.actors}
    doc = record.document
    for ev in record.events:
        place = record.place(ev.place)
        country, iso = _country(place.country if place else None)
        code = (place.country if place and place.country else "XX")
        start = ev.date.start
        rows.append({
            "event_id_cnty": f"{code}-{doc.id[4:12]}-{ev.id}",
            "event_date": start, "year": int(start[:4]) if start and start[:4].isdigit() else None,
            "time_precision": TIME_PRECISION.get(ev.date.precision, 3),
            "event_type": ACLED_EVENT_TYPE.get(ev.acled) if ev.acled else None,
            "sub_event_type": ev.acled,
            "actor1": names.get(ev.actor[0]) if ev.actor else None,
            "assoc_actor_1": "; ".join(names.get(a, a) for a in ev.actor[1:]) or None,
            "actor2": names.get(ev.recipient[0]) if ev.recipient else None,
            "assoc_actor_2": "; ".join(names.get(a, a) for a in ev.recipient[1:]) or None,
            "iso": int(iso) if iso else None, "country": country,
            "admin1": place.admin1 if place else None, "admin2": place.admin2 if place else None,
            "location": place.name if place else None,
            "latitude": place.lat if place else None, "longitude": place.lon if place else None,
            "geo_precision": _geo_precision(place.precision) if place else None,
            "source": doc.outlet, "notes": record.summary or None,
            "fatalities": ev.fatalities.best if ev.fatalities else 0,
            "fatalities_low": ev.fatalities.low if ev.fatalities else None,
            "fatalities_high": ev.fatalities.high if ev.fatalities else None,
            "status": ev.status,
            "claimed_by": "; ".join(names.get(a, a) for a in ev.claimed_by) or None,
            "plover_type": ev.type, "plover_mode": ev.mode,
            "document_id": doc.id, "event_id": ev.id, "published": doc.published.date,
        })
    return rows


def to_dataframe(records: Record | Iterable[Record]):
    """One row per event with ACLED-style columns (plus claimline's provenance columns)."""
    import pandas as pd
    if isinstance(records, Record):
        records = [records]
    rows = [row for rec in records if isinstance(rec, Record) for row in event_rows(rec)]
    return pd.DataFrame(rows, columns=COLUMNS)
