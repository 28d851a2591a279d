"""The actor knowledge base: states (pycountry + demonyms) and curated groups, with one
Aho-Corasick automaton per letter-case mode, built once per process.

An alias is matched case-sensitively when it is an acronym written in capitals ("IS", "SDF",
"WHO"), otherwise case-insensitively.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources

import ahocorasick

#: roles of an alias: the name itself, a state adjective ("Turkish"), a people-noun ("Syrians")
NAME, ADJ = "name", "adj"

_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-/&]*[A-Z0-9.]$")


@dataclass
class Entry:
    key: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    affiliations: list[str] = field(default_factory=list)
    #: catch-all entries ("Rebels", "Security forces"): matched, but weaker than a named actor
    generic: bool = False


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry]
    case_insensitive: ahocorasick.Automaton
    case_sensitive: ahocorasick.Automaton

    def entry(self, key: str) -> Entry:
        return self.entries[key]


GENERIC = {"Rebels", "Security forces", "Civilians", "Protesters", "Journalists"}


def normalise(text: str) -> str:
    """Same-length folding used on both aliases and documents (quotes, dashes)."""
    return text.translate(_FOLD)


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-",
                       "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " "})


def fold_case(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _read(name: str) -> dict | list:
    data = resources.files("claimline.actors").joinpath("data", name).read_text("utf-8")
    return json.loads(data)


def _state_entries(demonyms: dict) -> tuple[dict[str, Entry], list[tuple[str, str, str]]]:
    import pycountry
    entries: dict[str, Entry] = {}
    aliases: list[tuple[str, str, str]] = []
    canonical = demonyms.get("canonical", {})
    extra = demonyms.get("extra_names", {})
    for c in pycountry.countries:
        iso3 = c.alpha_3
        key = f"state:{iso3}"
        common = getattr(c, "common_name", None)
        name = canonical.get(iso3) or common or c.name
        entries[key] = Entry(key, name, "state", iso3)
        names = {c.name, name, *(extra.get(iso3, []))}
        if common:
            names.add(common)
        official = getattr(c, "official_name", None)
        if official:
            names.add(official)
        for n in names:
            if "," not in n:
                aliases.append((n, key, NAME))
        pair = demonyms.get(iso3)
        if pair:
            adj, people = pair
            aliases.append((adj, key, ADJ))
            if people:
                pkey = f"people:{iso3}"
                entries[pkey] = Entry(pkey, people, "population", iso3)
                aliases.append((people, pkey, NAME))
    return entries, aliases


def _group_entries(groups: list, entries: dict[str, Entry]) -> list[tuple[str, str, str]]:
    aliases = []
    for g in groups:
        if g.get("alias_of") and g.get("country"):
            key = f"state:{g['country']}"  # named forces of a state resolve to the state
        else:
            key = f"group:{g['name']}"
            entries[key] = Entry(key, g["name"], g["kind"], g.get("country"), g.get("wikidata"),
                                 list(g.get("affiliations", [])), g["name"] in GENERIC)
        for alias in {g["name"], *g.get("aliases", [])} if "alias_of" not in g else g["aliases"]:
            aliases.append((alias, key, NAME))
    return aliases


def _automaton(items: dict[str, list[tuple[str, str, int]]]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for text, values in items.items():
        auto.add_word(text, (len(text), tuple(values)))
    auto.make_automaton()
    return auto


@functools.lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The process-wide knowledge base (built once, ~10 ms)."""
    demonyms = _read("demonyms.json")
    entries, aliases = _state_entries(demonyms)
    aliases += _group_entries(_read("groups.json"), entries)
    ci: dict[str, list] = {}
    cs: dict[str, list] = {}
    # sources that strip punctuation write "Assads forces", "Peoples Protection Units"
    aliases += [(a.replace("'s ", "s "), k, r) for a, k, r in aliases if "'s " in a]
    for alias, key, role in aliases:
        alias = normalise(alias.strip())
        if len(alias) < 2:
            continue
        if _ACRONYM.match(alias) and len(alias) <= 8:
            table, text = cs, alias
        else:
            table, text = ci, fold_case(alias)
        values = table.setdefault(text, [])
        if (key, role) not in values:
            values.append((key, role))
    return KnowledgeBase(entries, _automaton(ci), _automaton(cs))


@functools.lru_cache(maxsize=None)
def country_words(iso3: str, adjective: bool = True) -> frozenset[str]:
    """Lower-case names (and, with ``adjective``, the adjective) of the state ``iso3``
    ("syria", "syrian arab republic", "syrian"): words that name the country, as opposed to its
    forces ("Syrian army", "regime forces")."""
    import pycountry
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return frozenset()
    demonyms = _read("demonyms.json")
    # extra names hold named forces too ("US troops"): only one-word ones are names of the country
    names = {country.name, *(n for n in demonyms.get("extra_names", {}).get(iso3, [])
                             if " " not in n)}
    for attr in ("common_name", "official_name"):
        if getattr(country, attr, None):
            names.add(getattr(country, attr))
    if demonyms.get("canonical", {}).get(iso3):
        names.add(demonyms["canonical"][iso3])
    if adjective and demonyms.get(iso3):
        names.add(demonyms[iso3][0])
    return frozenset(normalise(n).lower() for n in names)
