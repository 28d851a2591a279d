"""Main-text extraction quality and speed on real news pages.

Data: the Zyte article-extraction benchmark's dev part (46 gzipped pages and their true article
bodies) in ../shared/data/article-extraction (or --data DIR). Metric: the benchmark's token
shingle matching (lower-cased word tokens, 4-gram shingles, per-page tp/fp/fn normalised by the
page's shingle count, then summed over pages): precision, recall, F1. Speed: pages/s through the
whole ingest path (gunzip, decode, trafilatura + htmldate, cleaning, record), one process.

    python benchmarks/article_extraction.py [--data DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "article-extraction"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall((text or "").lower())
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_match(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page, as in the benchmark's evaluate.py."""
    a, b = shingles(true, n), shingles(pred, n)
    tp = fp = fn = 0
    for key in a.keys() | b.keys():
        x, y = a.get(key, 0), b.get(key, 0)
        tp += min(x, y)
        fp += max(0, y - x)
        fn += max(0, x - y)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(data: Path, limit: int | None = None) -> dict:
    """Run the ingest path on every page and score the main text against the ground truth."""
    from claimline.errors import ClaimlineError
    from claimline.ingest import ReadOptions, iter_raw, to_record

    truth = json.loads((data / "dev-ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    totals = [0.0, 0.0, 0.0]
    failed, dated, per_page = 0, 0, []
    started = time.perf_counter()
    for page_id in ids:
        path = data / "html" / f"{page_id}.html.gz"
        text = ""
        for item in iter_raw([str(path)], ReadOptions()):
            try:
                if isinstance(item, ClaimlineError):
                    raise item
                record = to_record(item)
                text = record.document.text
                dated += record.document.published.date is not None
            except ClaimlineError:
                failed += 1
        scores = shingle_match(truth[page_id].get("articleBody", ""), text)
        per_page.append((page_id, prf(*scores)[2]))
        for i, value in enumerate(scores):
            totals[i] += value
    elapsed = time.perf_counter() - started
    precision, recall, f1 = prf(*totals)
    return {"pages": len(ids), "failed": failed, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4),
            "pages_per_s": round(len(ids) / elapsed, 2) if elapsed else None,
            "with_publication_date": dated,
            "worst": sorted(per_page, key=lambda p: p[1])[:5]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.data / "dev-ground-truth.json").is_file():
        print(f"skipped: article-extraction data not found at {args.data}", file=sys.stderr)
        return 0
    result = evaluate(args.data, args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"article extraction on {result['pages']} pages ({args.data}):")
    print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"F1 {result['f1']:.3f}  (token 4-gram shingles)")
    print(f"  {result['pages_per_s']:.1f} pages/s, {result['failed']} failed, "
          f"{result['with_publication_date']} with a publication date")
    print("  lowest F1: " + ", ".join(f"{pid[:10]}… {f:.2f}" for pid, f in result["worst"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
