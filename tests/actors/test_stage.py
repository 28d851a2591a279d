from tests.conftest import run_stages


def actors(text):
    rec = run_stages(text, ["actors"])
    return rec, {a.name: a for a in rec.actors}


def test_mentions_are_spans_into_the_text():
    rec, by_name = actors("The Syrian Democratic Forces said the SDF repelled ISIS.")
    sdf = by_name["Syrian Democratic Forces"]
    texts = [rec.document.text[s:e] for s, e in sdf.mentions]
    assert texts == ["Syrian Democratic Forces", "SDF"]
    assert sdf.kind == "armed_group" and sdf.country == "SYR"
    assert [a.id for a in rec.actors] == [f"A{i}" for i in range(1, len(rec.actors) + 1)]


def test_unknown_entities_are_kept():
    rec, by_name = actors("Ahmed Khalil of the Zarqa Brigade Collective met reporters. "
                          "Later, Mr. Khalil said he left.")
    person = next(a for a in rec.actors if a.kind == "person")
    assert len(person.mentions) == 2  # surname joins the full name
    assert any(a.kind == "other" for a in rec.actors)


def test_statement_and_our_forces_corefer_to_the_issuer():
    text = ("The Syrian Democratic Forces issued a statement on Monday. The statement reads: "
            "\"Our forces will defend the region.\"")
    rec, by_name = actors(text)
    sdf = by_name["Syrian Democratic Forces"]
    surfaces = [rec.document.text[s:e] for s, e in sdf.mentions]
    assert "The statement" in surfaces and "Our forces" in surfaces


def test_the_group_needs_a_single_antecedent():
    rec, by_name = actors("Hezbollah fighters crossed the border. The group said it won.")
    assert "The group" in [rec.document.text[s:e] for s, e in by_name["Hezbollah"].mentions]
    rec, by_name = actors("Hamas and Hezbollah issued warnings. The group said it won.")
    assert all("The group" not in [rec.document.text[s:e] for s, e in a.mentions]
               for a in rec.actors)


def test_seed_actors(seed_record, seed_gold):
    text = seed_record.document.text
    by_name = {a.name: a for a in seed_record.actors}
    for gold in seed_gold["actors"]:
        actor = next(a for a in seed_record.actors
                     if a.name.lower() in {n.lower() for n in gold["names"]})
        assert actor.kind == gold["kind"]
        if "country" in gold:
            assert actor.country == gold["country"]
        surfaces = {text[s:e].lower().removeprefix("the ") for s, e in actor.mentions}
        for surface in gold["surface"]:
            assert surface.lower().removeprefix("the ") in surfaces
    assert by_name["Turkey"].country == "TUR"
