"""A claim's stance and the actors it is aimed at.

The cue gives the stance when it is itself a stance verb (accuse, deny, threaten, call on, praise).
A *said*-like claim becomes an accusation when its content charges another party: an actor that is
the subject of an attack/collusion verb ("the Turkish occupation state is still launching brutal
attacks") or that modifies an attack/crime noun ("the Turkish aggression", "massacre committed by
Turkey", "cooperation between Turkey and ISIS" — the first party).
"""
from __future__ import annotations

from .cues import Candidate
from .lexicon import ACCUSATION_NOUNS, ACCUSATION_VERBS, COMMITMENT_CUES, FORCE_WORDS

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
#: nouns that charge a party by themselves (unlike "attack" or "shelling", which a monitor uses)
STRONG_NOUNS = {"aggression", "crime", "crimes", "massacre", "massacres", "collusion",
                "complicity", "cooperation", "terrorism", "occupation", "violation", "violations",
                "atrocity", "atrocities", "genocide", "extermination", "brutality", "barbarism"}


def _content_tokens(doc, content):
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    return list(span) if span is not None else []


class ActorIndex:
    """Token -> actor id, from the actors' mention spans."""

    def __init__(self, actors):
        self.spans = [(m[0], m[1], a.id) for a in actors for m in a.mentions]
        self.affiliations = {a.id: {n.lower() for n in a.affiliations} for a in actors}
        self.names = {a.id: a.name.lower() for a in actors}

    def at(self, tok) -> str | None:
        s, e = tok.idx, tok.idx + len(tok.text)
        for ms, me, aid in self.spans:
            if ms < e and s < me:
                return aid
        return None

    def in_tokens(self, tokens) -> list[str]:
        out = []
        for t in tokens:
            aid = self.at(t)
            if aid and aid not in out:
                out.append(aid)
        return out

    def same_side(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return False
        if a == b:
            return True
        return self.names.get(b, "") in self.affiliations.get(a, set()) or \
            self.names.get(a, "") in self.affiliations.get(b, set())


def _accused_in(tokens, index: ActorIndex) -> list[str]:
    inside = {t.i for t in tokens}
    found: list[str] = []

    def add(toks):
        for aid in index.in_tokens([t for t in toks if t.i in inside]):
            if aid not in found:
                found.append(aid)

    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in ACCUSATION_NOUNS:
            for c in tok.children:
                if c.dep_ in MODIFIER_DEPS:
                    add(c.subtree)
                elif c.dep_ == "prep" and c.lower_ in {"by", "between", "of", "from"}:
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:  # "between A and B": A is charged; "of A" only for agents
                        obj = objs[0]
                        if c.lower_ == "of" and lemma not in {"cooperation", "collusion",
                                                              "complicity", "aggression",
                                                              "support", "occupation"}:
                            continue
                        add(_first_conjunct(obj))
                elif c.dep_ == "acl":
                    for g in c.children:
                        if g.dep_ == "agent":
                            add(g.subtree)
        elif tok.pos_ == "VERB" and lemma in ACCUSATION_VERBS:
            for c in tok.children:
                if c.dep_ == "nsubj":
                    add(_bare_phrase(c))
                elif c.dep_ == "agent":
                    for obj in (g for g in c.children if g.dep_ == "pobj"):
                        add(_bare_phrase(obj))
    return found


def _bare_phrase(tok) -> list:
    """A noun phrase without its place/time prepositional phrases ("a bomber in Aleppo")."""
    skip = set()
    for c in tok.children:
        if c.dep_ in {"prep", "relcl", "acl"} and c.lower_ != "of":
            skip.update(t.i for t in c.subtree)
    return [t for t in tok.subtree if t.i not in skip]


def _charged(doc, tokens) -> bool:
    """Does the content use a strong accusation noun or loaded language? A monitor's "killed by
    an air strike" is a report; "the brutal attacks of the occupation state" is an accusation."""
    if any(t.lemma_.lower() in STRONG_NOUNS for t in tokens):
        return True
    if not tokens:
        return False
    from ..framing.lexicon import get_matcher
    return bool(get_matcher(doc.vocab)(doc, tokens[0].i, tokens[-1].i + 1))


def _first_conjunct(tok) -> list:
    """``tok``'s phrase without its coordinated parts ("A and B mercenaries" -> "A")."""
    tokens = list(tok.subtree)
    cc = [t.i for t in tokens if t.dep_ == "cc" or t.lower_ in {"and", "&", ","}]
    return [t for t in tokens if t.i < cc[0]] if cc else tokens


def stance_and_targets(doc, cand: Candidate, speaker: str | None, index: ActorIndex
                       ) -> tuple[str, list[str]]:
    tokens = _content_tokens(doc, cand.content)
    stance = cand.stance
    lemma = cand.cue.lemma_.lower() if cand.cue is not None and cand.cue_text != "according to" \
        else None
    if lemma in COMMITMENT_CUES:
        words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        stance = "threaten" if words & FORCE_WORDS else "assert"

    def keep(ids):
        return [a for a in ids if not index.same_side(speaker, a)]

    explicit = keep(index.in_tokens(cand.target_tokens))
    accused = keep(_accused_in(tokens, index))
    if stance == "assert":
        if accused and _charged(doc, tokens):
            return "accuse", accused
        return "assert", []
    if stance == "accuse":
        return stance, explicit or accused or keep(index.in_tokens(tokens))
    if stance == "threaten":
        return stance, explicit or keep(index.in_tokens(tokens))
    return stance, explicit
