"""Every runtime dependency, transitively, carries a licence that fits EUPL-1.2.

EUPL-1.2 code may use permissive libraries (MIT, BSD, PSF, Apache-2.0,
Unlicense) and LGPL libraries linked dynamically (PySide6, shiboken6), which
the EUPL appendix lists as compatible. PuLP (MIT) carries a CBC program
(EPL-2.0) that the app runs as a separate program, not linked: no licence of
ours mixes with it. A new dependency with another licence
fails here until someone checks it and extends the list deliberately.
"""

from importlib.metadata import distribution

from packaging.requirements import Requirement

FITS_EUPL = {
    "MIT", "MIT License", "BSD-2-Clause", "BSD-3-Clause", "BSD License", "PSF-2.0",
    "Python Software Foundation License", "Apache-2.0", "Apache Software License",
    "Unlicense", "The Unlicense (Unlicense)", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
}


def _licence(dist) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return classifiers[0] if classifiers else (meta.get("License") or "").strip()


def _runtime_tree(root: str) -> dict[str, str]:
    found: dict[str, str] = {}
    todo = [root]
    while todo:
        dist = distribution(todo.pop())
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker and not req.marker.evaluate({"extra": ""}):
                continue
            name = req.name.lower().replace("_", "-")
            if name not in found:
                found[name] = _licence(distribution(name))
                todo.append(name)
    return found


def test_every_runtime_dependency_fits_eupl():
    tree = _runtime_tree("facilitator")
    assert {"pyside6-essentials", "sqlalchemy", "alembic", "qasync", "python-docx"} <= set(tree)
    misfits = {name: licence for name, licence in tree.items() if licence not in FITS_EUPL}
    assert misfits == {}


def test_project_itself_is_eupl():
    assert distribution("facilitator").metadata.get("License-Expression") == "EUPL-1.2"
