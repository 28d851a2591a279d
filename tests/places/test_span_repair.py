"""Span repair of recognised names the gazetteer does not know (``places.trim``): "City of X"
is X, a modifier or a second place joined by a hyphen is dropped, a name made of a place and
more words is the place unless the words make a feature of its own; a name spaCy split is grown
back whole; a name after a title is a person's. The spaCy tags are set by hand."""
from __future__ import annotations

import pytest

from claimline.places.index import get_index
from claimline.places.recognise import recognise
from tests.places.test_reclassify import _doc


def _mentions(nlp, text, tagged):
    return [(m.text, m.head) for m in recognise(text, _doc(nlp, text, tagged), get_index())]


def _names(nlp, text, tagged):
    return [t for t, _ in _mentions(nlp, text, tagged)]


@pytest.mark.parametrize("text, entity, want", [
    ("Does the City of Norfolk need a brand?", "City of Norfolk", "Norfolk"),
    ("A burden on the citizens of the Province of Ontario, he said.", "Province of Ontario",
     "Ontario"),
    ("The State of Illinois' Web site defines it.", "State of Illinois", "Illinois"),
])
def test_a_unit_of_a_place_is_that_place(nlp, text, entity, want):
    assert want in _names(nlp, text, [(entity, "GPE")])


@pytest.mark.parametrize("text, entity, want", [
    ("Darby Street in Historic Dublin will be renamed.", "Historic Dublin", "Dublin"),
    ("Records of Metro Nashville police show it.", "Metro Nashville", "Nashville"),
])
def test_a_modifier_before_a_place_is_not_part_of_its_name(nlp, text, entity, want):
    assert want in _names(nlp, text, [(entity, "GPE")])


def test_two_places_joined_by_a_hyphen_give_the_first(nlp):
    text = "The Paris-Henry County Rescue Squad sent a letter."
    # the county word is Henry's: Paris is read as the town, without it
    assert ("Paris", None) in _mentions(nlp, text, [("Paris-Henry", "GPE")])


@pytest.mark.parametrize("name", ["Al-Boulil", "Ash-Shaddadi"])
def test_an_article_joined_by_a_hyphen_is_no_place(nlp, name):
    # "Al" is a town in Norway and "Ash" one in England: an Arabic article is neither
    got = _names(nlp, f"Clashes were reported in {name} on Monday.", [(name, "GPE")])
    assert not {"Al", "Ash"} & set(got)


@pytest.mark.parametrize("text, tagged, want", [
    # the place is named on its own elsewhere in the text
    ("Dublin, Ohio, gave grants. The Dublin Singers received one.",
     [("Dublin", "GPE"), ("Ohio", "GPE"), ("Dublin Singers", "FAC")], "Dublin"),
    # or it is a big city
    ("He bought the inventory of Newark Live Bait last year.", [("Newark Live Bait", "FAC")],
     "Newark"),
])
def test_a_name_made_of_a_place_and_more_words_is_the_place(nlp, text, tagged, want):
    got = _mentions(nlp, text, tagged)
    assert (want, None) in got
    assert len([t for t, _ in got if want in t]) == len(
        [s for s, _ in tagged if want in s])  # one mention per span, each cut to the place


@pytest.mark.parametrize("text, entity, label, not_wanted", [
    # street and water words make a feature of its own
    ("Traffic on Washington Avenue was slow.", "Washington Avenue", "FAC", "Washington"),
    ("Salmon returned to the Sacramento River.", "Sacramento River", "LOC", "Sacramento"),
    # a small place the text does not name elsewhere: a brand, not the place
    ("He was dropped at the Best Western DeKalb Inn & Suites.", "Best Western DeKalb Inn",
     "FAC", "Best"),
    # another big place follows: which one is meant is not clear
    ("The team from St. Joseph London finished second.", "St. Joseph London", "ORG",
     "St. Joseph"),
])
def test_a_feature_named_after_a_place_is_not_cut_to_the_place(nlp, text, entity, label,
                                                              not_wanted):
    assert not_wanted not in _names(nlp, text, [(entity, label)])


def test_a_region_of_a_state_written_as_its_abbreviation(nlp):
    text = "Western Mass. stargazers will celebrate on Saturday."
    assert ("Mass.", "region") in _mentions(nlp, text, [("Western Mass.", "GPE")])


