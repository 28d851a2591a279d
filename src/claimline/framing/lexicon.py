"""The packaged loaded-language lexicon and its spaCy matcher (built once per vocabulary)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

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


class LexiconMatcher:
    """Two spaCy PhraseMatchers (on LEMMA, and on LOWER for forms the lemmatizer misses); a
    trailing ``*`` in a phrase matches the noun that follows ("brutal attacks")."""

    def __init__(self, vocab, entries: list[Entry]):
        self.entries = {e.key: e for e in entries}
        self.lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        for entry in entries:
            words = [w for w in entry.words if w != WILDCARD]
            variants = {tuple(words), tuple(w.capitalize() for w in words),
                        tuple(w.upper() for w in words)}
            self.lemma.add(entry.key, [Doc(vocab, words=list(v), lemmas=list(v))
                                       for v in variants])
            self.lower.add(entry.key, [Doc(vocab, words=words)])

    def __call__(self, doc, start: int = 0, end: int | None = None):
        """[(entry, start token, end token)] in ``doc[start:end]``, overlapping allowed."""
        span = doc[start:len(doc) if end is None else end]
        found = set()
        for matcher in (self.lemma, self.lower):
            for match_id, s, e in matcher(span):
                found.add((doc.vocab.strings[match_id], s, e))  # offsets are the doc's
        out = []
        for key, s, e in sorted(found, key=lambda m: (m[1], m[2])):
            entry = self.entries[key]
            if entry.wildcard:
                if e >= len(doc) or doc[e].pos_ not in {"NOUN", "PROPN"}:
                    continue
                e += 1
            out.append((entry, s, e))
        return out


_CACHE: dict[int, LexiconMatcher] = {}


def get_matcher(vocab) -> LexiconMatcher:
    """The matcher for ``vocab`` (cached: built on first use, not at import)."""
    matcher = _CACHE.get(id(vocab))
    if matcher is None:
        matcher = _CACHE[id(vocab)] = LexiconMatcher(vocab, load_entries())
    return matcher
