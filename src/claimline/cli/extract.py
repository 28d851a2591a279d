"""``claimline extract`` and ``claimline demo``."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import ClaimlineError
from ..ingest import ReadOptions
from .app import app, err, fail, out, report_error

FORMATS = ("table", "json", "jsonl")

PATHS = typer.Argument(None, help="Files, directories, URLs, feeds, globs, or '-' for stdin.")
PUBLISHED = typer.Option(None, "--published", "-p",
                         help="Publication date YYYY-MM-DD (wins over metadata and datelines).")
ERRORS = typer.Option(None, "--errors", help="Write one JSON line per failed input to FILE.")
TEXT_COLUMN = typer.Option(None, "--text-column",
                           help="Column/field holding the text in CSV or JSON Lines corpora.")
ALLOW_PRIVATE = typer.Option(False, "--allow-private",
                             help="Allow fetching URLs on private/loopback addresses.")
MAX_BYTES = typer.Option(50 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this.")


def read_options(text_column=None, allow_private=False, max_bytes=50 * 1024 * 1024) -> ReadOptions:
    return ReadOptions(text_column=text_column, allow_private=allow_private, max_bytes=max_bytes)


class ErrorLog:
    """Reports coded errors on stderr and, with ``--errors FILE``, as JSON lines."""

    def __init__(self, path: Optional[Path]):
        self.count = 0
        self.fh = open(path, "a", encoding="utf-8") if path else None

    def __call__(self, error: ClaimlineError) -> None:
        self.count += 1
        report_error(error)
        if self.fh:
            self.fh.write(json.dumps(error.to_dict()) + "\n")
            self.fh.flush()

    def close(self) -> int:
        if self.fh:
            self.fh.close()
        return 1 if self.count else 0


@app.command()
def extract(paths: Optional[List[str]] = PATHS, published: Optional[str] = PUBLISHED,
            fmt: str = typer.Option("table", "--format", "-f", help="table, json or jsonl."),
            errors: Optional[Path] = ERRORS, text_column: Optional[str] = TEXT_COLUMN,
            allow_private: bool = ALLOW_PRIVATE, max_bytes: int = MAX_BYTES) -> int:
    """Extract event records from documents and print them (nothing is stored)."""
    from ..extraction import extract_batch
    from .view import render

    if fmt not in FORMATS:
        fail(ClaimlineError("E010", value=fmt, known=", ".join(FORMATS)), code=2)
    if not paths:
        fail(ClaimlineError("E006"), code=2)
    log = ErrorLog(errors)
    options = read_options(text_column, allow_private, max_bytes)
    for item in extract_batch(paths, published=published, options=options):
        if isinstance(item, ClaimlineError):
            log(item)
        elif fmt == "table":
            render(item, out)
        elif fmt == "json":
            out.file.write(item.to_json(indent=2) + "\n")
        else:
            out.file.write(item.to_json() + "\n")
        out.file.flush()
    return log.close()


@app.command()
def demo(fmt: str = typer.Option("table", "--format", "-f", help="table, json or jsonl.")) -> int:
    """Run claimline on the bundled example article (SDF statement, published 2023-04-25)."""
    example = resources.files("claimline.data").joinpath("examples/karachok-statement.txt")
    with resources.as_file(example) as path:
        err.print(f"[dim]claimline extract {path.name} --published 2023-04-25[/dim]")
        return extract([str(path)], published="2023-04-25", fmt=fmt, errors=None,
                       text_column=None, allow_private=False, max_bytes=50 * 1024 * 1024)
