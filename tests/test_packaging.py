"""The installed package must carry its data: a wheel holds every non-Python file we ship."""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_contains_every_data_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                             "-w", str(tmp_path), str(REPO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("claimline-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    src = REPO / "src"
    shipped = [p.relative_to(src).as_posix() for p in (src / "claimline").rglob("*")
               if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
               and not p.name.startswith(".")]
    assert shipped
    missing = sorted(set(shipped) - names)
    assert not missing, f"not in the wheel: {missing}"
