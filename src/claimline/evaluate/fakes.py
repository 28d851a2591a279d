"""FA-KES (Syrian war news with crowd labels of each article's main event): agreement of the
events stage's main event with the labels on date (±1 day), governorate, cause of death, actor
category and civilian deaths.

Each article runs with its dateline ("Wed 05 Apr 2017 …") as publication date. The main event is
the violent event (PLOVER ASSAULT) with the largest toll of its own among those the article's
opening passage reports as news (status not recalled, threatened or hypothetical), else among all
its violent events. The evaluator only maps that event as the events stage leaves it: the stage
already reads one incident told by several mentions (events/incident.py: a doer, a toll and a
day lent by the other mentions, ACLED's convention that battle dead are fighters). An event the
report dates nowhere is dated by the report's publication day (the day ACLED codes for an undated
report). Civilian deaths: the civilian figure, else the toll unless all of it is fighters. A field
whose label is "unknown" is not scored. Mappings below translate claimline's neutral categories
into FA-KES's label set; they are label correspondences, not rules fitted to rows.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimlineError
from ..events.incident import means, named_as_country, own_fatalities

STAGES = ("time", "actors", "places", "events")
FIELDS = ("date", "governorate", "cause", "actor", "civilians")

#: the events stage's way of killing (events.incident.means) -> FA-KES cause_of_death
CAUSE_OF_MEANS = {"bombardment": "shelling", "explosive": "explosion",
                  "chemical": "chemical and toxic gases", "firearms": "shooting",
                  "execution": "execution"}

GOVERNORATES = {
    "aleppo": "aleppo", "halab": "aleppo", "damascus": "damascus", "dimashq": "damascus",
    "rif dimashq": "damascus", "rif-dimashq": "damascus", "damascus countryside": "damascus", "rural damascus": "damascus", "deir ez-zor": "deir ezzor", "deir ezzor":
    "deir ezzor", "deir ez zor": "deir ezzor", "dayr az zawr": "deir ezzor", "deir al-zour":
    "deir ezzor", "idlib": "idlib", "idleb": "idlib", "raqqa": "raqqa", "ar-raqqah": "raqqa",
    "ar raqqah": "raqqa", "al-raqqah": "raqqa", "hasakah": "hasakeh", "al-hasakah": "hasakeh",
    "al hasakah": "hasakeh", "hasakeh": "hasakeh", "homs": "homs", "hims": "homs",
    "hama": "hama", "hamah": "hama", "daraa": "daraa", "dar'a": "daraa", "dara": "daraa",
    "latakia": "lattakia", "lattakia": "lattakia", "al ladhiqiyah": "lattakia",
    "al-ladhiqiyah": "lattakia", "quneitra": "quneitra", "al qunaytirah": "quneitra",
    "tartus": "tartus", "tartous": "tartus", "as-suwayda": "suwayda", "as suwayda": "suwayda",
    "suwayda": "suwayda",
}

#: canonical actor names -> FA-KES actor categories
GOVERNMENT_SIDE = {"Syria", "Russia", "Iran", "Hezbollah", "National Defence Forces",
                   "Syrian Arab Army", "Russian Armed Forces",
                   "Islamic Revolutionary Guard Corps"}
COALITION = {"International coalition", "United States", "United Kingdom", "France",
             "Australia", "Canada", "Netherlands", "Belgium", "Denmark", "Jordan", "NATO"}
OPPOSITION = {"Free Syrian Army", "Ahrar al-Sham", "Jaysh al-Islam", "Faylaq al-Rahman",
              "Jaysh al-Fatah", "Rebels", "Turkey"}
SELF_ADMIN = {"Syrian Democratic Forces", "People's Protection Units",
              "Women's Protection Units", "Asayish", "Democratic Union Party",
              "Autonomous Administration of North and East Syria", "Kurdistan Workers' Party"}
NUSRA = {"Jabhat al-Nusra", "Hayat Tahrir al-Sham"}


def actor_category(name: str | None) -> str:
    if name is None:
        return "unknown"
    for names, label in ((GOVERNMENT_SIDE, "syrian government or russian troops"),
                         (COALITION, "international coalition forces"),
                         (NUSRA, "al-nusra front"),
                         ({"Islamic State"}, "the organization of the islamic state in iraq "
                                             "and the levant - isis"),
                         (SELF_ADMIN, "self administration forces"),
                         (OPPOSITION, "armed opposition groups")):
        if name in names:
            return label
    return "unknown"


def governorate(name: str | None) -> str:
    if not name:
        return "unknown"
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    key = re.sub(r"\s+(?:governorate|province|muhafazat)$", "", key.replace("’", "'")).strip()
    key = GOVERNORATES.get(key) or key.replace("-", " ")
    return GOVERNORATES.get(key, key)


def parse_label_date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%m/%d/%y").date()
    except ValueError:
        return None


#: the opening passage (headline and lead sentence, about 200 characters) of a news report
LEAD_CHARS = 200


def main_event(record):
    """The violent event the article is about: among its violent events reported as news (else
    all its violent events), those that start within the opening passage after the first one,
    the one with the largest death toll (the first on ties)."""
    violent = [e for e in record.events if e.type == "ASSAULT"]
    news = [e for e in violent if e.status not in ("recalled", "threatened", "hypothetical")]
    pool = news or violent
    if not pool:
        return None
    first = pool[0].evidence[0][0] if pool[0].evidence else 0
    lead = [e for e in pool if e.evidence and e.evidence[0][0] <= first + LEAD_CHARS]
    return max(lead or pool[:1], key=_own_toll)


def _own_toll(event) -> int:
    own = own_fatalities(event)
    return own.best if own else 0


def _place_governorate(record, event) -> str:
    place = record.place(event.place) if event is not None else None
    if place is not None and place.country == "SY":
        label = governorate(place.name if place.feature == "admin1" else place.admin1)
        if label != "unknown":
            return label
    for p in record.places:  # the article's first Syrian place below country level
        if p.country == "SY" and p.feature != "country":
            label = governorate(p.name if p.feature == "admin1" else p.admin1)
            if label in GOVERNORATES.values():
                return label
    return "unknown"


def _cause(event) -> str:
    return CAUSE_OF_MEANS.get(means(event) or "", "unknown")


def _civilians(event) -> int:
    """The civilian figure; else the toll unless all of it is said (or, for a battle, taken by
    ACLED's convention) to be fighters."""
    if event.civilian_fatalities:
        return event.civilian_fatalities.best
    if event.fatalities and not (event.combatant_fatalities and
                                 event.combatant_fatalities.best >= event.fatalities.best):
        return event.fatalities.best  # victims not said to be fighters
    return 0


def _categories(record, event, weak: bool) -> list[str]:
    """Known FA-KES categories of the event's doers (parsed, then likely, then lent by another
    mention of the incident); ``weak`` selects states named only as a country (a place or an
    adjective), else the others."""
    out = []
    for a in event.actor + event.likely_actor:
        actor = record.actor(a)
        if named_as_country(record, actor, event) == weak:
            category = actor_category(actor.name)
            if category != "unknown":
                out.append(category)
    return out


def _date(record, event) -> str | None:
    """The event's day; a news report that dates the incident nowhere tells it as of its
    publication day (the date ACLED codes for an undated report)."""
    if event.date.precision == "day":
        return event.date.start
    if event.date.precision == "unknown":
        return record.document.published.date
    return None


def predict(record) -> dict:
    ev = main_event(record)
    if ev is None:
        return {"date": None, "governorate": _place_governorate(record, None),
                "cause": "unknown", "actor": "unknown", "civilians": 0}
    known = [c for weak in (False, True) for c in _categories(record, ev, weak)]
    return {"date": _date(record, ev), "governorate": _place_governorate(record, ev),
            "cause": _cause(ev), "actor": known[0] if known else "unknown",
            "civilians": _civilians(ev)}


def civilians_agree(got: int, want: int) -> bool:
    """Within 20% (at least ±2): crowd counts of the same report differ by a few."""
    return abs(got - want) <= max(2, 0.2 * want)


@dataclass
class FakesScores:
    rows: list[dict] = field(default_factory=list)   # one per article: gold, predicted
    errors: int = 0

    def agreement(self, name: str) -> tuple[float, int]:
        scored = [r for r in self.rows if r["gold"][name] not in ("unknown", None)]
        ok = sum(self.agree(name, r) for r in scored)
        return (ok / len(scored) if scored else 0.0), len(scored)

    @staticmethod
    def agree(name: str, row: dict) -> bool:
        gold, got = row["gold"][name], row["pred"][name]
        if name == "date":
            got_date = dt.date.fromisoformat(got) if got else None
            return got_date is not None and abs((got_date - gold).days) <= 1
        if name == "civilians":
            return civilians_agree(int(got), int(gold))
        return got == gold

    def exact_civilians(self) -> float:
        return sum(int(r["pred"]["civilians"]) == int(r["gold"]["civilians"])
                   for r in self.rows) / max(1, len(self.rows))

    def confusion(self, name: str) -> Counter:
        return Counter((r["gold"][name], r["pred"][name]) for r in self.rows
                       if r["gold"][name] not in ("unknown", None))


def dev_rows(data: Path) -> list[dict]:
    """The rows of FA-KES ``dev.csv`` under the data folder ``data`` (E013 when absent); the
    one reader of that file for every evaluation that uses it."""
    path = Path(data) / "fa-kes" / "dev.csv"
    if not path.is_file():
        raise ClaimlineError("E013", path=str(path))
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def evaluate(data: Path, limit: int | None = None) -> FakesScores:
    from ..ingest import RawDocument, to_record
    from ..pipeline import Pipeline
    from ..text import dateline_date

    rows = dev_rows(data)[:limit]
    scores = FakesScores()

    def records():
        for row in rows:
            text = row["article_content"]
            yield to_record(RawDocument(origin=f"fa-kes#{row['unit_id']}", data=text),
                            published=dateline_date(text))

    for row, rec in zip(rows, Pipeline(STAGES).analyse_many(records())):
        gold = {"date": parse_label_date(row["date"]),
                "governorate": (row["location"] or "unknown").strip().lower(),
                "cause": (row["cause_of_death"] or "unknown").strip().lower(),
                "actor": (row["actor"] or "unknown").strip().lower(),
                "civilians": int(float(row["nb_civilians"] or 0))}
        if isinstance(rec, ClaimlineError):
            scores.errors += 1
            pred = {"date": None, "governorate": "unknown", "cause": "unknown",
                    "actor": "unknown", "civilians": 0}
        else:
            pred = predict(rec)
        scores.rows.append({"id": row["unit_id"], "gold": gold, "pred": pred})
    return scores
