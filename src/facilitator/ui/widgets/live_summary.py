"""The Live screen's strip of day figures: the time now, the projected end against the plan, the next pin's slack."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.core.model import RunState
from facilitator.core.projection import Projection
from facilitator.ui.labels import clock
from facilitator.ui.widgets.tones import ink, muted, scaled


class SummaryTile(QFrame):
    """A caption over a large value, the value in the colour of what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.caption_label = muted("", self)
        self.caption_label.setWordWrap(False)
        self.value_label = QLabel(self)
        self.value_label.setFont(scaled(self.font(), 1.75, bold=True))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)

    def set(self, caption: str, value: str, tone: str | None = None) -> None:
        self.caption_label.setText(caption)
        self.value_label.setText(value)
        palette = self.value_label.palette()
        normal = self.palette().color(palette.ColorRole.WindowText)
        palette.setColor(self.value_label.foregroundRole(), ink(tone, palette) if tone else normal)
        self.value_label.setPalette(palette)


class DaySummary(QWidget):
    """Three tiles: now, the end of the day, the next pinned item's slack (hidden when no pin lies ahead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now_tile = SummaryTile(self)
        self.end_tile = SummaryTile(self)
        self.pin_tile = SummaryTile(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.now_tile, 2)
        layout.addWidget(self.end_tile, 3)
        layout.addWidget(self.pin_tile, 4)
        self._end_text = self._pin_text = ""

    def end_text(self) -> str:
        """'15:48 (+18 min)' or '15:30 (on schedule)': what the end tile says, in one line."""
        return self._end_text

    def pin_text(self) -> str:
        """'Lunch 12:30: 8 min slack' or 'Lunch 12:30: 3 min late'; '' without a pin ahead."""
        return self._pin_text

    def show_day(self, projection: Projection | None, now: datetime | None, state: RunState) -> None:
        words = {
            RunState.NOT_STARTED: (self.tr("not started"), "muted"),
            RunState.RUNNING: (self.tr("running"), "good"),
            RunState.PAUSED: (self.tr("paused"), "warn"),
            RunState.FINISHED: (self.tr("finished"), "muted"),
        }
        word, tone = words[state]
        self.now_tile.set(self.tr("Time now · the day is %1").replace("%1", word), clock(now) if now else "")
        if projection is None or projection.projected_end is None:
            self.end_tile.set(self.tr("End of the day"), "—", "muted")
            self.pin_tile.hide()
            self._end_text = self._pin_text = ""
            return

        minutes = projection.end_delta_minutes
        if minutes > 0:
            delta, tone = self.tr("+%1 min").replace("%1", str(minutes)), "bad"
        elif minutes < 0:
            delta, tone = self.tr("%1 min early").replace("%1", str(-minutes)), "good"
        else:
            delta, tone = self.tr("on schedule"), "good"
        end = clock(projection.projected_end)
        caption = (self.tr("The day ended · planned %1") if state == RunState.FINISHED
                   else self.tr("End of the day · planned %1")).replace("%1", clock(projection.planned_end))
        self.end_tile.set(caption, f"{end}  {delta}", tone)
        self._end_text = f"{end} ({delta})"

        slack = projection.next_pin
        self.pin_tile.setVisible(slack is not None and state != RunState.FINISHED)
        if slack is None:
            self._pin_text = ""
            return
        pin = f"{slack.item.title} {clock(slack.pinned_at)}"
        if slack.minutes > 0:
            value = self.tr("%1 min slack").replace("%1", str(slack.minutes))
            tone = "good" if slack.minutes >= 5 else "warn"
        elif slack.minutes == 0:
            value, tone = self.tr("no slack left"), "warn"
        else:
            value, tone = self.tr("%1 min late").replace("%1", str(-slack.minutes)), "bad"
        self.pin_tile.set(self.tr("Next pinned item: %1").replace("%1", pin), value, tone)
        self._pin_text = f"{pin}: {value}"
