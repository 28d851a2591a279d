"""Benchmark scripts still run (figures come from them, so they must not rot)."""
import importlib.util
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_places_speed_reports_unseen_and_repeat_passes(tmp_path, capsys, nlp):
    # no LGL under tmp_path: the seed example stands in
    assert _load("places_speed").main(["--data", str(tmp_path), "--repeat", "2"]) == 0
    out = capsys.readouterr().out
    assert "ms/doc on unseen documents" in out
    assert "passes over the same documents again" in out
