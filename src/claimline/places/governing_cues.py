"""Mentions of a place that cannot be where an event happened.

A place name often stands for something other than a location: a government speaking
("Washington condemned", "Moscow and Beijing vetoed", "despite Damascus promises"), an
organisation's seat ("the London-based Syrian Observatory", "the group based in The Hague"), a
past event used for comparison ("the worst since Halabja", "unlike Srebrenica"), a journey's
destination ("envoys went to Damascus", "on a visit to Paris"), or part of an organisation's
name ("Damascus University"). Such a mention must not govern an event.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

__all__ = ["not_a_site"]

#: "London-based", "UK -based", "Britain-headquartered"
_SEAT_AFTER = re.compile(r"^\s*-\s*(?:based|headquartered)\b", re.I)
#: "based in The Hague", "headquartered in Geneva"
_SEAT_BEFORE = re.compile(r"\b(?:based|headquartered|headquarters)\s+in\s+(?:the\s+)?$", re.I)
#: a past event named for comparison: "since Halabja", "unlike Srebrenica", "than Ghouta"
_COMPARISON = re.compile(r"\b(?:since|unlike|than|recalling|reminiscent\s+of|"
                         r"compared\s+(?:with|to)|similar\s+to)\s+(?:the\s+|that\s+(?:in|at)\s+|"
                         r"those\s+(?:in|at)\s+|(?:in|at)\s+)?$", re.I)
#: a journey's destination: where someone goes, not where the event happened
_DESTINATION = re.compile(r"\b(?:went|go|goes|going|gone|travel(?:l)?ed|travel(?:l)?ing|arrived|"
                          r"arriving|returned|flew|evacuated|visit(?:ed|ing|s)?)\s+"
                          r"(?:to|in|into|for)?\s*(?:the\s+)?$", re.I)

#: verbs whose subject speaks or takes a stance (lemmas)
SPEECH_VERBS = frozenset("""
say tell state announce declare claim deny reject condemn denounce accuse blame warn urge call
demand insist confirm acknowledge admit report respond reply vow pledge promise threaten veto
oppose support welcome criticise criticize protest dismiss refuse agree decide approve
""".split())

#: nouns a place can own or modify as a government, not a location ("Ankara's position",
#: "Damascus promises", "the Moscow talks")
STANCE_NOUNS = frozenset("""
government regime authority authorities official officials ministry minister leadership envoy
ambassador embassy promise promises pledge pledges statement statements claim claims denial
denials accusation accusations response position stance decision talks ally allies demand
demands policy support approval objection objections veto
""".split())

#: words that make a place name part of an organisation's name ("Damascus University")
_ORG_WORDS = frozenset("""
university college school institute observatory council committee commission center centre
agency network foundation association union front brigade brigades battalion movement party
company airlines airways bank media news channel tv radio
""".split())


def _tokens(doc, span: Sequence[int]):
    if doc is None or not hasattr(doc, "char_span"):
        return None
    try:
        return doc.char_span(span[0], span[1], alignment_mode="expand")
    except Exception:  # a doc of another text (tests build records by hand)
        return None


#: a preposition right before the mention makes it a location ("calm in Idlib Syrian regime
#: forces ...": a parse of punctuation-stripped text that hangs Idlib on "regime")
_PREPOSITION = re.compile(r"\b(?:in|on|at|near|into|from|of|across|over|around|outside|inside)"
                          r"\s+(?:the\s+)?$", re.I)


def _speaker(text: str, toks) -> bool:
    """The mention is (part of) the subject of a speech or stance verb, or owns/modifies a
    stance noun: a government standing for its capital."""
    root = toks.root
    head = root
    # climb coordinations: "Moscow and Beijing vetoed" -> Beijing conj of Moscow
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in SPEECH_VERBS:
        return True
    if _PREPOSITION.search(text[max(0, toks.start_char - 20):toks.start_char]):
        return False
    if head.dep_ in ("poss", "compound", "nmod", "amod") and (
            head.head.lemma_.lower() in STANCE_NOUNS or head.head.lower_ in STANCE_NOUNS):
        return True
    return False


def _organisation(doc, toks) -> bool:
    """The mention is the first word(s) of an organisation's name: a capitalised org word
    follows within the same entity ("Damascus University", "Aleppo Media Center")."""
    end = toks.end
    if end >= len(doc) or not doc[end].is_title:
        return False
    if doc[end].lower_ in _ORG_WORDS:
        return True
    # "Aleppo Media Center": one more capitalised word before the org word
    return end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].lower_ in _ORG_WORDS


def not_a_site(text: str, doc, span: Sequence[int]) -> Optional[str]:
    """Why the mention at ``span`` cannot be an event's site ("seat", "comparison",
    "destination", "speaker", "organisation"), or ``None`` when it can. ``doc`` (a spaCy
    ``Doc`` of ``text``, or None) adds the parse-based checks."""
    before = text[max(0, span[0] - 40):span[0]]
    if _SEAT_AFTER.match(text[span[1]:span[1] + 20]) or _SEAT_BEFORE.search(before):
        return "seat"
    if _COMPARISON.search(before):
        return "comparison"
    if _DESTINATION.search(before):
        return "destination"
    toks = _tokens(doc, span)
    if toks is None or len(toks) == 0:
        return None
    if getattr(doc, "has_annotation", None) and doc.has_annotation("DEP") and _speaker(text, toks):
        return "speaker"
    if _organisation(doc, toks):
        return "organisation"
    return None
