"""The installers stay in step with the package: names, version source, resources, icons, file type, workflow.

Nothing is built here: the spec's declarations (``installers/bundle.py``) and
the scripts are read and checked against ``pyproject.toml`` and the code. The
slow ``test_linux_bundle.py`` builds and runs the real thing.
"""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import facilitator
from facilitator import assets, paths
from facilitator.store import migrate

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
ISS = (INSTALLERS / "windows" / "facilitator.iss").read_text(encoding="utf-8")
BUILD_SH = (INSTALLERS / "linux" / "build.sh").read_text(encoding="utf-8")
SPEC = (INSTALLERS / "facilitator.spec").read_text(encoding="utf-8")


def _load_bundle():
    spec = importlib.util.spec_from_file_location("installers_bundle", INSTALLERS / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


# -- names, entry point, version ------------------------------------------------------------------


def test_the_bundle_is_named_after_the_console_script_and_runs_its_function():
    scripts = PYPROJECT["project"]["scripts"]
    assert scripts == {bundle.NAME: "facilitator.__main__:main"}
    module, function = scripts[bundle.NAME].split(":")
    assert f"from {module} import {function}" in bundle.ENTRY.read_text(encoding="utf-8")
    assert bundle.ENTRY.is_file()


def test_version_comes_from_where_pyproject_takes_it():
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    source = ROOT / PYPROJECT["tool"]["hatch"]["version"]["path"]
    assert source == bundle.SOURCE / "__init__.py"
    assert bundle.version() == facilitator.__version__


def test_no_script_writes_a_version_of_its_own():
    """Every build reads the version from the package; none carries a copy that could go stale."""
    version = re.escape(facilitator.__version__)
    for path in [*INSTALLERS.rglob("*.sh"), *INSTALLERS.rglob("*.ps1"), INSTALLERS / "facilitator.spec",
                 INSTALLERS / "windows" / "facilitator.iss", INSTALLERS / "macos" / "Info.plist"]:
        assert not re.search(rf'(?<![\d.])(?<!version="){version}(?![\d.])', path.read_text(encoding="utf-8")), path
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert "CFBundleShortVersionString" not in info and "CFBundleVersion" not in info
    assert 'info["CFBundleShortVersionString"] = VERSION' in SPEC
    assert "#error" in ISS and "AppVersion={#AppVersion}" in ISS
    assert "bundle.py\") version" in (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8")


def test_the_spec_takes_its_declarations_from_bundle_py():
    assert "import bundle" in SPEC
    for name in ("HIDDEN_IMPORTS", "ALL_SUBMODULES", "datas()", "DATA_PACKAGES", "METADATA", "EXCLUDES",
                 "QT_BINARY_SKIP", "SYSTEM_LIBRARY_SKIP", "QT_TRANSLATION_KEEP", "SOURCE_FILE_PACKAGES"):
        assert f"bundle.{name}" in SPEC, name
    assert "facilitator" in bundle.METADATA  # the About dialog reads the version from the metadata


# -- what goes in ---------------------------------------------------------------------------------


def test_every_shipped_resource_is_in_the_bundle_where_the_wheel_puts_it():
    force_include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include == {"resources": "facilitator/resources"}
    placed = {Path(dest) / Path(source).name for source, dest in bundle.datas()}
    runtime_files = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert runtime_files
    for path in runtime_files:
        assert Path("facilitator", "resources", *path.relative_to(ROOT / "resources").parts) in placed, path
    # assets.resource_dir() looks beside the package's own modules: facilitator/resources.
    assert Path(assets.__file__).with_name("resources").relative_to(Path(facilitator.__file__).parent.parent) \
        == Path("facilitator", "resources")
    for needed in ("translations/facilitator_nl.qm", "icons/facilitator.svg", "sounds/chime.wav"):
        assert Path("facilitator", "resources", needed) in placed


def test_every_migration_script_is_in_the_bundle_where_migrate_looks():
    placed = {Path(dest) / Path(source).name for source, dest in bundle.datas()}
    where = migrate.MIGRATIONS_DIR.relative_to(Path(facilitator.__file__).parent.parent)
    assert where == Path("facilitator", "store", "migrations")
    scripts = list(migrate.MIGRATIONS_DIR.glob("versions/[0-9][0-9][0-9][0-9]_*.py"))
    assert len(scripts) == migrate.HEAD_VERSION
    for script in [*scripts, migrate.MIGRATIONS_DIR / "env.py"]:
        assert where / script.relative_to(migrate.MIGRATIONS_DIR) in placed, script


def _qt_modules_imported_by_the_app() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "facilitator").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_app_imports_is_left_out():
    used = _qt_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    # The chime imports QtMultimedia only when PySide6-Addons is installed; the bundle never has it.
    chime = (ROOT / "src" / "facilitator" / "ui" / "projector" / "chime.py").read_text(encoding="utf-8")
    assert 'find_spec("PySide6.QtMultimedia") is None' in chime
    assert (used - {"QtMultimedia"}).isdisjoint(bundle.QT_EXCLUDES), used & set(bundle.QT_EXCLUDES)
    assert "QtNetwork" not in used and "PySide6.QtNetwork" in bundle.EXCLUDES


@pytest.mark.parametrize("name, dropped", [
    ("PySide6/Qt/lib/libQt6Network.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),  # the SVG icon engine needs it
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
])
def test_qt_binaries_dropped_are_exactly_the_unused_ones(name, dropped):
    assert bool(bundle.QT_BINARY_SKIP.search(name)) is dropped


@pytest.mark.parametrize("name, left_to_system", [
    ("libX11.so.6", True), ("libxcb-cursor.so.0", True), ("libfontconfig.so.1", True),
    ("libglib-2.0.so.0", True), ("libstdc++.so.6", True), ("libGL.so.1", True),
    ("libpython3.11.so.1.0", False), ("libsqlite3.so.0", False), ("libcrypto.so.3", False),
    ("libssl.so.3", False), ("libicudata.so.73", False), ("libffi.so.8", False),
])
def test_system_libraries_left_to_the_desktop(name, left_to_system):
    assert bool(bundle.SYSTEM_LIBRARY_SKIP.search(name)) is left_to_system


def test_only_the_apps_languages_of_qt_translations_ship():
    assert bundle.QT_TRANSLATION_KEEP.search("PySide6/Qt/translations/qtbase_nl.qm")
    assert not bundle.QT_TRANSLATION_KEEP.search("PySide6/Qt/translations/qtbase_de.qm")


# -- icons ----------------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_png_icons_exist_in_every_size():
    for size in bundle.PNG_SIZES:
        assert _png_size(bundle.png_icon(size).read_bytes()) == (size, size)
    assert bundle.ICON_SVG.is_file()


def test_ico_holds_each_size_as_png():
    data = bundle.ICON_ICO.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(bundle.ICO_SIZES))
    for index, size in enumerate(bundle.ICO_SIZES):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        assert (width or 256, height or 256, bits) == (size, size, 32)
        assert _png_size(data[offset:offset + length]) == (size, size)


def test_icns_is_a_well_formed_container_with_the_retina_sizes():
    data = bundle.ICON_ICNS.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = {}, 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        kinds[kind] = _png_size(data[position + 8:position + length])[0]
        position += length
    assert position == len(data)
    assert kinds[b"ic10"] == 1024 and kinds[b"ic09"] == 512 and kinds[b"ic07"] == 128 and kinds[b"ic11"] == 32


def test_the_spec_and_installers_point_at_the_icons():
    assert "bundle.ICON_ICO if WINDOWS else bundle.ICON_ICNS" in SPEC
    assert r"SetupIconFile=..\..\resources\icons\facilitator.ico" in ISS
    assert (INSTALLERS / "windows" / ".." / ".." / "resources" / "icons" / "facilitator.ico").resolve().is_file()
    assert plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())["CFBundleIconFile"] \
        == bundle.ICON_ICNS.name


