"""The packaged loaded-language lexicon and its spaCy matcher (built once per vocabulary)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from spacy.matcher import Matcher

WILDCARD = "*"


@dataclass(frozen=True)
class Entry:
    key: str            # matcher key: the phrase as written in the lexicon
    words: tuple[str, ...]
    technique: str
    neutral: str        # may hold {actor} / {rest}, and a fallback after "|"
    used_by: str

    @property
    def wildcard(self) -> bool:
        return WILDCARD in self.words


def load_entries() -> list[Entry]:
    text = resources.files("claimline.framing").joinpath("data", "lexicon.tsv").read_text(
        encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:4]
        phrase, technique, neutral, used_by = (c.strip() for c in cols)
        entries.append(Entry(phrase, tuple(phrase.lower().split()), technique, neutral, used_by))
    return entries


_CACHE: dict[int, tuple[Matcher, dict[str, Entry]]] = {}


def _token_patterns(word: str) -> list[list[dict]]:
    if word == WILDCARD:
        return [[{"POS": {"IN": ["NOUN", "PROPN"]}}]]
    variants = sorted({word, word.capitalize(), word.upper(), word.title()})
    return [[{"LEMMA": {"IN": variants}}], [{"LOWER": word}]]


def _patterns(words: tuple[str, ...]) -> list[list[dict]]:
    """Every combination of lemma/lowercase matching per word (a phrase has at most 4 words)."""
    patterns: list[list[dict]] = [[]]
    for word in words:
        patterns = [p + alt for p in patterns for alt in _token_patterns(word)]
    return patterns


def get_matcher(vocab) -> tuple[Matcher, dict[str, Entry]]:
    """The matcher for ``vocab`` (cached: built on first use, not at import)."""
    cached = _CACHE.get(id(vocab))
    if cached is None:
        matcher = Matcher(vocab)
        entries = {}
        for entry in load_entries():
            entries[entry.key] = entry
            matcher.add(entry.key, _patterns(entry.words))
        cached = (matcher, entries)
        _CACHE[id(vocab)] = cached
    return cached
