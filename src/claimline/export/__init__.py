"""Exports of records and events: ACLED-style rows/CSV/DataFrame (and more formats)."""
