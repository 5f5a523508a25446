"""What goes into the frozen app, declared once for the PyInstaller spec, the build scripts and the tests.

Plain Python with no PyInstaller import, so ``tests/installers`` can check it
against ``pyproject.toml`` without building anything. ``facilitator.spec``
turns it into PyInstaller's Analysis/EXE/COLLECT/BUNDLE.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
SOURCE = ROOT / "src" / "facilitator"
RESOURCES = ROOT / "resources"

#: The console script of pyproject.toml, and the name of the Linux executable and bundle folder.
NAME = "facilitator"
DISPLAY_NAME = "Facilitator"
#: macOS bundle identifier; also the Windows AppUserModelID-like id in the Inno Setup script.
BUNDLE_ID = "org.facilitator.Facilitator"
SUFFIX = ".facilitator"  # facilitator.paths.SESSION_SUFFIX
MIME_TYPE = "application/x-facilitator"
LICENCE = "EUPL-1.2"
#: Where build.sh puts its venv, PyInstaller's work files, the bundle and the packages (ignored by git).
BUILD_DIR = INSTALLERS / "build"
DIST_DIR = BUILD_DIR / "dist"
ENTRY = INSTALLERS / "entry.py"

#: Rendered by installers/icons/render_icons.py from resources/icons/facilitator.svg.
ICON_SVG = RESOURCES / "icons" / "facilitator.svg"
ICON_ICO = RESOURCES / "icons" / "facilitator.ico"
ICON_ICNS = RESOURCES / "icons" / "facilitator.icns"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_icon(size: int) -> Path:
    return RESOURCES / "icons" / f"facilitator-{size}.png"


def version() -> str:
    """The version pyproject.toml takes (``[tool.hatch.version] path``): ``__version__`` in the package."""
    text = (SOURCE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise ValueError(f"{SOURCE / '__init__.py'}: no __version__ = \"...\" line")
    return found.group(1)


#: Resource files the app never reads at run time (translation sources; .qm files are what it loads).
RESOURCE_SKIP = ("*.ts",)


def resource_files() -> list[Path]:
    """Every file under resources/ that ships, as the wheel ships it (pyproject force-includes resources/)."""
    return sorted(
        p for p in RESOURCES.rglob("*")
        if p.is_file() and not any(p.match(skip) for skip in RESOURCE_SKIP) and "__pycache__" not in p.parts
    )


def datas() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) pairs: the layout of the installed wheel, so the code needs no
    frozen special case: ``facilitator/assets.py`` finds ``facilitator/resources`` beside itself and
    ``store/migrate.py`` finds ``store/migrations`` (Alembic loads those scripts from files, not imports)."""
    pairs = [(str(p), str(Path("facilitator", "resources", *p.relative_to(RESOURCES).parent.parts)))
             for p in resource_files()]
    migrations = SOURCE / "store" / "migrations"
    pairs += [(str(p), str(Path("facilitator", "store", "migrations", *p.relative_to(migrations).parent.parts)))
              for p in sorted(migrations.rglob("*"))
              if p.is_file() and p.suffix in (".py", ".mako") and "__pycache__" not in p.parts]
    return pairs


def solver_binaries() -> list[tuple[str, str]]:
    """(file, folder in the bundle) of the CBC program PuLP ships for this platform, where PuLP looks for it
    (``pulp/solverdir/cbc/<os>/<arch>``); the other platforms' builds stay out. ``facilitator allocate``
    runs it as a separate program."""
    from pulp.apis.coin_api import PULP_CBC_CMD  # the build venv has PuLP; the tests' venv too

    program = Path(PULP_CBC_CMD.pulp_cbc_path).resolve()
    package = next(parent for parent in program.parents if parent.name == "pulp")
    return [(str(program), str(program.parent.relative_to(package.parent)))]


#: Distributions whose metadata the frozen app reads (importlib.metadata): our own version for About.
METADATA = ("facilitator",)

#: Modules only imported lazily or by file: PyInstaller's analysis follows them from here.
#: Packages taken whole (every submodule): __main__ imports the commands by name, and Alembic runs the
#: migration scripts from files, so the analysis must be told to follow their imports.
ALL_SUBMODULES = ("facilitator",)
HIDDEN_IMPORTS = (
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    "docx",
    "openpyxl",
    "lxml.etree",
    "lxml._elementpath",
)
#: Packages whose data files are loaded from disk at run time: python-docx's default.docx and XML templates.
DATA_PACKAGES = ("docx",)
#: Packages kept as .py files beside the archive too (PyInstaller's "pyz+py"): python-docx finds its header
#: and footer templates at ``docx/parts/../templates``, a path that needs the ``docx/parts`` folder on disk.
SOURCE_FILE_PACKAGES = ("docx",)

