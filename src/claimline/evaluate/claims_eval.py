"""Scores of the claims and framing stages.

* the seed example: the claims and framing sections of its gold file (speaker + overlap, stance,
  targets; flagged + neutral wording) and the speech-act event;
* hand-annotated FA-KES dev articles (``benchmarks/gold/fakes-claims.jsonl``, guideline in
  ``docs/annotation/claims-guideline.md``): claim precision/recall (content overlaps the gold
  fragment, one-to-one in text order) and speaker accuracy on the matched claims.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimlineError
from ..record import Record

REPO = Path(__file__).resolve().parents[3]
FAKES_GOLD = REPO / "benchmarks" / "gold" / "fakes-claims.jsonl"
SEED_TEXT = "karachok-statement.txt"
CLAIM_STAGES = ("time", "actors", "claims")


def _norm(name: str) -> str:
    name = " ".join(re.sub(r"[-‐–]", " ", re.sub(r"[’'`]", "", name.lower())).split())
    return re.sub(r"^(the|a|an)\s+", "", name)


def names_match(system_names: list[str], gold_names: list[str]) -> bool:
    """A system name matches a gold name when one contains the other at word boundaries."""
    for s in map(_norm, system_names):
        if not s:
            continue
        for g in map(_norm, gold_names):
            if not g:
                continue
            if s == g or re.search(rf"\b{re.escape(g)}\b", s) or \
                    (len(s) >= 3 and re.search(rf"\b{re.escape(s)}\b", g)):
                return True
    return False


def speaker_names(record: Record, claim) -> list[str]:
    names = []
    actor = record.actor(claim.speaker)
    if actor:
        names.append(actor.name)
    span = getattr(claim, "speaker_span", None)
    if span:
        names.append(record.document.text[span[0]:span[1]])
    return names


def _find(text: str, fragment: str, occurrence: int = 1) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(fragment, start + 1)
        if start == -1:
            return None
    return (start, start + len(fragment))


@dataclass
class ClaimScores:
    documents: int = 0
    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0
    speaker_correct: int = 0
    speaker_actor_correct: int = 0   # by the speaker actor's canonical name alone
    unlocated: int = 0
    errors: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched_gold if self.matched_gold else 0.0

    @property
    def speaker_actor_accuracy(self) -> float:
        return self.speaker_actor_correct / self.matched_gold if self.matched_gold else 0.0


def score_claims(record: Record, gold_claims: list[dict], scores: ClaimScores,
                 label: str = "") -> None:
    """Add one document's matches to ``scores``."""
    text = record.document.text
    gold = []
    for g in gold_claims:
        span = _find(text, g["overlaps"], g.get("occurrence", 1))
        if span is None:
            scores.unlocated += 1
            continue
        gold.append((span, g))
    gold.sort(key=lambda x: x[0])
    claims = sorted(record.claims, key=lambda c: c.content[0])
    used: set[str] = set()
    scores.documents += 1
    scores.gold += len(gold)
    scores.system += len(claims)
    for span, g in gold:
        overlapping = [c for c in claims if c.id not in used
                       and c.content[0] < span[1] and span[0] < c.content[1]]
        if not overlapping:
            scores.errors.append((label, "missed", g["overlaps"], g["speaker"][0], ""))
            continue
        right = [c for c in overlapping if names_match(speaker_names(record, c), g["speaker"])]
        found = (right or overlapping)[0]
        used.add(found.id)
        scores.matched_gold += 1
        if right:
            scores.speaker_correct += 1
            actor = record.actor(found.speaker)
            if actor and names_match([actor.name], g["speaker"]):
                scores.speaker_actor_correct += 1
        else:
            scores.errors.append((label, "speaker", g["overlaps"], g["speaker"][0],
                                  " / ".join(speaker_names(record, found)) or "outlet"))
    scores.matched_system += len(used)
    for c in claims:
        if c.id not in used:
            scores.errors.append((label, "spurious", text[c.content[0]:c.content[1]][:80], "",
                                  " / ".join(speaker_names(record, c)) or "outlet"))


def load_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ClaimlineError("E009", path=str(path), reason=str(exc)) from exc
    rows = [json.loads(line) for line in lines if line.strip()]
    return [r for r in rows if "unit_id" in r]


def fakes_rows(data: Path) -> dict[str, dict]:
    from .fakes import dev_rows
    return {row["unit_id"]: row for row in dev_rows(data)}


def evaluate_fakes(data: Path, gold_path: Path = FAKES_GOLD, pipeline=None) -> ClaimScores:
    """Run the pipeline on the annotated FA-KES dev articles and score their claims."""
    from ..ingest import RawDocument, to_record
    from ..pipeline import Pipeline

    rows = fakes_rows(data)
    # claims read the time and actors sections only; places/events do not change them
    pipeline = pipeline or Pipeline(CLAIM_STAGES)
    scores = ClaimScores()
    for item in load_jsonl(gold_path):
        row = rows.get(str(item["unit_id"]))
        if row is None:
            continue
        raw = RawDocument(origin=f"fa-kes/dev.csv#{item['unit_id']}", data=row["article_content"])
        record = pipeline.analyse(to_record(raw))
        score_claims(record, item["claims"], scores, label=str(item["unit_id"]))
    return scores


@dataclass
class SeedScores:
    claims: tuple[int, int, int] = (0, 0, 0)      # matched gold, gold, system
    framing: tuple[int, int, int] = (0, 0, 0)
    checks: list = field(default_factory=list)      # (section, item, ok, detail)
    speech_act: bool = False


def evaluate_seed(record: Record, gold: dict) -> SeedScores:
    """The claims/framing part of the seed gold, plus the ACCUSE speech-act event."""
    from .gold import score
    report = score(record, gold)
    out = SeedScores()
    out.claims = report.counts.get("claims", (0, 0, 0, 0))[:3]
    out.framing = report.counts.get("framing", (0, 0, 0, 0))[:3]
    out.checks = [(c.section, c.item, c.ok, c.detail) for c in report.checks
                  if c.section in {"claims", "framing"}
                  or (c.section == "events" and c.item.startswith("sdf-statement"))]
    statement = [c for c in report.checks if c.item.startswith("sdf-statement")]
    out.speech_act = bool(statement) and all(c.ok for c in statement)
    return out


def seed_record(published: str = "2023-04-25") -> tuple[Record, dict]:
    """The record of the packaged seed example and its gold (tests/data or shared/examples)."""
    from importlib import resources

    from ..extraction import extract
    candidates = [REPO / "tests" / "data" / "karachok-statement.gold.json",
                  REPO.parent / "shared" / "examples" / "karachok-statement.gold.json"]
    gold_path = next((p for p in candidates if p.exists()), None)
    if gold_path is None:
        raise ClaimlineError("E009", path=str(candidates[0]), reason="not found")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = resources.files("claimline.data").joinpath("examples", SEED_TEXT)
    return extract(str(text), published=gold.get("published", published)), gold
