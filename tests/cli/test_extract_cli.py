"""The extract/demo commands: formats, inputs, exit codes, coded errors."""
from __future__ import annotations

import io
import json
import sys

from claimline.cli import main
from tests.conftest import SEED_TEXT


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_json_is_the_record_contract(capsys):
    code, out, _ = run(capsys, "extract", str(SEED_TEXT), "-p", "2023-04-25", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "claimline.record/1"
    assert set(data) >= {"document", "actors", "places", "times", "events", "claims", "framing",
                         "summary"}
    assert data["document"]["published"] == {"date": "2023-04-25", "source": "user"}
    assert "Other news" not in data["document"]["text"]


def test_extract_jsonl_one_line_per_document(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Rebels shelled Aleppo on Monday.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Protesters marched in Baghdad.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path), "-f", "jsonl")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert {json.loads(line)["document"]["origin"].rsplit("/", 1)[-1] for line in lines} == {
        "a.txt", "b.txt"}


def test_extract_reads_stdin(capsys, monkeypatch):
    code, out, _ = run(capsys, "extract", "-", "-f", "jsonl", stdin="Troops entered Mosul.",
                       monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out)["document"]["origin"] == "stdin"


def test_bad_input_is_reported_and_the_batch_continues(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Militants attacked a checkpoint near Kirkuk.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code, out, err = run(capsys, "extract", str(tmp_path / "missing.txt"), str(empty), str(good),
                         "-f", "jsonl", "--errors", str(errors))
    assert code == 1
    assert len(out.strip().splitlines()) == 1
    assert "[E001]" in err and "missing.txt" in err and "Traceback" not in err
    logged = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [e["code"] for e in logged][0] == "E001"
    assert len(logged) == 2 and all(e["input"] for e in logged)


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "extract")[0] == 2
    code, _, err = run(capsys, "extract", str(SEED_TEXT), "-f", "yaml")
    assert code == 2 and "[E010]" in err


def test_invalid_published_date_is_a_coded_error(capsys):
    code, _, err = run(capsys, "extract", str(SEED_TEXT), "-p", "25/04/2023")
    assert code == 1 and "[E004]" in err


def test_demo_prints_a_summary_table(capsys):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "Events" in out and "Claims" in out
