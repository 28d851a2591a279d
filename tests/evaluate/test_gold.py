from __future__ import annotations

from claimline.evaluate.gold import score
from claimline.record import (Actor, Claim, Document, Event, EventDate, Fatalities, Framing, Place,
                              Record, TimeExpression)

TEXT = "Turkey struck Mount X on 25 April 2017, killing 20, the SDF said. Other"


def make_record(**overrides) -> Record:
    rec = Record(
        document=Document(id="doc-1", text=TEXT),
        actors=[Actor(id="A1", name="Turkey", kind="state", country="TUR", mentions=[(0, 6)]),
                Actor(id="A2", name="Syrian Democratic Forces", kind="armed_group",
                      mentions=[(52, 55)])],
        places=[Place(id="P1", name="Mount X", lat=37.0, lon=42.0, country="SY",
                      feature="mountain", mentions=[(14, 21)])],
        times=[TimeExpression(text="25 April 2017", span=(25, 38), value="2017-04-25")],
        events=[Event(id="E1", type="ASSAULT", mode="aerial", acled="Air/drone strike",
                      actor=["A1"], place="P1",
                      date=EventDate(start="2017-04-25", end="2017-04-25", precision="day"),
                      fatalities=Fatalities(low=20, best=20, high=20), status="reported",
                      claimed_by=["A2"], evidence=[(7, 13)])],
        claims=[Claim(id="C1", speaker="A2", kind="indirect", cue="said", content=(0, 50),
                      stance="assert")],
        framing=[Framing(span=(7, 13), text="struck", neutral="hit")],
    )
    return rec.model_copy(update=overrides)


GOLD = {
    "boilerplate_absent": ["Other news"],
    "events": [{"key": "strike", "type": "ASSAULT", "mode": "aerial",
                "actor": [["Turkey"]], "date": {"start": "2017-04-25", "precision": "day"},
                "place": {"lat": 37.05, "lon": 42.0, "km": 10}, "fatalities": {"best": 20},
                "claimed_by": [["SDF", "Syrian Democratic Forces"]]}],
    "actors": [{"names": ["Turkey"], "kind": "state", "country": "TUR", "surface": ["Turkey"]}],
    "places": [{"names": ["Mount X"], "lat": 37.0, "lon": 42.0, "km": 5, "country": "SY"}],
    "times": [{"text": "25 April 2017", "value": "2017-04-25"}],
    "claims": [{"speaker": ["SDF", "Syrian Democratic Forces"], "overlaps": "killing 20"}],
    "framing": [{"text": "struck", "neutral_like": ["hit"]}],
}


def test_perfect_record_passes():
    report = score(make_record(), GOLD)
    assert report.ok, report.failures()
    assert all(s["recall"] == 1.0 for s in report.section_scores().values())


def test_wrong_place_distance_fails_event_match():
    rec = make_record()
    rec.places[0].lat = 39.0
    report = score(rec, GOLD)
    assert not report.ok
    assert any("strike: found" in c.item for c in report.failures())


def test_unattributed_figure_fails():
    rec = make_record()
    rec.events[0].claimed_by = []
    assert [c.item for c in score(rec, GOLD).failures()] == ["strike: claimed_by"]


def test_optional_items_do_not_fail():
    gold = dict(GOLD, events=GOLD["events"] + [{"key": "old", "type": "ASSAULT",
                                                "date": {"start": "1915"}, "optional": True}])
    assert score(make_record(), gold).ok


def test_boilerplate_left_in_text_fails():
    rec = make_record()
    rec.document.text = TEXT + " news"
    assert not score(rec, GOLD).ok
