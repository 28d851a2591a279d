"""``claimline eval link``: cross-document linking scores on FA-KES against the hand-made gold."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import ClaimlineError
from .app import eval_app, fail, out

DEFAULT_DATA = Path("..") / "shared" / "data"


@eval_app.command("link")
def eval_link(data: Optional[Path] = typer.Option(None, "--data",
                                                  help="Benchmark data folder (default "
                                                       "../shared/data)."),
              gold: Optional[Path] = typer.Option(None, "--gold",
                                                  help="Gold pairs (default benchmarks/gold/"
                                                       "fakes-links.jsonl)."),
              source: str = typer.Option("pipeline", "--source",
                                         help="pipeline (records extracted from the texts) or "
                                              "labels (records from FA-KES's crowd labels: "
                                              "the linker alone)."),
              errors: int = typer.Option(0, "--errors", help="List up to N wrong pairs.")) -> int:
    """Pairwise and B-cubed precision/recall/F1 of linking FA-KES articles into events."""
    from ..evaluate.linking import GOLD, evaluate

    folder = data or DEFAULT_DATA
    if not folder.exists():
        fail(ClaimlineError("E013", path=str(folder)))
    if source not in ("pipeline", "labels"):
        fail(ClaimlineError("E010", value=source, known="pipeline, labels"), code=2)
    try:
        scores = evaluate(folder, source=source, gold_path=gold or GOLD)
    except ClaimlineError as exc:
        fail(exc)
    s = scores.stats
    table = Table(title=f"FA-KES linking ({source}): {scores.units} articles, "
                        f"{scores.with_events} with events ({scores.events} events) → "
                        f"{scores.canonical} canonical events; gold: {scores.gold_clusters} "
                        f"multi-article events, {scores.pairwise['gold_pairs']} pairs",
                  title_justify="left")
    for col in ("measure", "precision", "recall", "F1"):
        table.add_column(col)
    for name, m in (("pairwise", scores.pairwise), ("B-cubed", scores.bcubed)):
        table.add_row(name, f"{m['precision']:.4f}", f"{m['recall']:.4f}", f"{m['f1']:.4f}")
    out.print(table)
    out.print(f"system pairs {scores.pairwise['system_pairs']}, correct "
              f"{scores.pairwise['true_pairs']}; grades {s.get('grades')}; "
              f"linking {s.get('seconds')} s, {s.get('pairs_scored')} pairs scored")
    for kind, a, b in scores.errors[:errors]:
        out.print(f"  {kind}: {a} {b}", markup=False, highlight=False)
    return 0
