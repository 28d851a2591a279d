"""URLs fetched with httpx, safely: timeouts, a size cap, capped redirects, a content-type check,
and refusal of private, loopback and link-local targets (server-side request forgery) unless
``allow_private``. Every hop of a redirect chain is checked, both the addresses the host name
resolves to and the address actually connected to. Pages are cached on disk, keyed by URL."""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from ..errors import ClaimlineError
from .base import Item, ReadOptions, reader
from .cache import HttpCache
from .sources import maybe_gunzip, too_large

USER_AGENT = "claimline (news event extraction)"
ACCEPTED_TYPES = {
    "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
    "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/x-rss+xml", "application/feed+xml", "",
}
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9"


@dataclass
class Fetched:
    url: str            # final URL after redirects
    data: bytes
    content_type: str   # media type without parameters, lower case
    charset: str | None = None
    private: bool = False  # the server was on a private/loopback address (allowed at the time)


def is_url(spec: str) -> bool:
    scheme = spec.split("://", 1)[0].lower() if "://" in spec else ""
    return bool(scheme) and scheme.isalpha() and len(scheme) < 12


def non_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_target(url: str, allow_private: bool) -> bool:
    """Refuse non-HTTP schemes and (unless allowed) hosts resolving to non-public addresses.
    Returns whether the target is private."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ClaimlineError("E025", input=url)
    host = parts.hostname
    if not host:
        raise ClaimlineError("E020", input=url, reason="the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError, OSError) as exc:
        raise ClaimlineError("E020", input=url, reason=f"cannot resolve host {host!r} ({exc})"
                             ) from exc
    for info in infos:
        address = str(info[4][0])
        if non_public(address):
            if not allow_private:
                raise ClaimlineError("E021", input=url, host=host, address=address)
            return True
    return False


class Fetcher:
    """One HTTP client (connections reused) for a run of fetches with the same options."""

    def __init__(self, options: ReadOptions):
        import httpx
        self.options = options
        self.cache = HttpCache.for_options(options)
        # trust_env=False: an environment proxy would hide the real target from the checks
        self.client = httpx.Client(timeout=httpx.Timeout(options.timeout), follow_redirects=False,
                                   trust_env=False,
                                   headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        cached = self.cache.get(url) if self.cache and self.options.use_cache else None
        if cached is not None:
            if cached.private and not self.options.allow_private:
                raise ClaimlineError("E021", input=url, host=urlsplit(cached.url).hostname,
                                     address="cached from a private address")
            return cached
        fetched = self._fetch(url)
        if self.cache:
            self.cache.put(url, fetched)
        return fetched

    def _fetch(self, url: str) -> Fetched:
        import httpx
        current, private = url, False
        for _ in range(self.options.max_redirects + 1):
            private = check_target(current, self.options.allow_private) or private
            try:
                with self.client.stream("GET", current) as response:
                    private = self._check_peer(response, current) or private
                    if response.is_redirect and response.headers.get("location"):
                        current = urljoin(current, response.headers["location"])
                        continue
                    return self._read(response, url, current, private)
            except httpx.TimeoutException as exc:
                raise ClaimlineError("E020", input=url, reason=f"timed out after "
                                     f"{self.options.timeout:g} s") from exc
            except (httpx.HTTPError, httpx.InvalidURL, ValueError, OSError) as exc:
                raise ClaimlineError("E020", input=url, reason=f"{type(exc).__name__}: {exc}"
                                     ) from exc
        raise ClaimlineError("E024", input=url, limit=self.options.max_redirects)

    def _check_peer(self, response, url: str) -> bool:
        """The address actually connected to (a DNS answer can change between check and use)."""
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not peer:
            return False
        if non_public(str(peer[0])):
            if not self.options.allow_private:
                raise ClaimlineError("E021", input=url, host=urlsplit(url).hostname,
                                     address=str(peer[0]))
            return True
        return False

    def _read(self, response, url: str, final: str, private: bool) -> Fetched:
        limit = self.options.max_bytes
        if response.status_code >= 400:
            raise ClaimlineError("E022", input=url, status=response.status_code)
        header = response.headers.get("content-type", "")
        media = header.split(";", 1)[0].strip().lower()
        if media not in ACCEPTED_TYPES:
            raise ClaimlineError("E023", input=url, content_type=media)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise too_large(url, limit, int(length))
        body = bytearray()
        # the timeout applies to each read; a server trickling bytes also meets a total deadline
        deadline = time.monotonic() + 3 * self.options.timeout
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise too_large(url, limit)
            if time.monotonic() > deadline:
                raise ClaimlineError("E020", input=url, reason=f"the download took longer than "
                                     f"{3 * self.options.timeout:g} s")
        charset = response.charset_encoding if media else None
        return Fetched(url=final, data=maybe_gunzip(bytes(body), url, limit), content_type=media,
                       charset=charset, private=private)


def read_url(spec: str, options: ReadOptions) -> Iterator[Item]:
    """The document(s) at a URL: a page, a text, or a feed's entries; failures are yielded."""
    from .readers import documents_of
    with Fetcher(options) as fetcher:
        try:
            fetched = fetcher.fetch(spec)
        except ClaimlineError as err:
            yield err
            return
        name = urlsplit(fetched.url).path
        if fetched.content_type in ("text/html", "application/xhtml+xml"):
            name = name + ".html" if not name.endswith((".html", ".htm")) else name
        yield from documents_of(fetched.data, spec, options, name=name, url=fetched.url,
                                charset=fetched.charset)


reader("url", accepts=is_url, priority=90)(read_url)
