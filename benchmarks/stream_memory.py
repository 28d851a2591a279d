"""Memory stays flat while streaming many documents: resident memory (RSS) after 1,000 and after
10,000 generated documents, for reading only (readers + cleaning + records), for the pipeline with
the spaCy parse but no analysis stages, and for the full pipeline on fewer documents.

    python benchmarks/stream_memory.py [--docs 10000] [--parse-docs N] [--full-docs 300]
                                       [--skip-parse]

The documents are generated (varied numbers, places and actors so every text and id differs) and
written to one JSON Lines corpus in a temporary folder; nothing is kept in memory on our side.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Azaz", "Idlib", "Deir ez-Zor", "Raqqa", "Afrin", "Tal Rifaat", "Manbij", "Kobani",
          "Hasakah", "Qamishli", "Derik", "Aleppo", "Homs", "Hama", "Daraa", "Palmyra"]
ACTORS = ["government forces", "opposition fighters", "a Turkish drone", "Russian aircraft",
          "the Syrian Democratic Forces", "Islamic State militants", "coalition jets",
          "an armed group", "unidentified gunmen", "Hezbollah fighters"]
VERBS = ["shelled", "struck", "attacked", "raided", "bombed", "targeted"]
SOURCES = ["a local monitor", "the civil defence", "state media", "a spokesman", "residents",
           "a war monitor based in Britain", "medical sources"]


def rss_mb() -> float:
    try:
        import psutil
        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # Linux without psutil
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    return float("nan")


def document(i: int, rng: random.Random) -> dict:
    day = 1 + i % 28
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"][i % 12]
    sentences = []
    for _ in range(rng.randint(6, 14)):
        sentences.append(
            f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(PLACES)} on "
            f"{rng.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}, killing {rng.randint(1, 60)}"
            f" people and wounding {rng.randint(2, 90)}, {rng.choice(SOURCES)} said.")
    return {"id": i, "title": f"Report {i}",
            "text": f"Wed {day:02d} {month} {2010 + i % 14} " + " ".join(sentences)
            + f" (document {i})"}


def write_corpus(path: Path, count: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps(document(i, rng)) + "\n")


def measure(label: str, items, count: int, marks: set[int]) -> dict:
    from claimline.errors import ClaimlineError
    started = time.perf_counter()
    before = rss_mb()
    seen, failed, rows = 0, 0, {}
    for item in items:
        seen += 1
        failed += isinstance(item, ClaimlineError)
        if seen in marks:
            rows[seen] = round(rss_mb(), 1)
        if seen >= count:
            break
    elapsed = time.perf_counter() - started
    result = {"mode": label, "docs": seen, "failed": failed, "rss_start_mb": round(before, 1),
              "rss_mb_at": rows, "docs_per_s": round(seen / elapsed, 1) if elapsed else None}
    at = ", ".join(f"{n:,} docs {mb:.1f} MB" for n, mb in rows.items())
    print(f"{label:<28} {seen:>6} docs {result['docs_per_s']:>8} docs/s  RSS start "
          f"{before:.1f} MB; {at}; {failed} failed", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--parse-docs", type=int, default=None,
                        help="documents for the spaCy pass (default: --docs)")
    parser.add_argument("--full-docs", type=int, default=300)
    parser.add_argument("--skip-parse", action="store_true",
                        help="only the reading pass (no spaCy)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    from claimline.extraction import extract_batch
    from claimline.ingest import ReadOptions, iter_raw, to_record

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "generated.jsonl"
        write_corpus(corpus, args.docs)
        print(f"{args.docs:,} generated documents, {corpus.stat().st_size / 2**20:.1f} MB JSONL")
        marks = {1, 1000, args.docs // 2, args.docs}

        def records():
            for item in iter_raw([str(corpus)], ReadOptions()):
                yield item if not hasattr(item, "data") else to_record(item)

        results.append(measure("read + clean + record", records(), args.docs, marks))
        if not args.skip_parse:
            from claimline.nlp import load_nlp
            load_nlp()  # load the model first, so its memory is not counted as growth
            parse_docs = args.parse_docs or args.docs
            parse_marks = {1, min(1000, parse_docs), parse_docs // 2, parse_docs}
            results.append(measure("+ spaCy parse, no stages",
                                   extract_batch([str(corpus)], stages=()), parse_docs,
                                   parse_marks))
            if args.full_docs:
                from claimline.pipeline import ANALYSIS_STAGES
                warm = extract_batch([str(corpus)], stages=ANALYSIS_STAGES)
                next(warm)  # load every stage's data before measuring
                warm.close()
                full_marks = {1, min(100, args.full_docs), args.full_docs}
                results.append(measure("full pipeline", extract_batch([str(corpus)]),
                                       args.full_docs, full_marks))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
