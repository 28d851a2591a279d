"""Toponym resolution: gazetteer candidates for each mention, scored with document context.

Each candidate gets a prior (population, feature type, exact vs alias name, cue words such as
"Mount"/"district") and, in a second pass, context: the document's focus countries, admin1
units the document names ("X, Georgia", or Georgia elsewhere in the text), and closeness to the
places that were unambiguous on the first pass. The best candidate wins; its softmax share is
the confidence. Names with no candidate stay unresolved (``entry is None``).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..geo import haversine_km
from .candidates import _admin_key, candidates
from .coherence import add_coherence
from .index import Entry, Index
from .match_kinds import another_name
from .mention import Mention

__all__ = ["Resolution", "resolve", "readings", "haversine_km", "precision_of"]


#: UCDP where_prec by feature: 1 exact place, 2 near a place, 3 admin2, 4 admin1,
#: 5 larger region, 6 country, 7 water/air
_PRECISION = {"village": 1, "city": 1, "site": 1, "mountain": 2, "admin2": 3, "admin1": 4,
              "region": 5, "country": 6, "other": 4, "water": 7}
_FEATURE_PRIOR = {"country": 2.5, "admin1": 2.0, "region": 1.5, "water": 1.5, "mountain": 1.0,
                  "site": 1.0,
                  "admin2": 0.0, "city": 0.0, "village": 0.0}


#: first-pass score lead that makes a reading unambiguous enough to anchor the others
#: (0.8 is a population ratio of about 100 between two otherwise equal readings)
ANCHOR_MARGIN = 0.8
#: prior lift of a national capital over its population
CAPITAL_BONUS = 1.5
#: prior cost of a first-level unit named after a town of it that the name also reads as
SEAT_PENALTY = 3.0
#: prior cost of a town that bears its national capital's name, in the capital's country, when
#: no state is written with it ("Washington" in US news is D.C.; AP writes "Washington, Ga.")
CAPITAL_NAMESAKE_PENALTY = 3.0
#: readings kept per name after the prior (context can lift a reading by about 9 points)
MAX_CANDIDATES = 30
#: prior cost of a town read by an alternate name that a town of the same country bears as
#: its own ("Oxford" was an old name of Ashley, Ohio; Oxford, Ohio is called Oxford)
OTHERS_NAME_PENALTY = 3.0


@dataclass
class Resolution:
    mention: Mention
    entry: Optional[Entry]
    entry_id: Optional[int]
    match: Optional[str]
    score: float
    precision: int


def precision_of(entry: Entry, mention: Mention) -> int:
    prec = _PRECISION.get(entry.feature, 4)
    if mention.head in ("admin2", "region") and entry.feature in ("city", "village"):
        return 3  # "Derik district": the district around its seat
    if mention.head == "city" and entry.feature in ("city", "village"):
        return 2  # "X countryside", "X outskirts": near the place
    return prec


def _state_countries(index: Index, state: str) -> frozenset:
    """Countries the name written after a comma may stand for ("Tbilisi, Georgia")."""
    memo = index.__dict__.setdefault("_state_countries", {})
    found = memo.get(state)
    if found is None:
        found = memo[state] = frozenset(index.entries[i][3] for i in index.lookup(_admin_key(state))
                                        if index.entries[i][6] == "country")
    return found


def _prior(e: Entry, kind: str, mention: Mention, state_countries: frozenset = frozenset()
           ) -> float:
    s = 0.4 * math.log10(e.population + 1) + _FEATURE_PRIOR.get(e.feature, 0.0)
    if e.source == "curated":
        s += 1.0
    elif e.source == "capital":
        s += CAPITAL_BONUS  # capitals are named in news far beyond what their population suggests
    if kind in ("exact", "abbreviation"):
        s += 1.2
    head = mention.head
    if head:
        if head == e.feature:
            s += 3.0
        elif head in ("admin2", "region") and e.feature in ("city", "village"):
            s += 1.0
        elif head == "mountain" or (head in ("admin1", "admin2") and e.feature == "country"):
            s -= 2.0
    if e.feature == "admin2" and head != "admin2" and not mention.key.endswith(
            ("county", "parish", "borough", "district")):
        s -= 1.5  # a bare name is a town far more often than the county named after it
    if mention.state:
        if _admin_key(e.admin1) == _admin_key(mention.state):
            s += 5.0
        elif e.country in state_countries and e.feature not in ("country", "admin1"):
            s += 4.0  # "Tbilisi, Georgia": the country contains it
        elif e.feature not in ("country", "admin1"):
            s -= 2.0
    return s


@dataclass
class _Context:
    countries: Counter
    top_country: str
    strong_focus: bool                # the top country holds FOCUS_SHARE of the votes
    admin1s: Dict[str, set]           # admin1 key -> mention keys that name or imply it
    anchors: List[Tuple[float, float, str]]
    backers: Dict[str, Dict[str, float]]  # country -> {mention key (or "" for actors): vote}


def _digest(index: Index, opts: Sequence[Tuple[int, str, float, float]], sig: tuple) -> tuple:
    """What a name's readings (``_options`` of ``sig``) lend the context: the admin1 keys its
    admin1 readings name, its country votes (in rank order) and, when one reading leads by
    ``ANCHOR_MARGIN``, that reading's (admin1 key, lat, lon). Memoised with the readings."""
    return index.memoised("_digests", sig, lambda: _compute_digest(index, opts, sig[2]))


