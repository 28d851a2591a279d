"""Optional integration with cross-document linking (``claimline.link.canonical``).

When that module is importable the API lists canonical events, shows each report's grade and
filters events by grade; without it those parts answer E096 (501) and grades are null.
"""
from __future__ import annotations

import importlib
from typing import Callable, Iterator, Optional

from ..errors import ClaimlineError
from .problems import ApiError

MODULE = "claimline.link.canonical"


def canonical_module():
    try:
        module = importlib.import_module(MODULE)
    except ImportError:
        return None
    if not all(hasattr(module, name) for name in ("list_canonical", "grade_of")):
        return None
    return module


def available() -> bool:
    return canonical_module() is not None


def require():
    module = canonical_module()
    if module is None:
        raise ApiError(ClaimlineError("E096", feature="cross-document linking (canonical events "
                                      "and grades)", module=MODULE), 501)
    return module


def grader(store) -> Callable[[str, str], Optional[str]]:
    """``grade(document_id, event_id)``: the grade of the canonical event a report was linked
    into, or None (no linking module, or not linked yet)."""
    module = canonical_module()
    if module is None or not module.list_canonical(store, None, 1, None):
        return lambda document_id, event_id: None   # nothing linked: no per-row look-ups

    def grade(document_id: str, event_id: str) -> Optional[str]:
        return module.grade_of(store, document_id, event_id)

    return grade


def canonical_for(store, document_id: str, event_id: str) -> Optional[dict]:
    """The canonical event a report was linked into (with every report), or None."""
    module = canonical_module()
    if module is None or not hasattr(module, "canonical_of"):
        return None
    cid = module.canonical_of(store, document_id, event_id)
    if cid is None:
        return None
    from ..store import EventFilter
    found = module.list_canonical(store, EventFilter(document=document_id), None, None)
    return next((c for c in found if c.get("id") == cid), None)


def rows_with_grade(store, fetch: Callable[[int, Optional[tuple]], list[dict]],
                    limit: int, after: Optional[tuple], grade: Optional[str],
                    key: Callable[[dict], tuple], with_grade: bool = True
                    ) -> tuple[list[dict], bool]:
    """Up to ``limit`` event rows (each with its ``grade`` unless ``with_grade`` is false and
    no grade filter is given) from ``fetch(n, after)``, keeping only those of ``grade`` when
    given; also says whether more rows may follow."""
    grade_of = grader(store) if with_grade or grade else (lambda d, e: None)
    if grade is not None:
        require()
    kept: list[dict] = []
    batch = limit + 1 if grade is None else max(2 * limit, 100)
    for rows, exhausted in _batches(fetch, batch, after, key):
        for row in rows:
            row["grade"] = grade_of(row["document_id"], row["event_id"])
            if grade is None or row["grade"] == grade:
                kept.append(row)
                if len(kept) > limit:
                    return kept[:limit], True
        if exhausted:
            break
    return kept, False


def _batches(fetch, size: int, after, key) -> Iterator[tuple[list[dict], bool]]:
    while True:
        rows = fetch(size, after)
        yield rows, len(rows) < size
        if len(rows) < size:
            return
        after = key(rows[-1])
