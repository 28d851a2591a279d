"""Events placed abroad by mistake join the incident their own document tells.

Geocoding sometimes places an attack where its *speaker* or a *comparison* is (the capital of a
government that blames someone, a city named as the site of an earlier atrocity). Such a report
lands in another country than its document's other event of the same attack on the same day,
so no report of the incident can ever be compared with it and it stays alone. After clustering,
a report of this run that is still alone joins the canonical event of such a *displaced
sibling* — same document, compatible types and ACLED family, the same own day, a place in
another country — when that event gathers several documents and the other documents place it
in the sibling's country, none in the lone report's. Siblings in one country are
left alone: two places of one country on one day are usually two incidents.
"""
from __future__ import annotations

from collections import defaultdict

from .reports import Report
from .scoring import _day_range, compatible_types, same_acled_family, same_incident


def displaced_sibling(a: Report, b: Report) -> bool:
    """Two events of one document telling one attack on one day, placed in two countries."""
    if a.document_id != b.document_id or a.key == b.key:
        return False
    if not (a.country and b.country) or a.country == b.country:
        return False
    if not compatible_types(a.type, b.type) or not same_acled_family(a.acled, b.acled):
        return False
    if a.precision != "day" or b.precision != "day" or not (a.date_start and b.date_start):
        return False
    if a.first is None or b.first is None:
        return False
    return _day_range(a) == _day_range(b)


def attach_displaced(new: list[Report], assigned: dict, members: dict,
                     opened_now: set[str]) -> dict[str, str]:
    """Move each new report left alone into the event of a displaced sibling (in place, in
    ``assigned`` and ``members``); returns the emptied canonical id -> the id it joined."""
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for r in new:
        by_doc[r.document_id].append(r)
    moved: dict[str, str] = {}
    moved_keys: set[tuple] = set()      # reports this pass moved do not vouch for a country
    for r in new:
        cid = assigned[r.key][0]
        if cid not in opened_now or len(members.get(cid, ())) != 1:
            continue
        options = []
        for s in by_doc[r.document_id]:
            target = assigned[s.key][0]
            if target == cid or not displaced_sibling(r, s):
                continue
            docs = {m.document_id for m in members[target]}
            same_doc = [m for m in members[target] if m.document_id == r.document_id]
            if len(docs) < 2 or not all(same_incident(r, m) or displaced_sibling(r, m)
                                        for m in same_doc):
                continue
            # the other documents must place the incident in the sibling's country, never in
            # this report's: it is this report that was displaced, not its sibling
            countries = {m.country for m in members[target] if m.key not in moved_keys
                         and m.document_id != r.document_id and m.country}
            if r.country in countries or s.country not in countries:
                continue
            options.append((-len(docs), target))
        if not options:
            continue
        target = min(options)[1]
        members.pop(cid)
        members[target].append(r)
        assigned[r.key] = (target, None)
        moved[cid] = target
        moved_keys.add(r.key)
    return moved
