"""Test helper: geoparse a text at given names (each looked up after the previous one)."""
from __future__ import annotations

from claimline.places.geoparse import geoparse


def resolutions(text, names):
    """The resolution of each of ``names``, in order of the text."""
    spans = []
    for n in names:
        start = text.index(n, spans[-1][1] if spans else 0)
        spans.append((start, start + len(n)))
    return list(geoparse(text, None, spans=spans))


def resolve_names(text, names):
    """The gazetteer entry (or None) each of ``names`` resolves to, in order of the text."""
    return [r.entry for r in resolutions(text, names)]
