"""Shared fixtures: the spaCy pipeline (loaded once), the seed example and the shared data."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SEED_TEXT = HERE / "data" / "karachok-statement.txt"
SEED_GOLD = HERE / "data" / "karachok-statement.gold.json"
SEED_PUBLISHED = "2023-04-25"


@pytest.fixture(scope="session")
def nlp():
    from claimline.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record():
    """The full pipeline's record for the seed example (computed once per test session)."""
    import claimline
    return claimline.extract(str(SEED_TEXT), published=SEED_PUBLISHED)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data not present")
    return SHARED_DATA


def run_stages(text: str, stages, published: str | None = "2023-04-25"):
    """Run the named analysis stages on ``text`` (for stage unit tests)."""
    from claimline.ingest import RawDocument, to_record
    from claimline.pipeline import Pipeline
    record = to_record(RawDocument(origin="<test>", data=text), published=published)
    return Pipeline(tuple(stages)).analyse(record)


def pytest_sessionstart(session):
    """In CI (CLAIMLINE_REQUIRE_SERVICES=1) the PostgreSQL and browser tests must not skip."""
    if os.environ.get("CLAIMLINE_REQUIRE_SERVICES") != "1":
        return
    missing = []
    if not os.environ.get("CLAIMLINE_TEST_PG_URL"):
        missing.append("CLAIMLINE_TEST_PG_URL (run .ci/postgres.sh)")
    chromium = os.environ.get("CLAIMLINE_CHROMIUM", "/usr/bin/chromium")
    if not (os.path.exists(chromium) or shutil.which("chromium")):
        missing.append(f"Chromium at {chromium} (run .ci/chromium.sh)")
    if missing:
        raise pytest.UsageError("CLAIMLINE_REQUIRE_SERVICES=1 but missing: " + ", ".join(missing))
