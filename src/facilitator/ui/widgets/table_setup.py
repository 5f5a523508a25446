"""Common set-up of the screens' read-only table views: whole-row selection, compact rows, fitted columns."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure(view: QTableView, *, alternate: bool = True) -> None:
    """Read-only, row-wise, no vertical header, row height from the font (fast with many rows)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(False)
    view.setShowGrid(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
    view.horizontalHeader().setHighlightSections(False)


def wrap_rows(view: QTableView, column: int) -> None:
    """Let ``column`` take the free width and wrap; rows grow to fit (for few rows of long text)."""
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_columns(view: QTableView, precision: int = 50, *, stretch_last: bool = True) -> None:
    """Size columns to their contents (sampling ``precision`` rows); the last one takes the rest if asked."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(precision)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)  # resizeSections drops the stretch; set it again
    header.setStretchLastSection(stretch_last)
