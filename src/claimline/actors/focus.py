"""The document's focus state, and bare state forces ("the army", "police", "the regime")
attributed to it.

A news report about one country calls that country's forces "the army" or "the regime" without
naming the country. When one state is clearly the most mentioned (at least twice, and more often
than any other), bare state-force mentions are read as that state's; otherwise they stay the
generic "Security forces" actor (no country).
"""
from __future__ import annotations

from collections import Counter

from .kb import KnowledgeBase
from .match import Mention

GENERIC_FORCES = "Security forces"


def focus_state(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    counts = Counter(m.key for m in mentions if m.key in kb.entries
                     and kb.entries[m.key].kind == "state" and not kb.entries[m.key].generic
                     and kb.entries[m.key].country)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def attribute_generic_forces(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    generic = [k for k, e in kb.entries.items() if e.name == GENERIC_FORCES]
    focus = focus_state(mentions, kb)
    if focus is None or not generic:
        return mentions
    for m in mentions:
        if m.key in generic:
            m.key = focus
    return mentions
