"""Which side of the publication date a month/day without a year falls on, from the grammar of
its clause (spaCy parse): perfect aspect and participle modifiers point to the past; an
infinitive or "effective <date>" is not bound to the tense of the verb above it."""
import datetime as dt

import pytest

from claimline.time.tagger import tag_text


def _value(nlp, text, phrase, published):
    found = [f for f in tag_text(text, dt.date.fromisoformat(published), nlp(text))
             if text[f.start:f.end] == phrase]
    assert found, f"{phrase!r} not tagged in {text!r}"
    return found[0].value


@pytest.mark.parametrize("text,phrase,published,value", [
    # present perfect: the date is behind us, though the other October is nearer
    ("Police have been looking for the driver since the Oct. 23 crash.", "Oct. 23",
     "2023-05-06", "2022-10-23"),
    # a participle modifying a noun reports something done
    ("The index closed near the record high set on Aug. 6.", "Aug. 6", "2023-02-06",
     "2022-08-06"),
    ("The issue dominated plans for a summit set for Washington in April.", "April", "2023-10-12",
     "2024-04"),
    # "agreed to sell … in February": the sale is not dated by "agreed"
    ("The firm agreed to sell the plant in February.", "February", "2023-10-30", "2024-02"),
    ("The board created a new office, effective Feb. 1.", "Feb. 1", "2023-10-26", "2024-02-01"),
    # a past main verb still dates its own month to the past
    ("The firm sold the plant in February.", "February", "2023-10-30", "2023-02"),
])
def test_month_day_side_follows_the_clause(nlp, text, phrase, published, value):
    assert _value(nlp, text, phrase, published) == value


def test_infinitive_under_a_schedule_word_is_future(nlp):
    # 2023-04-23 is a Sunday; "set to resume Monday" is the next day, not six days before
    text = "The peace talks, set to resume Monday in Belfast, were delayed."
    assert _value(nlp, text, "Monday", "2023-04-23") == "2023-04-24"


@pytest.mark.parametrize("text,phrase,value", [
    # 2023-10-30 is a Monday
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday",
     "2023-10-27T24:00"),
    ("The bid had been due to expire Friday.", "Friday", "2023-10-27"),
    ("The bid is due to expire Friday.", "Friday", "2023-11-03"),
    ("Until Thursday, the police had not named a suspect.", "Thursday", "2023-10-26"),
    ("The agency has given the family until Thursday to leave.", "Thursday", "2023-11-02"),
    ("The shares are to resume trading in Paris Tuesday.", "Tuesday", "2023-10-31"),
    ("The stock is traded in London and is to resume trading in Paris Tuesday.", "Tuesday",
     "2023-10-31"),
])
def test_plans_deadlines_and_the_past_perfect(nlp, text, phrase, value):
    assert _value(nlp, text, phrase, "2023-10-30") == value
