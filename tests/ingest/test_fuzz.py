"""Property tests: whatever the input, a reader yields documents or coded errors and turning a
document into a record raises nothing but ClaimlineError."""
from __future__ import annotations

import gzip
import io
import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from claimline.errors import ClaimlineError
from claimline.ingest import RawDocument, ReadOptions, iter_raw, to_record
from claimline.ingest.feeds import read_feed

#: CLAIMLINE_FUZZ_EXAMPLES=2000 for a long fuzzing run
EXAMPLES = int(os.environ.get("CLAIMLINE_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
TAGS = st.sampled_from(["<html>", "</html>", "<body>", "<p>", "</p>", "<div>", "<script>",
                        "<rss version='2.0'>", "<channel>", "<item>", "<title>", "</item>",
                        "<link>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>",
                        "<content:encoded><![CDATA[", "]]>", "<?xml version='1.0'?>", "&amp;",
                        "&#0;", "\x00", "\ufeff", "<meta charset='utf-16'>", '"', ",", "\n"])
MARKUP = st.lists(st.one_of(TAGS, st.text(max_size=40)), max_size=30).map("".join)
CONTENT = st.one_of(st.binary(max_size=400), MARKUP.map(lambda s: s.encode("utf-8", "surrogatepass")),
                    MARKUP.map(lambda s: s.encode("utf-16")),
                    MARKUP.map(lambda s: gzip.compress(s.encode("utf-8", "surrogatepass"))))
NAMES = st.sampled_from(["doc.txt", "page.html", "feed.rss", "feed.atom", "x.xml", "dump.csv",
                         "dump.tsv", "rows.jsonl", "dump.csv.gz", "page.html.gz", "noext"])


def drain(items) -> int:
    count = 0
    for item in items:
        assert isinstance(item, (RawDocument, ClaimlineError))
        if isinstance(item, RawDocument):
            try:
                to_record(item)
            except ClaimlineError:
                pass
        count += 1
    return count


@SETTINGS
@given(data=CONTENT, name=NAMES)
def test_file_readers_never_raise(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        options = ReadOptions(max_bytes=100_000, fetch_links=False)
        assert drain(iter_raw([str(path), tmp, f"{tmp}/*"], options)) >= 3


@SETTINGS
@given(data=CONTENT)
def test_feed_reader_never_raises(data):
    drain(read_feed(data, "fuzz.rss", ReadOptions(fetch_links=False)))


@SETTINGS
@given(data=CONTENT)
def test_stdin_reader_never_raises(data, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert drain(iter_raw(["-"], ReadOptions(max_bytes=100_000, fetch_links=False))) >= 1


@SETTINGS
@given(data=CONTENT, media=st.sampled_from(["text/plain", "text/html"]),
       fragment=st.booleans(), published=st.sampled_from([None, "2020-01-01"]))
def test_to_record_never_raises_anything_else(data, media, fragment, published):
    raw = RawDocument(origin="fuzz", data=data, media_type=media,
                      meta={"fragment": True} if fragment else {})
    try:
        record = to_record(raw, published=published)
    except ClaimlineError as err:
        # E001 from to_record is its catch-all for a parser bug: the fuzzer must not find any
        assert err.code != "E001", err
        return
    assert record.document.text.strip()


@SETTINGS
@given(spec=st.text(max_size=60))
def test_any_spec_string_gives_items(spec, tmp_path, monkeypatch):
    # in an empty folder; paths outside it (/, ~, ..) and stdin/network are covered elsewhere
    monkeypatch.chdir(tmp_path)
    if spec.strip() == "-" or "://" in spec or spec.lstrip().startswith(("/", "~")) \
            or ".." in spec or "\x00" in spec:
        return
    options = ReadOptions(fetch_links=False, timeout=0.5)
    assert drain(iter_raw([spec], options)) >= 1


@settings(max_examples=max(10, EXAMPLES // 2), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=CONTENT, ctype=st.sampled_from(["text/html", "text/plain", "application/rss+xml",
                                            "application/xml", "", "image/png",
                                            "text/html; charset=bogus"]),
       status=st.sampled_from([200, 200, 200, 404, 302]))
def test_url_reader_never_raises(server, local_options, data, ctype, status):
    headers = {"Location": "/elsewhere"} if status == 302 else {}
    link = server.route("/fuzz", data, status=status, content_type=ctype, headers=headers)
    local_options.use_cache = False
    local_options.fetch_links = False
    local_options.max_redirects = 1
    drain(iter_raw([link], local_options))