def _compute_digest(index: Index, opts: Sequence[Tuple[int, str, float, float]],
                    demonym) -> tuple:
    a1_keys = tuple(_admin_key(index.entries[i][4]) for i, kind, _, _ in opts
                    if index.entries[i][6] == "admin1" and kind != "fuzzy" and not demonym)
    ranked = sorted(opts, key=lambda o: -o[3])
    best = index.entry(ranked[0][0])
    margin = ranked[0][3] - ranked[1][3] if len(ranked) > 1 else 99.0
    top = ranked[0][3]
    shares = [math.exp(o[3] - top) for o in ranked]
    total = sum(shares)
    weight = 2.0 if best.feature in ("country", "admin1") else 1.0
    votes = tuple((index.entries[o[0]][3], weight * share / total)
                  for o, share in zip(ranked, shares) if index.entries[o[0]][3])
    anchor = None
    if margin >= ANCHOR_MARGIN and best.feature not in ("country", "region", "water"):
        anchor = (_admin_key(best.admin1), best.lat, best.lon)
    return a1_keys, votes, anchor


def _context(index: Index, options: List[Sequence[Tuple[int, str, float, float]]],
             mentions: Sequence[Mention], actor_countries: Iterable[str],
             sigs: Sequence[tuple]) -> _Context:
    countries: Counter = Counter()
    admin1s: Dict[str, set] = {}
    anchors: Dict[Tuple[float, float, str], None] = {}
    backers: Dict[str, Dict[str, float]] = {}
    for cc in actor_countries:
        countries[cc] += 0.5
        backers.setdefault(cc, {})[""] = 0.5
    digests: Dict[tuple, tuple] = {}
    for mention, opts, sig in zip(mentions, options, sigs):
        if mention.state:
            # "X, Y": Y is the state holding a reading of X, else the country holding one
            skey = _admin_key(mention.state)
            ccs = _state_countries(index, mention.state)
            in_unit = any(_admin_key(index.entries[o[0]][4]) == skey for o in opts)
            in_country = {index.entries[o[0]][3] for o in opts} & ccs
            if in_unit or not in_country:
                admin1s.setdefault(skey, set()).add(mention.key)
            for cc in in_country if not in_unit else ():
                countries[cc] += 1.0
                by = backers.setdefault(cc, {})
                by[mention.key] = by.get(mention.key, 0.0) + 1.0
        if not opts:
            continue
        digest = digests.get(sig)
        if digest is not None:
            # a repeated mention: its admin1 keys, anchor and (maximal) backing are in
            # already; only its country votes add up again
            for cc, vote in digest[1]:
                countries[cc] = countries.get(cc, 0) + vote
            continue
        a1_keys, votes, anchor = digests[sig] = _digest(index, opts, sig)
        key = mention.key
        for a1 in a1_keys:
            admin1s.setdefault(a1, set()).add(key)
        # every name votes for countries in proportion to how likely each reading is
        for cc, vote in votes:
            countries[cc] = countries.get(cc, 0) + vote  # (no Counter.__missing__ call)
            by = backers.get(cc)
            if by is None:
                by = backers[cc] = {}
            # by[key] = max(by.get(key, 0.0), vote), without the call (votes are >= 0.0)
            old = by.get(key)
            if old is None or vote > old:
                by[key] = vote
        if anchor is not None:
            admin1s.setdefault(anchor[0], set()).add(mention.key)
            anchors[(anchor[1], anchor[2], mention.key)] = None
    # (most_common(1) is this max: the first of the heaviest)
    top, top_w = max(countries.items(), key=lambda kv: kv[1]) if countries else ("", 0.0)
    strong = bool(countries) and top_w >= FOCUS_SHARE * sum(countries.values())
    return _Context(countries, top, strong, admin1s, list(anchors), backers)


