"""A vague quantity ("hundreds") is an event's toll only where its mentions give no figure
(ACLED's rule for vague reports); an event the text dates only to a month that ended weeks before
the publication day is recalled background, not the news."""
import pytest

from claimline.events.counts import Vague, parse_count
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


def test_a_past_month_toll_stays_out_of_the_news():
    rec = run_stages("Clashes near Damascus left at least 40 dead on Friday, a monitor said. "
                     "In May 2016 more than 300 people were killed in a battle between the "
                     "two sides.", STAGES, "2017-04-29")
    news = [e for e in rec.events if e.type == "ASSAULT" and e.status == "reported"]
    assert [e.fatalities.best for e in news if e.fatalities] == [40]
    assert any(e.status == "recalled" and e.fatalities and e.fatalities.best == 300
               for e in rec.events)
