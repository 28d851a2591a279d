"""A violent noun the clause plans or asks permission for is hypothetical, not news: "a plan for
air strikes", "authorization for military strikes", "seeking approval for an offensive",
"preparing an offensive" (events.status._planned_object). Made-up sentences."""
import pytest

from claimline.events.status import cue_status
from tests.conftest import run_stages


def _status(nlp, text, word):
    doc = nlp(text)
    return cue_status(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text, word", [
    ("Lawmakers debated the president's plan for air strikes on the militants.", "strikes"),
    ("The prime minister asked parliament for authorization for military strikes against the "
     "group.", "strikes"),
    ("The government is seeking approval for a new offensive in the north.", "offensive"),
    ("The army is preparing an offensive on the town.", "offensive"),
])
def test_planned_or_requested_violence_is_hypothetical(nlp, text, word):
    assert _status(nlp, text, word) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("The group launched an offensive on the town on Monday.", "offensive"),
    ("Air strikes killed 12 people in Idlib on Monday.", "strikes"),
    ("The group seeks funds for its fight against the army.", "fight"),   # an ongoing fight
    ("Britain voiced support for the strikes on Friday.", "strikes"),     # support of done strikes
    ("The pilots aimed rockets at the convoy.", "rockets"),
])
def test_told_violence_keeps_its_status(nlp, text, word):
    assert _status(nlp, text, word) is None


def test_planned_strikes_yield_the_main_event_to_the_attack_told():
    from claimline.evaluate.fakes import main_event
    rec = run_stages("Lawmakers debated the president's plan for air strikes on the militants. "
                     "The government blames the militants for a bombing in the capital on "
                     "Monday which killed 40 people.", ("time", "actors", "places", "events"),
                     published="2019-03-06")
    planned = [e for e in rec.events if e.trigger == "strikes"]
    assert planned and all(e.status == "hypothetical" for e in planned)
    assert main_event(rec).date.start == "2019-03-04"
