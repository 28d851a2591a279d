"""The time stage's share of the pipeline's time per document, on real news text.

Data: the FA-KES dev articles (../shared/data/fa-kes/dev.csv, or --data DIR) — full-text Syrian
war news, most with a dateline that becomes the publication date; without them, the bundled
example article. Each document is parsed once by spaCy (claimline.nlp.load_nlp) and then every
analysis stage is timed separately; "pipeline" = spaCy parse + all stages. A warm-up pass runs
first so one-off imports and caches are not counted.

    python benchmarks/time_speed.py [--data DIR] [--limit N] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from claimline.evaluate.fakes import dev_rows

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def load_texts(data: Path, limit: int) -> tuple[list[str], str]:
    path = data / "fa-kes" / "dev.csv"
    if path.is_file():
        texts = [row["article_content"] for row in dev_rows(data) if row["article_content"]]
        return texts[:limit], f"FA-KES dev ({path})"
    example = REPO / "src" / "claimline" / "data" / "examples" / "karachok-statement.txt"
    return [example.read_text(encoding="utf-8")], f"bundled example ({example.name})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from claimline.errors import ClaimlineError
    from claimline.ingest import RawDocument, to_record
    from claimline.nlp import load_nlp
    from claimline.pipeline import ANALYSIS_STAGES, get_stage

    texts, source = load_texts(args.data, args.limit)
    nlp = load_nlp()
    stages = [get_stage(name) for name in ANALYSIS_STAGES]
    records = []
    for i, text in enumerate(texts):
        try:
            records.append(to_record(RawDocument(origin=f"doc{i}", data=text)))
        except ClaimlineError:
            continue

    def run_once(measure: bool):
        per_doc = []
        for record in records:
            fresh = record.model_copy(deep=True)
            t0 = time.perf_counter()
            doc = nlp(fresh.document.text)
            timings = {"spacy": time.perf_counter() - t0}
            for st in stages:
                t = time.perf_counter()
                try:
                    fresh = st(fresh, doc)
                except Exception:  # another stage's bug must not stop the measurement
                    pass
                timings[st.name] = time.perf_counter() - t
            if measure:
                per_doc.append(timings)
        return per_doc

    run_once(measure=False)  # warm-up: imports, caches
    per_doc = run_once(measure=True)
    totals = [sum(t.values()) for t in per_doc]
    time_stage = [t["time"] for t in per_doc]
    result = {
        "source": source, "documents": len(per_doc),
        "mean_pipeline_ms": 1000 * statistics.mean(totals),
        "mean_time_stage_ms": 1000 * statistics.mean(time_stage),
        "median_time_stage_ms": 1000 * statistics.median(time_stage),
        "time_share_of_pipeline": sum(time_stage) / sum(totals),
        "time_added_to_rest": sum(time_stage) / (sum(totals) - sum(time_stage)),
        "mean_stage_ms": {name: 1000 * statistics.mean(t[name] for t in per_doc)
                          for name in per_doc[0]},
        "mean_chars": statistics.mean(len(r.document.text) for r in records),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['documents']} documents from {source}, mean {result['mean_chars']:.0f} chars")
        print(f"pipeline (spaCy + all stages): {result['mean_pipeline_ms']:.1f} ms/doc")
        print(f"time stage: mean {result['mean_time_stage_ms']:.2f} ms/doc, median "
              f"{result['median_time_stage_ms']:.2f} ms/doc")
        print(f"time stage share of pipeline: {100 * result['time_share_of_pipeline']:.1f}% "
              f"(adds {100 * result['time_added_to_rest']:.1f}% to the rest)")
        for name, ms in result["mean_stage_ms"].items():
            print(f"  {name:10} {ms:8.2f} ms/doc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
