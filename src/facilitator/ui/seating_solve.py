"""Running the table solver from the Tables screen: options, the task runner, storing the plan, the result.

"Assign tables" solves every round; "Replan" keeps the rounds before the
chosen one and re-plans from it on. The solver runs off the GUI thread
through the window's task runner (progress and Cancel); its plan is stored
with :func:`facilitator.store.seating.save_plan` in one transaction, as one
step on the screen's undo stack (Ctrl+Z puts the seating before it back), and
the screen says calmly what it achieved and, in plain words, which rule could
not be met.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from facilitator.core.progress import Cancelled, Progress
from facilitator.ui.seating_dialogs import SolveDialog
from facilitator.ui.seating_notes import note_text
from facilitator.ui.tasks import runner_for

if TYPE_CHECKING:
    from facilitator.ui.views.tables import TablesView


def run_solve(problem, seed: int, time_limit: float, progress: Progress):
    from facilitator.core.seating.solver import solve

    return solve(problem, seed=seed, time_limit=time_limit, progress=progress)


def run_replan(problem, current, from_round: int, seed: int, time_limit: float, progress: Progress):
    from facilitator.core.seating.solver import replan

    return replan(problem, current, from_round, seed=seed, time_limit=time_limit, progress=progress)


class SolveFlow(QObject):
    """The solver's round trip for one Tables screen."""

    def __init__(self, view: "TablesView") -> None:
        super().__init__(view)
        self.view = view
        self.last_solution = None

    def runner(self):
        return runner_for(self.view, self.view.tasks)

    def ask(self, replan: bool) -> SolveDialog | None:
        view = self.view
        if not view.editor.can_edit:
            return None
        rounds = view.state.rounds
        names = [view._round_name(r) for r in rounds]
        start = view.round_bar.currentIndex() if replan else None
        dialog = SolveDialog(len(rounds) or 1, names, replan_from=start, parent=view)
        dialog.accepted.connect(lambda: self.start(
            replan=replan, rounds=dialog.rounds.value(), from_round=dialog.from_round.currentData() or 0,
            seed=dialog.seed.value(), time_limit=dialog.time_limit.value()))
        dialog.open()
        return dialog

    def start(self, *, replan: bool, rounds: int | None = None, from_round: int = 0, seed: int = 0,
              time_limit: float = 10.0) -> None:
        self.runner().start(self._run(replan, rounds, from_round, seed, time_limit))

    async def _run(self, replan: bool, rounds: int | None, from_round: int, seed: int, time_limit: float) -> None:
        from facilitator.store.seating import current_plan, load_problem, save_plan

        view, doc = self.view, self.view.document
        if doc is None or doc.read_only:
            return
        setup = load_problem(doc, rounds=None if replan else rounds)
        problem = setup.problem
        if not problem.people:
            view.show_notice(self.tr("Nobody to seat: mark who is here on the Participants screen (or leave "
                                     "everyone invited), and make sure there are participants."))
            return
        if problem.seats < len(problem.people):
            view.show_notice(self.tr("{people} people to seat, but only {seats} chairs besides the hosts: add "
                                     "tables or chairs first.").format(people=len(problem.people),
                                                                       seats=problem.seats))
            return
        runner = self.runner()
        try:
            if replan:
                solution = await runner.run_task(run_replan, problem, current_plan(doc, setup), from_round, seed,
                                                 time_limit, title=self.tr("Replanning the coming rounds…"))
            else:
                solution = await runner.run_task(run_solve, problem, seed, time_limit,
                                                 title=self.tr("Assigning tables…"))
        except Cancelled:
            view.show_notice(self.tr("Cancelled: the seating was left as it was."))
            return
        stored = view.editor.push_seats(self.tr("Replan") if replan else self.tr("Assign tables"),
                                        setup.round_ids, None, lambda: save_plan(doc, setup, solution.plan))
        if not stored:
            return
        self.last_solution = solution
        view._round_picked = True
        view.refresh()
        view.show_notice(self.summary(solution, len(problem.people), problem.rounds, replan, setup))

    def summary(self, solution, people: int, rounds: int, replan: bool, setup=None) -> str:
        quality = solution.quality
        if replan:
            head = self.tr("Replanned: {people} people, {rounds} rounds, in {seconds} s.")
        else:
            head = self.tr("Assigned: {people} people, {rounds} rounds, in {seconds} s.")
        seconds = QLocale().toString(float(solution.seconds), "f", 1)
        lines = [head.format(people=people, rounds=rounds, seconds=seconds)]
        lines.append(self.tr("Repeated pairs: {pairs} · balance deviations: {deviations} · rule violations: "
                             "{violations}.").format(pairs=quality.repeated_pairs,
                                                     deviations=quality.balance_deviations,
                                                     violations=quality.rule_violations))
        if quality.perfect:
            lines.append(self.tr("Everyone meets new people every round, and every table mirrors the room."))
        if solution.stopped_by_time_limit:
            lines.append(self.tr("The time limit ended the search: this is the best plan found. A longer time "
                                 "limit may do better."))
        lines.append(self.tr("Undo (Ctrl+Z) puts back the seating from before."))
        names = setup.names if setup is not None else {}
        table_names = setup.table_names if setup is not None else {}
        for note in [n for n in solution.notes if getattr(n, "kind", "") != "time_limit"][:8]:
            lines.append("• " + note_text(note, names, table_names))
        return "\n".join(lines)
