"""A vague quantity ("hundreds") is an event's toll only where its mentions give no figure
(ACLED's rule for vague reports); an event the text dates only to a month that ended weeks before
the publication day is recalled background, not the news."""
import pytest

from claimline.events.counts import Vague, parse_count
from claimline.events.status import past_month
from claimline.record import EventDate
from tests.conftest import run_stages

STAGES = ("time", "actors", "places", "events")


@pytest.mark.parametrize("phrase", ["hundreds of people", "dozens of civilians", "several"])
def test_vague_quantities_are_marked(phrase):
    assert isinstance(parse_count(phrase), Vague)


@pytest.mark.parametrize("phrase", ["at least 20", "seven people", "between 10 and 15"])
def test_figures_are_not_vague(phrase):
    assert not isinstance(parse_count(phrase), Vague)


def _toll(text, published="2016-06-18"):
    rec = run_stages(text, STAGES, published)
    return [(e.fatalities.best if e.fatalities else None) for e in rec.events
            if e.type == "ASSAULT"]


def test_a_figure_outranks_a_vague_quantity_of_the_same_event():
    tolls = _toll("At least seven people died in rebel shelling of Aleppo on Saturday. "
                  "Hundreds of people have been killed in the shelling of Aleppo.")
    assert tolls[0] == 7


def test_a_vague_quantity_alone_is_the_toll():
    assert _toll("Dozens of civilians were killed in air strikes on Douma on Monday.") == [12]


def _month(start, end):
    return EventDate(start=start, end=end, precision="month")


def test_a_month_long_past_is_recalled_a_recent_one_is_not():
    may = _month("2016-05-01", "2016-05-31")
    assert past_month("2017-04-29", may, True)
    assert not past_month("2016-06-10", may, True)      # last month: still news
    assert not past_month("2017-04-29", may, False)     # not dated by the text
    assert not past_month(None, may, True)              # no publication date
    day = EventDate(start="2016-05-03", end="2016-05-03", precision="day")
    assert not past_month("2017-04-29", day, True)      # days: the time stage's rule


def test_a_past_month_toll_stays_out_of_the_news():
    rec = run_stages("Clashes near Damascus left at least 40 dead on Friday, a monitor said. "
                     "In May 2016 more than 300 people were killed in a battle between the "
                     "two sides.", STAGES, "2017-04-29")
    news = [e for e in rec.events if e.type == "ASSAULT" and e.status == "reported"]
    assert [e.fatalities.best for e in news if e.fatalities] == [40]
    assert any(e.status == "recalled" and e.fatalities and e.fatalities.best == 300
               for e in rec.events)
