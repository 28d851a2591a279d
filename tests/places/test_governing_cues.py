"""Place mentions that cannot be an event's site: speakers, seats, comparisons, org names."""
from __future__ import annotations

import pytest

from claimline.places.governing import event_place
from claimline.places.governing_cues import not_a_site
from claimline.record import Document, Place, Record


def _at(text: str, word: str) -> tuple:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize("text, word, why", [
    ("Strikes hit Idlib, the London-based Syrian Observatory said.", "London", "seat"),
    ("Strikes hit Idlib, the UK -based monitor said.", "UK", "seat"),
    ("The agency based in The Hague will examine the reports.", "The Hague", "seat"),
    ("It was the deadliest gas attack since Halabja.", "Halabja", "comparison"),
    ("The toll was higher than in Srebrenica.", "Srebrenica", "comparison"),
    ("Two U.N. envoys went to Damascus last week.", "Damascus", "destination"),
    ("The minister said so on a visit to Paris.", "Paris", "destination"),
    ("The disarmament chief arrived in Damascus on Saturday.", "Damascus", "destination"),
])
def test_text_cues_without_a_parse(text, word, why):
    assert not_a_site(text, None, _at(text, word)) == why


@pytest.mark.parametrize("text, word, why", [
    ("Washington condemned the chemical attack in Eastern Ghouta.", "Washington", "speaker"),
    ("Moscow and Beijing have vetoed resolutions on the strikes in Aleppo.", "Beijing",
     "speaker"),
    ("People were killed in bombing despite Damascus promises of a truce.", "Damascus",
     "speaker"),
    ("Ankara's position on the strikes in Afrin has not changed.", "Ankara", "speaker"),
    ("Students of Damascus University were among the dead.", "Damascus", "organisation"),
])
def test_parse_cues(nlp, text, word, why):
    assert not_a_site(text, nlp(text), _at(text, word)) == why


@pytest.mark.parametrize("text, word", [
    ("Air strikes hit Douma in Eastern Ghouta on Wednesday, killing 20.", "Douma"),
    ("Shelling killed 12 people in Aleppo, the monitor said.", "Aleppo"),
    ("Aleppo was shelled again, activists said.", "Aleppo"),
    ("Shells have hit Homs since Monday.", "Homs"),
])
def test_sites_stay_sites(nlp, text, word):
    assert not_a_site(text, nlp(text), _at(text, word)) is None
    assert not_a_site(text, None, _at(text, word)) is None


def _record(text: str, places: list[tuple[str, str, str]]) -> Record:
    return Record(document=Document(id="t", text=text), places=[
        Place(id=pid, name=word, feature=feature, lat=33.5, lon=36.4, country="SY",
              mentions=[_at(text, word)]) for pid, word, feature in places])


def test_a_speaking_capital_yields_to_the_region_attacked(nlp):
    text = "Washington condemned the chemical attack in Eastern Ghouta on Wednesday."
    rec = _record(text, [("P1", "Washington", "city"), ("P2", "Eastern Ghouta", "region")])
    assert event_place(rec, nlp(text), _at(text, "attack")) == "P2"


def test_a_comparison_yields_to_the_site():
    text = "It was the worst attack in Eastern Ghouta since Halabja."
    rec = _record(text, [("P1", "Halabja", "city"), ("P2", "Eastern Ghouta", "region")])
    assert event_place(rec, None, _at(text, "attack")) == "P2"


def test_an_organisation_seat_yields_to_the_province():
    text = "Strikes killed 12 in Idlib province, the London-based Syrian Observatory said."
    rec = _record(text, [("P1", "London", "city"), ("P2", "Idlib", "admin1")])
    assert event_place(rec, None, _at(text, "Strikes")) == "P2"


def test_a_visit_yields_to_the_attack_site():
    text = "Inspectors who went to Damascus will examine the attack in Eastern Ghouta."
    rec = _record(text, [("P1", "Damascus", "city"), ("P2", "Eastern Ghouta", "region")])
    assert event_place(rec, None, _at(text, "attack")) == "P2"


def test_only_a_speaker_in_sentence_and_paragraph_gives_none(nlp):
    text = "Moscow denied that strikes had killed anyone."
    rec = _record(text, [("P1", "Moscow", "city")])
    assert event_place(rec, nlp(text), _at(text, "strikes")) is None