#: Qt modules the app never imports. The chime uses QtMultimedia only when PySide6-Addons is present
#: (never in the bundle); the app opens no network connection, so no QtNetwork either.
QT_EXCLUDES = (
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D", "QtMultimedia",
    "QtMultimediaWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtLocation",
    "QtBluetooth", "QtNfc", "QtSerialPort", "QtSerialBus", "QtSensors", "QtTextToSpeech", "QtRemoteObjects",
    "QtScxml", "QtStateMachine", "QtSql", "QtTest", "QtXml", "QtDesigner", "QtHelp", "QtUiTools",
    "QtOpenGL", "QtOpenGLWidgets", "QtConcurrent", "QtDBus", "QtSpatialAudio", "QtHttpServer",
    "QtSvgWidgets", "QtAxContainer", "QtCanvasPainter",
)
EXCLUDES = (
    *(f"PySide6.{module}" for module in QT_EXCLUDES),
    "tkinter", "_tkinter", "readline", "pytest", "hypothesis", "IPython", "matplotlib", "PIL",
    "setuptools", "pkg_resources", "pip",
    # PuLP's interfaces to other solvers import these inside functions; the app uses its CBC only.
    "numpy", "scipy", "pulp.tests", "highspy", "pyscipopt", "cylp", "gurobipy", "cplex", "xpress", "coptpy",
    "mosek", "cuopt", "yaposib", "ujson",
    "lxml.objectify", "lxml.html", "lxml.isoschematron",  # python-docx and openpyxl use lxml.etree only
)
#: Qt libraries and plugins the bundle never needs, dropped after the analysis (the platform plugins
#: would pull some in). Matched against the file name of each collected binary.
QT_BINARY_SKIP = re.compile(
    r"libQt6(Network|Qml\w*|Quick\w*|Pdf\w*|Multimedia\w*|WebEngine\w*|Designer\w*|Labs\w*|Lottie\w*"
    r"|WaylandCompositor\w*|WaylandEgl\w*|EglFS\w*|EglFs\w*|Test|Sql|Help|ShaderTools|VirtualKeyboard\w*)\.so"
    r"|Qt6(Network|Qml\w*|Quick\w*|Pdf\w*|Multimedia\w*|WebEngine\w*|Designer\w*|Test|Sql|Help)\.dll"
    r"|Qt(Network|Qml\w*|Quick\w*|Pdf\w*|Multimedia\w*|WebEngine\w*|Designer\w*|Test|Sql|Help)\.framework[/\\]"
    r"|plugins[/\\](tls|networkinformation|qmltooling|qmllint|designer|sqldrivers|vectorimageformats|generic"
    r"|egldeviceintegrations"
    r"|wayland-graphics-integration-server)[/\\]"
    r"|plugins[/\\]platforms[/\\]\w*(eglfs|vnc|minimal|linuxfb|vkkhrdisplay)\w*"
    r"|plugins[/\\]imageformats[/\\]\w*pdf\w*"
    r"|plugins[/\\]platformthemes[/\\]\w*gtk"  # GTK 3 dialogs: pulls the whole GTK stack; Qt's own dialogs remain
)
#: Linux system libraries left to the user's machine, as AppImage's exclude list does: the X11, XCB, font,
#: GLib, D-Bus, GL and C++ runtime libraries every desktop has and that must match the running system
#: (fontconfig's configuration, the GL drivers). ``facilitator.display`` names the XCB packages a machine
#: lacks, exactly as it does for a pip install. Matched against a binary's file name.
SYSTEM_LIBRARY_SKIP = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xxf86vm|xcb(-[\w-]+)?|xkbcommon(-x11)?"
    r"|fontconfig|freetype|harfbuzz|graphite2|expat|png16|jpeg|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0"
    r"|gthread-2\.0|dbus-1|systemd|gcrypt|gpg-error|lz4|cap|selinux|mount|blkid|pcre2-8|bsd|md|brotli\w*"
    r"|gssapi_krb5|krb5\w*|k5crypto|com_err|keyutils|gtk-3|gdk-3|atk[\w.-]*|atspi|cairo(-gobject)?|pango\w*-1\.0"
    r"|pixman-1|fribidi|datrie|thai|gdk_pixbuf-2\.0|epoxy|EGL|GL|GLX|GLdispatch|OpenGL|drm|gbm"
    r"|wayland-(client|cursor|egl)|stdc\+\+|gcc_s|uuid|readline|tinfo)\.so"
)
#: Qt's own translations: only the languages the app speaks (qtbase_nl.qm makes standard buttons Dutch).
QT_TRANSLATION_KEEP = re.compile(r"qtbase_(nl|en)\.qm$")


if __name__ == "__main__":  # `python installers/bundle.py version`: for the build scripts and the workflow
    import sys

    if sys.argv[1:] != ["version"]:
        sys.exit("usage: bundle.py version")
    print(version())
