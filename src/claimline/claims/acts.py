"""Claims and events: which events a claim speaks about, who claims each event, and the
speech-act events (ACCUSE, THREATEN, REQUEST, REJECT, SUPPORT) that the claims themselves are."""
from __future__ import annotations

import re

from ..record import Claim, Event, EventDate, Record
from .lexicon import STANCE_EVENT

_TODAY = re.compile(r"\b(today|this morning|this afternoon|this evening|tonight)\b", re.I)


def _inside(evidence, content) -> bool:
    """Most of the evidence span lies inside the claim's content."""
    overlap = min(evidence[1], content[1]) - max(evidence[0], content[0])
    return overlap > 0 and overlap * 2 >= (evidence[1] - evidence[0])


def link_events(record: Record, claims: list[Claim]) -> list[Event]:
    """Fill ``claim.events`` and add each claim's speaker to the ``claimed_by`` of the events
    whose evidence lies in its content (the figures are that party's). Events keep their status."""
    events = []
    for ev in record.events:
        speakers = list(ev.claimed_by)
        for claim in claims:
            if any(_inside(span, claim.content) for span in ev.evidence):
                if ev.id not in claim.events:
                    claim.events.append(ev.id)
                if claim.speaker and claim.speaker not in speakers:
                    speakers.append(claim.speaker)
        events.append(ev.model_copy(update={"claimed_by": speakers}) if speakers != ev.claimed_by
                      else ev)
    return events


def speech_act_events(record: Record, doc, claims: list[Claim], events: list[Event]
                      ) -> list[Event]:
    """One event per speaker, target and stance in a document, dated by its statement."""
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        kind = STANCE_EVENT.get(claim.stance)
        if not kind or not claim.speaker:
            continue
        for target in claim.targets:
            if target != claim.speaker:
                groups.setdefault((claim.speaker, target, kind), []).append(claim)
    if not groups:
        return []
    next_id = 1 + max((int(e.id[1:]) for e in events if e.id[:1] == "E" and e.id[1:].isdigit()),
                      default=0)
    made = []
    for (speaker, target, kind), members in groups.items():
        evidence = []
        for c in members:
            for span in (c.cue_span, c.content):
                if span and tuple(span) not in evidence:
                    evidence.append(tuple(span))
        first = members[0]
        ev = Event(id=f"E{next_id}", type=kind, actor=[speaker], recipient=[target],
                   date=statement_date(record, doc, first), status="reported",
                   claimed_by=[speaker], evidence=sorted(evidence),
                   trigger=first.cue)
        ev.origin = "claims"
        made.append(ev)
        next_id += 1
    return made


def statement_date(record: Record, doc, claim: Claim) -> EventDate:
    """When the statement was made: the time stage's dating of the cue when available, else the
    publication date when the text presents the statement as today's news."""
    span = claim.cue_span or claim.content
    try:
        from ..time.dating import event_date
    except ImportError:
        event_date = None
    if event_date is not None:
        try:
            found = event_date(record, doc, span)
        except Exception:  # the dating helper is another stage's: a failure must not lose claims
            found = None
        used = None
        if isinstance(found, tuple):  # (EventDate, index of the time expression it used)
            found, used = (found + (None, None))[:2]
        if isinstance(found, dict):
            found = EventDate(**found)
        if used is not None and 0 <= used < len(record.times):
            t_span = record.times[used].span
            if claim.content[0] <= t_span[0] < claim.content[1]:
                found = None  # a date inside what is said dates the content, not the saying
        if isinstance(found, EventDate) and found.start:
            return found
    published = record.document.published.date
    dated = _dated_in_sentence(record, doc, span, claim.content)
    if dated:
        return dated
    if published and _is_news(record, doc, span):
        return EventDate(start=published, end=published, precision="day")
    return EventDate()


def _dated_in_sentence(record: Record, doc, span, content) -> EventDate | None:
    """A full date the time stage found in the cue's sentence ("said on Wednesday")."""
    tok = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    sent = tok[0].sent
    for t in record.times:
        if content[0] <= t.span[0] < content[1]:
            continue
        if sent.start_char <= t.span[0] < sent.end_char and re.fullmatch(r"\d{4}-\d\d-\d\d",
                                                                          t.value or ""):
            if abs(t.span[0] - span[0]) < 120:
                return EventDate(start=t.value, end=t.value, precision="day")
    return None


def _is_news(record: Record, doc, span) -> bool:
    """The text says "today", or the cue is in the present tense ("the SDF clarify that")."""
    if _TODAY.search(record.document.text):
        return True
    published = record.document.published.date
    if any(t.value == published for t in record.times):
        return True
    tok = doc.char_span(span[0], span[1], alignment_mode="expand")
    return bool(tok is not None and len(tok) and tok[0].tag_ in {"VBZ", "VBP"})
