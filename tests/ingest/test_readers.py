"""Local inputs: files, gzip, directories, globs, stdin; oversize, empty and missing inputs."""
from __future__ import annotations

import gzip
import io
import sys


from claimline.errors import ClaimlineError
from claimline.ingest import RawDocument, ReadOptions, iter_raw, to_record
from claimline.ingest.readers import sniff

BODY = ("Wed 05 Apr 2017 Rockets hit the western district of the city on Tuesday, killing two "
        "people, the civil defence said.\n")


def items(specs, **kw):
    return list(iter_raw([str(s) for s in specs], ReadOptions(**kw)))


def codes(found):
    return [i.code for i in found if isinstance(i, ClaimlineError)]


def test_text_file_and_its_dateline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    [raw] = items([path])
    doc = to_record(raw).document
    assert doc.published.model_dump() == {"date": "2017-04-05", "source": "text"}
    assert doc.origin == str(path)
    assert to_record(raw, published="2017-04-06").document.published.source == "user"


def test_gzip_is_transparent_and_named_kind_survives(tmp_path, article_html):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html.encode()))
    (tmp_path / "noext").write_bytes(gzip.compress(article_html.encode()))
    found = items([tmp_path / "a.txt.gz", tmp_path / "page.html.gz", tmp_path / "noext"])
    assert [i.media_type for i in found] == ["text/plain", "text/html", "text/html"]
    assert to_record(found[0]).document.text == BODY.strip()
    assert to_record(found[1]).document.id == to_record(found[2]).document.id


def test_directory_is_read_recursively_in_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document text.")
    (tmp_path / "one.txt").write_text("First document text.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "x.txt").write_text("hidden too")
    found = items([tmp_path])
    assert [i.origin for i in found] == [str(tmp_path / "one.txt"), str(tmp_path / "b" / "two.txt")]


def test_empty_directory_and_glob_without_match_are_coded(tmp_path):
    (tmp_path / "empty").mkdir()
    found = items([tmp_path / "empty", tmp_path / "*.nothing"])
    assert codes(found) == ["E033", "E031"]
    assert found[1].input == str(tmp_path / "*.nothing")


def test_glob_recursive(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("x/a.txt", "x/y/b.txt", "x/y/c.html"):
        (tmp_path / name).write_text("Some text of a document.")
    found = items([f"{tmp_path}/**/*.txt"])
    assert sorted(i.origin for i in found) == [str(tmp_path / "x/a.txt"),
                                               str(tmp_path / "x/y/b.txt")]


def test_stdin(monkeypatch, article_html):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article_html.encode())))
    [raw] = items(["-"])
    assert raw.origin == "stdin" and raw.media_type == "text/html"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(b"Plain words."))))
    [raw] = items(["-"])
    assert raw.media_type == "text/plain" and to_record(raw).document.text == "Plain words."


def test_stdin_too_large(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    assert codes(items(["-"], max_bytes=1000)) == ["E015"]


def test_missing_empty_binary_and_huge_inputs_each_give_one_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:  # a sparse 100 MB file: refused before it is read
        fh.truncate(100 * 1024 * 1024)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 3_000_000))
    (tmp_path / "broken.gz").write_bytes(gzip.compress(b"some text here")[:15])
    (tmp_path / "good.txt").write_text("A good document.")
    specs = [tmp_path / n for n in ("missing.txt", "empty.txt", "blank.txt", "image.txt",
                                    "huge.txt", "bomb.txt.gz", "broken.gz", "good.txt")]
    results = []
    for item in items(specs, max_bytes=1_000_000):
        try:
            results.append(item if isinstance(item, ClaimlineError) else to_record(item))
        except ClaimlineError as err:
            results.append(err)
    assert [getattr(r, "code", "ok") for r in results] == [
        "E001", "E003", "E003", "E014", "E015", "E015", "E032", "ok"]
    assert [r.input for r in results[:-1]] == [str(s) for s in specs[:-1]]


def test_sniff():
    assert sniff(b"<!DOCTYPE html><html>") == "text/html"
    assert sniff(b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff(b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff(b"Just words <b>bold</b>", "notes.txt") == "text/plain"
    assert sniff(b"<p>para</p>", "x.htm") == "text/html"


def test_document_id_is_idempotent_across_containers(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Line one.\r\nLine two.  \r\n")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress("Line one.\nLine two.\n".encode("utf-16")))
    a, b = (to_record(i).document for i in items([tmp_path / "a.txt", tmp_path / "b.txt.gz"]))
    assert a.text == b.text and a.id == b.id
    again = to_record(RawDocument(origin="other", data=a.text)).document
    assert again.id == a.id
