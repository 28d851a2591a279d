"""The storage backends the store and export suites run against: SQLite always, PostgreSQL
when CLAIMLINE_TEST_PG_URL points at a server (``eval "$(.ci/postgres.sh)"`` starts one).

Each PostgreSQL test gets a schema of its own (via the URL's ``options=-csearch_path=…``),
dropped afterwards, so tests neither see each other's rows nor need a fresh database."""
from __future__ import annotations

import contextlib
import os
import uuid
from urllib.parse import quote

import pytest

PG_ENV = "CLAIMLINE_TEST_PG_URL"

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} not set (eval \"$(.ci/postgres.sh)\" starts a server)")
    return url


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@contextlib.contextmanager
def pg_schema_url():
    """A URL of an empty schema of its own on the test server, dropped on exit."""
    import psycopg
    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A URL of an empty store on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "claimline.db")
        return
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def pg_url():
    """A URL of an empty PostgreSQL store (for PostgreSQL-only tests, marked ``postgres``)."""
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def store(store_url):
    from claimline.store import open_store
    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()
