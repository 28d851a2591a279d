"""The actors stage: who is named in the document, with canonical names and every mention.

Knowledge-base aliases (states from pycountry, curated groups, partisan labels) are matched with
an Aho-Corasick automaton built once; spaCy ORG/NORP/PERSON entities the knowledge base does not
know are kept (kind ``other``/``person``); a few simple forms are resolved by coreference.
"""
from __future__ import annotations

from ..pipeline import stage
from ..record import Actor, Record
from .coref import coreferent_mentions
from .focus import attribute_generic_forces
from .kb import load_kb
from .match import entity_mentions, kb_mentions

__all__ = ["find_actors"]


@stage("actors", version="1")
def find_actors(record: Record, doc) -> Record:
    text = record.document.text
    kb = load_kb()
    mentions = attribute_generic_forces(kb_mentions(text, kb), kb)
    info: dict[str, dict] = {}
    for m in mentions:
        e = kb.entries[m.key]
        info.setdefault(m.key, {"name": e.name, "kind": e.kind, "country": e.country,
                                "wikidata": e.wikidata, "affiliations": list(e.affiliations)})
    if doc is None or getattr(doc, "text", None) != text:
        doc = None  # no parse of this text: knowledge-base matches only
    for m, name, kind in (entity_mentions(doc, mentions) if doc is not None else ()):
        mentions.append(m)
        info.setdefault(m.key, {"name": name, "kind": kind, "country": None, "wikidata": None,
                                "affiliations": []})
    kinds = {k: v["kind"] for k, v in info.items()}
    generic = {k for k in info if k in kb.entries and kb.entries[k].generic}
    if doc is not None:
        mentions += coreferent_mentions(text, doc, mentions, kinds, generic)

    spans: dict[str, list] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        spans.setdefault(m.key, []).append((m.start, m.end))
    actors = []
    for i, (key, found) in enumerate(spans.items(), 1):
        actors.append(Actor(id=f"A{i}", mentions=found, **info[key]))
    record.actors = actors
    return record
