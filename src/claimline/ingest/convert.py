"""RawDocument → Record: decode bytes, extract main text from markup, settle the publication date."""
from __future__ import annotations

import datetime as dt

from ..errors import ClaimlineError
from ..record import Document, Published, Record, document_id
from ..text import clean_text, dateline_date


def decode(data: bytes | str, origin: str) -> str:
    """Decode bytes to text: BOMs first, then UTF-8, then cp1252; binary input is refused."""
    if isinstance(data, str):
        return data
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ClaimlineError("E014", input=origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise ClaimlineError("E004", value=value) from exc


def to_record(raw, published: str | None = None) -> Record:
    """Build the record's document section. ``published`` (user-given) wins over metadata, which
    wins over a dateline in the text."""
    text = decode(raw.data, raw.origin)
    meta = {"title": raw.title, "url": raw.url, "outlet": raw.outlet, "author": raw.author,
            "published": raw.published}
    if raw.media_type == "text/html":
        from .html import extract_html  # the HTML reader's extractor (trafilatura + htmldate)
        text, found = extract_html(text, raw.origin, url=raw.url)
        meta.update({k: v for k, v in found.items() if v and not meta.get(k)})
    text = clean_text(text)
    if not text.strip():
        raise ClaimlineError("E003", input=raw.origin)

    user = check_date(published)
    if user:
        pub = Published(date=user, source="user")
    elif meta.get("published"):
        pub = Published(date=check_date(meta["published"]), source=raw.published_source
                        if raw.published else "metadata")
    else:
        from_text = dateline_date(text)
        pub = Published(date=from_text, source="text") if from_text else Published()
    doc = Document(id=document_id(text), url=meta["url"], title=meta["title"] or first_line(text),
                   outlet=meta["outlet"], author=meta["author"], published=pub, text=text,
                   origin=raw.origin)
    return Record(document=doc)


def first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return line[:300] or None
