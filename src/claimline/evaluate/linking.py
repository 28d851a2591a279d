"""Score cross-document linking on FA-KES (``../shared/data/fa-kes/dev.csv``).

Gold: ``benchmarks/gold/fakes-links.jsonl`` (hand-checked same-event pairs; see the .md beside
it). Every article goes through the pipeline (publication date from its dateline, outlet from the
``source`` column) into a fresh store, ``link_store`` links it, and each article is placed in the
canonical event of its *main event*: the first event in text order that reports deaths, else the
first reported event, else the first event. Articles without events stay alone. Scores: pairwise
precision/recall/F1 over article pairs and B-cubed over articles.

``source="labels"`` builds the records from FA-KES's crowd labels instead (event date,
governorate, actor category, cause, casualties, with the real text): a diagnostic of the linker
alone, optimistic since the gold candidates were found with the same labels.
"""
from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import ClaimlineError
from ..events.incident import own_fatalities
from ..record import Record

GOLD = Path(__file__).resolve().parents[3] / "benchmarks" / "gold" / "fakes-links.jsonl"


@dataclass
class Unit:
    unit_id: str
    title: str
    text: str
    source: str
    date: str          # label: event date M/D/YY
    location: str      # label: governorate
    actor: str
    cause: str
    killed: int


def load_units(data_dir: Path) -> list[Unit]:
    from .fakes import dev_rows

    units, seen = [], set()
    for row in dev_rows(data_dir):
        if row["unit_id"] in seen:
            continue
        seen.add(row["unit_id"])
        killed = sum(int(float(row[c] or 0)) for c in ("nb_civilians", "nb_noncivilians"))
        units.append(Unit(row["unit_id"], row["article_title"], row["article_content"],
                          row["source"], row["date"], row["location"], row["actor"],
                          row["cause_of_death"], killed))
    return units


def load_gold(path: Path = GOLD) -> dict[str, str]:
    """unit id -> gold cluster label, for the units in an accepted cluster."""
    try:
        lines = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines()
                 if ln.strip()]
    except (OSError, ValueError) as exc:
        raise ClaimlineError("E009", path=str(path), reason=str(exc)) from exc
    parent: dict[str, str] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for ln in lines:
        if ln.get("same"):
            parent[find(ln["a"])] = find(ln["b"])
    return {u: find(u) for u in parent}


def gold_units(path: Path = GOLD) -> set[str]:
    """Every unit the gold file decides about (accepted or rejected): the confusable articles."""
    rows = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines()
            if ln.strip()]
    return {r[k] for r in rows for k in ("a", "b")}


# --- metrics ----------------------------------------------------------------------------------

def _prf(tp: float, p_total: float, g_total: float) -> dict:
    p = tp / p_total if p_total else 1.0
    r = tp / g_total if g_total else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict:
    """Pairwise P/R/F1: pairs of items put together by the system vs by the gold."""
    items = sorted(pred)

    def pairs(assign):
        groups = defaultdict(list)
        for i in items:
            groups[assign[i]].append(i)
        return {p for g in groups.values() for p in itertools.combinations(sorted(g), 2)}
    sys_pairs, gold_pairs = pairs(pred), pairs(gold)
    out = _prf(len(sys_pairs & gold_pairs), len(sys_pairs), len(gold_pairs))
    out.update(system_pairs=len(sys_pairs), gold_pairs=len(gold_pairs),
               true_pairs=len(sys_pairs & gold_pairs))
    return out


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict:
    """B-cubed precision/recall/F1 averaged over items."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i in pred:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in pred)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in pred)
    n = len(pred) or 1
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# --- records ----------------------------------------------------------------------------------

def pipeline_records(units: list[Unit]) -> Iterable[tuple[str, Record]]:
    from ..extraction import get_pipeline
    from ..ingest import RawDocument, to_record

    def raw():
        for u in units:
            yield to_record(RawDocument(origin=f"fa-kes#{u.unit_id}", data=u.text, title=u.title,
                                        outlet=u.source))
    for u, rec in zip(units, get_pipeline().analyse_many(raw())):
        if isinstance(rec, Record):
            yield u.unit_id, rec


#: governorate seats (GeoNames coordinates), for records built from FA-KES location labels
GOVERNORATES = {
    "aleppo": (36.2021, 37.1343), "damascus": (33.5102, 36.2913), "idlib": (35.9306, 36.6339),
    "homs": (34.7268, 36.7234), "hama": (35.1318, 36.7578), "raqqa": (35.9528, 39.0079),
    "deir ezzor": (35.3359, 40.1408), "hasakeh": (36.5024, 40.7477),
    "lattakia": (35.5317, 35.7901), "tartus": (34.8890, 35.8866), "daraa": (32.6189, 36.1021),
    "sweida": (32.7090, 36.5695), "quneitra": (33.1256, 35.8240), "rif dimashq": (33.5167, 36.3)}
_CAUSES = {"shelling": "Shelling/artillery/missile attack", "explosion":
           "Remote explosive/landmine/IED", "chemical and toxic gases": "Chemical weapon",
           "shooting": "Armed clash"}


def label_records(units: list[Unit]) -> Iterable[tuple[str, Record]]:
    """Records holding one event coded from the unit's crowd labels (diagnostic only)."""
    from ..ingest import RawDocument, to_record
    from ..record import Actor, Event, EventDate, Fatalities, Place
    for u in units:
        rec = to_record(RawDocument(origin=f"fa-kes#{u.unit_id}", data=u.text, title=u.title,
                                    outlet=u.source))
        m, d, y = (int(x) for x in u.date.split("/"))
        lat, lon = GOVERNORATES.get(u.location, (35.0, 38.0))
        actors = [] if u.actor == "unknown" else [Actor(id="A1", name=u.actor)]
        rec.actors = actors
        rec.places = [Place(id="P1", name=u.location.title(), lat=lat, lon=lon, country="SY",
                            admin1=u.location.title(), feature="admin1", precision=4)]
        rec.events = [Event(id="E1", type="ASSAULT", acled=_CAUSES.get(u.cause),
                            actor=[a.id for a in actors], place="P1",
                            date=EventDate(start=f"{2000 + y}-{m:02d}-{d:02d}", precision="day"),
                            fatalities=Fatalities(low=u.killed, best=u.killed, high=u.killed),
                            evidence=[(0, min(400, len(rec.document.text)))])]
        yield u.unit_id, rec


