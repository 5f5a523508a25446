"""Live run of the day, flexible/minimum durations for absorbing overruns, English work-form texts.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_form", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_en", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("description_en", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flexible", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("min_minutes", sa.Integer(), nullable=True))
    op.create_table(
        "live_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", sa.Enum("not_started", "running", "paused", "finished", name="runstate",
                                   native_enum=False, length=24), nullable=False),
        sa.Column("current_item_id", sa.Integer(), nullable=True),
        sa.Column("anchored_at", sa.DateTime(), nullable=True),
        sa.Column("elapsed_seconds", sa.Float(), nullable=False),
        sa.Column("extra_seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["current_item_id"], ["agenda_item.id"],
                                name=op.f("fk_live_run_current_item_id_agenda_item"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_run")),
    )
    with op.batch_alter_table("live_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_live_run_current_item_id"), ["current_item_id"], unique=False)
    op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    op.drop_table("live_run")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("min_minutes")
        batch_op.drop_column("flexible")
    with op.batch_alter_table("work_form", schema=None) as batch_op:
        batch_op.drop_column("description_en")
        batch_op.drop_column("name_en")
