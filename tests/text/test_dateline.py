"""Datelines at the start of a text give the publication date; other dates do not."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from claimline.text import dateline_date


@pytest.mark.parametrize("text,expected", [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use", "2017-04-05"),
    ("Fri 07 Apr 2017 at 0914 Regional NNA - Air raids hit", "2017-04-07"),
    ("Wednesday, April 5, 2017\nBEIRUT (Reuters) - ...", "2017-04-05"),
    ("Published July 4 2015 An explosion at a mosque", "2015-07-04"),
    ("Posted on April 19 2017 by Staff Six killed", "2017-04-19"),
    ("Date of publication 7 July 2016 Video More than 33", "2016-07-07"),
    ("Last updated at Apr 232017 An Israeli attack", "2017-04-23"),
    ("Published: 3 March 2020", "2020-03-03"),
    ("5th April, 2017 - Clashes", "2017-04-05"),
    ("2017-04-05 Clashes", "2017-04-05"),
    ("24.08.2013 Syrian state media accused", "2013-08-24"),
    ("07.07.2015Get short URL", "2015-07-07"),
    ("17-08-2013 17 Killed as", "2013-08-17"),
    ("  \n 4/23/2017 x", "2017-04-23"),
])
def test_datelines(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize("text", [
    "40 dead in clashes near Damascus on 5 April 2017",   # a date later in the line: event date
    "Air raids kill 11 civilians Monitor AFP Friday 15 Jul 2016",
    "3/4/2017 ambiguous day and month", "31 Feb 2017 impossible", "May 2017 no day",
    "Mayday 2017", "", "12 killed in 2017", "05 Apr 20171",
])
def test_not_datelines(text):
    assert dateline_date(text) is None


FORMATS = ["%a %d %b %Y", "%A, %B %d, %Y", "%d %B %Y", "%b %d %Y", "%Y-%m-%d", "%d.%m.%Y",
           "Published %B %d %Y", "Posted on %d %b %Y", "Date of publication %d %B %Y"]


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
       fmt=st.sampled_from(FORMATS), rest=st.text(max_size=40))
def test_formatted_dates_read_back(day, fmt, rest):
    assert dateline_date(day.strftime(fmt) + " " + rest) == day.isoformat()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text):
    value = dateline_date(text)
    assert value is None or dt.date.fromisoformat(value)
