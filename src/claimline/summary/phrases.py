"""Noun phrases, dates, places and event clauses for the neutral summary."""
from __future__ import annotations

import datetime as dt

from ..record import Event, Record

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GROUP_KINDS = {"armed_group", "organization", "political_group"}

#: ACLED sub-event type -> what happened, as a noun phrase
ACLED_NOUN = {
    "Air/drone strike": "an air strike",
    "Shelling/artillery/missile attack": "shelling",
    "Suicide bomb": "a suicide bombing",
    "Remote explosive/landmine/IED": "an explosion",
    "Armed clash": "clashes",
    "Attack": "an attack",
    "Grenade": "a grenade attack",
    "Chemical weapon": "a chemical attack",
    "Abduction/forced disappearance": "an abduction",
    "Sexual violence": "sexual violence",
    "Looting/property destruction": "looting and destruction",
    "Arrests": "arrests",
    "Government regains territory": "a takeover of territory",
    "Non-state actor overtakes territory": "a takeover of territory",
    "Peaceful protest": "a protest",
    "Protest with intervention": "a protest",
    "Violent demonstration": "a violent demonstration",
    "Mob violence": "mob violence",
}
MODE_NOUN = {"aerial": "an air strike", "artillery": "shelling", "explosive": "an explosion",
             "suicide": "a suicide bombing", "chemical": "a chemical attack",
             "firearms": "an armed attack", "drone": "a drone strike"}
TYPE_NOUN = {"ASSAULT": "an attack", "FIGHT": "fighting", "COERCE": "a use of force",
             "PROTEST": "a protest", "MOBILIZE": "a mobilisation", "SANCTION": "sanctions",
             "RETREAT": "a withdrawal", "AID": "aid", "COOPERATE": "cooperation",
             "AGREE": "an agreement", "CONSULT": "talks", "CONCEDE": "a concession",
             "THREATEN": "a threat", "REQUEST": "a request", "REJECT": "a rejection",
             "ACCUSE": "an accusation", "SUPPORT": "support"}


def actor_phrase(record: Record, actor_id: str | None, start: bool = False) -> str:
    actor = record.actor(actor_id)
    if actor is None:
        return "the outlet" if not start else "The outlet"
    name = actor.name
    if getattr(actor, "origin", None) == "claims" and name[:1].islower():
        phrase = name if name.endswith("s") else f"a {name}"
    elif actor.kind in GROUP_KINDS and len(name.split()) > 1 and not name.lower().startswith("the "):
        phrase = f"the {name}"
    else:
        phrase = name
    return phrase[:1].upper() + phrase[1:] if start else phrase


def join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def actors_phrase(record: Record, ids, start: bool = False) -> str:
    phrases = [actor_phrase(record, i) for i in ids]
    text = join(phrases)
    return text[:1].upper() + text[1:] if start and text else text


def date_phrase(event: Event) -> str:
    d, precision = event.date.start, event.date.precision
    if not d:
        return ""
    try:
        if precision == "day" and len(d) >= 10:
            day = dt.date.fromisoformat(d[:10])
            return f"on {day.day} {MONTHS[day.month - 1]} {day.year}"
        if precision == "month" and len(d) >= 7:
            return f"in {MONTHS[int(d[5:7]) - 1]} {d[:4]}"
        if precision in {"year", "week"} and len(d) >= 4:
            return f"in {d[:4]}"
        if precision == "decade" and len(d) >= 3:
            return f"in the {d[:3]}0s"
        if precision == "century" and len(d) >= 2:
            return f"in the {int(d[:2]) + 1}th century"
    except (ValueError, IndexError):
        return ""
    return ""


def place_phrase(record: Record, event: Event) -> str:
    place = record.place(event.place)
    if place is None:
        return ""
    where = place.name
    if place.admin1 and place.admin1 != place.name and place.feature not in {"country", "admin1"}:
        where += f" ({place.admin1})"
    return f"in {where}"


def event_clause(record: Record, event: Event) -> str:
    """"Turkey carried out an air strike against the YPG in Karachok on 25 April 2017, killing
    20 people" — built from the event's fields only."""
    noun = ACLED_NOUN.get(event.acled or "") or MODE_NOUN.get(event.mode or "") \
        or TYPE_NOUN.get(event.type, f"an event of type {event.type}")
    actor = actors_phrase(record, event.actor)
    recipient = actors_phrase(record, event.recipient)
    if actor:
        clause = f"{actor} carried out {noun}" if noun[:2] in {"an", "a "} or noun.endswith("ing") \
            else f"{actor} was involved in {noun}"
        if recipient:
            clause += f" against {recipient}"
    else:
        clause = f"{noun} hit {recipient}" if recipient else f"there was {noun}"
    tail = " ".join(p for p in (place_phrase(record, event), date_phrase(event)) if p)
    if tail:
        clause += " " + tail
    if event.fatalities and event.fatalities.best:
        f = event.fatalities
        count = f"{f.best:,}" if f.low == f.high else f"{f.low:,} to {f.high:,}"
        clause += f", killing {count} {'person' if f.best == 1 else 'people'}"
    return clause
