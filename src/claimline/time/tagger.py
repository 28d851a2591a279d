"""Find and normalise every temporal expression of a text.

``tag_text(text, published, doc=None)`` runs all rules, keeps the longest non-overlapping
matches, then normalises them left to right so that "two days later" can be resolved against
the date mentioned before it. spaCy DATE/TIME entities that no rule covered get a second
opinion from dateparser (:mod:`.fallback`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from . import rules_absolute, rules_relative, rules_vague  # noqa: F401  (register rules)
from .context import Context, Found
from .fallback import parse as dateparser_parse
from .rulebase import RULES
from .values import format_at, parse_iso, value_range

MAX_TEXT = 2_000_000


def tag_text(text: str, published: Optional[dt.date] = None, doc=None) -> list[Found]:
    """All temporal expressions of ``text`` in text order, normalised against ``published``."""
    if not text:
        return []
    text = text[:MAX_TEXT]
    ctx = Context(text=text, dct=published, doc=doc)
    candidates = []
    for start, end, words in _windows(text):
        for r in RULES:
            if r.needs and r.needs.isdisjoint(words):
                continue
            for m in r.pattern.finditer(text, start, end):
                if m.end() > m.start():
                    candidates.append((m, r))
    chosen = _select(candidates, ctx)
    results: list[Found] = []
    for m, r in chosen:
        f = _normalise(m, r, ctx)
        if f is None:
            continue
        results.append(f)
        _remember(ctx, f)
    if doc is not None:
        results = _merge(results, _entity_fallback(doc, results, published))
    return results


_WORD = re.compile(r"[a-z]+|\d+")
_MARGIN = 48


def _triggers() -> frozenset:
    return frozenset().union(*(r.needs for r in RULES))


def _windows(text: str):
    """Merged ``(start, end, words)`` windows around the words some rule needs."""
    wanted = _triggers()
    lower = text.lower()
    start = end = None
    keys: set = set()
    for m in _WORD.finditer(lower):
        word = m.group()
        key = "#" if word[0].isdigit() else word
        if key not in wanted:
            continue
        s, e = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if end is not None and s <= end:
            end = e
            keys.add(key)
            continue
        if end is not None:
            yield (*_cut(text, start, end), keys)
        start, end, keys = s, e, {key}
    if end is not None:
        yield (*_cut(text, start, end), keys)


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a window to whitespace so that no word is cut in two."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _select(candidates, ctx):
    """Longest-first, non-overlapping; a candidate whose rule rejects it gives way."""
    ordered = sorted(candidates, key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    taken: list[tuple[int, int]] = []
    chosen = []
    for m, r in ordered:
        f = _normalise(m, r, ctx)  # validity check with provisional context
        if f is None:
            continue
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        taken.append((f.start, f.end))
        chosen.append((m, r))
    chosen.sort(key=lambda c: c[0].start())
    return chosen


def _normalise(m, r, ctx) -> Found | None:
    try:
        f = r.handler(m, ctx)
    except (ValueError, OverflowError, KeyError, TypeError, AttributeError):
        return None  # a rule must never break the stage on odd input
    if f is not None:
        f.rule = r.name
    return f


def _remember(ctx: Context, f: Found) -> None:
    """Day-precise and explicit dates become the anchor of later "two days later"."""
    if f.type not in ("DATE", "TIME"):
        return
    if f.rule in ("quarter", "the_quarter") and re.fullmatch(r"\d{4}-Q[1-4]", f.value):
        ctx.last_quarter = (f.value, f.start)
    day = parse_iso(f.value)
    if day is not None:
        ctx.last_date, ctx.last_date_at = day, f.start
        return
    rng = value_range(f.value)
    if rng is not None and (rng[2] == "month" and f.rule == "month"
                            or rng[2] in ("month", "year") and f.anchor == "absolute"):
        ctx.last_date, ctx.last_date_at = rng[0], f.start


def _entity_fallback(doc, found: list[Found], published) -> list[Found]:
    extra = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(f.start < e and s < f.end for f in found):
            continue
        parsed = dateparser_parse(ent.text, published)
        if parsed is None:
            continue
        day, granularity = parsed
        extra.append(Found(s, e, format_at(day, granularity), "DATE",
                           "published" if published else "absolute", False, "dateparser"))
    return extra


def _merge(a: list[Found], b: list[Found]) -> list[Found]:
    return sorted(a + b, key=lambda f: f.start) if b else a
