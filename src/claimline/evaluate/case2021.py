"""CASE 2021 task 2 (fine-grained event classification): each snippet's main event, typed by the
events stage, mapped from its ACLED sub-type (or PLOVER category) to the 30 CASE labels.

The main event is the first event of the snippet (in text order) with an ACLED sub-type or a
diplomatic PLOVER category; a snippet with no event is predicted ``OTHER``. Nothing here is
trained or tuned on the data: the mapping below is the ACLED/CASE label correspondence.
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimlineError

#: ACLED sub_event_type -> CASE 2021 label (the CASE labels are ACLED's, abbreviated)
ACLED_TO_CASE = {
    "Air/drone strike": "AIR_STRIKE", "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Armed clash": "ARMED_CLASH", "Chemical weapon": "CHEM_WEAP", "Suicide bomb": "SUIC_BOMB",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Grenade": "GRENADE", "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP", "Sexual violence": "SEX_VIOL",
    "Peaceful protest": "PEACE_PROTEST", "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT", "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT", "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
}
#: PLOVER categories of diplomacy (no ACLED sub-type) -> CASE DIPLO
DIPLOMATIC = {"CONSULT", "SANCTION", "REQUEST", "SUPPORT", "COOPERATE", "AID", "REJECT",
              "DISAPPROVE"}
NO_EVENT = "OTHER"
STAGES = ("time", "actors", "places", "events")


@dataclass
class CaseScores:
    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in zip(self.gold, self.predicted)) / max(1, len(self.gold))

    def f1(self, average: str = "weighted") -> float:
        from sklearn.metrics import f1_score
        return float(f1_score(self.gold, self.predicted, average=average, zero_division=0))

    def per_label(self) -> list[tuple[str, int, float, float, float]]:
        from sklearn.metrics import precision_recall_fscore_support
        labels = sorted(set(self.gold))
        p, r, f, n = precision_recall_fscore_support(self.gold, self.predicted, labels=labels,
                                                     zero_division=0)
        return [(lab, int(n[i]), float(p[i]), float(r[i]), float(f[i]))
                for i, lab in enumerate(labels)]

    def confusions(self, top: int = 15) -> list[tuple[str, str, int]]:
        pairs = Counter((g, p) for g, p in zip(self.gold, self.predicted) if g != p)
        return [(g, p, n) for (g, p), n in pairs.most_common(top)]


def main_label(record) -> str:
    for ev in record.events:
        if ev.acled in ACLED_TO_CASE:
            return ACLED_TO_CASE[ev.acled]
        if ev.type in DIPLOMATIC:
            return "DIPLO"
    return NO_EVENT


def read_rows(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("EventSnippet") and row.get("SubType"):
                rows.append((row["id"], row["EventSnippet"], row["SubType"].strip()))
    return rows


def evaluate(data: Path, limit: int | None = None) -> CaseScores:
    """Run the pipeline on ``data/case2021-task2/dev.tsv`` and score the main-event labels."""
    path = Path(data) / "case2021-task2" / "dev.tsv"
    if not path.is_file():
        raise ClaimlineError("E013", path=str(path))
    from ..ingest import RawDocument, to_record
    from ..pipeline import Pipeline

    rows = read_rows(path)[:limit]
    pipeline = Pipeline(STAGES)
    records = (to_record(RawDocument(origin=f"case2021#{i}", data=text), published=None)
               for i, text, _ in rows)
    scores = CaseScores()
    for (row_id, _, gold), rec in zip(rows, pipeline.analyse_many(records)):
        scores.ids.append(row_id)
        scores.gold.append(gold)
        scores.predicted.append(NO_EVENT if isinstance(rec, ClaimlineError) else main_label(rec))
    return scores
