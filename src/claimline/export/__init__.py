"""Exports of stored records and events: JSON Lines, ACLED-style CSV, GeoJSON and PLOVER JSON.

``stream(fmt, store, flt)`` yields text chunks (for the CLI, files and HTTP streaming responses)
without loading the whole store into memory; ``FORMATS`` names the formats and
``media_type(fmt)`` gives the HTTP content type of each.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple

from ..errors import ClaimlineError
from .acled import COLUMNS, event_rows, to_dataframe


class Format(NamedTuple):
    media_type: str
    extension: str
    writer: Callable  # (store, flt) -> Iterator[str]
    description: str


def _jsonl(store, flt):
    from .jsonl import stream_jsonl
    return stream_jsonl(store, flt)


def _acled_csv(store, flt):
    from .csvfile import stream_acled_csv
    return stream_acled_csv(store, flt)


def _geojson(store, flt):
    from .geojson import stream_geojson
    return stream_geojson(store, flt)


def _plover(store, flt):
    from .plover import stream_plover
    return stream_plover(store, flt)


#: every export format by name
FORMATS: dict[str, Format] = {
    "jsonl": Format("application/x-ndjson", "jsonl", _jsonl,
                    "JSON Lines: one full claimline record per document"),
    "acled-csv": Format("text/csv; charset=utf-8", "csv", _acled_csv,
                        "CSV, one row per event, ACLED column names plus provenance columns"),
    "geojson": Format("application/geo+json", "geojson", _geojson,
                      "GeoJSON FeatureCollection, one Point feature per event"),
    "plover": Format("application/json", "json", _plover,
                     "JSON array of events with PLOVER field names"),
}


def check_format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ClaimlineError("E010", value=fmt, known=", ".join(FORMATS)) from None


def media_type(fmt: str) -> str:
    """HTTP content type of the export format ``fmt`` (E010 for an unknown name)."""
    return check_format(fmt).media_type


def stream(fmt: str, store, flt=None) -> Iterator[str]:
    """Text chunks of the export of ``store`` in format ``fmt``, restricted to the events matching
    ``flt`` (an :class:`claimline.store.EventFilter`; None = everything). Raises E010 at once for
    an unknown format; the chunks are produced lazily, page by page."""
    return check_format(fmt).writer(store, flt)


__all__ = ["FORMATS", "Format", "stream", "media_type", "check_format", "COLUMNS",
           "event_rows", "to_dataframe"]
