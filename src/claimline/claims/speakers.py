"""Who is speaking: speaker phrases -> actor ids.

A speaker phrase is resolved, in order, to: the actor whose mention covers its head word (or
overlaps it most); for pronouns, the last speaker of a fitting kind; for "the statement", the party
that issued it; for a definite description ("the source", "the Observatory"), the last speaker with
the same head word or whose name contains it. A speaker named in the text that the actors stage did
not list (a monitor, activists, a person quoted) becomes a new actor, flagged ``origin="claims"``,
so that every claim's ``speaker`` is an actor id and ``null`` keeps meaning "the outlet itself".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Actor, Record
from .lexicon import (PRONOUNS_FIRST, PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING,
                      SPEAKER_NOUNS, STATEMENT_NOUNS)

ENTITY_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "population", "GPE": "state",
               "FAC": "other", "LOC": "other"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
               "our", "another", "other", "some", "several", "one", "two", "three", "many"}


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


@dataclass
class Speaker:
    actor: str | None
    span: tuple[int, int] | None
    person: bool = False


@dataclass
class SpeakerResolver:
    record: Record
    doc: object
    created: list[Actor] = field(default_factory=list)
    history: list[tuple[int, Speaker, str]] = field(default_factory=list)  # (char, speaker, head)
    issuer: str | None = None

    def __post_init__(self):
        self.actors = list(self.record.actors)
        self._next = 1 + max((int(a.id[1:]) for a in self.actors
                              if a.id[:1] == "A" and a.id[1:].isdigit()), default=0)

    # --- lookups -------------------------------------------------------------------------------
    def actor_at(self, span) -> str | None:
        """The actor whose mention overlaps ``span`` most (None when none does)."""
        best, score = None, 0
        for actor in self.actors:
            for m in actor.mentions:
                ov = _overlap(m, span)
                if ov > score:
                    best, score = actor.id, ov
        return best

    def actor_by_id(self, actor_id):
        return next((a for a in self.actors if a.id == actor_id), None)

    def is_person(self, actor_id) -> bool:
        actor = self.actor_by_id(actor_id)
        return bool(actor and actor.kind == "person")

    def remember(self, char: int, speaker: Speaker, head: str) -> None:
        if speaker.actor:
            self.history.append((char, speaker, head))

    def last(self, before: int, person: bool | None = None, head: str | None = None,
             name_word: str | None = None) -> Speaker | None:
        for char, sp, h in reversed(self.history):
            if char > before:
                continue
            if person is not None and sp.person != person:
                continue
            if head is not None and h != head and not (name_word and self._name_has(sp, name_word)):
                continue
            return sp
        return None

    def _name_has(self, sp: Speaker, word: str) -> bool:
        actor = self.actor_by_id(sp.actor)
        return bool(actor) and word in _words(actor.name)

    # --- resolution ----------------------------------------------------------------------------
    def resolve(self, tokens, quote_speaker: Speaker | None = None) -> Speaker | None:
        """Resolve the speaker phrase made of spaCy ``tokens`` (a contiguous run)."""
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        span = (start, end)
        head = _head(tokens)
        lower = head.lower_
        if lower in PRONOUNS_FIRST:
            return quote_speaker
        if head.pos_ == "PRON" or lower in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL:
            near = self._antecedent_in_sentence(head)
            if near is not None:
                return near
            if lower in PRONOUNS_PERSON:
                return self.last(start, person=True) or self._last_person(start)
            if lower in PRONOUNS_THING:
                if self.issuer and self._mentions_statement_before(start):
                    return Speaker(self.issuer, None)
                return self.last(start, person=False) or self.last(start)
            return self.last(start)
        if head.lemma_.lower() in STATEMENT_NOUNS and not _has_entity(tokens):
            owner = self._possessor(tokens)
            if owner:
                return owner
            if self.issuer:
                return Speaker(self.issuer, span)
            prev = self.last(start)
            return Speaker(prev.actor, span) if prev else None
        actor = self._actor_for(tokens, head)
        person = any(t.ent_type_ == "PERSON" for t in tokens) or self.is_person(actor)
        definite = tokens[0].lower_ in {"the", "this", "that"} and not _has_entity(tokens)
        if actor is None and definite:
            prev = self.last(start, head=head.lemma_.lower(), name_word=lower)
            if prev:
                return Speaker(prev.actor, span, prev.person)
        if actor is None and _has_entity(tokens):
            prev = self._same_name(tokens)
            if prev:
                return Speaker(prev, span, person)
        if actor is None:
            actor = self._create(tokens, head)
            person = person or self.is_person(actor)
        return Speaker(actor, span, person)

    def _last_person(self, start: int) -> Speaker | None:
        """No person has spoken yet: the last person named before the pronoun."""
        people = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= start]
        if not people:
            return None
        return self.resolve(list(people[-1]))

    def _antecedent_in_sentence(self, pron) -> Speaker | None:
        """"Russia has said it believes …", "rebels … because they say …": the nearest subject
        before the pronoun in its sentence that can speak and agrees in number."""
        lower = pron.lower_
        for tok in reversed(list(pron.doc[pron.sent.start:pron.i])):
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
                continue
            if tok.head not in pron.ancestors:
                continue  # only the subject of a clause that governs the pronoun's
            plural = tok.tag_ in {"NNS", "NNPS"}
            person = tok.ent_type_ == "PERSON"
            if lower in PRONOUNS_PERSON and not person:
                continue
            if lower in PRONOUNS_THING and (plural or person):
                continue
            if lower in PRONOUNS_PLURAL and not (plural or tok.ent_type_ in {"ORG", "NORP", "GPE"}):
                continue
            phrase = [t for t in tok.subtree if t.i < pron.i]
            if plausible_speaker(phrase, self):
                return self.resolve(phrase)
        return None

    def _mentions_statement_before(self, start: int) -> bool:
        window = self.record.document.text[max(0, start - 400):start].lower()
        return any(noun in window for noun in STATEMENT_NOUNS)

    def _possessor(self, tokens) -> Speaker | None:
        for t in tokens:
            if t.dep_ == "poss" and t.lower_ not in {"its", "their", "his", "her", "our"}:
                return self.resolve(list(t.subtree))
        return None

    def _actor_for(self, tokens, head) -> str | None:
        """The actor whose mention covers the head word; else the largest overlap."""
        # adjectives name a place of origin, not the speaker ("the British-based Observatory")
        nouns = [t for t in tokens if t.pos_ in {"PROPN", "NOUN"} and t.dep_ != "amod"]
        for tok in [head] + [t for t in nouns if t.ent_type_ in ENTITY_KIND]:
            found = self.actor_at((tok.idx, tok.idx + len(tok.text)))
            if found:
                return found
        for tok in nouns:
            found = self.actor_at((tok.idx, tok.idx + len(tok.text)))
            if found:
                return found
        return None

    def _same_name(self, tokens) -> str | None:
        """An earlier speaker whose name contains this one ("Abdel Rahman", "the Observatory")."""
        words = [w for w in _words(_name_text(tokens)) if w not in DETERMINERS]
        if not words:
            return None
        for actor in reversed(self.actors):
            name = _words(actor.name)
            if len(words) < len(name) and _contains(name, words):
                return actor.id
        return None

    def _create(self, tokens, head) -> str | None:
        name = _name_text(tokens)
        if not name:
            return None
        key = " ".join(w for w in _words(name) if w not in DETERMINERS)
        for actor in self.actors:
            if " ".join(w for w in _words(actor.name) if w not in DETERMINERS) == key:
                return actor.id
        ents = [t.ent_type_ for t in tokens if t.ent_type_ in ENTITY_KIND]
        kind = ENTITY_KIND[ents[0]] if ents else "other"
        actor = Actor(id=f"A{self._next}", name=name, kind=kind,
                      mentions=[(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))])
        actor.origin = "claims"
        self._next += 1
        self.actors.append(actor)
        self.created.append(actor)
        return actor.id


def _head(tokens):
    """The syntactic head of a contiguous token run (the token whose head lies outside it)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]


