"""One error shape for every failure the server can answer with.

Every error — a bad parameter, an unknown id or route, a disabled endpoint, a crash — is

    {"ok": false, "status": 404,
     "error": {"code": "E091", "message": "[E091] no event with id …", "input": null,
               "details": []}}

with the HTTP status repeated in the body. Codes come from :mod:`claimline.errors`.
"""
from __future__ import annotations

import logging
from typing import Any, List, Literal, Optional

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from ..errors import ClaimlineError

log = logging.getLogger("claimline.api")

#: HTTP status of each coded error; codes not listed answer 422 (the request cannot be processed)
STATUS = {
    "E007": 503, "E008": 503,
    "E015": 413,
    "E020": 502, "E022": 502, "E023": 422, "E024": 502, "E026": 422,
    "E021": 403,
    "E091": 404,
    "E092": 403,
    "E093": 401,
    "E095": 500,
    "E096": 501,
}


class ErrorDetail(BaseModel):
    code: str
    message: str
    input: Optional[str] = None
    details: List[Any] = []


class ErrorBody(BaseModel):
    ok: Literal[False] = False
    status: int
    error: ErrorDetail


class ApiError(Exception):
    """A coded error with the HTTP status (and headers) to answer it with."""

    def __init__(self, error: ClaimlineError, status: int | None = None,
                 headers: dict | None = None, details: list | None = None):
        super().__init__(str(error))
        self.error = error
        self.status = status or STATUS.get(error.code, 422)
        self.headers = headers
        self.details = details or []


def error_body(error: ClaimlineError, status: int, details: list | None = None) -> dict:
    return {"ok": False, "status": status,
            "error": {"code": error.code, "message": str(error), "input": error.input,
                      "details": details or []}}


#: the responses every API route documents in the OpenAPI spec
ERROR_RESPONSES = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((404, "Not found (E091)"),
                         (422, "Invalid parameter or body (E090, E012, …)"),
                         (500, "Internal error (E095)"))
}
WRITE_RESPONSES = {
    **ERROR_RESPONSES,
    400: {"model": ErrorBody, "description": "The body cannot be parsed (E090)"},
    401: {"model": ErrorBody, "description": "Missing or wrong bearer token (E093)"},
    403: {"model": ErrorBody, "description": "Writes are off: no token configured (E092), or "
                                             "a private address was refused (E021)"},
    413: {"model": ErrorBody, "description": "Input too large (E015)"},
    502: {"model": ErrorBody, "description": "The URL could not be fetched (E020, E022, E024)"},
}


def install(app, render_html) -> None:
    """Register the exception handlers. ``render_html(request, status, body)`` renders the HTML
    error page for the web pages; everything under /api/ and /static/ answers JSON."""

    def respond(request: Request, status: int, body: dict, headers: dict | None = None):
        path = request.url.path
        if not path.startswith(("/api", "/static")) and render_html is not None:
            return render_html(request, status, body, headers)
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return respond(request, exc.status, error_body(exc.error, exc.status, exc.details),
                       exc.headers)

    @app.exception_handler(ClaimlineError)
    async def coded_error(request: Request, exc: ClaimlineError):
        status = STATUS.get(exc.code, 422)
        return respond(request, status, error_body(exc, status))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""),
                    "type": e.get("type", "")} for e in exc.errors()]
        first = details[0] if details else {"loc": ["request"], "msg": "invalid"}
        param = ".".join(p for p in first["loc"] if p not in ("query", "path", "body")) \
            or "request"
        value = _input_of(exc.errors()[0]) if exc.errors() else None
        error = ClaimlineError("E090", value=value, param=param, reason=first["msg"])
        return respond(request, 422, error_body(error, 422, details))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        status = exc.status_code
        headers = dict(getattr(exc, "headers", None) or {})
        if status in (404, 405):
            reason = " (method not allowed here)" if status == 405 else ""
            if status == 405:
                headers["Allow"] = ", ".join(allowed_methods(request))
            error = ClaimlineError("E094", method=request.method, path=request.url.path,
                                   reason=reason)
        else:  # 400 (an unparsable body) and the like
            error = ClaimlineError("E090", value=None, param="request",
                                   reason=str(exc.detail))
        return respond(request, status, error_body(error, status), headers or None)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        error = ClaimlineError("E095", path=request.url.path, reason=type(exc).__name__)
        return respond(request, 500, error_body(error, 500))


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    allowed: set[str] = set()
    for route in request.app.router.routes:
        methods = getattr(route, "methods", None)
        if methods and route.matches(request.scope)[0] != Match.NONE:
            allowed |= set(methods)
    return sorted(allowed)


def _input_of(error: dict) -> Any:
    value = error.get("input")
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value if not isinstance(value, str) or len(value) < 200 else value[:200] + "…"
    return type(value).__name__