# -- the .facilitator file type on each platform --------------------------------------------------


def test_desktop_file_opens_session_files_with_the_program():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(INSTALLERS / "linux" / "facilitator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Exec"] == f"{bundle.NAME} %f" and desktop["TryExec"] == bundle.NAME
    assert desktop["Icon"] == bundle.NAME
    assert desktop["MimeType"].rstrip(";").split(";") == [bundle.MIME_TYPE]
    assert desktop["StartupWMClass"] == "facilitator"  # QGuiApplication.setDesktopFileName in app.py
    assert 'setDesktopFileName("facilitator")' in (ROOT / "src" / "facilitator" / "app.py").read_text()
    # install.sh rewrites exactly these two keys to the installed program's path.
    install = (INSTALLERS / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "s|^Exec=.*|" in install and "s|^TryExec=.*|" in install


def test_mime_type_matches_the_session_suffix():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLERS / "linux" / "facilitator-mime.xml").getroot()
    (mime,) = root.findall("m:mime-type", namespace)
    assert mime.get("type") == bundle.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", namespace)] == [f"*{paths.SESSION_SUFFIX}"]
    assert bundle.SUFFIX == paths.SESSION_SUFFIX
    icon = mime.find("m:icon", namespace).get("name")
    assert icon == bundle.MIME_TYPE.replace("/", "-")
    assert f"mimetypes/{icon}.png" in BUILD_SH and f"mimetypes/{icon}.svg" in BUILD_SH


