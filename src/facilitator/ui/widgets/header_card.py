"""A header card: a title, a line of facts under it, key figures as tiles, and warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.ui.widgets.tones import ink, muted, scaled


class FigureTile(QFrame):
    """One key figure: a large value over a small caption ("52 / 60" over "present / invited")."""

    def __init__(self, value: str, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        self.value_label = QLabel(value, self)
        self.value_label.setFont(scaled(self.font(), 1.9, bold=True))
        self.caption_label = muted(caption, self)
        self.caption_label.setWordWrap(False)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)


class HeaderCard(QFrame):
    """Title, subtitle, a row of :class:`FigureTile` and an optional warnings block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled(self.font(), 1.6, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = muted("", self)
        self.subtitle_label.setFont(scaled(self.font(), 1.1))
        self._figures = QHBoxLayout()
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        pal = self.warnings_label.palette()
        pal.setColor(self.warnings_label.foregroundRole(), ink("bad"))
        self.warnings_label.setPalette(pal)
        self.warnings_label.hide()
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addLayout(self._figures)
        layout.addWidget(self.warnings_label)
        self.tiles: list[FigureTile] = []

    def set_title(self, title: str, subtitle: str = "") -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))

    def set_figures(self, figures: list[tuple[str, str] | tuple[str, str, str]]) -> None:
        """Replace the tiles: each figure is (value, caption[, tooltip])."""
        while self._figures.count():
            widget = self._figures.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from view now; Python deletes it
        self.tiles = [FigureTile(*figure, parent=self) for figure in figures]
        for tile in self.tiles:
            self._figures.addWidget(tile)
        self._figures.addStretch(1)

    def figure(self, caption: str) -> str:
        """The value shown under ``caption`` ('' if none): for tests and the smoke run."""
        return next((t.value_label.text() for t in self.tiles if t.caption_label.text() == caption), "")

    def set_warnings(self, warnings: list[str]) -> None:
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
