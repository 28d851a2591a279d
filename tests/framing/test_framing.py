from claimline.framing import find_framing, flag_framing, neutralise
from claimline.framing.lexicon import load_entries
from claimline.record import Claim
from tests.claims.helpers import make_record, span_of

TECHNIQUES = {"loaded_language", "name_calling", "exaggeration", "appeal_to_fear", "flag_waving",
              "reductio_ad_hitlerum", "doubt", "slogans", "repetition", "bandwagon",
              "black_and_white_fallacy", "causal_oversimplification", "thought_terminating_cliches",
              "whataboutism", "appeal_to_authority", "red_herring", "straw_man"}


def flags(nlp, text, actors=(), claims=()):
    record = make_record(text, actors)
    record.claims = list(claims)
    return {f.text.lower(): f for f in find_framing(record, nlp(text))}


def test_lexicon_entries_are_well_formed():
    entries = load_entries()
    assert len(entries) > 80
    assert all(e.technique in TECHNIQUES for e in entries)


def test_lemmas_match_inflected_forms(nlp):
    found = flags(nlp, "Twenty fighters were martyred. The martyrs were buried by mercenaries.")
    assert found["martyred"].neutral == "killed"
    assert found["martyrs"].neutral == "those killed"
    assert found["mercenaries"].neutral == "fighters"
    assert found["mercenaries"].technique == "name_calling"


def test_occupation_state_takes_the_state_actor_name(nlp):
    text = "The Turkish occupation state shelled the village."
    found = flags(nlp, text, [("A1", "Turkey", "state", ["Turkish occupation state"])])
    assert found["occupation state"].neutral == "Turkey"
    assert flags(nlp, text)["occupation state"].neutral == "the state"


def test_every_side_vocabulary(nlp):
    text = ("The Zionist entity and the takfiri gangs face the Kiev regime, the Khawarij and the "
            "Assad regime; terrorists were neutralized and the town was liberated by heroic crusaders.")
    found = flags(nlp, text)
    for phrase in ("zionist entity", "takfiri", "kiev regime", "khawarij", "assad regime",
                   "liberated", "crusaders", "terrorists"):
        assert any(phrase in key for key in found), phrase
    assert found["zionist entity"].neutral == "Israel"
    assert found["liberated"].neutral == "captured"


def test_wildcard_keeps_the_noun_and_voice_follows_claims(nlp):
    text = 'The group said "the brutal attacks continue" while the outlet wrote of brutal attacks.'
    quote = Claim(id="C1", speaker="A9", content=span_of(text, "the brutal attacks continue"))
    record = make_record(text)
    record.claims = [quote]
    out = find_framing(record, nlp(text))
    assert [(f.text, f.neutral, f.voice) for f in out] == [("brutal attacks", "attacks", "A9"),
                                                           ("brutal attacks", "attacks", None)]


def test_stage_and_neutralise(nlp):
    text = "The heroic fighters liberated the close and blatant cooperation zone."
    record = flag_framing(make_record(text), nlp(text))
    assert record.framing
    assert neutralise(text, 0, record.framing) == "The fighters captured the close cooperation zone."


def test_seed_framing_flags(seed_record):
    texts = [f.text.lower() for f in seed_record.framing]
    for gold in ("occupation state", "mercenaries", "martyred", "terrorist aggression",
                 "brutal attacks"):
        assert any(gold in t for t in texts), gold
    voices = {f.voice for f in seed_record.framing}
    assert None in voices and len(voices) > 1
