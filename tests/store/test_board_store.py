"""Board edits written to the session file: every clustering rule applied, undone and redone on a real file."""

from facilitator.core import board
from facilitator.core import model as m
from facilitator.store import board as store
from facilitator.store.document import SessionDocument


def _setup(doc):
    item, = doc.add(m.AgendaItem("Tafelronde", 45, m.AgendaKind.TABLE_ROUND))
    vote, = doc.add(m.DotVote("Stippen", item.id, 3))
    notes = [m.StickyNote(f"Notitie {n}", item.id, "Kansen", position=n) for n in range(5)]
    store.apply(doc, board.add_notes(*notes))
    return item, vote, notes


def _state(doc, item):
    b = store.load_board(doc, item.id)
    names = {t.id: t.name for t in b.themes}
    return sorted((n.text, names.get(n.theme_id)) for n in b.notes)


def test_group_merge_ungroup_round_trip_through_undo(doc_path, doc):
    item, vote, notes = _setup(doc)
    start = _state(doc, item)
    a = m.Theme("Wonen", item.id)
    first = board.group(notes[:2], a, new=True)
    store.apply(doc, first)
    assert a.id is not None and all(n.theme_id == a.id for n in notes[:2])
    b = m.Theme("Groen", item.id)
    second = board.group(notes[2:4], b, new=True)
    store.apply(doc, second)
    doc.add(m.VoteTally(vote.id, 7, theme_id=b.id, table_id=None))
    action, = doc.add(m.ActionItem("Meer bomen", source_theme_id=b.id))
    merged = board.merge_themes(a, b, store.load_board(doc, item.id).notes, store.dependents(doc, theme_ids={b.id}))
    store.apply(doc, merged)
    after = _state(doc, item)
    assert [t for _, t in after].count("Wonen") == 4 and "Groen" not in [t for _, t in after]
    assert doc.all(m.VoteTally)[0].theme_id == a.id and doc.get(m.ActionItem, action.id).source_theme_id == a.id
    store.apply(doc, merged.inverse())  # undo: Groen is back with its own id, dots and action
    assert doc.get(m.Theme, b.id).name == "Groen"
    assert doc.all(m.VoteTally)[0].theme_id == b.id and doc.get(m.ActionItem, action.id).source_theme_id == b.id
    store.apply(doc, merged)  # redo
    store.apply(doc, merged.inverse())
    store.apply(doc, second.inverse())  # b goes again; the file cascades its dots
    doc.close()
    reopened = SessionDocument.open(doc_path)
    try:
        assert sorted(n.text for n in store.load_board(reopened, item.id).notes) == [t for t, _ in start]
    finally:
        reopened.close()


def test_take_out_removes_an_emptied_theme_unless_dots_point_at_it(doc):
    item, vote, notes = _setup(doc)
    theme = m.Theme("Wonen", item.id)
    store.apply(doc, board.group(notes[:1], theme, new=True))
    loaded = store.load_board(doc, item.id)
    out = board.take_out([n for n in loaded.notes if n.theme_id], themes=loaded.themes, members=loaded.members(),
                         dependents=store.dependents(doc, theme_ids={theme.id}))
    assert out.removed and store.apply(doc, out) is None and doc.all(m.Theme) == []
    store.apply(doc, out.inverse())
    assert doc.get(m.Theme, theme.id).name == "Wonen"
    doc.add(m.VoteTally(vote.id, 2, theme_id=theme.id))
    loaded = store.load_board(doc, item.id)
    kept = board.take_out([n for n in loaded.notes if n.theme_id], themes=loaded.themes, members=loaded.members(),
                          dependents=store.dependents(doc, theme_ids={theme.id}))
    assert not kept.removed


def test_delete_notes_takes_their_dots_and_undo_brings_everything_back(doc):
    item, vote, notes = _setup(doc)
    doc.add(m.VoteTally(vote.id, 4, note_id=notes[0].id))
    action, = doc.add(m.ActionItem("Uitzoeken", source_note_id=notes[0].id))
    gone = board.delete_notes(notes[:2], store.dependents(doc, note_ids={notes[0].id, notes[1].id}))
    store.apply(doc, gone)
    assert len(store.load_board(doc, item.id).notes) == 3 and doc.all(m.VoteTally) == []
    assert doc.get(m.ActionItem, action.id).source_note_id is None
    store.apply(doc, gone.inverse())
    assert {n.id for n in store.load_board(doc, item.id).notes} == {n.id for n in notes}
    assert doc.all(m.VoteTally)[0].note_id == notes[0].id
    assert doc.get(m.ActionItem, action.id).source_note_id == notes[0].id


def test_ungroup_keeps_notes_and_drops_the_theme_and_its_dots(doc):
    item, vote, notes = _setup(doc)
    theme = m.Theme("Wonen", item.id)
    store.apply(doc, board.group(notes[:3], theme, new=True))
    doc.add(m.VoteTally(vote.id, 5, theme_id=theme.id))
    edit = board.ungroup(theme, store.load_board(doc, item.id).notes, store.dependents(doc, theme_ids={theme.id}))
    store.apply(doc, edit)
    assert doc.all(m.Theme) == [] and doc.all(m.VoteTally) == []
    assert len(store.load_board(doc, item.id).notes) == 5
    store.apply(doc, edit.inverse())
    assert [n.theme_id for n in store.load_board(doc, item.id).notes].count(theme.id) == 3
    assert doc.all(m.VoteTally)[0].dots == 5


def test_next_position_counts_per_board(doc):
    item, _vote, _notes = _setup(doc)
    assert store.next_position(doc, m.StickyNote, item.id) == 5
    other, = doc.add(m.AgendaItem("Plenair", 10))
    assert store.next_position(doc, m.StickyNote, other.id) == 0


def test_a_step_whose_records_are_gone_is_refused_and_writes_nothing(doc):
    item, _vote, notes = _setup(doc)
    edit = board.edit_note(notes[0], text="Nieuw")
    doc.delete(doc.get(m.AgendaItem, item.id))  # the notes go with their item
    import pytest
    from facilitator.store.errors import StaleEdit
    with pytest.raises(StaleEdit):
        store.apply(doc, edit)
    with pytest.raises(StaleEdit):
        store.apply(doc, board.add_notes(m.StickyNote("Los", item.id)))
    assert notes[0].text == "Notitie 0"