def _backed(ctx: _Context, cc: str, key: str) -> bool:
    """Whether a name other than ``key`` (or an actor) points to country ``cc``."""
    return any(k != key and v >= BACKING_VOTE for k, v in ctx.backers.get(cc, {}).items())



#: features a nearby anchor does not lift (areas: their centre says little)
_AREA_FEATURES = frozenset(("country", "region", "water", "admin1"))
_radians, _cos, _hypot = math.radians, math.cos, math.hypot


def _contextual(e: Entry, mention: Mention, ctx: _Context, town_backed: bool = False
                ) -> float:
    key = mention.key
    feature = e.feature
    s = 0.0
    if (town_backed and feature == "admin1" and not mention.head and not mention.state
            and not _backed(ctx, e.country, key)):
        # "Delta" next to "Vancouver": a first-level unit of a country nothing else in the
        # text points to loses to a reading in a country other names point to
        s -= FOREIGN_ADMIN1_PENALTY
    countries = ctx.countries
    if countries:
        country = e.country
        if country == ctx.top_country:
            s += 1.5
            if feature != "country" and ctx.strong_focus:
                s += FOCUS_BONUS  # a text about one country: its local readings win ties
        elif countries.get(country, 0.0):
            s += 0.8
    if feature == "country":
        return s
    admin1s = ctx.admin1s
    if admin1s:
        named_by = admin1s.get(_admin_key(e.admin1))
        # (a name other than this one names it: any(k != key ...) without a generator)
        if named_by and (len(named_by) > 1 or key not in named_by):
            s += 2.5
    if ctx.anchors and feature not in _AREA_FEATURES:
        near = None
        lat1, lon1 = e.lat, e.lon
        for lat, lon, k in ctx.anchors:
            if k != key:  # geo.equirectangular_km inlined: this loop runs for every reading of every name
                x = _radians(lon - lon1) * _cos(_radians((lat1 + lat) / 2))
                d = 6371.0088 * _hypot(x, _radians(lat - lat1))
                if near is None or d < near:
                    near = d
        if near is not None:
            s += 2.0 if near < 50 else 1.5 if near < 150 else 0.7 if near < 400 else 0.0
    return s


#: a country holding this share of the text's place votes is its strong focus
FOCUS_SHARE = 0.7
FOCUS_BONUS = 1.0
#: a name's vote for a country that counts as pointing to it (votes are reading shares,
#: doubled for country and admin1 readings)
BACKING_VOTE = 0.2
#: cost of a first-level-unit reading in a country no other name of the text points to, when
#: the name also reads as a town (or county) of a country another name points to
FOREIGN_ADMIN1_PENALTY = 2.0


def _options(index: Index, m: Mention, sig: tuple) -> Tuple[Tuple[int, str, float, float], ...]:
    """``(entry id, match kind, match score, prior)`` of a mention's readings. They depend on
    ``sig`` (text, key, demonym, head, state) only, so they are kept on the index across texts."""
    return index.memoised("_options", sig, lambda: tuple(_score_options(index, m)))


def readings(index: Index, mention: Mention) -> Tuple[Entry, ...]:
    """Every entry :func:`resolve` may choose from for ``mention`` (its candidates after the
    prior's cut), best prior first: what a perfect use of context could pick at most."""
    sig = (mention.text, mention.key, mention.demonym, mention.head, mention.state)
    return tuple(index.entry(o[0]) for o in sorted(_options(index, mention, sig),
                                                   key=lambda o: -o[3]))


