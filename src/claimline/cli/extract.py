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

PATHS = typer.Argument(None, help="Files, directories, URLs, feeds, globs, CSV/JSON Lines "
                       "corpora (gzipped or not), or '-' for stdin.")
PUBLISHED = typer.Option(None, "--published", "-p",
                         help="Publication date YYYY-MM-DD (wins over metadata and datelines).")
ERRORS = typer.Option(None, "--errors", help="Write one JSON line per failed input to FILE.")
# --- reader options (shared with `claimline ingest`; map onto ingest.ReadOptions) -----------------
TEXT_COLUMN = typer.Option(None, "--text-column",
                           help="Column/field holding the text in CSV or JSON Lines corpora "
                           "(default: text, article_content, content, body, …).")
TITLE_COLUMN = typer.Option(None, "--title-column",
                            help="Corpus column with the title (default: title, article_title, "
                            "headline).")
DATE_COLUMN = typer.Option(None, "--date-column",
                           help="Corpus column with the publication date (never guessed).")
URL_COLUMN = typer.Option(None, "--url-column", help="Corpus column with the article URL.")
OUTLET_COLUMN = typer.Option(None, "--outlet-column", help="Corpus column with the outlet.")
DATE_ORDER = typer.Option("MDY", "--date-order",
                          help="How to read 4/5/17 in --date-column: MDY, DMY or YMD.")
ALLOW_PRIVATE = typer.Option(False, "--allow-private",
                             help="Allow fetching URLs on private/loopback addresses.")
MAX_BYTES = typer.Option(50 * 1024 * 1024, "--max-bytes",
                         help="Refuse documents larger than this (bytes).")
TIMEOUT = typer.Option(20.0, "--timeout", help="Seconds to wait for a web server.")
CACHE_DIR = typer.Option(None, "--cache-dir", envvar="CLAIMLINE_CACHE_DIR",
                         help="Cache of fetched URLs (default ~/.cache/claimline/http).")
NO_CACHE = typer.Option(False, "--no-cache", help="Fetch URLs afresh (the cache is updated).")
FETCH_LINKS = typer.Option(True, "--fetch-links/--no-fetch-links",
                           help="Feeds: fetch each entry's page unless the entry holds the full "
                           "text; --no-fetch-links uses the entry's own text.")


def read_options(text_column=None, allow_private=False, max_bytes=50 * 1024 * 1024, *,
                 title_column=None, date_column=None, url_column=None, outlet_column=None,
                 date_order="MDY", timeout=20.0, cache_dir=None, no_cache=False,
                 fetch_links=True) -> ReadOptions:
    """The readers' options from the CLI flags above (usage errors exit with code 2)."""
    order = (date_order or "MDY").upper()
    if order not in ("MDY", "DMY", "YMD"):
        fail(ClaimlineError("E010", value=date_order, known="MDY, DMY, YMD"), code=2)
    return ReadOptions(text_column=text_column, title_column=title_column,
                       date_column=date_column, url_column=url_column,
                       outlet_column=outlet_column, date_order=order,
                       allow_private=allow_private, max_bytes=max_bytes, timeout=timeout,
                       cache_dir=str(cache_dir) if cache_dir else None, use_cache=not no_cache,
                       fetch_links=fetch_links)


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
            allow_private: bool = ALLOW_PRIVATE, max_bytes: int = MAX_BYTES,
            title_column: Optional[str] = TITLE_COLUMN, date_column: Optional[str] = DATE_COLUMN,
            url_column: Optional[str] = URL_COLUMN, outlet_column: Optional[str] = OUTLET_COLUMN,
            date_order: str = DATE_ORDER, timeout: float = TIMEOUT,
            cache_dir: Optional[Path] = CACHE_DIR, no_cache: bool = NO_CACHE,
            fetch_links: bool = FETCH_LINKS) -> int:
    """Extract event records from documents and print them (nothing is stored)."""
    options = read_options(text_column, allow_private, max_bytes, title_column=title_column,
                           date_column=date_column, url_column=url_column,
                           outlet_column=outlet_column, date_order=date_order, timeout=timeout,
                           cache_dir=cache_dir, no_cache=no_cache, fetch_links=fetch_links)
    return run_extract(paths, published, fmt, errors, options)


def run_extract(paths, published, fmt: str, errors: Optional[Path], options: ReadOptions) -> int:
    from ..extraction import extract_batch
    from .view import render

    if fmt not in FORMATS:
        fail(ClaimlineError("E010", value=fmt, known=", ".join(FORMATS)), code=2)
    if not paths:
        fail(ClaimlineError("E006"), code=2)
    log = ErrorLog(errors)
    done = 0
    for item in extract_batch(paths, published=published, options=options):
        if isinstance(item, ClaimlineError):
            log(item)
            continue
        done += 1
        if fmt == "table":
            render(item, out)
        elif fmt == "json":
            out.file.write(item.to_json(indent=2) + "\n")
        else:
            out.file.write(item.to_json() + "\n")
        out.file.flush()
    if log.count:
        err.print(f"{done} documents extracted, {log.count} inputs failed")
    return log.close()


@app.command()
def demo(fmt: str = typer.Option("table", "--format", "-f", help="table, json or jsonl.")) -> int:
    """Run claimline on the bundled example article (SDF statement, published 2023-04-25)."""
    example = resources.files("claimline.data").joinpath("examples/karachok-statement.txt")
    with resources.as_file(example) as path:
        err.print(f"[dim]claimline extract {path.name} --published 2023-04-25[/dim]")
        return run_extract([str(path)], "2023-04-25", fmt, None, ReadOptions())
