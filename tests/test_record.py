from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.record import (SCHEMA, Actor, Document, Event, EventDate, Record, TimeExpression,
                              document_id)


def test_schema_key_and_contract_sections():
    rec = Record(document=Document(id="doc-x", text="t"))
    data = rec.to_dict()
    assert data["schema"] == SCHEMA
    assert list(data)[:9] == ["schema", "document", "actors", "places", "times", "events",
                              "claims", "framing", "summary"]


def test_document_id_depends_on_text_only():
    assert document_id("a  b\n c") == document_id("a b c")
    assert document_id("a b c") != document_id("a b d")


def test_extra_fields_survive_round_trip():
    rec = Record(document=Document(id="d", text="t", origin="x"), note={"k": 1})
    again = Record.from_json(rec.to_json())
    assert again.to_dict()["note"] == {"k": 1}


spans = st.tuples(st.integers(0, 50), st.integers(51, 100))
texts = st.text(min_size=0, max_size=100)


@settings(max_examples=60, deadline=None)
@given(text=texts, mentions=st.lists(spans, max_size=4), value=st.sampled_from(
    ["2017-04-25", "2017", "191X", "P6Y", "PAST_REF"]), best=st.integers(0, 10**6))
def test_json_round_trip(text, mentions, value, best):
    rec = Record(
        document=Document(id=document_id(text), text=text),
        actors=[Actor(id="A1", name="Turkey", kind="state", country="TUR", mentions=mentions)],
        times=[TimeExpression(text="x", span=(0, 1), value=value)],
        events=[Event(id="E1", type="ASSAULT", actor=["A1"], fatalities={"low": best,
                      "best": best, "high": best}, date=EventDate(start="2017", precision="year"))],
    )
    data = json.loads(rec.to_json())
    again = Record.model_validate(data)
    assert again == rec
    assert again.to_dict() == data
