"""The summary stage: a neutral, attributed summary built from the record by templates.

Every event sentence names its source (the parties in ``claimed_by``, else the outlet), every
claim is attributed to its speaker, partisan assertions are reported as what a party said, never as
fact, and loaded words quoted from claims are replaced by the framing stage's neutral wording.
No language model: the text is generated from the events, claims, actors and places fields.
"""
from __future__ import annotations

import re

from ..framing import neutralise
from ..pipeline import stage
from ..record import Record
from .phrases import actor_phrase, actors_phrase, event_clause

__all__ = ["summarise", "compose"]

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "century": 5}
SPEECH_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"}
MAX_EVENTS = 4
MAX_WORDS = 28
STANCE_VERB = {"accuse": "accused", "deny": "denied", "threaten": "threatened",
               "demand": "made demands of", "praise": "praised"}


def _attribution(record: Record, event) -> str:
    if event.claimed_by:
        who = actors_phrase(record, event.claimed_by, start=True)
        verb = "recalled that" if event.status == "recalled" else {
            "denied": "denied that", "threatened": "threatened that"}.get(event.status, "said")
        return f"{who} {verb} "
    outlet = record.document.outlet
    return f"According to {outlet}, " if outlet else "According to the report, "


def _clip(text: str) -> tuple[bool, str]:
    """(cut short, the first clause of ``text`` in at most MAX_WORDS words)."""
    text = " ".join(text.split())
    for sep in (";", ", and ", ", which ", ", as ", ", while ", ", "):
        head = text.split(sep)[0]
        if len(head.split()) >= 6:
            text = head
            break
    words = text.split()
    if len(words) > MAX_WORDS:
        return True, _lower_lead(" ".join(words[:MAX_WORDS]).rstrip(" .,;:") + " …")
    return False, _lower_lead(text.rstrip(" .,;:"))


def _neutral_content(record: Record, claim) -> str:
    """The claim's content with loaded words and partisan names replaced (actor mentions holding
    a flagged phrase become the actor's canonical name)."""
    text = record.document.text
    s, e = claim.content
    flags = [f for f in record.framing if s <= f.span[0] and f.span[1] <= e]
    widened = []
    for f in flags:
        span = f.span
        for actor in record.actors:
            for ms, me in actor.mentions:
                if ms <= span[0] and span[1] <= me and f.neutral == actor.name:
                    span = (ms, me)
        if text[max(s, span[0] - 4):span[0]].lower() == "the " and f.neutral and \
                f.neutral[:1].isupper():
            span = (span[0] - 4, span[1])
        widened.append(f.model_copy(update={"span": span}))
    return neutralise(text[s:e], s, widened)


_LEAD_WORDS = {"The", "A", "An", "At", "Some", "Several", "Many", "More", "Most", "It", "They",
               "There", "This", "These", "Those", "One", "All", "No", "Its", "Their", "Our", "We"}


def _lower_lead(text: str) -> str:
    """"said that At least 23 people …" -> "said that at least 23 people …"."""
    first, _, rest = text.partition(" ")
    return (first.lower() + " " + rest).strip() if first in _LEAD_WORDS else text


def _claim_sentences(record: Record) -> list[str]:
    sentences, seen = [], []
    by_speaker: dict = {}
    for claim in record.claims:
        if claim.speaker:
            by_speaker.setdefault(claim.speaker, []).append(claim)
    for speaker, claims in by_speaker.items():
        who = actor_phrase(record, speaker, start=True)
        for stance, verb in STANCE_VERB.items():
            group = [c for c in claims if c.stance == stance]
            if not group:
                continue
            targets = []
            for c in group:
                targets += [t for t in c.targets if t not in targets]
            indirect = [c for c in group if c.kind == "indirect"]
            sentence = f"{who} {verb}"
            if targets:
                sentence += " " + actors_phrase(record, targets)
            if not targets and not indirect:
                continue
            if indirect:
                cut, best = min((_clip(_neutral_content(record, c)) for c in indirect),
                                key=lambda x: (x[0], len(x[1])))
                sentence += f", saying that {best}" if targets else f" that {best}"
            sentences.append(sentence.rstrip(".") + ".")
            seen.append(speaker)
        if speaker not in seen:
            asserted = [c for c in claims if c.kind == "indirect" and not c.events]
            if asserted:
                said = _clip(_neutral_content(record, asserted[0]))[1]
                sentences.append(f"{who} said that {said}".rstrip(".") + ".")
    return sentences


def compose(record: Record) -> str:
    parts = []
    # what did not happen (threats, hypotheses) is left to the claims' sentences
    events = [e for e in record.events if e.type not in SPEECH_TYPES
              and e.status not in {"hypothetical", "threatened"}]
    events.sort(key=lambda e: (PRECISION_RANK.get(e.date.precision, 9),
                               -(e.fatalities.best if e.fatalities else 0)))
    for event in events[:MAX_EVENTS]:
        parts.append(_attribution(record, event) + event_clause(record, event) + ".")
    parts += _claim_sentences(record)
    if record.framing:
        voices = [f.voice for f in record.framing if f.voice]
        examples = ", ".join(f'"{t}"' for t in dict.fromkeys(f.text.lower()
                                                             for f in record.framing))
        examples = ", ".join(examples.split(", ")[:3])
        line = f"The text uses {len(record.framing)} loaded terms (e.g. {examples})"
        if voices:
            top = max(set(voices), key=voices.count)
            line += f", {voices.count(top)} of them in words attributed to " \
                    f"{actor_phrase(record, top)}"
        parts.append(line + "; neutral wording is used above.")
    text = " ".join(parts)
    return re.sub(r"\s+([,.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


@stage("summary", version="1")
def summarise(record: Record, doc) -> Record:
    return record.model_copy(update={"summary": compose(record)})
