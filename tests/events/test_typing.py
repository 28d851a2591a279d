import pytest

from tests.conftest import run_stages


def events(text):
    rec = run_stages(text, ["actors", "events"], published="2020-01-01")
    names = {a.id: a.name for a in rec.actors}
    return rec, [(e.type, e.mode, e.acled, [names[a] for a in e.actor],
                  [names[a] for a in e.recipient], e.status) for e in rec.events]


@pytest.mark.parametrize("text, acled", [
    ("Turkish warplanes bombed YPG positions near the border.", "Air/drone strike"),
    ("Regime forces shelled the town with mortars and rockets.",
     "Shelling/artillery/missile attack"),
    ("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", "Suicide bomb"),
    ("A roadside bomb exploded under a military convoy.", "Remote explosive/landmine/IED"),
    ("Toxic chlorine gas was dropped on the town, witnesses said.", "Chemical weapon"),
    ("Gunmen kidnapped three aid workers on the road.", "Abduction/forced disappearance"),
    ("Police arrested 40 activists in the capital.", "Arrests"),
    ("Thousands of people held a protest against the new law.", "Peaceful protest"),
    ("Police fired tear gas to disperse the protest.", "Protest with intervention"),
    ("Islamic State militants captured the town after heavy fighting.",
     "Non-state actor overtakes territory"),
    ("Syrian government forces recaptured the village from rebels.",
     "Government regains territory"),
    ("Security forces seized rifles and ammunition in the raid.", "Disrupted weapons use"),
    ("The two sides signed a ceasefire agreement.", "Agreement"),
])
def test_acled_sub_types(text, acled):
    _, evs = events(text)
    assert evs and evs[0][2] == acled, evs


def test_roles_from_the_parse():
    _, evs = events("The Turkish army attacked the SDF in Manbij.")
    assert evs[0][3] == ["Turkey"] and evs[0][4] == ["Syrian Democratic Forces"]
    _, evs = events("The village was struck by Russian warplanes.")
    assert evs[0][2] == "Air/drone strike" and evs[0][3] == ["Russia"]


def test_armed_against_armed_is_a_clash_and_against_civilians_an_attack():
    _, evs = events("Taliban fighters attacked a police checkpoint.")
    assert evs[0][2] == "Armed clash"
    _, evs = events("Gunmen attacked villagers in their homes.")
    assert evs[0][2] == "Attack"


def test_disasters_are_not_conflict_events():
    _, evs = events("Heavy floods killed 66 people in Japan.")
    assert evs == []


@pytest.mark.parametrize("text, status", [
    ("The ministry denied that its jets bombed the hospital.", "denied"),
    ("The army did not attack the village.", "denied"),
    ("The group threatened to attack the capital.", "threatened"),
    ("If talks fail, the rebels will attack the city.", "hypothetical"),
    ("Rebels attacked an army post on Monday.", "reported"),
    ("Today marks the anniversary of the massacre of 40 villagers.", "recalled"),
])
def test_status_cues(text, status):
    _, evs = events(text)
    assert evs and evs[0][5] == status, evs


def test_according_to_sets_claimed_by():
    rec, _ = events("Ten civilians were killed in the shelling, according to the "
                    "Syrian Observatory for Human Rights.")
    ev = rec.events[0]
    assert [rec.actor(a).name for a in ev.claimed_by] == ["Syrian Observatory for Human Rights"]
    assert ev.fatalities.best == 10 and ev.civilian_fatalities.best == 10


def test_mentions_of_one_event_merge_and_distinct_events_do_not():
    text = ("Turkish jets struck the village of Tel Rifaat on Monday. The Turkish airstrike "
            "killed four fighters. Separately, ISIS militants kidnapped two shepherds.")
    rec, evs = events(text)
    kinds = [e[2] for e in evs]
    assert kinds.count("Air/drone strike") == 1 and "Abduction/forced disappearance" in kinds
    strike = next(e for e in rec.events if e.acled == "Air/drone strike")
    assert len(strike.evidence) == 2 and strike.fatalities.best == 4
    for s, e in strike.evidence:
        assert 0 <= s < e <= len(rec.document.text)
