"""The application factory: JSON API under /api/, web pages, static files (ours, Leaflet from
xstatic-leaflet, Swagger UI from swagger-ui-bundle — nothing from a CDN)."""
from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .config import Settings, StorePool

HERE = Path(__file__).parent

DESCRIPTION = """Events extracted from conflict news, with provenance: every actor, place, date,
event and claim points at character spans of the document text.

**Errors** all have one shape: `{"ok": false, "status": N, "error": {"code": "E0xx",
"message": "...", "input": ..., "details": [...]}}` (codes in `claimline.errors`).

**Pagination**: list endpoints answer `{"ok": true, "count": n, ..., "next": URL|null}`; follow
`next` (an opaque `cursor`) until it is null.

**Writes** (`POST /api/extract`, `POST /api/documents`) need `Authorization: Bearer <token>` with
the server's token (`--token` / `CLAIMLINE_API_TOKEN`); they are off when none is set.
"""


def create_app(db: str, token: Optional[str] = None, tile_url: Optional[str] = None,
               tile_attribution: Optional[str] = None) -> FastAPI:
    """The claimline web application over the store at ``db`` (SQLite path or
    ``postgresql://`` URL). ``token`` turns on the write/compute endpoints; ``tile_url``
    (``https://…/{z}/{x}/{y}.png``) gives the map its tiles, else it draws shipped country
    outlines. Environment variables CLAIMLINE_API_TOKEN and CLAIMLINE_TILE_URL fill in for
    arguments left out."""
    settings = Settings(db=db, token=token or os.environ.get("CLAIMLINE_API_TOKEN") or None,
                        tile_url=tile_url or os.environ.get("CLAIMLINE_TILE_URL") or None,
                        tile_attribution=tile_attribution
                        or os.environ.get("CLAIMLINE_TILE_ATTRIBUTION") or None)
    pool = StorePool(db)
    pool.get()  # open and migrate now: a bad database fails at start, not on the first request

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        pool.close()

    app = FastAPI(title="claimline", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  lifespan=lifespan)
    app.state.settings = settings
    app.state.pool = pool

    from . import pages, problems, routes_documents, routes_events, routes_misc, routes_write
    problems.install(app, pages.render_error)
    for module in (routes_events, routes_documents, routes_write, routes_misc, pages):
        app.include_router(module.router)
    _mount_static(app)
    _spec_without_auth_when_off(app, settings)
    app.add_middleware(SecurityHeaders)
    return app


def _mount_static(app: FastAPI) -> None:
    import xstatic.pkg.leaflet as leaflet
    app.mount("/static/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    swagger = _swagger_dir()
    if swagger:
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request):
        from .pages import templates
        return templates.TemplateResponse(request, "docs.html",
                                          {"request": request, "swagger": bool(swagger)})


def _spec_without_auth_when_off(app: FastAPI, settings: Settings) -> None:
    """With no token configured the write endpoints are off (403), not token-protected: the
    spec then declares no security scheme, so it says what the server does."""
    if settings.token:
        return
    build = app.openapi

    def openapi() -> dict:
        spec = build()
        for item in spec.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.pop("security", None)
                    operation.get("responses", {}).pop("401", None)
        spec.get("components", {}).pop("securitySchemes", None)
        return spec

    app.openapi = openapi


def _swagger_dir() -> Optional[str]:
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    return str(swagger_ui_bundle.swagger_ui_path)


class SecurityHeaders:
    """Pure ASGI middleware: a strict content security policy (no inline or foreign scripts;
    images may come from the configured tile server) and the usual hardening headers."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    b"content-security-policy": b"default-src 'self'; script-src 'self'; "
                    b"style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; "
                    b"connect-src 'self'; frame-ancestors 'none'; base-uri 'self'",
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"same-origin",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
