"""Ingest: readers for every kind of input, and conversion of raw inputs into records."""
from __future__ import annotations

from .base import RawDocument, ReadOptions, Reader, iter_raw, reader
from .convert import decode, to_record

__all__ = ["RawDocument", "ReadOptions", "Reader", "iter_raw", "reader", "decode", "to_record"]
