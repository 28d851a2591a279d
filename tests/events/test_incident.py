"""One incident told by several events (events/incident.py): the other violent news events of
the report with the same way of killing on a compatible day lend an event their doer, toll and
date, each noted with its source, evidence and claimant; the FA-KES evaluator only maps the main
event so read (an incident dated nowhere in a news report takes the publication day)."""
from claimline.events.incident import (battle_dead_are_fighters, dates_compatible, day_gap,
                                       read_incidents)
from claimline.evaluate.fakes import predict
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


def _read(rec):
    """The record as the events stage leaves it: conventions applied, incidents read."""
    for e in rec.events:
        battle_dead_are_fighters(e)
    read_incidents(rec)
    return rec


def _record(events, published="2016-06-25"):
    base = run_stages("Nothing happened.", (), published=published)
    actors = [Actor(id="A1", name="Russia", kind="state", country="RUS"),
              Actor(id="A2", name="Islamic State", kind="armed_group"),
              Actor(id="A3", name="United Nations", kind="organization")]
    return _read(Record.model_validate({**base.model_dump(),
                                        "actors": [a.model_dump() for a in actors],
                                        "events": [e.model_dump() for e in events]}))


def test_doer_and_toll_come_from_another_mention_of_the_incident():
    lender = _event(2, 400, killed=18, civilians=18, actor=["A1"])
    lender.claimed_by = ["A2"]
    rec = _record([_event(1, 0), lender])
    main = rec.events[0]
    assert main.incident == ["E2"] and rec.events[1].incident == ["E1"]
    assert main.actor == [] and main.likely_actor == ["A1"]  # a weaker reading than a parse
    assert main.fatalities.best == 18 and main.civilian_fatalities.best == 18
    lent = {i.field: i for i in main.inferred}
    assert set(lent) == {"likely_actor", "fatalities", "civilian_fatalities"}
    assert lent["fatalities"].source == "E2"
    assert lent["fatalities"].evidence == [(400, 410)]   # where E2 tells it
    assert lent["fatalities"].claimed_by == ["A2"]       # and who gives it
    assert rec.events[1].inferred == []                  # the lender keeps its own values
    got = predict(rec)
    assert got["actor"] == "syrian government or russian troops"
    assert got["civilians"] == 18


def test_a_toll_is_lent_to_the_first_mention_of_the_incident_only():
    rec = _record([_event(1, 0), _event(2, 200, killed=18), _event(3, 400)])
    assert rec.events[0].fatalities.best == 18
    assert rec.events[2].fatalities is None          # no second copy of one toll
    assert rec.events[2].incident == ["E1", "E2"]


def test_values_are_lent_from_own_mentions_not_from_lent_ones():
    rec = _record([_event(1, 0, day=None), _event(2, 200, day=None, killed=5),
                   _event(3, 400, day="2016-06-24")])
    assert rec.events[0].date.start == "2016-06-24"
    assert [i.source for i in rec.events[0].inferred if i.field == "date"] == ["E3"]
    assert rec.events[1].date.start == "2016-06-24"


def test_the_parse_of_an_event_is_kept_over_another_mention():
    rec = _record([_event(1, 0, killed=3, actor=["A2"]), _event(2, 300, killed=9, actor=["A1"])])
    assert rec.events[0].actor == ["A2"] and rec.events[0].likely_actor == []
    assert rec.events[0].fatalities.best == 3 and rec.events[0].inferred == []


def test_mentions_of_another_cause_or_day_are_another_incident():
    main = _event(1, 0)
    other_cause = _event(2, 400, acled="Suicide bomb", killed=30, actor=["A2"])
    other_day = _event(3, 500, day="2016-06-20", killed=9, actor=["A2"])
    background = _event(4, 600, killed=5, actor=["A2"], status="recalled")
    rec = _record([main, other_cause, other_day, background])
    assert rec.events[0].incident == [] and rec.events[0].inferred == []
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
    text = "Raids hit Syria's Raqqa. US-led coalition air strikes killed 18 civilians."
    syria = Actor(id="A1", name="Syria", kind="state", country="SYR", mentions=[(10, 17)])
    coalition = Actor(id="A2", name="International coalition", kind="organization",
                      mentions=[(25, 41)])
    first = _event(1, 0, actor=["A1"])
    first.evidence = [(0, 24)]
    second = _event(2, 25, killed=18, civilians=18, actor=["A2"])
    second.evidence = [(25, len(text))]
    rec = _read(_with_text(text, [first, second], [syria, coalition]))
    assert rec.events[0].likely_actor == ["A2"]   # Syria named only as the country
    assert predict(rec)["actor"] == "international coalition forces"


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
    clash = _record([_event(1, 0, acled="Armed clash", killed=15)]).events[0]
    assert clash.combatant_fatalities.best == 15
    assert clash.inferred[0].source == "convention" and "ACLED" in clash.inferred[0].rule
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
    rec = _read(Record.model_validate({**base.model_dump(),
                                       "events": [e.model_dump() for e in events]}))
    assert rec.events[0].fatalities.best == 9
    assert predict(rec)["civilians"] == 9


def test_dates_compatible_within_slack_or_undated():
    day = EventDate(start="2016-06-25", end="2016-06-25", precision="day")
    next_day = EventDate(start="2016-06-26", end="2016-06-26", precision="day")
    week = EventDate(start="2016-06-20", end="2016-06-26", precision="week")
    year = EventDate(start="2015", end="2015", precision="year")
    assert dates_compatible(day, next_day, slack=1)
    assert not dates_compatible(day, next_day, slack=0)
    assert dates_compatible(day, week, slack=0)          # the week holds the day
    assert not dates_compatible(day, year, slack=1)
    assert dates_compatible(day, EventDate(), slack=0)   # undated
    assert day_gap((10, 12), (15, 20)) == 3 and day_gap((10, 16), (15, 20)) == 0


def test_an_unarmed_doer_takes_an_armed_one_from_the_incident():
    rec = _record([_event(1, 0, actor=["A3"]), _event(2, 300, killed=4, actor=["A2"])])
    assert rec.events[0].likely_actor == ["A2"]            # the UN is not the attacker
    assert predict(rec)["actor"] == \
        "the organization of the islamic state in iraq and the levant - isis"


def test_a_vague_toll_gives_way_to_the_incidents_figure():
    """ACLED codes a vague quantity only where no figure is given: an event whose toll is only
    "hundreds" takes its incident's figure (and that figure's parts) in its place."""
    def events():
        return [_event(1, 0, killed=100, civilians=100), _event(2, 50, killed=330)]
    base = _record([])
    rec = Record.model_validate({**base.model_dump(), "events": [e.model_dump() for e in events()]})
    read_incidents(rec, vague=frozenset({"E1"}))
    first = rec.events[0]
    assert first.fatalities.best == 330 and first.civilian_fatalities is None
    assert {i.field for i in first.inferred} >= {"fatalities", "civilian_fatalities"}
    kept = Record.model_validate({**base.model_dump(), "events": [e.model_dump() for e in events()]})
    read_incidents(kept)  # a figure of its own is never replaced
    assert kept.events[0].fatalities.best == 100


def test_the_stage_marks_a_vague_headline_toll():
    rec = run_stages("Air strikes on Aleppo left hundreds dead on Monday. The death toll reached "
                     "330 overnight, civil defence sources said, as air strikes hit Aleppo.",
                     ("time", "actors", "places", "events"), "2016-09-26")
    violent = [e for e in rec.events if e.type == "ASSAULT" and e.fatalities]
    assert violent and violent[0].fatalities.best == 330
