"""The seed example's required event, as the gold file describes it."""


def test_karachok_strike(seed_record, seed_gold):
    gold = next(g for g in seed_gold["events"] if g["key"] == "karachok-strike")
    rec = seed_record
    strikes = [e for e in rec.events if e.acled == gold["acled"]]
    assert len(strikes) == 1, "the strike's mentions are merged into one event"
    ev = strikes[0]
    assert (ev.type, ev.mode, ev.status) == (gold["type"], gold["mode"], gold["status"])
    assert ev.fatalities and ev.fatalities.best == gold["fatalities"]["best"]
    names = lambda ids: {rec.actor(i).name.lower() for i in ids}  # noqa: E731
    assert names(ev.actor) & {n.lower() for n in gold["actor"][0]}
    assert names(ev.recipient) & {n.lower() for n in gold["recipient"][0]}
    assert ev.date.start == gold["date"]["start"] and ev.date.precision == "day"
    place = rec.place(ev.place)
    assert place is not None and place.country == "SY"
    assert len(ev.evidence) >= 3
