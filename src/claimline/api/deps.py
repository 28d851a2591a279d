"""Request dependencies: the store of the worker thread, the settings, the token check."""
from __future__ import annotations

import secrets
from typing import Optional

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import ClaimlineError
from ..store import Store
from .config import Settings
from .problems import ApiError

bearer = HTTPBearer(auto_error=False, description="The server's API token (--token or "
                                                 "CLAIMLINE_API_TOKEN); write and compute "
                                                 "endpoints are off without one.")


def settings(request: Request) -> Settings:
    return request.app.state.settings


def store(request: Request) -> Store:
    return request.app.state.pool.get()


def require_token(request: Request,
                  credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
    """Write/compute endpoints: off (403, E092) without a configured token; 401 (E093) unless
    the request carries it as a bearer token."""
    token = request.app.state.settings.token
    path = request.url.path
    if not token:
        raise ApiError(ClaimlineError("E092", path=path), 403)
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(ClaimlineError("E093", path=path), 401,
                       headers={"WWW-Authenticate": "Bearer"})
