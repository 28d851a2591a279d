"""`claimline extract` over mixed good and bad inputs: one coded line per failed input, the
batch goes on, exit code 1, and --errors FILE lists the failures as JSON lines."""
from __future__ import annotations

import functools
import gzip
import json

import pytest

from claimline import extraction
from claimline.cli import main


@pytest.fixture(autouse=True)
def reading_only(monkeypatch):
    """These tests are about inputs: run the CLI without the (slower) analysis stages."""
    monkeypatch.setattr(extraction, "extract_batch",
                        functools.partial(extraction.extract_batch, stages=()))


def test_mixed_batch(tmp_path, capsys, article_html):
    (tmp_path / "good.txt").write_text("Fri 07 Apr 2017 at 0914 Rockets hit the town of Azaz, "
                                       "killing two people, the civil defence said.")
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html.encode()))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "rows.jsonl").write_text('{"text": "Talks resumed in the capital on Monday."}\n'
                                         "{broken\n")
    errors = tmp_path / "errors.jsonl"
    code = main(["extract", str(tmp_path / "*.txt"), str(tmp_path / "page.html.gz"),
                 str(tmp_path / "rows.jsonl"), str(tmp_path / "missing.txt"), "-f", "jsonl",
                 "--errors", str(errors)])
    captured = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in captured.out.splitlines() if line.startswith("{")]
    by_origin = {r["document"]["origin"]: r["document"] for r in records}
    assert set(by_origin) == {str(tmp_path / "good.txt"), str(tmp_path / "page.html.gz"),
                              f"{tmp_path / 'rows.jsonl'}#1"}
    assert by_origin[str(tmp_path / "good.txt")]["published"] == {"date": "2017-04-07",
                                                                  "source": "text"}
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["code"], f["input"]) for f in failures] == [
        ("E014", str(tmp_path / "binary.txt")), ("E003", str(tmp_path / "empty.txt")),
        ("E029", str(tmp_path / "rows.jsonl")), ("E001", str(tmp_path / "missing.txt"))]
    assert "Traceback" not in captured.err
    assert captured.err.count("error [E") == 4


def test_all_good_exits_zero_and_published_wins(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Wed 05 Apr 2017 Clashes broke out near the border.")
    code = main(["extract", str(tmp_path / "a.txt"), "-p", "2017-04-06", "-f", "json"])
    record = json.loads(capsys.readouterr().out)
    assert code == 0
    assert record["document"]["published"] == {"date": "2017-04-06", "source": "user"}


def test_bad_date_order_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("text\nWords.\n")
    assert main(["extract", str(tmp_path / "a.csv"), "--date-order", "XYZ"]) == 2
