"""Fixtures of the ingest tests: fixture pages and a local HTTP server on 127.0.0.1 (no test
reaches the internet; the readers need ``allow_private=True`` to fetch from it)."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


class Routes(dict):
    """path -> (status, headers, body) or a callable(handler) for special responses."""


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: Routes = Routes()
    hits: dict = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.path.split("?", 1)[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        route = self.routes.get(path)
        if route is None:
            route = (404, {"Content-Type": "text/plain"}, b"not found")
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep test output quiet
        pass


class LocalServer:
    def __init__(self):
        handler = type("Handler", (_Handler,), {"routes": Routes(), "hits": {}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.handler = handler
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def route(self, path: str, body: bytes | str = b"", status: int = 200,
              content_type: str = "text/html; charset=utf-8", headers: dict | None = None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.handler.routes[path] = (status, {"Content-Type": content_type, **(headers or {})},
                                     data)
        return self.base + path

    def route_func(self, path: str, func):
        self.handler.routes[path] = func
        return self.base + path

    def hits(self, path: str) -> int:
        return self.handler.hits.get(path, 0)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = LocalServer()
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def article_html() -> str:
    return (DATA / "article.html").read_text(encoding="utf-8")


@pytest.fixture
def local_options(tmp_path):
    from claimline.ingest import ReadOptions
    return ReadOptions(allow_private=True, cache_dir=str(tmp_path / "cache"), timeout=5.0)


def slow_response(delay: float):
    def respond(handler):
        time.sleep(delay)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            handler.wfile.write(b"<html><body><p>late</p></body></html>")
        except (BrokenPipeError, ConnectionResetError):
            pass
    return respond


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Name resolution only for IP literals and localhost: a test cannot reach the internet."""
    import ipaddress
    import socket

    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            if name not in ("localhost",):
                raise socket.gaierror(f"tests may not resolve {name!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
