"""The same API tests over a PostgreSQL store (needs CLAIMLINE_TEST_PG_URL: ``.ci/postgres.sh``
starts a server): the event, document, page and export tests are collected again here with a
``client`` whose store is a fresh PostgreSQL schema."""
from __future__ import annotations

import pytest

from .records import sample_records
from .test_documents_api import (test_documents_paginate,  # noqa: F401
                                 test_one_document_with_text_and_events, test_record_round_trips,
                                 test_unknown_ids_are_404)
from .test_events_api import (test_bad_cursor_is_a_coded_422,  # noqa: F401
                              test_cursor_pagination_walks_everything_once,
                              test_empty_parameters_mean_no_filter, test_filter_counts,
                              test_filters, test_full_text_query_syntax_never_errors,
                              test_lists_every_event_in_store_order, test_one_event,
                              test_points_have_coordinates, test_timeline_bins)
from .test_exports_api import test_geojson_and_csv_follow_the_filters  # noqa: F401
from .test_pages import (test_event_page_highlights_evidence_claims_and_framing,  # noqa: F401
                         test_index_lists_events_and_filters)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("psycopg")
    from fastapi.testclient import TestClient

    from claimline.api import create_app
    from claimline.store import open_store
    from tests.store.backends import pg_schema_url
    with pg_schema_url() as url:
        with open_store(url) as store:
            for record in sample_records():
                store.put(record)
        with TestClient(create_app(url), raise_server_exceptions=False) as c:
            yield c
