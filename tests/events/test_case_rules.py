"""Trigger and sub-type rules that follow ACLED's codebook definitions (weapons found, bases set
up, sanctions, demonstration precedence, accidents that are no conflict events)."""
import pytest

from tests.conftest import run_stages


def acled_types(text):
    rec = run_stages(text, ["actors", "events"], published="2020-01-01")
    return [e.acled or e.type for e in rec.events]


@pytest.mark.parametrize("text", [
    "A large amount of ammunition was discovered by soldiers near the village.",
    "Police found a stash of rifles and ammunition in a farmhouse.",
    "Troops seized a lot of weapons during the operation.",
    "About 50kg of explosives, mines and grenades were discovered in a well.",
    "Engineers cleared hundreds of landmines from the fields.",
])
def test_weapons_found_or_cleared_are_disrupted_weapons_use(text):
    types = acled_types(text)
    assert types and types[0] == "Disrupted weapons use", types
    assert "Grenade" not in types and "Remote explosive/landmine/IED" not in types


def test_recovered_without_a_weapon_is_no_weapons_event():
    assert "Disrupted weapons use" not in acled_types("Police recovered the stolen car.")


@pytest.mark.parametrize("text, acled", [
    ("The army has set up a new military post near the border.",
     "Headquarters or base established"),
    ("Turkish troops established a number of barracks in the area.",
     "Headquarters or base established"),
    ("Gunmen gunned down a judge in the city.", "Attack"),
    ("Two soldiers were injured during a shoot-out between bandits and troops.", "Armed clash"),
    ("The government and the rebels started peace talks on Monday.", "Agreement"),
    ("Witnesses said poisonous gas was used by the militants in the attack.", "Chemical weapon"),
])
def test_more_trigger_phrases(text, acled):
    assert acled in acled_types(text)


def test_sanctions_need_a_sanction_object():
    assert "SANCTION" in acled_types("The government cut diplomatic ties with its neighbour.")
    assert "SANCTION" in acled_types("Washington will impose new sanctions on Moscow.")
    assert "SANCTION" not in acled_types("The referee imposed his authority on the game.")


def test_using_things_other_than_chemical_agents_is_no_event():
    assert acled_types("The farmers used water from the river.") == []


@pytest.mark.parametrize("text, acled", [
    ("Protesters smashed shop windows and threw stones at police, who fired tear gas.",
     "Violent demonstration"),
    ("Police fired tear gas to disperse the protest.", "Protest with intervention"),
    ("Security forces opened fire on protesters, killing three.",
     "Excessive force against protesters"),
    ("Thousands of people marched peacefully through the capital in protest.",
     "Peaceful protest"),
])
def test_demonstration_sub_types_follow_acled_precedence(text, acled):
    types = acled_types(text)
    assert types and types[0] == acled, types


@pytest.mark.parametrize("text", [
    "Five workers were killed when a gas cylinder exploded at a factory.",
    "An explosion ripped through a fuel storage warehouse on Monday.",
])
def test_industrial_accidents_are_not_conflict_events(text):
    assert acled_types(text) == []


def test_explosions_with_an_attack_cue_stay_conflict_events():
    types = acled_types("A bomb planted by militants exploded near a factory gate.")
    assert types and types[0] == "Remote explosive/landmine/IED", types


def test_looting_during_a_lockdown_is_still_looting():
    assert "Looting/property destruction" in acled_types(
        "Shops were looted during the COVID-19 lockdown.")


@pytest.mark.parametrize("text, acled", [
    # ACLED: an attack on armed forces is an Armed clash even when the attacker is unnamed
    ("Unidentified fighters attacked an army convoy on the highway.", "Armed clash"),
    ("Unidentified gunmen attacked a wedding party in the village.", "Attack"),
    # property as the target
    ("Arsonists carried out attacks on shops and warehouses in the market.",
     "Looting/property destruction"),
    # vigilantes and mobs
    ("Two suspected thieves were murdered by vigilantes in the township.", "Mob violence"),
])
def test_targets_and_attackers_refine_generic_violence(text, acled):
    types = acled_types(text)
    assert types and types[0] == acled, types


@pytest.mark.parametrize("text, acled", [
    ("Rebels seized the town after government troops withdrew from it.",
     "Non-violent transfer of territory"),
    ("Rebels captured the town after heavy fighting with government troops.",
     "Non-state actor overtakes territory"),
])
def test_territory_left_by_the_other_side_is_a_non_violent_transfer(text, acled):
    assert acled_types(text)[0] == acled


def test_targets_destroyed_are_not_the_weapon_used():
    types = acled_types("A missile hit the base, destroying two helicopters.")
    assert types and types[0] == "Shelling/artillery/missile attack", types


@pytest.mark.parametrize("text, acled", [
    # a clash in the sentence outranks the shooting it involves
    ("During the shoot-out between bandits and soldiers, one civilian was killed.",
     "Armed clash"),
    # verb and object with words between them
    ("The rebels took full control of the district on Sunday.",
     "Non-state actor overtakes territory"),
    ("Insurgents had gained ground in the northern suburbs.",
     "Non-state actor overtakes territory"),
    # the subject noun names the taker even when a modifier names a state ("Yemen's rebels")
    ("Yemen's Houthi rebels took control of the port.", "Non-state actor overtakes territory"),
    ("Army troopers captured two rebel camps over the weekend.",
     "Government regains territory"),
    # ACLED: arrests at a protest are a Protest with intervention
    ("Police arrested 40 people as opposition supporters staged sit-ins in the capital.",
     "Protest with intervention"),
    ("Hundreds of youths went on a looting spree in the township.",
     "Looting/property destruction"),
])
def test_more_general_typing_rules(text, acled):
    types = acled_types(text)
    assert types and types[0] == acled, types


def test_non_violent_engagement_is_no_clash():
    assert "Armed clash" not in acled_types("Police caught a gang engaged in stealing cars.")
    assert "Armed clash" in acled_types("The army engaged the rebels near the border.")


def test_fighting_fires_is_no_territory_event():
    assert acled_types("Firefighters have gained ground in their battle against the wildfires.") \
        == []


def test_a_storm_with_tanks_is_an_assault_not_a_disaster():
    assert acled_types("US tanks to storm Raqqa as major offensive takes shape.") != []
    assert acled_types("Heavy floods killed 66 people in Japan.") == []
