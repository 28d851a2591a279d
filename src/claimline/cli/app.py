"""The Typer application objects shared by the command modules of this package."""
from __future__ import annotations

import sys

import typer
from rich.console import Console

app = typer.Typer(name="claimline", no_args_is_help=True, add_completion=False,
                  help="Trustworthy, attributed event data from conflict news.")
eval_app = typer.Typer(no_args_is_help=True,
                       help="Score claimline on benchmark data and gold files; prints figures.")
app.add_typer(eval_app, name="eval")

#: results go to stdout; progress, errors and summaries to stderr
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def report_error(error) -> None:
    """Print one coded error line (no traceback)."""
    from rich.markup import escape  # "[server]" in a message is text, not a style tag
    err.print(f"[red]error[/red] {escape(str(error))}", markup=True, highlight=False)


def fail(error, code: int = 3) -> None:
    report_error(error)
    raise typer.Exit(code)


def is_tty() -> bool:
    return sys.stderr.isatty()
