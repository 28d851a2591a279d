-- claimline store, schema 1: documents, their records, and an index of events for filtering.
CREATE TABLE documents (
    id               TEXT PRIMARY KEY,          -- derived from the cleaned text
    url              TEXT,
    title            TEXT,
    outlet           TEXT,
    published        TEXT,                      -- YYYY-MM-DD
    published_source TEXT,
    origin           TEXT,                      -- where it was read from (provenance)
    text             TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);

CREATE TABLE records (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    pipeline    TEXT NOT NULL,                  -- JSON {stage: version}
    record      TEXT NOT NULL                   -- the full claimline.record/1 JSON
);

CREATE TABLE events (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    type            TEXT NOT NULL,
    mode            TEXT,
    acled           TEXT,
    date_start      TEXT,                       -- as in the record (may be YYYY or YYYY-MM)
    date_end        TEXT,
    precision       TEXT NOT NULL,
    day_first       TEXT,                       -- first and last day covered, for range filters
    day_last        TEXT,
    status          TEXT NOT NULL,
    place_name      TEXT,
    country         TEXT,
    admin1          TEXT,
    admin2          TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    geo_precision   INTEGER,
    fatalities_low  BIGINT,
    fatalities_best BIGINT,
    fatalities_high BIGINT,
    actor           TEXT,                       -- canonical names, '; '-joined
    recipient       TEXT,
    claimed_by      TEXT,
    PRIMARY KEY (document_id, event_id)
);
CREATE INDEX events_day ON events(day_first, day_last);
CREATE INDEX events_type ON events(type);

CREATE TABLE event_actors (
    document_id TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    role        TEXT NOT NULL,                  -- actor | recipient | claimed_by
    name        TEXT NOT NULL,
    kind        TEXT,
    country     TEXT,
    FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_name ON event_actors(name);
