"""Candidate blocking: only reports that could be the same event are ever compared.

Each report is put in day cells (its date window, widened by precision — see
``reports.DATE_SLACK``) of its place: (country, admin1). A report whose place is only a country
is compared with every report of that country on those days; one without a place with every
report on those days. Reports without a usable date are never linked. The number of candidates
per report is capped (nearest in date first), so linking stays near-linear however many reports
a busy day has.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .reports import Report
from .scoring import COARSE, compatible_types

#: most candidates kept per report (nearest dates first)
MAX_CANDIDATES = 200
#: widest date window (days) a report is blocked over
MAX_SPAN = 400

ANY = "*"


def _cell(r: Report) -> tuple[str, str]:
    """(country, admin1); a coarse place (region or country, see ``scoring.COARSE``) is blocked
    by country alone, since its region may be a guess."""
    if r.geo_precision is not None and r.geo_precision >= COARSE:
        return (r.country or ANY, ANY)
    return (r.country or ANY, r.admin1 or ANY)


class BlockIndex:
    """Day-cell index over reports; ``candidates(r)`` lists the indexed reports to compare."""

    def __init__(self, reports: Iterable[Report] = ()):
        self.by_place: dict[tuple, list[Report]] = defaultdict(list)   # (country, admin1, day)
        self.by_country: dict[tuple, list[Report]] = defaultdict(list)  # (country, day)
        self.by_day: dict[int, list[Report]] = defaultdict(list)
        for r in reports:
            self.add(r)

    @staticmethod
    def days(r: Report) -> range:
        if r.first is None or r.last is None or r.last - r.first > MAX_SPAN:
            return range(0)
        return range(r.first, r.last + 1)

    def add(self, r: Report) -> None:
        country, admin1 = _cell(r)
        for d in self.days(r):
            self.by_place[(country, admin1, d)].append(r)
            self.by_country[(country, d)].append(r)
            self.by_day[d].append(r)

    def _probe(self, r: Report, d: int) -> Iterable[list[Report]]:
        country, admin1 = _cell(r)
        if country == ANY:
            yield self.by_day.get(d, ())
            return
        if admin1 == ANY:
            yield self.by_country.get((country, d), ())
        else:
            yield self.by_place.get((country, admin1, d), ())
            yield self.by_place.get((country, ANY, d), ())
        yield self.by_place.get((ANY, ANY, d), ())

    def candidates(self, r: Report) -> list[Report]:
        seen: dict[tuple, Report] = {}
        for d in self.days(r):
            for bucket in self._probe(r, d):
                for other in bucket:
                    if other.document_id != r.document_id and other.key not in seen \
                            and compatible_types(r.type, other.type):
                        seen[other.key] = other
        found = list(seen.values())
        if len(found) > MAX_CANDIDATES:
            mid = (r.first + r.last) / 2
            found.sort(key=lambda o: (abs((o.first + o.last) / 2 - mid), o.key))
            found = found[:MAX_CANDIDATES]
        return sorted(found, key=Report.sort_key)
