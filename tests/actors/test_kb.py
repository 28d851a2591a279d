from claimline.actors.kb import fold_case, load_kb, normalise
from claimline.actors.match import kb_mentions


def names(text):
    kb = load_kb()
    return [(text[m.start:m.end], kb.entries[m.key].name) for m in kb_mentions(text)]


def test_every_state_has_iso3_and_groups_have_kinds():
    kb = load_kb()
    states = [e for k, e in kb.entries.items() if k.startswith("state:")]
    assert len(states) >= 240
    assert all(e.country and len(e.country) == 3 for e in states)
    assert kb.entries["state:TUR"].name == "Turkey"
    ypg = next(e for e in kb.entries.values() if e.name == "People's Protection Units")
    assert ypg.kind == "armed_group" and ypg.affiliations == ["Syrian Democratic Forces"]


def test_partisan_labels_resolve_to_neutral_actors():
    found = names("The Turkish occupation state and ISIS mercenaries attacked; Daesh fled. "
                  "PKK terrorists and regime forces clashed.")
    assert ("Turkish occupation state", "Turkey") in found
    assert ("ISIS mercenaries", "Islamic State") in found
    assert ("Daesh", "Islamic State") in found
    assert ("PKK terrorists", "Kurdistan Workers' Party") in found
    assert ("regime forces", "Syria") in found


def test_acronyms_are_case_sensitive():
    assert names("It is what IS wants.") == [("IS", "Islamic State")]
    assert names("who said it?") == []


def test_restated_acronym_joins_the_name():
    text = "the Media Center of the People’s Protection Units YPG in the north"
    assert names(text) == [("People’s Protection Units YPG", "People's Protection Units")]
    text = "the Syrian Democratic Forces (SDF) said"
    assert names(text) == [("Syrian Democratic Forces (SDF)", "Syrian Democratic Forces")]


def test_adjective_of_people_is_not_the_state():
    assert names("Syrian civilians fled") == [("civilians", "Civilians")]
    assert names("a Turkish attack") == [("Turkish", "Turkey")]


def test_sponsor_modifier_is_marked():
    kb = load_kb()
    ms = kb_mentions("Turkey-backed militants shelled the town")
    assert ms[0].role == "backer" and kb.entries[ms[0].key].name == "Turkey"


def test_folding_keeps_offsets():
    text = "İstanbul’s “forces” — ok"
    assert len(fold_case(text)) == len(text) == len(normalise(text))


from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(["Turkish", "occupation", "state", "ISIS", "SDF", "is", "the", "IS",
                          "Syrian", "civilians", "People’s", "Protection", "Units", "YPG",
                          "(", ")", "-backed", "army", "Daesh", "İ", ",", "forces", "x"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=25))
def test_mentions_are_ordered_disjoint_spans(words):
    text = " ".join(words)
    spans = [(m.start, m.end) for m in kb_mentions(text)]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_country_words_name_the_country_not_its_forces():
    from claimline.actors.kb import country_words
    syria = country_words("SYR")
    assert {"syria", "syrian"} <= syria
    assert "syrian" not in country_words("SYR", adjective=False)
    assert not {w for w in country_words("USA") if " " in w and "united" not in w}  # no "us troops"
    assert country_words("XXX") == frozenset()


def test_irregular_fighters_of_a_country_are_not_its_forces():
    assert ("Syrian militants", "Syria") not in names("They beheaded eight Syrian militants.")
    assert ("Iraqi insurgents", "Iraq") not in names("Iraqi insurgents attacked a base.")
    assert ("Syrian army", "Syria") in names("The Syrian army shelled the town.")
    assert ("Russian warplanes", "Russia") in names("Russian warplanes struck Idlib.")


def test_possessive_aliases_match_without_apostrophe():
    assert ("Assads air force", "Syria") in names("a massacre by Assads air force in Raqqa")
    assert ("Assad's warplanes", "Syria") in names("Assad's warplanes struck Douma")
    found = names("the Kurdish Peoples Protection Units advanced")
    assert ("Kurdish Peoples Protection Units", "People's Protection Units") in found


def test_seat_of_an_organisation_is_not_an_actor():
    assert names("the Britain-based Syrian Observatory said") == \
        [("Syrian Observatory", "Syrian Observatory for Human Rights")]
    assert ("UK", "United Kingdom") not in names("the UK based Syrian Observatory said")
    assert ("Turkey", "Turkey") in names("Turkey based its claim on reports")


def test_syrian_opposition_coalition_is_not_the_international_coalition():
    assert names("President of the Syrian Coalition said") == \
        [("Syrian Coalition", "Syrian National Coalition")]
    assert names("the US-led coalition struck") == [("US-led coalition", "International coalition")]


def test_regime_weapon_labels_resolve_to_syria():
    assert ("Regime bombing", "Syria") in names("Regime bombing raids in Aleppo killed 31.")
    assert ("regime barrel bombs", "Syria") in names("regime barrel bombs killed 10")
