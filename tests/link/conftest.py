from tests.store.backends import pg_url, store, store_url  # noqa: F401  (fixtures)
