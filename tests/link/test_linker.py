"""link_store over real stores (SQLite, and PostgreSQL when a test server is configured)."""
from claimline.link import grade_of, link_store, list_canonical
from claimline.link.canonical import canonical_id, canonical_of
from claimline.store import EventFilter
from tests.link.factory import STRIKE, make_record

STRIKE_EVENT = dict(type="ASSAULT", acled="Air/drone strike", date="2017-04-25",
                    place="Karachok", actor=["Turkey"], recipient=["YPG"])
ANHA = ("The Turkish occupation state bombed our comrades at Karachok near Derik; 20 of our "
        "comrades were martyred in the Turkish airstrike on the YPG headquarters.")
ANADOLU = ("Turkish jets neutralized PKK/YPG terrorists at Karachok in an air operation near "
           "the border, the Turkish army said.")
ALEPPO = "Rebels shelled a market in the city of Aleppo, killing three people, state media said."


def reuters():
    return make_record(STRIKE, "Reuters", events=[dict(STRIKE_EVENT, fatalities=18)])


def anha():
    return make_record(ANHA, "ANHA", events=[dict(STRIKE_EVENT, fatalities=20,
                                                  claimed_by=["SDF"])])


def aleppo():
    return make_record(ALEPPO, "SANA", published="2017-04-25",
                       events=[dict(type="ASSAULT", date="2017-04-25", place="Aleppo",
                                    actor=["Syrian opposition"], fatalities=3)])


def canonical_map(store):
    rows = store.query("SELECT document_id, event_id, canonical_id FROM canonical_reports")
    return {(r["document_id"], r["event_id"]): r["canonical_id"] for r in rows}


def test_reports_of_one_strike_become_one_canonical_event(store):
    for rec in (reuters(), anha(), aleppo()):
        store.put(rec)
    stats = link_store(store)
    assert stats.new_reports == 3 and stats.opened == 2 and stats.joined_new == 1
    assert stats.canonical_events == 2
    events = list_canonical(store)
    strike = next(e for e in events if e["place"]["name"] == "Karachok")
    assert {r["outlet"] for r in strike["reports"]} == {"Reuters", "ANHA"}
    assert strike["fatalities"] == {"low": 18, "best": 18, "high": 20}
    assert strike["grade"] == "fair"
    assert grade_of(store, anha().document.id, "E1") == "fair"
    assert grade_of(store, aleppo().document.id, "E1") == "weak"
    assert grade_of(store, "doc-none", "E1") is None


def test_rerun_changes_nothing_and_ids_are_stable(store):
    for rec in (reuters(), anha(), aleppo()):
        store.put(rec)
    link_store(store)
    first = canonical_map(store)
    again = link_store(store)
    assert again.new_reports == 0 and again.pairs_scored == 0
    assert canonical_map(store) == first
    rebuilt = link_store(store, rebuild=True)
    assert rebuilt.new_reports == 3
    assert canonical_map(store) == first


def test_incremental_documents_join_existing_events(store):
    store.put(reuters())
    store.put(aleppo())
    link_store(store)
    before = canonical_map(store)
    opened_by_reuters = before[(reuters().document.id, "E1")]
    assert opened_by_reuters == canonical_id(reuters().document.id, "E1")
    store.put(anha())
    stats = link_store(store)
    assert stats.new_reports == 1 and stats.joined_existing == 1 and stats.opened == 0
    after = canonical_map(store)
    assert after[(anha().document.id, "E1")] == opened_by_reuters
    assert all(after[k] == v for k, v in before.items())
    strike = next(e for e in list_canonical(store) if e["id"] == opened_by_reuters)
    assert len(strike["reports"]) == 2


