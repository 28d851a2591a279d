"""Airwars-style grade of a canonical event, with the rule that fired.

Rules, first match wins:

1. **discounted** — no report asserts that the event happened (every report denies it, or only
   threatens or supposes it).
2. **confirmed** — a belligerent accepts responsibility: in a report of an assault or coercion
   the claimant is among the perpetrators (the actor speaks of its own action), and the report is
   not a denial. (A speaker of an accusation is its actor too; that is not a confirmation.)
3. **contested** — competing claims: one report denies what others assert, or reports blame
   perpetrators that share no one (affiliations counted: YPG and SDF are not competing).
4. **fair** — two or more independent sources: different outlets, and not copies of one wire
   text (near-identical wording counts once).
5. **weak** — a single source.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from .reports import Report

IsCopy = Callable[[Report, Report], bool]

ASSERTING = ("reported", "claimed", "recalled")
#: event types whose perpetrator can "accept responsibility" (harm done to someone)
RESPONSIBILITY_TYPES = ("ASSAULT", "COERCE")
#: cosine of two reports' texts at or above which they count as one source (a wire copy)
COPY_COSINE = 0.9


def _ref(r: Report) -> str:
    return f"{r.outlet or r.document_id}"


def _expanded(r: Report, names: Iterable[str]) -> set[str]:
    affiliations = r.extra.get("affiliations", {})
    out = set()
    for n in names:
        out.add(n.lower())
        out.update(a.lower() for a in affiliations.get(n, ()))
    return out


def independent_sources(reports: list[Report], is_copy: Optional[IsCopy] = None) -> list[str]:
    """One label per independent source: outlets, with wire copies merged into their original."""
    groups: list[list[Report]] = []
    for r in reports:
        outlet = (r.outlet or f"doc:{r.document_id}").strip().lower()
        home = next((g for g in groups
                     if any((m.outlet or f"doc:{m.document_id}").strip().lower() == outlet
                            or (is_copy is not None and is_copy(m, r)) for m in g)), None)
        if home is None:
            groups.append([r])
        else:
            home.append(r)
    return [_ref(g[0]) for g in groups]


def grade(reports: list[Report], is_copy: Optional[IsCopy] = None) -> tuple[str, str]:
    """(grade, grade_reason) for the reports of one canonical event."""
    asserting = [r for r in reports if r.status in ASSERTING]
    if not asserting:
        statuses = sorted({r.status for r in reports})
        return "discounted", (f"discounted: no report asserts it happened "
                              f"({len(reports)} report(s), status {', '.join(statuses)})")
    for r in asserting:
        if r.type not in RESPONSIBILITY_TYPES:
            continue
        own = _expanded(r, r.claimed_by) & _expanded(r, r.actor)
        if r.claimed_by and own:
            who = next(n for n in r.claimed_by if _expanded(r, [n]) & own)
            return "confirmed", (f"confirmed: {who} accepts responsibility "
                                 f"(report {r.document_id}#{r.event_id}, {_ref(r)})")
    denials = [r for r in reports if r.status == "denied"]
    if denials:
        who = sorted({n for r in denials for n in r.claimed_by} or {_ref(r) for r in denials})
        return "contested", (f"contested: denied by {', '.join(who)} while "
                             f"{len(asserting)} report(s) assert it")
    blamed = [(r, _expanded(r, r.actor)) for r in asserting if r.actor]
    for i, (a, sa) in enumerate(blamed):
        for b, sb in blamed[i + 1:]:
            if not sa & sb:
                return "contested", (f"contested: {_ref(a)} blames {', '.join(a.actor)}, "
                                     f"{_ref(b)} blames {', '.join(b.actor)}")
    sources = independent_sources(asserting, is_copy)
    if len(sources) >= 2:
        return "fair", f"fair: {len(sources)} independent sources ({', '.join(sorted(sources))})"
    if len(asserting) > 1:
        return "weak", (f"weak: single source ({sources[0]}; {len(asserting)} reports are "
                        f"from it or copies of one text)")
    return "weak", f"weak: single source ({sources[0]})"
