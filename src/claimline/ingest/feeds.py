"""RSS/Atom feeds with feedparser: one document per entry, from the entry's own full text when it
carries one, otherwise from the page its link points to (fetched like any URL)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..errors import ClaimlineError
from .base import Item, RawDocument, ReadOptions, reader
from .sources import read_path

_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_]+:)?(rss|feed|rdf)[\s>/]", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
#: an entry whose own content holds at least this much text, not cut short with a "read more"
#: marker, is taken as the full article (excerpts are typically ~55 words)
FULL_TEXT_CHARS = 400
_TRUNCATED = re.compile(r"(\[(?:…|\.\.\.)\]|…|\.\.\.|read more|continue reading|full story)\W*$",
                        re.IGNORECASE)


def looks_like_feed(head: bytes) -> bool:
    """True when the first element of the content is <rss>, <feed> or <rdf:RDF>."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"<"):
        return False
    lowered = start.lower()
    html = lowered.find(b"<html")
    m = _FEED_ROOT.search(lowered)
    return bool(m) and (html < 0 or m.start() < html)


def read_feed(data: bytes, origin: str, options: ReadOptions,
              base_url: str | None = None) -> Iterator[Item]:
    """Yield a document (or a coded error) for every entry of the feed in ``data``."""
    import feedparser

    try:
        parsed = feedparser.parse(data, response_headers={"content-location": base_url or ""})
    except Exception as exc:  # feedparser is forgiving; this is a last resort
        yield ClaimlineError("E026", input=origin, reason=f"{type(exc).__name__}: {exc}")
        return
    if not parsed.entries:  # every input gives at least one item: a document or an error
        reason = ("it has no entries" if parsed.get("version") else
                  parsed.get("bozo_exception") or "no RSS or Atom structure found")
        yield ClaimlineError("E026", input=origin, reason=str(reason)[:200])
        return
    outlet = _clean(parsed.feed.get("title")) if isinstance(parsed.feed, dict) else None
    fetcher = None
    for number, entry in enumerate(parsed.entries, 1):
        try:
            doc = entry_document(entry, number, origin, outlet, options)
            if doc is not None:
                yield doc
                continue
            if fetcher is None:
                from .url import Fetcher
                fetcher = Fetcher(options)
            yield from fetched_entry(entry, fetcher, outlet, options)
        except ClaimlineError as err:
            yield err
        except Exception as exc:  # a broken entry must not lose the others
            yield ClaimlineError("E026", input=f"{origin}#entry{number}",
                                 reason=f"{type(exc).__name__}: {exc}")
    if fetcher is not None:
        fetcher.close()


def entry_document(entry, number: int, origin: str, outlet: str | None,
                   options: ReadOptions) -> RawDocument | None:
    """The entry as a document from its own text, or None when its link must be fetched."""
    link = _clean(entry.get("link"))
    full = _entry_html(entry, full_only=True)
    any_text = full or _entry_html(entry, full_only=False)
    if full and is_full_text(full):
        body = full
    elif link and options.fetch_links:
        return None
    elif any_text and _TAGS.sub(" ", any_text).strip():
        body = any_text
    else:
        raise ClaimlineError("E027", input=origin, entry=number)
    return RawDocument(origin=link or f"{origin}#entry{number}", data=body,
                       media_type="text/html", url=link, meta={"fragment": True},
                       **_entry_metadata(entry, outlet))


def is_full_text(html: str) -> bool:
    text = " ".join(_TAGS.sub(" ", html).split())
    return len(text) >= FULL_TEXT_CHARS and not _TRUNCATED.search(text)


def fetched_entry(entry, fetcher, outlet: str | None, options: ReadOptions) -> Iterator[Item]:
    from .readers import documents_of
    link = _clean(entry.get("link"))
    fetched = fetcher.fetch(link)
    for item in documents_of(fetched.data, link, options, url=fetched.url,
                             charset=fetched.charset):
        if isinstance(item, RawDocument):  # the page's own metadata first, then the entry's
            item.meta["defaults"] = _entry_metadata(entry, outlet)
        yield item


def _entry_html(entry, full_only: bool) -> str | None:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value and value.strip():
            return value
    if full_only:
        return None
    summary = entry.get("summary")
    return summary if isinstance(summary, str) and summary.strip() else None


def _entry_metadata(entry, outlet: str | None) -> dict:
    return {"title": _clean(entry.get("title")), "author": _clean(entry.get("author")),
            "outlet": outlet, "published": _entry_date(entry)}


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (AttributeError, ValueError, TypeError):
                continue
    return None


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def is_feed_file(spec: str) -> bool:
    lowered = spec.lower().removesuffix(".gz")
    return lowered.endswith((".rss", ".atom")) and "://" not in spec


@reader("feed", accepts=is_feed_file, priority=10)
def read_feed_file(spec: str, options: ReadOptions) -> Iterator[Item]:
    yield from read_feed(read_path(spec, options.max_bytes), spec, options)
