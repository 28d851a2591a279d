"""Event dating across "N days after/before": in "X on Tuesday a day after <Y>", Y happened the
day before X's day (time.dating._days_apart). Made-up sentences."""
import pytest

from claimline.time.dating import event_date
from tests.conftest import run_stages


def _date_of(text, phrase, nlp, published="2016-07-28"):
    record = run_stages(text, ["time"], published)
    start = record.document.text.index(phrase)
    date, _ = event_date(record, nlp(record.document.text), (start, start + len(phrase)))
    return date.start, date.precision


@pytest.mark.parametrize("text, phrase, expected", [
    ("Rebels shelled the town on Wednesday a day after air strikes killed 20 people.",
     "strikes", "2016-07-26"),
    ("Rebels shelled the town on Wednesday, two days after a bombing killed 20 people.",
     "bombing", "2016-07-25"),
    ("Rebels shelled the town on Wednesday the day before a truce was agreed.",
     "truce", "2016-07-28"),
])
def test_event_after_the_signal_is_days_apart(nlp, text, phrase, expected):
    assert _date_of(text, phrase, nlp) == (expected, "day")


@pytest.mark.parametrize("text, phrase, expected", [
    # the clause before the signal keeps its day
    ("Rebels shelled the town on Wednesday a day after air strikes killed 20 people.",
     "shelled", "2016-07-27"),
    # an event with its own expression after the signal keeps it
    ("Rebels shelled the town on Wednesday a day after air strikes on Sunday killed 20 people.",
     "strikes", "2016-07-24"),
    # a sentence-initial signal has no clause before it to count from
    ("A day after the strikes rebels shelled the town on Wednesday.", "strikes", "2016-07-27"),
])
def test_other_events_keep_their_day(nlp, text, phrase, expected):
    assert _date_of(text, phrase, nlp) == (expected, "day")


def test_days_apart_reaches_the_event_record():
    rec = run_stages("Government forces seized the district on Tuesday. The army also dropped "
                     "barrel bombs on the city a day after air strikes killed 24 people.",
                     ("time", "actors", "places", "events"), published="2016-07-26")
    told = {e.trigger: e.date.start for e in rec.events}
    assert told.get("strikes") == "2016-07-25"
    assert told.get("bombs") == "2016-07-26"
