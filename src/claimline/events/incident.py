"""One incident told by several events of a document.

The events stage keeps mentions apart when the parse gives them different doers or places ("Air
strikes hit Douma on Monday." … "Russian jets killed 18 civilians there."), so a report's one
attack can come out as several news events. Each violent news event whose way of killing matches
another's, whose day is compatible (within a day, or undated) and whose place can be the same
(not in another country or first-level unit, nor a town more than ``MAX_POINT_KM`` away; a town and
its governorate, or an unknown place, stay compatible) lists the others in
``Event.incident``, and takes from them what its own mentions do not say: a doer (as
``likely_actor``: a weaker reading than the parse of its own sentence), a toll (with the civilian
and fighter parts of that same figure) and a date. Every value taken is noted in
``Event.inferred`` with the event it comes from, where that event tells it (its evidence spans)
and who gives it (its ``claimed_by``). A toll summed over a period ("has killed 130 civilians since
February") is a campaign's, not the incident's, and is not lent.

Also here: ACLED's convention for battles (the dead of an armed clash are fighters unless the text
says civilians), noted in ``Event.inferred`` as a convention, and the date helpers that the three
notions of "same incident" share (mentions merged here, an incident's events, reports linked
across documents).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Optional

from ..geo import haversine_km
from ..record import Event, EventDate, Place, Record
from ..record.events import Inferred

#: statuses of events that have not happened or are told as background, not as the news
NOT_NEWS = ("recalled", "threatened", "hypothetical")

#: ACLED sub-type -> the way people were killed (one incident is told with one way of killing)
MEANS = {"Air/drone strike": "bombardment", "Shelling/artillery/missile attack": "bombardment",
         "Chemical weapon": "chemical", "Suicide bomb": "explosive",
         "Remote explosive/landmine/IED": "explosive", "Grenade": "explosive",
         "Armed clash": "firearms", "Attack": "firearms"}
#: PLOVER mode -> way of killing, for events with no more specific ACLED sub-type than "Attack"
MODE_MEANS = {"execute": "execution", "firearms": "firearms"}

#: a toll summed over a period ("has killed more than 130 civilians since mid-February",
#: "over the past week", "in recent days"): a campaign's, not one incident's
_CUMULATIVE = re.compile(r"\bsince\b|\b(?:over|in|during|throughout) the (?:past|last|previous)\b"
                         r"|\bin recent (?:days|weeks|months)\b", re.I)


def means(event: Event) -> Optional[str]:
    """How the event killed: bombardment, explosive, chemical, firearms, execution (None when
    its typing does not say)."""
    found = MODE_MEANS.get(event.mode or "") if event.acled in ("Attack", None) else None
    return found or MEANS.get(event.acled or "")


# --- dates shared by the notions of "same incident" -------------------------------------------

def _bound(value: str, last: bool) -> Optional[int]:
    try:
        if len(value) == 4:  # a year (or a decade's / century's first or last year)
            return dt.date(int(value), 12 if last else 1, 31 if last else 1).toordinal()
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def day_range(date: EventDate) -> Optional[tuple[int, int]]:
    """First and last day ordinals an event date covers; None when undated."""
    if date.precision == "unknown" or not date.start:
        return None
    first = _bound(date.start, last=False)
    last = _bound(date.end or date.start, last=True)
    if first is None or last is None:
        return None
    return first, max(first, last)


def day_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two day ranges (0 when they overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def dates_compatible(a: EventDate, b: EventDate, slack: int) -> bool:
    """Two dates can be one incident's: no more than ``slack`` days apart, or either undated."""
    ra, rb = day_range(a), day_range(b)
    return ra is None or rb is None or day_gap(ra, rb) <= slack


# --- places shared by the notions of "same incident" -----------------------------------------

#: places told at town precision (a point, not an area)
POINT_FEATURES = ("city", "village", "site", "mountain")
#: two points further apart than this are two incidents (a strike's target and the village named
#: beside it are a few km apart; a governorate of Syria or Iraq spans 100-300 km)
MAX_POINT_KM = 60.0


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance in km between two geocoded places."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def focus_country(record: Record) -> Optional[str]:
    """The country most of the report's place mentions lie in (None when no place has one)."""
    weight = Counter()
    for place in record.places:
        if place.country:
            weight[place.country] += max(1, len(place.mentions))
    return weight.most_common(1)[0][0] if weight else None


def incident_places(record: Record) -> dict[str, Optional[Place]]:
    """Each event's place as evidence of which incident it tells. A place geocoded outside the
    report's focus country is taken as unknown: in a report about one country a lone foreign match
    is more often a namesake picked by the gazetteer ("Castello" road in Aleppo, a village in
    Italy) than a second incident abroad, and an unknown place keeps events compatible."""
    focus = focus_country(record)
    places = {}
    for event in record.events:
        place = record.place(event.place)
        places[event.id] = (place if place is None or not place.country or place.country == focus
                            else None)
    return places


