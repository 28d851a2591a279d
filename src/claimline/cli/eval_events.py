"""``claimline eval case2021`` and ``claimline eval fakes``: the events stage on benchmark data."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import ClaimlineError
from .app import eval_app, fail, out

DEFAULT_DATA = Path("..") / "shared" / "data"
DATA = typer.Option(None, "--data", help="Benchmark data folder (default ../shared/data).")
LIMIT = typer.Option(None, "--limit", help="Score only the first N rows (quick look).")


def _folder(data: Optional[Path]) -> Path:
    folder = data or DEFAULT_DATA
    if not folder.exists():
        fail(ClaimlineError("E013", path=str(folder)))
    return folder


@eval_app.command("case2021")
def eval_case2021(data: Optional[Path] = DATA, limit: Optional[int] = LIMIT,
                  confusions: int = typer.Option(15, "--confusions",
                                                 help="Show the N most frequent confusions.")
                  ) -> int:
    """CASE 2021 task 2 dev: main event's ACLED sub-type mapped to the 30 labels; accuracy, F1."""
    from ..evaluate.case2021 import evaluate

    try:
        scores = evaluate(_folder(data), limit)
    except ClaimlineError as exc:
        fail(exc)
    out.print(f"CASE 2021 task 2 dev: {len(scores.gold)} snippets")
    out.print(f"accuracy {scores.accuracy:.4f}  weighted F1 {scores.f1('weighted'):.4f}  "
              f"macro F1 {scores.f1('macro'):.4f}  (best published weighted F1: 0.839, full set)")
    table = Table(title="per label", title_justify="left")
    for col in ("label", "n", "precision", "recall", "F1"):
        table.add_column(col)
    for label, n, p, r, f in scores.per_label():
        table.add_row(label, str(n), f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")
    out.print(table)
    for gold, pred, n in scores.confusions(confusions):
        out.print(f"  {n:3d}  {gold} -> {pred}", highlight=False)
    return 0


@eval_app.command("fakes")
def eval_fakes(data: Optional[Path] = DATA, limit: Optional[int] = LIMIT) -> int:
    """FA-KES dev: main event vs crowd labels on date, governorate, cause, actor, civilians."""
    from ..evaluate.fakes import FIELDS, evaluate

    try:
        scores = evaluate(_folder(data), limit)
    except ClaimlineError as exc:
        fail(exc)
    out.print(f"FA-KES dev: {len(scores.rows)} articles (dateline as publication date), "
              f"{scores.errors} failed")
    table = Table(title="agreement with crowd labels (labels 'unknown' not scored)",
                  title_justify="left")
    for col in ("field", "agreement", "scored"):
        table.add_column(col)
    for name in FIELDS:
        value, n = scores.agreement(name)
        table.add_row(name, f"{value:.4f}", str(n))
    out.print(table)
    out.print("date: within ±1 day (day-precision dates only); civilians: within 20% or ±2 "
              f"(exact: {scores.exact_civilians():.4f})")
    for name in ("governorate", "cause", "actor"):
        conf = Table(title=f"confusion: {name} (gold -> predicted)", title_justify="left")
        for col in ("gold", "predicted", "n"):
            conf.add_column(col)
        for (gold, pred), n in sorted(scores.confusion(name).items(), key=lambda kv: -kv[1]):
            conf.add_row(str(gold), str(pred), str(n))
        out.print(conf)
    return 0
