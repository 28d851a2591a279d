"""RawDocument → Record: decode bytes, extract main text from markup, settle the publication date."""
from __future__ import annotations

import datetime as dt

from ..errors import ClaimlineError
from ..record import Document, Published, Record, document_id
from ..text import clean_text, dateline_date
from .encoding import decode

__all__ = ["decode", "check_date", "to_record", "first_line"]


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise ClaimlineError("E004", value=value) from exc


def to_record(raw, published: str | None = None) -> Record:
    """Build the record's document section. ``published`` (user-given) wins over metadata, which
    wins over a dateline at the start of the text. Raises only :class:`ClaimlineError`."""
    user = check_date(published)
    try:
        return _to_record(raw, user)
    except ClaimlineError:
        raise
    except Exception as exc:  # a parser bug on odd input must not stop the batch
        raise ClaimlineError("E001", input=raw.origin,
                             reason=f"{type(exc).__name__}: {exc}") from exc


def _to_record(raw, user: str | None) -> Record:
    text = decode(raw.data, raw.origin, declared=(raw.meta or {}).get("charset"))
    meta = {"title": raw.title, "url": raw.url, "outlet": raw.outlet, "author": raw.author,
            "published": raw.published}
    if raw.media_type == "text/html":
        from .html import extract_html, fragment_text
        if (raw.meta or {}).get("fragment"):
            text = fragment_text(text, raw.origin)
        else:
            text, found = extract_html(text, raw.origin, url=raw.url)
            meta.update({k: v for k, v in found.items() if v and not meta.get(k)})
    # fallbacks from a container (e.g. the feed entry that linked to this page)
    meta.update({k: v for k, v in ((raw.meta or {}).get("defaults") or {}).items()
                 if v and not meta.get(k)})
    text = clean_text(text)
    if not text.strip():
        raise ClaimlineError("E003", input=raw.origin)

    if user:
        pub = Published(date=user, source="user")
    elif meta.get("published") and _valid(meta["published"]):
        pub = Published(date=_valid(meta["published"]), source=raw.published_source
                        if raw.published else "metadata")
    else:
        from_text = dateline_date(text)
        pub = Published(date=from_text, source="text") if from_text else Published()
    doc = Document(id=document_id(text), url=meta["url"], title=meta["title"] or first_line(text),
                   outlet=meta["outlet"], author=meta["author"], published=pub, text=text,
                   origin=raw.origin)
    return Record(document=doc)


def _valid(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def first_line(text: str) -> str | None:
    """The first line as a title when it is short enough to be one."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if line and len(line) <= 300 else None
