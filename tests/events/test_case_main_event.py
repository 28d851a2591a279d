"""CASE 2021 main-event choice and the naming of snippets with no conflict event (no shared
data needed: the snippets here are made up)."""
import pytest

from claimline.evaluate.case2021 import main_label, no_event_label
from claimline.nlp import load_nlp
from tests.conftest import run_stages


def label(text):
    rec = run_stages(text, ["time", "actors", "places", "events"], published="2020-01-01")
    return main_label(rec, load_nlp()(rec.document.text))


@pytest.mark.parametrize("text, expected", [
    # the main clause's event, not the one in a clause of time
    ("A day after police arrested dozens of students, gunmen abducted two journalists.",
     "ABDUCT_DISSAP"),
    # a clause of time under a casualty verb is how the casualties came about
    ("Four people were killed after security forces opened fire on protesters.",
     "FORCE_AGAINST_PROTEST"),
    ("Rebels captured the town amid heavy fighting with the army.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_main_clause_event_is_the_main_event(text, expected):
    assert label(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A strong earthquake shook the region overnight, damaging hundreds of houses.",
     "NATURAL_DISASTER"),
    ("Two people died in a collision between a bus and a lorry on the motorway.",
     "MAN_MADE_DISASTER"),
    ("The central bank kept interest rates unchanged on Thursday.", "OTHER"),
])
def test_snippets_without_a_conflict_event_are_named_by_their_cues(text, expected):
    assert label(text) == expected


def test_no_event_label_without_a_parse_and_first_cue_wins():
    assert no_event_label("Dozens died of alcohol poisoning during the pandemic.") == \
        "MAN_MADE_DISASTER"
    assert no_event_label("Floods followed the storm.") == "NATURAL_DISASTER"
    assert no_event_label("") == "OTHER"


def test_a_bare_attack_takes_the_weapon_named_later():
    assert label("Police posts were hit by attacks on Monday night. The attacks were carried "
                 "out with hand grenades, officials said.") == "GRENADE"


def test_chemical_weapons_take_precedence():
    assert label("Rebels fired shells into the town on Tuesday. Doctors said the shells "
                 "contained chlorine gas.") == "CHEM_WEAP"


def test_a_denied_attack_with_blame_words_is_an_attribution():
    assert label("The ministry rejected allegations that its jets bombed the market.") == \
        "ATTRIB"
    assert label("Government jets bombed the market on Monday.") == "AIR_STRIKE"


def test_displacement_as_main_predicate_is_no_conflict_event():
    assert label("Thousands of villagers have fled their homes because of militant attacks, "
                 "the agency said.") == "OTHER"
    assert label("Militants attacked the village, killing four people.") == "ATTACK"


def test_crime_without_a_conflict_event_and_criminal_arrests_are_organised_crime():
    assert label("Customs officers confiscated 40 tons of counterfeit cigarettes at the port.") \
        == "ORG_CRIME"
    assert label("Police arrested ten people and recovered counterfeit banknotes.") == \
        "ORG_CRIME"
    assert label("Police arrested ten opposition activists in the capital.") == "ARREST"
