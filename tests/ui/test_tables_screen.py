"""The Tables screen: set up tables, rounds and balance (saved at once), solve, move and pin people, project."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from facilitator.core import model as m
from facilitator.core.projection_frame import ProjectorMode
from facilitator.store.document import SessionDocument
from facilitator.ui.tasks import SyncTaskRunner
from facilitator.ui.views.tables import TablesView, category_key


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory):
    from facilitator.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.facilitator")


@pytest.fixture
def demo_doc(demo_master, tmp_path):
    path = tmp_path / "demo.facilitator"
    shutil.copyfile(demo_master, path)
    doc = SessionDocument.open(path)
    yield doc
    doc.close()


def shown(qtbot, document) -> TablesView:
    view = TablesView()
    qtbot.addWidget(view)
    view.tasks = SyncTaskRunner()
    view.asked = []

    def choose(box):  # the user confirms every question
        view.asked.append(box.text())
        return next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)

    view.chooser = choose
    view.resize(1280, 800)
    view.show()
    view.set_document(document)
    return view


def chips(view) -> dict[str, str]:
    return dict(text.split(": ", 1) for text in view.figures.texts())


def reopened(doc) -> SessionDocument:
    path = doc.path
    doc.close()
    return SessionDocument.open(path)


# -- set-up -------------------------------------------------------------------------------------------------


def test_tables_are_added_edited_and_deleted_and_saved_at_once(qtbot, tmp_path):
    doc = SessionDocument.create(tmp_path / "s.facilitator", m.Meeting("Inloopavond"))
    host, other = doc.add(m.Participant("Marloes", "Verbeek", role=m.Role.TABLE_HOST),
                          m.Participant("Anna", "Bakker", attributes={"gender": "vrouw"}))
    view = shown(qtbot, doc)
    assert view.setup.isVisible()  # no tables yet: the set-up panel is open
    dialog = view.setup_flow.ask_add_table()
    assert dialog.host.itemText(1) == "Marloes Verbeek (table host)"
    dialog.name.setText("Tafel bij het raam")
    dialog.capacity.setValue(6)
    dialog.host.setCurrentIndex(dialog.host.findData(host.id))
    dialog.accessible.setChecked(False)
    dialog.accept()
    many = view.setup_flow.ask_add_tables()
    many.count.setValue(3)
    many.capacity.setValue(10)
    many.prefix.setText("Tafel")
    many.accept()
    assert [c.table.name for c in view.model.cards()] == ["Tafel bij het raam", "Tafel 1", "Tafel 2", "Tafel 3"]
    doc = reopened(doc)
    view.set_document(doc)
    tables = doc.all(m.Table)
    assert [(t.name, t.capacity, t.host_id, t.accessible) for t in tables] == [
        ("Tafel bij het raam", 6, host.id, False), ("Tafel 1", 10, None, True), ("Tafel 2", 10, None, True),
        ("Tafel 3", 10, None, True)]
    view.setup.table_list.selectRow(1)
    edit = view.setup_flow.ask_edit_table(view.setup.current_table())
    edit.capacity.setValue(4)
    edit.accept()
    assert doc.get(m.Table, tables[1].id).capacity == 4
    view.setup.table_list.selectRow(3)
    view.setup_flow.ask_delete_table(view.setup.current_table())
    assert [t.name for t in doc.all(m.Table)] == ["Tafel bij het raam", "Tafel 1", "Tafel 2"]
    empty = edit.__class__(m.Table(""), [], view)
    empty.accept()
    assert not empty.problem.isHidden() and empty.result() == 0  # a table needs a name
    doc.close()


def test_rounds_link_to_the_table_round_items_and_hosts_keep_their_seat(qtbot, tmp_path):
    doc = SessionDocument.create(tmp_path / "s.facilitator", m.Meeting("Burgerberaad"))
    first, second = doc.add(m.AgendaItem("Tafelronde 1", 45, kind=m.AgendaKind.TABLE_ROUND, position=1),
                            m.AgendaItem("Tafelronde 2", 45, kind=m.AgendaKind.TABLE_ROUND, position=2))
    host, = doc.add(m.Participant("Marloes", "Verbeek", role=m.Role.TABLE_HOST))
    doc.add(m.Table("Tafel 1", host_id=host.id))
    view = shown(qtbot, doc)
    view.setup.rounds.setValue(3)
    rounds = sorted(doc.all(m.TableRound), key=lambda r: r.number)
    assert [(r.number, r.agenda_item_id, r.title) for r in rounds] == [
        (1, first.id, "Tafelronde 1"), (2, second.id, "Tafelronde 2"), (3, None, "")]
    assert view.round_bar.count() == 3
    assert {s.round_id for s in doc.all(m.SeatAssignment, participant_id=host.id, pinned=True)} == {
        r.id for r in rounds}
    view.setup.rounds.setValue(1)
    assert view.asked and "deleted with them" in view.asked[0]
    assert [r.number for r in doc.all(m.TableRound)] == [1]
    doc.close()


def test_balance_attributes_are_offered_with_friendly_labels_and_saved(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    boxes = view.setup.balance_boxes
    assert set(demo_doc.meeting().balance_attributes) == {"gender", "age_band", "district", "education"}
    assert {"gender", "age_band", "district", "education", "stance"} <= set(boxes)
    assert boxes["gender"].text().startswith("Gender (") and boxes["gender"].isChecked()
    assert not boxes["stance"].isChecked()
    boxes["stance"].setChecked(True)
    boxes["district"].setChecked(False)
    assert demo_doc.meeting().balance_attributes == ["gender", "age_band", "education", "stance"]
    assert [mix.attribute for mix in view.model.card(0).mix] == ["gender", "age_band", "education", "stance"]
    doc = reopened(demo_doc)
    assert doc.meeting().balance_attributes == ["gender", "age_band", "education", "stance"]
    doc.close()


def test_age_bands_are_listed_in_age_order():
    assert sorted(["65+", "18-29", "<18", "45-64", "30-44"], key=category_key) == [
        "<18", "18-29", "30-44", "45-64", "65+"]


# -- the plan ----------------------------------------------------------------------------------------------


def test_cards_show_composition_figures_and_marks(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    figures = chips(view)
    assert set(figures) >= {"Repeated pairs", "Balance deviations", "Rule violations", "Seated"}
    card = view.model.card(0)
    assert card.seats[0].is_host and card.host
    gender = card.mix[0]
    assert gender.label == "Gender" and sum(n for _c, n in gender.counts) == card.fill - 1  # the host not counted
    assert view.legend.isVisible() and "Gender" in view.legend.text()
    view.grab()


def test_assign_tables_runs_the_solver_stores_the_plan_and_shows_what_it_achieved(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    before = int(chips(view)["Balance deviations"])
    assert before > 0  # the demo's greedy seating
    view.solver.start(replan=False, rounds=3, seed=1, time_limit=3)
    assert view.tasks.runs == ["Assigning tables…"]
    solution = view.solver.last_solution
    figures = chips(view)
    assert figures["Rule violations"] == "0"  # hard rules hold
    assert (figures["Repeated pairs"], figures["Balance deviations"]) == (
        str(solution.quality.repeated_pairs), str(solution.quality.balance_deviations))  # the solver's own figures
    assert int(figures["Balance deviations"]) < before
    assert "Assigned: 58 people, 3 rounds" in view.notice.text() and view.notice.isVisible()
    doc = reopened(demo_doc)
    from facilitator.store.seating import current_plan, load_problem

    setup = load_problem(doc)
    assert current_plan(doc, setup) == solution.plan
    doc.close()


def test_a_cancelled_solve_leaves_the_seating_as_it_was(qtbot, demo_doc):
    from facilitator.ui import queries

    view = shown(qtbot, demo_doc)
    before = queries.seating(demo_doc)
    view.tasks = SyncTaskRunner(cancel_at_step=1)
    view.solver.start(replan=False, rounds=3, seed=1, time_limit=5)
    assert "Cancelled" in view.notice.text()
    assert queries.seating(demo_doc) == before


def test_replan_from_the_shown_round_keeps_the_rounds_before(qtbot, demo_doc):
    from facilitator.ui import queries

    view = shown(qtbot, demo_doc)
    view.round_bar.setCurrentIndex(1)
    def held(round_id):
        return {table: set(people) for table, people in queries.seating(demo_doc)[round_id].items()}

    first = held(view.state.rounds[0].id)
    dialog = view.solver.ask(replan=True)
    assert dialog.from_round.currentIndex() == 1
    dialog.time_limit.setValue(2)
    dialog.accept()
    assert view.tasks.runs == ["Replanning the coming rounds…"]
    assert held(view.state.rounds[0].id) == first
    assert "Replanned" in view.notice.text()


# -- hand edits ----------------------------------------------------------------------------------------------


def _guest(view, row=0):
    card = view.model.card(row)
    return next(s for s in card.seats if not s.is_host)


def test_moving_a_person_is_saved_at_once_and_the_figures_follow(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    view.solver.start(replan=False, rounds=3, seed=1, time_limit=3)
    assert chips(view)["Rule violations"] == "0"
    seat = _guest(view, 0)
    # a full table (58 people for 62 chairs: at least four tables are full; which ones depends on the plan)
    full = next(i for i in range(1, view.model.rowCount())
                if view.model.card(i).fill == view.model.card(i).table.capacity)
    target = view.model.card(full).table
    assert view.move_person(seat.person_id, target.id)
    assert seat.person_id in [s.person_id for s in view.model.card(full).seats]
    assert view.model.card(full).fill == view.model.card(full).table.capacity + 1
    assert chips(view)["Rule violations"] != "0"  # one chair too few at the target table
    assert view.model.card(full).tone == "bad" and view.model.card(full).problems
    assert int(chips(view)["Repeated pairs"]) >= 0
    assert view.last_evaluate_ms < 50
    rnd = view.current_round()
    doc = reopened(demo_doc)
    seats = doc.all(m.SeatAssignment, round_id=rnd.id, participant_id=seat.person_id)
    assert [s.table_id for s in seats] == [target.id]
    doc.close()


def test_a_host_is_not_dragged_away(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    host = view.model.card(0).seats[0]
    assert host.is_host and not view.move_person(host.person_id, view.model.card(1).table.id)


def test_a_person_is_picked_on_the_card_and_dropped_on_another(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    grid = view.grid
    first = grid.visualRect(view.model.index(0))
    line = grid.fontMetrics().lineSpacing()
    seat = view.model.card(0).seats[1]
    found = None
    for y in range(first.top(), first.bottom(), max(1, line // 3)):  # find the second name's row
        if grid.person_at(QPoint(first.center().x(), y)) == seat.person_id:
            found = QPoint(first.center().x(), y)
            break
    assert found is not None
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=found)
    assert view.model.selected == seat.person_id and view.pin_button.isEnabled()
    second = grid.visualRect(view.model.index(1)).center()
    assert grid.table_at(second) == view.model.card(1).table.id
    received = []
    grid.dropped.connect(lambda person, table: received.append((person, table)))
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDropEvent

    from facilitator.ui.widgets.table_grid import PERSON_MIME

    mime = QMimeData()
    mime.setData(PERSON_MIME, str(seat.person_id).encode())
    drop = QDropEvent(second.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    grid.dropEvent(drop)
    assert received == [(seat.person_id, view.model.card(1).table.id)]
    assert seat.person_id in [s.person_id for s in view.model.card(1).seats]


def test_move_to_table_by_keyboard(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    seat = _guest(view, 2)
    view.model.set_selected(seat.person_id)
    dialog = view.ask_move()
    assert dialog.person.currentData() == seat.person_id
    dialog.table.setCurrentIndex(dialog.table.findData(view.model.card(3).table.id))
    dialog.accept()
    assert seat.person_id in [s.person_id for s in view.model.card(3).seats]


def test_pin_and_unpin_a_person(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    seat = _guest(view, 0)
    view.model.set_selected(seat.person_id)
    assert view.toggle_pin()
    rnd = view.current_round()
    assert demo_doc.all(m.SeatAssignment, round_id=rnd.id, participant_id=seat.person_id)[0].pinned
    assert view.model.seat_of(seat.person_id)[1].pinned and view.pin_button.text() == "Unpin"
    index = view.state.round_index(rnd.id)
    assert view.state.setup.problem.pins[(index, seat.person_id)] == view.model.card(0).table.id
    assert view.move_person(seat.person_id, view.model.card(1).table.id)  # the pin moves along
    assert chips(view)["Rule violations"] in {"0", "1"} and not any(
        v.kind == "pin" for v in view.state.quality.violations)
    assert view.toggle_pin()
    assert not demo_doc.all(m.SeatAssignment, round_id=rnd.id, participant_id=seat.person_id)[0].pinned


def test_moves_pins_and_a_stored_plan_are_undone_and_redone(qtbot, demo_doc):
    from facilitator.ui import queries

    view = shown(qtbot, demo_doc)
    assert not view.undo_button.isEnabled() and not view.redo_button.isEnabled()
    start = queries.seating(demo_doc)
    rnd = view.current_round()
    seat = _guest(view, 0)
    home, away = view.model.card(0).table.id, view.model.card(1).table.id
    assert view.move_person(seat.person_id, away)
    view.model.set_selected(seat.person_id)
    assert view.toggle_pin()
    assert view.undo_button.isEnabled() and "Unpin" not in view.undo_button.toolTip()
    assert view.undo_button.toolTip() == "Undo: Pin (Ctrl+Z)"

    view.round_bar.setCurrentIndex(2)  # undo shows the round it changes and says what it undid
    told = []
    view._tell = told.append
    view.undo_action.trigger()
    assert told == ["Undone: Pin"]
    assert view.current_round().id == rnd.id
    assert not demo_doc.all(m.SeatAssignment, round_id=rnd.id, participant_id=seat.person_id)[0].pinned
    view.undo_action.trigger()
    assert queries.seating(demo_doc) == start and seat.person_id in [s.person_id for s in view.model.card(0).seats]
    assert chips(view)["Rule violations"] == "0"  # the figures are judged again
    assert not view.undo_button.isEnabled()
    view.redo_action.trigger()
    view.redo_action.trigger()
    placed = demo_doc.all(m.SeatAssignment, round_id=rnd.id, participant_id=seat.person_id)[0]
    assert (placed.table_id, placed.pinned) == (away, True)
    assert view.model.seat_of(seat.person_id)[1].pinned
    assert home != away

    hand_made = queries.seating(demo_doc)
    view.solver.start(replan=False, rounds=3, seed=1, time_limit=2)
    assert "Undo (Ctrl+Z)" in view.notice.text()
    assert queries.seating(demo_doc) != hand_made
    view.undo_action.trigger()  # the whole plan goes, the hand-made seating (with its pin) comes back
    assert queries.seating(demo_doc) == hand_made
    assert view.notice.isHidden()  # its figures were about the plan undone
    view.redo_action.trigger()
    from facilitator.store.seating import current_plan, load_problem

    assert current_plan(demo_doc, load_problem(demo_doc)) == view.solver.last_solution.plan

    view.editor.delete_table(view.state.tables[-1])  # the tables changed: older seats no longer fit them
    assert not view.undo_button.isEnabled()


def test_a_read_only_file_cannot_be_edited(qtbot, demo_master):
    doc = SessionDocument.open(demo_master, read_only=True)
    view = shown(qtbot, doc)
    assert not view.assign_button.isEnabled() and not view.move_button.isEnabled()
    assert not view.setup.add_button.isEnabled()
    assert not view.move_person(view.model.card(0).seats[1].person_id, view.model.card(1).table.id)
    doc.close()


# -- the projector --------------------------------------------------------------------------------------------


def test_project_where_do_i_sit_for_the_shown_round(qtbot, make_window, demo_master, tmp_path):
    path = tmp_path / "demo.facilitator"
    shutil.copyfile(demo_master, path)
    window = make_window()
    window.open_path(path)
    window.show_view("tables")
    view = window.workspace.view("tables")
    view.round_bar.setCurrentIndex(2)
    assert view.project(ProjectorMode.WHERE)
    frame = window.live.current_frame
    assert frame.mode == ProjectorMode.WHERE and frame.round_title.startswith("Round 3")
    assert len(frame.seats) == sum(c.fill for c in view.model.cards())
    assert window.live.projector_open()
    window.live.close_projector()


@pytest.mark.slow
def test_g1000_evaluate_per_drag_is_quick(qtbot, tmp_path):
    from facilitator.demo import build_g1000

    doc = SessionDocument.open(build_g1000(tmp_path / "g1000.facilitator"))
    view = shown(qtbot, doc)
    assert view.model.rowCount() == 100
    started = time.perf_counter()
    seat = _guest(view, 0)
    assert view.move_person(seat.person_id, view.model.card(1).table.id)
    total = time.perf_counter() - started
    print(f"g1000 evaluate {view.last_evaluate_ms:.0f} ms, whole drag {total * 1000:.0f} ms")
    assert view.last_evaluate_ms < 300 and total < 1.0
    doc.close()


def test_the_drag_tag_shows_the_name(qtbot, demo_doc):
    view = shown(qtbot, demo_doc)
    tag = view.grid._name_tag("Gerrit van den Berg")
    assert not tag.isNull() and tag.width() > tag.height()
    view.show_notice("Assigned: 3 people\n<b>note</b>")
    assert "&lt;b&gt;" in view.notice.text() and not view.notice.isHidden()
    view.notice.linkActivated.emit("close")
    assert view.notice.isHidden()


def test_solve_dialog_shows_only_the_fields_of_its_mode(qtbot, translations):
    from facilitator.ui.seating_dialogs import SolveDialog

    solving = SolveDialog(3, ["Ronde 1", "Ronde 2", "Ronde 3"])
    replanning = SolveDialog(3, ["Ronde 1", "Ronde 2", "Ronde 3"], replan_from=1)
    for dialog in (solving, replanning):
        qtbot.addWidget(dialog)
        dialog.show()
    assert solving.rounds.isVisible() and not solving.from_round.isVisible()
    assert replanning.from_round.isVisible() and not replanning.rounds.isVisible()
    assert replanning.from_round.currentIndex() == 1
