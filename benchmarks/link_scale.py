"""How linking scales: synthetic scale-up of real records, linked at 10k / 30k / 100k reports.

Seeds: the example article's strike (tests/data/karachok-statement.*) and, when
../shared/data is present, the 184 FA-KES articles coded from their crowd labels. Each
synthetic *true event* copies a seed (its real text, actors, type, toll) to a random day in
2011-2023 and a random place in Syria; 1-3 outlets then report it with the noise real reports
have (date ±1 day, place a few km off, toll ±30 %, a fifth of the words dropped). Many true events
share a seed text, so text alone cannot tell them apart: blocking and the structured fields must.

    python benchmarks/link_scale.py [--sizes 10000 30000 100000] [--data ../shared/data]

Prints, per size: reports, time to link (one full run on an empty link table), pairs scored,
microseconds per report, and pairwise/B-cubed scores against the synthetic truth; then the time
of an incremental run adding 1 % new reports to the largest store.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimline.evaluate.linking import GOVERNORATES, bcubed, label_records, load_units  # noqa: E402
from claimline.link import link_store  # noqa: E402
from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place,  # noqa: E402
                              Published, Record, document_id)
from claimline.store.sqlite import SQLiteStore  # noqa: E402

OUTLETS = ["Reuters", "AFP", "SANA", "ANHA", "Anadolu", "Al-Manar", "Daily Sabah", "Etilaf",
           "TRT", "Sputnik", "Al-Araby", "Ahram", "SOHR", "Enab Baladi"]
SEED_TEXT = REPO / "tests" / "data" / "karachok-statement.txt"


def seed_specs(data: Path | None) -> list[dict]:
    """Seeds as plain dicts: text, type, acled, actor, recipient, fatalities."""
    seeds = [{"text": SEED_TEXT.read_text(encoding="utf-8"), "type": "ASSAULT",
              "acled": "Air/drone strike", "actor": ["Turkey"], "recipient": ["YPG"],
              "killed": 20}]
    if data and (data / "fa-kes" / "dev.csv").exists():
        for _, rec in label_records(load_units(data)):
            ev = rec.events[0]
            seeds.append({"text": rec.document.text, "type": ev.type, "acled": ev.acled,
                          "actor": [a.name for a in rec.actors], "recipient": [],
                          "killed": ev.fatalities.best})
    return seeds


def nearest_governorate(lat: float, lon: float) -> str:
    return min(GOVERNORATES, key=lambda g: (GOVERNORATES[g][0] - lat) ** 2 +
               (GOVERNORATES[g][1] - lon) ** 2).title()


def synthetic_records(n_reports: int, seeds: list[dict], rng: random.Random):
    """Yield (truth label, record) until ``n_reports`` reports were made."""
    import datetime as dt
    day0 = dt.date(2011, 3, 15).toordinal()
    made, truth = 0, 0
    while made < n_reports:
        seed = rng.choice(seeds)
        day = day0 + rng.randrange(0, 4600)
        lat, lon = rng.uniform(32.5, 37.2), rng.uniform(35.8, 42.2)
        words = seed["text"].split()[:160]
        for _ in range(min(rng.choice((1, 1, 2, 2, 3)), n_reports - made)):
            d = dt.date.fromordinal(day + rng.choice((0, 0, 0, 1, -1))).isoformat()
            kept = [w for w in words if rng.random() > 0.2]
            text = " ".join(kept) + f" ({truth}-{made})"
            plat, plon = lat + rng.gauss(0, 0.03), lon + rng.gauss(0, 0.03)
            killed = max(0, round(seed["killed"] * rng.uniform(0.7, 1.3)))
            actors = [Actor(id=f"A{i + 1}", name=n) for i, n in
                      enumerate(seed["actor"] + seed["recipient"])]
            n_act = len(seed["actor"])
            place = Place(id="P1", name=f"place-{truth}", lat=plat, lon=plon, country="SY",
                          admin1=nearest_governorate(plat, plon), feature="village",
                          precision=1)
            event = Event(id="E1", type=seed["type"], acled=seed["acled"],
                          actor=[a.id for a in actors[:n_act]],
                          recipient=[a.id for a in actors[n_act:]], place="P1",
                          date=EventDate(start=d, precision="day"),
                          fatalities=Fatalities(low=killed, best=killed, high=killed),
                          evidence=[(0, min(len(text), 300))])
            doc = Document(id=document_id(text), outlet=rng.choice(OUTLETS), text=text,
                           published=Published(date=d, source="metadata"))
            yield truth, Record(document=doc, actors=actors, places=[place], events=[event])
            made += 1
        truth += 1


def fill(path: str, n: int, seeds: list[dict], rng: random.Random) -> tuple[SQLiteStore, dict]:
    store = SQLiteStore(path)
    truth = {}
    with store.transaction():                   # one transaction: filling is not measured
        for label, rec in synthetic_records(n, seeds, rng):
            _put(store, rec)
            truth[(rec.document.id, "E1")] = label
    return store, truth


def _put(store: SQLiteStore, rec: Record) -> None:
    from claimline.store.sql import EVENT_COLUMNS, event_rows
    d = rec.document
    store.execute("INSERT INTO documents (id, url, title, outlet, published, published_source, "
                  "origin, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (d.id, None, None, d.outlet, d.published.date, "metadata", "synthetic",
                   d.text, "2026-01-01T00:00:00+00:00"))
    store.execute("INSERT INTO records (document_id, pipeline, record) VALUES (?, ?, ?)",
                  (d.id, json.dumps({}), rec.to_json()))
    events, links = event_rows(rec)
    marks = ", ".join("?" * len(EVENT_COLUMNS))
    for row in events:
        store.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})", row)
    for row in links:
        store.execute("INSERT INTO event_actors (document_id, event_id, role, name, kind, "
                      "country) VALUES (?, ?, ?, ?, ?, ?)", row)


def scores(store, truth: dict) -> tuple[dict, dict]:
    from claimline.evaluate.linking import pairwise
    rows = store.query("SELECT document_id, event_id, canonical_id FROM canonical_reports")
    pred = {f"{r['document_id']}#{r['event_id']}": r["canonical_id"] for r in rows}
    gold = {f"{k[0]}#{k[1]}": str(v) for k, v in truth.items()}
    return pairwise(pred, gold), bcubed(pred, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    seeds = seed_specs(args.data)
    print(f"{len(seeds)} seed records; sizes {args.sizes}")
    print(f"{'reports':>8} {'link s':>8} {'µs/report':>10} {'pairs':>9} {'pairs/rep':>9} "
          f"{'pair P':>7} {'pair R':>7} {'B3 F1':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        store = None
        for n in args.sizes:
            if store is not None:
                store.close()
            rng = random.Random(args.seed)
            store, truth = fill(os.path.join(tmp, f"scale-{n}.db"), n, seeds, rng)
            started = time.perf_counter()
            stats = link_store(store)
            took = time.perf_counter() - started
            pw, b3 = scores(store, truth)
            print(f"{stats.reports:>8} {took:>8.1f} {1e6 * took / stats.reports:>10.0f} "
                  f"{stats.pairs_scored:>9} {stats.pairs_scored / stats.reports:>9.2f} "
                  f"{pw['precision']:>7.3f} {pw['recall']:>7.3f} {b3['f1']:>7.3f}", flush=True)
        extra = max(1, args.sizes[-1] // 100)
        rng = random.Random(args.seed + 1)
        with store.transaction():
            for _, rec in synthetic_records(extra, seeds, rng):
                _put(store, rec)
        started = time.perf_counter()
        stats = link_store(store)
        took = time.perf_counter() - started
        print(f"incremental: +{stats.new_reports} reports into {stats.reports} linked in "
              f"{took:.1f} s ({stats.joined_existing} joined existing events, "
              f"{stats.opened} opened)")
        store.close()


if __name__ == "__main__":
    main()
