"""The seed example must yield its gold record: 100% of required items."""
from __future__ import annotations

from claimline.evaluate.gold import score


def test_seed_example_meets_gold(seed_record, seed_gold):
    report = score(seed_record, seed_gold)
    failures = "\n".join(f"[{c.section}] {c.item} {c.detail}" for c in report.failures())
    assert report.ok, f"required gold items failed:\n{failures}"


def test_seed_record_spans_point_into_text(seed_record):
    n = len(seed_record.document.text)
    spans = [m for a in seed_record.actors for m in a.mentions]
    spans += [m for p in seed_record.places for m in p.mentions]
    spans += [t.span for t in seed_record.times]
    spans += [e for ev in seed_record.events for e in ev.evidence]
    spans += [c.content for c in seed_record.claims] + [f.span for f in seed_record.framing]
    assert spans
    for s, e in spans:
        assert 0 <= s < e <= n


def test_seed_record_ids_are_consistent(seed_record):
    actors = {a.id for a in seed_record.actors}
    places = {p.id for p in seed_record.places}
    events = {e.id for e in seed_record.events}
    for ev in seed_record.events:
        assert set(ev.actor) | set(ev.recipient) | set(ev.claimed_by) <= actors
        assert ev.place is None or ev.place in places
    for c in seed_record.claims:
        assert c.speaker is None or c.speaker in actors
        assert set(c.targets) <= actors and set(c.events) <= events


def test_seed_partisan_figure_is_attributed_not_stated(seed_record):
    """The 20 dead are the SDF's figure: the event says so, and the summary attributes it."""
    strike = next(e for e in seed_record.events if e.fatalities and e.fatalities.best == 20)
    assert strike.claimed_by, "the casualty figure must carry who gives it"
    assert "martyr" not in seed_record.summary.lower()
