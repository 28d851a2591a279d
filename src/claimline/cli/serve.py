"""``claimline serve``: the JSON API and the map/timeline web pages (FastAPI + uvicorn)."""
from __future__ import annotations

from typing import Optional

import typer

from ..errors import ClaimlineError
from .app import app, err, fail
from .store import DB


@app.command()
def serve(db: str = DB,
          host: str = typer.Option("127.0.0.1", help="Address to listen on."),
          port: int = typer.Option(8000, help="Port to listen on."),
          token: Optional[str] = typer.Option(None, envvar="CLAIMLINE_API_TOKEN",
                                              help="Bearer token that turns on the write "
                                                   "endpoints (off without one)."),
          tile_url: Optional[str] = typer.Option(None, envvar="CLAIMLINE_TILE_URL",
                                                 help="Map tile URL template, e.g. "
                                                      "https://tile.example.org/{z}/{x}/{y}.png; "
                                                      "without one the map draws country "
                                                      "outlines shipped with claimline."),
          tile_attribution: Optional[str] = typer.Option(
              None, envvar="CLAIMLINE_TILE_ATTRIBUTION", help="Attribution shown for the tiles."),
          log_level: str = typer.Option("info", "--log-level",
                                          help="uvicorn log level (debug, info, warning).")
          ) -> int:
    """Serve the API (/api/, docs at /api/docs) and the web pages over the store at --db."""
    try:
        import uvicorn
        from ..api import create_app
    except ImportError as exc:
        fail(ClaimlineError("E016", extra="server", module=exc.name or str(exc)), code=3)
    application = create_app(db, token=token, tile_url=tile_url,
                             tile_attribution=tile_attribution)
    writes = "on (bearer token set)" if token else "off (no --token)"
    err.print(f"claimline serving {db} at http://{host}:{port}/ — API docs /api/docs, "
              f"writes {writes}")
    uvicorn.run(application, host=host, port=port, log_level=log_level)
    return 0
