"""``claimline eval places``: toponym recognition and resolution scores on LGL."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import ClaimlineError
from .app import eval_app, fail, out

DEFAULT_DATA = Path("..") / "shared" / "data"


@eval_app.command("places")
def eval_places(data: Optional[Path] = typer.Option(None, "--data",
                                                    help="Benchmark data folder (default "
                                                         "../shared/data); reads geo/lgl.xml."),
                gold_toponyms: bool = typer.Option(False, "--gold-toponyms",
                                                   help="Only the gold-toponym setting."),
                limit: Optional[int] = typer.Option(None, "--limit", help="First N articles."),
                errors: int = typer.Option(0, "--errors",
                                           help="List up to N resolution errors > 161 km.")
                ) -> int:
    """Recognition P/R/F1, accuracy within 161 km, mean/median error km: end-to-end and with
    gold toponyms (LGL local news)."""
    from ..evaluate.lgl import evaluate

    folder = data or DEFAULT_DATA
    path = folder / "geo" / "lgl.xml"
    if not path.exists():
        fail(ClaimlineError("E013", path=str(path)))
    settings = [True] if gold_toponyms else [False, True]
    misses = []
    out.print(f"LGL geoparsing ({path})", markup=False, highlight=False)
    try:
        for gold in settings:
            s = evaluate(path, gold_toponyms=gold, limit=limit, keep_misses=errors > 0)
            f = s.figures()
            line = f"{s.setting:14} documents {f['documents']}  gold {f['gold']}  system {f['system']}"
            if not gold:
                line += (f"  recognition P {f['precision']:.3f} R {f['recall']:.3f} "
                         f"F1 {f['f1']:.3f}")
            line += (f"  | geocoded {f['geocoded']}  acc@161km {f['accuracy_161km']:.3f}  "
                     f"mean {f['mean_km']:.0f} km  median {f['median_km']:.1f} km")
            if f["ceiling_161km"] is not None:
                line += f"  | ceiling {f['ceiling_161km']:.3f}"
            out.print(line, markup=False, highlight=False)
            misses += [(s.setting,) + m for m in s.misses]
    except ClaimlineError as exc:
        fail(exc)
    for setting, phrase, got, km in misses[:errors]:
        out.print(f"  {setting:13} {phrase!r} -> {got} ({km} km)", markup=False, highlight=False)
    return 0
