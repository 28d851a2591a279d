from claimline.link.blocking import BlockIndex
from claimline.link.reports import Report, date_window


def rep(doc, first, last=None, country="SY", admin1="Aleppo", type_="ASSAULT", ev="E1"):
    return Report(document_id=doc, event_id=ev, type=type_, first=first,
                  last=first if last is None else last, country=country, admin1=admin1,
                  precision="day")


def keys(found):
    return {r.document_id for r in found}


def test_window_scales_with_precision():
    day = date_window("day", 100, 100, None, "reported")
    month = date_window("month", 100, 130, None, "reported")
    year = date_window("year", 100, 464, None, "reported")
    assert day == (99, 101)
    assert month[1] - month[0] > day[1] - day[0]
    assert year[1] - year[0] > month[1] - month[0]
    assert date_window("decade", 100, 3750, None, "recalled") == (None, None)


def test_undated_news_falls_back_to_publication_but_recalled_does_not():
    assert date_window("unknown", None, None, 500, "reported") == (497, 500)
    assert date_window("unknown", None, None, 500, "recalled") == (None, None)


def test_candidates_share_place_and_days():
    a = rep("a", 999, 1001)
    index = BlockIndex([a, rep("b", 1001), rep("c", 1010), rep("d", 1000, admin1="Idlib"),
                        rep("e", 1000, country="IQ", admin1="Nineveh")])
    assert keys(index.candidates(a)) == {"b"}


def test_country_level_and_placeless_reports_meet_regional_ones():
    a = rep("a", 1000)
    vague = rep("v", 1000, admin1=None)
    nowhere = rep("n", 1000, country=None, admin1=None)
    index = BlockIndex([a, vague, nowhere, rep("d", 1000, admin1="Idlib")])
    assert keys(index.candidates(a)) == {"v", "n"}
    assert keys(index.candidates(vague)) == {"a", "n", "d"}
    assert keys(index.candidates(nowhere)) == {"a", "v", "d"}


def test_incompatible_types_and_same_document_are_not_candidates():
    a = rep("a", 1000)
    index = BlockIndex([a, rep("b", 1000, type_="AGREE"), rep("c", 1000, type_="COERCE"),
                        rep("a", 1000, ev="E2")])
    assert keys(index.candidates(a)) == {"c"}


def test_undated_reports_are_never_candidates():
    a = rep("a", 1000)
    undated = Report(document_id="u", event_id="E1", type="ASSAULT", country="SY",
                     admin1="Aleppo")
    index = BlockIndex([a, undated])
    assert index.candidates(a) == []
    assert index.candidates(undated) == []


def test_candidates_are_capped_nearest_first(monkeypatch):
    import claimline.link.blocking as blocking
    monkeypatch.setattr(blocking, "MAX_CANDIDATES", 3)
    a = rep("a", 1000, 1000)
    others = [rep(f"o{i}", 1000 + (i % 3) - 1, ev="E1") for i in range(10)]
    wide = rep("w", 990, 1010)
    index = BlockIndex([a, wide, *others])
    found = index.candidates(a)
    assert len(found) == 3
    assert all(abs(r.first - 1000) <= 1 for r in found)


def test_coarse_places_are_blocked_by_country_not_region():
    a = rep("a", 1000)
    region = Report(document_id="r", event_id="E1", type="ASSAULT", first=1000, last=1000,
                    country="SY", admin1="Idlib", geo_precision=4, precision="day")
    index = BlockIndex([a, region, rep("d", 1000, admin1="Idlib")])
    assert keys(index.candidates(a)) == {"r"}
    assert keys(index.candidates(region)) == {"a", "d"}
