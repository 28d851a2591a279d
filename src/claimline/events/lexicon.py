"""Trigger lexicon: lemmas and phrases that evoke an event, with their PLOVER category, mode and
ACLED sub_event_type, and the context cues that refine a generic trigger ("attack" + "warplanes"
= Air/drone strike).

PLOVER categories follow the POLECAT/PLOVER ontology (ASSAULT, COERCE, PROTEST, AGREE, RETREAT,
MOBILIZE, CONSULT, SANCTION, THREATEN ...). Modes of ASSAULT used here: aerial, artillery,
firearms, explosive, suicide, CBRN, sexual, abduct, execute, beat; of COERCE: arrest, seize,
destroy; of PROTEST: demo, riot.
"""
from __future__ import annotations

from dataclasses import dataclass

# the families a trigger belongs to; the classifier turns a family + cues into a sub-type
VIOLENCE = "violence"      # attack / strike / kill ...: weapon cues decide the sub-type
CLASH = "clash"
EXPLOSION = "explosion"
AIR = "air"
SHELL = "shell"
CHEM = "chem"
SUICIDE = "suicide"
IED = "ied"
GRENADE = "grenade"
SHOOT = "shoot"
EXECUTE = "execute"
ABDUCT = "abduct"
ARREST = "arrest"
SEXUAL = "sexual"
PROTEST = "protest"
RIOT = "riot"
MOB = "mob"
CAPTURE = "capture"
WITHDRAW = "withdraw"
AGREE = "agree"
LOOT = "loot"
DISRUPT = "disrupt"
HQ = "hq"
MOBILIZE = "mobilize"
DIPLOMACY = "diplomacy"
SANCTION = "sanction"
KILL = "kill"


@dataclass(frozen=True)
class Family:
    plover: str
    mode: str | None
    acled: str | None


#: default typing of each family (before context refinement)
FAMILIES: dict[str, Family] = {
    VIOLENCE: Family("ASSAULT", None, "Attack"),
    KILL: Family("ASSAULT", None, "Attack"),
    CLASH: Family("ASSAULT", "firearms", "Armed clash"),
    EXPLOSION: Family("ASSAULT", "explosive", "Remote explosive/landmine/IED"),
    AIR: Family("ASSAULT", "aerial", "Air/drone strike"),
    SHELL: Family("ASSAULT", "artillery", "Shelling/artillery/missile attack"),
    CHEM: Family("ASSAULT", "CBRN", "Chemical weapon"),
    SUICIDE: Family("ASSAULT", "suicide", "Suicide bomb"),
    IED: Family("ASSAULT", "explosive", "Remote explosive/landmine/IED"),
    GRENADE: Family("ASSAULT", "explosive", "Grenade"),
    SHOOT: Family("ASSAULT", "firearms", "Attack"),
    EXECUTE: Family("ASSAULT", "execute", "Attack"),
    ABDUCT: Family("ASSAULT", "abduct", "Abduction/forced disappearance"),
    SEXUAL: Family("ASSAULT", "sexual", "Sexual violence"),
    ARREST: Family("COERCE", "arrest", "Arrests"),
    PROTEST: Family("PROTEST", "demo", "Peaceful protest"),
    RIOT: Family("PROTEST", "riot", "Violent demonstration"),
    MOB: Family("ASSAULT", "beat", "Mob violence"),
    CAPTURE: Family("COERCE", "seize", "Non-state actor overtakes territory"),
    WITHDRAW: Family("RETREAT", None, "Non-violent transfer of territory"),
    AGREE: Family("AGREE", None, "Agreement"),
    LOOT: Family("COERCE", "destroy", "Looting/property destruction"),
    DISRUPT: Family("COERCE", "seize", "Disrupted weapons use"),
    HQ: Family("MOBILIZE", None, "Headquarters or base established"),
    MOBILIZE: Family("MOBILIZE", None, "Change to group/activity"),
    DIPLOMACY: Family("CONSULT", None, None),
    SANCTION: Family("SANCTION", None, None),
}

