from hypothesis import HealthCheck, given, settings, strategies as st

from claimline.framing import flag_framing
from claimline.summary import summarise
from tests.claims.helpers import claims_run, make_record

WORDS = ["martyred ", "the occupation state ", "brutal ", "attacks ", "regime ", "said ",
         "\u201c", "\u201d", '"', "Turkey ", ". ", "\n\n", "terrorist ", "x", " "]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join))
def test_framing_and_summary_never_fail(nlp, text):
    record = make_record(text, [("A1", "Turkey", "state", ["Turkey"])])
    doc = nlp(text)
    record = claims_run(nlp, record)
    record = flag_framing(record, doc)
    for f in record.framing:
        assert 0 <= f.span[0] < f.span[1] <= len(text)
        assert text[f.span[0]:f.span[1]] == f.text
    assert isinstance(summarise(record, doc).summary, str)
