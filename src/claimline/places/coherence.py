"""Spatial coherence of a text's readings: names read in the same state/province, the same
county or the same one-degree neighbourhood support each other (used by ``resolve``)."""
from __future__ import annotations

import math
from collections import Counter
from typing import Dict

from .index import Index, bears_own_name

__all__ = ["add_coherence"]

#: coherence weights: another name of the text with a plausible reading in the same
#: state/province (UNIT) or within about one degree (CELL) or in the same county lifts a
#: reading by weight × log2(1 + supporting names), the names counted up to the cap: the first
#: supporter weighs most, each further one less, so a state that many names share outweighs
#: a pair of namesakes that only support each other (before: a linear sum capped at two
#: names, 1.5 / 1.5 / 2.0, one round)
COHERENCE_UNIT = 1.0
COHERENCE_CELL = 1.0
COHERENCE_COUNTY = 1.3
COHERENCE_CAP = 7.0
COHERENCE_ROUNDS = 2
_MAX_SUPPORT = math.log2(1.0 + COHERENCE_CAP)
_MAX_COHERENCE = _MAX_SUPPORT * (COHERENCE_UNIT + COHERENCE_CELL + COHERENCE_COUNTY)
_log2 = math.log2


def _support(names: float) -> float:
    """Saturating support of ``names`` (a plausibility-weighted count of other names)."""
    if names <= 0.0:
        return 0.0
    return _log2(1.0 + names) if names < COHERENCE_CAP else _MAX_SUPPORT
