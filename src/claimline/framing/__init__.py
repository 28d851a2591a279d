"""The framing stage: loaded language and name-calling, with a neutral wording and a voice.

Matches the packaged lexicon (``framing/data/lexicon.tsv``, every side's vocabulary) on lemmas.
Each flag carries its propaganda technique (SemEval-2020 Task 11 names), a neutral wording
("martyred" -> "killed"; "occupation state" -> the canonical name of the state actor whose mention
covers it) and its voice: the speaker of the claim whose content holds it, or None when it is the
outlet's own wording.
"""
from __future__ import annotations

import re

from ..pipeline import stage
from ..record import Framing, Record
from .lexicon import Entry, get_matcher

__all__ = ["flag_framing", "find_framing", "neutral_wording"]


def _covering_actor(record: Record, span, kinds=("state",)):
    best, size = None, 0
    for actor in record.actors:
        if kinds and actor.kind not in kinds:
            continue
        for s, e in actor.mentions:
            ov = min(e, span[1]) - max(s, span[0])
            if ov > size:
                best, size = actor, ov
    return best


def neutral_wording(entry: Entry, record: Record, span, rest: str = "",
                    noun: bool = False) -> str | None:
    """The replacement for a flagged phrase; "" means the word is best dropped ("heroic")."""
    wording, _, noun_wording = entry.neutral.partition(";")
    if noun and noun_wording:
        wording = noun_wording
    template, _, fallback = wording.partition("|")
    if not template and not fallback:
        return ""
    if "{actor}" in template:
        actor = _covering_actor(record, span) or _covering_actor(record, span, kinds=())
        if actor is None:
            return fallback or None
        return template.replace("{actor}", actor.name)
    return template.replace("{rest}", rest).strip() or None


def _voice(record: Record, span) -> str | None:
    inside = [c for c in record.claims if c.content[0] <= span[0] and span[1] <= c.content[1]]
    if not inside:
        return None
    smallest = min(inside, key=lambda c: c.content[1] - c.content[0])
    return smallest.speaker


def find_framing(record: Record, doc) -> list[Framing]:
    found = []
    for entry, start, end in get_matcher(doc.vocab)(doc):
        # longest match first; on a tie an exact phrase beats a wildcard one
        found.append((end - start, not entry.wildcard, -start, start, end, entry))
    found.sort(key=lambda m: m[:5], reverse=True)
    taken: set[int] = set()
    flags = []
    for _, _, _, start, end, entry in found:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        rest = ""
        if entry.wildcard:
            rest = doc[end - 1].text
        flags.append(Framing(span=span, text=record.document.text[span[0]:span[1]],
                             technique=entry.technique,
                             neutral=neutral_wording(entry, record, span, rest,
                                                     noun=doc[end - 1].pos_ in {"NOUN", "PROPN"}),
                             voice=_voice(record, span)))
    flags.sort(key=lambda f: f.span)
    return flags


@stage("framing", version="1")
def flag_framing(record: Record, doc) -> Record:
    return record.model_copy(update={"framing": find_framing(record, doc)})


def neutralise(text: str, start: int, flags: list[Framing]) -> str:
    """``text`` (which starts at ``start`` in the document) with every flag inside it replaced by
    its neutral wording (dropped when the wording is empty; kept when there is none)."""
    out, pos = [], 0
    for f in sorted(flags, key=lambda f: f.span):
        s, e = f.span[0] - start, f.span[1] - start
        if s < pos or s < 0 or e > len(text):
            continue
        before = text[pos:s]
        if f.neutral and f.text.endswith(" " + f.neutral) and before.endswith(" and "):
            before = before[:-4]  # "close and blatant cooperation" -> "close cooperation"
        out.append(before)
        if f.neutral is None:
            out.append(text[s:e])
        else:
            out.append(f.neutral)
        pos = e
    out.append(text[pos:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()
