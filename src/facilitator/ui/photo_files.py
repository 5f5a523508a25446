"""Photo files and thumbnails, off the GUI thread: read and check image files, scale them down with QImageReader.

These functions run on the task runner's worker threads (QImage and
QImageReader are safe there; QPixmap is not, so the GUI thread turns the
returned QImages into pixmaps). A thumbnail is decoded at its small size
(``setScaledSize``: a JPEG decoder then skips most of the work) and turned
upright by the photo's EXIF orientation (``setAutoTransform``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from facilitator.core.model import Photo
from facilitator.core.progress import Progress

#: Above this a photo is worth a question first: it makes the session file (and its backups) big.
LARGE_BYTES = 25 * 1024 * 1024
THUMBNAIL = 200
_MIME = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "heic": "image/heic", "heif": "image/heif",
         "webp": "image/webp", "gif": "image/gif", "bmp": "image/bmp", "tiff": "image/tiff", "tif": "image/tiff"}


def readable_suffixes() -> list[str]:
    """The file name patterns of the image formats this Qt can read ("*.jpg", "*.png", …)."""
    formats = sorted({bytes(f).decode().lower() for f in QImageReader.supportedImageFormats()})
    preferred = [f for f in ("jpg", "jpeg", "png", "heic", "heif", "webp", "tif", "tiff", "bmp", "gif")
                 if f in formats]
    return [f"*.{f}" for f in preferred] or [f"*.{f}" for f in formats]


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer  # the buffer must live as long as the reader


def upright_size(reader: QImageReader) -> QSize:
    """The image's size as shown: width and height swap for a photo taken on its side."""
    size = reader.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size = QSize(size.height(), size.width())
    return size


def scaled_image(data: bytes, box: int) -> QImage:
    """The image in ``data`` decoded at most ``box`` pixels wide and high, upright; a null image if unreadable."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.isValid() and (size.width() > box or size.height() > box):
        reader.setScaledSize(size.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


@dataclass
class ReadResult:
    """What :func:`read_photo_files` made of some files: photos to add, their thumbnails, and refusals."""

    photos: list[Photo] = field(default_factory=list)
    thumbnails: list[QImage] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def read_photo_files(paths: list[str], agenda_item_id: int, first_position: int, *,
                     progress: Progress) -> ReadResult:
    """Read and check ``paths`` (worker thread): each image becomes a Photo with a thumbnail; others a sentence."""
    result = ReadResult()
    for done, name in enumerate(paths):
        path = Path(name)
        progress.step(done, len(paths), path.name)
        try:
            data = path.read_bytes()
        except OSError as error:
            result.refused.append(QCoreApplication.translate("PhotoFiles", "Could not read “{file}”: {reason}")
                                  .format(file=path.name, reason=error.strerror or str(error)))
            continue
        reader, _buffer = _reader(data)
        kind = bytes(reader.format()).decode().lower()
        size = upright_size(reader)
        if not reader.canRead() or not kind or not size.isValid():
            result.refused.append(QCoreApplication.translate(
                "PhotoFiles", "“{file}” is not a photo or image that can be read here (such as JPEG or PNG).")
                .format(file=path.name))
            continue
        thumbnail = scaled_image(data, THUMBNAIL)
        if thumbnail.isNull():
            result.refused.append(QCoreApplication.translate("PhotoFiles", "“{file}” is damaged: {reason}")
                                  .format(file=path.name, reason=reader.errorString()))
            continue
        result.photos.append(Photo(agenda_item_id, path.name, _MIME.get(kind, f"image/{kind}"), data,
                                   size.width(), size.height(),
                                   position=first_position + len(result.photos), created_at=datetime.now()))
        result.thumbnails.append(thumbnail)
    progress.step(len(paths), len(paths), "")
    return result


def make_thumbnails(blobs: dict[int, bytes], *, progress: Progress) -> dict[int, QImage]:
    """Thumbnails of stored photos (worker thread), by photo id."""
    made = {}
    for done, (photo_id, data) in enumerate(blobs.items()):
        progress.step(done, len(blobs), "")
        made[photo_id] = scaled_image(data, THUMBNAIL)
    return made
