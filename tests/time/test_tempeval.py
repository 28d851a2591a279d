"""TempEval-3 scoring: TimeML reading, the arithmetic, and a floor on the shared dev data."""
import pytest

from claimline.evaluate.tempeval import Scores, Timex, TimeMLDoc, load_tml, score_document

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1">attacked</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> &amp; left <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>
"""


def test_load_tml_gives_plain_text_offsets_and_dct(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text(TML, encoding="utf-8")
    doc = load_tml(path)
    assert str(doc.dct) == "1998-08-07"
    assert [doc.text[g.start:g.end] for g in doc.gold] == ["yesterday", "two days"]
    assert "&" in doc.text and "<" not in doc.text


def test_scoring_arithmetic():
    doc = TimeMLDoc("d", "x" * 50, None, [Timex(0, 9, "DATE", "1998-08-06"),
                                          Timex(20, 28, "DURATION", "P2D")])
    system = [Timex(0, 9, "DATE", "1998-08-06"), Timex(20, 34, "DATE", "1998-08-08"),
              Timex(40, 45, "DATE", "PAST_REF")]
    scores = Scores()
    score_document(doc, system, scores)
    f = scores.figures()
    assert f["relaxed_precision"] == pytest.approx(2 / 3) and f["relaxed_recall"] == 1.0
    assert f["strict_precision"] == pytest.approx(1 / 3) and f["strict_recall"] == 0.5
    assert f["value_accuracy"] == 0.5 and f["type_accuracy"] == 0.5
    assert f["value_precision"] == pytest.approx(1 / 3) and f["value_recall"] == 0.5


@pytest.mark.shared
def test_tempeval3_dev_floor(shared_data):
    """Measured 2026-11-25 with rules only (--no-spacy): value F1 0.800, relaxed F1 0.939,
    strict F1 0.867, value accuracy 0.854 (before the 03:00 round: 0.791, 0.931, 0.856, 0.851)."""
    from claimline.evaluate.tempeval import find_documents, score_documents
    docs = [load_tml(p) for p in find_documents(shared_data, "tbaq")]
    f = score_documents(docs, nlp=None).figures()
    assert f["relaxed_f1"] >= 0.92
    assert f["strict_f1"] >= 0.85
    assert f["value_f1"] >= 0.79
    assert f["value_accuracy"] >= 0.84
