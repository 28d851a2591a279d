"""Records built directly (pydantic models) so linking tests do not depend on other stages."""
from __future__ import annotations

from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place, Published,
                              Record, document_id)

PLACES = {
    "Karachok": dict(lat=37.08, lon=42.20, country="SY", admin1="Al-Hasakah", feature="mountain",
                     precision=2),
    "Derik": dict(lat=37.07, lon=42.10, country="SY", admin1="Al-Hasakah", feature="city",
                  precision=1),
    "Aleppo": dict(lat=36.20, lon=37.16, country="SY", admin1="Aleppo", feature="city",
                   precision=1),
    "Idlib": dict(lat=35.93, lon=36.63, country="SY", admin1="Idlib", feature="city",
                  precision=1),
    "Damascus": dict(lat=33.51, lon=36.29, country="SY", admin1="Damascus", feature="city",
                     precision=1),
    "Syria": dict(lat=35.0, lon=38.0, country="SY", admin1=None, feature="country",
                  precision=6),
    "Washington": dict(lat=38.90, lon=-77.04, country="US", admin1="Washington, D.C.",
                       feature="admin1", precision=4),
    "Halabja": dict(lat=35.18, lon=45.99, country="IQ", admin1="Halabja", feature="city",
                    precision=1),
}
KINDS = {"Turkey": "state", "SDF": "armed_group", "YPG": "armed_group", "ISIS": "armed_group",
         "Syrian government": "state", "Russia": "state", "Syrian opposition": "armed_group",
         "civilians": "population"}


def make_record(text: str, outlet: str | None = "Reuters", published: str = "2017-04-26",
                events: list[dict] = (), title: str | None = None,
                affiliations: dict | None = None) -> Record:
    """A record whose events are given as dicts: type, date, precision, place, actor,
    recipient, claimed_by, fatalities (best or (low, best, high)), status, acled."""
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}

    def actor_ids(names):
        ids = []
        for name in names or ():
            if name not in actors:
                actors[name] = Actor(id=f"A{len(actors) + 1}", name=name,
                                     kind=KINDS.get(name, "other"),
                                     affiliations=(affiliations or {}).get(name, []))
            ids.append(actors[name].id)
        return ids

    built = []
    for i, spec in enumerate(events, 1):
        place_id = None
        if spec.get("place"):
            name = spec["place"]
            if name not in places:
                places[name] = Place(id=f"P{len(places) + 1}", name=name, **PLACES[name])
            place_id = places[name].id
        fat = spec.get("fatalities")
        if isinstance(fat, int):
            fat = Fatalities(low=fat, best=fat, high=fat)
        elif fat is not None:
            fat = Fatalities(low=fat[0], best=fat[1], high=fat[2])
        built.append(Event(
            id=f"E{i}", type=spec.get("type", "ASSAULT"), mode=spec.get("mode"),
            acled=spec.get("acled"), actor=actor_ids(spec.get("actor")),
            recipient=actor_ids(spec.get("recipient")), place=place_id,
            date=EventDate(start=spec.get("date"), end=spec.get("end"),
                           precision=spec.get("precision", "day" if spec.get("date") else
                                              "unknown")),
            fatalities=fat, status=spec.get("status", "reported"),
            claimed_by=actor_ids(spec.get("claimed_by")),
            evidence=[(0, min(len(text), 200))]))
    doc = Document(id=document_id(text + (outlet or "")), outlet=outlet, title=title,
                   published=Published(date=published, source="user"), text=text)
    return Record(document=doc, actors=list(actors.values()), places=list(places.values()),
                  events=built)


STRIKE = ("Turkish warplanes struck positions of the Kurdish YPG on Mount Karachok near Derik "
          "in northeast Syria on Tuesday, killing fighters and media officials at a radio "
          "station and a command centre, the group said.")
