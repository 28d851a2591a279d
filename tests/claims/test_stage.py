from hypothesis import HealthCheck, given, settings, strategies as st

from claimline.record import Event, EventDate
from tests.claims.helpers import claims_run, make_record, span_of

SDF = ("A1", "Syrian Democratic Forces", "armed_group", ["Syrian Democratic Forces", "SDF"])
TURKEY = ("A2", "Turkey", "state", ["Turkey", "Turkish occupation state", "Turkish"])


def test_party_only_event_gets_the_party_in_claimed_by(nlp):
    text = ("The SDF said that Turkish aircraft struck its positions on Mount Karachok, "
            "killing 20 fighters. Turkey has not commented on the raid.")
    strike = Event(id="E1", type="ASSAULT", mode="aerial", actor=["A2"], recipient=["A1"],
                   status="recalled", evidence=[span_of(text, "Turkish aircraft struck")])
    record = claims_run(nlp, make_record(text, [SDF, TURKEY], [strike]))
    event = record.event("E1")
    assert event.claimed_by == ["A1"]
    assert event.status == "recalled"           # the events stage's status is kept
    assert record.claims[0].events == ["E1"]


def test_outlet_event_keeps_empty_claimed_by(nlp):
    text = "Turkish aircraft struck positions near Derik on Monday. The SDF said it would respond."
    strike = Event(id="E1", type="ASSAULT", evidence=[span_of(text, "Turkish aircraft struck")])
    record = claims_run(nlp, make_record(text, [SDF, TURKEY], [strike]))
    assert record.event("E1").claimed_by == []


def test_accusation_becomes_one_accuse_event_dated_today(nlp):
    text = ("Today the Syrian Democratic Forces issued a statement. The statement stressed that "
            "the Turkish occupation state is still launching attacks against the region. "
            "The SDF also said that Turkey helped ISIS gain time.")
    record = claims_run(nlp, make_record(text, [SDF, TURKEY]))
    accuse = [e for e in record.events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    ev = accuse[0]
    assert ev.actor == ["A1"] and ev.recipient == ["A2"] and ev.status == "reported"
    assert ev.date == EventDate(start="2023-04-25", end="2023-04-25", precision="day")
    assert ev.acled is None and ev.evidence
    assert all(0 <= s < e <= len(text) for s, e in ev.evidence)


def test_statement_date_unknown_without_news_cue(nlp):
    text = "The SDF stressed that the Turkish aggression had helped ISIS gain time."
    record = claims_run(nlp, make_record(text, [SDF, TURKEY], published=None))
    accuse = [e for e in record.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].date.precision == "unknown" and accuse[0].date.start is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("abcdefghij XYZ\"“”'’.,:\n") +
                                ["said", " said that ", "according to ", "he ", "Turkey ",
                                 "The statement reads: ", "denied ", "the ", "killed "]),
                max_size=40).map("".join))
def test_arbitrary_text_never_fails_and_spans_stay_inside(nlp, text):
    record = claims_run(nlp, make_record(text, [TURKEY]))
    n = len(text)
    for claim in record.claims:
        assert 0 <= claim.content[0] < claim.content[1] <= n
        for span in (claim.speaker_span, claim.cue_span):
            assert span is None or 0 <= span[0] <= span[1] <= n
        assert claim.speaker is None or record.actor(claim.speaker) is not None
    for event in record.events:
        assert all(0 <= s <= e <= n for s, e in event.evidence)


def test_statement_date_ignores_dates_inside_what_is_said():
    from tests.conftest import run_stages
    text = ("Today the Syrian Democratic Forces issued a statement. The statement reads: "
            "\u201cThe brutal Turkish aggression killed 20 of our comrades on 25 April 2017.\u201d")
    record = run_stages(text, ["time", "actors", "claims"], published="2023-04-25")
    accuse = [e for e in record.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].date.start == "2023-04-25"
