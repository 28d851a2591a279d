"""Offline text similarity: hashed word uni/bigram vectors, cosine.

The feature trick of scikit-learn's HashingVectorizer, done with ``zlib.crc32`` so it needs no
fitted vocabulary and no heavy import: a report's vector never depends on which other documents
are in the store, so scores — and links — are the same on every run and every machine.
Numbers are left out (tolls differ between outlets; they are compared as fields instead).
"""
from __future__ import annotations

import re
import zlib

import numpy as np
from scipy import sparse

N_FEATURES = 2 ** 20
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
#: function words that say nothing about which event a text is about
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves said says
say told according news reported report reports s t one two three four five six seven eight
nine ten year years day days week today yesterday monday tuesday wednesday thursday friday
saturday sunday
""".split())


def features(text: str) -> dict[int, float]:
    """Hashed counts of the text's words and word pairs (stop words removed)."""
    words = [w for w in _TOKEN.findall(text.lower()) if w not in STOP_WORDS]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    counts: dict[int, float] = {}
    for g in grams:
        h = zlib.crc32(g.encode("utf-8")) % N_FEATURES
        counts[h] = counts.get(h, 0.0) + 1.0
    return counts


def vectorize(texts: list[str]) -> sparse.csr_matrix:
    """L2-normalised sparse rows (square-root damped counts), one per text."""
    indptr, indices, data = [0], [], []
    for text in texts:
        counts = features(text)
        keys = sorted(counts)
        values = np.sqrt(np.fromiter((counts[k] for k in keys), dtype=float, count=len(keys)))
        norm = float(np.sqrt((values ** 2).sum())) or 1.0
        indices.extend(keys)
        data.extend((values / norm).tolist())
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data, dtype=float), np.asarray(indices, dtype=np.int64),
                              np.asarray(indptr, dtype=np.int64)),
                             shape=(len(texts), N_FEATURES))


def cosine(a: str, b: str) -> float:
    m = vectorize([a, b])
    return float(m[0].multiply(m[1]).sum())


def pair_cosines(matrix, left: list[int], right: list[int], chunk: int = 50_000) -> np.ndarray:
    """Cosine of rows ``left[k]`` and ``right[k]`` for every k (vectorised, chunked)."""
    out = np.zeros(len(left), dtype=float)
    for i in range(0, len(left), chunk):
        a = matrix[left[i:i + chunk]]
        b = matrix[right[i:i + chunk]]
        out[i:i + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out
