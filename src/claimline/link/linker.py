"""Incremental, deterministic linking of the store's reports into canonical events.

Reports not linked yet are taken in a fixed order (first day, document id, event id). Each is
compared with the candidates blocking finds among the reports linked before it; it joins the
canonical event whose reports it matches best on average (at least ``THRESHOLD``; two events of
one document only when they are siblings telling one incident), or opens a new one whose id
derives from it; then canonical events opened in this run merge by average link (``merge.py``),
and a report left alone because it was placed abroad joins its document's sibling
(``siblings.py``). Reports already linked keep
their canonical event, so a re-run on the same store changes nothing and ids stay stable.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field

from ..store.filters import day_range
from .blocking import BlockIndex
from .canonical import build_canonical, canonical_id
from .grade import COPY_COSINE
from .merge import merge_clusters
from .reports import Report, attach_texts, load_reports
from .scoring import THRESHOLD, same_incident, score_pair
from .siblings import attach_displaced
from .text import pair_cosines, vectorize


@dataclass
class LinkStats:
    reports: int = 0                 # reports (events) in the store
    new_reports: int = 0             # linked by this run
    joined_existing: int = 0         # ... into a canonical event that existed before this run
    joined_new: int = 0              # ... into one opened earlier in this run
    opened: int = 0                  # canonical events opened by this run
    removed: int = 0                 # canonical events dropped (their documents were deleted)
    pairs_scored: int = 0
    canonical_events: int = 0
    grades: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class _Texts:
    """Text vectors of the reports involved in this run, and cosines between them (cached)."""

    def __init__(self, reports: list[Report]):
        self.row = {r.key: i for i, r in enumerate(reports)}
        self.matrix = vectorize([r.text or " " for r in reports]) if reports else None
        self.leads = vectorize([r.lead or " " for r in reports]) if reports else None
        self.cache: dict[tuple, float] = {}

    def cosines(self, pairs: list[tuple[Report, Report]]) -> list[float]:
        """Cosine of the event texts (title and evidence context) of each pair."""
        if not pairs:
            return []
        left, right = [self.row[a.key] for a, _ in pairs], [self.row[b.key] for _, b in pairs]
        values = list(pair_cosines(self.matrix, left, right))
        for (a, b), v in zip(pairs, values):
            self.cache[(a.key, b.key)] = self.cache[(b.key, a.key)] = v
        return values

    def lead_cosines(self, pairs: list[tuple[Report, Report]]) -> list[float]:
        """Cosine of the documents' leads (the whole news item, not just the event's sentences)."""
        if not pairs:
            return []
        return list(pair_cosines(self.leads, [self.row[a.key] for a, _ in pairs],
                                 [self.row[b.key] for _, b in pairs]))

    def is_copy(self, a: Report, b: Report) -> bool:
        cos = self.cache.get((a.key, b.key))
        if cos is None:
            cos = self.cosines([(a, b)])[0]
        return cos >= COPY_COSINE


def executemany(store, sql: str, rows: list[tuple]) -> None:
    """One round of many parameter rows (both DB-API drivers batch these)."""
    if rows:
        store.conn.cursor().executemany(store.q(sql), rows)


def cluster_score(scores: list[float]) -> float:
    """How well a report matches a canonical event: its mean score with the event's reports
    that blocking compared it with (average link: one close report is not enough to chain)."""
    return sum(scores) / len(scores)


def _assignments(store) -> dict[tuple, tuple[str, float | None]]:
    rows = store.query("SELECT document_id, event_id, canonical_id, score FROM canonical_reports")
    return {(r["document_id"], r["event_id"]): (r["canonical_id"], r["score"]) for r in rows}


def link_store(store, rebuild: bool = False) -> LinkStats:
    """Link every report not linked yet; refresh the canonical events that changed."""
    started = time.perf_counter()
    stats = LinkStats()
    if rebuild:
        with store.transaction():
            store.execute("DELETE FROM canonical_reports")
            store.execute("DELETE FROM canonical_events")
    reports = sorted(load_reports(store), key=Report.sort_key)
    stats.reports = len(reports)
    assigned = _assignments(store)
    members: dict[str, list[Report]] = defaultdict(list)
    new: list[Report] = []
    for r in reports:
        if r.key in assigned:
            members[assigned[r.key][0]].append(r)
        else:
            new.append(r)
    stats.new_reports = len(new)

    # canonical events whose reports changed since they were built (documents deleted/replaced)
    stored = {row["id"]: row["n_reports"] for row in
              store.query("SELECT id, n_reports FROM canonical_events")}
    gone = sorted(cid for cid in stored if cid not in members)
    dirty = {cid for cid, n in stored.items() if cid in members and len(members[cid]) != n}
    dirty |= {cid for cid in members if cid not in stored}

    # candidate pairs: each new report against reports linked before it
    index = BlockIndex(reports)
    position = {r.key: i for i, r in enumerate(reports)}
    pending: list[tuple[Report, Report]] = []
    for r in new:
        for other in index.candidates(r):
            if other.key in assigned or position[other.key] < position[r.key]:
                pending.append((r, other))
    involved = {r.key: r for pair in pending for r in pair}
    existing_hit = {assigned[o.key][0] for _, o in pending if o.key in assigned}
    for cid in existing_hit | dirty:
        for m in members[cid]:
            involved[m.key] = m
    for r in new:
        involved[r.key] = r
    involved_list = sorted(involved.values(), key=Report.sort_key)
    attach_texts(store, involved_list)
    texts = _Texts(involved_list)
    cosines = texts.cosines(pending)
    leads = texts.lead_cosines(pending)
    stats.pairs_scored = len(pending)

    by_report: dict[tuple, list[tuple[Report, float]]] = defaultdict(list)
    for (r, other), cos, lead in zip(pending, cosines, leads):
        s = score_pair(r, other, cos, lead)
        by_report[r.key].append((other, 0.0 if s is None else s.total))

    opened_now: set[str] = set()
    order: dict[str, int] = {}          # canonical events in the order they were first used
    docs_in: dict[str, set[str]] = {cid: {m.document_id for m in ms}
                                    for cid, ms in members.items()}
    for r in new:
        per_cluster: dict[str, list[float]] = defaultdict(list)
        for other, total in by_report.get(r.key, ()):
            cid = assigned.get(other.key, (None,))[0]
            if cid is not None:
                per_cluster[cid].append(total)
        best, best_score = None, THRESHOLD
        for cid in sorted(per_cluster):
            if r.document_id in docs_in.get(cid, ()) and not all(
                    same_incident(r, m) for m in members[cid] if m.document_id == r.document_id):
                continue
            mean = cluster_score(per_cluster[cid])
            if mean >= best_score and (best is None or mean > best_score):
                best, best_score = cid, mean
        if best is None:
            cid, score = canonical_id(r.document_id, r.event_id), None
            while cid in members:       # its id survives in an event that lost this report
                cid = canonical_id(cid, r.event_id)
            stats.opened += 1
            opened_now.add(cid)
        else:
            cid, score = best, round(best_score, 4)
            if cid in opened_now:
                stats.joined_new += 1
            else:
                stats.joined_existing += 1
        assigned[r.key] = (cid, score)
        members[cid].append(r)
        docs_in.setdefault(cid, set()).add(r.document_id)
        dirty.add(cid)
        order.setdefault(cid, len(order))

    pair_scores = {(r_key, other.key): total for r_key, found in by_report.items()
                   for other, total in found if total > 0}
    absorbed = merge_clusters(pair_scores, assigned, members, opened_now, order, THRESHOLD,
                              same_incident)
    for absorbed_id in absorbed:
        dirty.discard(absorbed_id)
        stats.opened -= 1
        stats.joined_new += 1
    for emptied, target in attach_displaced(new, assigned, members, opened_now).items():
        dirty.discard(emptied)
        dirty.add(target)
        stats.opened -= 1
        if target in opened_now:
            stats.joined_new += 1
        else:
            stats.joined_existing += 1
    links = [(r.document_id, r.event_id, *assigned[r.key]) for r in new]

    now = _now()
    rows = [_canonical_row(cid, members[cid], assigned, texts, now) for cid in sorted(dirty)]
    with store.transaction():
        executemany(store, "DELETE FROM canonical_events WHERE id = ?",
                    [(cid,) for cid in gone + sorted(dirty)])
        executemany(store, "INSERT INTO canonical_reports (document_id, event_id, canonical_id, "
                    "score, linked_at) VALUES (?, ?, ?, ?, ?)",
                    [(*link, now) for link in links])
        executemany(store, "INSERT INTO canonical_events (id, type, acled, day_first, day_last, "
                    "place_name, country, admin1, admin2, fatalities_best, grade, grade_reason, "
                    "n_reports, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?)", rows)
    stats.removed = len(gone)
    counts = store.query("SELECT grade, COUNT(*) AS n FROM canonical_events GROUP BY grade")
    stats.grades = {row["grade"]: int(row["n"]) for row in sorted(counts, key=lambda x: x["grade"])}
    stats.canonical_events = sum(stats.grades.values())
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats


def _canonical_row(cid: str, reports: list[Report], assigned: dict, texts: _Texts,
                   now: str) -> tuple:
    scores = {r.key: assigned[r.key][1] for r in reports}
    complete = all(r.key in texts.row for r in reports)
    obj = build_canonical(cid, reports, scores, texts.is_copy if complete else None)
    first = day_range(obj["date"]["start"])[0]
    last = day_range(obj["date"]["end"] or obj["date"]["start"])[1]
    place = obj["place"] or {}
    fat = obj["fatalities"] or {}
    return (cid, obj["type"], obj["acled"], first, last, place.get("name"), place.get("country"),
            place.get("admin1"), place.get("admin2"), fat.get("best"), obj["grade"],
            obj["grade_reason"], len(reports), json.dumps(obj, ensure_ascii=False), now)
