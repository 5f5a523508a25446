"""The clustering rules of core.board, without Qt or a file: each rule's effect, and every edit undone exactly.

Edits are applied to a small in-memory board that does what the store does
(give added records ids, set changed fields, drop removed records), so the
rules and their inverses are checked on their own; tests/store checks the file.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pytest

from facilitator.core import board as rules
from facilitator.core.board import BoardEdit, Dependents, resolve
from facilitator.core.model import ActionItem, StickyNote, Theme, VoteTally

ITEM = 1


class Memory:
    """A board in memory: records by kind and id, edited as the store edits the file."""

    def __init__(self) -> None:
        self.records: dict[tuple[type, int], object] = {}
        self._next = 100

    def add(self, *records) -> None:
        self.apply(BoardEdit(added=records))

    def apply(self, edit: BoardEdit) -> None:
        for record in edit.added:
            if record.id is None or (type(record), record.id) in self.records:
                record.id = self._next
                self._next += 1
            self.records[(type(record), record.id)] = record
        for change in edit.changes:
            assert (type(change.record), change.record.id) in self.records, f"{change} names a record that is gone"
            setattr(change.record, change.name, resolve(change.after))
        for record in edit.removed:
            del self.records[(type(record), record.id)]
        self.check()

    def all(self, kind: type) -> list:
        return sorted((r for (k, _), r in self.records.items() if k is kind), key=lambda r: r.id)

    @property
    def notes(self) -> list[StickyNote]:
        return self.all(StickyNote)

    @property
    def themes(self) -> list[Theme]:
        return self.all(Theme)

    def theme(self, name: str) -> Theme:
        return next(t for t in self.themes if t.name == name)

    def members(self) -> Counter:
        return Counter(n.theme_id for n in self.notes if n.theme_id is not None)

    def dependents(self) -> Dependents:
        return Dependents(self.all(VoteTally), self.all(ActionItem))

    def check(self) -> None:
        """What the file's foreign keys would refuse: a note, tally or action pointing at a theme that is gone."""
        themes = {t.id for t in self.themes}
        notes = {n.id for n in self.notes}
        assert all(n.theme_id in themes for n in self.notes if n.theme_id is not None)
        assert all(t.theme_id in themes for t in self.all(VoteTally) if t.theme_id is not None)
        assert all(t.note_id in notes for t in self.all(VoteTally) if t.note_id is not None)
        assert all(a.source_theme_id in themes for a in self.all(ActionItem) if a.source_theme_id is not None)
        assert all(a.source_note_id in notes for a in self.all(ActionItem) if a.source_note_id is not None)

    def snapshot(self) -> list:
        return sorted((k.__name__, i, repr(dataclasses.astuple(r))) for (k, i), r in self.records.items())


def board(count: int = 6) -> Memory:
    memory = Memory()
    memory.add(*(StickyNote(f"Notitie {n}", ITEM, "Kansen" if n % 2 else "Zorgen", table_id=n % 3, position=n)
                 for n in range(count)))
    return memory


def test_group_into_a_new_theme_then_into_an_existing_one():
    memory = board()
    notes = memory.notes
    theme = Theme("Wonen", ITEM)
    edit = rules.group(notes[:2], theme, themes=memory.themes, members=memory.members(), new=True)
    assert edit.added == (theme,) and all(c.after is theme for c in edit.changes)
    memory.apply(edit)
    assert theme.id is not None and [n.theme_id for n in notes[:3]] == [theme.id, theme.id, None]
    memory.apply(rules.group([notes[2]], theme, themes=memory.themes, members=memory.members()))
    assert memory.members()[theme.id] == 3
    assert not rules.group(notes[:3], theme, themes=memory.themes, members=memory.members())  # already there


def test_moving_the_last_notes_to_another_theme_removes_the_emptied_one_unless_dots_point_at_it():
    memory = board()
    a, b = Theme("A", ITEM), Theme("B", ITEM)
    memory.apply(rules.group(memory.notes[:2], a, new=True))
    memory.apply(rules.group(memory.notes[2:4], b, new=True))
    joined = rules.group(memory.notes[:2], b, themes=memory.themes, members=memory.members(),
                         dependents=memory.dependents())
    assert joined.removed == (a,)
    memory.add(VoteTally(1, 4, theme_id=b.id))
    back = rules.group(memory.notes[:4], a, themes=memory.themes, members=memory.members(),
                       dependents=memory.dependents())
    assert back.removed == ()  # b has dots: it stays, empty, until someone ungroups it