def test_macos_document_type_is_the_session_file():
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == bundle.BUNDLE_ID
    assert info["CFBundleExecutable"] == bundle.NAME
    (exported,) = info["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [bundle.SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [bundle.MIME_TYPE]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_windows_installer_is_per_user_associates_the_suffix_and_spares_user_files():
    assert "PrivilegesRequired=lowest" in ISS
    assert "DefaultDirName={autopf}" in ISS  # per user: %LOCALAPPDATA%\Programs
    assert f'Subkey: "Software\\Classes\\{bundle.SUFFIX}"' in ISS
    assert f'ValueData: "{bundle.MIME_TYPE}"' in ISS
    assert 'Name: "{autoprograms}\\{#AppName}"' in ISS  # the Start-menu entry
    # The program folder the spec makes on Windows, and its windowed program.
    assert f"Source: \"..\\build\\dist\\{bundle.DISPLAY_NAME}\\*\"" in ISS
    assert '#define AppExe "Facilitator.exe"' in ISS and "executable(bundle.DISPLAY_NAME, console=False)" in SPEC
    # Never delete what the user made: no [UninstallDelete] entries, nothing of the data folder.
    assert not re.search(r"^\[UninstallDelete\]", ISS, re.MULTILINE)
    assert "{localappdata}\\Facilitator" not in ISS and "{userdocs}" not in ISS


# -- build scripts and the workflow ---------------------------------------------------------------


def test_every_build_installs_pyinstaller_from_the_one_requirements_file():
    requirement = (INSTALLERS / "requirements-build.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller>=6\.\d+,<7$", requirement, re.MULTILINE)
    assert '-r "$HERE/requirements-build.txt"' in (INSTALLERS / "freeze.sh").read_text(encoding="utf-8")
    assert '"requirements-build.txt"' in (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8")
    for text in (BUILD_SH, (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8"), WORKFLOW):
        assert not re.search(r"pyinstaller\s*[<>=]", text, re.IGNORECASE)  # no second, diverging pin


def test_linux_build_packs_the_files_it_names():
    for name in ("freeze.sh", "verify.sh", "facilitator.desktop", "facilitator-mime.xml", "install.sh",
                 "uninstall.sh"):
        assert name in BUILD_SH, name
        assert (INSTALLERS / ("freeze.sh" if name == "freeze.sh" else f"linux/{name}")).is_file(), name
    assert "command -v apt-get" in BUILD_SH and 'id -u' in BUILD_SH
    verify = (INSTALLERS / "linux" / "verify.sh").read_text(encoding="utf-8")
    for command in ("smoke", "export-tables", "allocate", "--scale conference", "env -i"):
        assert command in verify, command
    assert 'grep -qw "report"' in verify  # the report check turns on by itself once the command exists


def test_build_outputs_are_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/installers/build/" in ignored
    assert bundle.BUILD_DIR == ROOT / "installers" / "build"


def test_workflow_builds_tests_and_smokes_on_each_os_on_a_tag():
    assert re.search(r"on:\s*\n\s*push:\s*\n\s*tags: \[\"v\*\"\]", WORKFLOW)
    python = re.search(r'PYTHON_VERSION: "(\d+\.\d+)"', WORKFLOW).group(1)
    minimum = re.match(r">=(\d+\.\d+)", PYPROJECT["project"]["requires-python"]).group(1)
    assert tuple(map(int, python.split("."))) >= tuple(map(int, minimum.split(".")))
    assert "bash .ci/run" in WORKFLOW  # the tests, as CI runs them
    assert "installers/linux/build.sh" in WORKFLOW and "installers\\windows\\build.ps1" in WORKFLOW
    assert "installers/macos/build_dmg.sh" in WORKFLOW
    jobs = dict(re.findall(r"^  ([a-z]+):\n((?:    .*\n|\n)*)", WORKFLOW.split("\njobs:\n", 1)[1], re.MULTILINE))
    assert set(jobs) == {"tests", "linux", "windows", "macos", "release"}
    for job, runner in (("linux", "ubuntu"), ("windows", "windows"), ("macos", "macos")):
        assert f"runs-on: {runner}" in jobs[job], job
        assert "needs: tests" in jobs[job], job
        assert re.search(r"\bsmoke\b", jobs[job].split("steps:", 1)[1]), f"{job} never smoke-tests its build"
    assert "verify.sh" in BUILD_SH  # the Linux job's smoke test runs inside build.sh
    assert "needs: [linux, windows, macos]" in jobs["release"]
    assert 'test "${GITHUB_REF_NAME#v}" = "$(python3 installers/bundle.py version)"' in WORKFLOW


def test_frozen_benchmark_is_registered():
    registry = (ROOT / "benchmarks" / "registry.py").read_text(encoding="utf-8")
    areas = re.search(r"^AREAS = \(([^)]*)\)", registry, re.MULTILINE).group(1)
    assert '"frozen"' in areas
    frozen = (ROOT / "benchmarks" / "frozen.py").read_text(encoding="utf-8")
    assert '@benchmark("frozen.demo"' in frozen and "installers/linux/build.sh" in frozen


def test_about_dialog_version_comes_from_the_metadata(monkeypatch):
    from importlib import metadata

    from facilitator.ui import dialogs

    monkeypatch.setattr(dialogs.metadata, "version", lambda name: "9.8.7" if name == "facilitator" else "")
    assert dialogs.app_version() == "9.8.7"

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(dialogs.metadata, "version", missing)
    assert dialogs.app_version() == facilitator.__version__
