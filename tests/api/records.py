"""Hand-built records for the API tests: spans are found in the text by phrase, so every
highlight points at real words, and the tests do not depend on the analysis stages."""
from __future__ import annotations

from claimline.record import (Actor, Claim, Document, Event, EventDate, Fatalities, Framing,
                              Place, Published, Record, document_id)


def span(text: str, phrase: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [start, start + len(phrase)]


def build(text: str, published: str, outlet: str, actors=(), places=(), events=(), claims=(),
          framing=(), url: str | None = None) -> Record:
    acts = [Actor(id=f"A{i}", name=a["name"], kind=a.get("kind", "other"),
                  country=a.get("country"), mentions=[span(text, m) for m in a.get("mentions", ())])
            for i, a in enumerate(actors, 1)]
    by_name = {a.name: a.id for a in acts}
    pls = [Place(id=f"P{i}", name=p["name"], lat=p.get("lat"), lon=p.get("lon"),
                 country=p.get("country"), admin1=p.get("admin1"), admin2=p.get("admin2"),
                 feature=p.get("feature", "city"), precision=p.get("precision", 2),
                 mentions=[span(text, m) for m in p.get("mentions", ())])
           for i, p in enumerate(places, 1)]
    place_id = {p.name: p.id for p in pls}
    evs = []
    for i, e in enumerate(events, 1):
        fat = e.get("fatalities")
        evs.append(Event(
            id=f"E{i}", type=e["type"], mode=e.get("mode"), acled=e.get("acled"),
            actor=[by_name[n] for n in e.get("actor", ())],
            recipient=[by_name[n] for n in e.get("recipient", ())],
            place=place_id.get(e.get("place")),
            date=EventDate(start=e.get("start"), end=e.get("end", e.get("start")),
                           precision=e.get("precision", "day" if e.get("start") else "unknown")),
            fatalities=Fatalities(low=fat[0], best=fat[1], high=fat[2]) if fat else None,
            status=e.get("status", "reported"),
            claimed_by=[by_name[n] for n in e.get("claimed_by", ())],
            evidence=[span(text, p) for p in e.get("evidence", ())]))
    cls = [Claim(id=f"C{i}", speaker=by_name.get(c.get("speaker")), kind=c.get("kind", "indirect"),
                 cue=c.get("cue"), content=span(text, c["content"]), stance=c.get("stance", "assert"),
                 targets=[by_name[n] for n in c.get("targets", ())], events=list(c.get("events", ())))
           for i, c in enumerate(claims, 1)]
    frs = [Framing(span=span(text, f["text"]), text=f["text"], technique=f.get("technique",
                   "loaded_language"), neutral=f.get("neutral"), voice=by_name.get(f.get("voice")))
           for f in framing]
    doc = Document(id=document_id(text), url=url, title=text.split(".")[0][:80], outlet=outlet,
                   published=Published(date=published, source="user"), text=text,
                   origin="<test>")
    return Record(document=doc, actors=acts, places=pls, events=evs, claims=cls, framing=frs,
                  summary="", pipeline={"test": "1"})


KARACHOK = ("Turkish warplanes struck Mount Karachok near Derik on 25 April 2017, killing 20 "
            "fighters, the SDF said. The SDF accused the Turkish occupation state of "
            "cooperating with the ISIS mercenaries. Turkey said the strikes targeted terrorists.")
IDLIB = ("Syrian government forces shelled the town of Ariha in Idlib on 12 June 2020, killing "
         "five civilians, according to the Syrian Observatory for Human Rights. The government "
         "denied targeting civilians and blamed terrorist gangs.")
BAGHDAD = ("Thousands of protesters gathered in Tahrir Square in Baghdad on 3 May 2019 to demand "
           "jobs and an end to corruption. Police fired tear gas, witnesses said.")
KHARTOUM = ("Police arrested 30 activists in Khartoum on 2 January 2022, a rights group said. "
            "Authorities did not comment.")
SHABELLE = ("Al-Shabaab fighters attacked an army base in Lower Shabelle, the militants claimed "
            "in a statement. Officials said the attack was repelled.")


def sample_records() -> list[Record]:
    return [
        build(KARACHOK, "2023-04-25", "ANHA",
              actors=[{"name": "Turkey", "kind": "state", "country": "TUR",
                       "mentions": ["Turkish warplanes", "Turkish occupation state", "Turkey"]},
                      {"name": "Syrian Democratic Forces", "kind": "armed_group", "country": "SYR",
                       "mentions": ["SDF"]},
                      {"name": "ISIS", "kind": "armed_group", "mentions": ["ISIS mercenaries"]}],
              places=[{"name": "Karachok", "lat": 37.0186, "lon": 42.1836, "country": "SY",
                       "admin1": "Al-Hasakah", "admin2": "Al-Malikiyah", "feature": "mountain",
                       "mentions": ["Mount Karachok"]}],
              events=[{"type": "ASSAULT", "mode": "aerial", "acled": "Air/drone strike",
                       "actor": ["Turkey"], "recipient": ["Syrian Democratic Forces"],
                       "place": "Karachok", "start": "2017-04-25", "fatalities": (20, 20, 20),
                       "status": "recalled", "claimed_by": ["Syrian Democratic Forces"],
                       "evidence": ["Turkish warplanes struck Mount Karachok near Derik on 25 "
                                    "April 2017, killing 20 fighters"]}],
              claims=[{"speaker": "Syrian Democratic Forces", "cue": "said", "stance": "assert",
                       "content": "Turkish warplanes struck Mount Karachok near Derik on 25 April "
                                  "2017, killing 20 fighters", "events": ["E1"]},
                      {"speaker": "Syrian Democratic Forces", "cue": "accused", "stance": "accuse",
                       "content": "the Turkish occupation state of cooperating with the ISIS "
                                  "mercenaries", "targets": ["Turkey"]},
                      {"speaker": "Turkey", "cue": "said", "stance": "deny",
                       "content": "the strikes targeted terrorists", "events": ["E1"]}],
              framing=[{"text": "occupation state", "technique": "name_calling",
                        "neutral": "Turkey", "voice": "Syrian Democratic Forces"},
                       {"text": "mercenaries", "technique": "loaded_language",
                        "neutral": "fighters", "voice": "Syrian Democratic Forces"}]),
        build(IDLIB, "2020-06-13", "Example Wire",
              actors=[{"name": "Syrian government", "kind": "state", "country": "SYR",
                       "mentions": ["Syrian government forces", "The government"]},
                      {"name": "Syrian Observatory for Human Rights", "kind": "organization",
                       "mentions": ["Syrian Observatory for Human Rights"]},
                      {"name": "civilians", "kind": "population", "mentions": ["civilians"]}],
              places=[{"name": "Ariha", "lat": 35.8135, "lon": 36.6105, "country": "SY",
                       "admin1": "Idlib", "feature": "city", "mentions": ["Ariha"]}],
              events=[{"type": "ASSAULT", "mode": "artillery", "acled": "Shelling/artillery/missile "
                       "attack", "actor": ["Syrian government"], "recipient": ["civilians"],
                       "place": "Ariha", "start": "2020-06-12", "fatalities": (5, 5, 5),
                       "status": "claimed", "claimed_by": ["Syrian Observatory for Human Rights"],
                       "evidence": ["shelled the town of Ariha in Idlib on 12 June 2020, killing "
                                    "five civilians"]}],
              claims=[{"speaker": "Syrian government", "cue": "denied", "stance": "deny",
                       "content": "targeting civilians", "events": ["E1"]}],
              framing=[{"text": "terrorist gangs", "technique": "name_calling",
                        "neutral": "armed groups", "voice": "Syrian government"}]),
        build(BAGHDAD, "2019-05-03", "Example Wire",
              actors=[{"name": "protesters", "kind": "population", "mentions": ["protesters"]},
                      {"name": "Police (Iraq)", "kind": "state", "country": "IRQ",
                       "mentions": ["Police"]}],
              places=[{"name": "Baghdad", "lat": 33.3406, "lon": 44.4009, "country": "IQ",
                       "admin1": "Baghdad", "feature": "city", "mentions": ["Baghdad"]}],
              events=[{"type": "PROTEST", "acled": "Peaceful protest", "actor": ["protesters"],
                       "place": "Baghdad", "start": "2019-05-03",
                       "evidence": ["protesters gathered in Tahrir Square in Baghdad"]},
                      {"type": "ASSAULT", "acled": "Excessive force against protesters",
                       "actor": ["Police (Iraq)"], "recipient": ["protesters"], "place": "Baghdad",
                       "start": "2019-05-03", "evidence": ["Police fired tear gas"]}]),
        build(KHARTOUM, "2022-01-02", "Example Wire",
              actors=[{"name": "Police (Sudan)", "kind": "state", "country": "SDN",
                       "mentions": ["Police"]},
                      {"name": "activists", "kind": "population", "mentions": ["activists"]}],
              places=[{"name": "Khartoum", "lat": 15.5518, "lon": 32.5324, "country": "SD",
                       "admin1": "Khartoum", "feature": "city", "mentions": ["Khartoum"]}],
              events=[{"type": "COERCE", "acled": "Arrests", "actor": ["Police (Sudan)"],
                       "recipient": ["activists"], "place": "Khartoum", "start": "2022-01",
                       "end": "2022-01", "precision": "month",
                       "evidence": ["Police arrested 30 activists in Khartoum"]}]),
        build(SHABELLE, "2021-07-08", "Example Wire",
              actors=[{"name": "Al-Shabaab", "kind": "armed_group", "mentions": ["Al-Shabaab"]}],
              places=[{"name": "Lower Shabelle", "lat": 1.8, "lon": 44.6, "country": "SO",
                       "admin1": "Lower Shabelle", "feature": "admin1", "precision": 4,
                       "mentions": ["Lower Shabelle"]}],
              events=[{"type": "ASSAULT", "acled": "Armed clash", "actor": ["Al-Shabaab"],
                       "place": "Lower Shabelle", "status": "claimed",
                       "claimed_by": ["Al-Shabaab"],
                       "evidence": ["Al-Shabaab fighters attacked an army base"]}]),
    ]
