"""Photos of an agenda item on the Notes screen: add from files and by drop, thumbnails, caption, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QImageWriter, QImageIOHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.core import model as m
from facilitator.store.document import SessionDocument
from facilitator.ui.photo_files import THUMBNAIL
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.views.notes import NotesView
from facilitator.ui.widgets import photo_panel


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "Fotos.facilitator"
    with SessionDocument.create(file, m.Meeting("Burgerberaad")) as doc:
        (talk,) = doc.add(m.AgendaItem("Tafelronde", 45, kind=m.AgendaKind.TABLE_ROUND, position=1))
        doc.add(m.StickyNote("Meer groen", talk.id, position=0))
    return file


@pytest.fixture
def view(show_screen, doc, translations):
    shown = show_screen(NotesView(), doc)
    shown.photos.tasks = runner = SyncTaskRunner()
    shown.photos.runner_used = runner
    shown.photos.refusals = []
    shown.photos.inform = shown.photos.refusals.append
    shown.tabs.setCurrentWidget(shown.photos_tab)
    yield shown
    shown.set_document(None)


def picture(folder, name: str, size=(1600, 1200), fmt: str = "PNG", colour="orange", rotate=False) -> str:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    target = folder / name
    writer = QImageWriter(str(target), fmt.encode())
    if rotate:
        writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)
    assert writer.write(image), writer.errorString()
    return str(target)


def stored(doc) -> list[m.Photo]:
    return sorted(doc.all(m.Photo), key=lambda p: (p.position, p.id))


def test_adding_two_files_stores_them_with_thumbnails_and_undo_takes_them_back(view, doc, tmp_path):
    png = picture(tmp_path, "flip-over.png")
    jpg = picture(tmp_path, "stickerwand.jpg", (1200, 900), "JPEG", "teal")
    view.photos.add_files([png, jpg])
    photos = stored(doc)
    assert [(p.file_name, p.mime, p.width, p.height) for p in photos] == [
        ("flip-over.png", "image/png", 1600, 1200), ("stickerwand.jpg", "image/jpeg", 1200, 900)]
    assert photos[0].data == open(png, "rb").read()  # the file itself is in the session file
    assert view.photos.runner_used.runs == ["Reading photos…"]  # read and scaled on the task runner
    model = view.photos.model
    assert [model.index(r).data() for r in range(model.rowCount())] == ["flip-over.png", "stickerwand.jpg"]
    thumbnail = model.thumbnail(photos[0].id)
    assert thumbnail is not None and (thumbnail.width(), thumbnail.height()) == (THUMBNAIL, THUMBNAIL * 3 // 4)
    assert view.photos.hint.text().startswith("2 photos")
    view.editor.stack.undo()
    assert stored(doc) == [] and model.rowCount() == 0
    view.editor.stack.redo()
    assert [p.file_name for p in stored(doc)] == ["flip-over.png", "stickerwand.jpg"]


def _drop(widget, paths: list[str]) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(p) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), actions, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), actions, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropping_files_adds_the_images_and_names_the_file_that_is_not_one(view, doc, tmp_path):
    notes = tmp_path / "aantekeningen.txt"
    notes.write_text("geen foto")
    jpg = picture(tmp_path, "muur.jpg", (800, 600), "JPEG")
    drop = _drop(view.photos, [str(notes), jpg])
    assert drop.isAccepted()
    assert [p.file_name for p in stored(doc)] == ["muur.jpg"]
    assert view.photos.refusals == [
        "“aantekeningen.txt” is not a photo or image that can be read here (such as JPEG or PNG)."]


def test_a_photo_taken_on_its_side_is_stored_upright(view, doc, tmp_path):
    turned = picture(tmp_path, "staand.jpg", (400, 300), "JPEG", rotate=True)
    view.photos.add_files([turned])
    (photo,) = stored(doc)
    assert (photo.width, photo.height) == (300, 400)
    thumbnail = view.photos.model.thumbnail(photo.id)
    assert (thumbnail.width(), thumbnail.height()) == (THUMBNAIL * 3 // 4, THUMBNAIL)


def test_large_photos_are_asked_about_first(view, doc, tmp_path, monkeypatch):
    monkeypatch.setattr(photo_panel, "LARGE_BYTES", 1000)
    big = picture(tmp_path, "groot.png", (600, 400))
    asked = []
    view.photos.confirm = lambda question: asked.append(question) or False
    view.photos.add_files([big])
    assert stored(doc) == [] and "“groot.png”" in asked[0]
    view.photos.confirm = lambda question: True
    view.photos.add_files([big])
    assert [p.file_name for p in stored(doc)] == ["groot.png"]


def test_caption_and_delete_are_undoable_and_thumbnails_of_stored_photos_come_on_demand(
        qtbot, view, doc, tmp_path, show_screen):
    view.photos.add_files([picture(tmp_path, "a.png", (300, 200)), picture(tmp_path, "b.png", (300, 200))])
    first = stored(doc)[0]
    listing = view.photos.list
    listing.setCurrentIndex(view.photos.model.index(0))
    assert view.photos.caption_edit.isEnabled()
    view.photos.caption_edit.selectAll()
    QTest.keyClicks(view.photos.caption_edit, "Flip-over tafel 3")
    QTest.keyClick(view.photos.caption_edit, Qt.Key.Key_Return)
    assert doc.get(m.Photo, first.id).caption == "Flip-over tafel 3"
    assert view.photos.model.index(0).data() == "Flip-over tafel 3"
    listing.setCurrentIndex(view.photos.model.index(1))
    listing.setFocus()
    QTest.keyClick(listing, Qt.Key.Key_Delete)
    assert [p.file_name for p in stored(doc)] == ["a.png"]
    view.editor.stack.undo()
    assert [p.file_name for p in stored(doc)] == ["a.png", "b.png"]
    view.editor.stack.undo()
    assert doc.get(m.Photo, first.id).caption == ""
    # a fresh screen over the same file: thumbnails are made when the grid asks for them
    other = show_screen(NotesView(), doc)
    other.photos.tasks = runner = SyncTaskRunner()
    other.tabs.setCurrentWidget(other.photos_tab)
    qtbot.waitUntil(lambda: all(other.photos.model.thumbnail(p.id) is not None for p in stored(doc)))
    assert set(runner.runs) == {"Making thumbnails…"} and len(runner.runs) <= 2  # batched, not one per photo
    other.set_document(None)


def test_double_click_opens_the_photo_larger(qtbot, view, doc, tmp_path):
    view.photos.add_files([picture(tmp_path, "groot.png", (3000, 2000))])
    view.photos.open_photo(0)
    from facilitator.ui.photo_viewer import PhotoViewer
    (viewer,) = view.photos.findChildren(PhotoViewer)
    assert max(viewer.image.width(), viewer.image.height()) < 3000 and not viewer.image.isNull()
    viewer.close()