def places_compatible(a: Optional[Place], b: Optional[Place]) -> bool:
    """Two event places can be one incident's: either unknown, or one containing the other (a city
    and its governorate, a governorate and its country); not when they lie in different countries
    or first-level units, or are towns more than ``MAX_POINT_KM`` apart."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if (a.feature in POINT_FEATURES and b.feature in POINT_FEATURES
            and None not in (a.lat, a.lon, b.lat, b.lon)):
        return km_between(a, b) <= MAX_POINT_KM
    return True


# --- one incident told by several events -----------------------------------------------------

def is_news_assault(event: Event) -> bool:
    return event.type == "ASSAULT" and event.status not in NOT_NEWS


def same_incident(a: Event, b: Event,
                  places: Optional[dict[str, Optional[Place]]] = None) -> bool:
    """``a`` and ``b`` (violent news events of one report) tell one incident: one way of killing,
    days no more than one apart (or either undated) and, given the report's ``places`` (from
    ``incident_places``), places that can be one (see ``places_compatible``)."""
    return (is_news_assault(a) and is_news_assault(b) and means(a) == means(b)
            and dates_compatible(a.date, b.date, slack=1)
            and (places is None or places_compatible(places[a.id], places[b.id])))


def cumulative(record: Record, event: Event) -> bool:
    text = record.document.text
    return any(_CUMULATIVE.search(text[s:e]) for s, e in event.evidence)


def own_fatalities(event: Event):
    """The event's toll as its own mentions give it: None when it has none or it was lent by
    another event of the incident."""
    return None if any(i.field == "fatalities" for i in event.inferred) else event.fatalities


def _note(field: str, source: Event) -> Inferred:
    return Inferred(field=field, source=source.id, evidence=list(source.evidence),
                    claimed_by=list(source.claimed_by))


#: organisations that fight (military alliances); other organisations in the knowledge base
#: (UN agencies, NGOs, media) are never the doers of an attack
ARMED_ORGANIZATIONS = {"International coalition", "Saudi-led coalition", "NATO"}


def named_as_country(record: Record, actor, event: Event) -> bool:
    """Every mention of state ``actor`` in the event's evidence is the bare country name ("in
    Syria", "Syrias Aleppo"): a place, not its forces ("Syrian army", "regime forces", "Belgian
    jets") nor the leader of strikes ("US-led")."""
    from ..actors.kb import country_words
    if actor.kind != "state" or not actor.country:
        return False
    words, text = country_words(actor.country, adjective=False), record.document.text
    inside = [(s, e) for s, e in actor.mentions if any(a <= s < b for a, b in event.evidence)]
    return bool(inside) and all(
        _without_possessive(text[s:e].lower(), words) in words and text[e:e + 1] != "-"
        for s, e in inside)


def _without_possessive(mention: str, words) -> str:
    for tail in ("'s", "s"):  # punctuation-stripped sources write "Syrias"
        if mention.endswith(tail) and mention[:-len(tail)] in words:
            return mention[:-len(tail)]
    return mention


def armed_doers(record: Record, event: Event) -> list[str]:
    """The event's doers (parsed, then likely) that are fighting forces named as such: states
    (not named only as the country), armed groups, military alliances."""
    out = []
    for a in event.actor + event.likely_actor:
        actor = record.actor(a)
        if actor is None or named_as_country(record, actor, event):
            continue
        if actor.kind in ("state", "armed_group") or actor.name in ARMED_ORGANIZATIONS:
            out.append(a)
    return out


def _lend(record: Record, event: Event, told: list[Event], head: bool,
          vague: frozenset = frozenset()) -> None:
    if not armed_doers(record, event):
        doer = next((e for e in told if armed_doers(record, e)), None)
        if doer is not None:
            lent = [a for a in armed_doers(record, doer)
                    if a not in event.actor and a not in event.likely_actor]
            event.likely_actor = event.likely_actor + lent
            event.inferred.append(_note("likely_actor", doer))
    if (event.fatalities is None or event.id in vague) and head:
        tolled = next((e for e in told if e.fatalities and e.id not in vague
                       and not cumulative(record, e)), None)
        if tolled is not None:
            for field in ("fatalities", "civilian_fatalities", "combatant_fatalities"):
                value = getattr(tolled, field)
                if value is not None or event.id in vague:  # the figure's parts replace all
                    setattr(event, field, value.model_copy() if value is not None else None)
                    event.inferred.append(_note(field, tolled))
    if event.date.precision == "unknown":
        dated = [e for e in told if e.date.precision != "unknown"]
        dated.sort(key=lambda e: e.date.precision != "day")  # a day first, in text order
        if dated:
            event.date = dated[0].date.model_copy()
            event.inferred.append(_note("date", dated[0]))


def read_incidents(record: Record, vague: frozenset = frozenset()) -> None:
    """Fill ``incident`` and, from the events it names, what each violent news event lacks.
    Values are lent from the events as their own mentions give them, never from a lent one.
    ``vague``: ids of events whose toll is only a vague quantity ("hundreds dead"); as ACLED
    codes a vague quantity only where no figure is given, the incident's figure replaces it."""
    own = {e.id: e.model_copy(deep=True) for e in record.events}
    places = incident_places(record)
    for event in record.events:
        told = [own[o.id] for o in record.events
                if o is not event and same_incident(own[event.id], own[o.id], places)]
        event.incident = [o.id for o in told]
        if told:
            first = min(e.evidence[0][0] if e.evidence else 0 for e in told)
            _lend(record, event, told, head=bool(event.evidence) and event.evidence[0][0] < first,
                  vague=vague)


# --- coding conventions ----------------------------------------------------------------------

def battle_dead_are_fighters(event: Event) -> None:
    """ACLED: the dead of a battle are counted as fighters unless the text says civilians."""
    fighters = event.combatant_fatalities
    if (event.acled == "Armed clash" and event.fatalities is not None
            and event.civilian_fatalities is None
            and (fighters is None or fighters.best < event.fatalities.best)):
        event.combatant_fatalities = event.fatalities.model_copy()
        event.inferred.append(Inferred(field="combatant_fatalities", source="convention",
                                       rule="ACLED: battle deaths are fighters unless said "
                                            "civilians"))