def test_take_out_removes_an_emptied_unused_theme_and_keeps_one_an_action_points_at():
    memory = board()
    a, b = Theme("A", ITEM), Theme("B", ITEM)
    memory.apply(rules.group(memory.notes[:2], a, new=True))
    memory.apply(rules.group(memory.notes[2:3], b, new=True))
    memory.add(ActionItem("Doen", source_theme_id=b.id))
    partly = rules.take_out(memory.notes[:1], themes=memory.themes, members=memory.members(),
                            dependents=memory.dependents())
    assert partly.removed == ()
    edit = rules.take_out(memory.notes[:3], themes=memory.themes, members=memory.members(),
                          dependents=memory.dependents())
    assert edit.removed == (a,)
    memory.apply(edit)
    assert all(n.theme_id is None for n in memory.notes) and [t.name for t in memory.themes] == ["B"]
    assert not rules.take_out(memory.notes, themes=memory.themes, members=memory.members(),
                              dependents=memory.dependents())


def test_merge_moves_notes_dots_and_actions_and_undo_restores_them():
    memory = board()
    keep, gone = Theme("Kosten", ITEM), Theme("Geld", ITEM)
    memory.apply(rules.group(memory.notes[:2], keep, new=True))
    memory.apply(rules.group(memory.notes[2:5], gone, new=True))
    tally, action = VoteTally(1, 7, theme_id=gone.id, table_id=2), ActionItem("Subsidie", source_theme_id=gone.id)
    memory.add(tally, action)
    before = memory.snapshot()
    edit = rules.merge_themes(keep, gone, memory.notes, memory.dependents())
    memory.apply(edit)
    assert memory.members() == Counter({keep.id: 5})
    assert tally.theme_id == keep.id and action.source_theme_id == keep.id and memory.themes == [keep]
    memory.apply(edit.inverse())
    assert memory.snapshot() == before and gone.id is not None and memory.theme("Geld") is gone


def test_ungroup_keeps_the_notes_drops_the_dots_and_unlinks_actions():
    memory = board()
    theme = Theme("Samen", ITEM)
    memory.apply(rules.group(memory.notes[1:4], theme, new=True))
    memory.add(VoteTally(1, 3, theme_id=theme.id), VoteTally(1, 2, note_id=memory.notes[0].id))
    action = ActionItem("Buurtavond", source_theme_id=theme.id)
    memory.add(action)
    before = memory.snapshot()
    edit = rules.ungroup(theme, memory.notes, memory.dependents())
    memory.apply(edit)
    assert len(memory.notes) == 6 and not memory.themes and memory.members() == Counter()
    assert [t.note_id for t in memory.all(VoteTally)] == [memory.notes[0].id]  # the note's own dots stay
    assert action.source_theme_id is None and memory.all(ActionItem) == [action]
    memory.apply(edit.inverse())
    assert memory.snapshot() == before


def test_delete_notes_takes_their_dots_and_unlinks_their_actions():
    memory = board()
    doomed = memory.notes[:2]
    memory.add(VoteTally(1, 5, note_id=doomed[0].id), VoteTally(1, 1, note_id=memory.notes[3].id))
    action = ActionItem("Uit notitie", source_note_id=doomed[1].id)
    memory.add(action)
    before = memory.snapshot()
    edit = rules.delete_notes(doomed, memory.dependents())
    memory.apply(edit)
    assert len(memory.notes) == 4 and len(memory.all(VoteTally)) == 1 and action.source_note_id is None
    memory.apply(edit.inverse())
    assert memory.snapshot() == before


