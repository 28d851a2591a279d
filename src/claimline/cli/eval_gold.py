"""``claimline eval gold``: score a document's record against a ``*.gold.json`` file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .app import eval_app, out


@eval_app.command("gold")
def eval_gold(document: Path = typer.Argument(..., help="The document (text/HTML) or a record "
                                                        "JSON produced by claimline."),
              gold: Path = typer.Argument(..., help="The gold file (*.gold.json)."),
              published: Optional[str] = typer.Option(None, "--published", "-p",
                                                      help="Publication date; default: the "
                                                           "gold file's 'published'."),
              show_all: bool = typer.Option(False, "--all", help="List passing checks too.")
              ) -> int:
    """Per-section precision/recall and every failed required item; exit 1 if any fails."""
    from ..evaluate.gold import load_gold, score
    from ..record import Record

    gold_data = load_gold(gold)
    if document.suffix == ".json":
        record = Record.from_json(document.read_bytes())
    else:
        from ..extraction import extract
        record = extract(document, published=published or gold_data.get("published"))
    report = score(record, gold_data)

    table = Table(title=f"{document.name} vs {gold.name}", title_justify="left")
    for col in ("section", "precision", "recall", "gold", "system"):
        table.add_column(col)
    for section, s in report.section_scores().items():
        table.add_row(section, f"{s['precision']:.2f}", f"{s['recall']:.2f}", str(s["gold"]),
                      str(s["system"]))
    out.print(table)
    required = [c for c in report.checks if c.required]
    passed = sum(c.ok for c in required)
    out.print(f"required checks: {passed}/{len(required)} passed "
              f"({100 * passed / max(1, len(required)):.1f}%)")
    for c in report.checks:
        if show_all or not c.ok:
            mark = "ok  " if c.ok else ("FAIL" if c.required else "miss")
            out.print(f"  {mark} [{c.section}] {c.item} {c.detail if not c.ok else ''}",
                      highlight=False, markup=False)
    return 0 if report.ok else 1
