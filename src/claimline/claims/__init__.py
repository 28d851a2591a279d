"""The claims stage: every assertion in the text with its speaker, stance and targets.

Direct quotations (any quote style, multi-paragraph, cue before or after, or none: the last
speaker goes on), reported speech ("X said that", "according to X", "the statement stressed
that"), stance verbs ("X accused Y of", "X denied"), statements ("The statement reads: …").
Speakers resolve to actor ids through the actors' mentions; the claims link to the events whose
evidence they contain, those events get the speaker in ``claimed_by``, and accusations, threats,
demands, denials and praise become speech-act events of their own.
"""
from __future__ import annotations

from ..pipeline import stage
from ..record import Claim, Record
from .acts import link_events, speech_act_events
from .attribute import collect
from .stance import ActorIndex, stance_and_targets

__all__ = ["attribute_claims", "extract_claims"]


def extract_claims(record: Record, doc) -> tuple[list[Claim], list]:
    """(claims, actors added for speakers the actors stage did not list)."""
    results, resolver = collect(record, doc)
    index = ActorIndex(resolver.actors)
    claims = []
    for n, (cand, speaker) in enumerate(results, start=1):
        actor = speaker.actor if speaker else None
        stance, targets = stance_and_targets(doc, cand, actor, index)
        claims.append(Claim(
            id=f"C{n}", speaker=actor, kind=cand.kind, cue=cand.cue_text,
            content=cand.content, stance=stance, targets=targets,
            speaker_span=_speaker_span(cand, speaker), cue_span=cand.cue_span))
    return claims, resolver.created


def _speaker_span(cand, speaker):
    if cand.speaker_tokens:
        toks = cand.speaker_tokens
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    return speaker.span if speaker else None


@stage("claims", version="1")
def attribute_claims(record: Record, doc) -> Record:
    claims, created = extract_claims(record, doc)
    record = record.model_copy(update={"actors": record.actors + created})
    events = link_events(record, claims)
    events = events + speech_act_events(record, doc, claims, events)
    return record.model_copy(update={"claims": claims, "events": events})
