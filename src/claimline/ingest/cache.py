"""A local on-disk cache of fetched URLs, keyed by the URL: re-running over the same URLs or feeds
does not fetch them again (``use_cache=False`` / ``--no-cache`` fetches afresh and updates it).

Where: ``ReadOptions.cache_dir``, else ``$CLAIMLINE_CACHE_DIR``, else
``$XDG_CACHE_HOME/claimline/http`` (``~/.cache/claimline/http``)."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def default_cache_dir() -> Path:
    env = os.environ.get("CLAIMLINE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimline" / "http"


class HttpCache:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    @classmethod
    def for_options(cls, options) -> "HttpCache":
        return cls(options.cache_dir or default_cache_dir())

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        folder = self.directory / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def get(self, url: str):
        from .url import Fetched
        body, meta = self._paths(url)
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            if info.get("url_requested") != url:
                return None
            return Fetched(url=info["url"], data=body.read_bytes(),
                           content_type=info.get("content_type", ""),
                           charset=info.get("charset"), private=bool(info.get("private")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, url: str, fetched) -> None:
        """Store atomically (body first, then the metadata that makes the entry visible); a cache
        that cannot be written is skipped silently: it only saves time."""
        body, meta = self._paths(url)
        info = {"url_requested": url, "url": fetched.url, "content_type": fetched.content_type,
                "charset": fetched.charset, "private": fetched.private}
        try:
            body.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(body, fetched.data)
            _write_atomic(meta, json.dumps(info).encode("utf-8"))
        except OSError:
            pass


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