def main_event(record: Record):
    """The article's own news: the first event (text order) reported with a death toll of its
    own (not lent by another event of the incident), else one claimed or recalled with a toll,
    else the first reported event, else the first."""
    events = sorted(record.events, key=lambda e: (e.evidence[0][0] if e.evidence else 10 ** 9,
                                                  e.id))
    for test in (lambda e: own_fatalities(e) is not None and e.status == "reported",
                 lambda e: own_fatalities(e) is not None and e.status in ("claimed", "recalled"),
                 lambda e: e.status == "reported", lambda e: True):
        found = next((e for e in events if test(e)), None)
        if found is not None:
            return found
    return None


@dataclass
class LinkScores:
    units: int = 0
    with_events: int = 0
    events: int = 0
    canonical: int = 0
    gold_clusters: int = 0
    pairwise: dict = field(default_factory=dict)
    bcubed: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)     # (kind, unit a, unit b)


def evaluate(data_dir: Path, source: str = "pipeline", gold_path: Path = GOLD,
             units: Optional[list[Unit]] = None,
             records: Optional[list[tuple[str, Record]]] = None) -> LinkScores:
    """Score linking; ``records`` (unit id, record) skips the extraction (for reruns)."""
    from ..link import link_store
    from ..link.canonical import canonical_of
    from ..store.sqlite import SQLiteStore

    units = units if units is not None else load_units(data_dir)
    gold_of = load_gold(gold_path)
    if records is None:
        records = list((label_records if source == "labels" else pipeline_records)(units))
    scores = LinkScores(units=len(units))
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(os.path.join(tmp, "link-eval.db"))
        try:
            for _, rec in records:
                store.put(rec)
            scores.stats = link_store(store).to_dict()
            pred = {}
            for unit_id, rec in records:
                ev = main_event(rec)
                cid = canonical_of(store, rec.document.id, ev.id) if ev else None
                pred[unit_id] = cid or f"alone:{unit_id}"
                scores.with_events += bool(rec.events)
                scores.events += len(rec.events)
        finally:
            store.close()
    for u in units:                     # articles the pipeline rejected stay alone
        pred.setdefault(u.unit_id, f"alone:{u.unit_id}")
    gold = {u.unit_id: gold_of.get(u.unit_id, f"alone:{u.unit_id}") for u in units}
    scores.canonical = scores.stats.get("canonical_events", 0)
    scores.gold_clusters = len({v for v in gold.values() if not v.startswith("alone:")})
    scores.pairwise = pairwise(pred, gold)
    scores.bcubed = bcubed(pred, gold)
    for a, b in itertools.combinations(sorted(pred), 2):
        same_sys, same_gold = pred[a] == pred[b], gold[a] == gold[b]
        if same_sys != same_gold:
            scores.errors.append(("false link" if same_sys else "missed link", a, b))
    return scores
