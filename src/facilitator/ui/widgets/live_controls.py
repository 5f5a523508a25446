"""Big buttons for the Live screen's actions, and the legend of their keys.

Each button shows one QAction (text, icon, enabled, checked follow the
action), so a button and its keyboard shortcut can never disagree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from facilitator.ui.widgets.tones import scaled


def keys_text(action: QAction) -> str:
    """'N, Right' → 'N / →': an action's keys as the legend and the tooltips write them."""
    arrows = {"Left": "←", "Right": "→", "Space": "Space"}
    names = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
    return " / ".join(arrows.get(name, name) for name in names)


def big_button(action: QAction, parent: QWidget, factor: float = 1.15, lines: float = 2.6) -> QToolButton:
    """A tool button for ``action``: large text beside its icon, stretching to share the row."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFont(scaled(button.font(), factor, bold=factor > 1.2))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setMinimumHeight(round(button.fontMetrics().height() * lines))
    button.setMinimumWidth(button.fontMetrics().height() * 2)  # a small window squeezes the text, not the screen
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard with the screen's shortcuts
    return button


def button_grid(rows: Sequence[Sequence[QToolButton | tuple[QToolButton, int]]], parent: QWidget) -> QWidget:
    """Rows of buttons, each row filling the width; ``(button, weight)`` makes a button wider than the others."""
    grid = QWidget(parent)
    layout = QGridLayout(grid)
    layout.setContentsMargins(0, 0, 0, 0)
    weighted = [[entry if isinstance(entry, tuple) else (entry, 1) for entry in row] for row in rows]
    columns = math.lcm(*(sum(weight for _, weight in row) for row in weighted))
    for number, row in enumerate(weighted):
        unit = columns // sum(weight for _, weight in row)
        column = 0
        for button, weight in row:
            layout.addWidget(button, number, column, 1, weight * unit)
            column += weight * unit
    for column in range(columns):
        layout.setColumnStretch(column, 1)  # equal shares, whatever the words on the buttons
    return grid


def tooltip_with_keys(action: QAction, text: str) -> None:
    """Tooltip '``text`` (N / →)'."""
    keys = keys_text(action)
    action.setToolTip(f"{text} ({keys})" if keys else text)
