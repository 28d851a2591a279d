"""Fixtures of the API tests: a store holding hand-built records, and test clients."""
from __future__ import annotations

import pytest

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def api_db(tmp_path_factory) -> str:
    from claimline.store import open_store

    from .records import sample_records
    db = str(tmp_path_factory.mktemp("api") / "api.db")
    with open_store(db) as store:
        for record in sample_records():
            store.put(record)
    return db


@pytest.fixture(scope="session")
def client(api_db):
    from fastapi.testclient import TestClient

    from claimline.api import create_app
    with TestClient(create_app(api_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def writer(tmp_path):
    """A client of a server with a token, over a fresh store of its own."""
    from fastapi.testclient import TestClient

    from claimline.api import create_app
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN),
                    raise_server_exceptions=False) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}
