"""Merging mentions of one event within a document ("the air attack on Mount Qarachokh", "the
aggression against Qarachokh", "the Turkish attack") into one event with several evidence spans.

Two mentions are one event when their PLOVER category agrees, their ACLED sub-types agree (or one
is a generic attack/killing), their places agree (or one has none), their dates agree when both
come from time expressions, and their actors are not two disjoint sets.
"""
from __future__ import annotations

from .build import Mention, absorb
from .triggers import violence_rank

#: when mentions disagree, the event keeps the most telling status (reported vs recalled: below)
STATUS_ORDER = ["denied", "recalled", "claimed", "threatened", "hypothetical", "reported"]


def _dates_agree(a: Mention, b: Mention) -> bool:
    """Dates from time expressions that are one (or one's start extends the other's: "2017" and
    "2017-04-25"). Stricter than the overlap of events.incident.dates_compatible, on purpose: a
    mention dated to a month or week stays apart from one dated to a day in it (the overlap rule
    here cost FA-KES dev one cause and one civilian count, 2026-11-25).
    A mention dated by a day no publication date places ("on Friday") is not undated: it stays
    apart from one the text dates only to a month or a year ("In May 2016")."""
    for x, y in ((a, b), (b, a)):
        if x.unplaced_day and y.explicit_date and getattr(y.date, "precision", "") != "day":
            return False
    if not (a.explicit_date and b.explicit_date):
        return True
    sa, sb = a.date.start or "", b.date.start or ""
    return sa.startswith(sb) or sb.startswith(sa) or (not sa or not sb)


def _toll(m: Mention) -> int:
    return max((c.best for c in m.counts if c.kind == "killed"), default=0)


def _same_report(a: Mention, b: Mention) -> bool:
    """Same sub-type, place, day and death toll: one attack told twice, even where the parse
    gives the two mentions different doers."""
    return (a.acled == b.acled and a.place is not None and a.place == b.place
            and a.explicit_date and b.explicit_date and a.date.precision == "day"
            and a.date.start == b.date.start and _toll(a) > 0 and _toll(a) == _toll(b))


def compatible(a: Mention, b: Mention) -> bool:
    if a.plover != b.plover:
        return False
    if a.acled != b.acled and not (a.generic or b.generic):
        return False
    if a.place is not None and b.place is not None and a.place != b.place:
        return False
    if (a.actor and b.actor and not set(a.actor) & set(b.actor)
            and not (a.inferred_actor or b.inferred_actor or _same_report(a, b))):
        return False
    if a.status in ("threatened", "hypothetical") or b.status in ("threatened", "hypothetical"):
        return a.status == b.status
    return _dates_agree(a, b)


def _precision_rank(m: Mention) -> int:
    order = ["day", "week", "month", "year", "decade", "century", "unknown"]
    p = getattr(m.date, "precision", "unknown")
    return order.index(p) if p in order else len(order)


def _status(a: Mention, b: Mention) -> str:
    """The most telling status; between a mention reporting the event as news and one recalling
    it, the one that dates the event (explicitly), else the one that gives its toll: a news
    report's own dated, counted attack stays news when a later sentence looks back on it, and a
    recalled past attack stays recalled when an undated sentence tells it again."""
    if {a.status, b.status} != {"reported", "recalled"}:
        return min((a.status, b.status), key=STATUS_ORDER.index)
    for telling in (lambda m: m.explicit_date, lambda m: _toll(m) > 0):
        told = [m for m in (a, b) if telling(m)]
        if len(told) == 1:
            return told[0].status
    return "recalled"


def merge(a: Mention, b: Mention) -> Mention:
    best, other = (b, a) if violence_rank(b.family) < violence_rank(a.family) or (
        a.generic and not b.generic) else (a, b)
    status = _status(a, b)
    dated = [m for m in (a, b) if m.explicit_date]
    date = min(dated, key=_precision_rank).date if dated else a.date
    parsed = [m.actor for m in (a, b) if m.actor and not m.inferred_actor]
    merged = absorb(best, other)
    if len(parsed) == 1:  # a doer from the parse outranks one guessed from the sentence
        merged.actor = list(parsed[0])
        merged.recipient = [r for r in merged.recipient if r not in merged.actor]
    merged.inferred_actor = not parsed and bool(merged.actor)
    merged.status = status
    merged.date, merged.explicit_date = date, bool(dated)
    return merged


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    events: list[Mention] = []
    for m in mentions:
        for i, ev in enumerate(events):
            if compatible(ev, m):
                events[i] = merge(ev, m)
                break
        else:
            events.append(m)
    return events
