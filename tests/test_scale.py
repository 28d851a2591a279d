"""Extraction on a Dask distributed cluster feeds the same store as a local run."""
from __future__ import annotations

import pickle

import pytest

from claimline.errors import ClaimlineError

distributed = pytest.importorskip("distributed")

TEXTS = ["Rebels shelled Aleppo on 3 May 2016, killing 4 civilians.",
         "Police arrested 30 activists in Khartoum on 2 January 2022.",
         "Protesters marched in Baghdad on 5 October 2019.",
         "Gunmen attacked a convoy near Gao on 7 July 2021."]


@pytest.fixture(scope="module")
def client():
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=1,
                            dashboard_address=None) as c:
        yield c


@pytest.fixture()
def corpus(tmp_path):
    paths = []
    for i, text in enumerate(TEXTS):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_coded_errors_survive_pickling():
    err = pickle.loads(pickle.dumps(ClaimlineError("E001", input="x.txt", reason="gone")))
    assert err.code == "E001" and err.input == "x.txt" and "gone" in str(err)


def test_distributed_matches_local(client, corpus, tmp_path):
    import claimline
    from claimline.scale import extract_distributed

    missing = str(tmp_path / "missing.txt")
    remote = list(extract_distributed(corpus + [missing], client, chunk_size=2, in_flight=1))
    errors = [r for r in remote if isinstance(r, ClaimlineError)]
    records = {r.document.id: r for r in remote if not isinstance(r, ClaimlineError)}
    assert [e.code for e in errors] == ["E001"]
    local = {r.document.id: r for r in claimline.extract_batch(corpus)}
    assert records.keys() == local.keys()
    for doc_id, rec in local.items():
        assert records[doc_id].events == rec.events


def test_ingest_on_a_cluster_skips_stored_documents(client, corpus, tmp_path, capsys):
    from claimline.cli import main
    from claimline.store import open_store

    db = str(tmp_path / "x.db")
    address = client.scheduler.address
    assert main(["ingest", *corpus[:2], "--db", db]) == 0
    assert main(["ingest", *corpus, "--db", db, "--scheduler", address]) == 0
    assert "2 stored, 2 already present" in capsys.readouterr().err
    with open_store(db) as store:
        assert store.count_documents() == 4


def test_inputs_are_expanded_as_the_local_readers_walk_them(tmp_path):
    from claimline.cli.store import _expand
    from claimline.ingest.readers import walk_files

    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    no_match = str(tmp_path / "*.nothing")
    assert list(_expand([str(tmp_path)])) == list(walk_files(str(tmp_path)))
    assert list(_expand([str(tmp_path)])) == [str(tmp_path / "a.txt")]
    # nothing found: passed on, so the worker's reader reports E033 / E031
    assert list(_expand([str(empty), no_match])) == [str(empty), no_match]
