from claimline.link.grade import grade
from claimline.link.reports import Report


def rep(doc, outlet=None, **kw):
    return Report(document_id=doc, event_id="E1", type="ASSAULT", outlet=outlet or doc, **kw)


def test_single_source_is_weak():
    g, reason = grade([rep("a", actor=("Turkey",))])
    assert g == "weak" and reason.startswith("weak:") and "a" in reason


def test_two_outlets_are_fair_but_one_outlet_twice_is_weak():
    assert grade([rep("a", "Reuters"), rep("b", "ANHA")])[0] == "fair"
    g, reason = grade([rep("a", "Reuters"), rep("b", "reuters")])
    assert g == "weak" and "2 reports" in reason


def test_wire_copies_count_once():
    reports = [rep("a", "Ahram"), rep("b", "NNA")]
    assert grade(reports, is_copy=lambda x, y: True)[0] == "weak"
    assert grade(reports, is_copy=lambda x, y: False)[0] == "fair"


def test_belligerent_accepting_responsibility_confirms():
    reports = [rep("a", "Reuters", actor=("Turkey",)),
               rep("b", "Anadolu", actor=("Turkey",), claimed_by=("Turkey",))]
    g, reason = grade(reports)
    assert g == "confirmed" and "Turkey" in reason and "b#E1" in reason


def test_affiliates_count_as_the_perpetrator():
    r = rep("a", actor=("YPG",), claimed_by=("SDF",), extra={"affiliations": {"YPG": ["SDF"]}})
    assert grade([r])[0] == "confirmed"


def test_competing_blame_is_contested():
    reports = [rep("a", "ANHA", actor=("Turkey",)), rep("b", "SANA", actor=("ISIS",))]
    g, reason = grade(reports)
    assert g == "contested" and "Turkey" in reason and "ISIS" in reason


def test_denial_against_assertions_is_contested():
    reports = [rep("a", "ANHA", actor=("Turkey",)),
               rep("b", "Anadolu", actor=("Turkey",), status="denied", claimed_by=("Turkey",))]
    g, reason = grade(reports)
    assert g == "contested" and "denied by Turkey" in reason


def test_nothing_asserted_is_discounted():
    reports = [rep("a", status="denied"), rep("b", status="threatened")]
    g, reason = grade(reports)
    assert g == "discounted" and "denied" in reason and "threatened" in reason


def test_a_speaker_of_an_accusation_does_not_confirm_it():
    r = Report(document_id="a", event_id="E1", type="ACCUSE", outlet="ANHA", actor=("SDF",),
               claimed_by=("SDF",))
    assert grade([r])[0] == "weak"
