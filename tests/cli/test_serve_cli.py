"""``claimline serve``: options, and the E016 hint when the server extra is missing."""
from __future__ import annotations

import sys

from claimline.cli import main


def test_serve_help(capsys):
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--db", "--host", "--port", "--token", "--tile-url"):
        assert option in out


def test_missing_server_extra_gives_E016(capsys, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "uvicorn", None)   # import uvicorn → ImportError
    code = main(["serve", "--db", str(tmp_path / "x.db")])
    err = capsys.readouterr().err
    assert code == 3 and "E016" in err and "claimline[server]" in err


def test_serve_runs_uvicorn_with_the_app(capsys, monkeypatch, tmp_path):
    import uvicorn
    seen = {}

    def fake_run(app, host, port, log_level):
        seen.update(app=app, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("CLAIMLINE_API_TOKEN", "t0k")
    code = main(["serve", "--db", str(tmp_path / "x.db"), "--port", "8123",
                 "--tile-url", "https://tiles.example.org/{z}/{x}/{y}.png"])
    assert code == 0 and seen["host"] == "127.0.0.1" and seen["port"] == 8123
    settings = seen["app"].state.settings
    assert settings.token == "t0k" and settings.tile_url.startswith("https://tiles.")
    assert "writes on" in capsys.readouterr().err
