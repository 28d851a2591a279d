"""Names with lower-case Arabic article particles ("Deir ez-Zor", "Jisr ash-Shughur") are read
whole by the gazetteer scan, not cut at the particle."""
from __future__ import annotations

import pytest

from claimline.places.index import get_index
from claimline.places.recognise import _CAPITALISED_RUN, recognise


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Jisr ash-Shughur", "Ras al-Ayn",
                                  "Maarat an-Numan", "Tell es-Sultan", "Bab al-Hawa"])
def test_a_capitalised_run_keeps_the_article_particle(name):
    text = f"Shelling hit {name} on Monday."
    assert any(m.group().startswith(name) for m in _CAPITALISED_RUN.finditer(text))


def test_a_particle_between_lower_case_words_starts_no_run():
    text = "They met at dawn."
    assert [m.group() for m in _CAPITALISED_RUN.finditer(text)] == ["They"]


def test_deir_ez_zor_is_recognised_whole_and_in_syria(nlp):
    text = "Air strikes hit Deir ez-Zor on Monday, killing 5 civilians."
    mentions = recognise(text, nlp(text), get_index())
    assert [text[m.start:m.end] for m in mentions] == ["Deir ez-Zor"]