#: single-word triggers by lemma (lower case); verbs and nouns share the table
LEMMAS: dict[str, str] = {
    # violence, generic
    "attack": VIOLENCE, "assault": VIOLENCE, "aggression": VIOLENCE, "raid": VIOLENCE,
    "strike": VIOLENCE, "target": VIOLENCE, "hit": VIOLENCE, "ambush": VIOLENCE,
    "storm": VIOLENCE, "massacre": KILL, "kill": KILL, "murder": KILL, "slay": KILL,
    "slaughter": KILL, "martyr": KILL, "die": KILL, "assassinate": KILL, "assassination": KILL,
    "bloodshed": KILL, "stab": VIOLENCE, "torture": VIOLENCE, "beat": VIOLENCE,
    "offensive": CLASH, "incursion": VIOLENCE, "invasion": VIOLENCE, "invade": VIOLENCE,
    # clashes
    "clash": CLASH, "fight": CLASH, "fighting": CLASH, "battle": CLASH, "skirmish": CLASH,
    "firefight": CLASH, "engage": CLASH, "confrontation": CLASH, "exchange": None,
    # aerial
    "airstrike": AIR, "air-strike": AIR, "airstrikes": AIR, "airraid": AIR, "bomb": EXPLOSION,
    "bombing": EXPLOSION, "bombard": SHELL, "bombardment": SHELL, "sortie": AIR,
    # shelling
    "shell": SHELL, "shelling": SHELL, "mortar": SHELL, "rocket": SHELL, "missile": SHELL,
    "artillery": SHELL,
    # explosions
    "explosion": EXPLOSION, "blast": EXPLOSION, "explode": EXPLOSION, "detonate": EXPLOSION,
    "detonation": EXPLOSION, "ied": IED, "landmine": IED, "bombings": EXPLOSION,
    "grenade": GRENADE,
    # firearms
    "shoot": SHOOT, "gunfire": SHOOT, "shooting": SHOOT, "gun": None, "snipe": SHOOT,
    "execute": EXECUTE, "execution": EXECUTE, "behead": EXECUTE, "beheading": EXECUTE,
    "lynch": MOB, "lynching": MOB, "mob": MOB,
    # people taken
    "kidnap": ABDUCT, "kidnapping": ABDUCT, "abduct": ABDUCT, "abduction": ABDUCT,
    "hostage": ABDUCT, "disappearance": ABDUCT,
    "arrest": ARREST, "detain": ARREST, "detention": ARREST, "apprehend": ARREST,
    "imprison": ARREST, "jail": ARREST, "custody": ARREST,
    "rape": SEXUAL, "molest": SEXUAL,
    # protest
    "protest": PROTEST, "demonstration": PROTEST, "demonstrate": PROTEST, "rally": PROTEST,
    "march": PROTEST, "sit-in": PROTEST, "picket": PROTEST, "protester": PROTEST,
    "demonstrator": PROTEST, "riot": RIOT, "rioter": RIOT, "unrest": RIOT,
    # territory
    "capture": CAPTURE, "seize": CAPTURE, "recapture": CAPTURE, "retake": CAPTURE,
    "liberate": CAPTURE, "liberation": CAPTURE, "regain": CAPTURE, "overrun": CAPTURE,
    "withdraw": WITHDRAW, "withdrawal": WITHDRAW, "retreat": WITHDRAW, "evacuate": WITHDRAW,
    "handover": WITHDRAW,
    # agreements
    "agreement": AGREE, "agree": AGREE, "ceasefire": AGREE, "truce": AGREE, "accord": AGREE,
    "deal": AGREE, "surrender": AGREE, "reconciliation": AGREE, "armistice": AGREE,
    # property
    "loot": LOOT, "looting": LOOT, "plunder": LOOT, "torch": LOOT, "demolish": LOOT,
    "vandalize": LOOT, "vandalise": LOOT, "arson": LOOT, "raze": LOOT, "burn": LOOT,
    "destroy": LOOT,
    # weapons disrupted
    "defuse": DISRUPT, "dismantle": DISRUPT, "intercept": DISRUPT, "confiscate": DISRUPT,
    # mobilisation
    "deploy": MOBILIZE, "deployment": MOBILIZE, "reinforcement": MOBILIZE, "recruit": MOBILIZE,
    "dispatch": MOBILIZE, "mobilize": MOBILIZE, "mobilise": MOBILIZE,
    # diplomacy
    "talk": DIPLOMACY, "meet": DIPLOMACY, "meeting": DIPLOMACY, "summit": DIPLOMACY,
    "negotiation": DIPLOMACY, "negotiate": DIPLOMACY, "visit": DIPLOMACY,
    "sanction": SANCTION, "expel": SANCTION, "expulsion": SANCTION, "embargo": SANCTION,
}
LEMMAS.update({
    # surface forms the small model lemmatises wrongly ("raped" -> "rap")
    "raped": SEXUAL, "raping": SEXUAL, "rapes": SEXUAL, "shelled": SHELL,
    # weapons found or cleared (kept only with a weapon object)
    "find": DISRUPT, "discover": DISRUPT, "uncover": DISRUPT, "seizure": DISRUPT,
    "clear": DISRUPT, "recover": DISRUPT, "neutralize": DISRUPT, "neutralise": DISRUPT,
    # more territory, group and diplomacy verbs
    "occupy": CAPTURE, "form": MOBILIZE, "move": MOBILIZE, "establish": HQ,
    "shootout": CLASH, "shoot-out": CLASH, "gunfight": CLASH, "gunbattle": CLASH,
    "condemn": DIPLOMACY, "urge": DIPLOMACY, "sever": SANCTION,
    "exchange": AGREE, "drop": VIOLENCE, "fire": VIOLENCE, "launch": VIOLENCE,
    # chemical agents used, sanctions imposed (kept only with a fitting object)
    "use": CHEM, "impose": SANCTION, "identify": DISRUPT,
})
#: verbs that are attacks only with a weapon in their sentence ("dropped chlorine gas",
#: "fired rockets"): prices drop, employers fire, companies launch products
WEAPON_VERBS = {"drop", "fire", "launch"}
LEMMAS = {k: v for k, v in LEMMAS.items() if v is not None}

