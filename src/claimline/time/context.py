"""What a rule needs besides its match: the reference date, tense around a span, the last
date mentioned (for "two days later") and the sentence around a span."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

_FUTURE = re.compile(r"\b(will|wo|'ll|shall|going\s+to|scheduled|plans?\s+to|planned|planning|"
                     r"expected\s+to|due\s+to|set\s+to|to\s+be\s+held|upcoming)\b", re.I)
_PAST = re.compile(r"\b(was|were|had|did|said|told|\w{3,}ed|ago|last|earlier)\b", re.I)
_DEADLINE = re.compile(r"\b(?:as\s+(?:soon|early|late)\s+as|until|till|no\s+later\s+than|"
                       r"deadline\s+of)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:\w{3}\s+)?)?$", re.I)
_CLAUSE = re.compile(r"[,;:()\"“”]|\band\b|\bbut\b")
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
    #: where the expression that set ``last_date`` starts
    last_date_at: Optional[int] = None
    #: the last quarter value (2019-Q3) and where it was found
    last_quarter: Optional[tuple] = None
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
        found = _tense_from_doc(self.doc, start, end) if self.doc is not None else None
        s, e = self.sentence_bounds(start)
        if _DEADLINE.search(self.text, max(0, start - 20), start) \
                and not re.search(r"\bhad\b", self.text[s:e]):
            return "future"  # "as soon as Tuesday", "until 9 a.m. Tuesday" (not "had until")
        if found is not None and found != "open":
            return found
        left = self.text[max(s, start - 80):start]
        cut = list(_CLAUSE.finditer(left))
        window = left[cut[-1].end():] if cut else left
        if _FUTURE.search(window):
            return "future"
        if found is None and _PAST.search(window):
            return "past"
        return None


_PLAN_LEMMAS = {"plan", "schedule", "expect", "intend", "prepare", "due", "vow", "promise",
                "threaten", "aim", "hope", "propose"}
_NONFINITE = ("VB", "VBG", "VBN", "TO")
_CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acomp", "ccomp")


def _tense_from_doc(doc, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ == "poss":
        return "past"  # "Wednesday's ruling": something that already happened
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.lower_ == "effective" or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX") and token.lower_ != "effective":
        return None
    chain = [token]
    while token.tag_ in _NONFINITE and token.dep_ in _CLIMB_DEPS and token.head is not token \
            and len(chain) < 5:
        token = token.head
        chain.append(token)
    # an infinitive ("agreed to buy it in February") or "effective <date>" is not bound to the
    # tense of the verb above it: only a future or plan above it says anything
    loose = False
    for verb in chain:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {a.lower_ for a in auxes}
        if lowers & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX or "going" in lowers:
            return "future"
        if verb.lemma_ in _PLAN_LEMMAS:  # a plan, unless one the past perfect says was dropped
            return "past" if "had" in lowers or _pluperfect_copula(verb) else "future"
        if verb.tag_ == "VB" and "to" in lowers or verb.lower_ == "effective":
            loose = True
            continue
        if loose and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP"):
            return "future"  # "trading is to resume Tuesday"
        if loose:
            return "open"
        if lowers & {"would", "could", "might", "may", "should", "must", "can"}:
            return None
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if lowers & {"has", "have", "had"}:  # perfect: "have been searching since Oct. 23"
            return "past"
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not auxes:
            if verb.lemma_ in ("set", "slate") and verb.nbor(1).lower_ in ("for", "to"):
                return "future"  # "a summit set for April"
            return "past"  # a participle modifier: "the record set on Aug. 6"
        if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
    return "open" if loose else None


def _pluperfect_copula(verb) -> bool:
    """"had been due to expire": the past perfect sits on the copula above the adjective."""
    return verb.dep_ == "acomp" and any(c.lower_ == "had" for c in verb.head.children)
