"""The README must not drift from the code: generated blocks, set-up commands and CI."""
from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def bash_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_generated_readme_blocks_are_current():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "readme.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    commands = bash_blocks(setup)
    assert len(commands) == 2
    install_and_demo, install_and_test = commands
    assert "pip install" in install_and_demo and "claimline demo" in install_and_demo
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in [line.strip() for line in ci.splitlines()]


def test_every_error_code_is_documented():
    from claimline.errors import Errors
    for code in (n for n in vars(Errors) if re.fullmatch(r"E\d{3}", n)):
        assert f"`{code}`" in README, code
