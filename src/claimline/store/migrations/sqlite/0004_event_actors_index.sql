-- claimline store, schema 4: index event_actors by its event. The actor filter looks up each
-- event's actors (a correlated EXISTS), and deleting a document (replace) deletes its rows here;
-- without this index both scanned the whole table once per event.
CREATE INDEX event_actors_event ON event_actors(document_id, event_id);
