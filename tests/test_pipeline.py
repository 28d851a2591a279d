from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.ingest import RawDocument, to_record
from claimline.nlp import load_nlp
from claimline.pipeline import ANALYSIS_STAGES, STAGES, Pipeline, get_stage, stage


def test_every_analysis_stage_is_registered_with_a_version():
    for name in ANALYSIS_STAGES:
        st = get_stage(name)
        assert st.name == name and st.version


def test_unknown_stage_is_a_coded_error():
    with pytest.raises(ClaimlineError) as info:
        get_stage("sentiment")
    assert info.value.code == "E005"


def test_model_is_loaded_once(nlp):
    assert load_nlp() is nlp
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_stage_versions_are_recorded(seed_record):
    assert set(seed_record.pipeline) == set(ANALYSIS_STAGES)


def test_a_crashing_stage_becomes_a_coded_error_and_the_batch_goes_on(nlp):
    @stage("_explode_test", version="1")
    def explode(record, doc):
        if "boom" in record.document.text:
            raise ValueError("bad state")
        return record

    try:
        pipe = Pipeline(("_explode_test",), nlp=nlp)
        items = [to_record(RawDocument(origin=name, data=text))
                 for name, text in (("a", "fine text"), ("b", "boom here"), ("c", "also fine"))]
        out = list(pipe.analyse_many(iter(items)))
    finally:
        STAGES.pop("_explode_test", None)
    assert [type(x).__name__ for x in out] == ["Record", "ClaimlineError", "Record"]
    assert out[1].code == "E011" and "'b'" in str(out[1]) and "ValueError" in str(out[1])


def test_errors_pass_through_in_order(nlp):
    pipe = Pipeline(("time",), nlp=nlp)
    err = ClaimlineError("E003", input="x")
    items = [err, to_record(RawDocument(origin="y", data="Some text."))]
    out = list(pipe.analyse_many(iter(items)))
    assert out[0] is err and out[1].document.origin == "y"
