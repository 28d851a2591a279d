"""One incident, one place (events/incident.py): events whose known places lie in different
countries or first-level units, or are towns far apart, are different incidents and lend nothing;
a place contained in the other (a town in its governorate) or an unknown place stays compatible;
a lone namesake geocoded outside the report's focus country counts as unknown."""
from claimline.events.incident import km_between, places_compatible, read_incidents
from claimline.record import Actor, Event, EventDate, Fatalities, Place, Record
from tests.conftest import run_stages

DAY = EventDate(start="2016-06-27", end="2016-06-27", precision="day")


def _place(pid, name, feature, admin1, lat, lon, country="SY"):
    return Place(id=pid, name=name, feature=feature, country=country, admin1=admin1, lat=lat,
                 lon=lon, mentions=[(0, 5)])


IDLIB_CITY = _place("P1", "Idlib", "city", "Idlib", 35.93, 36.63)
IDLIB = _place("P2", "Idlib", "admin1", "Idlib", 35.86, 36.63)
DEIR = _place("P3", "Deir ez-Zor", "admin1", "Deir ez-Zor", 35.34, 40.14)
ARIHA = _place("P4", "Ariha", "village", "Idlib", 35.81, 36.61)
DARKUSH = _place("P5", "Darkush", "village", "Idlib", 35.99, 36.39)
SARAQIB = _place("P6", "Saraqib", "city", "Idlib", 35.86, 36.80)
FAR_TOWN = _place("P7", "Far town", "city", "Idlib", 35.30, 37.60)
NAMESAKE = _place("P8", "Castello", "village", "Lombardy", 45.6, 9.6, country="IT")


def _event(i, place, killed=None, actor=()):
    return Event(id=f"E{i}", type="ASSAULT", acled="Air/drone strike", date=DAY,
                 status="reported", evidence=[(i * 100, i * 100 + 10)], actor=list(actor),
                 place=place.id if place else None,
                 fatalities=Fatalities(low=killed, best=killed, high=killed) if killed else None)


def _read(events, places):
    base = run_stages("Nothing happened.", (), published="2016-06-27")
    rec = Record.model_validate({
        **base.model_dump(),
        "actors": [Actor(id="A1", name="Russia", kind="state", country="RUS").model_dump()],
        "places": [p.model_dump() for p in places],
        "events": [e.model_dump() for e in events]})
    read_incidents(rec)
    return rec


def test_two_governorates_on_the_same_day_are_two_incidents():
    rec = _read([_event(1, DEIR), _event(2, IDLIB_CITY, killed=5, actor=["A1"])],
                [IDLIB_CITY, DEIR])
    first = rec.events[0]
    assert first.incident == [] and rec.events[1].incident == []
    assert first.likely_actor == [] and first.fatalities is None and first.inferred == []


def test_a_city_and_its_governorate_are_one_incident():
    rec = _read([_event(1, IDLIB), _event(2, IDLIB_CITY, killed=5, actor=["A1"])],
                [IDLIB_CITY, IDLIB])
    first = rec.events[0]
    assert first.incident == ["E2"]
    assert first.likely_actor == ["A1"] and first.fatalities.best == 5


def test_an_unknown_place_stays_compatible():
    rec = _read([_event(1, None), _event(2, DEIR, killed=5, actor=["A1"])], [DEIR])
    assert rec.events[0].incident == ["E2"] and rec.events[0].fatalities.best == 5


def test_towns_far_apart_in_one_governorate_are_two_incidents():
    assert km_between(IDLIB_CITY, FAR_TOWN) > 60
    rec = _read([_event(1, FAR_TOWN), _event(2, ARIHA, killed=5, actor=["A1"])],
                [FAR_TOWN, ARIHA])
    assert rec.events[0].incident == []


def test_nearby_towns_are_one_incident():
    assert km_between(ARIHA, SARAQIB) < 60
    rec = _read([_event(1, SARAQIB), _event(2, ARIHA, killed=5, actor=["A1"])],
                [SARAQIB, ARIHA, DARKUSH])
    assert rec.events[0].incident == ["E2"]


def test_a_lone_foreign_namesake_counts_as_an_unknown_place():
    rec = _read([_event(1, NAMESAKE), _event(2, IDLIB_CITY, killed=5, actor=["A1"])],
                [IDLIB_CITY, IDLIB, NAMESAKE])
    assert rec.events[0].incident == ["E2"]  # the report is about Syria: the match is doubtful


def test_places_compatible_rules():
    assert places_compatible(None, DEIR) and places_compatible(IDLIB, None)
    assert places_compatible(IDLIB, IDLIB_CITY) and places_compatible(IDLIB_CITY, ARIHA)
    assert not places_compatible(IDLIB, DEIR) and not places_compatible(ARIHA, DEIR)
    assert not places_compatible(NAMESAKE, IDLIB)                   # another country
    syria = Place(id="P9", name="Syria", feature="country", country="SY")
    assert places_compatible(syria, DEIR) and places_compatible(syria, ARIHA)


def test_two_governorates_in_a_report_are_two_incidents(nlp):
    text = ("Russian jets bombed Aleppo on Monday, killing 12 civilians. "
            "Air strikes also hit Homs province on Monday.")
    rec = run_stages(text, ("time", "actors", "places", "events"), published="2016-06-27")
    strikes = [e for e in rec.events if e.acled == "Air/drone strike"]
    assert len(strikes) == 2
    assert {rec.place(e.place).admin1 for e in strikes} == {"Aleppo", "Homs"}
    assert all(e.incident == [] for e in strikes)
    assert strikes[1].likely_actor == [] and strikes[1].fatalities is None


def test_a_town_and_its_governorate_in_a_report_are_one_incident(nlp):
    text = ("Russian jets bombed the town of Atarib in Aleppo province on Monday, killing 12 "
            "civilians. Air strikes on Aleppo province on Monday also destroyed a school.")
    rec = run_stages(text, ("time", "actors", "places", "events"), published="2016-06-27")
    strikes = [e for e in rec.events if e.acled == "Air/drone strike"]
    assert len(strikes) == 2 and strikes[1].incident == [strikes[0].id]
    assert strikes[1].likely_actor == strikes[0].actor