def _score_options(index: Index, m: Mention) -> List[Tuple[int, str, float, float]]:
    cands = candidates(index, m)
    # a name that is exactly a country's or a state's own name rarely means a town that
    # merely lists it among its alternate names ("Texas" -> Texas City)
    own_name = any(kind == "exact" and index.entries[i][6] in ("country", "admin1")
                   for i, kind, _ in cands)
    state_cc = _state_countries(index, m.state) if m.state else frozenset()
    # a unit named after its chief town ("Aleppo", "Kabul", "Donetsk"): a bare name is the
    # town; "Aleppo province" (a head word) still reads as the unit
    seats = set()
    if not m.head:
        seats = {(index.entries[i][3], _admin_key(index.entries[i][4])) for i, _, _ in cands
                 if index.entries[i][6] in ("city", "village")
                 and index.entries[i][11] == m.key}
    # a national capital and a first-level unit of its country share a bare name
    # ("Washington"): the name stands for the capital (AP style: "Washington state")
    capital_ccs = set()
    if not m.head:
        capital_ccs = {index.entries[i][3] for i, kind, _ in cands
                       if index.entries[i][9] == "capital" and kind == "exact"}
    # countries where a town bears the name as its own: there, a town that merely lists it
    # among its alternate names under another name (a former name) is a weak reading
    owners = {index.entries[i][3] for i, kind, _ in cands
              if kind == "exact" and index.entries[i][6] in ("city", "village")}
    opts = []
    for i, kind, mscore in cands:
        p = _prior(index.entry(i), kind, m, state_cc) + 2.0 * (mscore - 1)
        if own_name and kind == "alias":
            p -= 5.0
        elif (kind == "alias" and owners and index.entries[i][3] in owners
              and index.entries[i][6] in ("city", "village")
              and another_name(m.key, index.entries[i])):
            p -= OTHERS_NAME_PENALTY
        if seats and index.entries[i][6] == "admin1" and (
                index.entries[i][3], _admin_key(index.entries[i][4])) in seats:
            p -= SEAT_PENALTY
        if capital_ccs and index.entries[i][6] == "admin1" and index.entries[i][3] in capital_ccs:
            p -= SEAT_PENALTY
        elif (capital_ccs and not m.state and index.entries[i][3] in capital_ccs
              and index.entries[i][6] in ("city", "village") and index.entries[i][9] != "capital"):
            p -= CAPITAL_NAMESAKE_PENALTY
        opts.append((i, kind, mscore, p))
    if len(opts) > MAX_CANDIDATES:  # "Washington": 150 readings, the tail never wins
        opts = sorted(opts, key=lambda o: -o[3])[:MAX_CANDIDATES]
    return opts


def resolve(index: Index, mentions: Sequence[Mention],
            actor_countries: Iterable[str] = ()) -> List[Resolution]:
    """Resolve every mention; unresolvable ones come back with ``entry=None``."""
    options: List[List[Tuple[int, str, float, float]]] = []
    seen: Dict[tuple, List[Tuple[int, str, float, float]]] = {}
    sigs = []
    for m in mentions:
        # repeated mentions of a name with the same cues have the same readings and priors
        sig = (m.text, m.key, m.demonym, m.head, m.state)
        sigs.append(sig)
        if sig in seen:
            options.append(seen[sig])
            continue
        opts = _options(index, m, sig)
        seen[sig] = opts
        options.append(opts)
    ctx = _context(index, options, mentions, actor_countries, sigs)
    # one sense per discourse: every mention of a name gets the entry best over all of them
    totals: Dict[str, Counter] = {}
    context_of: Dict[Tuple[str, int], float] = {}
    done = set()
    for m, opts, sig in zip(mentions, options, sigs):
        if sig in done:
            continue  # a repeated mention adds the same scores to the same bucket
        done.add(sig)
        bucket = totals.setdefault(m.key if not m.demonym else "#" + m.text, Counter())
        town_backed = False
        # (it only matters to a first-level-unit reading of a bare name: see _contextual)
        if (len(opts) > 1 and ctx.backers and not m.head and not m.state
                and any(index.entries[o[0]][6] == "admin1" for o in opts)):
            town_backed = any(index.entries[o[0]][6] not in ("admin1", "country")
                                and _backed(ctx, index.entries[o[0]][3], m.key) for o in opts)
        # a lone candidate needs no context; context depends on the name, not the mention
        alone, key = len(opts) == 1, m.key
        for i, kind, ms, p in opts:
            if alone:
                extra = 0.0
            else:
                extra = context_of.get((key, i))
                if extra is None:
                    extra = context_of[(key, i)] = _contextual(index.entry(i), m, ctx,
                                                               town_backed)
            # max(bucket[i], p + extra), without a call and the Counter's __missing__ (0)
            score, old = p + extra, bucket.get(i, 0)
            bucket[i] = score if score > old else old
    add_coherence(index, totals)
    out = []
    chosen: Dict[tuple, tuple] = {}
    for m, opts, sig in zip(mentions, options, sigs):
        if not opts:
            out.append(Resolution(m, None, None, None, 0.0, 4))
            continue
        pick = chosen.get(sig)
        if pick is None:
            bucket = totals[m.key if not m.demonym else "#" + m.text]
            scored = sorted(((bucket[i], i, kind, ms) for i, kind, ms, p in opts),
                            key=lambda t: -t[0])
            best, i, kind, mscore = scored[0]
            total = sum(math.exp(t[0] - best) for t in scored)
            entry = index.entry(i)
            pick = chosen[sig] = (entry, i, kind, round(mscore / total, 3),
                                  precision_of(entry, m))
        out.append(Resolution(m, *pick))
    return out
