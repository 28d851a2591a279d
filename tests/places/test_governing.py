"""event_place: the most specific place governing an event span."""
from __future__ import annotations

from claimline.places.governing import event_place
from claimline.record import Document, Place, Record

TEXT = ("Turkish jets struck Mount Qarachokh in Derik district of Qamishlo Canton in NE Syria.\n"
        "Later that day, shelling hit the Raqqa countryside. Officials in Damascus said nothing.\n"
        "No place here: a statement was issued.")


def _span(s: str, nth: int = 0) -> tuple:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return i, i + len(s)


def _record() -> Record:
    places = [
        Place(id="P1", name="Karachok", feature="mountain", lat=37.08, lon=42.2,
              mentions=[_span("Qarachokh")]),
        Place(id="P2", name="Al Malikiyah", feature="city", lat=37.18, lon=42.14,
              mentions=[_span("Derik")]),
        Place(id="P3", name="Northeast Syria", feature="region", lat=36.6, lon=40.6,
              mentions=[_span("NE Syria")]),
        Place(id="P4", name="Ar Raqqah", feature="city", lat=35.95, lon=39.01,
              mentions=[_span("Raqqa")]),
        Place(id="P5", name="Damascus", feature="city", lat=33.5, lon=36.3,
              mentions=[_span("Damascus")]),
    ]
    return Record(document=Document(id="t", text=TEXT), places=places)


def test_mountain_beats_town_and_region_in_the_same_sentence():
    assert event_place(_record(), None, _span("struck")) == "P1"


def test_second_sentence_gets_its_own_place():
    assert event_place(_record(), None, _span("shelling")) == "P4"


def test_no_place_in_sentence_or_paragraph_gives_none():
    assert event_place(_record(), None, _span("issued")) is None


def test_without_places_none():
    rec = _record().model_copy(update={"places": []})
    assert event_place(rec, None, _span("struck")) is None


def test_with_spacy_sentences(nlp):
    rec = _record()
    assert event_place(rec, nlp(TEXT), _span("struck")) == "P1"
