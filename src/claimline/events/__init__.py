"""The events stage: who did what to whom, where, when, how many died, and according to whom.

Per sentence: triggers from a lexicon (lemmas and phrases), typed as PLOVER category + mode and
ACLED sub_event_type with the sentence's weapon cues; actor and recipient from the dependency
parse; killed / injured counts; place and date from the places and time stages' helpers; status
from the clause's cues. Mentions of one event within the document are then merged, and events
that tell one incident lend each other what they lack (events/incident.py).
"""
from __future__ import annotations

import re

from ..pipeline import stage
from ..record import Event, EventDate, Fatalities, Record
from .arguments import ActorIndex, ActorSpan
from .build import Mention, mentions_of
from .incident import battle_dead_are_fighters, read_incidents
from .merge import merge_mentions

__all__ = ["find_events", "actor_index"]

_BACKED = re.compile(r"-(?:backed|led|allied|aligned|affiliated|supported|sponsored|funded)\b",
                     re.I)


def actor_index(record: Record) -> ActorIndex:
    from ..actors.kb import GENERIC
    text = record.document.text
    spans = []
    for a in record.actors:
        for s, e in a.mentions:
            spans.append(ActorSpan(s, e, a.id, a.kind, a.name in GENERIC,
                                   bool(_BACKED.match(text, e))))
    return ActorIndex(spans)


def _figure(counts, kind: str, civilian: bool | None = None) -> Fatalities | None:
    """The largest ``kind`` count; with ``civilian`` True/False only counts said to be of
    civilians / of combatants. A vague quantity ("hundreds") counts only where the event's
    mentions give no figure of that kind (ACLED's rule for vague reports)."""
    chosen = [c for c in counts if c.kind == kind and (civilian is None or c.civilian is civilian)]
    if not chosen:
        return None
    chosen = [c for c in chosen if not c.vague] or chosen
    top = max(chosen, key=lambda c: c.best)
    return Fatalities(low=top.low, best=top.best, high=max(top.high, top.best))


def _event(i: int, m: Mention) -> Event:
    guessed = m.inferred_actor
    return Event(id=f"E{i}", type=m.plover, mode=m.mode, acled=m.acled,
                 actor=[] if guessed else m.actor, likely_actor=m.actor if guessed else [],
                 recipient=m.recipient, place=m.place, date=m.date or EventDate(),
                 fatalities=_figure(m.counts, "killed"), injuries=_figure(m.counts, "injured"),
                 civilian_fatalities=_figure(m.counts, "killed", civilian=True),
                 combatant_fatalities=_figure(m.counts, "killed", civilian=False),
                 status=m.status, claimed_by=m.claimed_by, evidence=m.evidence,
                 trigger=m.trigger.token.text)


@stage("events", version="1")
def find_events(record: Record, doc) -> Record:
    if doc is None or not record.document.text:
        record.events = []
        return record
    mentions = mentions_of(record, doc, actor_index(record))
    merged = merge_mentions(mentions)
    merged.sort(key=lambda m: m.evidence[0][0] if m.evidence else 0)
    record.events = [_event(i, m) for i, m in enumerate(merged, 1)]
    for event in record.events:
        battle_dead_are_fighters(event)
    read_incidents(record, vague=frozenset(
        e.id for e, m in zip(record.events, merged)
        if e.fatalities and all(c.vague for c in m.counts if c.kind == "killed")))
    return record
