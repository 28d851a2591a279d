"""FA-KES main event read as an incident: the other mentions of the article that tell the same
incident (same cause of death, compatible day) lend it their doer, toll and date; an incident
dated nowhere in a news report takes the publication day."""
from claimline.evaluate.fakes import incident, predict
from claimline.record import Actor, Event, EventDate, Fatalities, Record
from tests.conftest import run_stages


def _fat(n):
    return Fatalities(low=n, best=n, high=n)


def _event(i, start, acled="Air/drone strike", day="2016-06-25", killed=None, civilians=None,
           actor=(), status="reported"):
    date = EventDate(start=day, end=day, precision="day") if day else EventDate()
    return Event(id=f"E{i}", type="ASSAULT", acled=acled, date=date, status=status,
                 evidence=[(start, start + 10)], actor=list(actor),
                 fatalities=_fat(killed) if killed else None,
                 civilian_fatalities=_fat(civilians) if civilians else None)


def _record(events, published="2016-06-25"):
    base = run_stages("Nothing happened.", (), published=published)
    actors = [Actor(id="A1", name="Russia", kind="state", country="RUS"),
              Actor(id="A2", name="Islamic State", kind="armed_group")]
    return Record.model_validate({**base.model_dump(), "actors": [a.model_dump() for a in actors],
                                  "events": [e.model_dump() for e in events]})


def test_doer_and_toll_come_from_another_mention_of_the_incident():
    rec = _record([_event(1, 0), _event(2, 400, killed=18, civilians=18, actor=["A1"])])
    got = predict(rec)
    assert got["actor"] == "syrian government or russian troops"
    assert got["civilians"] == 18


def test_mentions_of_another_cause_or_day_are_another_incident():
    main = _event(1, 0)
    other_cause = _event(2, 400, acled="Suicide bomb", killed=30, actor=["A2"])
    other_day = _event(3, 500, day="2016-06-20", killed=9, actor=["A2"])
    background = _event(4, 600, killed=5, actor=["A2"], status="recalled")
    rec = _record([main, other_cause, other_day, background])
    assert [e.id for e in incident(rec, rec.events[0])] == ["E1"]
    got = predict(rec)
    assert got["actor"] == "unknown" and got["civilians"] == 0


def test_main_event_toll_is_kept_over_the_other_mentions():
    rec = _record([_event(1, 0, killed=30), _event(2, 300, killed=100, civilians=100)])
    assert predict(rec)["civilians"] == 30


def test_undated_news_incident_takes_the_publication_day():
    rec = _record([_event(1, 0, day=None, killed=4)], published="2015-02-23")
    assert predict(rec)["date"] == "2015-02-23"
    vague = _event(1, 0, day=None, killed=4)
    vague.date = EventDate(start="2015-02-16", end="2015-02-22", precision="week")
    assert predict(_record([vague], published="2015-02-23"))["date"] is None


def test_incident_date_comes_from_a_dated_mention():
    rec = _record([_event(1, 0, day=None), _event(2, 300, day="2016-06-24", killed=3)],
                  published="2016-06-25")
    assert predict(rec)["date"] == "2016-06-24"


def _with_text(text, events, actors):
    base = run_stages(text, (), published="2016-06-25")
    return Record.model_validate({**base.model_dump(), "actors": [a.model_dump() for a in actors],
                                  "events": [e.model_dump() for e in events]})


def test_a_state_named_only_as_the_country_yields_to_a_named_doer():
    text = "Tags Syria Raqqa airstrikes. US-led coalition air strikes killed 18 civilians."
    syria = Actor(id="A1", name="Syria", kind="state", country="SYR", mentions=[(5, 10)])
    coalition = Actor(id="A2", name="International coalition", kind="organization",
                      mentions=[(29, 45)])
    first = _event(1, 0, actor=["A1"])
    first.evidence = [(0, 28)]
    second = _event(2, 30, killed=18, civilians=18, actor=["A2"])
    second.evidence = [(29, len(text))]
    assert predict(_with_text(text, [first, second], [syria, coalition]))["actor"] == \
        "international coalition forces"


def test_state_forces_or_a_state_alone_still_count_as_doers():
    text = "Syrian warplanes struck Idlib, killing 11 civilians. Syria denies it."
    syria = Actor(id="A1", name="Syria", kind="state", country="SYR", mentions=[(0, 16)])
    ev = _event(1, 0, killed=11, civilians=11, actor=["A1"])
    ev.evidence = [(0, 52)]
    assert predict(_with_text(text, [ev], [syria]))["actor"] == \
        "syrian government or russian troops"
    bare = syria.model_copy(update={"mentions": [(53, 58)]})
    ev.evidence = [(0, 52), (53, 68)]
    assert predict(_with_text(text, [ev], [bare]))["actor"] == \
        "syrian government or russian troops"  # the only doer named, weak or not


def test_dead_of_a_battle_are_fighters_unless_said_civilians():
    clash = _event(1, 0, acled="Armed clash", killed=15)
    assert predict(_record([clash]))["civilians"] == 0
    clash = _event(1, 0, acled="Armed clash", killed=15, civilians=3)
    assert predict(_record([clash]))["civilians"] == 3
    strike = _event(1, 0, killed=15)
    assert predict(_record([strike]))["civilians"] == 15


def test_a_toll_summed_over_a_period_is_not_lent_to_the_incident():
    text = ("Shelling hit the district on Saturday. " + "Residents fled to nearby villages. " * 8
            + "The district has been under bombardment since February which has killed more "
            "than 130 civilians. Another raid killed 9.")
    base = run_stages(text, (), published="2016-06-25")
    cumulative, single = text.index("The district"), text.index("Another raid")
    events = [_event(1, 0, acled="Shelling/artillery/missile attack"),
              _event(2, cumulative, acled="Shelling/artillery/missile attack", killed=130,
                     civilians=130),
              _event(3, single, acled="Shelling/artillery/missile attack", killed=9,
                     civilians=9)]
    events[1].evidence = [(cumulative, single - 1)]
    rec = Record.model_validate({**base.model_dump(),
                                 "events": [e.model_dump() for e in events]})
    assert predict(rec)["civilians"] == 9
