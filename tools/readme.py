"""Regenerate the generated parts of README.md (CLI reference, error catalogue, exit codes).

    python tools/readme.py          # rewrite README.md in place
    python tools/readme.py --check  # exit 1 if README.md is out of date (tests run this)

Generated blocks sit between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->`` markers, in the
manner of cog / sqlite-utils' docs: the README cannot silently drift from the code.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import typer

README = Path(__file__).resolve().parent.parent / "README.md"


def cli_reference() -> str:
    from claimline.cli import app, load_commands

    load_commands()
    root = typer.main.get_command(app)
    lines = []

    def walk(cmd, path: list[str]) -> None:
        if hasattr(cmd, "commands"):  # a group (typer vendors its own click)
            for name in sorted(cmd.commands):
                walk(cmd.commands[name], path + [name])
            return
        params = []
        for p in cmd.params:
            if p.param_type_name == "argument":
                params.append(p.name.upper() + ("…" if p.nargs == -1 else ""))
            elif p.name != "help":
                params.append(max(p.opts, key=len))
        summary = (cmd.help or "").strip().splitlines()[0] if cmd.help else ""
        lines.append(f"| `claimline {' '.join(path)}` | {summary} | "
                     f"{', '.join(f'`{x}`' for x in params)} |")

    walk(root, [])
    return "| command | what it does | arguments and options |\n|---|---|---|\n" + "\n".join(lines)


def error_catalogue() -> str:
    from claimline.errors import Errors

    rows = ["| code | message |", "|---|---|"]
    for name in sorted(n for n in vars(Errors) if re.fullmatch(r"E\d{3}", n)):
        rows.append(f"| `{name}` | {getattr(Errors, name).replace('|', '/')} |")
    return "\n".join(rows)


def exit_codes() -> str:
    from claimline.errors import EXIT_CODES

    return "\n".join(["| exit code | meaning |", "|---|---|"]
                     + [f"| {k} | {v} |" for k, v in sorted(EXIT_CODES.items())])


#: the stage documentation merged into the README, in pipeline order
SECTIONS = ("ingest", "time", "actors-events", "places", "claims-framing", "link",
            "store-exports", "api-web", "scale")
SECTIONS_DIR = README.parent / "docs" / "sections"


def sections() -> str:
    parts = []
    for name in SECTIONS:
        path = SECTIONS_DIR / f"{name}.md"
        if path.exists():
            parts.append(path.read_text(encoding="utf-8").strip())
    return "\n\n".join(parts)


def example() -> str:
    """The demo's table and the two required events in JSON, as a reader would see them."""
    import io
    import json

    from rich.console import Console

    import claimline
    from claimline.cli.view import render

    path = README.parent / "examples" / "karachok-statement.txt"
    record = claimline.extract(path, published="2023-04-25")
    buffer = io.StringIO()
    render(record, Console(file=buffer, width=120, color_system=None, legacy_windows=False))
    table = "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())
    chosen = [e for e in record.to_dict()["events"]
              if e["acled"] == "Air/drone strike" or e["type"] == "ACCUSE"]
    events = "[\n" + ",\n".join(
        "{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                           for k, v in ev.items()) + "\n}" for ev in chosen) + "\n]"
    return ("## Example\n\n`claimline demo` (the same as `claimline extract "
            "examples/karachok-statement.txt --published 2023-04-25`) prints:\n\n```text\n"
            + table + "\n```\n\nand `--format json` gives the full record; its two required "
            "events (the recalled 2017 strike, attributed to the SDF, and the 2023 "
            "accusation):\n\n```json\n" + events + "\n```")


BLOCKS = {"cli": cli_reference, "errors": error_catalogue, "exit-codes": exit_codes,
          "sections": sections, "example": example}


def render(text: str) -> str:
    for name, make in BLOCKS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(?:.*?\n)?(<!-- {name}:end -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + make() + "\n" + m.group(2), text)
    return text


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md is out of date: run `python tools/readme.py`", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
