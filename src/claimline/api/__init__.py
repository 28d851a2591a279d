"""The HTTP side of claimline: a JSON API under ``/api/`` and map/timeline/event web pages.

``create_app(db, token=None, tile_url=None)`` builds the FastAPI application; ``claimline serve``
runs it with uvicorn. Needs the ``server`` extra (``pip install 'claimline[server]'``).
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
