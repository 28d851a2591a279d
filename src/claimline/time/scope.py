"""Where an event mention sits: its sentence and paragraph bounds, and how far (in the
dependency tree, else in characters) a time expression is from it."""
from __future__ import annotations

import re
import weakref

_PARA = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_SENT_END = re.compile(r"[.!?](?=[\"'”’)]?\s+[\"'“‘(]?[A-Z0-9])|\n")


_ALIGNED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def doc_matches(doc, text: str) -> bool:
    """Whether ``doc``'s character offsets are those of ``text``. spaCy rebuilds ``Doc.text``
    from the tokens on every access (O(tokens)), so the answer is computed once per doc and
    text and kept while the doc lives."""
    if doc is None:
        return False
    try:
        cached = _ALIGNED.get(doc)
    except TypeError:  # not weak-referenceable (a wrapper): compare directly
        return getattr(doc, "text", None) == text
    if cached is not None and cached[0] is text:
        return cached[1]
    same = getattr(doc, "text", None) == text
    try:
        _ALIGNED[doc] = (text, same)
    except TypeError:
        pass
    return same


def sentence_bounds(text: str, doc, pos: int) -> tuple[int, int]:
    """``[start, end)`` of the sentence holding character ``pos``."""
    if doc_matches(doc, text) and doc.has_annotation("SENT_START"):
        span = doc.char_span(pos, min(pos + 1, len(text)), alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.start_char, sent.end_char
    start = 0
    for m in _SENT_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENT_END.search(text, pos)
    return start, (m.end() if m else len(text))


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def tree_distance(doc, a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """Edges between the roots of two character spans in the dependency parse (same
    sentence only), or None without a usable parse."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    sa = doc.char_span(a[0], a[1], alignment_mode="expand")
    sb = doc.char_span(b[0], b[1], alignment_mode="expand")
    if not sa or not sb:
        return None
    ta, tb = sa.root, sb.root
    if ta.sent.start != tb.sent.start:
        return None
    path_a = [ta] + list(ta.ancestors)
    index_a = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([tb] + list(tb.ancestors)):
        if t.i in index_a:
            return n + index_a[t.i]
    return None
