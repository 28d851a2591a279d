"""Offline text similarity: hashed word uni/bigram vectors (scikit-learn), cosine.

Hashing needs no fitted vocabulary, so a report's vector never depends on which other documents
are in the store: scores — and therefore links — are the same on every run.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer
    return HashingVectorizer(n_features=2 ** 20, ngram_range=(1, 2), stop_words="english",
                             alternate_sign=False, norm="l2", lowercase=True,
                             token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")


def vectorize(texts: list[str]):
    """L2-normalised sparse rows, one per text."""
    from sklearn.preprocessing import normalize
    matrix = _vectorizer().transform([_NUMBER.sub(" ", t) for t in texts])
    matrix.data = np.sqrt(matrix.data)          # damp repeated words (sublinear weighting)
    return normalize(matrix)


def pair_cosines(matrix, left: list[int], right: list[int], chunk: int = 50_000) -> np.ndarray:
    """Cosine of rows ``left[k]`` and ``right[k]`` for every k (vectorised, chunked)."""
    out = np.zeros(len(left), dtype=float)
    for i in range(0, len(left), chunk):
        a = matrix[left[i:i + chunk]]
        b = matrix[right[i:i + chunk]]
        out[i:i + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out