@pytest.mark.parametrize("text, tagged, want", [
    ("Marriott, 52, of Gun Barrel City, was found guilty.",
     [("Gun", "GPE"), ("Barrel City", "GPE")], "Gun Barrel City"),
    ("ST. JOHN'S, N.L. - The 17 victims were named.", [("ST", "GPE"), ("JOHN'S", "PERSON")],
     "ST. JOHN'S"),
])
def test_a_name_spacy_split_is_grown_back_whole(nlp, text, tagged, want):
    got = _names(nlp, text, tagged)
    assert want in got and want.split()[0].rstrip(".") not in got


@pytest.mark.parametrize("title", ["coach", "Sen.", "Dr.", "Judge"])
def test_a_name_after_a_title_is_a_person(nlp, title):
    text = f'"They answered," said {title} Ripley. Later {title} Ripley left.'
    assert "Ripley" not in _names(nlp, text, [("Ripley", "GPE"), ("Ripley", "GPE")])


def test_the_same_name_without_a_title_stays_a_place(nlp):
    text = "The fair in Ripley opened on Friday."
    assert "Ripley" in _names(nlp, text, [("Ripley", "GPE")])


def test_the_white_house_is_not_a_place_to_geocode(nlp):
    text = "He was invited to a White House prayer breakfast in Oregon."
    got = _names(nlp, text, [("White House", "FAC"), ("Oregon", "GPE")])
    assert "White House" not in got and "Oregon" in got


@pytest.mark.parametrize("text, tagged, not_wanted", [
    ("Records list addresses for Wichita Street in Dublin.", [("Wichita", "GPE")], "Wichita"),
    ("It will be renamed from Darby to North Street soon.", [("North Street", "LOC")],
     "Street"),
])
def test_a_street_named_after_a_place_is_not_the_place(nlp, text, tagged, not_wanted):
    assert not_wanted not in _names(nlp, text, tagged)


@pytest.mark.parametrize("text, tagged, want", [
    # route, patrol and court names after a state or county keep the place
    ("The Florida Highway Patrol closed the road.", [("Florida", "GPE")], "Florida"),
    ("Garnes appeared in Meigs County Court on Friday.", [("Meigs County", "GPE")],
     "Meigs County"),
])
def test_a_place_before_a_route_or_court_word_stays(nlp, text, tagged, want):
    assert want in _names(nlp, text, tagged)


def test_a_body_of_a_city_alias_is_the_citys(nlp):
    # "San Fernando City" is only another name of the Philippine city: the council is San
    # Fernando's, whichever San Fernando the context picks
    text = "San Fernando City Councilwoman Nury Martinez backed the plan."
    got = _mentions(nlp, text, [("Nury Martinez", "PERSON")])
    assert ("San Fernando", None) in got and "San Fernando City" not in [t for t, _ in got]


def test_city_alone_left_of_a_facility_word_is_no_place(nlp):
    # "City" is an alternate name of many places (City of London ...): "City Hall" is none
    text = "The council meets at City Hall, 1200 E. Broad St., in Mansfield."
    got = _names(nlp, text, [("City Hall", "FAC"), ("Mansfield", "GPE")])
    assert "City" not in got and "Mansfield" in got


def test_a_determiner_before_a_cue_word_is_no_name(nlp):
    text = "The district now has 457 employees."
    assert _names(nlp, text, []) == []


def test_the_surname_of_a_person_named_in_full_is_the_person(nlp):
    text = "Mary Welch, 17, died on Monday. Police said Welch went to a residence in Kansas."
    got = _names(nlp, text, [("Mary Welch", "PERSON"), ("Welch", "GPE"), ("Kansas", "GPE")])
    assert "Welch" not in got and "Kansas" in got


def test_a_place_in_a_person_tagged_span_with_a_noun_stays_a_place(nlp):
    # spaCy's PERSON span "Flemington Elks" holds the town as its first word, not a surname
    text = "The dinner is at the lodge in Flemington. The Flemington Elks host it."
    got = _names(nlp, text, [("Flemington", "GPE"), ("Flemington Elks", "PERSON")])
    assert "Flemington" in got


@pytest.mark.parametrize("text, tagged, want", [
    ("Victims in Friday's Darke County fatal accident identified.", [("Friday's Darke", "ORG")],
     "Darke County"),
    ("The 2008-09 Leadership Henry County class toured the library.",
     [("Leadership Henry", "ORG")], "Henry County"),
    ("The car was stolen from Decatur McLean County Coroner Beth Kimmerling.",
     [("Decatur McLean County", "ORG")], "McLean County"),
])
def test_the_county_is_named_by_the_last_words_before_county(nlp, text, tagged, want):
    assert want in _names(nlp, text, tagged)
