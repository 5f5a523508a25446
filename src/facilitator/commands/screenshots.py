"""``facilitator screenshots OUTDIR [--lang nl|en] [PATH]``: render the app's screens to PNG files.

Writes ``<key>.png`` for every main screen (the window at 1280×800 showing
PATH, default a fresh demo day), ``welcome.png`` (the start screen), and the
dialogs ``about.png``, ``shortcuts.png``, ``backups.png``,
``new_session.png``, ``import_problems.png`` (the participant import's preview of a list with
problems), ``open_problem.png`` (a damaged file with a backup on offer),
``newer_version.png`` and ``read_only.png``, and the projector's modes at
1920×1080 from PATH's programme (``projector_agenda.png``, ``projector_timer.png``,
``projector_timer_warning.png``, ``projector_timer_over.png``,
``projector_timer_paused.png``, ``projector_message.png``,
``projector_black.png``, and the seating modes ``projector_where.png`` ("Waar zit
ik?") and ``projector_tables.png`` (table lists) from PATH's seating, the notes modes
``projector_themes.png`` and ``projector_votes.png`` and the dot-vote dialog ``notes_vote.png``), and the
Tables screen with its set-up panel open (``tables_setup.png``). The Live screen is also shot at 1920×1080
(``live_1920.png``), and what the projector shows for it
(``projector_live.png``): for the demo day (no PATH) that is mid-day, its
run replayed on fake clocks to the second table round, six minutes over
time; a PATH of your own is shown as its run stands (it is not changed).
It works offscreen. The run
uses a temporary data folder (settings, backups, log), so what it shows does
not depend on the user's own settings and adds nothing to them. Background
work runs inline (the synchronous task runner): a screenshot needs no
progress dialog.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from facilitator.display import offscreen_unless_display

WINDOW_SIZE = (1280, 800)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("outdir", type=Path, help="folder for the PNG files (made if missing)")
    parser.add_argument("path", nargs="?", type=Path, help="session file to show (default: a fresh demo day)")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the screens (default nl)")
    # Let PATH come after --lang, as the usage line shows: plain parse_args can't split two positionals there.
    parser.parse_args = parser.parse_intermixed_args  # type: ignore[method-assign]


def run(args: argparse.Namespace) -> int:
    offscreen_unless_display()
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as tmp:
        tmp_dir = Path(tmp)
        os.environ["FACILITATOR_DATA_DIR"] = str(tmp_dir / "data")
        path = args.path or _demo_file(tmp_dir)
        written = _render(Path(path), args.outdir, args.lang, tmp_dir, stage_live=args.path is None)
    for name in written:
        print(args.outdir / name)
    return 0


def _demo_file(folder: Path) -> Path:
    from facilitator.demo import build_demo

    return Path(build_demo(folder / "Demo burgerberaad.facilitator"))


def _seating_frames(doc) -> dict:
    """The session's own seating for the projector's seating modes (its first round with seats)."""
    from facilitator.core.projection_frame import ProjectorMode
    from facilitator.ui.projector.samples import NOW
    from facilitator.ui.seating_projection import SeatingProjection

    seating = SeatingProjection()
    seating.set_document(doc)
    seating.restart(NOW)
    try:
        return {"where": seating.frame(ProjectorMode.WHERE, doc.meeting()),
                "tables": seating.frame(ProjectorMode.TABLES, doc.meeting())}
    finally:
        seating.set_document(None)


def _notes_frames(doc) -> dict:
    """The session's own themes and vote result for the projector's notes modes."""
    from facilitator.ui.notes_projection import sample_frames
    from facilitator.ui.projector.samples import NOW

    return sample_frames(doc, NOW)


def _vote_dialog(window, save) -> None:
    """The dot-vote dialog of the item with the latest vote (``notes_vote.png``), beside the Notes screen."""
    from facilitator.core.model import DotVote

    votes = window.document.all(DotVote)
    notes = window.workspace.view("notes")
    if not votes or not hasattr(notes, "voting"):
        return
    window.show_view("notes")
    found = notes.item_box.findData(votes[-1].agenda_item_id)
    if found >= 0:
        notes.item_box.setCurrentIndex(found)
    dialog = notes.voting.open_vote()
    if dialog is None:
        return
    dialog.resize(1280, 720)
    save(dialog, "notes_vote.png")
    dialog.close()


#: A participant list as Dutch Excel writes it, with one of each problem the import preview reports (number 7
#: belongs to someone else in the session the screenshot imports into).
_MESSY_LIST = """Nr;Voornaam;Tussenvoegsel;Achternaam;Geslacht;Leeftijd;Wijk;Opleidingsniveau;E-mail;Bijzonderheden
1;Hans;van der;Linden;man;16;Noord;middelbaar;hans.linden@voorbeeld.nl;
2;Willem;;Jansen;M;27;West;middelbaar;willem.jansen@voorbeeld.nl;
3;;;;man;18;Oost;hoog;rik.vos@voorbeeld.nl;
4;Lieke;;Meijer;Vrouw ;230;Buitengebied;laag;lieke.meijer@voorbeeld.nl;rolstoel
5;René;;Brouwer;man;43; noord;hoog;geen;slechtziend
5;René;;Brouwer;man;43;Noord;hoog;rene.brouwer@voorbeeld.nl;
6;Chloë;;El Amrani;vrouw;onbekend;Oost;laag;chloe.elamrani@voorbeeld.nl;
7;Lucas;;Çelik;man;31;Oost;HBO;lucas.celik@voorbeeld.nl;
"""


def _import_preview(window, tmp_dir: Path, save) -> None:
    """The participant import's preview of a list with problems (``import_problems.png``), nothing imported."""
    from facilitator.core.model import Meeting, Participant
    from facilitator.store.document import SessionDocument
    from facilitator.ui.participant_import_dialog import ParticipantImportDialog

    messy = tmp_dir / "deelnemers export.csv"
    messy.write_bytes(_MESSY_LIST.replace("\n", "\r\n").encode("cp1252"))
    with SessionDocument.create(tmp_dir / "Eerdere lijst.facilitator", Meeting("Burgerberaad")) as earlier:
        earlier.add(Participant("Sanne", "Peters", external_ref="7"))  # the list gives number 7 to Lucas
        preview = ParticipantImportDialog(earlier, window.tasks, window)
        preview.load(messy)
        preview.resize(1200, 760)
        preview.show()
        preview.problems_view.setCurrentIndex(preview.problems.index(1, 0))
        save(preview, "import_problems.png")
        preview.reject()


