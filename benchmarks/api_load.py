"""Load benchmark of the HTTP API: 1,000 concurrent requests (bounded) against a local
``claimline serve`` on 127.0.0.1, started and stopped by this script. Prints requests/s,
latency percentiles and the error count (non-2xx answers or failed connections; must be 0).

    python benchmarks/api_load.py                    # a synthetic store of 500 documents
    python benchmarks/api_load.py --db claimline.db  # your own store
    python benchmarks/api_load.py --requests 1000 --concurrency 50

Only loopback traffic; the request count and a time limit bound the run.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = [("Mosul", 36.34, 43.13, "IQ", "Nineveh"), ("Aleppo", 36.20, 37.16, "SY", "Aleppo"),
          ("Idlib", 35.93, 36.63, "SY", "Idlib"), ("Kabul", 34.53, 69.17, "AF", "Kabul"),
          ("Sanaa", 15.35, 44.21, "YE", "Amanat Al Asimah"), ("Khartoum", 15.55, 32.53, "SD",
          "Khartoum"), ("Mogadishu", 2.04, 45.34, "SO", "Banaadir"), ("Donetsk", 48.02, 37.80,
          "UA", "Donetsk"), ("Maiduguri", 11.85, 13.16, "NG", "Borno"), ("Gao", 16.27, -0.04,
          "ML", "Gao"), ("Tripoli", 32.89, 13.19, "LY", "Tripoli"), ("Goma", -1.68, 29.22, "CD",
          "North Kivu")]
ACTORS = ["Islamic State", "Syrian government", "Al-Shabaab", "Houthis", "Police",
          "Boko Haram", "Taliban", "Rapid Support Forces", "M23", "JNIM"]
KINDS = [("ASSAULT", "Air/drone strike", "struck"), ("ASSAULT", "Armed clash", "clashed with"),
         ("PROTEST", "Peaceful protest", "protested against"), ("COERCE", "Arrests", "arrested")]


def synthetic_store(path: str, documents: int, seed: int = 7) -> None:
    """A store of generated records (varied places, actors, dates, types), with spans."""
    from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place,
                                  Published, Record, document_id)
    from claimline.store import open_store
    rng = random.Random(seed)
    with open_store(path) as store:
        for i in range(documents):
            name, lat, lon, cc, admin1 = rng.choice(PLACES)
            actor, target = rng.sample(ACTORS, 2)
            etype, acled, verb = rng.choice(KINDS)
            day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            killed = rng.choice([None, rng.randint(1, 40)])
            sentence = f"{actor} {verb} {target} in {name} on {day}"
            text = (f"Report {i}. {sentence}" + (f", killing {killed} people" if killed else "")
                    + f", officials said. Residents described the events in {name}.")
            start = text.index(sentence)
            record = Record(
                document=Document(id=document_id(text), title=f"Report {i}", outlet="Bench Wire",
                                  published=Published(date=day, source="user"), text=text),
                actors=[Actor(id="A1", name=actor, mentions=[[start, start + len(actor)]]),
                        Actor(id="A2", name=target)],
                places=[Place(id="P1", name=name, lat=lat, lon=lon, country=cc, admin1=admin1,
                              feature="city", precision=2)],
                events=[Event(id="E1", type=etype, acled=acled, actor=["A1"], recipient=["A2"],
                              place="P1", date=EventDate(start=day, end=day, precision="day"),
                              fatalities=Fatalities(low=killed, best=killed, high=killed)
                              if killed else None, evidence=[[start, start + len(sentence)]])])
            store.put(record)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "import sys; from claimline.cli import main; "
               "sys.exit(main())", "serve", "--db", db, "--host", "127.0.0.1", "--port",
               str(port), "--log-level", "warning"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_ready(base: str, timeout: float = 30.0) -> None:
    import httpx
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(base + "/api/health")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"server at {base} did not start")


async def targets(base: str) -> list[str]:
    """A realistic mix: filtered event pages, single events, map points, timeline, documents,
    the HTML map page and event pages."""
    import httpx
    async with httpx.AsyncClient(base_url=base) as client:
        rows = (await client.get("/api/events?limit=200")).json()["events"]
    singles = [r["links"]["self"] for r in rows[:50]] or ["/api/events"]
    pages = [r["links"]["page"] for r in rows[:20]] or ["/"]
    lists = ["/api/events?limit=50", "/api/events?country=SY&limit=50",
             "/api/events?actor=police", "/api/events?since=2018&until=2019-06",
             "/api/events?type=air/drone%20strike", "/api/events?q=officials%20killing",
             "/api/documents?limit=50", "/api/points", "/api/timeline", "/api/health", "/"]
    return lists + singles + pages


async def hammer(base: str, paths: list[str], total: int, concurrency: int,
                 time_limit: float) -> tuple[list[float], list[str], float]:
    import httpx
    rng = random.Random(11)
    plan = [paths[i % len(paths)] if i < len(paths) else rng.choice(paths) for i in range(total)]
    latencies: list[float] = []
    errors: list[str] = []
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:
        async def one(path: str) -> None:
            async with gate:
                started = time.perf_counter()
                try:
                    resp = await client.get(path)
                    if resp.status_code >= 300:
                        errors.append(f"{resp.status_code} {path}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(p) for p in plan)), timeout=time_limit)
        elapsed = time.perf_counter() - began
    return latencies, errors, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store to serve (default: a synthetic one)")
    parser.add_argument("--documents", type=int, default=500, help="size of the synthetic store")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds, at most")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="claimline-load-")
    db = args.db
    if db is None:
        db = str(Path(tmp.name) / "load.db")
        began = time.perf_counter()
        synthetic_store(db, args.documents)
        print(f"synthetic store: {args.documents} documents ({time.perf_counter() - began:.1f} s)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        asyncio.run(wait_ready(base))
        paths = asyncio.run(targets(base))
        latencies, errors, elapsed = asyncio.run(
            hammer(base, paths, args.requests, args.concurrency, args.time_limit))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    print(f"{len(latencies)} requests ({len(set(paths))} distinct URLs), concurrency "
          f"{args.concurrency}, one uvicorn worker on 127.0.0.1")
    print(f"requests/s: {len(latencies) / elapsed:.1f}  (wall {elapsed:.2f} s)")
    print(f"latency ms: p50 {pct(0.50):.1f}  p95 {pct(0.95):.1f}  max {latencies[-1] * 1000:.1f}")
    print(f"errors: {len(errors)}")
    for line in errors[:10]:
        print("  ", line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