def _has_entity(tokens) -> bool:
    return any(t.ent_type_ in ENTITY_KIND for t in tokens)


def _contains(seq: list[str], sub: list[str]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))


def _name_text(tokens) -> str:
    """A readable name for a new speaker: its named entity if it has one, else its noun phrase
    without determiners (``a monitor`` -> ``monitor``)."""
    ids = {t.i for t in tokens}
    ents = [e for e in tokens[0].doc.ents if e.start in ids]
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        found = [e for e in ents if e.label_ == label]
        if found:
            text = re.sub(r"^(the|The)\s+", "", found[0].text)
            return re.sub(r"['’]s$", "", text).strip()
    head = _head(tokens)
    words = [t for t in tokens if t.i <= head.i and t.dep_ not in {"det", "poss", "punct"}
             and t.lower_ not in DETERMINERS and t.pos_ not in {"NUM"}]
    words = words[-4:] if words else [head]
    return " ".join(t.text for t in words).strip(" '’\"")


def plausible_speaker(tokens, resolver: SpeakerResolver) -> bool:
    """Can this phrase speak? A pronoun, a named entity, an actor, or a speaking noun."""
    if not tokens:
        return False
    head = _head(tokens)
    lower = head.lower_
    if lower in PRONOUNS_FIRST | PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL:
        return True
    if head.lemma_.lower() in SPEAKER_NOUNS or lower in SPEAKER_NOUNS \
            or lower.rsplit("-", 1)[-1] in SPEAKER_NOUNS:
        return True
    if head.ent_type_ in ENTITY_KIND:
        return True
    in_pp = {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
    if any(t.ent_type_ in {"PERSON", "ORG"} for t in tokens if t.i not in in_pp):
        return True
    span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    head_span = (head.idx, head.idx + len(head.text))
    return resolver.actor_at(head_span) is not None or (
        _has_entity(tokens) and resolver.actor_at(span) is not None and head.pos_ == "PROPN")
