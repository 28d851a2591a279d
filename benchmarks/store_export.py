"""Storage and export speed on synthetic records, per backend.

Writes N synthetic records (3 events each, made up from small word lists: speed only, no
quality) into a fresh SQLite file and, when a PostgreSQL URL is given (--pg or
CLAIMLINE_TEST_PG_URL), into a fresh schema there (dropped afterwards); then times filtered
queries, a full cursor-paged walk of the events, and every export format.

    python benchmarks/store_export.py [--docs 2000] [--pg postgresql://…] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from claimline import export  # noqa: E402
from claimline.export.paging import iter_event_rows  # noqa: E402
from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place,  # noqa: E402
                              Published, Record, document_id)
from claimline.store import EventFilter, open_store  # noqa: E402

ACTORS = ["Turkey", "SDF", "YPG", "ISIS", "Syrian Army", "Hezbollah", "Police", "Protesters",
          "Boko Haram", "Nigerian Army", "Al-Shabaab", "AMISOM"]
PLACES = [("Qamishli", 37.05, 41.23, "SY"), ("Raqqa", 35.95, 39.01, "SY"),
          ("Lagos", 6.45, 3.39, "NG"), ("Maiduguri", 11.85, 13.16, "NG"),
          ("Mogadishu", 2.04, 45.34, "SO"), ("Derik", 37.17, 42.14, "SY")]
WORDS = ("attack shelling clash strike drone protest statement village forces civilians "
         "killed wounded accused denied reported fighters convoy checkpoint").split()
TYPES = [("ASSAULT", "Air/drone strike"), ("FIGHT", "Armed clash"),
         ("PROTEST", "Peaceful protest"), ("ACCUSE", None)]


def synthetic(n: int, rng: random.Random) -> Record:
    text = f"Report {n}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 400)))
    actors = [Actor(id=f"A{i}", name=name) for i, name in
              enumerate(rng.sample(ACTORS, 3), start=1)]
    places = [Place(id=f"P{i}", name=p[0], lat=p[1], lon=p[2], country=p[3]) for i, p in
              enumerate(rng.sample(PLACES, 2), start=1)]
    events = []
    for i in range(1, 4):
        kind, acled = rng.choice(TYPES)
        day = f"20{rng.randint(10, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        best = rng.randint(0, 40)
        events.append(Event(id=f"E{i}", type=kind, acled=acled, actor=["A1"],
                            recipient=["A2"], claimed_by=["A3"], place=rng.choice(["P1", "P2"]),
                            date=EventDate(start=day, end=day, precision="day"),
                            fatalities=Fatalities(low=best, best=best, high=best + 5),
                            evidence=[(0, 30)]))
    doc = Document(id=document_id(text), text=text, outlet=rng.choice(["ANHA", "SANA", "BBC"]),
                   published=Published(date="2023-04-25", source="user"))
    return Record(document=doc, actors=actors, places=places, events=events)


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run(url: str, records: list[Record]) -> dict:
    figures = {}
    with open_store(url) as store:
        _, secs = timed(lambda: [store.put(r) for r in records])
        figures["put_docs_per_s"] = round(len(records) / secs, 1)
        n_events = sum(len(r.events) for r in records)
        for name, flt in [("all", None), ("actor", EventFilter(actor="isis")),
                          ("place+since", EventFilter(place="sy", since="2020-01-01")),
                          ("text", EventFilter(text="checkpoint convoy"))]:
            rows, secs = timed(lambda: store.events(flt, limit=100))
            figures[f"query_{name}_first100_ms"] = round(secs * 1000, 1)
        rows, secs = timed(lambda: list(iter_event_rows(store)))
        assert len(rows) == n_events
        figures["walk_events_per_s"] = round(n_events / secs)
        for fmt in export.FORMATS:
            size, secs = timed(lambda: sum(len(c) for c in export.stream(fmt, store)))
            unit = len(records) if fmt == "jsonl" else n_events
            figures[f"export_{fmt}_{'records' if fmt == 'jsonl' else 'events'}_per_s"] = \
                round(unit / secs)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pg", default=os.environ.get("CLAIMLINE_TEST_PG_URL"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    records = [synthetic(n, rng) for n in range(args.docs)]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = run(os.path.join(tmp, "bench.db"), records)
    if args.pg:
        import psycopg
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        try:
            sep = "&" if "?" in args.pg else "?"
            url = f"{args.pg}{sep}options={quote(f'-csearch_path={schema}')}"
            results["postgresql"] = run(url, records)
        finally:
            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    if args.json:
        print(json.dumps({"docs": args.docs, "events": 3 * args.docs, **results}, indent=2))
        return 0
    print(f"{args.docs} documents, {3 * args.docs} events")
    keys = list(results["sqlite"])
    print(f"{'':40} " + " ".join(f"{b:>12}" for b in results))
    for key in keys:
        print(f"{key:40} " + " ".join(f"{results[b][key]:>12}" for b in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
