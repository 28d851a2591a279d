"""One sense per discourse in recognition: a name read as a place once is a place elsewhere too."""
from __future__ import annotations

from claimline.places.index import get_index
from claimline.places.recognise import recognise


def _spans(nlp, text, name):
    found = recognise(text, nlp(text), get_index())
    return [text[m.start:m.end] for m in found if text[m.start:m.end] == name], found


def test_place_name_inside_an_organisation_is_found_once_the_text_names_the_place(nlp):
    text = ("Heavy rain flooded streets in Gainesville, Ga., on Monday. A spokesman for "
            "Gainesville Police said two roads stayed closed.")
    got, found = _spans(nlp, text, "Gainesville")
    assert len(got) == 2


def test_a_place_name_inside_a_person_name_is_not_propagated(nlp):
    text = ("Lawmakers met in Washington on Monday. The statue of George Washington was "
            "cleaned.")
    found = recognise(text, nlp(text), get_index())
    starts = {m.start for m in found}
    assert text.index("Washington") in starts
    assert text.index("George Washington") + len("George ") not in starts


def test_a_place_name_opening_a_longer_name_is_not_propagated(nlp):
    text = "Talks were held in Paris on Monday. Paris Hilton was not there."
    found = recognise(text, nlp(text), get_index())
    assert text.rindex("Paris") not in {m.start for m in found}


def test_organisation_named_like_a_foreign_alternate_name_of_a_city_is_not_a_place():
    from claimline.places.mention import _prominent

    index = get_index()
    assert _prominent(index, "Hamas") is False        # an alternate name of Hamm
    assert _prominent(index, "White House") is False  # a translation of Casablanca
    assert _prominent(index, "Aleppo") and _prominent(index, "Syria")
