"""Whole-pipeline speed against bare spaCy NER on the same corpus, in one run.

Corpus: the FA-KES dev articles (../shared/data/fa-kes/dev.csv, or --data DIR) when present, else
the bundled example article repeated. Both measurements use the same loaded model and the same
texts, after a warm-up:

- baseline: ``nlp.pipe(texts)`` with en_core_web_sm and reading ``doc.ents`` (what "spaCy NER"
  means in practice); also reported: the same with only the components NER needs (tok2vec, ner);
- claimline: every analysis stage (time, actors, places, events, claims, framing, summary) via
  ``Pipeline.analyse_many`` (records made from the texts, parse included).

Target: claimline words/s >= 0.7 x the baseline words/s.

    python benchmarks/pipeline_speed.py [--data DIR] [--docs N] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from claimline.evaluate.fakes import dev_rows

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def corpus(data: Path, docs: int) -> tuple[list[str], str]:
    if (data / "fa-kes" / "dev.csv").is_file():
        texts = [row["article_content"] for row in dev_rows(data)]
        return texts[:docs], f"FA-KES dev ({min(docs, len(texts))} articles)"
    text = (REPO / "examples" / "karachok-statement.txt").read_text(encoding="utf-8")
    return [text] * min(docs, 50), "example article x50 (shared data absent)"


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def time_ner(nlp, texts: list[str], disable: tuple[str, ...] = ()) -> float:
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(disable)):
        for doc in nlp.pipe(texts, batch_size=16):
            _ = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return time.perf_counter() - start


def time_pipeline(pipeline, texts: list[str]) -> float:
    from claimline.ingest import RawDocument, to_record
    start = time.perf_counter()
    records = (to_record(RawDocument(origin=f"bench#{i}", data=t), published=None)
               for i, t in enumerate(texts))
    for _ in pipeline.analyse_many(records):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--docs", type=int, default=187)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from claimline.nlp import load_nlp
    from claimline.pipeline import ANALYSIS_STAGES, Pipeline

    texts, name = corpus(args.data, args.docs)
    n_words = words(texts)
    nlp = load_nlp()
    pipeline = Pipeline(ANALYSIS_STAGES, nlp=nlp)
    warm = texts[:5]
    time_ner(nlp, warm)
    time_pipeline(pipeline, warm)  # builds the matchers, gazetteer and lexicons once

    not_ner = tuple(p for p in nlp.pipe_names if p not in ("tok2vec", "ner"))
    t_ner = time_ner(nlp, texts)
    t_ner_only = time_ner(nlp, texts, disable=not_ner)
    t_all = time_pipeline(pipeline, texts)
    result = {
        "corpus": name, "words": n_words, "model": nlp.meta.get("name"),
        "spacy_ner_words_per_s": round(n_words / t_ner, 1),
        "spacy_ner_only_components_words_per_s": round(n_words / t_ner_only, 1),
        "claimline_words_per_s": round(n_words / t_all, 1),
        "ratio": round(t_ner / t_all, 3),
        "ratio_vs_ner_only_components": round(t_ner_only / t_all, 3),
        "target_ratio": 0.7,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus: {name}, {n_words} words, model {result['model']}")
        print(f"spaCy NER (en_core_web_sm, default pipeline): "
              f"{result['spacy_ner_words_per_s']:>9.1f} words/s")
        print(f"spaCy NER (tok2vec + ner only):                "
              f"{result['spacy_ner_only_components_words_per_s']:>9.1f} words/s")
        print(f"claimline whole pipeline:                      "
              f"{result['claimline_words_per_s']:>9.1f} words/s")
        print(f"ratio: {result['ratio']:.3f} of spaCy NER (target >= 0.7); "
              f"{result['ratio_vs_ner_only_components']:.3f} of NER-only components")
    return 0


if __name__ == "__main__":
    sys.exit(main())
