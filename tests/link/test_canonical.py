from claimline.link.canonical import build_canonical, canonical_fatalities, canonical_id
from claimline.link.reports import Report


def rep(doc, fat=None, **kw):
    base = dict(document_id=doc, event_id="E1", type="ASSAULT", first=100, last=100,
                precision="day", date_start="2017-04-25", outlet=doc.upper(),
                place_name="Karachok", country="SY", lat=37.08, lon=42.2, geo_precision=2,
                fatalities=fat)
    base.update(kw)
    return Report(**base)


def test_fatalities_low_min_high_max_best_conservative():
    reports = [rep("a", (18, 18, 18)), rep("b", (20, 20, 20)), rep("c", (30, 40, 60)),
               rep("d", None)]
    assert canonical_fatalities(reports) == {"low": 18, "best": 18, "high": 60}
    assert canonical_fatalities([rep("d")]) is None


def test_best_is_the_lowest_best_even_when_a_low_is_lower():
    reports = [rep("a", (5, 25, 30)), rep("b", (20, 20, 20))]
    assert canonical_fatalities(reports) == {"low": 5, "best": 20, "high": 30}


def test_canonical_object_has_record_md_shape_and_lists_disagreements():
    reports = [rep("a", (18, 18, 18), actor=("Turkey",), claimed_by=()),
               rep("b", (20, 20, 20), actor=("Turkey",), claimed_by=("SDF",)),
               rep("c", None, actor=("Turkey",), place_name="Derik", geo_precision=1,
                   lat=37.07, lon=42.1)]
    obj = build_canonical("ce-x", reports)
    for key in ("id", "type", "mode", "acled", "date", "place", "fatalities", "grade",
                "grade_reason", "reports"):
        assert key in obj
    assert set(obj["place"]) >= {"name", "lat", "lon", "country", "admin1", "admin2",
                                 "precision"}
    assert obj["place"]["name"] == "Derik"           # the most precise place wins
    for r in obj["reports"]:
        assert {"document", "event", "outlet", "claimed_by", "fatalities", "status"} <= set(r)
    assert [r["document"] for r in obj["reports"]] == ["a", "b", "c"]
    values = {d["value"] for d in obj["disagreements"]["fatalities"]}
    assert values == {18, 20}
    assert obj["disagreements"]["place"][0]["reports"] == ["a#E1", "b#E1"]
    assert "actor" not in obj["disagreements"]


def test_date_comes_from_the_most_precise_reports():
    reports = [rep("a", date_start="2017-04", precision="month"),
               rep("b", date_start="2017-04-25", precision="day")]
    assert build_canonical("x", reports)["date"] == {"start": "2017-04-25", "end": None,
                                                      "precision": "day"}


def test_canonical_id_is_stable():
    assert canonical_id("doc-1", "E1") == canonical_id("doc-1", "E1")
    assert canonical_id("doc-1", "E1") != canonical_id("doc-1", "E2")
    assert canonical_id("doc-1", "E1").startswith("ce-")