#: triggers that are events only with a fitting object (what is found, formed, moved ...)
NEEDS_OBJECT: dict[str, set[str]] = {}
#: nouns that name an event, so "rape incidents", "bomb attack" keep their modifier's type
EVENT_HEADS = {"incident", "case", "attack", "operation", "campaign", "crime", "spree", "wave",
               "explosion", "blast", "strike", "raid", "process"}
#: nouns of amount or container whose "of"-phrase is the real object ("a stash of rifles",
#: "a large amount of ammunition", "a number of barracks")
QUANTITY_HEADS = {"lot", "amount", "stash", "cache", "number", "quantity", "haul", "pile",
                  "consignment", "shipment", "kg", "kilogram", "ton", "tonne", "round", "box",
                  "crate", "batch", "series", "set", "cluster", "dozen", "hundred", "thousand",
                  "couple", "range", "variety", "package", "bag", "truckload", "arsenal"}
#: what an "establish" / "set up" must create to be a new base (ACLED "Headquarters or base
#: established")
BASE_NOUNS = {"headquarters", "base", "office", "camp", "outpost", "post", "barracks",
              "barrack", "checkpoint", "position", "garrison", "airbase", "station"}
#: what an "impose" must impose to be a sanction
SANCTION_OBJECTS = {"sanction", "measure", "embargo", "restriction", "ban", "tariff",
                    "penalty", "boycott", "blockade"}
#: chemical agents whose use is a Chemical weapon event ("poisonous gas used by ...")
CHEM_AGENTS = {"gas", "chemical", "chlorine", "sarin", "agent", "weapon", "substance",
               "toxin", "mustard", "vx", "napalm", "phosphorus"}
#: verbs after which a weapon noun is a thing handled, not an attack ("seized grenades")
WEAPON_HANDLING = {"seize", "find", "discover", "confiscate", "include", "uncover", "clear",
                   "defuse", "dismantle", "recover", "smuggle", "possess", "store", "sell",
                   "buy", "supply", "deliver", "test", "develop", "manufacture", "produce",
                   "destroy", "remove", "neutralize", "identify", "hide", "cache", "carry",
                   "transport", "ship", "acquire", "stockpile"}
WEAPON_NOUNS = {"grenade", "rocket", "missile", "mortar", "ied", "landmine", "artillery",
                "bomb", "shell", "drone"}
GROUP_NOUNS = {"group", "unit", "brigade", "force", "organisation", "organization", "militia",
               "entity", "alliance", "coalition", "council", "battalion", "regiment",
               "division", "formation", "party", "front", "army", "troop", "soldier",
               "reinforcement", "fighter", "forces"}
MILITARY_TARGETS = {"checkpoint", "base", "convoy", "post", "barracks", "outpost", "patrol",
                    "position", "troop", "soldier", "army", "force", "military", "camp",
                    "garrison", "unit", "headquarters", "police", "policeman", "officer",
                    "station", "vehicle", "tank", "fighter", "militant", "rebel", "positions"}

