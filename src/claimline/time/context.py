"""What a rule needs besides its match: the reference date, tense around a span, the last
date mentioned (for "two days later") and the sentence around a span."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

_FUTURE = re.compile(r"\b(will|wo|'ll|shall|going\s+to|scheduled|plans?\s+to|planned|expected\s+to|"
                     r"due\s+to|to\s+be\s+held|would|upcoming|next)\b", re.I)
_PAST = re.compile(r"\b(was|were|had|did|said|told|\w{3,}ed|ago|last|earlier)\b", re.I)
_FUTURE_AUX = {"will", "wo", "'ll", "shall", "ll"}


@dataclass
class Found:
    """A normalised expression found by a rule (before it becomes a TimeExpression)."""
    start: int
    end: int
    value: str
    type: str = "DATE"
    anchor: str = "absolute"
    approximate: bool = False
    rule: str = ""


@dataclass
class Context:
    text: str
    dct: Optional[dt.date]
    doc: object = None
    #: date of the last resolved day/month/year expression before the current match
    last_date: Optional[dt.date] = None
    _sent_starts: list = field(default_factory=list)

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        text = self.text
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start),
                   text.rfind("? ", 0, start), text.rfind("! ", 0, start))
        right_candidates = [i for i in (text.find(". ", start), text.find("\n", start))
                            if i != -1]
        right = min(right_candidates) if right_candidates else len(text)
        return left + 1, right

    def tense(self, start: int, end: int) -> Optional[str]:
        """'future', 'past', 'present' or None for the clause of ``text[start:end]``."""
        if self.doc is not None:
            found = _tense_from_doc(self.doc, start, end)
            if found is not None:
                return found
        s, e = self.sentence_bounds(start)
        window = self.text[max(s, start - 80):min(e, end + 80)]
        if _FUTURE.search(window):
            return "future"
        if _PAST.search(window):
            return "past"
        return None


def _tense_from_doc(doc, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or token.lower_ in _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or token.lower_ == "going":
        return "future"
    if "would" in lowers or "could" in lowers or "might" in lowers or "may" in lowers:
        return None
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if token.tag_ == "VBN" and lowers & {"has", "have", "had"}:
        return "past"
    if token.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None
