"""The document section of the record: where the text came from and its cleaned main text."""
from __future__ import annotations

import hashlib
from typing import Literal, Optional

from pydantic import Field

from .base import Model

PublishedSource = Literal["metadata", "text", "user", "none"]


class Published(Model):
    date: Optional[str] = None  # YYYY-MM-DD
    source: PublishedSource = "none"


class Document(Model):
    id: str
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    language: str = "en"
    published: Published = Field(default_factory=Published)
    text: str = ""
    #: where the input came from (path, URL, ``stdin``, ``file.csv#row12``) — provenance, not identity
    origin: Optional[str] = None


def document_id(text: str) -> str:
    """Stable id derived from the cleaned text only: the same text gives the same id."""
    normalised = " ".join(text.split())
    return "doc-" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
