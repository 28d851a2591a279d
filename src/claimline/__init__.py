"""claimline: trustworthy, attributed event data from news about armed conflict and politics.

Public API::

    import claimline
    rec = claimline.extract("examples/karachok-statement.txt", published="2023-04-25")
    for rec in claimline.extract_batch(["corpus/"]): ...
    df = claimline.to_dataframe(records)        # ACLED-style columns, one row per event
"""
from __future__ import annotations

from .errors import ClaimlineError
from .extraction import extract, extract_batch, extract_texts
from .export.acled import to_dataframe
from .record import SCHEMA, Record

__version__ = "0.1.0"

__all__ = ["extract", "extract_batch", "extract_texts", "to_dataframe", "Record",
           "ClaimlineError", "SCHEMA", "__version__"]
