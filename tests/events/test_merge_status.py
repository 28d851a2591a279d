"""Status of mentions merged into one event: the most telling one, and between a mention that
reports the event as news and one that recalls it, the one that dates it, else the one that
gives its toll (a news report's own attack is not pushed out of the news by a look back on it)."""
from claimline.events.build import Mention
from claimline.events.casualties import Count
from claimline.events.merge import merge, merge_mentions
from claimline.record import EventDate
from tests.conftest import run_stages


def _mention(status, start, dated=False, killed=None):
    m = Mention("air", "ASSAULT", "aerial", "Air/drone strike", None, (start, start + 10))
    m.status, m.evidence = status, [(start, start + 10)]
    m.explicit_date = dated
    m.date = EventDate(start="2016-06-25", end="2016-06-25", precision="day") if dated \
        else EventDate()
    m.counts = [Count("killed", killed, killed, killed, None, 0)] if killed else []
    return m


def test_a_dated_news_mention_keeps_the_event_in_the_news():
    for a, b in ((_mention("reported", 0, dated=True), _mention("recalled", 50)),
                 (_mention("recalled", 0), _mention("reported", 50, dated=True))):
        assert merge(a, b).status == "reported"


def test_a_dated_recalled_mention_keeps_the_event_recalled():
    merged = merge(_mention("recalled", 0, dated=True), _mention("reported", 50, killed=20))
    assert merged.status == "recalled"


def test_undated_mentions_follow_the_one_with_the_toll():
    assert merge(_mention("reported", 0, killed=12), _mention("recalled", 50)).status == \
        "reported"
    assert merge(_mention("recalled", 0, killed=12), _mention("reported", 50)).status == \
        "recalled"
    assert merge(_mention("reported", 0), _mention("recalled", 50)).status == "recalled"


def test_other_statuses_keep_the_most_telling():
    assert merge(_mention("denied", 0), _mention("reported", 50)).status == "denied"
    assert merge(_mention("claimed", 0, dated=True), _mention("reported", 50)).status == \
        "claimed"
    assert [m.status for m in merge_mentions([_mention("reported", 0, killed=3),
                                              _mention("recalled", 50)])] == ["reported"]


def test_anniversary_statement_stays_recalled(seed_record):
    strike = next(e for e in seed_record.events
                  if e.type == "ASSAULT" and e.fatalities and e.fatalities.best == 20)
    assert strike.status == "recalled"


def test_news_attack_looked_back_on_stays_news():
    text = ("Air strikes killed 12 civilians in Idlib on Monday, a monitor said. The strikes "
            "recalled the massacre of 2015.")
    rec = run_stages(text, ("time", "actors", "places", "events"), published="2016-06-28")
    tolled = [e for e in rec.events if e.fatalities and e.fatalities.best == 12]
    assert tolled and tolled[0].status == "reported"


def test_a_day_no_publication_date_places_stays_apart_from_a_past_month():
    """"On Friday" in a report without a dateline is a day of the report's week, not undated:
    a toll the text dates to a month ("In May 2016") is not merged into it."""
    rec = run_stages("Clashes near Damascus left at least 40 dead on Friday, a monitor said. "
                     "In May 2016 more than 300 people were killed in a battle between the "
                     "two sides.", ("time", "actors", "places", "events"), None)
    tolls = sorted(e.fatalities.best for e in rec.events
                   if e.type == "ASSAULT" and e.fatalities)
    assert tolls == [40, 300]


def test_undated_mentions_still_merge_into_a_dated_month():
    a, b = _mention("reported", 0), _mention("reported", 50)
    b.explicit_date, b.date = True, EventDate(start="2016-05", end="2016-05-31",
                                              precision="month")
    assert len(merge_mentions([a, b])) == 1
    a.unplaced_day = True
    assert len(merge_mentions([a, b])) == 2
