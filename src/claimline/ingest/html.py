"""HTML → main text and metadata with trafilatura; publication date with htmldate."""
from __future__ import annotations

from ..errors import ClaimlineError


def extract_html(html: str, origin: str, url: str | None = None) -> tuple[str, dict]:
    import trafilatura
    from htmldate import find_date

    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_precision=True) or ""
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception as exc:
        raise ClaimlineError("E001", input=origin, reason=f"cannot parse HTML ({exc})") from exc
    try:
        published = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        published = None
    found = {
        "title": getattr(meta, "title", None) if meta else None,
        "outlet": (getattr(meta, "sitename", None) or getattr(meta, "hostname", None))
        if meta else None,
        "author": getattr(meta, "author", None) if meta else None,
        "url": getattr(meta, "url", None) if meta else None,
        "published": published,
    }
    return text, found
