"""The Linux bundle, for real: build it, smoke-test it with no Python on the PATH, install it per user and remove it.

Slow (a few minutes, PyInstaller on two cores) and left out of the default
run: ``pytest -m slow tests/installers/test_linux_bundle.py``. With
``FACILITATOR_REUSE_BUNDLE=1`` an existing build in ``installers/build`` is
checked instead of built again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import facilitator

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "build"
BUNDLE = BUILD / "dist" / "facilitator"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("bash") is None,
                       reason="the Linux bundle builds on Linux"),
]


@pytest.fixture(scope="module")
def built() -> Path:
    """The tarball of a fresh build (build.sh also runs verify.sh on the bundle and fails when it fails)."""
    if not os.environ.get("FACILITATOR_REUSE_BUNDLE"):
        result = subprocess.run(["bash", str(ROOT / "installers" / "linux" / "build.sh")], cwd=ROOT,
                                capture_output=True, text=True, timeout=3600, stdin=subprocess.DEVNULL)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert "verify: ok all checks passed" in result.stdout
    (tarball,) = BUILD.glob(f"facilitator-{facilitator.__version__}-linux-*.tar.gz")
    return tarball


def test_bundle_passes_the_smoke_checks_with_no_python_on_path(built):
    result = subprocess.run(["bash", str(ROOT / "installers" / "linux" / "verify.sh"), str(BUNDLE)],
                            env={**os.environ, "FIXTURE_PYTHON": sys.executable},
                            capture_output=True, text=True, timeout=1200, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("no python on PATH", "smoke on the demo day", "export-tables", "allocate (CBC)", "plan-tables",
                  "first-schema file migrated", "all checks passed"):
        assert any(check in line for line in lines), check
    report_line = next(line for line in lines if "report" in line and "ok" in line)
    has_report = "report" in subprocess.run([str(BUNDLE / "facilitator"), "--help"], capture_output=True,
                                            text=True, env={"PATH": "/nonexistent"}).stdout
    assert ("skipped" not in report_line) is has_report


def test_bundle_stays_under_150_mb_unpacked(built):
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*"))
    assert size < 150 * 1024 * 1024, f"{size / 2**20:.0f} MB: what grew? (du -s _internal/*)"


def test_tarball_installs_per_user_and_uninstalls_leaving_session_files(built, tmp_path):
    with tarfile.open(built) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["bash", str(folder / "install.sh")], env=env, check=True, capture_output=True)

    share = home / ".local" / "share"
    desktop = (share / "applications" / "facilitator.desktop").read_text(encoding="utf-8")
    program = home / ".local" / "opt" / "facilitator" / "facilitator"
    assert f'Exec="{program}" %f' in desktop and "MimeType=application/x-facilitator;" in desktop
    assert (share / "mime" / "packages" / "facilitator.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "facilitator.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-facilitator.svg").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-facilitator:*.facilitator" in (share / "mime" / "globs2").read_text()
    version = subprocess.run([str(home / ".local" / "bin" / "facilitator"), "--version"],
                             env={"PATH": "/nonexistent", "HOME": str(home)}, capture_output=True, text=True)
    assert version.stdout.strip() == f"facilitator {facilitator.__version__}"

    session = home / "Documenten" / "Burgerberaad.facilitator"
    session.parent.mkdir()
    session.write_bytes(b"SQLite format 3\0")
    logs = share / "Facilitator" / "logs" / "facilitator.log"
    logs.parent.mkdir(parents=True)
    logs.write_text("kept\n")
    subprocess.run(["bash", str(program.parent / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not program.parent.exists()
    assert not (home / ".local" / "bin" / "facilitator").exists()
    assert not (share / "applications" / "facilitator.desktop").exists()
    assert not (share / "icons" / "hicolor" / "256x256" / "apps" / "facilitator.png").exists()
    assert session.is_file() and logs.read_text() == "kept\n"
