"""Event mentions of one document: triggers typed per sentence, with roles, casualties, place,
date and status; violence triggers of one sentence and place form one mention."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..record import EventDate
from . import lexicon as L
from .arguments import ActorIndex, roles
from .casualties import Count, sentence_counts
from .status import attributed_to, cue_status, recall_cue
from .triggers import (VIOLENT, Trigger, find_triggers, refine, sentence_cues,
                       temporal_clause, typing, violence_rank)

GENERIC_FAMILIES = {L.VIOLENCE, L.KILL}


@dataclass
class Mention:
    family: str
    plover: str
    mode: str | None
    acled: str | None
    trigger: Trigger
    sent_span: tuple[int, int]
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    place: str | None = None
    date: object = None              # EventDate
    explicit_date: bool = False      # dated by a time expression, not by default
    #: dated by a day the text names but no publication date places ("on Friday")
    unplaced_day: bool = False
    inferred_actor: bool = False     # actor from the sentence, not from the parse
    status: str | None = None
    claimed_by: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)

    @property
    def generic(self) -> bool:
        return self.family in GENERIC_FAMILIES


def _helpers():
    """The time and places stages' helpers, or stand-ins while they are missing."""
    try:
        from ..time.dating import event_date
    except ImportError:
        event_date = None
    try:
        from ..time.status import is_recalled
    except ImportError:
        is_recalled = None
    try:
        from ..places.governing import event_place
    except ImportError:
        event_place = None
    return event_date, is_recalled, event_place


class _DocWithText:
    """The parsed doc with its text computed once. spaCy rebuilds ``Doc.text`` from the tokens
    on every access, and the time helpers read it on each call (O(tokens) per event)."""

    __slots__ = ("_doc", "text")

    def __init__(self, doc):
        self._doc = doc
        self.text = doc.text

    def __getattr__(self, name):
        return getattr(self._doc, name)

    def __getitem__(self, key):
        return self._doc[key]

    def __iter__(self):
        return iter(self._doc)

    def __len__(self):
        return len(self._doc)


def _nearest(trigs: list[Mention], token_i: int) -> Mention:
    return min(trigs, key=lambda m: abs(m.trigger.token.i - token_i))


def _linked(a, b, hops: int = 4) -> bool:
    """``b`` governs ``a`` within a few dependency hops ("aggression ... by the air attack")."""
    t = a
    for _ in range(hops):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == b.i:
            return True
    return False


_CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "ROOT", "parataxis"}


def _clause(tok):
    for _ in range(12):
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _temporal(clause) -> bool:
    return temporal_clause(clause)


def _same_event(a: Mention, b: Mention) -> bool:
    if a.place is not None and b.place is not None and a.place != b.place:
        return False
    if a.actor and b.actor and not set(a.actor) & set(b.actor):
        return False
    ta, tb = a.trigger.token, b.trigger.token
    ca, cb = _clause(ta), _clause(tb)
    if ca.i != cb.i and (_temporal(ca) or _temporal(cb)):
        return False  # "killed in airstrikes after rebels launched an offensive"
    outcome = any(m.trigger.family == L.KILL and m.trigger.token.pos_ == "VERB" for m in (a, b))
    return outcome or _linked(ta, tb) or _linked(tb, ta)


def _group_sentence(mentions: list[Mention]) -> list[Mention]:
    """Violent mentions of one sentence with compatible place and actors become one; others
    stay apart."""
    out: list[Mention] = []
    for m in mentions:
        group = next((g for g in out if g.family in VIOLENT and m.family in VIOLENT
                      and _same_event(g, m)), None)
        if group is None:
            out.append(m)
            continue
        pair = (m, group) if violence_rank(m.family) < violence_rank(group.family) else (group, m)
        out[out.index(group)] = absorb(*pair)
    return out


def absorb(best: Mention, other: Mention) -> Mention:
    """``best`` (the more specific typing) with the arguments of ``other`` added."""
    best.actor = list(dict.fromkeys(best.actor + other.actor))
    best.recipient = [r for r in dict.fromkeys(best.recipient + other.recipient)
                      if r not in best.actor]
    best.counts = best.counts + [c for c in other.counts if c not in best.counts]
    best.place = best.place or other.place
    if other.explicit_date and not best.explicit_date:
        best.date, best.explicit_date = other.date, True
    best.claimed_by = list(dict.fromkeys(best.claimed_by + other.claimed_by))
    best.evidence = sorted(set(best.evidence + other.evidence))
    return best


_ARMED_KINDS = {"state", "armed_group"}


