"""TempEval-3 scoring of the time stage on TimeML (``.tml``) documents.

Reads each document's creation time (DCT) and its TIMEX3 annotations inside ``<TEXT>``, runs the
time stage on the plain text with the DCT as publication date, and scores it the TempEval-3 way:
extent precision/recall/F1 with relaxed (any overlap) and strict (same offsets) matching; then on
relaxed matches the type and value accuracy; value P/R/F1 = correct values over system/gold
expressions (= relaxed F1 × value accuracy).
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import ClaimlineError

__all__ = ["Timex", "TimeMLDoc", "load_tml", "find_documents", "Scores", "score_documents",
           "evaluate"]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[Timex]


def _walk(elem, parts: list[str], gold: list[Timex], pos: list[int]) -> None:
    if elem.tag == "TIMEX3":
        start = pos[0]
        inner = "".join(elem.itertext())
        parts.append(inner)
        pos[0] += len(inner)
        gold.append(Timex(start, pos[0], elem.get("type", "DATE"), elem.get("value", ""), inner))
    else:
        if elem.text:
            parts.append(elem.text)
            pos[0] += len(elem.text)
        for child in elem:
            _walk(child, parts, gold, pos)
    if elem.tail and pos is not None and elem.tag != "TEXT":
        parts.append(elem.tail)
        pos[0] += len(elem.tail)


def load_tml(path: Path) -> TimeMLDoc:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise ClaimlineError("E009", path=str(path), reason=str(exc)) from exc
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", timex.get("value", ""))
            if m:
                dct = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            break
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    if body is not None:
        _walk(body, parts, gold, [0])
    return TimeMLDoc(path.stem, "".join(parts), dct, gold)


def find_documents(data: Path, split: str = "tbaq") -> list[Path]:
    folder = Path(data) / "tempeval3" / split
    if not folder.is_dir():
        folder = Path(data) / split if (Path(data) / split).is_dir() else Path(data)
    paths = sorted(folder.rglob("*.tml"))
    if not paths:
        raise ClaimlineError("E013", path=str(folder))
    seen, unique = set(), []
    for p in paths:  # the same document can sit in two sub-folders
        if p.name not in seen:
            seen.add(p.name)
            unique.append(p)
    return unique


@dataclass
class Scores:
    documents: int = 0
    gold: int = 0
    system: int = 0
    relaxed_gold: int = 0      # gold expressions overlapped by a system one
    relaxed_system: int = 0    # system expressions overlapping a gold one
    strict: int = 0
    type_correct: int = 0
    value_correct: int = 0
    matched: int = 0           # one-to-one relaxed pairs (attribute accuracy base)
    errors: list = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        sys_n, gold_n = max(self.system, 1), max(self.gold, 1)
        rp, rr = self.relaxed_system / sys_n, self.relaxed_gold / gold_n
        sp, sr = self.strict / sys_n, self.strict / gold_n
        matched = max(self.matched, 1)
        vp, vr = self.value_correct / sys_n, self.value_correct / gold_n
        tp, tr = self.type_correct / sys_n, self.type_correct / gold_n
        return {
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": self._f1(rp, rr),
            "strict_precision": sp, "strict_recall": sr, "strict_f1": self._f1(sp, sr),
            "type_accuracy": self.type_correct / matched, "type_f1": self._f1(tp, tr),
            "value_accuracy": self.value_correct / matched,
            "value_precision": vp, "value_recall": vr, "value_f1": self._f1(vp, vr),
        }


def _overlap(a, b) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score_document(doc: TimeMLDoc, system: list[Timex], scores: Scores, keep_errors: int = 0):
    scores.documents += 1
    scores.gold += len(doc.gold)
    scores.system += len(system)
    scores.relaxed_gold += sum(any(_overlap(g, s) > 0 for s in system) for g in doc.gold)
    scores.relaxed_system += sum(any(_overlap(g, s) > 0 for g in doc.gold) for s in system)
    used: set[int] = set()
    for g in doc.gold:
        best, best_overlap = None, 0
        for i, s in enumerate(system):
            o = _overlap(g, s)
            if o > best_overlap and i not in used:
                best, best_overlap = i, o
        if best is None:
            if len(scores.errors) < keep_errors:
                scores.errors.append((doc.name, "missed", g.text, g.value, ""))
            continue
        used.add(best)
        s = system[best]
        scores.matched += 1
        scores.strict += (s.start, s.end) == (g.start, g.end)
        scores.type_correct += s.type == g.type
        if s.value == g.value:
            scores.value_correct += 1
        elif len(scores.errors) < keep_errors:
            scores.errors.append((doc.name, "value", g.text, g.value, f"{s.text} → {s.value}"))
    if keep_errors:
        for i, s in enumerate(system):
            if i not in used and not any(_overlap(g, s) > 0 for g in doc.gold) \
                    and len(scores.errors) < keep_errors:
                scores.errors.append((doc.name, "spurious", s.text, "", s.value))


def score_documents(docs: Iterable[TimeMLDoc], nlp=None, keep_errors: int = 0) -> Scores:
    """Run the time stage on each document (with spaCy when ``nlp`` is given) and score it."""
    from ..time.tagger import tag_text

    docs = list(docs)
    scores = Scores()
    parsed = nlp.pipe((d.text for d in docs), batch_size=16) if nlp is not None else (None for _ in docs)
    for doc, spacy_doc in zip(docs, parsed):
        found = tag_text(doc.text, doc.dct, spacy_doc)
        system = [Timex(f.start, f.end, f.type, f.value, doc.text[f.start:f.end]) for f in found]
        score_document(doc, system, scores, keep_errors)
    return scores


def evaluate(data: Path, split: str = "tbaq", use_spacy: bool = True, keep_errors: int = 0) -> Scores:
    docs = [load_tml(p) for p in find_documents(data, split)]
    nlp = None
    if use_spacy:
        from ..nlp import load_nlp
        nlp = load_nlp()
    return score_documents(docs, nlp, keep_errors)