#: multi-word triggers (matched on the lower-cased lemma sequence)
PHRASES: dict[tuple[str, ...], str] = {
    ("air", "strike"): AIR, ("air", "raid"): AIR, ("air", "attack"): AIR,
    ("aerial", "attack"): AIR, ("drone", "strike"): AIR, ("drone", "attack"): AIR,
    ("barrel", "bomb"): AIR, ("aerial", "bombardment"): AIR, ("air", "bombardment"): AIR,
    ("suicide", "bombing"): SUICIDE, ("suicide", "attack"): SUICIDE,
    ("suicide", "bomber"): SUICIDE, ("car", "bomb"): IED, ("roadside", "bomb"): IED,
    ("chemical", "attack"): CHEM, ("gas", "attack"): CHEM, ("chemical", "weapon"): CHEM,
    ("open", "fire"): SHOOT, ("take", "control"): CAPTURE, ("take", "over"): CAPTURE,
    ("seize", "control"): CAPTURE, ("gain", "control"): CAPTURE, ("pull", "out"): WITHDRAW,
    ("pull", "back"): WITHDRAW, ("hand", "over"): WITHDRAW, ("sit", "in"): PROTEST,
    ("set", "fire"): LOOT, ("set", "ablaze"): LOOT, ("shoot", "down"): DISRUPT,
    ("prisoner", "exchange"): AGREE, ("prisoner", "swap"): AGREE,
    ("peace", "deal"): AGREE, ("peace", "agreement"): AGREE,
    ("sexual", "violence"): SEXUAL, ("sexual", "assault"): SEXUAL,
    ("tear", "gas"): None, ("military", "operation"): CLASH,
    ("establish", "headquarters"): HQ, ("set", "up"): MOBILIZE, ("cut", "tie"): SANCTION,
    ("sever", "tie"): SANCTION, ("push", "back"): CAPTURE, ("drive", "back"): CAPTURE,
    ("drive", "out"): CAPTURE, ("exchange", "of", "fire"): CLASH,
    ("exchange", "fire"): CLASH, ("gun", "battle"): CLASH, ("call", "on"): DIPLOMACY,
    ("shoot", "-", "out"): CLASH, ("gun", "-", "battle"): CLASH, ("gun", "down"): SHOOT,
    ("mow", "down"): SHOOT, ("cut", "diplomatic", "tie"): SANCTION,
    ("sever", "diplomatic", "tie"): SANCTION, ("cut", "diplomatic", "relation"): SANCTION,
    ("sever", "diplomatic", "relation"): SANCTION, ("peace", "talk"): AGREE,
    ("peace", "negotiation"): AGREE, ("recover", "control"): CAPTURE,
    ("regain", "control"): CAPTURE, ("retake", "control"): CAPTURE,
    ("gain", "ground"): CAPTURE, ("assume", "control"): CAPTURE,
    ("sit", "-", "in"): PROTEST,
}
PHRASES = {k: v for k, v in PHRASES.items() if v is not None}
MAX_PHRASE = max(len(k) for k in PHRASES)

# --- context cues (lower-case lemmas or words in the trigger's sentence) --------------------
AIR_CUES = {"warplane", "jet", "aircraft", "helicopter", "drone", "uav", "airstrike",
            "airstrikes", "air", "aerial", "bomber", "sortie", "airforce", "plane", "raid"}
SHELL_CUES = {"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer",
              "projectile", "tank", "bombardment", "grad", "katyusha", "barrage", "shrapnel"}
CHEM_CUES = {"chemical", "chlorine", "sarin", "toxic", "nerve", "mustard", "poison",
             "poisonous", "suffocation", "asphyxia", "asphyxiation", "organophosphorus"}
SUICIDE_CUES = {"suicide", "self-detonate", "belt", "vest"}
IED_CUES = {"ied", "improvised", "roadside", "landmine", "mine", "car", "vehicle", "booby",
            "booby-trapped", "vbied", "motorcycle", "device"}
FIREARM_CUES = {"gunman", "gunmen", "gunfire", "shoot", "shot", "sniper", "rifle", "gun",
                "bullet", "firearm", "machine-gun", "ammunition"}
WEAPON_OBJECTS = {"weapon", "arm", "ammunition", "explosive", "gun", "rifle", "pistol",
                  "bomb", "device", "mine", "ied", "grenade", "rocket", "missile", "drone",
                  "cache", "depot", "bullet", "firearm", "munition", "landmine", "mortar",
                  "shell", "ordnance", "warhead", "detonator", "dynamite", "tnt", "vbied",
                  "weaponry", "cartridge", "pistol", "launcher", "rpg", "kalashnikov"}
TERRITORY_NOUNS = {"town", "city", "village", "area", "district", "region", "territory",
                   "neighborhood", "neighbourhood", "base", "hill", "airport", "port",
                   "province", "positions", "position", "countryside", "suburb", "border",
                   "crossing", "checkpoint", "highway", "road", "outpost", "camp", "mountain",
                   "control", "airbase", "site", "oilfield", "field", "island", "capital"}
PROPERTY_NOUNS = {"house", "home", "property", "shop", "store", "building", "vehicle",
                  "car", "crop", "field", "church", "mosque", "school", "office", "asset",
                  "market", "statue", "hospital"}
