"""One test per rule family of the claims stage, on real spaCy parses."""
from tests.claims.helpers import claims_run, content, make_record


def run(nlp, text, actors=()):
    record = claims_run(nlp, make_record(text, actors))
    return record, record.claims


def speaker_name(record, claim):
    actor = record.actor(claim.speaker)
    return actor.name if actor else None


def test_said_that_with_actor_speaker(nlp):
    text = "The Syrian Democratic Forces said that Turkish drones struck a car near Qamishli."
    record, claims = run(nlp, text, [("A1", "Syrian Democratic Forces", "armed_group",
                                      ["Syrian Democratic Forces"])])
    assert len(claims) == 1
    assert claims[0].speaker == "A1" and claims[0].kind == "indirect" and claims[0].cue == "said"
    assert content(record, claims[0]).startswith("Turkish drones struck a car")


def test_cue_after_content_and_unknown_speaker_becomes_actor(nlp):
    text = "At least 35 fighters were killed in air strikes overnight, a monitor said on Saturday."
    record, claims = run(nlp, text)
    assert len(claims) == 1
    assert speaker_name(record, claims[0]) == "monitor"
    assert record.actor(claims[0].speaker).origin == "claims"
    assert "35 fighters were killed" in content(record, claims[0])


def test_according_to(nlp):
    text = "Ten civilians died in the shelling, according to the Syrian Observatory for Human Rights."
    record, claims = run(nlp, text)
    assert [c.cue for c in claims] == ["according to"]
    assert "Observatory" in speaker_name(record, claims[0])
    assert content(record, claims[0]).startswith("Ten civilians died")


def test_statement_reads_resolves_to_issuer(nlp):
    text = ("The Syrian Democratic Forces issued a statement on the anniversary. "
            "The statement reads: “We remember the twenty fighters who were killed in the strike.”")
    record, claims = run(nlp, text, [("A1", "Syrian Democratic Forces", "armed_group",
                                      ["Syrian Democratic Forces"])])
    quoted = [c for c in claims if "twenty fighters" in content(record, c)]
    assert quoted and quoted[0].speaker == "A1"
    assert quoted[0].kind == "statement" and quoted[0].cue == "reads"


def test_indicated_through_the_statement_and_stressed_that(nlp):
    text = ('The SDF indicated through the statement: "Our forces were attacked by Turkish '
            'aircraft at dawn." The statement stressed that Turkey is still launching brutal attacks '
            'against the villages.')
    record, claims = run(nlp, text, [("A1", "Syrian Democratic Forces", "armed_group", ["SDF"]),
                                     ("A2", "Turkey", "state", ["Turkey", "Turkish"])])
    assert [c.speaker for c in claims] == ["A1", "A1"]
    assert claims[0].kind == "statement" and claims[0].cue == "indicated"
    assert claims[1].cue == "stressed"
    assert claims[1].stance == "accuse" and claims[1].targets == ["A2"]


def test_quote_with_cue_after_and_pronoun(nlp):
    text = ('Observatory chief Rami Abdel Rahman spoke to reporters. "The hill overlooks the '
            'whole southern countryside of the province," he said.')
    record, claims = run(nlp, text, [("A1", "Rami Abdel Rahman", "person", ["Rami Abdel Rahman"])])
    quoted = [c for c in claims if c.kind == "direct"]
    assert quoted and quoted[0].speaker == "A1" and quoted[0].cue == "said"


def test_quote_without_cue_goes_to_last_speaker(nlp):
    text = ('The governor said that the convoy reached the town on Monday. '
            '"Trucks then unloaded food and medicine for the families there."')
    record, claims = run(nlp, text)
    assert len(claims) == 2
    assert claims[1].cue is None and claims[1].kind == "direct"
    assert claims[1].speaker == claims[0].speaker is not None


def test_stance_verbs_deny_accuse_claim_confirm(nlp):
    text = ("Damascus denied that its aircraft had bombed the hospital. "
            "The opposition accused the government of using chlorine gas in Douma. "
            "The group claimed that its fighters had captured the hill. "
            "The ministry confirmed that two soldiers were wounded.")
    record, claims = run(nlp, text, [("A1", "Syria", "state", ["Damascus", "the government"]),
                                     ("A2", "Syrian opposition", "political_group",
                                      ["The opposition"])])
    by_cue = {c.cue: c for c in claims}
    assert set(by_cue) >= {"denied", "accused", "claimed", "confirmed"}
    assert by_cue["denied"].stance == "deny" and by_cue["denied"].speaker == "A1"
    assert by_cue["accused"].stance == "accuse" and by_cue["accused"].targets == ["A1"]
    assert by_cue["claimed"].stance == "assert"
    assert by_cue["confirmed"].stance == "assert"


def test_no_claim_without_a_speaker(nlp):
    text = ("The attack is believed to be the deadliest this year. "
            "The regime has been widely accused of dragging its feet. "
            "The aggression confirms the cooperation between the two states. "
            "A spokesman did not say what weapon was used.")
    _, claims = run(nlp, text)
    assert claims == []


def test_responsibility_claims_are_not_claims(nlp):
    _, claims = run(nlp, "The group claimed responsibility for the bombing in the city on Monday.")
    assert claims == []


def test_threat_and_demand(nlp):
    text = ("The army vowed that the attack on its pilot would not go unpunished. "
            "The coalition called on Russia to stop the air strikes.")
    record, claims = run(nlp, text, [("A1", "Russia", "state", ["Russia"])])
    by_cue = {c.cue: c for c in claims}
    assert by_cue["vowed"].stance == "threaten"
    assert by_cue["called"].stance == "demand" and by_cue["called"].targets == ["A1"]


def test_neutral_report_of_a_strike_is_not_an_accusation(nlp):
    text = "The monitor said that Turkey shelled the village of Tal Tamr on Monday."
    record, claims = run(nlp, text, [("A1", "Turkey", "state", ["Turkey"])])
    assert claims[0].stance == "assert" and claims[0].targets == []
