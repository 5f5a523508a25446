"""Opening the document the report is written into: python-docx's own, or an organisation's .docx/.dotx. No Qt.

A template keeps its styles, its sections' headers/footers and page setup;
its body text is removed. A .dotx is a Word template whose main part has
another content type, which python-docx refuses; it is rewritten in memory.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class TemplateError(ValueError):
    """The template can't be used; the message names the file and why."""


def _as_docx(path: Path) -> io.BytesIO:
    """The file's bytes, with a .dotx main part declared as a document."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
            target.writestr(info, data)
    out.seek(0)
    return out


def open_template(path: Path | None):
    """A python-docx Document: empty, or the template's with its body cleared (the final section kept)."""
    if path is None:
        return Document()
    path = Path(path)
    if not path.is_file():
        raise TemplateError(f"{path}: the template file does not exist")
    try:
        document = Document(_as_docx(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError(f"{path}: not a Word document or template (.docx/.dotx): {exc}") from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def has_content(part) -> bool:
    """Whether a header or footer holds any text, field or picture."""
    element = part._element
    return bool("".join(element.itertext()).strip()) or element.find(".//" + qn("w:drawing")) is not None
