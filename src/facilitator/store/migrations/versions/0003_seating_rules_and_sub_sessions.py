"""Balance attributes per meeting, keep-together/apart pairs, parallel sub-sessions and their allocation.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("balance_attributes", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "pair_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        _fk("pair_rule", "first_id", "participant", "CASCADE"),
        _fk("pair_rule", "second_id", "participant", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pair_rule")),
    )
    _index("pair_rule", "first_id", "second_id")
    op.create_table(
        "sub_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("min_capacity", sa.Integer(), nullable=False),
        sa.Column("max_capacity", sa.Integer(), nullable=False),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sub_session")),
    )
    op.create_table(
        "sub_session_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("sub_session_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        _fk("sub_session_assignment", "participant_id", "participant", "CASCADE"),
        _fk("sub_session_assignment", "sub_session_id", "sub_session", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sub_session_assignment")),
        sa.UniqueConstraint("participant_id", "slot", name="uq_sub_session_assignment_participant_slot"),
    )
    _index("sub_session_assignment", "participant_id", "sub_session_id")
    op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    op.drop_table("sub_session_assignment")
    op.drop_table("sub_session")
    op.drop_table("pair_rule")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("balance_attributes")
