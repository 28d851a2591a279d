-- claimline store, schema 3: canonical events (reports of one real-world event linked across
-- documents by `claimline link`) and the report -> canonical event assignment.
CREATE TABLE canonical_events (
    id              TEXT PRIMARY KEY,           -- stable: derived from the first report linked
    type            TEXT,
    acled           TEXT,
    day_first       TEXT,                       -- days covered, for range filters and paging
    day_last        TEXT,
    place_name      TEXT,
    country         TEXT,
    admin1          TEXT,
    admin2          TEXT,
    fatalities_best INTEGER,
    grade           TEXT NOT NULL,
    grade_reason    TEXT NOT NULL,
    n_reports       INTEGER NOT NULL,
    data            TEXT NOT NULL,              -- the canonical event JSON (record.md shape)
    updated_at      TEXT NOT NULL
);
CREATE INDEX canonical_events_day ON canonical_events(day_first, id);

CREATE TABLE canonical_reports (
    document_id  TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    canonical_id TEXT NOT NULL,
    score        REAL,                          -- similarity that linked it (NULL: it opened the event)
    linked_at    TEXT NOT NULL,
    PRIMARY KEY (document_id, event_id),
    FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, event_id) ON DELETE CASCADE
);
CREATE INDEX canonical_reports_canonical ON canonical_reports(canonical_id);
