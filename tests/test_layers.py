"""The layer contract: core imports neither Qt nor SQLAlchemy; core, store and io import no Qt.

Checked on the source (every import statement) and at run time (a fresh
interpreter importing the store must not load PySide6).
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "facilitator"
FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "qasync", "sqlalchemy", "alembic"),
    "store": ("PySide6", "shiboken6", "qasync"),
    "io": ("PySide6", "shiboken6", "qasync"),
    "demo": ("PySide6", "shiboken6", "qasync"),
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_forbidden_packages(layer):
    files = list((PACKAGE / layer).rglob("*.py"))
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN[layer]
    ]
    assert offenders == []


def test_store_loads_without_qt_at_run_time():
    code = (
        "import sys, facilitator.store.document, facilitator.store.backups, facilitator.core.schedule;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


NETWORK = ("socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "ftplib", "smtplib", "asyncio.streams")


def test_no_module_of_the_app_opens_network_connections():
    """Participant data never leaves the laptop: the app imports nothing that talks to a network."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imports(path)
        if name in NETWORK or name.split(".")[0] in NETWORK or name.startswith("PySide6.QtNetwork")
    ]
    assert offenders == []
