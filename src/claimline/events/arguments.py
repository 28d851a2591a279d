"""Who did it and to whom: the actor and recipient of a trigger from the dependency parse.

Verbs: subject -> actor, object / passive subject / "on, against, at X" -> recipient, passive
agent "by X" -> actor. Nouns: actor modifiers ("Turkish aggression", "coalition airstrikes",
"Turkey's attack"), "by/from X" -> actor, "on/against/targeting X" -> recipient, and the subject
of a support verb ("ISIS launched an attack"). Arguments inherit the subject of a coordinated or
governing verb when they have none ("... stormed the village, killing 12").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

_TARGET_PREPS = {"on", "against", "at", "upon", "targeting", "towards", "toward", "into"}
_AGENT_PREPS = {"by", "from"}
_SUPPORT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "perform", "commit",
                  "execute", "wage", "unleash", "perpetrate", "make", "begin", "start",
                  "continue", "escalate", "intensify", "resume", "claim", "lead", "order",
                  "fire", "drop", "use", "deploy"}
_SKIP_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "appos", "parataxis", "ccomp", "mark",
              "prep", "det"}


@dataclass(frozen=True)
class ActorSpan:
    start: int
    end: int
    actor: str
    kind: str
    generic: bool
    backer: bool


class ActorIndex:
    """Actor mentions of a record, searchable by character span."""

    def __init__(self, spans: list[ActorSpan]):
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.kind = {s.actor: s.kind for s in spans}

    def within(self, lo: int, hi: int) -> list[ActorSpan]:
        i = bisect.bisect_left(self.starts, lo - 200)
        out = []
        for s in self.spans[i:]:
            if s.start >= hi:
                break
            if s.start < hi and lo < s.end:
                out.append(s)
        return out


#: "the regions of NE Syria": an "of"-phrase under a place noun names a place, not an actor
_PLACE_HEADS = {"region", "area", "part", "north", "south", "east", "west", "city", "town",
                "village", "province", "countryside", "outskirts", "border", "territory",
                "coast", "capital", "district", "suburb", "neighbourhood", "neighborhood",
                "governorate", "east", "northeast", "northwest",
                "southeast", "southwest", "land", "soil", "people", "population", "resident"}


_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "around", "within", "throughout",
             "during", "since", "after", "before", "between", "along", "over", "under"}


def _core_tokens(tok, keep_of: bool = True):
    """``tok`` and its noun-phrase core: modifiers, conjuncts, "of"-phrases; not clauses."""
    stack, seen = [tok], []
    while stack:
        t = stack.pop()
        seen.append(t)
        for c in t.children:
            if c.dep_ == "prep" and keep_of and c.lower_ == "of":
                if t.lemma_.lower() not in _PLACE_HEADS:
                    stack.append(c)
            elif c.dep_ not in _SKIP_DEPS:
                stack.append(c)
    return seen


def _target_tokens(tok):
    """A target phrase, all of it except nested "against/by X" phrases (targets' own foes)."""
    out = []
    for t in tok.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("against", "by", "from", "with") \
                and t.head.head.i != tok.head.i:
            continue
        if any(a.lower_ == "of" and a.head.lemma_.lower() in _PLACE_HEADS
               or a.dep_ == "prep" and a.lower_ in _LOCATIVE for a in [t, *_between(t, tok)]):
            continue
        out.append(t)
    return out


def _between(t, top):
    """Ancestors of ``t`` up to (not including) ``top``."""
    out = []
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def actors_of(tok, index: ActorIndex, target: bool = False) -> list[str]:
    """Actor ids named in the phrase headed by ``tok`` (named ones before generic ones)."""
    if tok is None:
        return []
    found: list[ActorSpan] = []
    for t in (_target_tokens(tok) if target else _core_tokens(tok)):
        for s in index.within(t.idx, t.idx + len(t.text)):
            if s not in found:
                found.append(s)
    found.sort(key=lambda s: s.start)
    doers = [s for s in found if not s.backer] or found
    # known named actors, then catch-all ones ("militants"), then unknown entities
    named = [s for s in doers if not s.generic and s.kind != "other"]
    generic = [s for s in doers if s.generic]
    chosen = named or generic or doers
    out: list[str] = []
    for s in chosen:
        if s.actor not in out:
            out.append(s.actor)
    return out


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _subject(verb):
    """Subject of ``verb``, inherited along conj/advcl/xcomp chains when missing."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return subj
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl") and verb.head.i != verb.i:
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return None
            verb = verb.head
        else:
            return None
    return None


def roles(trigger, index: ActorIndex) -> tuple[list[str], list[str]]:
    """(actor ids, recipient ids) of an event trigger token."""
    actor: list[str] = []
    recipient: list[str] = []
    if trigger.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or (
            trigger.dep_ == "acl" and trigger.tag_ == "VBN")  # "31 people killed in ..."
        for c in trigger.children:
            if c.dep_ == "agent":
                actor += actors_of(_pobj(c), index)
            elif c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and not passive):
                recipient += actors_of(c, index)
            elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS | {"with"}:
                recipient += actors_of(_pobj(c), index, target=True)
            elif passive and c.dep_ == "prep" and c.lower_ in ("in", "by"):
                # "killed in Syrian government shelling", "hit by Turkish drones"
                actor += [a for a in actors_of(_pobj(c), index)
                          if index.kind.get(a) in ("state", "armed_group")]
        if not passive:
            actor += actors_of(_subject(trigger), index)
    else:
        for c in trigger.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
                actor += actors_of(c, index)
            elif c.dep_ == "prep" and c.lower_ in _AGENT_PREPS:
                actor += actors_of(_pobj(c), index)
            elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS | {"with"}:
                recipient += actors_of(_pobj(c), index, target=True)
            elif c.dep_ == "acl":  # "the massacre committed by Turkey against X"
                for g in c.children:
                    if g.dep_ == "agent":
                        actor += actors_of(_pobj(g), index)
                    elif g.dep_ == "prep" and g.lower_ in _TARGET_PREPS:
                        recipient += actors_of(_pobj(g), index)
        head = trigger.head
        if trigger.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in _SUPPORT_VERBS \
                or (trigger.dep_ == "pobj" and head.head.lemma_.lower() in _SUPPORT_VERBS):
            verb = head if head.lemma_.lower() in _SUPPORT_VERBS else head.head
            if not actor and verb.pos_ in ("NOUN", "PROPN"):  # "Turkey's launch of ..."
                actor += [a for c in verb.children if c.dep_ in ("poss", "amod", "compound")
                          for a in actors_of(c, index)]
            if not actor:
                actor += actors_of(_subject(verb), index)
                actor += [a for c in verb.children if c.dep_ == "agent"
                          for a in actors_of(_pobj(c), index)]
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                    recipient += actors_of(_pobj(c), index)
        elif trigger.dep_ in ("nsubj",) and head.pos_ == "VERB":
            for c in head.children:  # "an airstrike hit the YPG headquarters"
                if c.dep_ == "dobj":
                    recipient += actors_of(c, index)
    actor = list(dict.fromkeys(actor))
    recipient = [r for r in dict.fromkeys(recipient) if r not in actor]
    return actor, recipient
