"""Coreference of a few simple forms, only where the text makes the antecedent clear.

- "the group" / "the organization" / "the movement" / "the militia" -> the closest preceding named
  armed or political group (within the same or the two previous sentences);
- "the statement" / "the communique" -> the actor that issued the statement ("X issued a
  statement", "a statement by X", "X's statement");
- "our forces" / "our fighters" / "our comrades" inside a quotation -> that statement's actor, or
  else the closest preceding named group outside quotation marks.
"""
from __future__ import annotations

import re

from .match import Mention

_GROUP_NP = re.compile(r"\b[Tt]he (?:group|organi[sz]ation|movement|militia)\b(?!\s+of\b)")
_STATEMENT_NP = re.compile(r"\b[Tt]he (?:statement|communiqu[eé]|announcement|declaration)\b"
                           r"(?!\s+(?:of|by|from)\b)")
_OUR_FORCES = re.compile(r"\b[Oo]ur (?:forces|fighters|comrades|troops|units|martyrs)\b")
_ISSUE_VERBS = {"issue", "release", "publish", "put", "announce", "send", "circulate"}
_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "announcement", "declaration"}
_GROUP_KINDS = {"armed_group", "political_group"}
_SPEAKER_KINDS = {"armed_group", "political_group", "state", "organization", "person", "other"}
_QUOTES = re.compile(r"[\"“”]")


def _mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if m.start < end and start < m.end), None)


def statement_issuer(doc, mentions: list[Mention], kinds: dict[str, str]) -> str | None:
    """Key of the actor that issued the document's statement, if the parse says so."""
    for tok in doc:
        if tok.lemma_.lower() not in _STATEMENT_NOUNS:
            continue
        candidates = []
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in _ISSUE_VERBS:
            candidates += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for child in tok.children:
            if child.dep_ == "poss":
                candidates.append(child)
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                candidates += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "compound":
                candidates.append(child)
        for cand in candidates:
            span = cand.subtree
            toks = list(span)
            m = _mention_at(mentions, toks[0].idx, toks[-1].idx + len(toks[-1]))
            if m and kinds.get(m.key) in _SPEAKER_KINDS:
                return m.key
    return None


def _inside_quote(text: str, pos: int) -> bool:
    para_start = text.rfind("\n", 0, pos) + 1
    return len(_QUOTES.findall(text, para_start, pos)) % 2 == 1


def coreferent_mentions(text: str, doc, mentions: list[Mention], kinds: dict[str, str],
                        generic: set[str]) -> list[Mention]:
    """Extra mentions (source "coref") resolving the simple forms above."""
    named = [m for m in mentions if m.key not in generic and m.role != "backer"]
    out: list[Mention] = []
    sent_starts = [s.start_char for s in doc.sents]

    def window_start(pos: int) -> int:
        idx = max(i for i, s in enumerate(sent_starts) if s <= pos) if sent_starts else 0
        return sent_starts[max(0, idx - 2)] if sent_starts else 0

    for m in _GROUP_NP.finditer(text):
        lo = window_start(m.start())
        prior = [n for n in named if lo <= n.start < m.start() and kinds.get(n.key) in _GROUP_KINDS]
        if prior and len({n.key for n in prior}) == 1:
            out.append(Mention(m.start(), m.end(), prior[-1].key, "name", "coref"))
    issuer = statement_issuer(doc, mentions, kinds)
    if issuer:
        for m in _STATEMENT_NP.finditer(text):
            out.append(Mention(m.start(), m.end(), issuer, "name", "coref"))
    for m in _OUR_FORCES.finditer(text):
        if not _inside_quote(text, m.start()):
            continue
        key = issuer
        if key is None:
            outside = [n for n in named if n.start < m.start() and not _inside_quote(text, n.start)
                       and kinds.get(n.key) in _GROUP_KINDS | {"state"}]
            key = outside[-1].key if outside else None
        if key:
            out.append(Mention(m.start(), m.end(), key, "name", "coref"))
    taken = [(m.start, m.end) for m in mentions]
    return [m for m in out if not any(m.start < e and s < m.end for s, e in taken)]