def _render(path: Path, outdir: Path, language: str, tmp_dir: Path, stage_live: bool = False) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from facilitator.app import create_shell, create_window
    from facilitator.core.model import AgendaItem, WorkForm
    from facilitator.store import backups
    from facilitator.store.errors import DamagedFile
    from facilitator.ui.live_staging import stage_overrun
    from facilitator.ui.new_session import NewSessionDialog
    from facilitator.ui.projector.samples import render_modes
    from facilitator.ui.tasks import SyncTaskRunner

    shell = create_shell(language, tasks=SyncTaskRunner())
    app: QApplication = shell.app
    written: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        if not widget.grab().save(str(outdir / name), "PNG"):
            raise OSError(f"could not write {outdir / name}")
        written.append(name)

    def dialog(widget, name: str) -> None:
        widget.show()
        save(widget, name)
        widget.close()

    window = create_window(shell)
    window.open_flow.chooser = lambda box: None  # no message may stop the run
    window.resize(*WINDOW_SIZE)
    window.show()

    # The start screen, with this file among the recent ones.
    window.recent.add(path)
    window.welcome.set_recent(window.recent.existing())
    save(window, "welcome.png")

    if not window.open_path(path):
        raise RuntimeError(f"{path}: could not be opened")
    for key in window.workspace.keys():
        if key == "live" and stage_live:
            continue  # below, mid-day: the other screens show the demo's own recorded day first
        window.show_view(key)
        save(window, f"{key}.png")

    doc = window.document
    tables = window.workspace.view("tables")  # the Tables screen with its set-up panel open
    window.show_view("tables")
    tables.setup_button.setChecked(True)
    save(window, "tables_setup.png")
    tables.setup_button.setChecked(False)
    written += render_modes(doc.meeting(), doc.all(AgendaItem), doc.all(WorkForm), outdir,
                            {**_seating_frames(doc), **_notes_frames(doc)})
    _vote_dialog(window, save)

    # The Live screen (mid-day with an overrun, on the demo) at the laptop's size and at full HD,
    # and the projector fed by it.
    if stage_live and window.live.can_drive and window.live.day.items:
        stage_overrun(window.live)
    window.show_view("live")
    if stage_live:
        save(window, "live.png")
    window.resize(1920, 1080)
    save(window, "live_1920.png")
    window.resize(*WINDOW_SIZE)
    projector = window.live.open_projector()
    projector.showNormal()
    projector.resize(1920, 1080)
    save(projector, "projector_live.png")
    window.live.close_projector()
    window.show_view(window.workspace.keys()[0])

    window.backup_now("manual")
    dialog(window.show_backups(), "backups.png")
    dialog(window.show_about(), "about.png")
    dialog(window.show_shortcuts(), "shortcuts.png")
    dialog(NewSessionDialog(window, folder=path.parent), "new_session.png")
    _import_preview(window, tmp_dir, save)

    # The messages of the opening flow, for a damaged file that has a backup.
    damaged = tmp_dir / "Raadsavond wijkvernieuwing.facilitator"
    shutil.copyfile(path, damaged)
    backups.make_backup(damaged, reason="auto")
    newest = backups.list_backups(damaged)[0]
    box, _restore = window.open_flow.problem_box(DamagedFile(damaged, "database disk image is malformed"), newest)
    dialog(box, "open_problem.png")
    dialog(window.open_flow.newer_schema_box(damaged), "newer_version.png")
    dialog(window.open_flow.read_only_box(path), "read_only.png")

    window.close()
    settle()
    return written
