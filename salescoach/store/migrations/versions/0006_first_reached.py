"""first reached: when each opportunity first reached each funnel stage, kept for the funnel

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 19:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: The funnel stages in order, as DESIGN.md has them: reaching one means entering it or any
#: later one (lost aside).
FUNNEL = ("suspect", "prospect", "approach", "negotiation", "conclusion", "order")
STAGES = (*FUNNEL, "lost")


def upgrade() -> None:
    op.create_table(
        "first_reached",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                *STAGES,
                name="stage_enum",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_first_reached_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("opportunity_id", "stage", name=op.f("pk_first_reached")),
    )
    op.create_index("ix_first_reached_stage_at", "first_reached", ["stage", "at"])
    events = sa.table(
        "stage_events", sa.column("opportunity_id"), sa.column("stage"), sa.column("at")
    )
    kept = sa.table(
        "first_reached", sa.column("opportunity_id"), sa.column("stage"), sa.column("at")
    )
    for index, stage in enumerate(FUNNEL):
        first = sa.func.min(sa.case((events.c.stage.in_(FUNNEL[index:]), events.c.at)))
        op.execute(
            kept.insert().from_select(
                ["opportunity_id", "stage", "at"],
                sa.select(events.c.opportunity_id, sa.literal(stage), first)
                .group_by(events.c.opportunity_id)
                .having(first.is_not(None)),
            )
        )


def downgrade() -> None:
    op.drop_index("ix_first_reached_stage_at", table_name="first_reached")
    op.drop_table("first_reached")