PERSON_NOUNS = {"people", "person", "man", "woman", "child", "civilian", "activist",
                "journalist", "member", "leader", "official", "soldier", "student", "suspect",
                "protester", "individual", "worker", "farmer", "resident", "villager",
                "girl", "boy", "teenager", "militant", "fighter", "citizen", "governor",
                "commander", "officer", "policeman", "migrant", "refugee", "family"}
INTERVENTION_CUES = {"disperse", "tear", "teargas", "water", "cannon", "baton", "rubber",
                     "intervene", "arrest", "detain", "break", "crack", "crackdown",
                     "pepper-spray", "pepper"}
FORCE_CUES = {"kill", "shoot", "dead", "death", "live", "fatally", "injure", "wound"}
#: natural hazards and epidemics (CASE 2021's NATURAL_DISASTER); the rest of DISASTER_CUES are
#: accidents and technological failures (MAN_MADE_DISASTER)
NATURAL_HAZARD_CUES = {"earthquake", "quake", "tremor", "aftershock", "flood", "flooding",
                       "flooded", "storm", "cyclone", "hurricane", "typhoon", "tornado",
                       "landslide", "mudslide", "tsunami", "wildfire", "bushfire", "drought",
                       "covid-19", "covid", "coronavirus", "pandemic", "epidemic", "rain",
                       "rainfall", "snow", "snowfall", "avalanche", "heatwave", "volcano",
                       "volcanic", "eruption", "erupt", "lightning", "outbreak", "virus",
                       "cholera", "ebola", "famine", "monsoon", "blizzard", "magnitude"}
#: industrial sites and equipment: an explosion there with no attacker is an accident
INDUSTRIAL_CUES = {"warehouse", "plant", "factory", "refinery", "pipeline", "cylinder",
                   "boiler", "tanker", "storage", "container", "reactor", "firework",
                   "fireworks", "petroleum", "fuel", "leak", "furnace", "mill",
                   "chemicals"}
ACCIDENT_CUES = {"accident", "crash", "crashed", "collision", "collapse", "collapsed", "spill",
                 "spilt", "spilled", "derail", "derailed", "derailment", "capsize", "capsized",
                 "stampede", "sink", "sank", "leak", "leaked", "leakage", "contamination",
                 "poisoning", "blaze", "fire", "explosion", "exploded", "wreck", "wreckage",
                 "debris", "sinking", "meltdown"}
DISASTER_CUES = {"earthquake", "flood", "flooding", "storm", "cyclone", "hurricane", "typhoon",
                 "landslide", "tsunami", "wildfire", "drought", "covid-19", "covid",
                 "coronavirus", "pandemic", "epidemic", "accident", "crash", "collapse",
                 "rain", "avalanche", "heatwave", "volcano", "eruption", "spill", "derail",
                 "capsize", "stampede", "lightning", "outbreak", "virus", "poisoning",
                 "mudslide", "tornado", "collision"}

#: property as the target of an attack (ACLED "Looting/property destruction")
PROPERTY_TARGETS = {"property", "asset", "shop", "store", "business", "establishment",
                    "premises", "warehouse", "house", "home", "building", "vehicle", "car",
                    "crop", "office"}
#: non-state, unorganised crowds of attackers (ACLED "Mob violence")
MOB_CUES = {"vigilante", "vigilantes", "mob", "mobs", "lynch", "lynching", "lynched"}
#: the other side gave the place up: a territory taken without a fight (ACLED "Non-violent
#: transfer of territory")
ABANDON_CUES = {"withdraw", "withdrew", "withdrawn", "withdrawal", "deserted", "abandon",
                "abandoned", "evacuate", "evacuated", "evacuation", "unopposed", "handover",
                "retreat", "retreated"}
FIGHTING_CUES = {"fight", "fighting", "fought", "clash", "battle", "bombardment", "shelling",
                 "airstrike", "airstrikes", "offensive", "assault", "attack", "kill", "killing",
                 "storm", "heavy", "fierce", "artillery", "siege", "resistance", "bomb",
                 "bombing", "rocket", "missile", "mortar", "gunfire"}
#: subjects that name the taker of a place as a state's forces or as a non-state group, whatever
#: actor the phrase's modifiers name ("Yemen's Houthi rebels")
STATE_FORCE_NOUNS = {"army", "troop", "trooper", "soldier", "military", "government",
                     "police", "marine", "paratrooper", "commando", "gendarmerie", "navy"}
NON_STATE_NOUNS = {"rebel", "militant", "insurgent", "jihadist", "terrorist", "militia",
                   "militiaman", "guerrilla", "extremist", "separatist", "gunman", "mutineer"}
