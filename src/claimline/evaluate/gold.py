"""Score a record against a gold file in the ``*.gold.json`` format.

Matching rules (the gold file's ``_about``): events match on type + date + place (within
``place.km`` of lat/lon); actor names match any listed alias, case-insensitively; claims match
when the speaker matches and the claim's content overlaps the quoted fragment; framing matches
on overlap with the given text. Gold items marked ``"optional": true`` count for precision and
are reported, but are not required.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimlineError
from ..geo import haversine_km
from ..record import Record

PREFIX = {"day": 10, "month": 7, "year": 4, "decade": 3, "century": 2}


@dataclass
class Check:
    section: str
    item: str
    ok: bool
    required: bool = True
    detail: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    counts: dict = field(default_factory=dict)   # section -> (matched_gold, gold, system)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks if c.required)

    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.required and not c.ok]

    def section_scores(self) -> dict[str, dict]:
        scores = {}
        for section, (matched, gold, system, sys_matched) in self.counts.items():
            scores[section] = {"precision": sys_matched / system if system else 1.0,
                               "recall": matched / gold if gold else 1.0,
                               "gold": gold, "system": system}
        return scores


def load_gold(path: str | Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ClaimlineError("E009", path=str(path), reason=str(exc)) from exc


def _norm(s: str) -> str:
    s = " ".join(s.lower().replace("’", "'").split())
    return s[4:] if s.startswith("the ") else s


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find_all(text: str, fragment: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(fragment)
    while start != -1:
        spans.append((start, start + len(fragment)))
        start = text.find(fragment, start + 1)
    return spans


class _Scorer:
    def __init__(self, record: Record, gold: dict):
        self.r, self.g = record, gold
        self.text = record.document.text
        self.report = Report()

    def actor_matches(self, actor_id: str | None, aliases: list[str]) -> bool:
        actor = self.r.actor(actor_id)
        return bool(actor) and _norm(actor.name) in {_norm(a) for a in aliases}

    def ids_match_groups(self, ids: list[str], groups: list[list[str]]) -> bool:
        return all(any(self.actor_matches(i, group) for i in ids) for group in groups)

    def place_matches(self, place_id: str | None, gold_place: dict) -> bool:
        place = self.r.place(place_id)
        if not place or place.lat is None or "lat" not in gold_place:
            return False
        return haversine_km(place.lat, place.lon, gold_place["lat"], gold_place["lon"]) <= gold_place["km"]

    def check(self, section, item, ok, required=True, detail=""):
        self.report.checks.append(Check(section, item, bool(ok), required, detail))

    # --- sections ---------------------------------------------------------------------------
    def boilerplate(self):
        for s in self.g.get("boilerplate_absent", []):
            self.check("document", f"boilerplate {s!r} absent", s not in self.text)

    def events(self):
        used, matched = set(), 0
        for ge in self.g.get("events", []):
            required = not ge.get("optional", False)
            prefix = PREFIX.get(ge.get("date", {}).get("precision", "day"), 10)
            gstart = str(ge.get("date", {}).get("start", ""))[:prefix]
            found = None
            for ev in self.r.events:
                if ev.id in used or ev.type != ge["type"]:
                    continue
                if gstart and not (ev.date.start or "").startswith(gstart):
                    continue
                if "place" in ge and not self.place_matches(ev.place, ge["place"]):
                    continue
                found = ev
                break
            self.check("events", f"{ge['key']}: found (type+date+place)", found, required,
                       "" if found else "no system event with this type, date and place")
            if not found:
                continue
            used.add(found.id)
            matched += 1
            key = ge["key"]
            for attr in ("mode", "acled", "status"):
                if attr in ge:
                    got = getattr(found, attr)
                    self.check("events", f"{key}: {attr}", got == ge[attr], required,
                               f"got {got!r}, want {ge[attr]!r}")
            if "date" in ge and "precision" in ge["date"]:
                self.check("events", f"{key}: date precision",
                           found.date.precision == ge["date"]["precision"], required,
                           f"got {found.date.precision!r}")
            for role in ("actor", "recipient", "claimed_by"):
                if role in ge:
                    ids = getattr(found, role)
                    names = [self.r.actor(i).name for i in ids if self.r.actor(i)]
                    self.check("events", f"{key}: {role}", self.ids_match_groups(ids, ge[role]),
                               required, f"got {names}")
            if "fatalities" in ge:
                best = found.fatalities.best if found.fatalities else None
                self.check("events", f"{key}: fatalities best", best == ge["fatalities"]["best"],
                           required, f"got {best}")
        gold_n = len(self.g.get("events", []))
        self.report.counts["events"] = (matched, gold_n, len(self.r.events), len(used))

    def actors(self):
        matched, used = 0, set()
        for ga in self.g.get("actors", []):
            found = next((a for a in self.r.actors if a.id not in used
                          and self.actor_matches(a.id, ga["names"])), None)
            name = ga["names"][0]
            self.check("actors", f"{name}: found", found)
            if not found:
                continue
            used.add(found.id)
            matched += 1
            for attr in ("kind", "country"):
                if attr in ga:
                    got = getattr(found, attr)
                    self.check("actors", f"{name}: {attr}", got == ga[attr], detail=f"got {got!r}")
            surfaces = {_norm(self.text[s:e]) for s, e in found.mentions}
            for surface in ga.get("surface", []):
                self.check("actors", f"{name}: surface {surface!r}", _norm(surface) in surfaces,
                           detail=f"mentions {sorted(surfaces)}")
        self.report.counts["actors"] = (matched, len(self.g.get("actors", [])),
                                        len(self.r.actors), len(used))

    def places(self):
        matched, used = 0, set()
        for gp in self.g.get("places", []):
            aliases = {_norm(n) for n in gp["names"]}
            found = None
            for p in self.r.places:
                texts = {_norm(p.name)} | {_norm(self.text[s:e]) for s, e in p.mentions}
                if p.id not in used and texts & aliases:
                    found = p
                    break
            name = gp["names"][0]
            self.check("places", f"{name}: found", found)
            if not found:
                continue
            used.add(found.id)
            matched += 1
            near = found.lat is not None and haversine_km(found.lat, found.lon, gp["lat"], gp["lon"]) <= gp["km"]
            self.check("places", f"{name}: within {gp['km']} km", near,
                       detail=f"got {found.lat}, {found.lon}")
            if "country" in gp:
                self.check("places", f"{name}: country", found.country == gp["country"],
                           detail=f"got {found.country!r}")
        self.report.counts["places"] = (matched, len(self.g.get("places", [])),
                                        len(self.r.places), len(used))

    def times(self):
        matched, used = 0, set()
        for gt in self.g.get("times", []):
            found = next((i for i, t in enumerate(self.r.times) if i not in used
                          and _norm(gt["text"]) in _norm(t.text)), None)
            self.check("times", f"{gt['text']!r}: found", found is not None)
            if found is None:
                continue
            used.add(found)
            matched += 1
            t = self.r.times[found]
            if "value" in gt:
                self.check("times", f"{gt['text']!r}: value", t.value == gt["value"],
                           detail=f"got {t.value!r}")
            if "value_prefix" in gt:
                self.check("times", f"{gt['text']!r}: value prefix",
                           t.value.startswith(gt["value_prefix"]), detail=f"got {t.value!r}")
            if "approximate" in gt:
                self.check("times", f"{gt['text']!r}: approximate",
                           t.approximate == gt["approximate"])
        self.report.counts["times"] = (matched, len(self.g.get("times", [])), len(self.r.times),
                                       len(used))

    def claims(self):
        matched, used = 0, set()
        for gc in self.g.get("claims", []):
            spans = _find_all(self.text, gc["overlaps"])
            label = gc["overlaps"][:50]
            found = next((c for c in self.r.claims if c.id not in used
                          and self.actor_matches(c.speaker, gc["speaker"])
                          and any(_overlaps(c.content, s) for s in spans)), None)
            self.check("claims", f"{label!r}: found", found,
                       detail="" if spans else "fragment not in the text")
            if not found:
                continue
            used.add(found.id)
            matched += 1
            if "stance" in gc:
                self.check("claims", f"{label!r}: stance", found.stance == gc["stance"],
                           detail=f"got {found.stance!r}")
            if "targets" in gc:
                self.check("claims", f"{label!r}: targets",
                           self.ids_match_groups(found.targets, gc["targets"]),
                           detail=f"got {found.targets}")
        self.report.counts["claims"] = (matched, len(self.g.get("claims", [])),
                                        len(self.r.claims), len(used))

    def framing(self):
        matched, used = 0, set()
        for gf in self.g.get("framing", []):
            spans = _find_all(self.text, gf["text"])
            hits = [i for i, f in enumerate(self.r.framing)
                    if any(_overlaps(f.span, s) for s in spans)]
            self.check("framing", f"{gf['text']!r}: flagged", hits)
            if not hits:
                continue
            matched += 1
            used.update(hits)
            if "neutral_like" in gf:
                wanted = [_norm(n) for n in gf["neutral_like"]]
                ok = any(self.r.framing[i].neutral and any(
                    w in _norm(self.r.framing[i].neutral) for w in wanted) for i in hits)
                self.check("framing", f"{gf['text']!r}: neutral wording", ok,
                           detail=f"got {[self.r.framing[i].neutral for i in hits]}")
        self.report.counts["framing"] = (matched, len(self.g.get("framing", [])),
                                         len(self.r.framing), len(used))


def score(record: Record, gold: dict) -> Report:
    """Compare ``record`` with ``gold``; ``report.ok`` is True when every required item holds."""
    scorer = _Scorer(record, gold)
    for section in ("boilerplate", "events", "actors", "places", "times", "claims", "framing"):
        getattr(scorer, section)()
    return scorer.report
