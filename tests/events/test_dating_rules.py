"""Event dates the events stage takes from ``claimline.time.dating``: an all-numeric date whose
day and month can be read both ways is the publication day when one reading is."""
import pytest

from tests.conftest import run_stages

STAGES = ("time", "actors", "places", "events")


@pytest.mark.parametrize("published", ["2014-08-07", "2014-07-08"])
def test_numeric_dateline_read_either_way_is_the_publication_day(published):
    rec = run_stages("07-08-2014 At least 19 men were executed by ISIL in Deir Ezzor.", STAGES,
                     published=published)
    assert [e.date.start for e in rec.events if e.type == "ASSAULT"] == [published]


def test_numeric_date_not_matching_the_publication_day_is_kept():
    rec = run_stages("On 05-04-2014 ISIL executed 19 men in Deir Ezzor.", STAGES,
                     published="2014-06-01")
    assert [e.date.start for e in rec.events if e.type == "ASSAULT"] == ["2014-05-04"]
