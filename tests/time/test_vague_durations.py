"""Durations stay durations, sets are sets, and vague references are vague."""
import pytest

from claimline.time import time_expressions

from .helpers import one, values


@pytest.mark.parametrize("text,phrase,value", [
    ("He spent five years in prison.", "five years", "P5Y"),
    ("over the past two months", "the past two months", "P2M"),
    ("a 16-hour curfew", "16-hour", "PT16H"),
    ("for several years", "several years", "PXY"),
    ("the siege lasted 2 1/2 years", "2 1/2 years", "P2Y6M"),
    ("fighting for decades", "decades", "PXY"),
    ("for three decades", "three decades", "P30Y"),
    ("losses in the past two quarters", "the past two quarters", "P2Q"),
    ("for several quarters", "several quarters", "PXQ"),
])
def test_durations(text, phrase, value):
    t = one(text, phrase)
    assert (t.value, t.type) == (value, "DURATION")


@pytest.mark.parametrize("text,phrase,value", [
    ("Patrols run every day.", "every day", "P1D"),
    ("The council meets weekly.", "weekly", "P1W"),
    ("twice a year", "a year", "P1Y"),
    ("Markets open every Friday.", "every Friday", "XXXX-WXX-5"),
])
def test_sets(text, phrase, value):
    t = one(text, phrase)
    assert (t.value, t.type) == (value, "SET")


@pytest.mark.parametrize("text,phrase,value", [
    ("liberated from ISIS during the past years.", "the past years", "PAST_REF"),
    ("The group is now in control.", "now", "PRESENT_REF"),
    ("Attacks recently increased.", "recently", "PAST_REF"),
    ("in the future we will rebuild", "the future", "FUTURE_REF"),
    ("prices may rise in the near term", "the near term", "FUTURE_REF"),
    ("Profit for the full year rose 5%.", "the full year", "2023"),
])
def test_vague_references(text, phrase, value):
    assert one(text, phrase).value == value


def test_ages_and_modal_future_are_not_times():
    got = values("A 6-year-old boy and a 70 years old man hope for a future for our people.")
    assert got == {}


def test_approximators_are_part_of_the_extent_and_mark_inexact_values():
    t = one("The war lasted nearly eight years.", "nearly eight years")
    assert t.approximate is True and t.value == "P8Y"


def test_spans_point_into_the_text():
    text = "On Friday, 25 April 2017, and two days later."
    for t in time_expressions(text, "2023-04-25"):
        assert text[t.span[0]:t.span[1]] == t.text


def test_and_a_half_durations():
    assert values("The talks lasted a minute and a half.")["a minute and a half"] == "PT1M30S"
    assert values("He spent a year and a half in jail.")["a year and a half"] == "P1Y6M"
    assert values("The siege lasted two hours and a half.")["two hours and a half"] == "PT2H30M"


def test_ordinal_second_and_titles_are_no_durations():
    assert "a second" not in values("Police found a second bomb near the gate.")
    assert "A second" not in values("A second group of rebels arrived.")
    assert values("The blast lasted a second or two.")["a second"] == "PT1S"
    assert "60 Minutes" not in values("He told 60 Minutes that he was innocent.")


def test_then_current_is_past():
    assert values("He met the then current president.")["current"] == "PAST_REF"
    assert values("He met the current president.")["current"] == "PRESENT_REF"
