"""The ``claimline`` command line: a thin layer over the public API.

Each module in this package registers its commands on :data:`app.app` (or the ``eval`` group)
when imported; :func:`main` imports them all, runs the app and turns coded errors into one line
on stderr and an exit code (see ``errors.EXIT_CODES``).
"""
from __future__ import annotations

import importlib
import pkgutil
import typer

from ..errors import ClaimlineError
from .app import app, report_error


def load_commands() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "app":
            importlib.import_module(f"{__name__}.{module.name}")


def main(argv: list[str] | None = None) -> int:
    load_commands()
    try:
        result = app(args=argv, prog_name="claimline", standalone_mode=False)
    except ClaimlineError as error:
        report_error(error)
        return 3
    except typer.Abort:
        return 130
    except Exception as exc:
        # usage errors: click's ClickException (typer vendors its own copy of click)
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            return exc.exit_code
        raise
    return result if isinstance(result, int) else 0
