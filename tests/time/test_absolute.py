"""Calendar expressions: full dates, month/year, years, decades, centuries, quarters, holidays."""
import pytest

from .helpers import one, values


@pytest.mark.parametrize("text,phrase,value", [
    ("The strike happened on 25 April 2017 near Derik.", "25 April 2017", "2017-04-25"),
    ("It was April 25, 2017.", "April 25, 2017", "2017-04-25"),
    ("Published 2017-04-25 by the agency.", "2017-04-25", "2017-04-25"),
    ("On Tuesday, April 25th, 2017 they met.", "Tuesday, April 25th, 2017", "2017-04-25"),
    ("the 3rd of March 2012", "the 3rd of March 2012", "2012-03-03"),
    ("dated 25/04/2017 in the report", "25/04/2017", "2017-04-25"),
    ("in August 1988 the war ended", "August 1988", "1988-08"),
    ("since mid-2016 the front moved", "mid-2016", "2016"),
    ("in 2011 protests began", "2011", "2011"),
    ("during the 1990s", "the 1990s", "199X"),
    ("in the 19th century", "the 19th century", "18"),
    ("profits in the third quarter of 2019", "the third quarter of 2019", "2019-Q3"),
    ("speaking on Christmas Day 2016", "Christmas Day 2016", "2016-12-25"),
    ("in nineteen ninety-six", "nineteen ninety-six", "1996"),
])
def test_explicit_dates_keep_their_true_granularity(text, phrase, value):
    assert one(text, phrase).value == value
    assert one(text, phrase).anchor == "absolute"


def test_month_day_without_year_takes_the_nearest_year_on_the_tense_side():
    # published 2023-04-25: a past "Sept. 30" is last year's, a near one this year's
    assert one("The talks collapsed on Sept. 30.", "Sept. 30").value == "2022-09-30"
    assert one("The vote will be held on April 30.", "April 30").value == "2023-04-30"
    assert one("Elections are due in June.", "June").value == "2023-06"


def test_month_day_without_year_is_anchored_on_publication():
    assert one("They met on March 3.", "March 3").anchor == "published"


@pytest.mark.parametrize("text", [
    "Today marks the 6th anniversary of the attack.",
    "2000 people fled the town.",
    "He may go there. May God help them.",
    "The rally drew 1500 supporters.",
    "the march on the capital",
    "Room 2017 was searched; it costs $1999.",
])
def test_guards_against_false_dates(text):
    tagged = values(text)
    assert not any(v[:4].isdigit() and v[:4] in text for v in tagged.values() if v[:1] != "P"), tagged
    assert "the 6th" not in tagged and "6th" not in tagged


def test_bare_year_after_preposition_and_in_running_text():
    assert values("Turkey attacked in 1915 and again in 2017.") == {"1915": "1915", "2017": "2017"}


@pytest.mark.parametrize("text,phrase,value", [
    ("He left in the summer of 1994.", "the summer of 1994", "1994-SU"),
    ("Fighting resumed in spring 2017.", "spring 2017", "2017-SP"),
    ("Sales rose in the last half of 1989.", "the last half of 1989", "1989-H2"),
    ("It was the worst in the last quarter of 2016.", "the last quarter of 2016", "2016-Q4"),
    ("in the winter of nineteen ninety-four", "the winter of nineteen ninety-four", "1994-WI"),
    ("since January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01"),
])
def test_seasons_and_halves_with_a_year(text, phrase, value):
    assert one(text, phrase).value == value


def test_bare_season_takes_the_publication_year_unless_the_tense_says_otherwise():
    # published 2023-11-02: this winter starts in December, a past one was last year's
    assert one("Talks resumed in the early summer.", "the early summer", "2023-11-02").value \
        == "2023-SU"
    assert one("The offensive started during the winter.", "the winter", "2023-11-02").value \
        == "2022-WI"


@pytest.mark.parametrize("text", [
    "The fall of Aleppo changed the war.",
    "Protests of the Arab Spring spread.",
    "Prices fell in the summer of discontent.",
    "Last quarter sales rose.",
])
def test_what_is_not_a_season_or_a_half(text):
    got = values(text)
    assert not any(v.endswith(("-FA", "-SP", "-SU", "-WI", "-Q4", "-H2")) for v in got.values()), got


def test_the_following_month_counts_from_a_month_named_before():
    got = values("The firm received an offer in March. The following month it agreed.", "1989-10-27")
    assert got["The following month"] == "1989-04"


def test_the_week_of_a_date_is_its_iso_week():
    assert one("Talks are planned for the week of March 6.", "the week of March 6",
               "2023-02-24").value == "2023-W10"
    assert one("Fighting eased in the week of Jan. 2, 2017.", "the week of Jan. 2, 2017").value \
        == "2017-W01"
