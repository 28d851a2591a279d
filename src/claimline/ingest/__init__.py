"""Ingest: readers for every kind of input, and conversion of raw inputs into records.

Inputs: files (text, HTML, RSS/Atom; gzipped or not), directories (recursive), globs, ``-`` for
stdin, http(s) URLs (pages or feeds), CSV/TSV/JSON Lines corpora. See :mod:`.base`.
"""
from __future__ import annotations

from .base import RawDocument, ReadOptions, Reader, iter_raw, reader
from .convert import decode, to_record

__all__ = ["RawDocument", "ReadOptions", "Reader", "iter_raw", "reader", "decode", "to_record"]
