"""In real headless Chromium (Debian's, driven by Playwright): the map page loads with its
markers and timeline, the filter bar and the timeline brush filter the events, and an event
page shows the highlighted evidence."""
from __future__ import annotations

import pytest

from .live import browser, chromium_path, live_server
from .records import sample_records

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                                                      "(pip install playwright)")
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium not found: install Debian's chromium (.ci/chromium.sh) or set "
                    "CLAIMLINE_CHROMIUM")
    from claimline.store import open_store
    db = str(tmp_path_factory.mktemp("browser") / "b.db")
    with open_store(db) as store:
        for record in sample_records():
            store.put(record)
    with live_server(db) as base, browser(executable) as context:
        yield base, context


@pytest.fixture()
def page(site):
    base, context = site
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.base = base
    yield page
    page.close()
    assert errors == [], errors


def rows(page) -> int:
    return page.locator("#events-table a.event-link").count()


def test_map_page_loads_markers_and_timeline(page):
    page.goto(page.base + "/")
    page.wait_for_selector("#map[data-loaded='1']", timeout=15000)
    assert page.get_attribute("#map", "data-points") == "6"
    assert page.locator("#map path.leaflet-interactive, #map .cluster").count() >= 1
    page.wait_for_selector("#timeline rect.bar")
    assert int(page.get_attribute("#timeline", "data-bins")) > 1
    assert rows(page) == 6
    # offline: the shipped country outlines are drawn instead of tiles
    page.wait_for_function("document.querySelectorAll('#map path').length > 100")


def test_clusters_split_when_zooming_in(page):
    page.goto(page.base + "/")
    page.wait_for_selector("#map[data-loaded='1']")

    def clusters_at(zoom: int) -> int:
        # (an arrow function returning nothing: Playwright would serialise the map object)
        page.evaluate(f"() => {{ window.claimlineMap.setView([30, 40], {zoom}, "
                      f"{{animate: false}}); }}")
        page.wait_for_timeout(300)
        return int(page.get_attribute("#map", "data-clusters"))

    far, near = clusters_at(1), clusters_at(7)
    assert far < near <= 6
    clusters_at(1)
    counts = page.locator("#map .cluster span").all_inner_texts()
    assert counts and sum(int(c) for c in counts) + page.locator(
        "#map path.event-marker").count() == 6


def test_filter_bar_filters(page):
    page.goto(page.base + "/")
    page.fill("#f-q", "tear gas")
    page.click("#f-apply")
    page.wait_for_url("**/?q=tear+gas*")
    assert rows(page) == 2
    page.wait_for_selector("#map[data-loaded='1']")
    assert page.get_attribute("#map", "data-points") == "2"
    page.select_option("#f-status", "recalled")
    page.fill("#f-q", "")
    page.click("#f-apply")
    page.wait_for_selector("#events-table")
    assert "status=recalled" in page.url and "q=" not in page.url   # empty fields left out
    assert rows(page) == 1


def test_timeline_brush_sets_the_date_range(page):
    page.goto(page.base + "/?bucket=year")
    page.wait_for_selector("#timeline rect.bar")
    box = page.locator("#timeline").bounding_box()
    # drag over the right half of the histogram (2019-05 … 2022-01 of 2017-04 … 2022-01)
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_url("**until=*")
    since = page.input_value("#f-since")
    assert since > "2019" and page.input_value("#f-until") >= "2022-01"
    assert 0 < rows(page) < 6
    assert page.locator("#timeline rect.bar.selected").count() >= 1


def test_event_page_shows_highlighted_evidence(page):
    page.goto(page.base + "/?actor=turkey")
    page.click("a.event-link")
    page.wait_for_selector("mark.hl-evidence")
    evidence = " ".join(page.locator("mark.hl-evidence").all_inner_texts())
    assert "Mount Karachok" in evidence and "killing 20 fighters" in evidence
    background = page.eval_on_selector("mark.hl-evidence",
                                       "m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("mark.hl-framing", has_text="mercenaries").count() == 1
    assert "best 20" in page.inner_text("#ev-fatalities")
    assert "Syrian Democratic Forces" in page.inner_text("#claims")
    assert "fighters" in page.inner_text("#framing")
