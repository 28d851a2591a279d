"""Property test: any valid record survives a trip through every backend unchanged, and its
events are indexed one row each."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimline.record import (Actor, Document, Event, EventDate, Fatalities, Place, Published,
                              Record, document_id)
from claimline.store import EventFilter

# cleaned text never holds control characters (text.clean_text drops them)
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=120)
SHORT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)
DAY = st.dates().map(lambda d: d.isoformat())
PARTIAL = st.one_of(DAY, DAY.map(lambda d: d[:7]), DAY.map(lambda d: d[:4]), st.none())
COORD = st.floats(min_value=-90, max_value=90, allow_nan=False)
COUNT = st.integers(min_value=0, max_value=10**12)


@st.composite
def records(draw) -> Record:
    text = draw(TEXT)
    n_actors = draw(st.integers(0, 4))
    actors = [Actor(id=f"A{i}", name=draw(SHORT),
                    kind=draw(st.sampled_from(["state", "armed_group", "person", "other"])),
                    country=draw(st.sampled_from([None, "TUR", "SYR"])),
                    mentions=[(0, len(text))])
              for i in range(1, n_actors + 1)]
    places = [Place(id=f"P{i}", name=draw(SHORT), lat=draw(st.none() | COORD),
                    lon=draw(st.none() | COORD), country=draw(st.sampled_from([None, "SY", "NG"])),
                    admin1=draw(st.none() | SHORT), precision=draw(st.integers(1, 7)))
              for i in range(1, draw(st.integers(0, 2)) + 1)]
    actor_ids = [a.id for a in actors]
    events = []
    for i in range(1, draw(st.integers(0, 4)) + 1):
        low, best, high = sorted(draw(st.lists(COUNT, min_size=3, max_size=3)))
        events.append(Event(
            id=f"E{i}", type=draw(st.sampled_from(["ASSAULT", "ACCUSE", "PROTEST", "FIGHT"])),
            mode=draw(st.none() | st.sampled_from(["aerial", "artillery"])),
            acled=draw(st.none() | st.sampled_from(["Air/drone strike", "Armed clash"])),
            actor=draw(st.lists(st.sampled_from(actor_ids), max_size=2, unique=True))
            if actor_ids else [],
            recipient=draw(st.lists(st.sampled_from(actor_ids), max_size=2, unique=True))
            if actor_ids else [],
            place=draw(st.sampled_from([None] + [p.id for p in places])),
            date=EventDate(start=draw(PARTIAL), precision="day"),
            fatalities=draw(st.none() | st.just(Fatalities(low=low, best=best, high=high))),
            status=draw(st.sampled_from(["reported", "recalled", "claimed", "denied"])),
            evidence=[(0, len(text))]))
    doc = Document(id=document_id(text), text=text, title=draw(st.none() | SHORT),
                   outlet=draw(st.none() | SHORT),
                   url=draw(st.none() | st.just("https://x.test/a?b=1&c=%20")),
                   published=Published(date=draw(st.none() | DAY), source="user"))
    return Record(document=doc, actors=actors, places=places, events=events,
                  summary=draw(st.text(max_size=40)), pipeline={"test": "1"})


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(record=records())
def test_record_round_trip(store, record):
    store.put(record, replace=True)  # the same text may come twice: replace keeps it one
    assert store.get_record(record.document.id) == record
    rows = store.events(EventFilter(document=record.document.id))
    assert sorted(r["event_id"] for r in rows) == sorted(e.id for e in record.events)
    for row in rows:
        event = record.event(row["event_id"])
        assert row["type"] == event.type and row["status"] == event.status
        assert row["fatalities_best"] == (event.fatalities.best if event.fatalities else None)
    doc = store.get_document(record.document.id)
    assert doc["text"] == record.document.text and doc["title"] == record.document.title
