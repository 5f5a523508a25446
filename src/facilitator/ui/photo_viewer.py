"""A photo shown larger: decoded at the size of the screen (never the full 12 megapixels), upright."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from facilitator.core.model import Photo
from facilitator.ui.photo_files import scaled_image


class PhotoViewer(QDialog):
    """One photo with its caption; closes with Esc."""

    def __init__(self, photo: Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo.caption or photo.file_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = self.screen().availableGeometry() if self.screen() else None
        box = round(min(screen.width(), screen.height()) * 0.8) if screen else 1000
        self.image = scaled_image(photo.data, box)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(QPixmap.fromImage(self.image))
        caption = QLabel(photo.caption or photo.file_name, self)
        caption.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
