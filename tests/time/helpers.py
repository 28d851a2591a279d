"""Small helpers for the time tests (rules only, no spaCy: fast)."""
from __future__ import annotations

from claimline.time import time_expressions


def values(text: str, published: str | None = "2023-04-25") -> dict[str, str]:
    return {t.text: t.value for t in time_expressions(text, published)}


def one(text: str, phrase: str, published: str | None = "2023-04-25"):
    found = [t for t in time_expressions(text, published) if t.text == phrase]
    assert found, f"{phrase!r} not tagged in {text!r}: {time_expressions(text, published)}"
    return found[0]
