from __future__ import annotations

import itertools

import claimline
from claimline.export.acled import COLUMNS
from tests.conftest import SEED_TEXT


def test_public_names():
    assert set(claimline.__all__) >= {"extract", "extract_batch", "to_dataframe", "Record",
                                      "ClaimlineError"}


def test_extract_from_text_and_from_path_agree(seed_text, seed_record):
    from_text = claimline.extract(seed_text, published="2023-04-25")
    assert from_text.document.id == seed_record.document.id
    assert from_text.events == seed_record.events


def test_extract_batch_streams_lazily(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Gunmen attacked a convoy near Gao on Monday.", encoding="utf-8")
    consumed = {"n": 0}

    def endless():
        while True:
            consumed["n"] += 1
            yield str(path)

    first = list(itertools.islice(claimline.extract_batch(endless()), 3))
    assert len(first) == 3 and all(isinstance(r, claimline.Record) for r in first)
    assert consumed["n"] < 100      # only a batch or two were read ahead


def test_extract_batch_yields_errors_in_place(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Police arrested 12 protesters in Algiers.", encoding="utf-8")
    out = list(claimline.extract_batch([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(out[0], claimline.ClaimlineError) and out[0].code == "E001"
    assert isinstance(out[1], claimline.Record)


def test_dataframe_has_acled_columns(seed_record):
    df = claimline.to_dataframe([seed_record])
    assert list(df.columns) == COLUMNS
    strike = df[df.sub_event_type == "Air/drone strike"].iloc[0]
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.event_date == "2017-04-25" and strike.fatalities == 20
    assert strike.country == "Syrian Arab Republic" and strike.time_precision == 1
    assert "Syrian Democratic Forces" in strike.claimed_by or "SDF" in strike.claimed_by


def test_path_object_is_accepted():
    assert claimline.extract(SEED_TEXT, published="2023-04-25").document.origin.endswith(
        "karachok-statement.txt")


def test_extract_fetches_a_url(tmp_path):
    """A URL string is read as a page (here from a local server), not analysed as text."""
    import http.server
    import threading

    (tmp_path / "a.txt").write_text("Rebels shelled Aleppo on 3 May 2016.", encoding="utf-8")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/a.txt"
    try:
        try:
            claimline.extract(url)
            raise AssertionError("a loopback URL must be refused by default")
        except claimline.ClaimlineError as err:
            assert "127.0.0.1" in str(err)
        from claimline.ingest import ReadOptions
        rec = claimline.extract(url, options=ReadOptions(allow_private=True, use_cache=False))
        assert rec.document.url == url and "Aleppo" in rec.document.text
    finally:
        server.shutdown()
