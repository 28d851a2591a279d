"""Keyword lists that pages print with an article ("Tags Aleppo Syria airstrikes Russia"): page
chrome, not article text. They stand on a line of their own, or, in text whose line breaks were
lost when it was copied, between two sentences of the article:

    "… struck a market on Friday. Tags Aleppo civil defence UN airstrikes Russia Airstrikes in
    opposition areas of Aleppo province struck …"

A keyword list has no function words ("the", "in", "was"), so the article resumes at the first
capitalised function word ("The", "At"), else at the capitalised word (or figure) that opens the
lower-case run before the first function word ("… Russia Airstrikes in opposition areas"); a list
that ends with a full stop ends there. A list that does not end within ``MAX_TAGS`` words is left
alone.
"""
from __future__ import annotations

import re

#: the labels of keyword lists, written as pages print them
_LABEL = re.compile(r"(?:(?:^|(?<=\n)|(?<=[.!?\"”’)]\s))[ \t]*(?:Tagged|Keywords|KEYWORDS)"
                    r"|(?:^|(?<=\s))(?:Tags|TAGS))"
                    r"[ \t]*(?::[ \t]*|[ \t]+(?=[\"“'‘(]?[A-Z0-9]))")
_WORD = re.compile(r"\S+")
#: words a keyword list does not hold but a sentence soon does
FUNCTION_WORDS = frozenset(
    "the a an of in on at to from by with for into onto over after before during since as "
    "was were is are has have had been be being will would could should can may might "
    "that which who whose this these those it its their his her they he she we our said "
    "says".split())
MAX_TAGS = 30


def _strip(word: str) -> str:
    return word.strip("\"“”'‘’()[]{},;:")


def _opens_sentence(word: str) -> bool:
    w = _strip(word)
    return bool(w) and (w[0].isupper() or w[0].isdigit())


def _resume_after_list(text: str, start: int) -> int | None:
    """Where the article text resumes after a keyword list from ``start``, or None when it is
    not a keyword list."""
    words = []
    for m in _WORD.finditer(text, start):
        if "\n" in text[words[-1].end() if words else start:m.start()]:
            return words[-1].end() if words else None  # it ends its line
        if len(words) >= MAX_TAGS:
            return None
        core = _strip(m.group()).lower()
        if core in FUNCTION_WORDS:
            if _opens_sentence(m.group()):
                return m.start() if words else None
            i = len(words) - 1
            while i >= 0 and not _opens_sentence(words[i].group()):
                i -= 1
            if i <= 0:  # no keyword left before the sentence: not a list
                return None
            return words[i].start()
        words.append(m)
        if m.group()[-1] in ".!?":  # the stop ends the sentence the list interrupted
            return m.end() - 1
    return len(text) if words else None


def drop_tag_lists(text: str) -> str:
    """``text`` without its keyword lists."""
    out, pos = [], 0
    for m in _LABEL.finditer(text):
        if m.start() < pos:
            continue
        resume = _resume_after_list(text, m.end())
        if resume is None:
            continue
        before = text[pos:m.start()].rstrip(" \t")
        if before.endswith("\n") and text.startswith("\n", resume):
            resume += 1  # the list was a line of its own: the line goes
        out.append(before)
        pos = resume
        if (pos < len(text) and (text[pos].isalnum() or text[pos] in "\"“'‘(")
                and out[-1] and out[-1][-1] != "\n"):
            out.append(" ")
    out.append(text[pos:])
    return "".join(out)
