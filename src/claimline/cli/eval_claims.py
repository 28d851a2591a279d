"""``claimline eval claims``: claim attribution and framing scores (seed gold + FA-KES dev)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import ClaimlineError
from .app import eval_app, fail, out

DEFAULT_DATA = Path("..") / "shared" / "data"


@eval_app.command("claims")
def eval_claims(data: Optional[Path] = typer.Option(None, "--data",
                                                    help="Benchmark data folder (default "
                                                         "../shared/data)."),
                gold: Optional[Path] = typer.Option(None, "--gold",
                                                    help="FA-KES claims gold (JSON Lines; "
                                                         "default benchmarks/gold/"
                                                         "fakes-claims.jsonl)."),
                errors: int = typer.Option(0, "--errors", help="List up to N FA-KES errors.")
                ) -> int:
    """Seed: claims and framing found; FA-KES: claim P/R/F1 and speaker accuracy."""
    from ..evaluate import claims_eval as ce

    try:
        record, seed_gold = ce.seed_record()
    except ClaimlineError as exc:
        fail(exc)
    seed = ce.evaluate_seed(record, seed_gold)
    table = Table(title="Seed example (karachok-statement): claims and framing",
                  title_justify="left")
    for col in ("section", "gold found", "gold", "system"):
        table.add_column(col)
    table.add_row("claims", str(seed.claims[0]), str(seed.claims[1]), str(seed.claims[2]))
    table.add_row("framing", str(seed.framing[0]), str(seed.framing[1]), str(seed.framing[2]))
    out.print(table)
    for section, item, ok, detail in seed.checks:
        out.print(f"  {'ok  ' if ok else 'FAIL'} [{section}] {item} {'' if ok else detail}",
                  markup=False, highlight=False)

    folder = data or DEFAULT_DATA
    if not (folder / "fa-kes" / "dev.csv").exists():
        out.print(f"FA-KES part skipped: {folder / 'fa-kes' / 'dev.csv'} not found "
                  "(pass --data).")
        return 0
    try:
        scores = ce.evaluate_fakes(folder, gold or ce.FAKES_GOLD)
    except ClaimlineError as exc:
        fail(exc)
    table = Table(title=f"FA-KES dev, hand-annotated claims: {scores.documents} articles, "
                        f"{scores.gold} gold / {scores.system} system claims",
                  title_justify="left")
    for col in ("measure", "value"):
        table.add_column(col)
    table.add_row("claim precision", f"{scores.precision:.3f}")
    table.add_row("claim recall", f"{scores.recall:.3f}")
    table.add_row("claim F1", f"{scores.f1:.3f}")
    table.add_row("speaker accuracy (matched claims)", f"{scores.speaker_accuracy:.3f}")
    table.add_row("  … by the speaker actor's canonical name alone",
                  f"{scores.speaker_actor_accuracy:.3f}")
    if scores.unlocated:
        table.add_row("gold fragments not found in the cleaned text", str(scores.unlocated))
    out.print(table)
    for label, kind, fragment, want, got in scores.errors[:errors]:
        out.print(f"  {kind:8} {label}: {fragment!r} want {want!r} got {got!r}",
                  markup=False, highlight=False)
    return 0
