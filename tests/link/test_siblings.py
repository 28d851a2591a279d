"""A report geocoded abroad joins the incident its own document tells (link/siblings.py)."""
from claimline.link import link_store
from claimline.link.reports import Report
from claimline.link.siblings import displaced_sibling
from tests.link.factory import make_record

GAS = dict(type="ASSAULT", acled="Chemical weapon", date="2013-08-21", place="Damascus",
           actor=["Syrian government"], recipient=["civilians"])
TEXT = ("Rockets loaded with nerve gas struck the rebel-held Ghouta suburbs of Damascus before "
        "dawn, killing hundreds of civilians as they slept, opposition activists said; doctors "
        "described symptoms of sarin poisoning in field hospitals across eastern Ghouta.")


def rep(**kw):
    base = dict(document_id="d", event_id="E1", type="ASSAULT", acled="Chemical weapon",
                first=100, last=102, precision="day", date_start="2013-08-21", country="SY",
                admin1="Dimashq")
    base.update(kw)
    return Report(**base)


def test_displaced_siblings_share_document_day_and_attack_but_not_country():
    a = rep()
    abroad = rep(event_id="E2", acled="Attack", country="US", admin1="Washington, D.C.")
    assert displaced_sibling(a, abroad) and displaced_sibling(abroad, a)
    assert not displaced_sibling(a, rep(event_id="E2", admin1="Aleppo"))        # one country
    assert not displaced_sibling(a, rep(document_id="x", event_id="E2", country="US"))
    assert not displaced_sibling(a, rep(event_id="E2", country="US", first=101, last=103))
    assert not displaced_sibling(a, rep(event_id="E2", country="US", acled="Peaceful protest"))
    assert not displaced_sibling(a, rep(event_id="E2", country="US", precision="month"))


def _outlet(name, extra=(), text=TEXT):
    return make_record(text + " " + name, name, published="2013-08-21",
                       events=[dict(GAS, fatalities=500)] + list(extra))


def _canonical(store):
    rows = store.query("SELECT document_id, event_id, canonical_id FROM canonical_reports")
    return {(r["document_id"], r["event_id"]): r["canonical_id"] for r in rows}


def test_an_attack_placed_at_the_speakers_capital_joins_its_documents_incident(store):
    factbox = make_record(TEXT + " Washington blames the government for the attack, which it "
                          "says killed more than 1,400 people.", "Factbox", published="2013-09-09",
                          events=[dict(GAS), dict(GAS, acled="Attack", place="Washington",
                                                  fatalities=1400)])
    for rec in (_outlet("Reuters"), _outlet("AFP"), factbox):
        store.put(rec)
    stats = link_store(store)
    links = _canonical(store)
    ghouta = links[(factbox.document.id, "E1")]
    assert links[(factbox.document.id, "E2")] == ghouta
    assert len({cid for cid in links.values()}) == 1 and stats.canonical_events == 1
    assert stats.opened == 1 and stats.joined_new == 3
    assert link_store(store).new_reports == 0 and _canonical(store) == links


def test_siblings_placed_in_one_country_stay_apart(store):
    digest = make_record(TEXT + " Elsewhere gas was also reported in Aleppo.", "Digest",
                         published="2013-08-21",
                         events=[dict(GAS), dict(GAS, place="Aleppo", fatalities=3)])
    for rec in (_outlet("Reuters"), _outlet("AFP"), digest):
        store.put(rec)
    link_store(store)
    links = _canonical(store)
    assert links[(digest.document.id, "E2")] != links[(digest.document.id, "E1")]


def test_a_lone_report_stays_alone_when_no_other_document_vouches_for_its_siblings_country(
        store):
    # the other outlets give no place: nothing says which of the two countries is the right one
    unplaced = {k: v for k, v in GAS.items() if k != "place"}
    others = [make_record(TEXT + f" {n}", n, published="2013-08-21",
                          events=[dict(unplaced, fatalities=500)]) for n in ("Reuters", "AFP")]
    mixed = make_record(TEXT + " Mixed", "Mixed", published="2013-08-21",
                        events=[dict(GAS, fatalities=20), dict(GAS, place="Halabja")])
    for rec in (*others, mixed):
        store.put(rec)
    link_store(store)
    links = _canonical(store)
    assert links[(mixed.document.id, "E2")] == links[(others[0].document.id, "E1")]
    assert links[(mixed.document.id, "E1")] != links[(others[0].document.id, "E1")]


def test_a_displaced_report_arriving_later_joins_the_existing_event(store):
    for rec in (_outlet("Reuters"), _outlet("AFP")):
        store.put(rec)
    link_store(store)
    before = _canonical(store)
    factbox = make_record(TEXT + " Factbox", "Factbox", published="2013-09-09",
                          events=[dict(GAS), dict(GAS, acled="Attack", place="Washington",
                                                  fatalities=1400)])
    store.put(factbox)
    stats = link_store(store)
    links = _canonical(store)
    assert all(links[k] == v for k, v in before.items())          # ids stay stable
    assert links[(factbox.document.id, "E2")] == links[(factbox.document.id, "E1")] \
        == next(iter(before.values()))
    assert stats.joined_existing == 2 and stats.opened == 0
