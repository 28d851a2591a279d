"""Quotations in running text: every quote style, nested single quotes, multi-paragraph quotes.

A quotation is returned as the span of its content (inside the marks). Curly and guillemet marks
say which side they are on; straight marks are told apart by their neighbours (an opening mark
follows a space or the start and is followed by a non-space). A multi-paragraph quotation, in the
English convention, has an opening mark at the start of each paragraph and a closing mark only at
the end: it is returned as one span. An unclosed quotation ends with its paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

#: opening mark -> closing marks that may end it
PAIRS = {"“": "”\"", "«": "»", "„": "“”", "\"": "\"”", "‘": "’'", "'": "'’", "‹": "›"}
DOUBLE_OPEN = {"“", "«", "„", "\"", "‹"}
SINGLE_OPEN = {"‘", "'"}
MAX_PARAGRAPHS = 12


@dataclass(frozen=True)
class Quote:
    start: int          # first character of the content
    end: int            # one past the last character of the content
    open_mark: int      # index of the opening mark
    close_mark: int | None  # index of the closing mark (None: closed by the paragraph end)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def outer(self) -> tuple[int, int]:
        return (self.open_mark, (self.close_mark + 1) if self.close_mark is not None else self.end)


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in "«‹":
        return True  # guillemets say which side they are on, even with French spacing
    if ch in "“„‘":
        return not _is_space(after)
    # straight marks: an opening mark stands after a space/opening punctuation, before a word
    return (_is_space(before) or before in "([{—–-:,;/“‘«") and not _is_space(after) \
        and after not in ".,;:!?)]}"


def _can_close(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in "”»›":
        return True
    if ch in "’'":
        # an apostrophe inside a word (people’s, don't) never closes a quotation
        return not _is_space(before) and not after.isalnum()
    return not _is_space(before) or after == "" or not after.isalnum()


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n\n", i)
    return len(text) if j == -1 else j


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """All top-level double-quoted passages, plus single-quoted ones outside double quotes."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in DOUBLE_OPEN and _can_open(text, i):
            quote, i = _scan_double(text, i)
            if quote:
                quotes.append(quote)
            continue
        if ch in SINGLE_OPEN and _can_open(text, i):
            quote, nxt = _scan_single(text, i)
            if quote:
                quotes.append(quote)
                i = nxt
                continue
        i += 1
    return quotes


def _scan_double(text: str, i: int) -> tuple[Quote | None, int]:
    """Scan from the opening mark at ``i``; return the quote and the index after it."""
    closers = PAIRS[text[i]]
    start = i + 1
    j = start
    paragraphs = 0
    para_end = _paragraph_end(text, j)
    while j < len(text):
        if j >= para_end:
            # multi-paragraph quotation: the next paragraph opens with a quotation mark again
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            paragraphs += 1
            if k < len(text) and text[k] in DOUBLE_OPEN and paragraphs < MAX_PARAGRAPHS \
                    and _can_open(text, k) and _closes_later(text, k + 1, closers):
                j = k + 1
                para_end = _paragraph_end(text, j)
                continue
            s, e = _trimmed(text, start, para_end)
            return (Quote(s, e, i, None) if e > s else None), para_end
        ch = text[j]
        if ch in closers and j > start and _can_close(text, j):
            s, e = _trimmed(text, start, j)
            return (Quote(s, e, i, j) if e > s else None), j + 1
        j += 1
    s, e = _trimmed(text, start, len(text))
    return (Quote(s, e, i, None) if e > s else None), len(text)


def _closes_later(text: str, j: int, closers: str) -> bool:
    """Whether the paragraph starting at ``j`` has a closing mark of the quotation."""
    end = _paragraph_end(text, j)
    return any(text[k] in closers and _can_close(text, k) for k in range(j + 1, end))


def _scan_single(text: str, i: int) -> tuple[Quote | None, int]:
    """Single quotes pair only within a paragraph; unclosed ones are apostrophes, not quotes."""
    closers = PAIRS[text[i]]
    end = _paragraph_end(text, i)
    for j in range(i + 2, end):
        if text[j] in closers and _can_close(text, j):
            s, e = _trimmed(text, i + 1, j)
            return (Quote(s, e, i, j) if e > s else None), j + 1
    return None, i + 1
