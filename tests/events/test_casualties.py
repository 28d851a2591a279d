import pytest

from claimline.events.casualties import sentence_counts


def counts(nlp, text):
    return [(c.kind, c.best, c.civilian) for s in nlp(text).sents for c in sentence_counts(s)]


@pytest.mark.parametrize("text, want", [
    ("Today we recall 20 of our comrades who were martyred.", [("killed", 20, False)]),
    ("Militants attacked a checkpoint, killing 12 soldiers.", [("killed", 12, False)]),
    ("The death toll climbed to 66.", [("killed", 66, None)]),
    ("The airstrike killed 15 civilians and injured 30 others.",
     [("killed", 15, True), ("injured", 30, None)]),
    ("Eleven people were killed when a car bomb exploded.", [("killed", 11, True)]),
    ("Dozens of civilians were wounded.", [("injured", 12, True)]),
    ("Police arrested 649 people.", []),
])
def test_killed_injured_arrested_are_kept_apart(nlp, text, want):
    assert counts(nlp, text) == want


def test_and_a_half_belongs_to_the_figure(nlp):
    from claimline.events.casualties import sentence_counts
    doc = nlp("Air strikes killed a million and a half people.")
    tolls = [c.best for sent in doc.sents for c in sentence_counts(sent) if c.kind == "killed"]
    assert tolls == [1_500_000]


@pytest.mark.parametrize("text, civilians, fighters, total", [
    ("Three soldiers and two civilians were killed.", 2, 3, 5),
    ("An air strike on a training camp killed 17 militants and a child.", 1, 17, 18),
])
def test_mixed_toll_keeps_its_civilian_and_fighter_parts(nlp, text, civilians, fighters, total):
    got = counts(nlp, text)
    assert ("killed", total, None) in got
    assert ("killed", civilians, True) in got and ("killed", fighters, False) in got


def test_toll_of_one_kind_has_no_parts(nlp):
    assert counts(nlp, "Three soldiers and two fighters were killed.") == [("killed", 5, False)]


def test_dateline_year_hung_on_the_victims_is_skipped(nlp):
    got = counts(nlp, "Published September 15 2016 Twenty-three civilians including nine "
                      "children were killed in air strikes on Thursday a monitor said.")
    assert ("killed", 23, True) in got
    assert all(best != 2016 for _, best, _ in got)
