"""``claimline eval time``: TempEval-3 scores of the time stage on TimeML documents."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import ClaimlineError
from .app import eval_app, fail, out

DEFAULT_DATA = Path("..") / "shared" / "data"


@eval_app.command("time")
def eval_time(data: Optional[Path] = typer.Option(None, "--data",
                                                  help="Benchmark data folder (default "
                                                       "../shared/data)."),
              split: str = typer.Option("tbaq", "--split", help="Sub-folder of tempeval3/."),
              no_spacy: bool = typer.Option(False, "--no-spacy",
                                            help="Rules only (no spaCy tense / entity fallback)."),
              errors: int = typer.Option(0, "--errors", help="List up to N errors.")) -> int:
    """Extent P/R/F1 (relaxed, strict), type accuracy and value accuracy/F1, TempEval-3 way."""
    from ..evaluate.tempeval import evaluate

    folder = data or DEFAULT_DATA
    if not folder.exists():
        fail(ClaimlineError("E013", path=str(folder)))
    try:
        scores = evaluate(folder, split, use_spacy=not no_spacy, keep_errors=errors)
    except ClaimlineError as exc:
        fail(exc)
    f = scores.figures()
    table = Table(title=f"TempEval-3 timex scores on {split}: {scores.documents} documents, "
                        f"{scores.gold} gold / {scores.system} system expressions",
                  title_justify="left")
    for col in ("measure", "precision", "recall", "F1 / accuracy"):
        table.add_column(col)
    table.add_row("extent (relaxed)", f"{f['relaxed_precision']:.4f}", f"{f['relaxed_recall']:.4f}",
                  f"{f['relaxed_f1']:.4f}")
    table.add_row("extent (strict)", f"{f['strict_precision']:.4f}", f"{f['strict_recall']:.4f}",
                  f"{f['strict_f1']:.4f}")
    table.add_row("type", "", "", f"accuracy {f['type_accuracy']:.4f}, F1 {f['type_f1']:.4f}")
    table.add_row("value", f"{f['value_precision']:.4f}", f"{f['value_recall']:.4f}",
                  f"{f['value_f1']:.4f}")
    table.add_row("value accuracy (on relaxed matches)", "", "", f"{f['value_accuracy']:.4f}")
    out.print(table)
    for name, kind, gold_text, gold_value, system in scores.errors:
        out.print(f"  {kind:8} {name}: {gold_text!r} {gold_value} | {system}", markup=False,
                  highlight=False)
    return 0