def test_move_to_category_rename_and_note_flags_undo_exactly():
    memory = board()
    theme = Theme("Oud", ITEM)
    memory.apply(rules.group(memory.notes[:1], theme, new=True))
    before = memory.snapshot()
    edits = [rules.move_to_category(memory.notes[:3], "Vragen"), rules.rename_theme(theme, "  Nieuw "),
             rules.edit_note(memory.notes[4], text="Anders", is_quote=True, hidden=True)]
    for edit in edits:
        memory.apply(edit)
    assert theme.name == "Nieuw" and {n.category for n in memory.notes[:3]} == {"Vragen"}
    assert memory.notes[4].is_quote and memory.notes[4].hidden
    assert not rules.move_to_category(memory.notes[:3], "Vragen")  # already there: nothing to do
    for edit in reversed(edits):
        memory.apply(edit.inverse())
    assert memory.snapshot() == before


@pytest.mark.parametrize(("texts", "name"), [
    (["Meer groen in de wijk", "Groen"], "Groen"),
    (["  ", "Bomen"], "Bomen"),
    ([], ""),
    (["Een hele lange notitie over het warmtenet in de binnenstad en de kosten"],
     "Een hele lange notitie over het…"),
])
def test_suggested_name_is_the_shortest_note_cut_at_a_word(texts, name):
    assert rules.suggested_name(texts) == name


def _random_edit(memory: Memory, rnd: random.Random) -> BoardEdit:
    notes, themes = memory.notes, memory.themes
    some = rnd.sample(notes, rnd.randint(1, min(4, len(notes)))) if notes else []
    kind = rnd.choice(["new", "join", "take_out", "move", "rename", "merge", "ungroup", "delete", "flag", "dots"])
    deps = memory.dependents()
    if kind == "new" and some:
        return rules.group(some, Theme(f"T{rnd.randint(0, 99)}", ITEM), themes=themes, members=memory.members(),
                           dependents=deps, new=True)
    if kind == "join" and some and themes:
        return rules.group(some, rnd.choice(themes), themes=themes, members=memory.members(), dependents=deps)
    if kind == "take_out" and some:
        return rules.take_out(some, themes=themes, members=memory.members(), dependents=deps)
    if kind == "move" and some:
        return rules.move_to_category(some, rnd.choice(["Kansen", "Zorgen", "Vragen"]))
    if kind == "rename" and themes:
        return rules.rename_theme(rnd.choice(themes), f"Naam {rnd.randint(0, 9)}")
    if kind == "merge" and len(themes) >= 2:
        keep, absorbed = rnd.sample(themes, 2)
        return rules.merge_themes(keep, absorbed, notes, deps)
    if kind == "ungroup" and themes:
        return rules.ungroup(rnd.choice(themes), notes, deps)
    if kind == "delete" and some and len(notes) > 3:
        return rules.delete_notes(some[:1], deps)
    if kind == "flag" and some:
        return rules.edit_note(some[0], is_quote=rnd.random() < 0.5, hidden=rnd.random() < 0.5,
                               text=rnd.choice([some[0].text, "Herschreven"]))
    if kind == "dots" and (themes or notes):
        if themes and rnd.random() < 0.6:
            return BoardEdit(added=(VoteTally(1, rnd.randint(1, 9), theme_id=rnd.choice(themes).id),))
        target = rnd.choice(notes)
        return BoardEdit(added=(ActionItem("Actie", source_note_id=target.id,
                                           source_theme_id=target.theme_id),))
    return BoardEdit()


@pytest.mark.parametrize("seed", range(12))
def test_any_sequence_of_edits_undone_in_reverse_gives_the_board_back(seed):
    rnd = random.Random(seed)
    memory = board(10)
    memory.add(Theme("Begin", ITEM, id=50))
    memory.apply(rules.group(memory.notes[:3], memory.theme("Begin"), themes=memory.themes,
                             members=memory.members()))
    memory.add(VoteTally(1, 3, theme_id=50), ActionItem("Eerste", source_theme_id=50))
    original = memory.snapshot()
    done = []
    for _ in range(40):
        edit = _random_edit(memory, rnd)
        memory.apply(edit)  # Memory.check: no record ever points at one that is gone
        done.append((edit, memory.snapshot()))
    for n in range(len(done) - 1, -1, -1):  # undo all, checking each step lands where the redo had been
        assert memory.snapshot() == done[n][1]
        memory.apply(done[n][0].inverse())
    assert memory.snapshot() == original
    for edit, after in done:  # and redo all
        memory.apply(edit)
        assert memory.snapshot() == after
