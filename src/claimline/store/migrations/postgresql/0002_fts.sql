-- claimline store, schema 2 (PostgreSQL): full-text search over document titles and texts.
-- The expression must stay identical to postgresql.TSVECTOR so that queries use this index.
-- Texts are indexed up to 500,000 characters (a tsvector is limited to 1 MB).
CREATE INDEX documents_fts ON documents
    USING GIN (to_tsvector('english', left(coalesce(title, '') || ' ' || text, 500000)));
