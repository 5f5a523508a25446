"""Initial schema: meeting, programme, people, tables, rounds, notes, themes, votes, actions.

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('organiser', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('day_start', sa.Time(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('infix', sa.String(length=40), nullable=False),
    sa.Column('role', sa.Enum('participant', 'table_host', 'chair', 'expert', 'organiser', name='role', native_enum=False, length=24), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('attendance', sa.Enum('invited', 'present', 'absent', 'walk_in', name='attendance', native_enum=False, length=24), nullable=False),
    sa.Column('external_ref', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    op.create_table('work_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('default_minutes', sa.Integer(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('steps', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_form')),
    sa.UniqueConstraint('key', name=op.f('uq_work_form_key'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('plenary', 'table_round', 'parallel', 'break', name='agendakind', native_enum=False, length=24), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('work_form_id', sa.Integer(), nullable=True),
    sa.Column('facilitator_notes', sa.Text(), nullable=False),
    sa.Column('pinned_start', sa.Time(), nullable=True),
    sa.Column('actual_start', sa.DateTime(), nullable=True),
    sa.Column('actual_end', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['work_form_id'], ['work_form.id'], name=op.f('fk_agenda_item_work_form_id_work_form'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_work_form_id'), ['work_form_id'], unique=False)

    op.create_table('seating_table',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['host_id'], ['participant.id'], name=op.f('fk_seating_table_host_id_participant'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_table'))
    )
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_table_host_id'), ['host_id'], unique=False)

    op.create_table('dot_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('dots_per_person', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_dot_vote_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dot_vote'))
    )
    with op.batch_alter_table('dot_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dot_vote_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('table_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_table_round_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_table_round'))
    )
    with op.batch_alter_table('table_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_table_round_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_theme_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme'))
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('seat_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('table_id', sa.Integer(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_seat_assignment_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['table_round.id'], name=op.f('fk_seat_assignment_round_id_table_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['table_id'], ['seating_table.id'], name=op.f('fk_seat_assignment_table_id_seating_table'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat_assignment')),
    sa.UniqueConstraint('round_id', 'participant_id', name='uq_seat_round_participant')
    )
    with op.batch_alter_table('seat_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seat_assignment_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seat_assignment_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seat_assignment_table_id'), ['table_id'], unique=False)

    op.create_table('sticky_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('table_id', sa.Integer(), nullable=True),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('is_quote', sa.Boolean(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_sticky_note_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['participant.id'], name=op.f('fk_sticky_note_author_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['table_round.id'], name=op.f('fk_sticky_note_round_id_table_round'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['table_id'], ['seating_table.id'], name=op.f('fk_sticky_note_table_id_seating_table'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_sticky_note_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sticky_note'))
    )
    with op.batch_alter_table('sticky_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sticky_note_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sticky_note_author_id'), ['author_id'], unique=False)
        batch_op.create_index('ix_sticky_note_board', ['agenda_item_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_sticky_note_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sticky_note_table_id'), ['table_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sticky_note_theme_id'), ['theme_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('action', 'recommendation', name='actionkind', native_enum=False, length=24), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('source_theme_id', sa.Integer(), nullable=True),
    sa.Column('source_note_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_action_item_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_note_id'], ['sticky_note.id'], name=op.f('fk_action_item_source_note_id_sticky_note'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_theme_id'], ['theme.id'], name=op.f('fk_action_item_source_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_source_note_id'), ['source_note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_source_theme_id'), ['source_theme_id'], unique=False)

    op.create_table('vote_tally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.Column('table_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['sticky_note.id'], name=op.f('fk_vote_tally_note_id_sticky_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['table_id'], ['seating_table.id'], name=op.f('fk_vote_tally_table_id_seating_table'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_vote_tally_theme_id_theme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vote_id'], ['dot_vote.id'], name=op.f('fk_vote_tally_vote_id_dot_vote'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_tally'))
    )
    with op.batch_alter_table('vote_tally', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_tally_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_tally_table_id'), ['table_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_tally_theme_id'), ['theme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_tally_vote_id'), ['vote_id'], unique=False)

    op.execute("PRAGMA application_id = 1178682185")  # b"FACI": marks a Facilitator file
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    with op.batch_alter_table('vote_tally', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_tally_vote_id'))
        batch_op.drop_index(batch_op.f('ix_vote_tally_theme_id'))
        batch_op.drop_index(batch_op.f('ix_vote_tally_table_id'))
        batch_op.drop_index(batch_op.f('ix_vote_tally_note_id'))

    op.drop_table('vote_tally')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_source_theme_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_source_note_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_agenda_item_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('sticky_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sticky_note_theme_id'))
        batch_op.drop_index(batch_op.f('ix_sticky_note_table_id'))
        batch_op.drop_index(batch_op.f('ix_sticky_note_round_id'))
        batch_op.drop_index('ix_sticky_note_board')
        batch_op.drop_index(batch_op.f('ix_sticky_note_author_id'))
        batch_op.drop_index(batch_op.f('ix_sticky_note_agenda_item_id'))

    op.drop_table('sticky_note')
    with op.batch_alter_table('seat_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seat_assignment_table_id'))
        batch_op.drop_index(batch_op.f('ix_seat_assignment_round_id'))
        batch_op.drop_index(batch_op.f('ix_seat_assignment_participant_id'))

    op.drop_table('seat_assignment')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_agenda_item_id'))

    op.drop_table('theme')
    with op.batch_alter_table('table_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_table_round_agenda_item_id'))

    op.drop_table('table_round')
    with op.batch_alter_table('dot_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dot_vote_agenda_item_id'))

    op.drop_table('dot_vote')
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_table_host_id'))

    op.drop_table('seating_table')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_work_form_id'))

    op.drop_table('agenda_item')
    op.drop_table('work_form')
    op.drop_table('participant')
    op.drop_table('meeting')