def test_recalled_mention_links_to_the_original_event(store):
    store.put(reuters())
    store.put(anha())
    link_store(store)
    original = canonical_map(store)[(reuters().document.id, "E1")]
    recall = make_record(
        "Six years ago today, on 25 April 2017, the Turkish occupation state bombed Mount "
        "Karachok near Derik, killing 20 of our comrades of the YPG. We will not forget.",
        "ANHA", published="2023-04-25",
        events=[dict(STRIKE_EVENT, fatalities=20, status="recalled", claimed_by=["SDF"]),
                dict(type="ACCUSE", date="2023-04-25", actor=["SDF"], recipient=["Turkey"])])
    store.put(recall)
    stats = link_store(store)
    assert stats.new_reports == 2 and stats.joined_existing == 1 and stats.opened == 1
    assert canonical_map(store)[(recall.document.id, "E1")] == original
    strike = next(e for e in list_canonical(store) if e["id"] == original)
    statuses = {r["document"]: r["status"] for r in strike["reports"]}
    assert statuses[recall.document.id] == "recalled"
    assert len(list_canonical(store, EventFilter(since="2017-04-01", until="2017-04-30"))) == 1


def test_two_events_of_one_document_never_merge(store):
    twin = make_record("Two air strikes hit Karachok on Tuesday, one at dawn and one at dusk.",
                       "Reuters", events=[dict(STRIKE_EVENT), dict(STRIKE_EVENT)])
    store.put(twin)
    stats = link_store(store)
    assert stats.canonical_events == 2


def test_distant_or_differently_dated_events_stay_apart(store):
    store.put(reuters())
    later = make_record(STRIKE + " Another raid.", "AFP",
                        events=[dict(STRIKE_EVENT, date="2017-05-20")])
    elsewhere = make_record(STRIKE + " Elsewhere.", "AFP",
                            events=[dict(STRIKE_EVENT, place="Aleppo")])
    store.put(later)
    store.put(elsewhere)
    assert link_store(store).canonical_events == 3


def test_contested_and_confirmed_grades_with_reasons(store):
    store.put(reuters())
    store.put(make_record("Kurdish fighters were killed at Karachok by ISIS shelling, the "
                          "Syrian state agency claimed, denying any Turkish raid.", "SANA",
                          events=[dict(STRIKE_EVENT, actor=["ISIS"], fatalities=20)]))
    link_store(store)
    (event,) = list_canonical(store)
    assert event["grade"] == "contested"
    assert "Turkey" in event["grade_reason"] and "ISIS" in event["grade_reason"]
    assert {d["value"] for d in event["disagreements"]["actor"]} == {"Turkey", "ISIS"}

    store.put(make_record(ANADOLU, "Anadolu", events=[dict(STRIKE_EVENT,
                                                             claimed_by=["Turkey"])]))
    link_store(store)
    (event,) = list_canonical(store)
    assert event["grade"] == "confirmed" and "Turkey accepts responsibility" in \
        event["grade_reason"]


def test_deleted_documents_leave_their_events(store):
    for rec in (reuters(), anha()):
        store.put(rec)
    link_store(store)
    store.put(make_record(ANHA, "ANHA", events=[]), replace=True)   # re-analysed: no event now
    stats = link_store(store)
    (event,) = list_canonical(store)
    assert [r["outlet"] for r in event["reports"]] == ["Reuters"]
    assert event["grade"] == "weak" and stats.removed == 0


def test_list_canonical_filters_and_pages(store):
    for rec in (reuters(), anha(), aleppo()):
        store.put(rec)
    link_store(store)
    assert len(list_canonical(store)) == 2
    assert [e["place"]["name"] for e in list_canonical(store, EventFilter(place="aleppo"))] \
        == ["Aleppo"]
    assert len(list_canonical(store, EventFilter(actor="turk"))) == 1
    assert len(list_canonical(store, EventFilter(country="SY"))) == 2
    assert len(list_canonical(store, EventFilter(admin1="al-hasakah"))) == 1
    assert len(list_canonical(store, EventFilter(type="air/drone strike"))) == 1
    assert len(list_canonical(store, EventFilter(document=anha().document.id))) == 1
    assert list_canonical(store, EventFilter(status="recalled")) == []
    assert list_canonical(store, EventFilter(since="2018-01-01")) == []
    first = list_canonical(store, limit=1)
    rest = list_canonical(store, after=(first[0]["day_first"], first[0]["id"]))
    assert len(first) == 1 and len(rest) == 1 and rest[0]["id"] != first[0]["id"]
    assert canonical_of(store, reuters().document.id, "E1") == \
        canonical_of(store, anha().document.id, "E1")