def _sentence_actor(record, sent, trig, index: ActorIndex, recipient: list[str]) -> list[str]:
    """No doer in the parse of a violent trigger: the nearest armed actor its sentence names
    as a force ("Hizballah and regime forces reportedly ... shelling", headline-style text the
    parser splits), not a bare country name (a place), a sponsor, a generic or the target."""
    text = record.document.text
    best, best_d = None, None
    for s in index.within(sent.start_char, sent.end_char):
        if (s.kind not in _ARMED_KINDS or s.generic or s.backer or s.actor in recipient
                or s.start < sent.start_char):
            continue
        actor = record.actor(s.actor)
        if actor is not None and actor.kind == "state" and (text[s.start:s.end].rstrip("s'\u2019")
                                                          == actor.name):
            continue
        d = abs(s.start - trig.start)
        if best_d is None or d < best_d:
            best, best_d = s.actor, d
    return [best] if best else []


def _victims_are_targets(m: Mention, spans) -> None:
    """An actor named only among the dead ("100 ISIL fighters were killed", "killing four
    Hezbollah members") is the target, not the doer."""
    victims = [c.victim for c in m.counts if c.kind == "killed" and c.victim]
    if not victims:
        return
    by_actor: dict[str, list] = {}
    for s in spans:
        by_actor.setdefault(s.actor, []).append(s)
    dead = {a for a, found in by_actor.items()
            if all(any(lo <= s.start and s.end <= hi for lo, hi in victims) for s in found)}
    if dead:
        m.actor = [a for a in m.actor if a not in dead]
        m.recipient = list(dict.fromkeys(m.recipient + [a for a in by_actor if a in dead]))


def mentions_of(record, doc, index: ActorIndex) -> list[Mention]:
    event_date, is_recalled, event_place = _helpers()
    helper_doc = _DocWithText(doc)
    out: list[Mention] = []
    last_violent, since = None, 0  # the latest violent mention, sentences since it
    for sent in doc.sents:
        since += 1
        triggers = find_triggers(sent)
        if not triggers:
            _toll_follows(last_violent, since, sent)
            continue
        cues = sentence_cues(sent)
        sent_span = (sent.start_char, sent.end_char)
        here: list[Mention] = []
        for trig in triggers:
            actor, recipient = roles(trig.token, index)
            akinds = [index.kind.get(a, "other") for a in actor]
            rkinds = [index.kind.get(a, "other") for a in recipient]
            fam = refine(trig, cues, akinds, rkinds)
            if fam is None:
                continue
            plover, mode, acled = typing(fam, trig, cues, akinds, rkinds)
            m = Mention(fam, plover, mode, acled, trig, sent_span, actor, recipient)
            m.evidence = [sent_span]
            m.place = (event_place(record, helper_doc, (trig.start, trig.end)) if event_place
                       else None)
            m.status = cue_status(trig.token)
            m.claimed_by = [a for a in attributed_to(trig.token, sent, index)
                            if a not in actor or m.status == "claimed"]
            here.append(m)
        if not here:
            _toll_follows(last_violent, since, sent)
            continue
        violent = [m for m in here if m.family in VIOLENT]
        for count in sentence_counts(sent):
            _nearest(violent or here, count.token).counts.append(count)
        for m in _group_sentence(here):  # the time helpers once per event mention
            if m.family in VIOLENT:
                _victims_are_targets(m, index.within(sent.start_char, sent.end_char))
            if not m.actor and m.family in VIOLENT:
                m.actor = _sentence_actor(record, sent, m.trigger, index, m.recipient)
                m.inferred_actor = bool(m.actor)
            span = (m.trigger.start, m.trigger.end)
            m.date, m.explicit_date = EventDate(), False
            if event_date:
                date, t_index = event_date(record, helper_doc, span)
                m.date, m.explicit_date = date, t_index is not None
            m.unplaced_day = not m.explicit_date and _unplaced_day(record, sent_span)
            if m.status is None:
                recalled = (is_recalled(record, helper_doc, span) if is_recalled
                            else recall_cue(sent))
                m.status = "recalled" if recalled else "reported"
            out.append(m)
            if m.family in VIOLENT:
                last_violent, since = m, 0
    return out


def _unplaced_day(record, span) -> bool:
    """The sentence names a day relative to an unknown publication day ("on Friday": TIMEX
    value "XXXX-WXX-5")."""
    return any(span[0] <= t.span[0] < span[1] and (t.value or "").startswith("XXXX")
               and t.type == "DATE" for t in record.times)


#: a toll told in the next sentences without an event word of its own ("… WHO said, putting
#: the death toll at 70") is the toll of the violent event just told
TOLL_REACH = 2


def _toll_follows(last: Mention | None, since: int, sent) -> None:
    if last is None or since > TOLL_REACH:
        return
    counts = [c for c in sentence_counts(sent) if c.kind == "killed"]
    if counts:
        last.counts = last.counts + [c for c in counts if c not in last.counts]
        last.evidence = sorted(set(last.evidence + [(sent.start_char, sent.end_char)]))
