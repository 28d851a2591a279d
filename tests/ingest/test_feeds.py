"""RSS/Atom feeds: full-text entries used as they are, others fetched; broken entries coded."""
from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.ingest import ReadOptions, iter_raw, to_record
from claimline.ingest.feeds import looks_like_feed, read_feed

from .conftest import DATA

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Border Wire</title>
  <entry>
    <title>Crossing closed</title>
    <link href="https://wire.example.net/crossing-closed"/>
    <updated>2022-06-01T08:00:00Z</updated>
    <author><name>Sami Noor</name></author>
    <summary>The crossing was closed.</summary>
    <content type="html">&lt;p&gt;{body}&lt;/p&gt;</content>
  </entry>
</feed>"""
BODY = ("Authorities closed the northern border crossing on Wednesday after clashes between "
        "smugglers and border guards left one guard dead, officials said. ") * 6


def collect(spec, options):
    out = []
    for item in iter_raw([str(spec)], options):
        try:
            out.append(item if isinstance(item, ClaimlineError) else to_record(item))
        except ClaimlineError as err:
            out.append(err)
    return out


def test_rss_file_entries_fetched_or_full_text(server, local_options, article_html, tmp_path):
    server.route("/article.html", article_html)
    path = tmp_path / "outlet.rss"
    path.write_text((DATA / "feed.rss").read_text().replace("{base}", server.base))
    got = collect(path, local_options)
    assert [getattr(g, "code", "ok") for g in got] == ["ok", "ok", "E027"]
    fetched, full = got[0].document, got[1].document
    assert fetched.title == "Shelling kills four in northern town, monitor says"
    assert fetched.published.model_dump() == {"date": "2021-03-14", "source": "metadata"}
    assert full.url == "https://news.example.org/2021/03/15/talks-resume"
    assert full.outlet == "Frontline Monitor" and full.published.date == "2021-03-15"
    assert "<p>" not in full.text and "Diplomats said" in full.text
    assert server.hits("/article.html") == 1
    assert got[2].input == str(path) and got[2].fields["entry"] == 3


def test_no_fetch_links_uses_entry_text(local_options, tmp_path):
    path = tmp_path / "outlet.xml"
    path.write_text((DATA / "feed.rss").read_text().replace("{base}", "http://127.0.0.1:9"))
    local_options.fetch_links = False
    got = collect(path, local_options)
    assert got[0].document.text == "Artillery shells struck a residential quarter of a northern town."


def test_atom_content_and_metadata(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM.replace("{body}", BODY))
    [rec] = collect(path, ReadOptions())
    doc = rec.document
    assert doc.text == BODY.strip()
    assert (doc.title, doc.author, doc.outlet) == ("Crossing closed", "Sami Noor", "Border Wire")
    assert doc.published.model_dump() == {"date": "2022-06-01", "source": "metadata"}


def test_unreachable_entry_link_is_one_error_and_others_go_on(local_options, tmp_path):
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    path = tmp_path / "f.rss"
    path.write_text((DATA / "feed.rss").read_text().replace("{base}", f"http://127.0.0.1:{port}"))
    got = collect(path, local_options)
    assert [getattr(g, "code", "ok") for g in got] == ["E020", "ok", "E027"]
    assert got[0].input == f"http://127.0.0.1:{port}/article.html"


@pytest.mark.parametrize("data", [b"", b"<rss><channel><item><title>x", b"not a feed at all",
                                  b"<html><body>page</body></html>", b"<rss version='2.0'>\x00\xff"])
def test_broken_feeds_give_coded_errors(data):
    got = list(read_feed(data, "bad.rss", ReadOptions(fetch_links=False)))
    assert all(isinstance(g, ClaimlineError) for g in got)
    assert all(g.code in ("E026", "E027") for g in got)


def test_empty_valid_feed_is_reported():
    data = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    [err] = read_feed(data, "empty.rss", ReadOptions())
    assert err.code == "E026" and "no entries" in str(err)


def test_looks_like_feed():
    assert looks_like_feed(b"<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>")
    assert looks_like_feed(b"<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed(b"<html><head><link rel='alternate' type='application/rss+xml'>")
    assert not looks_like_feed(b"Plain text about a feed")
