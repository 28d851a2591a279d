"""CSV / TSV / JSON Lines corpora: one document per row, streamed, bad rows coded."""
from __future__ import annotations

import csv
import gzip
import io
import json

import pytest

from claimline.errors import ClaimlineError
from claimline.ingest import ReadOptions, iter_raw, to_record
from claimline.ingest.corpus import parse_date_value

ROWS = [
    {"id": "1", "headline": "Blast in market", "article_content":
     "Sat 04 Oct 2014 at 1514 A car bomb exploded in a crowded market, killing 12.",
     "date": "10/3/14", "site": "Outlet A"},
    {"id": "2", "headline": "Talks", "article_content":
     "Negotiators met again on Monday in the capital.", "date": "3/15/21", "site": "Outlet B"},
]


def write_csv(path, rows, delimiter=",", encoding="utf-8"):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def records(path, **kw):
    out = []
    for item in iter_raw([str(path)], ReadOptions(**kw)):
        try:
            out.append(item if isinstance(item, ClaimlineError) else to_record(item))
        except ClaimlineError as err:
            out.append(err)
    return out


@pytest.mark.parametrize("name,delimiter", [("dump.csv", ","), ("dump.tsv", "\t"),
                                            ("dump.csv.gz", ",")])
def test_csv_rows_with_auto_text_column(tmp_path, name, delimiter):
    recs = records(write_csv(tmp_path / name, ROWS, delimiter))
    assert [r.document.origin for r in recs] == [f"{tmp_path / name}#1", f"{tmp_path / name}#2"]
    first = recs[0].document
    assert first.text.startswith("Sat 04 Oct 2014 at 1514 A car bomb")
    assert first.published.model_dump() == {"date": "2014-10-04", "source": "text"}
    assert recs[1].document.published.source == "none"


def test_named_columns_and_date_column(tmp_path):
    path = write_csv(tmp_path / "d.csv", ROWS)
    recs = records(path, text_column="article_content", title_column="headline",
                   date_column="date", outlet_column="site")
    doc = recs[1].document
    assert (doc.title, doc.outlet) == ("Talks", "Outlet B")
    assert doc.published.model_dump() == {"date": "2021-03-15", "source": "metadata"}
    dmy = records(path, date_column="date", date_order="DMY")
    assert dmy[0].document.published.date == "2014-03-10"


def test_missing_text_column_is_one_coded_error(tmp_path):
    path = write_csv(tmp_path / "d.csv", [{"a": "1", "b": "2"}])
    [err] = records(path)
    assert err.code == "E028" and "a, b" in str(err)
    [err] = records(write_csv(tmp_path / "e.csv", ROWS), text_column="body_text")
    assert err.code == "E028" and err.fields["column"] == "body_text"


def test_cp1252_csv(tmp_path):
    rows = [{"text": "The \u201cceasefire\u201d held in the caf\u00e9 district."}]
    recs = records(write_csv(tmp_path / "w.csv", rows, encoding="cp1252"))
    assert recs[0].document.text == rows[0]["text"]


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path):
    lines = [json.dumps({"text": "First article text.", "url": "https://x.example/1"}),
             "{not json", "", json.dumps([1, 2]), json.dumps({"title": "no text"}),
             json.dumps({"text": ""}), json.dumps({"text": "Last article text."})]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    got = records(path)
    assert [getattr(g, "code", "ok") for g in got] == ["ok", "E029", "E029", "E029", "E003", "ok"]
    assert got[0].document.url == "https://x.example/1"
    assert got[1].input == str(path) and got[1].fields["row"] == 2


def test_html_cells_are_read_as_markup(tmp_path):
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps({"content": "<p>Shelling resumed at dawn.</p><p>Two were hurt."
                                           "</p><script>track()</script>"}))
    [rec] = records(path)
    assert "Shelling resumed at dawn." in rec.document.text
    assert "track" not in rec.document.text and "<p>" not in rec.document.text


def test_oversize_cell(tmp_path):
    path = write_csv(tmp_path / "big.csv", [{"text": "x" * 5000}])
    [err] = records(path, max_bytes=1000)
    assert err.code == "E015"


@pytest.mark.parametrize("value,order,expected", [
    ("2017-04-05", "MDY", "2017-04-05"), ("2017-04-05T10:00:00Z", "MDY", "2017-04-05"),
    ("4/5/17", "MDY", "2017-04-05"), ("4/5/17", "DMY", "2017-05-04"),
    ("5 April 2017", "MDY", "2017-04-05"), ("", "MDY", None), ("soon", "MDY", None),
    ("2017-02-30", "MDY", None), ("April 2017", "MDY", None),
])
def test_parse_date_value(value, order, expected):
    assert parse_date_value(value, order) == expected


@pytest.mark.shared
def test_fakes_corpus_reads_every_row_with_datelines(shared_data):
    path = shared_data / "fa-kes" / "dev.csv"
    recs = records(path, text_column="article_content")
    assert len(recs) == 187 and not [r for r in recs if isinstance(r, ClaimlineError)]
    from_text = [r for r in recs if r.document.published.source == "text"]
    # measured 153/187 (2026-11-24); most of the rest start with the headline, not a dateline
    assert len(from_text) >= 145
    assert recs[0].document.title == "Syria attack symptoms consistent with nerve agent use WHO"
