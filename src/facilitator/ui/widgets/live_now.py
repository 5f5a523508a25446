"""The Live screen's main card: the current item, its time left in huge digits, the running step, what comes next."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from facilitator.core.live import LiveStatus
from facilitator.core.model import RunState
from facilitator.core.projection import ProjectedItem
from facilitator.core.projection_frame import Phase, format_countdown, phase_of
from facilitator.ui.labels import clock, kind_label
from facilitator.ui.widgets.live_countdown import CountdownDisplay
from facilitator.ui.widgets.tones import ink, muted, scaled, tint


def _coloured(label: QLabel, tone: str) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), ink(tone, palette))
    label.setPalette(palette)


class ProgressLine(QWidget):
    """A thin line: how much of the item has gone, in the colour of the digits (repaints only on change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction, self.tone = 0.0, "muted"
        self.setFixedHeight(max(6, self.fontMetrics().height() // 3))

    def set_fraction(self, fraction: float, tone: str) -> None:
        fraction = round(min(1.0, max(0.0, fraction)), 3)
        if (fraction, tone) != (self.fraction, self.tone):
            self.fraction, self.tone = fraction, tone
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(tint("muted"))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self.fraction > 0:
            painter.setBrush(ink(self.tone, self.palette()))
            done = QRectF(0, 0, max(self.height(), self.width() * self.fraction), self.height())
            painter.drawRoundedRect(done, radius, radius)
        painter.end()


class NowPanel(QFrame):
    """What runs now: caption, title, digits, a progress line, the step of a timed work form, the next item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nowPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = muted("", self)
        self.caption.setFont(scaled(self.font(), 1.05, bold=True))
        self.title = QLabel(self)
        self.title.setFont(scaled(self.font(), 1.8, bold=True))
        self.title.setWordWrap(True)
        self.display = CountdownDisplay(self)
        self.state_line = QLabel(self)
        self.state_line.setFont(scaled(self.font(), 1.25, bold=True))
        self.state_line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.progress = ProgressLine(self)
        self.step_box = QFrame(self)
        self.step_box.setObjectName("stepBox")
        self.step_box.setAutoFillBackground(True)
        palette = self.step_box.palette()
        palette.setColor(self.step_box.backgroundRole(), tint("accent"))
        self.step_box.setPalette(palette)
        self.step_line = QLabel(self.step_box)
        self.step_line.setFont(scaled(self.font(), 1.2, bold=True))
        self.step_line.setWordWrap(True)
        self.step_next = muted("", self.step_box)
        self.step_next.setFont(scaled(self.font(), 1.05))
        step_layout = QVBoxLayout(self.step_box)
        step_layout.addWidget(self.step_line)
        step_layout.addWidget(self.step_next)
        self.next_line = QLabel(self)
        self.next_line.setFont(scaled(self.font(), 1.15))
        self.next_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.title)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.state_line)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_box)
        layout.addWidget(self.next_line)
        layout.addStretch(0)  # with the digits hidden (before and after the day) the words stay at the top

    def show_nothing(self, text: str = "") -> None:
        self.caption.setText("")
        self.title.setText(text)
        for widget in (self.display, self.state_line, self.progress, self.step_box, self.next_line):
            widget.hide()

    def show_status(self, status: LiveStatus, current: ProjectedItem | None, following: ProjectedItem | None,
                    first: ProjectedItem | None = None) -> None:
        """Show ``status``; ``current``/``following`` place the current and the next item on the projected clock.

        Before the day, ``first`` is the item the day starts with.
        """
        state = status.state
        for widget in (self.display, self.state_line, self.next_line):
            widget.show()
        if state == RunState.FINISHED:
            self.caption.setText(self.tr("The day is finished"))
            self.title.setText(self.tr("Thank you!"))
            self.next_line.setText(self.tr("Every start and end time is recorded for the report. Previous (P) "
                                           "opens the last item again."))
            for widget in (self.display, self.state_line, self.progress, self.step_box):
                widget.hide()
            return
        if state == RunState.NOT_STARTED:
            item = first.item if first else status.next_item
            self.caption.setText(self.tr("Before the day · first item at %1").replace(
                "%1", clock(first.start) if first else ""))
            self.title.setText(item.title if item else "")
            self.display.set_time(format_countdown(item.planned_minutes * 60 if item else 0), "stopped")
            self.state_line.setText(self.tr("Press Space to start the day"))
            _coloured(self.state_line, "muted")
            self.progress.hide()
            self.step_box.hide()
            self.next_line.hide()
            return

        item = status.item
        parts = [self.tr("Now") if state == RunState.RUNNING else self.tr("Paused"), kind_label(item.kind)]
        if current is not None:
            parts.append(self.tr("planned %1–%2").replace("%1", clock(current.planned_start))
                         .replace("%2", clock(current.planned_end)))
        if item.actual_start is not None:
            parts.append(self.tr("started %1").replace("%1", clock(item.actual_start)))
        self.caption.setText(" · ".join(parts))
        self.title.setText(item.title)

        remaining = status.remaining
        phase = phase_of(remaining)
        tone = "stopped" if state == RunState.PAUSED else {Phase.NORMAL: "normal", Phase.WARNING: "warn",
                                                          Phase.OVER: "over"}[phase]
        self.display.set_time(format_countdown(remaining), tone)
        extra = round((status.target - item.planned_minutes * 60) / 60)
        if state == RunState.PAUSED:
            line, line_tone = self.tr("Paused: press Space to resume"), "muted"
        elif phase is Phase.OVER:
            line, line_tone = self.tr("over time"), "bad"
        else:
            line, line_tone = self.tr("left"), "muted" if phase is Phase.NORMAL else "warn"
        if extra:
            line += " · " + self.tr("%1 min added").replace("%1", f"{extra:+d}".replace("-", "−"))
        self.state_line.setText(line)
        _coloured(self.state_line, line_tone)
        self.progress.show()
        fraction = 1.0 if status.target <= 0 else min(1.0, max(0.0, status.elapsed / status.target))
        self.progress.set_fraction(fraction, {"normal": "accent", "warn": "warn", "over": "bad",
                                              "stopped": "muted"}[tone])

        step = status.step
        self.step_box.setVisible(step is not None)
        if step is not None:
            if step.remaining > 0:
                self.step_line.setText(self.tr("Step %1 of %2: %3 · %4 left").replace("%1", str(step.index + 1))
                                       .replace("%2", str(step.count)).replace("%3", step.step.name)
                                       .replace("%4", format_countdown(step.remaining)))
                self.step_next.setText(self.tr("Then: %1 (%2 min)").replace("%1", step.next_step.name).replace(
                    "%2", f"{step.next_step.minutes:g}") if step.next_step else self.tr("This is the last step."))
            else:
                self.step_line.setText(self.tr("All %1 steps done").replace("%1", str(step.count)))
                self.step_next.setText(self.tr("The last step was: %1").replace("%1", step.step.name))

        if following is not None:
            text = self.tr("Next: %1 at %2").replace("%1", following.item.title).replace("%2", clock(following.start))
            if clock(following.start) != clock(following.planned_start):
                text += " " + self.tr("(planned %1)").replace("%1", clock(following.planned_start))
            self.next_line.setText(text)
        else:
            self.next_line.setText(self.tr("This is the last item of the day."))
