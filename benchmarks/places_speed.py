"""Speed of the places stage, excluding spaCy: milliseconds per document.

Documents: the LGL news articles (../shared/data/geo/lgl.xml, or --data DIR) when present, else
the seed example repeated. spaCy parses every document first (not timed); then the places stage
(recognition + resolution + record places) runs on each parsed document and is timed alone.
The gazetteer index is loaded before timing (its one-off load/build time is printed separately).

The headline is the first timed pass over documents the stage has not seen: its memo tables are
warmed on *other* articles first (LGL articles after the timed ones), as in a long batch. Later
passes over the same documents hit memo entries those very documents filled, so they are printed
for information only and would flatter the figure.

    python benchmarks/places_speed.py [--data DIR] [--limit N] [--repeat R]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=250,
                    help="articles after the timed ones, run untimed first (0 = none)")
    args = ap.parse_args(argv)

    from claimline.ingest import RawDocument, to_record
    from claimline.nlp import load_nlp
    from claimline.places import find_places
    from claimline.places.index import get_index

    t0 = time.perf_counter()
    get_index()
    load_s = time.perf_counter() - t0

    lgl = args.data / "geo" / "lgl.xml"
    if lgl.exists():
        from claimline.evaluate.lgl import load_lgl
        articles = load_lgl(lgl)
        texts = [a.text for a in articles[:args.limit]]
        warm_texts = [a.text for a in articles[args.limit:args.limit + args.warmup]]
        source = f"LGL ({len(texts)} articles)"
    else:
        seed = (REPO / "examples" / "karachok-statement.txt").read_text(encoding="utf-8")
        texts = [seed] * 50
        warm_texts = [seed]
        source = "seed example x50 (no shared data)"
    nlp = load_nlp()
    docs = list(nlp.pipe(texts, batch_size=32))
    records = [to_record(RawDocument(origin="<bench>", data=t), published="2023-04-25")
               for t in texts]
    for text, doc in zip(warm_texts, nlp.pipe(warm_texts, batch_size=32)):
        find_places(to_record(RawDocument(origin="<bench>", data=text), published="2023-04-25"), doc)
    runs, cpu = [], []
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        for rec, doc in zip(records, docs):
            find_places(rec, doc)
        runs.append((time.perf_counter() - t) / len(docs) * 1000)
        cpu.append((time.process_time() - c) / len(docs) * 1000)
    chars = statistics.fmean(len(t) for t in texts)
    print(f"places stage on {source}, mean {chars:.0f} chars/doc, memo warmed on "
          f"{len(warm_texts)} other articles: {runs[0]:.3f} ms/doc on unseen documents "
          f"(CPU time {cpu[0]:.3f} ms/doc)")
    if len(runs) > 1:
        print("  passes over the same documents again (memo filled by them, flattering): "
              + ", ".join(f"{r:.3f} (CPU {c:.3f})" for r, c in zip(runs[1:], cpu[1:])) + " ms/doc")
    print(f"gazetteer index load (cache hit) or build: {load_s:.2f} s, once per process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
