"""Place names spaCy tags PERSON or ORG, read as places where the text writes them as places
(recognition, ``places.recognise._reclassify``). The spaCy tags are set by hand so the tests do
not depend on the model's mood."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimline.places.index import get_index
from claimline.places.recognise import recognise


def _doc(nlp, text, tagged):
    """A Doc of ``text`` whose entities are ``tagged`` [(surface, label)], in text order."""
    doc = nlp.make_doc(text)
    spans, pos = [], 0
    for surface, label in tagged:
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, pos, label=label))
    doc.ents = spans
    return doc


def _places(nlp, text, tagged):
    return [m.text for m in recognise(text, _doc(nlp, text, tagged), get_index())]


@pytest.mark.parametrize("text, name, label", [
    ("Volunteers from Glen Allen cleared the road on Sunday.", "Glen Allen", "PERSON"),
    ("The plant in Frankston closed last year.", "Frankston", "ORG"),
    ("He moved to Sioux Falls, S.D., last spring.", "Sioux Falls", "PERSON"),
    ("The vote in Laconia was close.", "Laconia", "PERSON"),
])
def test_a_place_name_in_a_place_context_is_a_place_whatever_its_tag(nlp, text, name, label):
    assert name in _places(nlp, text, [(name, label)])


@pytest.mark.parametrize("text, tagged, name", [
    # no locative word, no state after it
    ("Frankston said the budget was fine.", [("Frankston", "PERSON")], "Frankston"),
    # the name goes on: a longer name or a possessive
    ("The meeting in Laconia's office ran late.", [("Laconia", "ORG")], "Laconia"),
    ("Staff at Glen Allen Elementary met.", [("Glen Allen", "ORG")], "Glen Allen"),
    # a word of a person's full name elsewhere in the text
    ("Sen. John Kent spoke. Reporters waited outside Kent for hours.",
     [("John Kent", "PERSON"), ("Kent", "PERSON")], "Kent"),
    # only an alternate (foreign) name of a place
    ("Rockets were fired from Hamas positions.", [("Hamas", "ORG")], "Hamas"),
    # an organisation with the article
    ("A statement from the White House followed.", [("the White House", "ORG")], "White House"),
])
def test_people_and_bodies_stay_out(nlp, text, tagged, name):
    assert name not in _places(nlp, text, tagged)


def test_a_name_after_the_article_is_left_to_spacy(nlp):
    # "the X <noun>" mostly makes X a modifier ("the Assads administration"); the rare place
    # ("in the Duma neighbourhood") is left to spaCy and the cue patterns
    text = "Russia backed up denials from the Assads administration on Monday."
    assert "Assads" not in _places(nlp, text, [("Assads", "ORG")])


def test_a_surname_of_the_text_is_not_propagated(nlp):
    # one sense per discourse spreads a place name to its other occurrences, but not a word
    # of a person's full name named in the text
    text = "Mayor David Hopkins spoke in Hopkins on Monday, and Hopkins said taxes fell."
    doc = _doc(nlp, text, [("David Hopkins", "PERSON"), ("Hopkins", "GPE")])
    got = [(m.start, m.text) for m in recognise(text, doc, get_index())]
    assert (text.index("Hopkins said"), "Hopkins") not in got


def test_a_place_name_is_still_propagated(nlp):
    text = "A fire broke out in Gainesville, Ga. on Monday, and Gainesville Police said it was out."
    doc = _doc(nlp, text, [("Gainesville", "GPE")])
    got = [(m.start, m.text) for m in recognise(text, doc, get_index())]
    assert (text.index("Gainesville Police"), "Gainesville") in got


@pytest.mark.parametrize("text, name, label", [
    ("Alexandria woman charged in connection with fire.", "Alexandria", "PERSON"),
    ("Winona police closed the bridge on Monday.", "Winona", "ORG"),
    ("Two Alexandria residents helped.", "Alexandria", "PERSON"),
])
def test_a_noun_of_a_places_people_or_officials_after_it_makes_it_a_place(nlp, text, name,
                                                                         label):
    assert name in _places(nlp, text, [(name, label)])


def test_a_capitalised_word_after_the_name_is_no_such_noun(nlp):
    text = "Winona Ryder starred in the film."
    assert "Winona" not in _places(nlp, text, [("Winona Ryder", "PERSON")])


@pytest.mark.parametrize("text", [
    "Flying Tiger bids Gainesville goodbye.",
    "A Gainesville restaurant was robbed by an armed man on Monday.",
    "Gainesville Mayor Myrtle Figueras would not comment.",
])
def test_a_big_citys_name_tagged_person_alone_is_a_place(nlp, text):
    # spaCy's small model tags lone city names PERSON
    assert "Gainesville" in _places(nlp, text, [("Gainesville", "PERSON")])


@pytest.mark.parametrize("text, tagged, name", [
    # a common personal name (1990 US Census lists): as often a person
    ("Madison said the budget was fine.", [("Madison", "PERSON")], "Madison"),
    ("Warren thanked the volunteers.", [("Warren", "PERSON")], "Warren"),
    # a word of a person's full name in the text
    ("Tom Gainesville arrived late. Gainesville said he was sorry.",
     [("Tom Gainesville", "PERSON"), ("Gainesville", "PERSON")], "Gainesville"),
    # after a title
    ("Officer Gainesville wrote the report.", [("Gainesville", "PERSON")], "Gainesville"),
    # a name of no big or curated place
    ("Frankston said the budget was fine.", [("Frankston", "PERSON")], "Frankston"),
])
def test_a_lone_person_tag_stays_where_a_person_is_likely(nlp, text, tagged, name):
    assert name not in _places(nlp, text, tagged)


def test_common_personal_names_ship_with_the_package():
    from claimline.places.gazetteer import person_names
    names = person_names()
    assert {"Madison", "Warren", "Kent", "Jackson", "Smith", "Mary"} <= names
    assert not {"Gainesville", "Albuquerque", "Tbilisi", "Damascus"} & names
