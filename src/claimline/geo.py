"""Great-circle distance, shared by the places, events, link and evaluate stages.

Dependency-free on purpose: the link stage and the evaluators need distances without importing
the places package (its gazetteer index costs about 130 ms to load).
"""
from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "haversine_km", "equirectangular_km"]

#: IUGG mean Earth radius
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(a)))


def equirectangular_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Cheaper distance in km: within 1% of ``haversine_km`` below a few hundred km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_RADIUS_KM * math.hypot(x, math.radians(lat2 - lat1))
