"""Average-link merging of the canonical events a linking run produced.

Greedy assignment takes reports one at a time, so one incident can end up split: report C
matches A and B well, but A and B were placed before C and opened two events. After the
assignment, every pair of canonical events that blocking compared is scored by *average link*
(the mean score of all the report pairs scored between them); pairs reaching the threshold are
merged, best first, ties by ids — deterministic, and near-linear since only the pairs blocking
produced are looked at. Only an event opened in this run is ever absorbed (into an older one, or
into the other new one that opened first), so canonical ids that existed before stay stable.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from .reports import Report


def merge_clusters(pair_scores: dict[tuple, float], assigned: dict, members: dict,
                   opened_now: set[str], order: dict[str, int], threshold: float,
                   compatible: Callable[[Report, Report], bool]) -> dict[str, str]:
    """Merge canonical events in place (``assigned`` and ``members``); returns absorbed id ->
    the id it was merged into."""
    between: dict[tuple, list[float]] = defaultdict(list)
    for (ka, kb), total in pair_scores.items():
        ca, cb = assigned[ka][0], assigned[kb][0]
        if ca != cb and (ca in opened_now or cb in opened_now):
            between[(ca, cb) if ca < cb else (cb, ca)].append(total)
    ranked = sorted(((sum(v) / len(v), pair) for pair, v in between.items()
                     if sum(v) / len(v) >= threshold), key=lambda x: (-x[0], x[1]))
    root: dict[str, str] = {}

    def find(c: str) -> str:
        while c in root:
            c = root[c]
        return c
    for _, (ca, cb) in ranked:
        ra, rb = find(ca), find(cb)
        if ra == rb:
            continue
        keep, gone = sorted((ra, rb), key=lambda c: (c in opened_now, order.get(c, 0), c))
        if gone not in opened_now:
            continue                                    # two events that existed before
        if not _documents_agree(members[keep], members[gone], compatible):
            continue
        root[gone] = keep
        for r in members.pop(gone):
            assigned[r.key] = (keep, assigned[r.key][1])
            members[keep].append(r)
    return {c: find(c) for c in root}


def _documents_agree(xs: list[Report], ys: list[Report], compatible) -> bool:
    """Two events may merge unless a document is in both with events that are not one
    incident (two events of one document are different events unless they are siblings)."""
    by_doc = defaultdict(list)
    for r in xs:
        by_doc[r.document_id].append(r)
    return all(compatible(y, x) for y in ys for x in by_doc.get(y.document_id, ()))