_NEIGHBOURS = tuple((dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
_POINT_FEATURES = frozenset(("city", "village", "admin2", "site", "mountain"))
exp = math.exp


#: a one-degree cell is one int (a cheaper dict key than a pair): (lat + 500)·1000 + lon + 500
#: for the floors of latitude and longitude, so the cell dy rows and dx columns away is
#: ``code + 1000·dy + dx``
_CELL_ROW = 1000
_CELL_OFFSET = 500


def _cells_around(code: int) -> tuple:
    """The nine one-degree cells around cell ``code`` (itself included), in the order of
    ``_NEIGHBOURS`` (written out: no generator per new entry)."""
    row = _CELL_ROW
    return (code - row - 1, code - row, code - row + 1, code - 1, code, code + 1,
            code + row - 1, code + row, code + row + 1)


def _where(e: tuple) -> tuple:
    """(state/province, one-degree cell, county) of a gazetteer entry; None where it has none."""
    point = e[6] in _POINT_FEATURES
    county = None
    if point and e[4]:
        county = (e[3], e[4], e[0] if e[6] == "admin2" else e[5])
    return (((e[3], e[4]) if e[4] and point else None),
            ((int(math.floor(e[1])), int(math.floor(e[2]))) if point else None),
            county if county and county[2] else None)


def _where_coded(e: tuple, codes: Dict[tuple, int]) -> tuple:
    """:func:`_where` with ints for dict keys (cheaper to hash than tuples): the unit and the
    county numbered in ``codes``, the cell as its code, and the codes of the nine cells around
    (what :func:`_where` gives, worked out directly: this runs for every new entry)."""
    if e[6] not in _POINT_FEATURES:
        return None, None, None, None
    code = (math.floor(e[1]) + _CELL_OFFSET) * _CELL_ROW + math.floor(e[2]) + _CELL_OFFSET
    unit = county = None
    if e[4]:
        unit = codes.setdefault((e[3], e[4]), len(codes))
        third = e[0] if e[6] == "admin2" else e[5]
        if third:
            county = codes.setdefault((e[3], e[4], third), len(codes))
    return unit, code, county, _cells_around(code)


#: namesakes of famous places lend no support to one another (see ``add_coherence``)
FAMOUS_SILENT = True


def _transplanted(index: Index, totals: Dict[str, Counter]) -> Dict[str, frozenset]:
    """Per name: its readings that are namesakes of the famous place the name is the own name
    of (a country, a national capital, a curated region or sea)."""
    out = {}
    memo = index.__dict__.setdefault("_famous_ids", {})
    for k, bucket in totals.items():
        if k.startswith("#") or len(bucket) < 2:
            continue
        famous = memo.get(k)
        if famous is None:
            famous = memo[k] = _famous_ids(index, k)
        if famous and not famous.isdisjoint(bucket):
            namesakes = frozenset(bucket).difference(famous)
            if namesakes:
                out[k] = namesakes
    return out


def _famous_ids(index: Index, key: str) -> frozenset:
    entries = index.entries
    return frozenset(i for i in index.lookup(key)
                     if (entries[i][6] == "country" or entries[i][9] == "capital"
                         or (entries[i][9] == "curated" and entries[i][6] in ("region", "water")))
                     and bears_own_name(entries[i], key))


def _weights(sc: Dict[int, float], where: Dict[int, tuple], mute) -> tuple:
    """One name's weights per unit, cell and county (its best reading there, weighted by
    exp of the gap to its best reading), and the same without its ``mute`` readings."""
    top = max(sc.values())
    units, cells, counties = {}, {}, {}
    qu, qc, qa = ({}, {}, {}) if mute else (None, None, None)
    # the three max-updates are written out twice (all readings / without the muted ones)
    # on purpose: this loop runs for every reading, and a helper call per reading cost more
    # than the rest of the loop
    for i, v in sc.items():
        u, c, a2, _ = where[i]
        if c is None:
            continue
        w = v - top
        w = exp(w if w > -10.0 else -10.0)  # exp(max(v - top, -10.0)) without the call
        if mute and i not in mute:
            if u is not None and w > qu.get(u, 0.0):
                qu[u] = w
            if w > qc.get(c, 0.0):
                qc[c] = w
            if a2 is not None and w > qa.get(a2, 0.0):
                qa[a2] = w
        if u is not None and w > units.get(u, 0.0):
            units[u] = w
        if w > cells.get(c, 0.0):
            cells[c] = w
        if a2 is not None and w > counties.get(a2, 0.0):
            counties[a2] = w
    return units, cells, counties, (qu, qc, qa)


def add_coherence(index: Index, totals: Dict[str, Counter]) -> None:
    """Spatial minimality, softly: every reading gains from the other names of the text that
    have a plausible reading in its state or its neighbourhood. Each name's support for a
    place is its best reading there weighted by how plausible that reading is against the
    name's best one (exp of the score gap), re-estimated over a few rounds."""
    ambiguous = [k for k, b in totals.items() if len(b) > 1]
    if not ambiguous or len(totals) < 2:
        return
    # an entry's unit, cell, county and cells around never change: kept on the index
    where: Dict[int, tuple] = index.__dict__.setdefault("_coherence_where", {})
    codes: Dict[tuple, int] = index.__dict__.setdefault("_coherence_codes", {})
    for bucket in totals.values():
        for i in bucket:
            if i not in where:
                where[i] = _where_coded(index.entries[i], codes)
    # a town named after a famous place ("China", Texas; "Damascus", Maryland) lends no
    # support to another such namesake: settlers named neighbouring towns after the same
    # far-away places, so these namesakes cluster, and "China ... Italy" would pull each other
    # to two Texas villages (they still support and draw on other names: "Paris" and "Henry
    # County", Tennessee)
    silent = _transplanted(index, totals) if FAMOUS_SILENT else {}
    base = {k: dict(b) for k, b in totals.items()}
    scores = base
    # per name: the scores its last weights were worked out from, and those weights (a name
    # whose scores did not change gives the same weights again)
    lent: Dict[str, tuple] = {}
    for _ in range(COHERENCE_ROUNDS):
        unit_of: Dict[str, Dict] = {}
        cell_of: Dict[str, Dict] = {}
        county_of: Dict[str, Dict] = {}
        # plain dicts, not Counters: a Counter's first += on a key calls __missing__ in Python
        unit_sum: Dict = {}
        cell_sum: Dict = {}
        county_sum: Dict = {}
        # the same sums without the namesakes of famous places: what such a namesake draws on
        q_unit: Dict = {}
        q_cell: Dict = {}
        q_county: Dict = {}
        q_of: Dict[str, tuple] = {}
        for k, sc in scores.items():
            if k.startswith("#") or not sc:
                continue
            mute = silent.get(k, ())
            last = lent.get(k)
            if last is not None and (last[0] is sc or last[0] == sc):
                _, units, cells, counties, (qu, qc, qa) = last
            else:
                units, cells, counties, (qu, qc, qa) = _weights(sc, where, mute)
                lent[k] = (sc, units, cells, counties, (qu, qc, qa))
            for u, w in units.items():
                unit_sum[u] = unit_sum.get(u, 0.0) + w
            for c, w in cells.items():
                cell_sum[c] = cell_sum.get(c, 0.0) + w
            for a2, w in counties.items():
                county_sum[a2] = county_sum.get(a2, 0.0) + w
            unit_of[k], cell_of[k], county_of[k] = units, cells, counties
            if silent:
                if mute:
                    units, cells, counties = qu, qc, qa
                    q_of[k] = (qu, qc, qa)
                for u, w in units.items():
                    q_unit[u] = q_unit.get(u, 0.0) + w
                for c, w in cells.items():
                    q_cell[c] = q_cell.get(c, 0.0) + w
                for a2, w in counties.items():
                    q_county[a2] = q_county.get(a2, 0.0) + w
        new = {}
        for k, sc in base.items():
            if len(sc) < 2:
                new[k] = sc
                continue
            if k in silent:
                own_u, own_c, own_a2 = q_of.get(k, ({}, {}, {}))
                unit_s, cell_s, county_s = q_unit, q_cell, q_county
            else:
                own_u, own_c = unit_of.get(k, {}), cell_of.get(k, {})
                own_a2 = county_of.get(k, {})
                unit_s, cell_s, county_s = unit_sum, cell_sum, county_sum
            unit_get, county_get = unit_s.get, county_s.get
            out = {}
            # a reading further below the name's best than the largest bonus cannot win
            floor = max(sc.values()) - _MAX_COHERENCE
            for i, v in sc.items():
                if v < floor:
                    out[i] = v
                    continue
                u, c, a2, around = where[i]
                # _support inlined (this loop runs for every reading, every round)
                bonus = 0.0
                if a2 is not None:
                    names = county_get(a2, 0.0) - own_a2.get(a2, 0.0)
                    if names > 0.0:
                        bonus += COHERENCE_COUNTY * (
                            _log2(1.0 + names) if names < COHERENCE_CAP else _MAX_SUPPORT)
                if u is not None:
                    names = unit_get(u, 0.0) - own_u.get(u, 0.0)
                    if names > 0.0:
                        bonus += COHERENCE_UNIT * (
                            _log2(1.0 + names) if names < COHERENCE_CAP else _MAX_SUPPORT)
                if c is not None:
                    # a cell no name has a reading in adds exactly 0.0: skipped (the name's
                    # own cells are among the summed ones)
                    near = 0.0
                    if own_c:
                        for cell in around:
                            if cell in cell_s:
                                near += cell_s[cell] - own_c.get(cell, 0.0)
                    else:  # x - 0.0 is x: the same sums without the lookups
                        for cell in around:
                            if cell in cell_s:
                                near += cell_s[cell]
                    if near > 0.0:
                        bonus += COHERENCE_CELL * (
                            _log2(1.0 + near) if near < COHERENCE_CAP else _MAX_SUPPORT)
                out[i] = v + bonus
            new[k] = out
        if all(new[k] is sc or new[k] == sc for k, sc in scores.items()):
            # the same scores again: every further round would give these same scores
            scores = new
            break
        scores = new
    for k, bucket in totals.items():
        for i, v in scores[k].items():
            bucket[i] = v
