"""HTML → main text and metadata with trafilatura (publication date via htmldate, which
trafilatura runs); HTML fragments (feed entries, corpus cells) → text with lxml."""
from __future__ import annotations

import re

from ..errors import ClaimlineError

#: block elements that end a paragraph when a fragment is flattened to text
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "pre", "figcaption", "dd", "dt", "hr", "table", "ul", "ol"}
_SKIP = {"script", "style", "noscript", "iframe", "svg", "form", "button", "nav", "aside",
         "footer", "figure", "template"}
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def extract_html(html: str, origin: str, url: str | None = None) -> tuple[str, dict]:
    """Main text and metadata (title, outlet, author, url, published) of a whole page."""
    from trafilatura import bare_extraction

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        raise ClaimlineError("E003", input=origin)
    doc = None
    try:
        for precision in (True, False):  # precise first; short pages need the recall mode
            doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                  include_tables=False, favor_precision=precision,
                                  favor_recall=not precision)
            if doc is not None and (doc.text or "").strip():
                break
    except Exception as exc:  # trafilatura/lxml on pathological markup
        raise ClaimlineError("E030", input=origin) from exc
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise ClaimlineError("E030", input=origin)
    found = {
        "title": _meta(doc, "title"),
        "outlet": _meta(doc, "sitename") or _meta(doc, "hostname"),
        "author": _meta(doc, "author"),
        "url": _meta(doc, "url"),
        "published": _iso(_meta(doc, "date")),
    }
    return text, found


def fragment_text(html: str, origin: str) -> str:
    """Text of an HTML snippet, one paragraph per block element, scripts and widgets dropped."""
    import lxml.html
    from lxml import etree

    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return ""
    parts: list[str] = []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        _flatten(root, parts)
    except (etree.ParserError, ValueError, AssertionError, RecursionError) as exc:
        # lxml asserts on fragments such as a lone "<html>"
        raise ClaimlineError("E030", input=origin) from exc
    return "".join(parts)


def _flatten(element, parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _SKIP or not isinstance(element.tag, str):
        if element.tail:
            parts.append(element.tail)
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts)
    if block:
        parts.append("\n\n")
    if element.tail:
        parts.append(element.tail)


def _meta(doc, name: str) -> str | None:
    value = getattr(doc, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _iso(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"^\d{4}-\d{2}-\d{2}", value) else None
