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


def fit_columns(view: QTableView, precision: int = 50, *, stretch_last: bool = True,
                widths: dict[int, int] | None = None) -> None:
    """Size columns to their contents (sampling ``precision`` rows); the last one takes the rest if asked.

    ``widths`` fixes some columns' widths (pixels) instead. A sortable table's header asks room for the
    sort arrow in every column, though only the sorted one shows it: the others get that room back
    where their header, not their data, sets the width (Dutch headers such as "Leeftijdsgroep" and
    "Bijzonderheden" are long), so more columns fit without scrolling. :func:`track_sort_column` moves the
    room along when the user sorts on another column.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(precision)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    fixed = widths or {}
    if header.isSortIndicatorShown():
        header.setSortIndicatorShown(False)  # so the size hints leave out the arrow
        bare = [header.sectionSizeHint(column) for column in range(header.count())]
        header.setSortIndicatorShown(True)
        view._fitted_widths = [  # (without arrow, with arrow) per column
            (fixed[column], fixed[column]) if column in fixed
            else (max(view.sizeHintForColumn(column), bare[column]), header.sectionSize(column))
            for column in range(header.count())
        ]
        _sort_room(view)
    else:
        for column, width in fixed.items():
            header.resizeSection(column, width)
    header.setStretchLastSection(False)  # resizeSections drops the stretch; set it again
    header.setStretchLastSection(stretch_last)


def _sort_room(view: QTableView) -> None:
    """Apply the widths :func:`fit_columns` found, with room for the arrow in the sorted column only."""
    header = view.horizontalHeader()
    sorted_column = header.sortIndicatorSection()
    for column, (plain, with_arrow) in enumerate(getattr(view, "_fitted_widths", [])):
        if column < header.count() and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(column, with_arrow if column == sorted_column else plain)


def track_sort_column(view: QTableView) -> None:
    """When the user sorts on another column, give that column the room for its arrow (widths stay
    as :func:`fit_columns` measured them: no new sampling, so columns do not jump)."""
    view.horizontalHeader().sortIndicatorChanged.connect(lambda _column, _order: _sort_room(view))
