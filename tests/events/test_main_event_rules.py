"""Rules added for main-event agreement: years in datelines are not tolls, fighter tolls are kept
apart from civilian ones, a doer named in the sentence when the parse gives none, bare state
forces read as the focus country's, and the FA-KES main-event choice."""
from claimline.events.casualties import sentence_counts
from claimline.evaluate.fakes import main_event, predict
from claimline.record import Event, EventDate, Fatalities, Record
from tests.conftest import run_stages

STAGES = ("time", "actors", "places", "events")


def test_year_after_month_is_not_a_toll(nlp):
    doc = nlp("21 Jul 2016 Dozens of civilians have reportedly been killed by air strikes.")
    tolls = [c.best for s in doc.sents for c in sentence_counts(s) if c.kind == "killed"]
    assert 2016 not in tolls
    assert 12 in tolls


def test_fighter_toll_is_combatant_not_civilian():
    rec = run_stages("Militants attacked an army checkpoint in Idlib on Monday, killing 30 "
                     "soldiers.", STAGES, published="2016-05-02")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.combatant_fatalities is not None and ev.combatant_fatalities.best == 30
    assert ev.civilian_fatalities is None
    assert predict(rec)["civilians"] == 0


def test_bare_army_is_the_focus_state():
    text = ("Syria said on Monday that its forces had advanced. The army shelled rebel "
            "positions near Hama, Syria's state media reported. Syria denies targeting "
            "civilians.")
    rec = run_stages(text, ("actors",))
    names = {a.name for a in rec.actors}
    assert "Syria" in names and "Security forces" not in names


def test_bare_army_stays_generic_without_focus_state():
    rec = run_stages("The army shelled rebel positions on Monday.", ("actors",))
    assert "Security forces" in {a.name for a in rec.actors}


def _event(i, start, killed, status="reported"):
    return Event(id=f"E{i}", type="ASSAULT", acled="Air/drone strike", date=EventDate(),
                 status=status, evidence=[(start, start + 10)],
                 fatalities=Fatalities(low=killed, best=killed, high=killed) if killed else None)


def test_main_event_is_largest_toll_of_the_opening_passage():
    base = run_stages("Nothing happened.", ())
    events = [_event(1, 0, 3), _event(2, 120, 40), _event(3, 900, 500),
              _event(4, 50, 800, status="recalled")]
    rec = Record.model_validate({**base.model_dump(), "events": [e.model_dump() for e in events]})
    assert main_event(rec).id == "E2"


def test_same_report_merges_despite_different_doers():
    from claimline.events.build import Mention
    from claimline.events.casualties import Count
    from claimline.events.merge import compatible

    def mention(actor):
        m = Mention("air", "ASSAULT", "aerial", "Air/drone strike", None, (0, 1), [actor])
        m.place, m.explicit_date = "P1", True
        m.date = EventDate(start="2016-06-25", precision="day")
        m.counts = [Count("killed", 47, 47, 47, None, 0)]
        return m
    assert compatible(mention("A1"), mention("A2"))
    other = mention("A2")
    other.counts = [Count("killed", 5, 5, 5, None, 0)]
    assert not compatible(mention("A1"), other)


def test_group_named_only_among_the_dead_is_the_target():
    rec = run_stages("The Syrian army killed 15 ISIS terrorists near Palmyra on Monday.", STAGES,
                     published="2016-06-15")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert [rec.actor(a).name for a in ev.actor] == ["Syria"]
    assert "Islamic State" in [rec.actor(a).name for a in ev.recipient]
    rec = run_stages("01-11-2014 100 ISIL Terrorists Killed in Kobani.", STAGES,
                     published="2014-11-01")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert "Islamic State" not in [rec.actor(a).name for a in ev.actor + ev.likely_actor]


def test_doer_named_outside_the_dead_stays_the_doer():
    rec = run_stages("ISIS militants killed 12 civilians in Raqqa on Monday.", STAGES,
                     published="2016-06-15")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert [rec.actor(a).name for a in ev.actor] == ["Islamic State"]


def test_toll_of_the_next_sentence_belongs_to_the_event_just_told():
    text = ("Victims of a suspected chemical attack in Syria showed symptoms of nerve agent use "
            "the World Health Organization said on Wednesday. WHO said in a statement putting "
            "the death toll at at least 70.")
    rec = run_stages(text, STAGES, published="2017-04-05")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.fatalities is not None and ev.fatalities.best == 70
    assert any(s > 100 for s, _ in ev.evidence)  # the toll sentence is evidence
