"""Datelines: a place name in capitals opening the story is a toponym."""
from __future__ import annotations

from claimline.places.index import get_index
from claimline.places.recognise import recognise


def _found(nlp, text):
    return {text[m.start:m.end]: m for m in recognise(text, nlp(text), get_index())}


def test_dateline_after_a_headline_is_recognised(nlp):
    text = "Council approves budget. TORRINGTON — The City Council voted on Monday."
    assert "TORRINGTON" in _found(nlp, text)


def test_dateline_with_state_and_agency_reads_the_state(nlp):
    text = "COLUMBUS, Ohio (AP) — Gov. Ted Strickland signed the bill on Tuesday."
    found = _found(nlp, text)
    assert "COLUMBUS" in found and found["COLUMBUS"].state == "Ohio"


def test_agency_dateline_of_a_foreign_capital(nlp):
    text = "BEIRUT (Reuters) - Shelling killed three people in Idlib on Sunday."
    assert "BEIRUT" in _found(nlp, text)


def test_capitals_that_are_no_place_are_not_a_dateline(nlp):
    text = "Budget passes. NOTICE — The meeting was moved to Friday."
    assert not any(m.source == "dateline" for m in _found(nlp, text).values())


def test_capitals_mid_sentence_before_a_dash_are_not_a_dateline(nlp):
    text = "The team beat ATLANTA - and then lost twice."
    assert not any(m.source == "dateline" for m in _found(nlp, text).values())


def test_dateline_with_a_colon(nlp):
    # The Daily Star's form: "BEIRUT: Unknown assailants removed the doors ..."
    text = "Vandals desecrate graves near Jbeil church. BEIRUT: Unknown assailants struck."
    assert found_dateline(nlp, text) == "BEIRUT"


def test_a_colon_needs_a_space_after_it(nlp):
    text = "Scores: LONDON:3 and then PARIS:2 in the final."
    assert found_dateline(nlp, text) is None


def found_dateline(nlp, text):
    lines = [m for m in recognise(text, nlp(text), get_index()) if m.source == "dateline"]
    return lines[0].text if lines else None
