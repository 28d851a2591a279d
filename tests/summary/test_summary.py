from claimline.record import Claim, Event, EventDate, Fatalities, Framing, Place
from claimline.summary import compose, summarise
from tests.claims.helpers import make_record, span_of

TEXT = ("The SDF said that Turkish aircraft struck its positions on Mount Karachok, killing 20 "
        "martyrs. The SDF said that the Turkish occupation state cooperates with ISIS mercenaries.")
ACTORS = [("A1", "Syrian Democratic Forces", "armed_group", ["SDF"]),
          ("A2", "Turkey", "state", ["Turkish occupation state", "Turkish"]),
          ("A3", "Islamic State", "armed_group", ["ISIS mercenaries"])]


def record_with_everything():
    record = make_record(TEXT, ACTORS)
    record.places = [Place(id="P1", name="Karachok", admin1="Al-Hasakah", feature="mountain",
                           lat=37.08, lon=42.2, mentions=[span_of(TEXT, "Mount Karachok")])]
    record.events = [
        Event(id="E1", type="ASSAULT", mode="aerial", acled="Air/drone strike", actor=["A2"],
              recipient=["A1"], place="P1",
              date=EventDate(start="2017-04-25", end="2017-04-25", precision="day"),
              fatalities=Fatalities(low=20, best=20, high=20), status="recalled",
              claimed_by=["A1"], evidence=[span_of(TEXT, "Turkish aircraft struck")]),
        Event(id="E2", type="ACCUSE", actor=["A1"], recipient=["A2"], status="reported",
              claimed_by=["A1"])]
    second = span_of(TEXT, "the Turkish occupation state cooperates with ISIS mercenaries")
    record.claims = [
        Claim(id="C1", speaker="A1", content=span_of(TEXT, "Turkish aircraft struck its positions "
                                                           "on Mount Karachok, killing 20 martyrs"),
              stance="assert", events=["E1"]),
        Claim(id="C2", speaker="A1", content=second, stance="accuse", targets=["A2"])]
    record.framing = [
        Framing(span=span_of(TEXT, "martyrs"), text="martyrs", neutral="those killed", voice="A1"),
        Framing(span=span_of(TEXT, "occupation state"), text="occupation state", neutral="Turkey",
                technique="name_calling", voice="A1"),
        Framing(span=span_of(TEXT, "mercenaries"), text="mercenaries", neutral="fighters",
                technique="name_calling", voice="A1")]
    return record


def test_events_and_claims_are_attributed_in_neutral_words():
    summary = compose(record_with_everything())
    assert summary.startswith("The Syrian Democratic Forces recalled that Turkey carried out an "
                              "air strike against the Syrian Democratic Forces in Karachok "
                              "(Al-Hasakah) on 25 April 2017, killing 20 people.")
    assert ("The Syrian Democratic Forces accused Turkey, saying that Turkey cooperates with ISIS "
            "fighters.") in summary
    for loaded in ("martyr", "occupation", "mercenar"):
        assert loaded not in summary.lower().split("the text uses")[0]


def test_outlet_voice_event_is_attributed_to_the_outlet():
    record = record_with_everything()
    record.document.outlet = "ANHA"
    record.events[0] = record.events[0].model_copy(update={"claimed_by": [], "status": "reported"})
    record.claims = []
    assert compose(record).startswith("According to ANHA, Turkey carried out an air strike")


def test_hypothetical_events_are_not_told_as_fact():
    record = record_with_everything()
    record.events[0] = record.events[0].model_copy(update={"status": "hypothetical"})
    assert "air strike" not in compose(record)


def test_stage_sets_summary_and_empty_record_is_quiet(nlp):
    record = make_record("Nothing happened here.")
    assert summarise(record, nlp(record.document.text)).summary == ""


def test_seed_summary(seed_record):
    summary = seed_record.summary
    assert "accused Turkey" in summary
    assert "martyr" not in summary.lower().split("the text uses")[0]
    assert "Syrian Democratic Forces" in summary
