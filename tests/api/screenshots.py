"""Screenshots of the map page and an event page (docs/map.png, docs/event.png) in headless
Chromium against a live server over a store you ingested, e.g.:

    claimline ingest 'tests/api/fixtures/*.txt' --db demo.db
    claimline ingest examples/karachok-statement.txt -p 2023-04-25 --db demo.db
    python -m tests.api.screenshots --db demo.db --out docs
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .live import browser, chromium_path, live_server


def pick_event(base: str, wanted: str | None) -> str:
    """The event page to show: the one asked for, else the event with the most highlighted
    material (evidence, claims, framing) among those with a fatality figure."""
    import httpx
    if wanted:
        return f"/events/{wanted}"
    rows = httpx.get(base + "/api/events?limit=1000").json()["events"]
    best, score = rows[0]["links"]["page"], -1
    for row in rows:
        if row["fatalities_best"] is None:
            continue
        ev = httpx.get(base + row["links"]["self"]).json()["event"]
        points = len(ev["claims"]) * 3 + len(ev["framing"]) * 2 + len(ev["evidence"]) + \
            (5 if ev["place"] else 0)
        if points > score:
            best, score = row["links"]["page"], points
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs")
    parser.add_argument("--event", help="document_id/event_id to show (default: picked)")
    args = parser.parse_args()
    executable = chromium_path()
    if executable is None:
        raise SystemExit("Chromium not found: run .ci/chromium.sh or set CLAIMLINE_CHROMIUM")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with live_server(args.db) as base, browser(executable) as context:
        page = context.new_page()
        page.goto(base + "/")
        page.wait_for_selector("#map[data-loaded='1']", timeout=20000)
        page.wait_for_selector("#timeline rect.bar")
        page.wait_for_timeout(800)
        page.screenshot(path=str(out / "map.png"), full_page=False)
        page.goto(base + pick_event(base, args.event))
        page.wait_for_selector("mark.hl-evidence")
        page.set_viewport_size({"width": 1440, "height": 1100})
        page.screenshot(path=str(out / "event.png"))
    print(f"wrote {out / 'map.png'} and {out / 'event.png'}")


if __name__ == "__main__":
    main()
