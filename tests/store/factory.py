"""Records built directly from the models, so storage and export tests do not depend on the
quality of the analysis stages."""
from __future__ import annotations

from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place, Published,
                              Record, document_id)

ACTORS = {
    "Turkey": ("state", "TUR"), "SDF": ("armed_group", "SYR"), "YPG": ("armed_group", "SYR"),
    "ISIS": ("armed_group", None), "Police": ("state", "NGA"), "Protesters": ("population", None),
}
PLACES = {
    "Karachok": (37.08, 42.20, "SY", "Al-Hasakah", "Al-Malikiyah"),
    "Qamishli": (37.05, 41.23, "SY", "Al-Hasakah", "Qamishli"),
    "Lagos": (6.45, 3.39, "NG", "Lagos", None),
    "Nowhere": (None, None, None, None, None),
}


def make_record(text: str, events: list[dict], outlet: str = "ANHA",
                published: str = "2023-04-25", title: str | None = None) -> Record:
    """A record whose events are given as dicts: type, actor/recipient/claimed_by (names),
    place (name), start/end/precision, fatalities (best), status, acled, mode, and context
    (an extra field: the record model has none yet)."""
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}

    def actor_ids(names):
        ids = []
        for name in names:
            if name not in actors:
                kind, country = ACTORS.get(name, ("other", None))
                actors[name] = Actor(id=f"A{len(actors) + 1}", name=name, kind=kind,
                                     country=country)
            ids.append(actors[name].id)
        return ids

    def place_id(name):
        if name is None:
            return None
        if name not in places:
            lat, lon, country, admin1, admin2 = PLACES.get(name, (None, None, None, None, None))
            places[name] = Place(id=f"P{len(places) + 1}", name=name, lat=lat, lon=lon,
                                 country=country, admin1=admin1, admin2=admin2,
                                 precision=1 if lat is not None else 6)
        return places[name].id

    evs = []
    for n, spec in enumerate(events, start=1):
        best = spec.get("fatalities")
        evs.append(Event(
            id=f"E{n}", type=spec.get("type", "ASSAULT"), mode=spec.get("mode"),
            acled=spec.get("acled"), actor=actor_ids(spec.get("actor", [])),
            recipient=actor_ids(spec.get("recipient", [])), place=place_id(spec.get("place")),
            date=EventDate(start=spec.get("start"), end=spec.get("end"),
                           precision=spec.get("precision", "day" if spec.get("start") else
                                              "unknown")),
            fatalities=Fatalities(low=best, best=best, high=best) if best is not None else None,
            status=spec.get("status", "reported"),
            claimed_by=actor_ids(spec.get("claimed_by", [])),
            evidence=[(0, min(len(text), 20))],
            **({"context": spec["context"]} if "context" in spec else {})))
    doc = Document(id=document_id(text), text=text, outlet=outlet, title=title,
                   published=Published(date=published, source="user"), origin="<test>")
    return Record(document=doc, actors=list(actors.values()), places=list(places.values()),
                  events=evs, pipeline={"test": "1"})


def corpus() -> list[Record]:
    """Three documents, five events with distinct actors, places, dates, types and statuses."""
    return [
        make_record("Turkish jets struck Mount Karachok, killing 20 fighters, the SDF said.", [
            {"type": "ASSAULT", "mode": "aerial", "acled": "Air/drone strike",
             "actor": ["Turkey"], "recipient": ["YPG"], "place": "Karachok",
             "start": "2017-04-25", "fatalities": 20, "status": "recalled",
             "claimed_by": ["SDF"]},
            {"type": "ACCUSE", "actor": ["SDF"], "recipient": ["Turkey"],
             "start": "2023-04-25", "status": "reported"},
        ], title="Anniversary statement"),
        make_record("Police fired tear gas at protesters in Lagos in March 2021.", [
            {"type": "PROTEST", "acled": "Protest with intervention", "actor": ["Protesters"],
             "place": "Lagos", "start": "2021-03", "precision": "month", "status": "reported"},
            {"type": "ASSAULT", "acled": "Excessive force against protesters",
             "actor": ["Police"], "recipient": ["Protesters"], "place": "Lagos",
             "start": "2021-03-02", "fatalities": 1, "status": "claimed",
             "claimed_by": ["Protesters"]},
        ], outlet="Premium Times", published="2021-03-03"),
        make_record("ISIS denied shelling Qamishli during 2019.", [
            {"type": "ASSAULT", "mode": "artillery", "acled": "Shelling/artillery/missile attack",
             "actor": ["ISIS"], "recipient": [], "place": "Qamishli", "start": "2019",
             "precision": "year", "status": "denied"},
        ], outlet="Hawar", published="2019-12-30"),
    ]
