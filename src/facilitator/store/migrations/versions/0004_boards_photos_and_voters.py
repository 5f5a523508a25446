"""Board columns added per agenda item, a dot vote's voters and target (themes or notes), photos of flipcharts.

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("board_categories", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("dot_vote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voters", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("on_notes", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], name=op.f("fk_photo_agenda_item_id_agenda_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_agenda_item_id"), ["agenda_item_id"], unique=False)
    op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    op.drop_table("photo")
    with op.batch_alter_table("dot_vote", schema=None) as batch_op:
        batch_op.drop_column("on_notes")
        batch_op.drop_column("voters")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("board_categories")
