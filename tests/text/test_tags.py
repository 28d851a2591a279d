"""Keyword lists ("Tags Aleppo Syria airstrikes Russia") are page chrome: dropped whether they
stand on a line of their own or between two sentences of text whose line breaks were lost."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from claimline.text import clean_text
from claimline.text.tags import drop_tag_lists


def test_a_tag_line_is_dropped_with_its_line():
    text = "Shelling hit the town on Sunday.\nTags: Syria, Aleppo, shelling\nThe army denied it."
    assert clean_text(text) == "Shelling hit the town on Sunday.\nThe army denied it."
    assert clean_text("Shelling hit the town.\n\nTags: Syria, Aleppo") == "Shelling hit the town."


def test_inline_list_ends_at_a_capitalised_function_word():
    text = ("Jets struck a market on Friday. Tags Syria Free Syrian Army opposition groups Idlib "
            "The brigade announced on Monday that it had killed six fighters.")
    assert drop_tag_lists(text) == ("Jets struck a market on Friday. The brigade announced on "
                                    "Monday that it had killed six fighters.")


def test_inline_list_ends_where_the_sentence_before_a_function_word_opens():
    text = ("Raids hit a market on Friday. Tags Aleppo civil defence UN airstrikes Russia "
            "Airstrikes in opposition areas killed 18 people.")
    assert drop_tag_lists(text) == ("Raids hit a market on Friday. Airstrikes in opposition "
                                    "areas killed 18 people.")
    text = "He left. Tags Madaya siege women \"Three women from the town were killed."
    assert drop_tag_lists(text) == "He left. \"Three women from the town were killed."
    assert drop_tag_lists("He left. Tags Aleppo 16 people were killed.") == \
        "He left. 16 people were killed."


def test_a_list_closed_by_a_full_stop_keeps_the_stop():
    text = "a monitoring group said Tags Nusra Front Aleppo Syria war. A suicide bomber struck."
    assert drop_tag_lists(text) == "a monitoring group said. A suicide bomber struck."


def test_prose_that_uses_the_word_stays():
    for text in ("Price Tags are rising in the city.", "Name Tags Ltd was fined on Monday.",
                 "The group said Tags were sold.", "Keywords matter, he said.",
                 "Tags The end."):
        assert drop_tag_lists(text) == text


def test_a_run_too_long_for_a_list_stays():
    text = "Tags " + " ".join(["Aleppo"] * 40) + " The army said."
    assert drop_tag_lists(text) == text


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Tags Aleppo the in. :\n\"Ab1")), max_size=120))
def test_dropping_lists_only_removes_text(text):
    out = drop_tag_lists(text)
    assert _subsequence(out.replace(" ", ""), text.replace(" ", ""))
    assert "\n\n\n" not in out or "\n\n\n" in text
