"""Expressions resolved against the publication date or against an earlier date of the text."""
import pytest

from .helpers import one, values


@pytest.mark.parametrize("text,phrase,value", [
    ("Today the SDF issued a statement.", "Today", "2023-04-25"),
    ("Shelling hit the town yesterday.", "yesterday", "2023-04-24"),
    ("The talks resume tomorrow.", "tomorrow", "2023-04-26"),
    ("Clashes erupted last week.", "last week", "2023-W16"),
    ("Troops withdrew earlier this month.", "earlier this month", "2023-04"),
    ("Elections were held last year.", "last year", "2022"),
    ("The summit is next month.", "next month", "2023-05"),
    ("20 fighters were killed 6 years ago.", "6 years ago", "2017"),
    ("The town fell two months ago.", "two months ago", "2023-02"),
    ("The ceasefire collapsed three days ago.", "three days ago", "2023-04-22"),
    ("Clashes took place last night.", "last night", "2023-04-24TNI"),
])
def test_relative_to_publication(text, phrase, value):
    t = one(text, phrase)
    assert t.value == value
    assert t.anchor == "published"


def test_weekday_follows_tense():
    # 2023-04-25 is a Tuesday
    assert one("Gunmen attacked a checkpoint on Sunday.", "Sunday").value == "2023-04-23"
    assert one("The delegation will arrive on Friday.", "Friday").value == "2023-04-28"
    assert one("They have until Thursday to leave.", "Thursday").value == "2023-04-27"


def test_later_is_resolved_against_the_previous_date_of_the_text():
    t = one("The siege began on 3 March 2016. Two days later the town fell.", "Two days later")
    assert t.value == "2016-03-05"
    assert t.anchor == "event"


def test_the_next_day_follows_the_previous_date():
    t = one("Rebels entered the city on 10 May 2014 and left the next day.", "the next day")
    assert (t.value, t.anchor) == ("2014-05-11", "event")


def test_approximate_ago():
    t = one("the massacre of Armenians nearly a century ago", "nearly a century ago")
    assert t.value.startswith("19") and t.approximate is True
    t = one("They left about two years ago.", "about two years ago")
    assert t.value == "2021" and t.approximate is True


def test_without_publication_date_relative_values_stay_unresolved():
    got = values("Today and yesterday, 6 years ago, on Friday, in April.", published=None)
    assert got["Today"] == "PRESENT_REF"
    assert got["yesterday"] == "XXXX-XX-XX"
    assert got["6 years ago"] == "XXXX"
    assert got["Friday"] == "XXXX-WXX-5"
    assert got["April"] == "XXXX-04"


def test_financial_quarter_relative():
    assert one("Net income rose in the quarter, the company said.", "the quarter").value == "2023-Q1"


def test_weekday_anchored_on_the_previous_date_and_before_numbers():
    t = one("Rebels left on 3 May 2015; the following Monday they returned.", "the following Monday")
    assert (t.value, t.anchor) == ("2015-05-04", "event")
    assert one("The index fell 6.43 on Friday, to 437.68.", "Friday").value == "2023-04-21"


def test_overnight_and_within_the_current_year():
    assert one("Shelling overnight killed two.", "overnight").value == "2023-04-24TNI"
    assert one("Earlier in the year, prices rose.", "Earlier in the year").value == "2023"
    assert one("Troops will leave by year-end.", "year-end").value == "2023"


def test_the_year_ended_is_a_year_long_period():
    t = one("The unit had revenue of $76 million for the year ended March 31.", "the year")
    assert (t.value, t.type) == ("P1Y", "DURATION")
    t = one("Sales fell in the fiscal year ending June 30, 2024.", "the fiscal year")
    assert (t.value, t.type) == ("P1Y", "DURATION")


def test_for_the_year_in_financial_news_is_the_publication_year():
    assert one("Net income for the year rose 5% to $2 million.", "the year").value == "2023"
    assert one("The stock hit a high for the year of $42 a share.", "the year").value == "2023"
    # no money, no year; and a subject "the year ended …" is no period
    assert "the year" not in values("He stayed for the year, then left.")
    assert "The year" not in values("The year ended badly for the rebels.")


def test_the_quarter_ended_is_the_quarter_of_its_middle_month():
    text = "The company lost $92 million for the quarter ended Sept. 30, and sales fell."
    assert one(text, "the quarter", "2023-11-01").value == "2023-Q3"
    text = "In the quarter ended July 31, the retailer had revenue of $5 million."
    assert one(text, "the quarter", "2023-10-30").value == "2023-Q2"
    text = "In the quarter ended Jan. 31, profit rose to $5 million."
    assert one(text, "the quarter", "2023-03-15").value == "2022-Q4"


def test_evening_and_afternoon_after_a_weekday_keep_the_part_of_day():
    t = one("Rebels shelled the town on Sunday evening.", "Sunday evening")
    assert (t.value, t.type) == ("2023-04-23TEV", "TIME")
    assert one("The talks resumed Monday afternoon.", "Monday afternoon").value == "2023-04-24TAF"
    # "night" and "morning" stay at the day, as TimeBank mostly annotates them
    assert one("Gunmen attacked a checkpoint on Sunday night.", "Sunday night").value == "2023-04-23"


def test_clock_time_takes_the_weekday_after_a_parenthesis():
    # 2023-04-25 is a Tuesday
    found = values("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, witnesses said.")
    assert found["10:35 a.m."] == "2023-04-21T10:35"
    assert found["Friday"] == "2023-04-21"


def test_year_ago_quarters():
    text = "Net rose 5% from the year-ago third quarter."
    assert one(text, "the year-ago third quarter", "2023-10-26").value == "2022-Q3"
    # the quarter just named is already the year-ago one: it is not pushed back again
    text = ("Profit fell in the third quarter. In the 2022 period, it earned $5 million. "
            "The year-ago results included a gain.")
    assert one(text, "The year-ago", "2023-10-26").value == "2022-Q3"


def test_the_period_in_a_sentence_with_money_is_the_reported_quarter():
    text = "In the 2022 period, the company earned $20.6 million, or 26 cents a share."
    assert one(text, "the 2022 period", "2023-10-26").value == "2022-Q3"
    assert "the latest period" not in values("In the latest period of his life he painted.")
