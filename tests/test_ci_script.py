"""``.ci/run`` runs the README's test command and fails when it fails, pytest's "no tests" (exit 5) included.

The script is run for real, in a copy of it, with ``apt-get`` and ``python3``
replaced by stubs on PATH: the stub venv's ``pip`` and ``pytest`` exit with
the codes a test chooses, so what CI does with each exit is checked here in
milliseconds instead of by a broken CI run.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CI_SCRIPT = ROOT / ".ci" / "run"
README_TEST_COMMAND = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

STUB_APT = """#!/bin/sh
echo "apt-get DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "$STUB_LOG"
"""
STUB_SUDO = """#!/bin/sh
[ "$1" = "-n" ] && shift
exec "$@"
"""
STUB_PYTHON = """#!/bin/sh
echo "python3 $*" >> "$STUB_LOG"
if [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin"
  cp "$STUB_DIR/venv-pip" "$3/bin/pip"
  cp "$STUB_DIR/venv-pytest" "$3/bin/pytest"
fi
"""
STUB_VENV_PIP = """#!/bin/sh
echo "pip $*" >> "$STUB_LOG"
exit "${STUB_PIP_EXIT:-0}"
"""
STUB_VENV_PYTEST = """#!/bin/sh
echo "pytest QT_QPA_PLATFORM=$QT_QPA_PLATFORM $*" >> "$STUB_LOG"
exit "${STUB_PYTEST_EXIT:-0}"
"""


def _stub(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def run_ci(tmp_path: Path, *, pip_exit: int = 0, pytest_exit: int = 0) -> tuple[int, list[str]]:
    """Run a copy of .ci/run against stubs; return its exit code and the stubs' log of calls."""
    clone = tmp_path / "clone"
    (clone / ".ci").mkdir(parents=True)
    shutil.copy2(CI_SCRIPT, clone / ".ci" / "run")
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    _stub(stubs, "apt-get", STUB_APT)
    _stub(stubs, "sudo", STUB_SUDO)
    _stub(stubs, "python3", STUB_PYTHON)
    _stub(stubs, "venv-pip", STUB_VENV_PIP)
    _stub(stubs, "venv-pytest", STUB_VENV_PYTEST)
    log = tmp_path / "calls.log"
    env = {
        **os.environ,
        "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}",
        "STUB_LOG": str(log),
        "STUB_DIR": str(stubs),
        "STUB_PIP_EXIT": str(pip_exit),
        "STUB_PYTEST_EXIT": str(pytest_exit),
        "CI": "true",
    }
    env.pop("QT_QPA_PLATFORM", None)  # .ci/run must set it itself
    done = subprocess.run(
        ["bash", str(clone / ".ci" / "run")], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=60,
    )
    return done.returncode, log.read_text().splitlines() if log.exists() else []


def test_script_is_executable_bash_with_strict_mode():
    text = CI_SCRIPT.read_text()
    assert CI_SCRIPT.stat().st_mode & stat.S_IXUSR, ".ci/run must be executable"
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert subprocess.run(["bash", "-n", str(CI_SCRIPT)]).returncode == 0


def test_script_runs_the_readme_test_command_verbatim():
    assert README_TEST_COMMAND in CI_SCRIPT.read_text()


def test_readme_states_the_same_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if ".venv/bin/pytest" not in readme:
        pytest.skip("the README does not give its test command yet")
    assert README_TEST_COMMAND in readme


def test_success_installs_packages_then_runs_pytest_offscreen(tmp_path):
    code, calls = run_ci(tmp_path)
    assert code == 0
    installs = [c for c in calls if c.startswith("apt-get") and " install " in c]
    assert installs and "DEBIAN_FRONTEND=noninteractive" in installs[0]
    for package in ("python3-venv", "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "fonts-dejavu-core"):
        assert package in installs[0].split()
    assert calls.index(installs[0]) < calls.index("python3 -m venv .venv")
    assert "pip install -e .[test]" in calls
    assert calls[-1].split() == ["pytest", "QT_QPA_PLATFORM=offscreen"]


@pytest.mark.parametrize("pytest_exit", [1, 2, 5])
def test_a_failing_or_empty_pytest_run_fails_ci(tmp_path, pytest_exit):
    code, calls = run_ci(tmp_path, pytest_exit=pytest_exit)
    assert code == pytest_exit, "exit 5 (no tests collected) must not pass as success"
    assert calls[-1].startswith("pytest ")


def test_a_failed_install_fails_ci_before_pytest(tmp_path):
    code, calls = run_ci(tmp_path, pip_exit=1)
    assert code == 1
    assert not any(c.startswith("pytest") for c in calls)
