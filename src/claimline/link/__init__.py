"""Linking reports of the same real-world event across documents into canonical events.

``link_store(store)`` links what is new in a store (incremental, deterministic);
``list_canonical`` / ``grade_of`` read the result (see :mod:`claimline.link.canonical`).
"""
from __future__ import annotations

from .canonical import build_canonical, canonical_fatalities, grade_of, list_canonical
from .linker import LinkStats, link_store

__all__ = ["link_store", "LinkStats", "list_canonical", "grade_of", "build_canonical",
           "canonical_fatalities"]
