"""The layer contract: core imports neither Qt nor SQLAlchemy; core, store and io import no Qt; nothing
imports numpy or scipy, or a network library.

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


def test_no_module_of_the_app_imports_numpy_or_scipy():
    """They were 115 MB of the installer (issue 7): the golfer search, the note clustering and the
    sub-session MIP (PuLP with its CBC program) do without them, and so does a run of each."""
    offenders = [f"{path.relative_to(PACKAGE)} imports {name}" for path in PACKAGE.rglob("*.py")
                 for name in _imports(path) if name.split(".")[0] in ("numpy", "scipy")]
    assert offenders == []
    code = (
        "import sys\n"
        "from facilitator.core.clock import FakeClock\n"
        "from facilitator.core.seating.golfer import plan_tables\n"
        "from facilitator.core import similarity, subsessions as sub\n"
        "assert plan_tables(32, 8, 4, 9, clock=FakeClock()).method == 'search'\n"
        "assert similarity.suggest([(1, 'Gratis isolatiescan', None), (2, 'Een gratis isolatiescan', None)], [])\n"
        "people = tuple(sub.Person(i, (1, 2)) for i in range(1, 9))\n"
        "offers = (sub.Offering(1, 'A', (1,), 0, 8, 'A'), sub.Offering(2, 'B', (2,), 0, 8, 'B'))\n"
        "assert len(sub.allocate(sub.Problem(people, offers)).assignment) == 16\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'scipy', 'pulp'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['pulp']"


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
