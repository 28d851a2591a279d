"""The seed example (published 2023-04-25) through the time stage, event dating and status."""
import pytest

from claimline.record import Document, Published, Record
from claimline.time import time_expressions
from claimline.time.dating import event_date
from claimline.time.status import is_recalled
from tests.conftest import run_stages


@pytest.fixture(scope="module")
def seed(seed_text, nlp):
    record = run_stages(seed_text, ["time"], "2023-04-25")
    return record, nlp(record.document.text)


def _span(record, phrase):
    start = record.document.text.index(phrase)
    return (start, start + len(phrase))


def test_stage_is_registered_as_version_1(seed):
    record, _ = seed
    assert record.pipeline["time"] == "1"


def test_seed_time_expressions(seed, seed_gold):
    record, _ = seed
    by_text = {}
    for t in record.times:
        by_text.setdefault(t.text, t)
    for gold in seed_gold["times"]:
        t = by_text[gold["text"]]
        if "value" in gold:
            assert t.value == gold["value"]
        if "value_prefix" in gold:
            assert t.value.startswith(gold["value_prefix"])
        if "approximate" in gold:
            assert t.approximate is gold["approximate"]
    assert by_text["Today"].anchor == "published"
    assert by_text["the past years"].value == "PAST_REF"


def test_anniversary_dates_the_recalled_strike_to_the_day(seed):
    record, doc = seed
    for phrase in ("air attack", "martyred"):
        date, index = event_date(record, doc, _span(record, phrase))
        assert (date.start, date.precision) == ("2017-04-25", "day"), phrase
        assert is_recalled(record, doc, _span(record, phrase))


def test_todays_statement_is_reported_today(seed):
    record, doc = seed
    date, index = event_date(record, doc, _span(record, "issued a statement"))
    assert (date.start, date.precision) == ("2023-04-25", "day")
    assert record.times[index].text == "Today"
    assert not is_recalled(record, doc, _span(record, "issued a statement"))


def test_century_ago_massacre_is_recalled_with_decade_precision(seed):
    record, doc = seed
    date, _ = event_date(record, doc, _span(record, "massacre"))
    assert date.precision == "decade" and date.start.startswith("19")
    assert is_recalled(record, doc, _span(record, "massacre"))


def _record(text, published="2023-04-25"):
    doc = Document(id="d", text=text, published=Published(date=published, source="user"))
    record = Record(document=doc)
    record.times = time_expressions(text, published)
    return record


def test_event_without_a_date_is_unknown_unless_today_or_yesterday():
    record = _record("Gunmen attacked a checkpoint near Afrin. Rockets hit Azaz yesterday.")
    date, index = event_date(record, None, _span(record, "attacked"))
    assert (date.start, date.precision, index) == (None, "unknown", None)
    date, index = event_date(record, None, _span(record, "hit"))
    assert (date.start, date.precision) == ("2023-04-24", "day")


def test_paragraph_date_governs_a_later_sentence():
    record = _record("On 3 March 2016 the siege began. Shelling killed four people.")
    date, index = event_date(record, None, _span(record, "killed"))
    assert (date.start, date.precision, index) == ("2016-03-03", "day", 0)


def test_year_only_gives_year_precision_and_old_events_are_recalled():
    record = _record("Turkish jets bombed the mountain in 2017.")
    span = _span(record, "bombed")
    date, _ = event_date(record, None, span)
    assert (date.start, date.end, date.precision) == ("2017", "2017", "year")
    assert is_recalled(record, None, span)


def test_recall_cues():
    for text, phrase in [("People commemorate the victims of the massacre.", "massacre"),
                         ("Since 2011 the regime has shelled Daraa.", "shelled"),
                         ("We remember the attack on Kobani.", "attack")]:
        record = _record(text)
        assert is_recalled(record, None, _span(record, phrase)), text
    record = _record("Turkish drones struck Derik on Monday, killing two.")
    assert not is_recalled(record, None, _span(record, "struck"))


def test_a_month_long_past_is_recalled_a_recent_one_is_not():
    may = "In May 2016 more than 300 people were killed."
    record = _record(may, "2017-04-29")
    assert is_recalled(record, None, _span(record, "killed"))
    record = _record(may, "2016-06-10")                   # last month: still news
    assert not is_recalled(record, None, _span(record, "killed"))
    record = _record("More than 300 people were killed.", "2017-04-29")  # not dated by the text
    assert not is_recalled(record, None, _span(record, "killed"))
    record = _record(may, None)                           # no publication date
    assert not is_recalled(record, None, _span(record, "killed"))
    record = _record("On 3 May 2016 more than 300 people were killed.", "2017-04-29")
    assert not is_recalled(record, None, _span(record, "killed"))  # a day: the day rule


def test_no_publication_date_never_crashes():
    record = _record("Six years ago the town fell. Today we remember.", published=None)
    date, _ = event_date(record, None, _span(record, "fell"))
    assert date.precision == "unknown"
    assert is_recalled(record, None, _span(record, "fell"))
