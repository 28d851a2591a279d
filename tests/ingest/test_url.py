"""URL fetching against a local server: redirects, limits, content types, SSRF refusal, cache."""
from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.ingest import ReadOptions, iter_raw, to_record
from claimline.ingest import url as url_mod
from claimline.ingest.url import Fetcher, check_target, non_public

from .conftest import slow_response


def read(spec, options):
    out = []
    for item in iter_raw([spec], options):
        try:
            out.append(item if isinstance(item, ClaimlineError) else to_record(item))
        except ClaimlineError as err:
            out.append(err)
    return out


def test_page_is_fetched_and_extracted(server, local_options, article_html):
    link = server.route("/news/shelling", article_html)
    [rec] = read(link, local_options)
    assert rec.document.origin == link
    assert rec.document.text.startswith("Artillery shells struck")
    assert rec.document.outlet == "Frontline Monitor"


def test_redirects_are_followed_and_capped(server, local_options, article_html):
    server.route("/final", article_html)
    server.route("/r1", status=302, headers={"Location": "/final"})
    start = server.route("/r0", status=301, headers={"Location": server.base + "/r1"})
    [rec] = read(start, local_options)
    assert "Artillery shells" in rec.document.text
    server.route("/loop", status=302, headers={"Location": "/loop"})
    [err] = read(server.base + "/loop", local_options)
    assert err.code == "E024" and err.input == server.base + "/loop"


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors(server, local_options, status):
    link = server.route("/x", b"oops", status=status)
    [err] = read(link, local_options)
    assert (err.code, err.fields["status"]) == ("E022", status)


def test_content_type_check(server, local_options):
    link = server.route("/img", b"\x89PNG....", content_type="image/png")
    [err] = read(link, local_options)
    assert err.code == "E023" and err.fields["content_type"] == "image/png"


def test_size_cap(server, local_options):
    link = server.route("/big", b"<p>" + b"a" * 50_000 + b"</p>")
    local_options.max_bytes = 10_000
    [err] = read(link, local_options)
    assert err.code == "E015"


def test_timeout(server, local_options):
    link = server.route_func("/slow", slow_response(2.0))
    local_options.timeout = 0.3
    [err] = read(link, local_options)
    assert err.code == "E020" and "timed out" in str(err)


def test_unreachable_and_unsupported_urls(local_options):
    import socket
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [err] = read(f"http://127.0.0.1:{port}/x", local_options)
    assert err.code == "E020"
    assert [e.code for e in read("ftp://example.org/file.txt", local_options)] == ["E025"]
    assert [e.code for e in read("file:///etc/passwd", local_options)] == ["E025"]
    assert [e.code for e in read("http:///nohost", local_options)] == ["E020"]


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1",
                                     "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1",
                                     "fc00::1", "::ffff:127.0.0.1", "224.0.0.1"])
def test_non_public_addresses(address):
    assert non_public(address)
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(ClaimlineError) as info:
        check_target(f"http://{host}/latest/meta-data", allow_private=False)
    assert info.value.code == "E021"


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::6810:85e5"])
def test_public_addresses_pass(address):
    assert not non_public(address)
    host = f"[{address}]" if ":" in address else address
    assert check_target(f"http://{host}/", allow_private=False) is False  # no connection made


def test_loopback_server_refused_unless_allowed(server, tmp_path, article_html):
    link = server.route("/page", article_html)
    [err] = read(link, ReadOptions(cache_dir=str(tmp_path)))
    assert err.code == "E021" and server.hits("/page") == 0
    [rec] = read(link, ReadOptions(cache_dir=str(tmp_path), allow_private=True))
    assert "Artillery" in rec.document.text
    # the cached copy came from a private address: still refused without the flag
    [err] = read(link, ReadOptions(cache_dir=str(tmp_path)))
    assert err.code == "E021"


def test_every_redirect_hop_is_checked(server, local_options, monkeypatch):
    # treat the local server as public, so only the redirect target can be refused
    monkeypatch.setattr(url_mod, "non_public", lambda a: a.startswith("169.254."))
    local_options.allow_private = False
    link = server.route("/go", status=302,
                        headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    [err] = read(link, local_options)
    assert err.code == "E021" and err.fields["address"] == "169.254.169.254"


def test_peer_address_is_checked_after_connecting(server, local_options, monkeypatch, article_html):
    # the DNS check passes (as after a rebinding answer) but the connected peer is loopback
    monkeypatch.setattr(url_mod, "check_target", lambda url, allow: False)
    local_options.allow_private = False
    [err] = read(server.route("/p", article_html), local_options)
    assert err.code == "E021" and err.fields["address"] == "127.0.0.1"


def test_cache_is_keyed_by_url(server, local_options, article_html):
    link = server.route("/cached", article_html)
    first = read(link, local_options)
    second = read(link, local_options)
    assert server.hits("/cached") == 1
    assert first[0].document.id == second[0].document.id
    local_options.use_cache = False
    read(link, local_options)
    assert server.hits("/cached") == 2


def test_cache_dir_from_environment(server, tmp_path, monkeypatch, article_html):
    monkeypatch.setenv("CLAIMLINE_CACHE_DIR", str(tmp_path / "envcache"))
    link = server.route("/env", article_html)
    with Fetcher(ReadOptions(allow_private=True)) as fetcher:
        fetcher.fetch(link)
    assert list((tmp_path / "envcache").rglob("*.body"))


def test_feed_url_yields_entries(server, local_options, article_html):
    from .conftest import DATA
    feed = (DATA / "feed.rss").read_text().replace("{base}", server.base)
    server.route("/article.html", article_html)
    link = server.route("/feed", feed, content_type="application/rss+xml")
    got = read(link, local_options)
    assert [getattr(g, "code", "ok") for g in got] == ["ok", "ok", "E027"]
    assert got[0].document.text.startswith("Artillery shells struck")
    assert got[1].document.text.startswith("Negotiators from the government")


def test_trickling_server_meets_a_total_deadline(server, local_options):
    import time

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(40):
                handler.wfile.write(b"<p>" + b"x" * 100 + b"</p>")
                handler.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    link = server.route_func("/trickle", trickle)
    local_options.timeout = 0.3  # each read is quick; the whole takes ~2 s > 3 x 0.3 s
    [err] = read(link, local_options)
    assert err.code == "E020" and "longer than" in str(err)


def test_read_url_called_directly_yields_errors(local_options):
    from claimline.ingest.url import read_url
    local_options.allow_private = False
    [err] = list(read_url("http://127.0.0.1:9/x", local_options))
    assert err.code == "E021"
